"""`civcat render …`: typeset charters and catalogues as PDFs (library: civcat.render).

    civcat render charter 500243112201 长生镇/青杠村 …   |  civcat render charter --all [--township CODE]
    civcat render catalogue CODE|NAME …          |  civcat render catalogue --all
    civcat render templates

Exit codes: 0 all written; 1 some documents could not be rendered (each named, the others written);
2 usage or configuration problem (one line, never a traceback); 130 interrupted (what was written is
whole, nothing half-written is left).
"""

from __future__ import annotations

import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail, interrupted_by
from ..i18n import _, ngettext
from ._options import Jobs, format_option


class Paper(StrEnum):
    A4 = "A4"
    A3 = "A3"
    A2 = "A2"


class Format(StrEnum):
    pdf = "pdf"
    png = "png"
    typ = "typ"


class PdfStandard(StrEnum):
    a2b = "a-2b"
    a2u = "a-2u"
    a3b = "a-3b"
    a4 = "a-4"


Targets = Annotated[
    list[str] | None, typer.Argument(help=_("村（社区）的 12 位代码或名称，可给多个"), show_default=False)
]
All = Annotated[bool, typer.Option("--all", help=_("生成全部"))]
Township = Annotated[
    str | None, typer.Option("--township", help=_("与 --all 同用：只生成这个乡镇（街道）的：9 位代码或名称"))
]
Template = Annotated[
    str | None, typer.Option("--template", "-t", help=_("模板名称（civcat render templates 列出可用模板）"))
]
PaperOption = Annotated[
    Paper | None,
    typer.Option(
        "--paper", help=_("纸张（默认：模板自己的纸张，公约海报 A3、手册 A4、清单 A2）"), case_sensitive=False
    ),
]
FormatOption = Annotated[Format, format_option(_("输出格式：pdf、png（每页一张）或 typ（Typst 源文件）"))]
OutDir = Annotated[Path, typer.Option("--output", "-o", help=_("输出文件夹"))]
Standard = Annotated[PdfStandard | None, typer.Option("--pdf-standard", help=_("存档用 PDF/A，如 a-2b"))]
Ppi = Annotated[float, typer.Option("--ppi", help=_("PNG 分辨率（每英寸像素）"))]
BodyFont = Annotated[str | None, typer.Option("--body-font", help=_("正文字体（默认：内置的 Noto Serif CJK SC 子集）"))]
TitleFont = Annotated[
    str | None, typer.Option("--title-font", help=_("标题字体（默认：内置的 Noto Sans CJK SC Bold 子集）"))
]
FontDirs = Annotated[list[Path] | None, typer.Option("--font-dir", help=_("另外查找字体的文件夹，可给多个"))]
Timeout = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        show_default=False,
        help=_("每份文件的时间上限（秒，含模板和排版；默认 60）：超时的文件报错，其余照常生成"),
    ),
]
Force = Annotated[bool, typer.Option("--force", help=_("文件有错误也照样排版（默认不排版有错误的文件，并列出错误）"))]
SystemFonts = Annotated[
    bool | None, typer.Option("--system-fonts/--no-system-fonts", help=_("也使用系统安装的字体"), show_default=False)
]
BookOption = Annotated[
    bool,
    typer.Option(
        "--book", help=_("汇编成一个 PDF（封面、目录、页码，每份公约另起一页）：与 --township 代码或 --all 同用")
    ),
]


#: A broken template fails every document alike: the first few failures say all there is to say.
MAX_FAILURES_SHOWN = 20


def register(app: typer.Typer) -> None:
    render_app = typer.Typer(
        help=_("把公约和事项清单排版为可打印的 PDF"),
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
    )
    render_app.command(
        "charter", help=_("排版村规民约、居民公约：公告栏海报（默认，A3）或手册（--template charter-booklet，A4）。")
    )(charter)
    render_app.command("catalogue", help=_("排版村（社区）事项清单海报：大事、小事、私事及协商事项（默认 A2）。"))(
        catalogue
    )
    render_app.command("templates", help=_("列出可用的模板（仓库 templates/ 中的同名文件覆盖内置模板）。"))(
        list_templates
    )
    app.add_typer(render_app, name="render")


