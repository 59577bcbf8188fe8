"""The rendering library: what `civcat render` and the tests call.

    render_charters(repository, ["500243112201"], RenderOptions()) -> [Path(...pdf)]
    render_catalogues(repository, None, RenderOptions(), everything=True) -> [...]

Steps for each document: select → prepare the context (documents) → Jinja (templates; every value
escaped) → refuse packages → glyph preflight (fonts) → Typst (compiler, batch) → atomic write.
A document that fails any step is reported and not written; the others are still rendered, and
the run then raises RenderFailed naming the failures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import UsageError
from ..repository import Repository
from .compiler import CompileJob, JobResult
from .options import PAPERS, DocumentFailure, RenderFailed, RenderOptions, paper_named

#: Called once per document when it is done (written or failed); `on_start` gets the total first.
Progress = Callable[[JobResult], None]


def render_charters(repository: Repository, selectors: list[str] | None = None,
                    options: RenderOptions | None = None, *, everything: bool = False,
                    township: str | None = None, progress: Progress | None = None,
                    on_start: Callable[[int], None] | None = None) -> list[Path]:
    """Render charters (村规民约、居民公约) chosen by code or name, or all of them (of one township)."""
    return render(repository, "charter", selectors or [], options or RenderOptions(), everything=everything,
                  township=township, progress=progress, on_start=on_start)


def render_catalogues(repository: Repository, selectors: list[str] | None = None,
                      options: RenderOptions | None = None, *, everything: bool = False,
                      township: str | None = None, progress: Progress | None = None,
                      on_start: Callable[[int], None] | None = None) -> list[Path]:
    """Render community matter catalogues chosen by code or name, or all of them."""
    return render(repository, "catalogue", selectors or [], options or RenderOptions(), everything=everything,
                  township=township, progress=progress, on_start=on_start)


def render(repository: Repository, kind: str, selectors: list[str], options: RenderOptions, *,
           everything: bool = False, township: str | None = None, progress: Progress | None = None,
           on_start: Callable[[int], None] | None = None, workers=None) -> list[Path]:
    """Render the chosen documents of `kind` (charter | catalogue); the paths written, in order.

    `workers`: worker processes already started by start_workers (the caller closes them).
    Raises UsageError for bad usage (nothing is written), RenderFailed when some documents failed
    (the others are written).
    """
    from . import batch, documents, templates

    options = options.checked()
    if repository.county is None:
        raise UsageError("仓库没有可用的 catalogues/county.yaml；请先运行 civcat validate")
    spec = templates.find_template(repository.root, options.template, kind)
    codes = documents.select(repository, kind, selectors, everything=everything, township=township)
    plan = _Plan(repository, kind, spec, options)

    if on_start is not None:
        on_start(len(codes))
    if options.output_format == "typ":
        workers = 1  # nothing to compile
    elif workers is None:
        workers = batch.worker_count(options.jobs, len(codes))
    typst_root = workers.typst_root if isinstance(workers, batch.Workers) else templates.make_typst_root(spec)
    try:
        outcome = batch.run((plan.job(code) for code in codes), workers=workers, fonts=options.fonts,
                            typst_root=typst_root, on_done=progress)
    finally:
        if not isinstance(workers, batch.Workers):
            templates.remove_typst_root(typst_root)
    written = sorted(outcome.written)
    if outcome.failures:
        order = {c: i for i, c in enumerate(codes)}
        failures = sorted(outcome.failures, key=lambda f: order.get(f[0], len(order)))
        raise RenderFailed([DocumentFailure(code, message) for code, message in failures], written)
    return written


def start_workers(root: Path | None, kind: str, options: RenderOptions, documents: int | None):
    """Start worker processes before the repository is loaded, so that Python, Typst and the fonts
    start in them meanwhile; None when this many documents are compiled faster in this process.
    Close them with close_workers."""
    from . import batch, templates

    options = options.checked()
    count = batch.worker_count(options.jobs, documents)
    if count <= 1 or options.output_format == "typ":
        return None
    spec = templates.find_template(root, options.template, kind)
    return batch.Workers(count, options.fonts, templates.make_typst_root(spec))


def close_workers(workers) -> None:
    from . import templates

    if workers is not None:
        workers.close()
        templates.remove_typst_root(workers.typst_root)


class _Plan:
    """What is the same for every document of a run: template, fonts, paper, output naming."""

    def __init__(self, repository: Repository, kind: str, spec, options: RenderOptions):
        from . import documents, fonts, templates

        self.repository, self.kind, self.spec, self.options = repository, kind, spec, options
        self.fonts = fonts.fonts_in_use(options.fonts)
        self.template = templates.load(templates.environment(repository.root), spec)
        self.template_origin = fonts.Origin(spec.label, spec.path.read_text(encoding="utf-8"))
        design_paper = PAPERS[spec.paper]
        paper = paper_named(options.paper) if options.paper else design_paper
        self.shared = {
            "paper": {"name": paper.name, "typst_name": paper.typst_name, "width_mm": paper.width_mm,
                      "height_mm": paper.height_mm, "scale": paper.scale_from(design_paper)},
            "fonts": {"body": self.fonts.body.family, "title": self.fonts.title.family},
            "template": {"name": spec.name},
        }
        # A template other than the default marks the file name (…-石门村村规民约-booklet.pdf), so a
        # poster and a booklet of the same charter can share a folder.
        default = spec.name == templates.DEFAULT_TEMPLATES[kind]
        self.suffix = "" if default else f"-{spec.name.removeprefix(kind + '-')}"
        self.prepare = documents.prepare_charter if kind == "charter" else documents.prepare_catalogue

    def job(self, code: str) -> CompileJob | JobResult:
        """One document's compile job; or its result, when it failed or needs no compiling (typ)."""
        from . import documents, fonts, templates

        try:
            prepared = self.prepare(self.repository, code)
            label = f"{code} {prepared.title}"
            context = documents.as_records({**prepared.context, **self.shared})
            source = _render_template(self.template, self.spec, context)
            templates.refuse_packages(source, self.spec.label)
            fonts.preflight(source, self.fonts, [*prepared.origins, self.template_origin], label)
        except templates.TemplateProblem:
            raise  # the template is broken: every document would fail alike
        except UsageError as error:
            return JobResult(code, error=str(error))
        options = self.options
        target = prepared.output_folder(options.out_dir) / f"{prepared.output_stem()}{self.suffix}.{options.output_format}"
        if options.output_format == "typ":
            from .compiler import write_atomic

            write_atomic(target, source.encode("utf-8"))
            return JobResult(code, written=(target,))
        return CompileJob(code=code, label=label, template_label=self.spec.label, source=source.encode("utf-8"),
                          target=target, output_format=options.output_format, date=prepared.date,
                          pdf_standard=options.pdf_standard, ppi=options.ppi)


def _render_template(template, spec, context: dict) -> str:
    """Jinja rendering, with a template's mistakes reported at its line, never as a traceback."""
    from jinja2 import TemplateError
    from jinja2.sandbox import SecurityError

    from .templates import TemplateProblem

    try:
        return template.render(**context)
    except SecurityError as error:
        raise TemplateProblem(f"{spec.label}{_template_line(error, spec)}：模板做了沙盒不允许的操作：{error}") from None
    except TemplateError as error:
        raise TemplateProblem(f"{spec.label}{_template_line(error, spec)}：模板出错：{_readable(error)}") from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError) as error:
        raise TemplateProblem(f"{spec.label}{_template_line(error, spec)}：模板出错：{type(error).__name__}: {error}") from None


def _readable(error) -> str:
    """Jinja's message without Python type names a template author never sees."""
    return str(error).replace("'types.SimpleNamespace object'", "该项").replace("has no attribute", "没有字段")


def _template_line(error: BaseException, spec) -> str:
    """The template line an error happened on: Jinja rewrites tracebacks to point into templates."""
    traceback = error.__traceback__
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.endswith(".typ.j2"):
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return f" 第 {line} 行" if line else ""

