"""Printable books: `civcat render charter --book --township CODE` (or `--all`) writes one PDF.

A cover, a table of contents with page numbers, then every charter of the township (of the
county, grouped by township), each starting on a new page, for the print shop and the archive.
The book is set by the bundled template render/book/charter-book.typ.j2 (trusted code, rendered in
this process), with the bundled fonts and the same escaping and glyph preflight as every render.
Deterministic: the PDF's date is the latest vote (or publication) date of its charters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..i18n import _
from ..repository import Repository
from .documents import FALLBACK_DATE, safe_file_name
from .fonts import FontChoice
from .typography import chinese_date

TEMPLATE = Path(__file__).resolve().parent / "book" / "charter-book.typ.j2"
TEMPLATE_LABEL = "render/book/charter-book.typ.j2"


@dataclass(frozen=True)
class Book:
    path: Path
    charters: int


def book_codes(repository: Repository, township: str | None, everything: bool) -> list[str]:
    """The charters of the book, in code order: one township's (--township), or the county's (--all)."""
    from . import documents

    if township is None and not everything:
        raise UsageError(_("--book 需要 --township 代码（一个乡镇的汇编）或 --all（全县汇编）"))
    return documents.select(repository, "charter", [], everything=True, township=township)


def render_book(
    repository: Repository,
    out_dir: Path,
    *,
    township: str | None = None,
    everything: bool = False,
    fonts: FontChoice | None = None,
    force: bool = False,
) -> Book:
    """Typeset the book and write it atomically; the path written.

    As every render, a charter whose file has errors is not printed unless `force`: then no book is
    written at all (RenderFailed names them), since a book missing a charter is not the township's book.
    """
    from . import documents
    from .api import refusals
    from .options import DocumentFailure, RenderFailed

    if repository.county is None:
        raise UsageError(_("仓库没有可用的 catalogues/county.yaml；请先运行 civcat validate"))
    codes = book_codes(repository, township, everything)
    refused = {} if force else refusals(repository, "charter", codes)
    if refused:
        raise RenderFailed([DocumentFailure(code, message) for code, message in refused.items()], [])
    county = repository.county.model
    charters = [documents.prepare_charter(repository, code) for code in codes]
    grouped: dict[str, dict] = {}
    for prepared in charters:
        place = prepared.context["township"]
        group = grouped.setdefault(place["code"], {"name": place["name"] or place["code"], "charters": []})
        group["charters"].append(_charter_entry(prepared))
    date = max((p.date for p in charters if p.date != FALLBACK_DATE), default=FALLBACK_DATE)
    scope = grouped[codes[0][:9]]["name"] if township else county.name
    context = {
        "book": {
            "title": _book_title(),
            "subtitle": f"{county.name}　{scope}" if township else county.name,
            "author": county.authority or county.name,
            "date": chinese_date(date),
            "townships": list(grouped.values()),
            "sections": township is None,
        }
    }
    data = _typeset(context, fonts or FontChoice(), date, [o for p in charters for o in p.origins])
    stem = f"{township or county.code}-{safe_file_name(scope)}-{_book_title()}"
    target = Path(out_dir) / "books" / f"{stem}.pdf"
    from .compiler import write_atomic

    write_atomic(target, data)
    return Book(target, len(codes))


def _book_title() -> str:
    return "村规民约居民公约汇编"


def _charter_entry(prepared) -> dict:
    charter = prepared.context["charter"]
    adoption = charter["adoption"]
    return {
        "title": charter["title"],
        "is_draft": charter["is_draft"],
        "chapters": charter["chapters"],
        "community": prepared.context["community"]["committee"],
        "voted": adoption["voted"] if adoption else None,
        "body": adoption["body"] if adoption else "",
    }


def _typeset(context: dict, fonts: FontChoice, date: dt.date, origins: list) -> bytes:
    import typst

    from . import fonts as font_module
    from . import templates
    from .compiler import make_compiler, render_template
    from .documents import as_records
    from .options import DEFAULT_MAX_OUTPUT

    env = templates.environment(None)
    template = env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    spec = templates.TemplateSpec("charter-book", TEMPLATE, "charter", "A4", True)
    in_use = font_module.fonts_in_use(fonts)
    source = render_template(
        template,
        spec,
        {**as_records(context), "fonts": as_records({"body": in_use.body.family, "title": in_use.title.family})},
        DEFAULT_MAX_OUTPUT * 16,
    )
    font_module.preflight(
        source, in_use, [*origins, font_module.Origin(TEMPLATE_LABEL, TEMPLATE.read_text("utf-8"))], _("汇编")
    )
    root = templates.make_typst_root(spec)
    try:
        compiler = make_compiler(fonts, root)
        timestamp = int(dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC).timestamp())
        return compiler.compile(input=source.encode("utf-8"), format="pdf", timestamp=timestamp)
    except typst.TypstError as error:
        raise UsageError(
            _("汇编排版失败：{problem}").format(problem=getattr(error, "message", None) or error)
        ) from None
    finally:
        templates.remove_typst_root(root)