def charter(
    targets: Targets = None,
    everything: All = False,
    township: Township = None,
    template: Template = None,
    paper: PaperOption = None,
    output_format: FormatOption = Format.pdf,
    out: OutDir = Path("out"),
    jobs: Jobs = None,
    pdf_standard: Standard = None,
    ppi: Ppi = 144.0,
    body_font: BodyFont = None,
    title_font: TitleFont = None,
    font_dir: FontDirs = None,
    system_fonts: SystemFonts = None,
    timeout: Timeout = None,
    force: Force = False,
    book: BookOption = False,
) -> None:
    """Typeset charters: notice-board posters (default) or booklets; or one book (--book)."""
    if book:
        _run_book(locals())
        return
    _run("charter", locals())


def catalogue(
    targets: Targets = None,
    everything: All = False,
    township: Township = None,
    template: Template = None,
    paper: PaperOption = None,
    output_format: FormatOption = Format.pdf,
    out: OutDir = Path("out"),
    jobs: Jobs = None,
    pdf_standard: Standard = None,
    ppi: Ppi = 144.0,
    body_font: BodyFont = None,
    title_font: TitleFont = None,
    font_dir: FontDirs = None,
    system_fonts: SystemFonts = None,
    timeout: Timeout = None,
    force: Force = False,
) -> None:
    """Typeset community matter catalogue posters."""
    _run("catalogue", locals())


def list_templates() -> None:
    """List the templates (a repository file overrides the built-in template of the same name)."""
    from ..render.templates import DEFAULT_TEMPLATES, available_templates
    from ..repository import find_root

    for name, spec in available_templates(find_root(Path.cwd())).items():
        default = _("（默认）") if DEFAULT_TEMPLATES.get(spec.kind) == name else ""
        origin = _("内置") if spec.builtin else _("仓库：{path}").format(path=spec.path)
        typer.echo(f"{name:<20} {spec.kind or '?':<10} {spec.paper:<3} {origin}{default}")


def _run(kind: str, args: dict) -> None:
    """Render the documents `args` (the command's parameters) name; a UsageError ends in one line (the
    root group's handler), with the worker processes closed."""
    from ..cliutil import repository_root
    from ..render.api import close_workers, start_workers
    from ..render.options import RenderFailed
    from ..render.output import check_output_folder
    from ..repository import Repository

    started = time.perf_counter()
    workers = None
    try:
        root = repository_root(Path.cwd())
        options = _options(args, root)
        check_output_folder(options.out_dir)  # before the workers start: nothing runs for an unusable -o
        # Worker processes start while this one loads the repository (a few tenths of a second each).
        workers = start_workers(root, kind, options, None if args["everything"] else len(args["targets"] or []))
        repository = Repository.load(root)
        written = _render_with_progress(kind, repository, args, options, workers)
    except RenderFailed as failed:
        _say_failures(failed.failures)
        _summary(failed.written, started, args["out"], failed=len(failed.failures))
        raise typer.Exit(1) from None
    except (KeyboardInterrupt, RuntimeError) as error:
        if not interrupted_by(error):
            raise
        fail(_("已中断；已写出的文件完整可用，未写完的没有留下"), 130)
    finally:
        close_workers(workers)
    _summary(written, started, args["out"])


def _say_failures(failures: list) -> None:
    """One line per document that could not be rendered, the first MAX_FAILURES_SHOWN of them."""
    shown = failures[:MAX_FAILURES_SHOWN]
    for failure in shown:
        typer.echo(f"civcat: {failure.message}", err=True)
    if len(failures) > len(shown):
        more = len(failures) - len(shown)
        typer.echo(
            "civcat: " + ngettext("……另有 {count} 份未能生成", "……另有 {count} 份未能生成", more).format(count=more),
            err=True,
        )


