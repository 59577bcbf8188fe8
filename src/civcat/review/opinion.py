"""The township's review opinion (审核意见) on a village's charter: what `civcat review` writes.

The 2018 guidance's third step (提请审核) is the township reviewing a draft and sending its opinion
back. The opinion is built from the same loaded repository and the same findings as `civcat validate`
(one run of the rules over the charter files), so it never says what validate does not:

- each article with a CV601–CV608 finding, quoted, with the finding (the measure, the words that
  triggered it, the law) and a suggested lawful wording (civcat.review.suggest);
- the procedure and vote problems (the CV5xx findings of the charter file), and any other problem;
- the articles civcat could not judge (civcat.rules.clauses.consequences_to_read): articles with no
  finding that impose a consequence on a wrongdoer the analyser did not recognise, each with the clause
  quoted, for the reviewer to read — never counted as a problem, never changing what validate reports;
- a conclusion: 同意备案 when nothing is an error and nothing is left unjudged; 修改后重新报送 with the list
  of what to change; and when nothing is an error but articles were left unjudged, 须审核人阅读后定稿:
  civcat does not write 同意备案 over articles it could not judge.

The document is Chinese whatever the interface language (like the charter booklet it answers), and
deterministic: its date is the charter's `procedure.reviewed` (提请审核日期) unless a date is given,
never the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..i18n import N_, _, ngettext
from ..models.charters import CHARTER_TYPE_LABELS
from ..render.typography import chinese_numeral
from ..repository import Repository
from .suggest import suggest

LEGALITY_CODES = frozenset(f"CV60{n}" for n in range(1, 9))
PROCEDURE_PREFIX = "CV5"
DECISION_FILE = N_("同意备案")
DECISION_REVISE = N_("修改后重新报送")
DECISION_READ = N_("须审核人阅读后定稿")  # nothing found, but articles civcat could not judge: a person concludes


@dataclass
class Problem:
    """One finding as the opinion states it."""

    code: str
    severity: str
    line: int
    message: str
    evidence: str | None = None  # for an article: the words that triggered the finding
    what: str | None = None  # for an article: the measure, as the analyser names it (Chinese)


@dataclass
class ArticleReview:
    """An article with unlawful content: where it is, its text, the findings, the suggested wording."""

    number: str  # 第五条 (numbered through the charter, as the booklet prints it)
    chapter: str  # 第二章 环境卫生
    at: list[Any]  # the data path of its text, for --apply
    line: int
    text: str
    problems: list[Problem]
    suggestion: str | None
    # consequences beside the findings that civcat could not judge (并在公告栏公布姓名): the suggestion
    # keeps them as written, so the reviewer is asked to read them
    unjudged: list[str] = field(default_factory=list)


@dataclass
class ArticleToRead:
    """An article with no finding that imposes a consequence civcat could not judge: for a person to read."""

    number: str
    chapter: str
    line: int
    text: str
    clauses: list[str]  # the consequence clauses, quoted as written


@dataclass
class Opinion:
    """One review opinion (审核意见) on one charter."""

    community: dict[str, str]
    township: dict[str, str]
    charter: dict[str, Any]
    issuer: str  # 发文机关
    addressee: str  # 主送
    title: str
    date: dt.date
    articles: list[ArticleReview] = field(default_factory=list)
    procedure: list[Problem] = field(default_factory=list)
    other: list[Problem] = field(default_factory=list)
    to_read: list[ArticleToRead] = field(default_factory=list)  # not problems: what civcat could not judge
    # a --date that cannot be the day of this opinion (before the village asked, or in the future): said
    # to the person who typed it, never written into the letter
    date_warning: str = ""

    @property
    def decision(self) -> str:
        errors = [p for a in self.articles for p in a.problems] + self.procedure + self.other
        if any(p.severity == "error" for p in errors):
            return DECISION_REVISE
        return DECISION_READ if self.to_read else DECISION_FILE

    @property
    def changes(self) -> list[str]:
        """What the village must change before sending the charter again (empty when it may be filed)."""
        items = [
            f"{a.number}（{'、'.join(sorted({p.code for p in a.problems}))}）"
            for a in self.articles
            if any(p.severity == "error" for p in a.problems)
        ]
        # a problem's first sentence names it; the full message is in its own section above
        items += [f"{p.code}：{p.message.split('。')[0]}" for p in self.procedure + self.other if p.severity == "error"]
        return items

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["date_warning"]
        data["date"] = self.date.isoformat()
        decisions = {DECISION_FILE: "file", DECISION_REVISE: "revise", DECISION_READ: "read"}
        data["conclusion"] = {
            "decision": decisions[self.decision],
            "text": self.decision,
            "changes": self.changes,
            "to_read": [a.number for a in self.to_read],  # not judged: a person reads them before concluding
        }
        return {"version": 1, **data}


def community_code(repository: Repository, selector: str) -> str:
    """A community code from a code or a name, as every command names one (civcat.naming)."""
    from ..naming import resolve_community

    return resolve_community(repository, selector)


def selected_codes(repository: Repository, selector: str | None, township: str | None) -> list[str]:
    """The communities whose charters are reviewed: one by code or name, or every charter of a township."""
    if (selector is None) == (township is None):
        raise UsageError(_("请给出一个村（社区）的代码或名称，或用 --township 乡镇代码（二者选一）"))
    if township is not None:
        from ..naming import resolve_township

        try:
            township = resolve_township(repository, township)
        except UsageError as error:
            raise UsageError(f"--township {error}") from None
        codes = sorted(code for code in repository.charters if code.startswith(township))
        _refuse_unread(repository, _charter_files(repository, f"charters/{township}/"))
        if not codes:
            raise UsageError(_("--township {code}：这个乡镇（街道）还没有公约文件").format(code=township))
        return codes
    code = community_code(repository, selector or "")
    if code not in repository.charters:
        _refuse_unread(repository, _charter_files(repository, f"charters/{code[:9]}/{code}.yaml"))
        raise UsageError(
            _("{code}：还没有公约文件（charters/{township}/{code}.yaml）").format(code=code, township=code[:9])
        )
    return [code]


def _charter_files(repository: Repository, prefix: str) -> list[str]:
    """The charter files at `prefix` (a township's folder, or one file) as found on disk, read or not."""
    return sorted(
        source.path
        for source in repository.sources
        if source.path.startswith(prefix) and source.path.count("/") == 2 and source.path.endswith(".yaml")
    )


def _refuse_unread(repository: Repository, paths: list[str]) -> None:
    """A charter file that is there but could not be read as its village's charter (YAML or schema
    errors, another community's code, a second charter of one village) is never reviewed silently as
    missing, nor left out of a township's review: its errors are said, file:line:col, and nothing runs."""
    from ..validate import validate

    read = {doc.path for doc in repository.charters.values()}
    unread = [path for path in paths if path not in read]
    if not unread or repository.root is None:
        return
    root = repository.root
    result = validate([str(root / path) for path in unread], cwd=root, use_cache=False)
    errors = [f for f in result.findings if f.path in unread and str(f.severity) == "error"]
    where = "、".join(f"{f.path}:{f.line}:{f.column} {f.code}（{f.message.split('。')[0]}）" for f in errors[:3])
    raise UsageError(
        ngettext(
            "{count} 个公约文件有错误，无法审核：{where}；请改正后再审核（civcat validate {paths} 列出详情）",
            "{count} 个公约文件有错误，无法审核：{where}；请改正后再审核（civcat validate {paths} 列出详情）",
            len(unread),
        ).format(count=len(unread), where=where or "、".join(unread), paths=" ".join(unread))
    )


def review(
    root: Path, selector: str | None = None, *, township: str | None = None, date: dt.date | None = None
) -> list[Opinion]:
    """The review opinions on the charters a code or name (or --township) selects.

    `date`: the opinion's date; by default each charter's `procedure.reviewed`. Raises UsageError
    when it is neither given nor in the data."""
    from ..i18n import current_language, set_language

    repository = Repository.load(root)
    codes = selected_codes(repository, selector, township)
    dates = {code: _opinion_date(repository, code, date) for code in codes}
    language = current_language()
    set_language("zh")  # the opinion is a Chinese document: its findings are quoted in Chinese
    try:
        findings = _findings(root, repository, codes, dates)
        opinions = [
            _opinion(repository, code, dates[code], findings.get(repository.charters[code].path, [])) for code in codes
        ]
    finally:
        set_language(language)
    if date is not None:
        for code, opinion in zip(codes, opinions, strict=True):
            opinion.date_warning = _date_warning(repository, code, date)
    return opinions


def _date_warning(repository: Repository, code: str, date: dt.date) -> str:
    """Why a given opinion date looks wrong, or "" when it does not.

    Only a warning: a township may date an opinion it writes up later, or review an adopted charter again
    under the law of a later day; but an opinion written before the village asked for it, or in the
    future, is most often a typing slip in --date."""
    doc = repository.charters[code]
    procedure = doc.model.procedure
    asked = procedure.reviewed if procedure is not None else None
    if asked is not None and date < asked:
        return _("{path}：--date {date} 早于这份公约的提请审核日期 {asked}（procedure.reviewed），请核对日期").format(
            path=doc.path, date=date.isoformat(), asked=asked.isoformat()
        )
    today = dt.date.today()
    if date > today:
        return _("{path}：--date {date} 晚于今天（{today}），请核对日期").format(
            path=doc.path, date=date.isoformat(), today=today.isoformat()
        )
    return ""


def _opinion_date(repository: Repository, code: str, date: dt.date | None) -> dt.date:
    if date is not None:
        return date
    procedure = repository.charters[code].model.procedure
    if procedure is not None and procedure.reviewed is not None:
        return procedure.reviewed
    raise UsageError(
        _(
            "{path}：没有 procedure.reviewed（提请审核日期），审核意见不知道写哪一天；"
            "请补上这个日期，或用 --date YYYY-MM-DD 指定"
        ).format(path=repository.charters[code].path)
    )


def _findings(root: Path, repository: Repository, codes: list[str], dates: dict[str, dt.date]) -> dict[str, list]:
    """The findings of each charter file, judged on the opinion's date: what `validate` says of the file
    on that date.

    The county is read once. Its files are checked once, on the first date; on each other date only the
    charters of that date are checked again, and the repository-wide rules run on all files (what they
    read of a file, its summary, does not depend on the date). So a township whose charters were
    reviewed on twenty different days is not checked twenty times whole."""
    from ..config import load_config
    from ..repository import data_files, read_raw, relative_path
    from ..validate import Validator

    by_date: dict[dt.date, set[str]] = {}
    for code in codes:
        by_date.setdefault(dates[code], set()).add(repository.charters[code].path)
    config = load_config(root)
    folders: dict[str, str] = {}
    files = []
    for path in data_files(root):
        rel = relative_path(path, root)
        files.append((rel, read_raw(path, rel, root, folders), True))
    base: list | None = None  # every file checked on the first date
    found: dict[str, list] = {}
    for day, wanted in sorted(by_date.items()):
        validator = Validator.create(root, config=config, as_of=day, summaries=True)
        if base is None:
            checked = base = _check_here_first(validator, files, {path for paths in by_date.values() for path in paths})
        else:
            again = iter(validator.check_files([f for f in files if f[0] in wanted]))
            checked = [next(again) if c.source.path in wanted else c for c in base]
        _repository, across = validator.check_repository(checked)
        validator.save()
        for finding in [f for c in checked if c.source.path in wanted for f in c.findings] + across:
            if finding.path in wanted:
                found.setdefault(finding.path, []).append(finding)
    return found


def _check_here_first(validator, files: list, reviewed: set[str]) -> list:
    """Every file checked, in order, the charters under review in this process (jobs=1): the measures the
    rules find in their articles stay in `measures_of`'s cache for the opinions (checked in a worker
    process, as a whole county is, each article would be analysed there and a second time here).
    Findings are the same wherever a file is checked; a file the cache holds is not analysed at all."""
    from dataclasses import replace

    others = iter(validator.check_files([f for f in files if f[0] not in reviewed]))
    alone = replace(validator, jobs=1)  # sharing its kept analyses, which `validator.save` writes
    mine = iter(alone.check_files([f for f in files if f[0] in reviewed]))
    return [next(mine) if f[0] in reviewed else next(others) for f in files]


def _issuer(township) -> str:
    if township is None:
        return ""
    return f"{township.name}办事处" if township.type == "street" else f"{township.name}人民政府"


def _opinion(repository: Repository, code: str, date: dt.date, findings: list) -> Opinion:
    doc = repository.charters[code]
    charter = doc.model
    community_doc = repository.communities.get(code)
    name = community_doc.model.name if community_doc is not None else charter.title
    village = charter.type == "village_rules"
    township = repository.township_of(code)
    draft = "（草案）" if charter.status == "draft" else ""
    opinion = Opinion(
        community={"code": code, "name": name, "type": "village" if village else "community"},
        township={
            "code": code[:9],
            "name": township.name if township else "",
            "type": township.type if township else "",
        },
        charter={
            "path": doc.path,
            "title": charter.title,
            "type": charter.type,
            "status": charter.status,
            "type_label": CHARTER_TYPE_LABELS.get(charter.type, ""),
        },
        issuer=charter.filed_with or _issuer(township),
        addressee=f"{name}{'村民委员会' if village else '居民委员会'}",
        title=f"关于《{charter.title}{draft}》的审核意见",
        date=date,
    )
    articles = _articles(doc)
    taken: set[int] = set()
    for finding in sorted(findings, key=lambda f: (f.line, f.column, f.code)):
        problem = Problem(finding.code, str(finding.severity), finding.line, finding.message)
        article = next((a for a, first, last in articles if first <= finding.line <= last), None)
        if finding.code in LEGALITY_CODES and article is not None:
            article.problems.append(problem)
            taken.add(id(article))
        elif finding.code.startswith(PROCEDURE_PREFIX):
            opinion.procedure.append(problem)
        else:
            opinion.other.append(problem)
    points = charter.points is not None and bool(charter.points.items)
    for article, _first, _last in articles:
        if id(article) in taken:
            _explain(article)
            codes = {p.code for p in article.problems}
            article.suggestion = suggest(article.text, village=village, points=points, codes=codes)
            article.unjudged = _unjudged(article.text)
            opinion.articles.append(article)
        else:
            _to_read(opinion, article)
    return opinion


def _to_read(opinion: Opinion, article: ArticleReview) -> None:
    """An article without a finding joins the reading list when it imposes a consequence the analyser
    could not judge (the analyser misses a share of unlawful wording it has never seen: README)."""
    from ..rules.clauses import consequences_to_read
    from ..rules.legality import measures_of

    # the measures the legality rules found (cached by text): the article is not analysed a second time
    spans = consequences_to_read(article.text, measures_of(article.text))
    if spans:
        clauses = [article.text[start:end] for start, end in spans]
        opinion.to_read.append(ArticleToRead(article.number, article.chapter, article.line, article.text, clauses))


def _unjudged(text: str) -> list[str]:
    """The consequence clauses of `text` the analyser could not judge, quoted as written."""
    from ..rules.clauses import consequences_to_read
    from ..rules.legality import measures_of

    return [text[start:end] for start, end in consequences_to_read(text, measures_of(text))]


def _explain(article: ArticleReview) -> None:
    """Each finding of the article with the words that triggered it, from the analyser (in text order)."""
    from ..rules.legality import measures_of

    left = list(measures_of(article.text))
    for problem in article.problems:
        measure = next((m for m in left if m.code == problem.code), None)
        if measure is not None:
            left.remove(measure)
            problem.evidence, problem.what = measure.evidence, measure.what


def _articles(doc) -> list[tuple[ArticleReview, int, int]]:
    """Every article with the lines its text spans in the file."""
    positions = doc.source.positions
    out = []
    number = 0
    for i, chapter in enumerate(doc.model.chapters):
        heading = f"第{chinese_numeral(i + 1)}章 {chapter.title}"
        for j, article in enumerate(chapter.articles):
            number += 1
            at = ("chapters", i, "articles", j, "text")
            node = positions.node(at) if positions is not None else None
            first, last = (node.start_mark.line + 1, node.end_mark.line + 1) if node is not None else (0, -1)
            out.append(
                (
                    ArticleReview(
                        f"第{chinese_numeral(number)}条", heading, list(at), first, article.text or "", [], None
                    ),
                    first,
                    last,
                )
            )
    return out
