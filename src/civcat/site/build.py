"""`civcat report -o DIR`: the county's report site, built into a temporary folder and swapped in.

    build_site(root, SiteOptions(out=Path("site"), as_of=date(2026, 11, 28)))

Pages (all one folder deep, so every link is `../x/y.html` or `x/y.html`, and the site opens from
file:// and publishes unchanged): index.html (the county), townships/CODE.html,
communities/CODE.html, rules/CODE.html, across/*.html, search.html with search/*.js, static/.

The same input and check date give the same bytes: nothing is taken from the clock, every list
is sorted, and the charts are drawn here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..fileio import output_errors
from ..i18n import _, current_language
from ..repository import Repository
from . import charts
from .facts import SiteFacts, gather, scan_latest_date
from .load import load_models
from .words import AREAS, CHARTER_STATUS, COMMUNITY_TYPES, LEVELS, TIERS, TOWNSHIP_TYPES, Words, area_of, words

HERE = Path(__file__).resolve().parent
#: The file that marks a folder as a civcat report site: only such a folder is ever replaced.
MARKER = ".civcat-report"
MARKER_TEXT = "civcat report site: this folder is replaced whole by `civcat report`.\n"
#: Rows of the across page's community table (the outliers come first; every community has its own page).
ACROSS_ROWS = 200
#: Results the search page shows at most.
SEARCH_RESULTS = 100


@dataclass(frozen=True)
class SiteOptions:
    out: Path
    as_of: dt.date | None = None  # None: the latest date in the data (never the clock)
    public: bool = False  # leave out findings, rule pages and internal fields
    pdf_dir: Path | None = None  # a `civcat render` output folder: its PDFs are copied in and linked
    old_years: int = 5  # charters voted more than this many years ago are counted as old

    def checked(self) -> SiteOptions:
        """The options, or a UsageError; nothing is read or written before this passes."""
        out = Path(os.path.abspath(self.out))
        if out.exists() and not out.is_dir():
            raise UsageError(_("{path}：已存在同名文件，不是文件夹；请换一个输出文件夹").format(path=self.out))
        if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
            raise UsageError(
                _(
                    "{path}：文件夹不是空的，也不是 civcat report 生成的网站；为免删掉其中的文件，"
                    "请换一个输出文件夹或先清空它"
                ).format(path=self.out)
            )
        if out == Path(os.path.abspath(".")) or Path(os.path.abspath(".")).is_relative_to(out):
            raise UsageError(_("{path}：输出文件夹不能是当前文件夹或它的上级").format(path=self.out))
        pdf_dir = None
        if self.pdf_dir is not None:
            pdf_dir = Path(os.path.abspath(self.pdf_dir))
            if not pdf_dir.is_dir():
                raise UsageError(
                    _("--pdf {path}：没有这个文件夹（应为 civcat render 的输出文件夹）").format(path=self.pdf_dir)
                )
            if pdf_dir.is_relative_to(out):
                raise UsageError(
                    _("--pdf {path}：不能在输出文件夹之内（网站生成时整个替换输出文件夹）").format(path=self.pdf_dir)
                )
        if self.old_years < 1:
            raise UsageError(_("--older-than {years}：年数至少为 1").format(years=self.old_years))
        return SiteOptions(out, self.as_of, self.public, pdf_dir, self.old_years)


@dataclass
class SiteResult:
    out: Path
    pages: int
    as_of: dt.date


def build_site(root: Path, options: SiteOptions) -> SiteResult:
    """Build the site for the repository at `root` (see the module's docstring)."""
    from ..repository import data_files
    from ..validate import validate

    options = options.checked()
    # Validation first, while this process is small: its worker processes start as copies of it.
    as_of = options.as_of or scan_latest_date(data_files(root))
    findings = [] if options.public else validate(cwd=root, as_of=as_of).findings
    repository = load_models(root, keep_text={f.path for f in findings})
    if repository.county is None:
        raise UsageError(_("仓库没有可用的 catalogues/county.yaml；请先运行 civcat validate"))
    facts = gather(repository, findings, as_of=as_of, old_years=options.old_years)
    with output_errors(options.out):  # a folder that cannot be made or written: one line, exit 2
        temporary = _temporary_folder(options.out)
        try:
            pages = Site(repository, facts, options, temporary).write()
            _swap(temporary, options.out)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
    return SiteResult(options.out, pages, as_of)


def _temporary_folder(out: Path) -> Path:
    import tempfile

    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))


