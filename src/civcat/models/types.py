"""Field types shared by the models: codes, item ids, ISO dates, counts.

The models are strict (FORMAT.md: codes are strings and an unquoted code is reported, never
fixed): pydantic coerces nothing, so what the YAML says is what is judged.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise PydanticCustomError("civcat_date_format", "日期应写成 YYYY-MM-DD，例如 2021-08-15")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("civcat_date_invalid", "{value} 不是日历上存在的日期", {"value": value}) from None


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date), WithJsonSchema({"type": "string", "format": "date"})]

#: Statistical division codes: strings of digits. Their length and range are rules (CV201, CV202), not schema.
DigitCode = Annotated[str, Field(pattern=r"^[0-9]+$")]
CountyCode = Annotated[str, Field(pattern=r"^[0-9]{6}$")]
#: Catalogue item ids: two capital letters, a dash, an optional L (local item), two or three digits.
ItemId = Annotated[str, Field(pattern=r"^[A-Z]{2}-L?[0-9]{2,3}$")]
Count = Annotated[int, Field(ge=0)]
Text = Annotated[str, Field(min_length=1)]


class CivcatModel(BaseModel):
    """Base of every model: unknown keys are findings (CV103) and nothing is coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


#: Every label table of the models, by the Literal it names: the one set of words for each value,
#: in every output (show, diff, render, export, onboarding, stats, the rules' messages).
LABELS: dict[Any, dict[str, str]] = {}


def labels(literal: Any, table: dict[str, str]) -> dict[str, str]:
    """Register `table` (Chinese, marked with N_) as the words of each value of `literal`.

    Defined beside the Literal in the model modules; whoever shows a label calls `_()` on it (the
    interface language), documents for the bureau (PDFs, the workbook) use it as it is.
    tests/test_labels.py checks that each table covers its Literal exactly.
    """
    LABELS[literal] = table
    return table


def label_of(allowed: list[str] | tuple[str, ...]) -> dict[str, str]:
    """The label table of the Literal whose values are exactly `allowed` (as pydantic lists them), or {}."""
    wanted = set(allowed)
    return next((table for table in LABELS.values() if set(table) == wanted), {})