def _run_book(args: dict) -> None:
    """`render charter --book`: one PDF of a township's (or the county's) charters."""
    from ..cliutil import repository_root
    from ..errors import UsageError
    from ..render.book import render_book
    from ..render.options import RenderFailed
    from ..repository import Repository

    if args["targets"] or args["template"] or args["paper"] or args["output_format"] is not Format.pdf:
        raise UsageError(
            _(
                "--book 只能与 --township 代码或 --all 同用（不接受村、社区名称，也不接受 --template、--paper、--format）"
            )
        )
    root = repository_root(Path.cwd())
    fonts = _options(args, root).fonts
    try:
        book = render_book(
            Repository.load(root),
            args["out"],
            township=args["township"],
            everything=args["everything"],
            fonts=fonts,
            force=args["force"],
        )
    except RenderFailed as failed:
        for failure in failed.failures[:MAX_FAILURES_SHOWN]:
            typer.echo(f"civcat: {failure.message}", err=True)
        raise typer.Exit(1) from None
    typer.echo(book.path)


def _options(args: dict, root: Path | None):
    from ..render.fonts import BUNDLED_BODY, BUNDLED_TITLE, FontChoice
    from ..render.options import DEFAULT_TIMEOUT, RenderOptions
    from ..render.settings import render_settings

    settings = render_settings(root)
    fonts = FontChoice(
        body=args["body_font"] or settings.get("body-font") or BUNDLED_BODY,
        title=args["title_font"] or settings.get("title-font") or BUNDLED_TITLE,
        font_dirs=tuple(p.absolute() for p in (args["font_dir"] or settings.get("font-dirs") or [])),
        system_fonts=args["system_fonts"] if args["system_fonts"] is not None else settings.get("system-fonts", False),
    )
    return RenderOptions(
        template=args["template"],
        paper=args["paper"].value if args["paper"] else None,
        output_format=args["output_format"].value,
        out_dir=args["out"],
        jobs=args["jobs"],
        pdf_standard=args["pdf_standard"].value if args["pdf_standard"] else None,
        ppi=args["ppi"],
        fonts=fonts,
        timeout=args["timeout"] if args["timeout"] is not None else settings.get("timeout", DEFAULT_TIMEOUT),
        force=args["force"],
    )


def _render_with_progress(kind: str, repository, args: dict, options, workers) -> list[Path]:
    """Render, with a progress bar on a terminal."""
    from ..render.api import render

    selectors = list(args["targets"] or [])
    common = dict(everything=args["everything"], township=args["township"], workers=workers)
    if not sys.stderr.isatty():
        return render(repository, kind, selectors, options, **common)

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    title = _("排版公约") if kind == "charter" else _("排版事项清单")
    with Progress(
        TextColumn(title),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn(_("剩余")),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task(title, total=None)

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_done(_result) -> None:
            progress.advance(task)

        return render(repository, kind, selectors, options, progress=on_done, on_start=on_start, **common)


def _summary(written: list[Path], started: float, out: Path, failed: int = 0) -> None:
    from ..textutil import series

    seconds = time.perf_counter() - started
    if len(written) == 1 and not failed:
        typer.echo(str(written[0]))
        return
    values = dict(
        count=len(written),
        folder=out,
        seconds=f"{seconds:.1f}",
        failed=failed,
        kinds=series(sorted({p.suffix.lstrip(".").upper() for p in written})),
    )
    if written and failed:
        line = ngettext(
            "已生成 {count} 个 {kinds} 文件，在 {folder}/ 下（用时 {seconds} 秒）；{failed} 份未能生成（原因见上）",
            "已生成 {count} 个 {kinds} 文件，在 {folder}/ 下（用时 {seconds} 秒）；{failed} 份未能生成（原因见上）",
            len(written),
        )
    elif written:
        line = ngettext(
            "已生成 {count} 个 {kinds} 文件，在 {folder}/ 下（用时 {seconds} 秒）",
            "已生成 {count} 个 {kinds} 文件，在 {folder}/ 下（用时 {seconds} 秒）",
            len(written),
        )
    elif failed:
        line = _("没有生成任何文件（用时 {seconds} 秒）；{failed} 份未能生成（原因见上）")
    else:
        line = _("没有生成任何文件（用时 {seconds} 秒）")
    typer.echo(line.format(**values), err=bool(failed))
