"""One document from its context to the bytes of its file: Jinja, the checks, Typst.

This is the work the time limit covers, so it runs in the worker processes of a batch (batch.py),
where a document over its time is stopped by ending the process; in this process only for the
bundled templates (see batch.run). It imports only what rendering needs.

Steps (DocumentRenderer.render): the template is rendered as a stream, stopped as soon as its
output passes the size limit → a Typst package is refused → the glyph preflight → Typst compiles.
The files are written by the parent process (api._Plan.finish): a worker stopped at any moment
cannot leave a half-written file behind, and a document is reported written only once it is.

One typst.Compiler is made per process and reused for every document: the fonts are loaded and
parsed once, and Typst's caches stay warm from one document to the next.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import _
from .fonts import FontChoice, import_typst


@dataclass(frozen=True)
class DocumentJob:
    """One document to render: everything a worker needs, and nothing that is costly to send."""

    code: str
    label: str  # "500243112201 石门村村规民约", for messages (api._Plan.job)
    context: dict[str, Any]  # what the template sees (records, documents.as_records)
    target: Path  # the output file (PNG pages get -1, -2 … when there are several)
    output_format: str  # pdf | png | typ
    date: dt.date  # the PDF's creation date: fixed, so output is byte-identical
    pdf_standard: str | None = None
    ppi: float = 144.0

    def targets(self, pages: int) -> list[Path]:
        """The files `pages` outputs are written to: the target, or one per PNG page."""
        if pages == 1:
            return [self.target]
        return [self.target.with_name(f"{self.target.stem}-{n}{self.target.suffix}") for n in range(1, pages + 1)]


@dataclass(frozen=True)
class WorkResult:
    """What rendering one document gave: its files' bytes, or why there are none."""

    code: str
    outputs: tuple[bytes, ...] = ()
    error: str | None = None  # this document failed (one line)
    problem: str | None = None  # the template itself is wrong: every document would fail alike
    missing: str = ""  # characters the fonts lack (the parent names the file and line)
    over_limit: bool = False  # failed by a limit: time, memory or output size (batch.Breaker)


