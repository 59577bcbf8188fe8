"""The rendering library: what `civcat render` and the tests call.

    render_charters(repository, ["500243112201"], RenderOptions()) -> [Path(...pdf)]
    render_catalogues(repository, None, RenderOptions(), everything=True) -> [...]

Steps for each document: select → prepare the context (documents) → Jinja (templates; every value
escaped) → refuse packages → glyph preflight (fonts) → Typst (compiler, batch) → atomic write.
A document that fails any step is reported and not written; the others are still rendered, and
the run then raises RenderFailed naming the failures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import UsageError
from ..repository import Repository
from .compiler import CompileJob, JobResult
from .options import PAPERS, DocumentFailure, RenderFailed, RenderOptions, paper_named

#: Called once per document when it is done (written or failed); and once at the start with the total.
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
           on_start: Callable[[int], None] | None = None) -> list[Path]:
    from . import batch, documents, fonts, templates

    options = options.checked()
    if repository.county is None:
        raise UsageError("仓库没有可用的 catalogues/county.yaml；请先运行 civcat validate")
    root = repository.root
    spec = templates.find_template(root, options.template, kind)
    design_paper = PAPERS[spec.paper]
    paper = paper_named(options.paper) if options.paper else design_paper
    codes = documents.select(repository, kind, selectors, everything=everything, township=township)
    in_use = fonts.fonts_in_use(options.fonts)
    env = templates.environment(root)
    template = templates.load(env, spec)
    template_origin = fonts.Origin(spec.label, spec.path.read_text(encoding="utf-8"))
    shared = {
        "paper": {"name": paper.name, "typst_name": paper.typst_name, "width_mm": paper.width_mm,
                  "height_mm": paper.height_mm, "scale": paper.scale_from(design_paper)},
        "fonts": {"body": in_use.body.family, "title": in_use.title.family},
        "template": {"name": spec.name},
    }
    suffix = "" if spec.name == templates.DEFAULT_TEMPLATES[kind] else f"-{spec.name}"
    prepare = documents.prepare_charter if kind == "charter" else documents.prepare_catalogue
    out_dir = Path(options.out_dir)

    def items() -> Iterator[CompileJob | JobResult]:
        for code in codes:
            try:
                prepared = prepare(repository, code)
                label = f"{code} {prepared.title}"
                source = _render_template(template, spec, documents.as_records({**prepared.context, **shared}))
                templates.refuse_packages(source, spec.label)
                fonts.preflight(source, in_use, [*prepared.origins, template_origin], label)
            except UsageError as error:
                yield JobResult(code, error=str(error))
                continue
            target = prepared.output_folder(out_dir) / f"{prepared.output_stem()}{suffix}.{options.output_format}"
            if options.output_format == "typ":
                from .compiler import write_atomic

                write_atomic(target, source.encode("utf-8"))
                yield JobResult(code, written=(target,))
                continue
            yield CompileJob(code=code, label=label, template_label=spec.label, source=source.encode("utf-8"),
                             target=target, output_format=options.output_format, date=prepared.date,
                             pdf_standard=options.pdf_standard, ppi=options.ppi)

    if on_start is not None:
        on_start(len(codes))
    workers = 1 if options.output_format == "typ" else batch.worker_count(options.jobs, len(codes))
    typst_root = templates.make_typst_root(spec)
    try:
        outcome = batch.run(items(), workers=workers, fonts=options.fonts, typst_root=typst_root, on_done=progress)
    finally:
        templates.remove_typst_root(typst_root)
    written = sorted(outcome.written)
    if outcome.failures:
        order = {c: i for i, c in enumerate(codes)}
        failures = sorted(outcome.failures, key=lambda f: order.get(f[0], len(order)))
        raise RenderFailed([DocumentFailure(code, message) for code, message in failures], written)
    return written


def _render_template(template, spec, context: dict) -> str:
    """Jinja rendering, with a template's mistakes reported at its line, never as a traceback."""
    from jinja2 import TemplateError
    from jinja2.sandbox import SecurityError

    try:
        return template.render(**context)
    except SecurityError as error:
        raise UsageError(f"{spec.label}{_template_line(error, spec)}：模板做了沙盒不允许的操作：{error}") from None
    except TemplateError as error:
        raise UsageError(f"{spec.label}{_template_line(error, spec)}：模板出错：{error}") from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError) as error:
        raise UsageError(f"{spec.label}{_template_line(error, spec)}：模板出错：{type(error).__name__}: {error}") from None


def _template_line(error: BaseException, spec) -> str:
    """The template line an error happened on: Jinja rewrites tracebacks to point into templates."""
    traceback = error.__traceback__
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.endswith(".typ.j2"):
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return f" 第 {line} 行" if line else ""

