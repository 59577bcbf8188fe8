"""Values in words, as every diff reporter shows them: enumerations in the interface language, an item
as 编号 层级“名称”, lists joined by 、.

Text and markdown speak the interface language; the JSON holds codes and data (the words of these
tables never go into it). Values of the tables below are translated where they are shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ...findings import Severity
from ...i18n import N_, _, ngettext
from ...models import KIND_LABELS
from ...models.catalogues import (
    COMMUNITY_TYPE_LABELS,
    CONSULTATION_CATEGORY_LABELS,
    ROUTE_LABELS,
    TIER_LABELS,
    TOWNSHIP_TYPE_LABELS,
    TRIAGE_LEVEL_LABELS,
)
from ...models.charters import (
    CHARTER_TYPE_LABELS,
    STATUS_LABELS,
    TOPIC_LABELS,
    VOTE_BASIS_LABELS,
    VOTE_BODY_LABELS,
)
from ..changes import field_label

TIER_NAMES = TIER_LABELS
VALUE_NAMES = {
    "tier": TIER_LABELS,
    # `type` is the field of a township, a community and a charter: their values do not overlap.
    "type": {**COMMUNITY_TYPE_LABELS, **TOWNSHIP_TYPE_LABELS, **CHARTER_TYPE_LABELS},
    "status": STATUS_LABELS,
    "body": VOTE_BODY_LABELS,
    "basis": VOTE_BASIS_LABELS,
    "route": ROUTE_LABELS,
    "category": CONSULTATION_CATEGORY_LABELS,
    "topic": TOPIC_LABELS,
    "level": {**TRIAGE_LEVEL_LABELS, "consultation": N_("协商事项")},
}
KIND_NAMES = KIND_LABELS
SEVERITY = {Severity.ERROR: N_("错误"), Severity.WARNING: N_("警告")}


def listed(items: Iterable[str]) -> str:
    """Words listed: 甲、乙、丙 in Chinese, "a, b, c" in English."""
    return _("、").join(items)


def value_name(field: str, value: Any) -> Any:
    """An enumerated value in words (VALUE_NAMES), translated; any other value as it is."""
    names = VALUE_NAMES.get(field, {})
    return _(names[value]) if isinstance(value, str) and value in names else value


def tier_name(tier: Any, default: str = "") -> str:
    return _(TIER_NAMES[tier]) if tier in TIER_NAMES else default


def kind_name(kind: Any, default: str) -> str:
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else default


def severity_name(severity: Severity) -> str:
    return _(SEVERITY[severity])


def field_of(target: str) -> str:
    """The field a change's target ends in (`triage.local XS-L01.title` → `title`), for its values' words."""
    last = target.rsplit(".", 1)[-1]
    return re.sub(r"\[\d+\]$", "", last.split(" ")[0])


def show(value: Any, field: str = "") -> str:
    """A value as a clerk reads it: enumerations in Chinese, items as 编号 层级“名称”, lists joined by 、."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _("是") if value else _("否")
    if isinstance(value, str):
        return value_name(field, value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return listed(show(v, field) for v in value) or _("（空）")
    if isinstance(value, dict):
        return _show_mapping(value)
    return str(value)


def _field_value(key: str, value: Any) -> str:
    return _("{field}：{value}").format(field=field_label(key), value=show(value, key))


def _show_mapping(value: dict) -> str:
    if "kind" in value and ("code" in value or "community" in value or "title" in value):
        return _show_file_summary(value)
    if "title" in value:  # an item
        head = " ".join(str(p) for p in (value.get("id"), tier_name(str(value.get("tier")))) if p)
        item = _("{item}“{title}”").format(item=head, title=value["title"]).strip()
        rest = [_field_value(k, v) for k, v in value.items() if k not in ("id", "tier", "title")]
        return _("{item}（{details}）").format(item=item, details=_("；").join(rest)) if rest else item
    return _("；").join(_field_value(str(k), v) for k, v in value.items())


def _show_file_summary(value: dict) -> str:
    """A file's summary (a file added or removed): its kind, name, code and number of articles."""
    kind = kind_name(str(value.get("kind")), str(value.get("kind")))
    name = value.get("name") or value.get("title") or ""
    code = value.get("code") or value.get("community") or ""
    if "articles" in value:
        articles = value["articles"]
        n = articles if isinstance(articles, int) else 2
        if code:
            return ngettext("{kind}：{name}（{code}），{count} 条", "{kind}：{name}（{code}），{count} 条", n).format(
                kind=kind, name=name, code=code, count=articles
            )
        return ngettext("{kind}：{name}，{count} 条", "{kind}：{name}，{count} 条", n).format(
            kind=kind, name=name, count=articles
        )
    if code:
        return _("{kind}：{name}（{code}）").format(kind=kind, name=name, code=code)
    return _("{kind}：{name}").format(kind=kind, name=name)