@dataclass(frozen=True)
class JobResult:
    """A document done: the files written, or the failure."""

    code: str
    written: tuple[Path, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Setup:
    """What every document of a run shares, sent once to each worker process."""

    root: Path | None  # the repository (its templates/ folder)
    spec: Any  # templates.TemplateSpec
    fonts: FontChoice
    typst_root: Path
    output_format: str
    max_output: int  # bytes of Typst markup a template may produce for one document
    memory_limit: int | None  # bytes of memory a worker process may use (Linux), None: no limit


def write_atomic(target: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename (civcat.fileio): an
    interrupted run never leaves a half-written file under the final name."""
    from ..fileio import atomic_write

    atomic_write(target, data)


def make_compiler(fonts: FontChoice, typst_root: Path):
    from .templates import package_folder

    typst = import_typst()
    # Typst's package folders are the run's own, empty folder: no package is found locally. One
    # named in the template's text is refused before compiling (templates.refuse_packages); one whose
    # name is built while Typst runs would be downloaded, which the worker's sandbox stops
    # (sandbox.deny_network).
    packages = package_folder(typst_root)
    return typst.Compiler(
        root=str(typst_root),
        font_paths=fonts.typst_fonts(),
        ignore_system_fonts=not fonts.system_fonts,
        package_path=str(packages),
        package_cache_path=str(packages),
    )


def size_label(size: int) -> str:
    """4194304 → "4 MB", 2147483648 → "2 GB" (binary units, as the limits are set)."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} B"


#: Bytes of files one document may produce (all its PNG pages together): a poster is 0.1–0.2 MB,
#: the charter poster at the loader's 4 MB bound 1.5 MB, an A2 page at 600 ppi some 20 MB.
MAX_FILE_BYTES = 256 << 20


class OutputTooLarge(Exception):
    """The template's output passed the size limit (raised while it is still being generated)."""


class DocumentRenderer:
    """Turns document jobs into file contents: the run's Jinja template, the fonts' coverage for
    the preflight, a Typst compiler (made on first use; not at all for --format typ)."""

    def __init__(self, setup: Setup):
        from . import fonts

        self.setup = setup
        self.covered = fonts.fonts_in_use(setup.fonts).covered
        self._compiler = None
        self._template = None
        if setup.spec.builtin:
            self.template  # noqa: B018 -- trusted: compiled while the parent loads the repository

    @property
    def template(self):
        """The compiled Jinja template. A repository template is compiled with its first document:
        compiling evaluates constant expressions, which must run within that document's limits."""
        if self._template is None:
            from . import templates

            self._template = templates.load(templates.environment(self.setup.root), self.setup.spec)
        return self._template

    @property
    def compiler(self):
        if self._compiler is None:
            self._compiler = make_compiler(self.setup.fonts, self.setup.typst_root)
        return self._compiler

    def warm_up(self) -> None:
        """Make the compiler and load both fonts with a one-line document, before the first real
        document arrives (not needed for Typst sources)."""
        if self.setup.output_format == "typ":
            return
        from .typography import typst_string

        fonts = self.setup.fonts
        source = (
            f'#text(font: {typst_string(fonts.body)})[字]#text(font: {typst_string(fonts.title)}, weight: "bold")[字]'
        )
        self.compiler.compile(input=source.encode("utf-8"), format="pdf")

    def render(self, job: DocumentJob) -> WorkResult:
        """One document, start to finish; failures come back as a message, never raised."""
        from .fonts import missing_characters
        from .templates import TemplateProblem, refuse_packages

        spec = self.setup.spec
        try:
            source = render_template(self.template, spec, job.context, self.setup.max_output)
            refuse_packages(source, spec.label)
        except TemplateProblem as problem:
            return WorkResult(job.code, problem=str(problem))
        except OutputTooLarge:
            message = _(
                "{document}（{template}）：模板生成的 Typst 源文件超过了 {limit} 的上限，已停止生成（模板中可能有失控的循环）"
            )
            return WorkResult(
                job.code,
                over_limit=True,
                error=message.format(document=job.label, template=spec.label, limit=size_label(self.setup.max_output)),
            )
        except MemoryError:
            return WorkResult(job.code, over_limit=True, error=self._memory_message(job))
        missing = missing_characters(source, self.covered)
        if missing:
            return WorkResult(job.code, missing="".join(missing))
        data = source.encode("utf-8")
        if job.output_format == "typ":
            return WorkResult(job.code, outputs=(data,))
        try:
            result = self._compile(job, data)
        except MemoryError:
            return WorkResult(job.code, over_limit=True, error=self._memory_message(job))
        if sum(len(output) for output in result.outputs) > MAX_FILE_BYTES:
            message = _("{document}（{template}）：生成的文件超过了 {limit} 的上限，未写出（模板中可能有失控的循环）")
            return WorkResult(
                job.code,
                over_limit=True,
                error=message.format(document=job.label, template=spec.label, limit=size_label(MAX_FILE_BYTES)),
            )
        return result

    def _memory_message(self, job: DocumentJob) -> str:
        limit = self.setup.memory_limit
        message = (
            _("{document}（{template}）：内存用量超过了 {limit} 的上限，已停止（模板中可能有失控的循环或过大的数据）")
            if limit
            else _("{document}（{template}）：内存用量超过了上限，已停止（模板中可能有失控的循环或过大的数据）")
        )
        return message.format(
            document=job.label, template=self.setup.spec.label, limit=size_label(limit) if limit else ""
        )

    def _compile(self, job: DocumentJob, source: bytes) -> WorkResult:
        import typst

        timestamp = int(dt.datetime(job.date.year, job.date.month, job.date.day, tzinfo=dt.UTC).timestamp())
        try:
            if job.output_format == "pdf":
                output = self.compiler.compile(
                    input=source,
                    format="pdf",
                    timestamp=timestamp,
                    pdf_standards=[job.pdf_standard] if job.pdf_standard else [],
                )
            else:
                output = self.compiler.compile(input=source, format="png", ppi=job.ppi, timestamp=timestamp)
        except typst.TypstError as error:
            return WorkResult(
                job.code,
                error=_("{document}（{template}）：{problem}").format(
                    document=job.label, template=self.setup.spec.label, problem=_typst_message(error)
                ),
            )
        return WorkResult(job.code, outputs=tuple(output) if isinstance(output, list) else (output,))


def render_template(template, spec, context: dict, max_output: int) -> str:
    """Jinja rendering, streamed and stopped as soon as the output passes `max_output` bytes
    (OutputTooLarge); a template's mistakes are reported at its line, never as a traceback."""
    from jinja2 import TemplateError
    from jinja2.sandbox import SecurityError

    from .templates import TemplateProblem

    chunks: list[str] = []
    length = 0  # in characters: never more than the UTF-8 bytes, so passing the limit is certain
    try:
        for chunk in template.generate(**context):
            chunks.append(chunk)
            length += len(chunk)
            if length > max_output:
                raise OutputTooLarge
    except SecurityError as error:
        raise TemplateProblem(
            _("{place}：模板做了沙盒不允许的操作：{error}").format(place=_template_place(error, spec), error=error)
        ) from None
    except TemplateError as error:
        raise TemplateProblem(
            _("{place}：模板出错：{error}").format(place=_template_place(error, spec), error=_readable(error))
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError, RecursionError) as error:
        raise TemplateProblem(
            _("{place}：模板出错：{error}").format(
                place=_template_place(error, spec), error=f"{type(error).__name__}: {error}"
            )
        ) from None
    source = "".join(chunks)
    # Characters outside ASCII take 2–4 bytes: the same limit, counted exactly once it is known.
    if length * 4 > max_output and len(source.encode("utf-8")) > max_output:
        raise OutputTooLarge
    return source


def _readable(error) -> str:
    """Jinja's message without Python type names a template author never sees."""
    return str(error).replace("'types.SimpleNamespace object'", _("该项")).replace("has no attribute", _("没有字段"))


def _template_place(error: BaseException, spec) -> str:
    """The template and the line an error happened on: Jinja rewrites tracebacks to point into templates."""
    traceback = error.__traceback__
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.endswith(".typ.j2"):
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return _("{file} 第 {line} 行").format(file=spec.label, line=line) if line else spec.label


def _typst_message(error) -> str:
    """Typst's error in terms a clerk or a template author can act on."""
    message = getattr(error, "message", None) or str(error).splitlines()[0]
    if "escape the project root" in message or "searched at" in message or "access denied" in message:
        return _(
            "模板试图读取其自带文件之外的文件（{message}）；出于安全原因，模板只能读取与模板同名的文件夹中的文件"
        ).format(message=message)
    if "package" in message and ("download" in message or "@" in message):
        # The name built while Typst ran, from the address it would have been fetched from.
        fetched = re.search(r"/([\w.-]+)/([\w.-]+?)-(\d[\w.]*)\.tar\.gz", message)
        if fetched:
            return _(
                "模板试图从网络导入 Typst 包 {package}；渲染不访问网络，模板不能导入包，"
                "请把需要的代码直接写进模板或放在模板自带的文件夹中"
            ).format(package="@{}/{}:{}".format(*fetched.groups()))
        return _("模板试图从网络导入 Typst 包（{message}）；渲染不访问网络").format(message=message)
    line = None
    diagnostic = getattr(error, "diagnostic", "") or ""
    for row in diagnostic.splitlines():
        if "┌─" in row and ":" in row:
            line = row.rsplit(":", 2)[-2]
            break
    hints = _("；").join(getattr(error, "hints", None) or [])
    if line is not None:
        text = (
            _("Typst 排版失败：{message}（生成的 Typst 源文件第 {line} 行）；提示：{hints}")
            if hints
            else _("Typst 排版失败：{message}（生成的 Typst 源文件第 {line} 行）")
        )
    else:
        text = _("Typst 排版失败：{message}；提示：{hints}") if hints else _("Typst 排版失败：{message}")
    return text.format(message=message, line=line, hints=hints)