def _swap(built: Path, out: Path) -> None:
    """Put the built site in place of `out` with renames: `out` is old or new, never half-written.

    Only an empty folder or an earlier report site (it holds MARKER) is replaced (checked again here:
    the folder may have changed while the site was built).
    """
    (built / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    os.chmod(built, 0o777 & ~_umask())
    if not out.exists():
        os.replace(built, out)
        return
    if any(out.iterdir()) and not (out / MARKER).is_file():
        raise UsageError(
            _(
                "{path}：文件夹不是空的，也不是 civcat report 生成的网站；为免删掉其中的文件，"
                "请换一个输出文件夹或先清空它"
            ).format(path=out)
        )
    old = built.with_name(built.name.removesuffix(".tmp") + ".old")
    os.replace(out, old)
    os.replace(built, out)
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = lambda d: d.isoformat() if d else ""
    env.filters["percent"] = lambda share: f"{round(100 * share)}%"
    return env


class Site:
    """One build: the pages of the site, written into `folder`."""

    def __init__(self, repository: Repository, facts: SiteFacts, options: SiteOptions, folder: Path):
        from ..rules import all_rules

        self.repository, self.facts, self.options, self.folder = repository, facts, options, folder
        self.env = environment()
        self.t: Words = words()
        self.rules = all_rules()
        self.pages = 0
        from .catalogue import CatalogueTables

        self.catalogues = CatalogueTables(repository, self.t, {k: _(v) for k, v in TIERS.items()})
        self.pdfs: dict[str, list[tuple[str, str]]] = {}
        english = current_language() == "en"
        self.common = {
            "t": self.t,
            "lang": "en" if english else "zh-CN",
            "public": options.public,
            "county": facts.county_name,
            "as_of": facts.as_of,
            "site_title": self.t.site_title.format(county=facts.county_name),
            "labels": {
                "areas": {k: _(v[0]) for k, v in AREAS.items()},
                "status": {k: _(v) for k, v in CHARTER_STATUS.items()},
                "community_types": {k: _(v) for k, v in COMMUNITY_TYPES.items()},
                "township_types": {k: _(v) for k, v in TOWNSHIP_TYPES.items()},
                "tiers": {k: _(v) for k, v in TIERS.items()},
                "levels": {k: _(v) for k, v in LEVELS.items()},
            },
            "version": _version(),
        }

    # --- writing ------------------------------------------------------------------------------

    def page(self, path: str, template: str, **context: Any) -> None:
        depth = path.count("/")
        html = self.env.get_template(template).render(**self.common, root="../" * depth, path=path, **context)
        self.file(path, html)
        self.pages += 1

    def file(self, path: str, data: str | bytes) -> None:
        target = self.folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    def write(self) -> int:
        for name in ("site.css", "search.js"):
            self.file(f"static/{name}", (HERE / "static" / name).read_bytes())
        if self.options.pdf_dir is not None:
            self.copy_pdfs(self.options.pdf_dir)
        self.county_page()
        for township in self.facts.townships:
            self.page(
                f"townships/{township.code}.html",
                "township.html.j2",
                township=township,
                title=township.name,
                rows=township.communities,
            )
        for community in self.facts.communities.values():
            self.community_page(community)
        if not self.options.public:
            for code, rule in self.rules.items():
                self.rule_page(code, rule)
        self.across_pages()
        self.search_files()
        return self.pages

    # --- pages --------------------------------------------------------------------------------

    def county_page(self) -> None:
        from .facts import county_figures

        facts, t = self.facts, self.t
        problems = charts.stacked_bars(
            t.problems_chart,
            [(tw.name, tw.errors, tw.warnings) for tw in facts.townships],
            (t.chart_errors, t.chart_warnings),
        )
        ages = charts.columns(t.age_chart, "chart-ages", self.age_buckets())
        county_findings = sorted(facts.county_findings)
        self.page(
            "index.html",
            "county.html.j2",
            title=t.county_page,
            facts=facts,
            figures=county_figures(self.repository, facts),
            problems_chart=problems,
            ages_chart=ages,
            county_findings=[self.finding(f) for f in county_findings],
            areas=list(AREAS),
        )

    def age_buckets(self) -> list[tuple[str, int]]:
        """Adopted charters by years since their vote: 0–1, 1–2, 2–3, 3–5, 5–N … and without a date."""
        t, years = self.t, self.facts.old_years
        edges = sorted({0, 1, 2, 3, years, years * 2})
        buckets = [(low, high) for low, high in zip(edges, edges[1:], strict=False)]
        counts = [0] * (len(buckets) + 2)
        for age in self.facts.ages():
            if age is None:
                counts[-1] += 1
                continue
            index = next((n for n, (low, high) in enumerate(buckets) if low <= age < high), len(buckets))
            counts[index] += 1
        labels = [t.age_years.format(low=low, high=high) for low, high in buckets]
        labels += [t.age_over.format(low=edges[-1]), t.age_unknown]
        return list(zip(labels, counts, strict=True))

    def finding(self, finding) -> dict[str, Any]:
        rule = self.rules.get(finding.code)
        return {
            "code": finding.code,
            "severity": str(finding.severity),
            "message": finding.message,
            "path": finding.path,
            "line": finding.line,
            "column": finding.column,
            "area": area_of(finding.code),
            "summary": _(rule.summary) if rule and rule.summary else "",
            "rule_page": finding.code in self.rules,
        }

    def community_page(self, community) -> None:
        catalogue = self.catalogues.html(community)
        model = community.document.model
        charter = self.charter_text(community)
        findings = [self.finding(f) for f in sorted(community.findings)]
        self.page(
            f"communities/{community.code}.html",
            "community.html.j2",
            title=community.name,
            community=community,
            model=model,
            catalogue=catalogue,
            charter=charter,
            findings=findings,
            township=self.repository.townships.get(community.township),
            excluded=self.excluded(community),
            pdfs=self.pdfs.get(community.code, []),
        )

    def excluded(self, community) -> list[dict[str, Any]]:
        model = community.document.model
        rows = [{"id": e.id, "reason": e.reason, "list": "triage"} for e in model.triage.excluded]
        if model.consultation is not None:
            rows += [{"id": e.id, "reason": e.reason, "list": "consultation"} for e in model.consultation.excluded]
        return rows

    def charter_text(self, community):
        """The charter's chapters and articles (numbered as printed), with the findings of each article."""
        from ..render.documents import prepare_charter
        from .catalogue import charter_html

        if community.charter is None:
            return None
        context = prepare_charter(self.repository, community.code).context["charter"]
        marks: dict[int, list[dict[str, Any]]] = {}
        charter_findings = [f for f in community.findings if f.path == community.charter.path]
        if charter_findings:
            starts = self.article_lines(community.charter)
            for finding in charter_findings:
                article = max((n for line, n in starts if line <= finding.line), default=None)
                if article is not None and not self.options.public:
                    marks.setdefault(article, []).append(self.finding(finding))
        return charter_html(context, marks, self.t, _(CHARTER_STATUS["draft"]), "../")

    @staticmethod
    def article_lines(charter) -> list[tuple[int, int]]:
        """(first line, article number from 1) of each article of a charter file."""
        positions = charter.source.positions
        if positions is None:
            return []
        starts, number = [], 0
        for c, chapter in enumerate(charter.model.chapters):
            for a, _article in enumerate(chapter.articles):
                number += 1
                line, _column = positions.locate(("chapters", c, "articles", a))
                starts.append((line, number))
        return starts

    def rule_page(self, code: str, rule) -> None:
        sections = [
            (title, _(body).strip())
            for title, body in (
                (self.t.why, rule.why),
                (self.t.basis, rule.basis),
                (self.t.example, rule.example),
                (self.t.fix, rule.fix),
            )
            if body
        ]
        self.page(
            f"rules/{code}.html",
            "rule.html.j2",
            title=f"{code} {_(rule.summary)}",
            rule=rule,
            severity=str(rule.severity),
            sections=sections,
            example_title=self.t.example,
        )

    def across_pages(self) -> None:
        from ..diff.across import FLAG_NAMES, across

        result = across(self.repository)
        heatmaps = self.heatmaps(result)
        flags = {k: _(v) for k, v in FLAG_NAMES.items()}
        names = {code: c.name for code, c in self.facts.communities.items()}
        self.page(
            "across/references.html",
            "across-references.html.j2",
            title=self.t.across_references,
            items=result.reference_items,
            heatmaps=heatmaps,
            names=names,
        )
        self.page(
            "across/local.html",
            "across-local.html.j2",
            title=self.t.across_local,
            groups=result.local_items,
            threshold=result.candidate_threshold,
            names=names,
        )
        self.page(
            "across/communities.html",
            "across-communities.html.j2",
            title=self.t.across_communities,
            rows=result.communities[:ACROSS_ROWS],
            total=len(result.communities),
            flags=flags,
        )

    def heatmaps(self, result) -> list[dict[str, Any]]:
        """One heatmap per reference (township level, street level, consultation): townships × items."""
        maps = []
        for level in ("township", "street", "consultation"):
            items = [r for r in result.reference_items if r.level == level]
            if not items:
                continue
            scope: dict[str, int] = {}
            for township in self.facts.townships:
                level_of = [
                    c
                    for c in township.communities
                    if level == "consultation" or self.repository.triage_level_of(c.code) == level
                ]
                if level_of:
                    scope[township.code] = len(level_of)
            townships = [tw for tw in self.facts.townships if tw.code in scope]
            cells = {}
            for column, item in enumerate(items):
                excluding: dict[str, int] = {}
                for code in item.excluded_by:
                    excluding[code[:9]] = excluding.get(code[:9], 0) + 1
                for row, township in enumerate(townships):
                    cells[(row, column)] = (excluding.get(township.code, 0), scope[township.code])
            title = _("{heatmap}：{level}").format(heatmap=self.t.heatmap, level=_(LEVELS[level]))
            svg = charts.heatmap(
                title, f"heatmap-{level}", [tw.name for tw in townships], [(i.id, i.title) for i in items], cells
            )
            maps.append({"level": level, "title": title, "svg": svg})
        return maps

    def search_files(self) -> None:
        """search.html, search/index.js (the communities) and one file of articles per township.

        Plain scripts that add to `civcatSearch` (search.js): a page opened from file:// may load a
        script but not fetch a file, so the index is JavaScript, not JSON.
        """
        shards = []
        communities = [
            [
                c.name,
                c.code,
                self.repository.townships[c.township].name if c.township in self.repository.townships else c.township,
                f"communities/{c.code}.html",
            ]
            for c in self.facts.communities.values()
        ]
        for township in self.facts.townships:
            articles = []
            for community in township.communities:
                if community.charter is None:
                    continue
                number = 0
                for chapter in community.charter.model.chapters:
                    for article in chapter.articles:
                        number += 1
                        articles.append(
                            [community.name, number, article.text or "", f"communities/{community.code}.html#a{number}"]
                        )
            if articles:
                shards.append(township.code)
                self.file(f"search/{township.code}.js", _script("articles", articles))
        self.file(
            "search/index.js", _script("communities", communities) + f"civcatSearch.shards = {json.dumps(shards)};\n"
        )
        self.page("search.html", "search.html.j2", title=self.t.search, limit=SEARCH_RESULTS)

    def copy_pdfs(self, pdf_dir: Path) -> None:
        """The PDFs of a `civcat render` output folder, copied into pdf/ (hard-linked where possible)."""
        for kind in ("charters", "catalogues"):
            base = pdf_dir / kind
            if not base.is_dir():
                continue
            for source in sorted(base.glob("*/*.pdf")):
                code = source.name.split("-", 1)[0]
                if code not in self.facts.communities or source.is_symlink():
                    continue
                relative = f"pdf/{kind}/{source.parent.name}/{source.name}"
                target = self.folder / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(source, target)
                except OSError:
                    shutil.copyfile(source, target)
                self.pdfs.setdefault(code, []).append((source.name, "../" + relative))


def _script(kind: str, rows: list) -> str:
    return f"civcatSearch.add({json.dumps(kind)}, {json.dumps(rows, ensure_ascii=False, separators=(',', ':'))});\n"


def _version() -> str:
    from .. import __version__

    return __version__
