"""What a render run is asked to do, and how it fails: options, papers, errors.

Kept free of heavy imports: the CLI builds these before anything is loaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import MAX_TIMEOUT
from ..errors import UsageError
from ..i18n import _, ngettext
from .fonts import FontChoice

OUTPUT_FORMATS = ("pdf", "png", "typ")
PDF_STANDARDS = ("a-2b", "a-2u", "a-3b", "a-3u", "a-4", "1.7", "2.0")
DEFAULT_OUT = Path("out")

# Limits for each document (issue 7: a template from a pull request must not hang or exhaust a run).
#: Seconds for Jinja and Typst together. A charter poster takes about 0.03 s, a catalogue poster
#: 0.1 s, a charter at the loader's 4 MB bound about 4 s: 60 s leaves room for a machine running
#: other jobs and stops a loop well before a CI job's own limit.
DEFAULT_TIMEOUT = 60.0
#: Bytes of Typst markup a template may produce for one document. The largest charter the loader
#: accepts (a 4 MB file) gives about as much; a bundled template gives 20–60 KB for a real one.
DEFAULT_MAX_OUTPUT = 4 << 20
#: Bytes of memory each worker process may use (Linux). Normal documents need about 0.1 GB, a
#: charter at the loader's 4 MB bound 0.7 GB; two workers on a 2-core CI machine stay within 4 GB.
DEFAULT_MEMORY_LIMIT = 2 << 30


@dataclass(frozen=True)
class Paper:
    """An ISO 216 A-series sheet, and how much a template drawn for A3 is scaled to fill it."""

    name: str  # "A3"
    width_mm: float
    height_mm: float

    @property
    def typst_name(self) -> str:
        return self.name.lower()

    def scale_from(self, base: Paper) -> float:
        """Linear scale from `base` (each A size is √2 times the next): A2 from A3 is 1.414."""
        return round(math.sqrt((self.width_mm * self.height_mm) / (base.width_mm * base.height_mm)), 4)


PAPERS = {p.name: p for p in (Paper("A4", 210, 297), Paper("A3", 297, 420), Paper("A2", 420, 594))}


def paper_named(name: str) -> Paper:
    from ..textutil import series

    paper = PAPERS.get(name.strip().upper())
    if paper is None:
        raise UsageError(_("--paper {name}：不支持的纸张；可用：{choices}").format(name=name, choices=series(PAPERS)))
    return paper


@dataclass(frozen=True)
class RenderOptions:
    """How documents are rendered; the defaults are the CLI's defaults."""

    template: str | None = None  # None: the kind's default template
    paper: str | None = None  # None: the template's own paper
    output_format: str = "pdf"  # pdf | png | typ
    out_dir: Path = DEFAULT_OUT
    jobs: int | None = None  # None: one worker per CPU for many documents
    pdf_standard: str | None = None  # e.g. "a-2b" for archival copies
    ppi: float = 144.0  # PNG resolution
    fonts: FontChoice = field(default_factory=FontChoice)
    timeout: float = DEFAULT_TIMEOUT  # seconds per document (Jinja and Typst)
    max_output: int = DEFAULT_MAX_OUTPUT  # bytes of Typst markup per document
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT  # bytes per worker process (Linux); None: no limit
    force: bool = False  # render documents whose files have errors too (`--force`)

    def checked(self) -> RenderOptions:
        """The options, or a UsageError naming the bad one."""
        from ..textutil import series

        if self.output_format not in OUTPUT_FORMATS:
            raise UsageError(
                _("--format {value}：不支持的格式；可用：{choices}").format(
                    value=self.output_format, choices=series(OUTPUT_FORMATS)
                )
            )
        if self.paper is not None:
            paper_named(self.paper)
        if self.pdf_standard is not None:
            if self.pdf_standard not in PDF_STANDARDS:
                raise UsageError(
                    _("--pdf-standard {value}：不支持；可用：{choices}").format(
                        value=self.pdf_standard, choices=series(PDF_STANDARDS)
                    )
                )
            if self.output_format != "pdf":
                raise UsageError(_("--pdf-standard 只适用于 --format pdf"))
        if self.jobs is not None and self.jobs < 1:
            raise UsageError(_("--jobs {value}：并行数至少为 1").format(value=self.jobs))
        if not 36 <= self.ppi <= 1200:
            raise UsageError(_("--ppi {value}：应在 36 到 1200 之间").format(value=f"{self.ppi:g}"))
        if (
            isinstance(self.timeout, bool)
            or not isinstance(self.timeout, int | float)
            or not 0 < self.timeout <= MAX_TIMEOUT
        ):
            raise UsageError(
                _("--timeout {value}：应为大于 0、不超过 {most} 的秒数（一天）").format(
                    value=self.timeout, most=f"{MAX_TIMEOUT:g}"
                )
            )
        if self.max_output < 1 or (self.memory_limit is not None and self.memory_limit < 1):
            raise UsageError(_("输出大小和内存上限应为正数"))
        return replace(self, out_dir=Path(self.out_dir), timeout=float(self.timeout))


@dataclass(frozen=True)
class DocumentFailure:
    """One document that could not be rendered, and why (one line, for the clerk)."""

    code: str
    message: str


class RenderFailed(UsageError):
    """Some documents could not be rendered; the others were written. Exit code 1, like findings."""

    def __init__(self, failures: list[DocumentFailure], written: list[Path]):
        self.failures = failures
        self.written = written
        shown = _("；").join(f.message for f in failures[:3]) + ("……" if len(failures) > 3 else "")
        super().__init__(
            ngettext("{count} 份文件未能生成：{failures}", "{count} 份文件未能生成：{failures}", len(failures)).format(
                count=len(failures), failures=shown
            )
        )
