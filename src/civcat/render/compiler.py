"""Typst compilation of prepared sources, and atomic writing of what it produces.

This module runs in the worker processes of a batch, so it imports only what compiling needs.
One typst.Compiler is made per process and reused for every document: fonts are loaded and
parsed once, and Typst's caches stay warm (about 11 ms a page instead of a cold start each time).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .fonts import FontChoice

# The permissions a plain open() would give: mkstemp makes files readable by their owner only.
_UMASK = os.umask(0)
os.umask(_UMASK)


@dataclass(frozen=True)
class CompileJob:
    """One document to compile: everything a worker needs, and nothing that is costly to send."""

    code: str
    label: str                 # "500243112201 石门村村规民约", for messages
    template_label: str        # "模板 charter-poster.typ.j2", for messages
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
    """Write through a temporary file in the same folder, then rename: an interrupted run never
    leaves a half-written file under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def make_compiler(fonts: FontChoice, typst_root: Path):
    import typst

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


def init_worker(fonts: FontChoice, typst_root: Path) -> None:
    """Pool initializer: one compiler per worker, reused for all its documents."""
    import signal

    global _worker_compiler
    # Ctrl-C is handled by the parent, which lets running documents finish writing (atomically)
    # and cancels the rest; a worker that died mid-way would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_compiler = make_compiler(fonts, typst_root)


def compile_in_worker(job: CompileJob) -> JobResult:
    return compile_job(_worker_compiler, job)
