"""Typst compilation of prepared sources, and atomic writing of what it produces.

This module runs in the worker processes of a batch, so it imports only what compiling needs.
One typst.Compiler is made per process and reused for every document: the fonts are loaded and
parsed once, and Typst's caches stay warm from one document to the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .fonts import FontChoice, import_typst


@dataclass(frozen=True)
class CompileJob:
    """One document to compile: everything a worker needs, and nothing that is costly to send."""

    code: str
    label: str                 # "500243112201 石门村村规民约", for messages
    template_label: str        # "内置模板 charter-poster.typ.j2", for messages
    source: bytes              # the Typst source, UTF-8
    target: Path               # the output file (PNG pages get -1, -2 … when there are several)
    output_format: str         # pdf | png
    date: dt.date              # the PDF's creation date: fixed, so output is byte-identical
    pdf_standard: str | None = None
    ppi: float = 144.0


@dataclass(frozen=True)
class JobResult:
    code: str
    written: tuple[Path, ...] = ()
    error: str | None = None


def write_atomic(target: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename (civcat.fileio): an
    interrupted run never leaves a half-written file under the final name."""
    from ..fileio import atomic_write

    atomic_write(target, data)


def make_compiler(fonts: FontChoice, typst_root: Path):
    typst = import_typst()
    # package_path and package_cache_path point at an empty private folder: packages are refused
    # before compiling (templates.refuse_packages), and none can be found locally either.
    packages = typst_root / ".no-packages"
    return typst.Compiler(root=str(typst_root), font_paths=fonts.typst_fonts(), ignore_system_fonts=not fonts.system_fonts,
                          package_path=str(packages), package_cache_path=str(packages))


def _typst_message(error) -> str:
    """Typst's error in terms a clerk or a template author can act on."""
    message = getattr(error, "message", None) or str(error).splitlines()[0]
    if "escape the project root" in message or "searched at" in message or "access denied" in message:
        return (f"模板试图读取其自带文件之外的文件（{message}）；出于安全原因，模板只能读取与模板同名的文件夹中的文件")
    if "package" in message and ("download" in message or "@" in message):
        return f"模板试图从网络导入 Typst 包（{message}）；渲染不访问网络"
    where = ""
    diagnostic = getattr(error, "diagnostic", "") or ""
    for line in diagnostic.splitlines():
        if "┌─" in line and ":" in line:
            where = "（生成的 Typst 源文件第 " + line.rsplit(":", 2)[-2] + " 行）"
            break
    hints = "；".join(getattr(error, "hints", None) or [])
    return f"Typst 排版失败：{message}{where}" + (f"；提示：{hints}" if hints else "")


def compile_job(compiler, job: CompileJob) -> JobResult:
    """Compile one job with a compiler and write its output; failures come back as a message."""
    import typst

    timestamp = int(dt.datetime(job.date.year, job.date.month, job.date.day, tzinfo=dt.timezone.utc).timestamp())
    try:
        if job.output_format == "pdf":
            output = compiler.compile(input=job.source, format="pdf", timestamp=timestamp,
                                      pdf_standards=[job.pdf_standard] if job.pdf_standard else [])
        else:
            output = compiler.compile(input=job.source, format="png", ppi=job.ppi, timestamp=timestamp)
    except typst.TypstError as error:
        return JobResult(job.code, error=f"{job.label}（{job.template_label}）：{_typst_message(error)}")
    pages = output if isinstance(output, list) else [output]
    if len(pages) == 1:
        targets = [job.target]
    else:
        targets = [job.target.with_name(f"{job.target.stem}-{n}{job.target.suffix}") for n in range(1, len(pages) + 1)]
    for target, data in zip(targets, pages):
        write_atomic(target, data)
    return JobResult(job.code, written=tuple(targets))


# ---- worker processes -------------------------------------------------------------------------

_worker_compiler = None
_worker_fonts: FontChoice | None = None


def init_worker(fonts: FontChoice, typst_root: Path) -> None:
    """Pool initializer: one compiler per worker, reused for all its documents."""
    import signal

    global _worker_compiler, _worker_fonts
    # Ctrl-C is handled by the parent, which lets running documents finish writing (atomically)
    # and cancels the rest; a worker that died mid-way would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_compiler = make_compiler(fonts, typst_root)
    _worker_fonts = fonts


def warm_up() -> None:
    """Load and parse both fonts with a one-line document, before the first real one arrives."""
    from .typography import typst_string

    fonts = _worker_fonts
    source = (f'#text(font: {typst_string(fonts.body)})[字]#text(font: {typst_string(fonts.title)}, weight: "bold")[字]'
              if fonts else "")
    _worker_compiler.compile(input=source.encode("utf-8"), format="pdf")


def compile_in_worker(job: CompileJob) -> JobResult:
    return compile_job(_worker_compiler, job)
