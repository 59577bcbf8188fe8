"""The rendering library: what `civcat render` and the tests call.

    render_charters(repository, ["500243112201"], RenderOptions()) -> [Path(...pdf)]
    render_catalogues(repository, None, RenderOptions(), everything=True) -> [...]

Steps for each document: select → prepare the context (documents, here) → in a worker process,
within the time limit (batch): Jinja, its output size limited (compiler; every value escaped) →
refuse packages → glyph preflight (fonts) → Typst → back here: atomic write.
A document that fails any step is reported and not written; the others are still rendered, and
the run then raises RenderFailed naming the failures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import UsageError
from ..i18n import _, ngettext
from ..repository import Repository
from .compiler import DocumentJob, JobResult, WorkResult
from .options import PAPERS, DocumentFailure, RenderFailed, RenderOptions, paper_named

#: Called once per document when it is done (written or failed); `on_start` gets the total first.
Progress = Callable[[JobResult], None]


def render_charters(
    repository: Repository,
    selectors: list[str] | None = None,
    options: RenderOptions | None = None,
    *,
    everything: bool = False,
    township: str | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
) -> list[Path]:
    """Render charters (村规民约、居民公约) chosen by code or name, or all of them (of one township)."""
    return render(
        repository,
        "charter",
        selectors or [],
        options or RenderOptions(),
        everything=everything,
        township=township,
        progress=progress,
        on_start=on_start,
    )


def render_catalogues(
    repository: Repository,
    selectors: list[str] | None = None,
    options: RenderOptions | None = None,
    *,
    everything: bool = False,
    township: str | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
) -> list[Path]:
    """Render community matter catalogues chosen by code or name, or all of them."""
    return render(
        repository,
        "catalogue",
        selectors or [],
        options or RenderOptions(),
        everything=everything,
        township=township,
        progress=progress,
        on_start=on_start,
    )


def render(
    repository: Repository,
    kind: str,
    selectors: list[str],
    options: RenderOptions,
    *,
    everything: bool = False,
    township: str | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
    workers=None,
) -> list[Path]:
    """Render the chosen documents of `kind` (charter | catalogue); the paths written, in order.

    `workers`: worker processes already started by start_workers (the caller closes them).
    Raises UsageError for bad usage (nothing is written), RenderFailed when some documents failed
    (the others are written).
    """
    from . import batch, documents, templates
    from .output import check_output_folder

    options = options.checked()
    check_output_folder(options.out_dir)
    if repository.county is None:
        raise UsageError(_("仓库没有可用的 catalogues/county.yaml；请先运行 civcat validate"))
    spec = templates.find_template(repository.root, options.template, kind)
    codes = documents.select(repository, kind, selectors, everything=everything, township=township)
    plan = _Plan(repository, kind, spec, options)
    if not options.force:
        plan.refused = refusals(repository, kind, codes)

    if on_start is not None:
        on_start(len(codes))
    if workers is None:
        workers = _worker_count(options, len(codes))
    typst_root = workers.typst_root if isinstance(workers, batch.Workers) else templates.make_typst_root(spec)
    try:
        outcome = batch.run(
            (plan.job(code) for code in codes),
            setup=_setup(repository.root, spec, options, typst_root),
            workers=workers,
            timeout=options.timeout,
            finish=plan.finish,
            on_done=progress,
        )
    finally:
        if not isinstance(workers, batch.Workers):
            templates.remove_typst_root(typst_root)
    written = sorted(outcome.written)
    if outcome.failures:
        order = {c: i for i, c in enumerate(codes)}
        failures = sorted(outcome.failures, key=lambda f: order.get(f[0], len(order)))
        raise RenderFailed([DocumentFailure(code, message) for code, message in failures], written)
    return written


def _worker_count(options: RenderOptions, documents: int | None) -> int:
    from . import batch

    if options.output_format == "typ":
        return 1  # nothing to compile: Jinja takes a millisecond a document
    return batch.worker_count(options.jobs, documents)


def _setup(root: Path | None, spec, options: RenderOptions, typst_root: Path):
    from .compiler import Setup

    memory = options.memory_limit
    if memory is not None and options.output_format == "png":
        # A page is drawn whole before it is encoded: 4 bytes a pixel, twice. An A2 page has
        # 0.39 million pixels a ppi², so --ppi 1200 needs 4.5 GB more than a PDF would.
        memory += int(8 * (PAPERS["A2"].width_mm / 25.4) * (PAPERS["A2"].height_mm / 25.4) * options.ppi**2)
    return Setup(
        root=root,
        spec=spec,
        fonts=options.fonts,
        typst_root=typst_root,
        output_format=options.output_format,
        max_output=options.max_output,
        memory_limit=memory,
    )


def start_workers(root: Path | None, kind: str, options: RenderOptions, documents: int | None):
    """Start worker processes before the repository is loaded, so that Python, Typst and the fonts
    start in them meanwhile; None when these documents are rendered in this process (batch.in_process).
    Close them with close_workers."""
    from . import batch, templates

    options = options.checked()
    spec = templates.find_template(root, options.template, kind)
    typst_root = templates.make_typst_root(spec)
    setup = _setup(root, spec, options, typst_root)
    count = _worker_count(options, documents)
    if batch.in_process(count, setup):
        templates.remove_typst_root(typst_root)
        return None
    return batch.Workers(count, setup, options.timeout)


def close_workers(workers) -> None:
    from . import templates

    if workers is not None:
        workers.close()
        templates.remove_typst_root(workers.typst_root)


#: Findings named in a refusal; the rest are counted ("等 12 个").
FINDINGS_NAMED = 5


def refusals(repository: Repository, kind: str, codes: list[str]) -> dict[str, str]:
    """The documents not to render because their file has errors, each with its one line naming the
    findings (file:line:column and code). The file is validated as `civcat validate` does, with the
    whole repository as context and its configuration (a run found in the cache costs nothing);
    warnings do not stop a document. A document is printed to be posted: one the rules refuse
    (a fine the law forbids, a missed quorum) must not reach a notice board unseen (issue 12)."""
    from ..findings import Severity
    from ..textutil import series
    from ..validate import validate

    if repository.root is None:
        return {}
    universe = repository.charters if kind == "charter" else repository.communities
    paths = {universe[code].path: code for code in codes if code in universe}
    errors: dict[str, list] = {}
    for finding in validate([], cwd=repository.root).findings:
        if finding.severity is Severity.ERROR and finding.path in paths:
            errors.setdefault(paths[finding.path], []).append(finding)
    refused = {}
    for code, findings in errors.items():
        named = [f"{f.path}:{f.line}:{f.column} {f.code}" for f in findings[:FINDINGS_NAMED]]
        if len(findings) > FINDINGS_NAMED:
            named.append(_("等共 {count} 个").format(count=len(findings)))
        document = _("{code} {title}").format(code=code, title=_document_title(universe[code]))
        refused[code] = ngettext(
            "{document}：文件有 {count} 个错误，未排版：{findings}；请改正后重试（civcat validate {path} 列出详情），"
            "或加 --force 照样排版",
            "{document}：文件有 {count} 个错误，未排版：{findings}；请改正后重试（civcat validate {path} 列出详情），"
            "或加 --force 照样排版",
            len(findings),
        ).format(document=document, count=len(findings), findings=series(named), path=universe[code].path)
    return refused


def _document_title(document) -> str:
    model = document.model
    return getattr(model, "title", None) or f"{model.name}事项清单"


class _Plan:
    """What is the same for every document of a run: template, fonts, paper, output naming."""

    def __init__(self, repository: Repository, kind: str, spec, options: RenderOptions):
        from . import documents, fonts, templates

        self.repository, self.kind, self.spec, self.options = repository, kind, spec, options
        self.fonts = fonts.fonts_in_use(options.fonts)
        # Checked here, though compiled and rendered in the workers: a syntax error stops the run at once.
        self.template_origin = fonts.Origin(spec.label, templates.check(templates.environment(repository.root), spec))
        self.origins: dict[str, list] = {}  # of the documents being rendered, to place a missing glyph
        design_paper = PAPERS[spec.paper]
        paper = paper_named(options.paper) if options.paper else design_paper
        self.shared = {
            "paper": {
                "name": paper.name,
                "typst_name": paper.typst_name,
                "width_mm": paper.width_mm,
                "height_mm": paper.height_mm,
                "scale": paper.scale_from(design_paper),
            },
            "fonts": {"body": self.fonts.body.family, "title": self.fonts.title.family},
            "template": {"name": spec.name},
        }
        # A template other than the default marks the file name (…-石门村村规民约-booklet.pdf), and so
        # does a paper other than the template's own (…-A2.pdf): a poster and a booklet, an A3 and an
        # A2 print of the same charter, can share a folder without one overwriting the other.
        default = spec.name == templates.DEFAULT_TEMPLATES[kind]
        self.suffix = ("" if default else f"-{spec.name.removeprefix(kind + '-')}") + (
            "" if paper.name == design_paper.name else f"-{paper.name}"
        )
        self.prepare = documents.prepare_charter if kind == "charter" else documents.prepare_catalogue
        self.refused: dict[str, str] = {}  # code → why it is not rendered (refusals)

    def job(self, code: str) -> DocumentJob | JobResult:
        """One document's job; or its result, when it failed already."""
        from . import documents
        from .output import bounded_name

        if code in self.refused:
            return JobResult(code, error=self.refused[code])
        try:
            prepared = self.prepare(self.repository, code)
        except UsageError as error:
            return JobResult(code, error=str(error))
        self.origins[code] = [*prepared.origins, self.template_origin]
        options = self.options
        name = bounded_name(prepared.output_stem(), f"{self.suffix}.{options.output_format}")
        target = prepared.output_folder(options.out_dir) / name
        # The document as messages name it: its code and title (English quotes the Chinese title).
        return DocumentJob(
            code=code,
            label=_("{code} {title}").format(code=code, title=prepared.title),
            context=documents.as_records({**prepared.context, **self.shared}),
            target=target,
            output_format=options.output_format,
            date=prepared.date,
            pdf_standard=options.pdf_standard,
            ppi=options.ppi,
        )

    def finish(self, job: DocumentJob, result: WorkResult) -> JobResult:
        """What rendering a document gave, written (atomically) or reported."""
        from ..fileio import os_error_line
        from . import fonts, templates
        from .compiler import write_atomic

        origins = self.origins.pop(job.code, [])
        if result.problem:
            raise templates.TemplateProblem(result.problem)  # the template is broken: every document would fail alike
        if result.missing:
            try:
                fonts.preflight(result.missing, self.fonts, origins, job.label)
            except fonts.GlyphMissing as error:
                return JobResult(job.code, error=str(error))
        if result.error or not result.outputs:
            return JobResult(
                job.code, error=result.error or _("{document}：没有生成任何内容").format(document=job.label)
            )
        targets = job.targets(len(result.outputs))
        written: list[Path] = []
        for target, data in zip(targets, result.outputs, strict=True):
            try:
                write_atomic(target, data)
            except OSError as error:  # this document only: the others are still written (exit 1)
                return JobResult(job.code, written=tuple(written), error=os_error_line(error, target))
            written.append(target)
        return JobResult(job.code, written=tuple(targets))
