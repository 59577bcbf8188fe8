"""`civcat import charter FILE|FOLDER…`: Word and text charters → `charters/<township>/<code>.yaml`.

    outcomes = import_charters(root, [Path("石门村村规民约.docx")], community=None, force=False, dry_run=False)

Per file: read the document (documents.py), read its structure (charter_text.py), find the
community (`--community`, else the title, else the file name, matched against the county's
communities), write the YAML as `civcat fmt` lays it out, then validate what was written with the
rest of the repository as context. A file that cannot be read, whose community is unknown or
ambiguous, or whose charter exists (without `force`) is refused with one line; the others go on.
With `dry_run` nothing is written: a document whose charter exists is still read and shown, and
refused only in that it would not be written without `force` (`FileOutcome.error`, `text` kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..i18n import N_, _, ngettext
from ..models.charters import CHARTER_TYPE_LABELS, VOTE_BODY_LABELS
from .charter_text import NO_TITLE, PARAGRAPH_BREAK, Note, ParsedCharter, parse_charter
from .documents import CONVERTIBLE, READABLE, DocumentError, read_document

CHARTER_TYPES = {"village": "village_rules", "community": "residents_convention"}
TYPE_LABELS = CHARTER_TYPE_LABELS  # the models' words (one vocabulary)
BODY_LABELS = VOTE_BODY_LABELS


@dataclass
class FileOutcome:
    """What became of one document."""

    source: Path
    code: str | None = None
    target: str | None = None  # charters/<township>/<code>.yaml, relative to the root
    text: str | None = None  # the YAML written (or printed with --dry-run)
    recognised: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    error: str | None = None  # one line: why the file was not imported (or, with --dry-run, would not be written)
    written: bool = False
    findings: list = field(default_factory=list)

    @property
    def imported(self) -> bool:
        return self.error is None and self.text is not None

    @property
    def shown(self) -> bool:
        """The YAML is shown (and validated): imported, or read with --dry-run though it would not be written."""
        return self.text is not None


def documents_in(paths: list[Path]) -> list[Path]:
    """The documents named, and those in the folders named (sorted; Word's `~$` lock files and hidden files left out)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in READABLE + CONVERTIBLE and not p.name.startswith(("~$", "."))
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def import_charters(
    root: Path,
    paths: list[Path],
    *,
    community: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    simplified: bool = False,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Import charter documents into the repository at `root` (see the module's docstring)."""
    from ..repository import Repository

    root = Path(root)
    files = documents_in(paths)
    if not files:
        raise UsageError(_("没有找到可导入的文档（.docx、.txt、.md）"))
    if community is not None and len(files) > 1:
        raise UsageError(_("--community 只能用于一个文件；导入多个文件时，按标题或文件名找村（社区）"))
    repository = Repository.load(root)
    if on_start:
        on_start(len(files))
    outcomes: list[FileOutcome] = []
    claimed: dict[str, Path] = {}
    for path in files:
        outcome = _import_one(
            root,
            repository,
            path,
            community=community,
            force=force,
            dry_run=dry_run,
            simplified=simplified,
            claimed=claimed,
        )
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    texts = {o.target: o.text for o in outcomes if o.shown and o.target is not None and o.text is not None}
    if not dry_run:
        from ..fileio import atomic_write

        for outcome in outcomes:
            target, text = _planned(outcome)
            if target is not None and text is not None:
                try:
                    atomic_write(root / target, text, overwrite=force)
                    outcome.written = True
                except (OSError, UsageError) as error:
                    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                    outcome.error = _("无法写入 {path}：{reason}").format(path=outcome.target, reason=reason)
                    del texts[target]
    findings = check_texts(root, texts)
    for outcome in outcomes:
        outcome.findings = [f for f in findings if f.path == outcome.target]
    return outcomes


def _planned(outcome: FileOutcome) -> tuple[str | None, str | None]:
    """Where an imported document goes and its text; (None, None) for one not imported."""
    return (outcome.target, outcome.text) if outcome.imported else (None, None)


def _import_one(
    root: Path,
    repository,
    path: Path,
    *,
    community: str | None,
    force: bool,
    dry_run: bool,
    simplified: bool,
    claimed: dict[str, Path],
) -> FileOutcome:
    from ..rules.text import simplified_in_place

    outcome = FileOutcome(source=path)
    try:
        parsed = parse_charter(read_document(path), simplified=simplified)
        title = simplified_in_place(parsed.title) if parsed.title else None  # 石門村 is 石门村
        code = find_community(repository, community, title, simplified_in_place(path.stem))
        outcome.code, outcome.target = code, f"charters/{code[:9]}/{code}.yaml"
        _check_claimed(code, claimed)
        model = repository.communities[code].model
        outcome.text = charter_yaml(parsed, code, model.type, model.name, path.name)
        _check_existing(root, repository, code, outcome.target, force=force)
    except ExistingCharter as error:
        outcome.error = str(error)
        if not dry_run:
            outcome.text = None
            return outcome
        # A dry run writes nothing: it shows what would replace the charter, and says what writing takes.
        outcome.error = _(
            "{code} 已有公约 {path}：以上是导入结果（--dry-run，未写入）；要用它替换原有公约，请加 --force"
        ).format(code=code, path=error.path)
    except (DocumentError, UsageError) as error:
        outcome.error, outcome.text = str(error), None
        return outcome
    claimed[code] = path
    outcome.recognised = recognised_lines(parsed)
    outcome.review = review_lines(parsed)
    return outcome


class ExistingCharter(UsageError):
    """The community has a charter (at `path`) and --force was not given."""

    def __init__(self, message: str, path: str):
        super().__init__(message)
        self.path = path


def _check_claimed(code: str, claimed: dict[str, Path]) -> None:
    """Refuse a second document for the same community."""
    if code in claimed:
        raise UsageError(_("与 {other} 是同一个村（社区）{code}，未导入").format(other=claimed[code], code=code))


def _check_existing(root: Path, repository, code: str, target: str, *, force: bool) -> None:
    """Refuse to replace an existing charter without --force."""
    existing = repository.charters.get(code)
    if not force and ((root / target).exists() or existing is not None):
        where = existing.path if existing is not None else target
        raise ExistingCharter(
            _("{code} 已有公约 {path}；确认要用导入的文本替换请加 --force").format(code=code, path=where), str(where)
        )


# ---------------------------------------------------------------------------------------------
# Which community


def find_community(repository, selector: str | None, title: str | None, file_stem: str) -> str:
    """The community a document belongs to: `--community`, else the title, else the file name.

    The one place the importer resolves communities (a shared resolver can replace it): a name
    matches when the text contains it; the longest names win; the township's name, when the text
    has it, settles a name used in two townships.
    """
    from ..naming import resolve_community

    if selector:
        return resolve_community(repository, selector)
    codes: list[str] = []
    for text in (title, file_stem):
        found = _named_in(repository, text or "")
        if found and (not codes or len(codes) > 1):
            # The file name settles a name the title shares with another township's community.
            codes = [c for c in codes if c in found] or found if codes else found
            codes = _in_township(repository, codes, f"{title or ''}{file_stem}")
    if len(codes) == 1:
        return codes[0]
    if codes:
        options = _("、").join(_candidate(repository, c) for c in codes)
        raise UsageError(
            _("“{text}”可能是 {options}；请用 --community 代码 指明").format(text=title or file_stem, options=options)
        )
    shown = title or file_stem
    near = _near(repository, [t for t in (title, file_stem) if t])
    if near:
        raise UsageError(
            _(
                "看不出是哪个村（社区）：“{text}”中没有 county 中任何村（社区）的名称，相近的有 {options}；"
                "请用 --community 代码或名称 指明"
            ).format(text=shown, options=_("、").join(_candidate(repository, c) for c in near))
        )
    raise UsageError(
        _(
            "看不出是哪个村（社区）：“{text}”中没有 county 中任何村（社区）的名称；请用 --community 代码或名称 指明"
        ).format(text=shown)
    )


def _near(repository, texts: list[str]) -> list[str]:
    """Up to three communities whose names are close to a name in the texts (a typo: 石们村 for 石门村)."""
    import difflib

    by_name: dict[str, list[str]] = {}
    for code, doc in repository.communities.items():
        by_name.setdefault(doc.model.name, []).append(code)
    found: list[str] = []
    for text in texts:
        stem = re.sub(r"村规民约|居民公约|公约|民约|（.*?）|\(.*?\)|[\s_\-.0-9]", "", text)
        for name in difflib.get_close_matches(stem[-8:], list(by_name), n=3, cutoff=0.6):
            found += [c for c in sorted(by_name[name]) if c not in found]
    return found[:3]


def _named_in(repository, text: str) -> list[str]:
    """Communities whose name the text contains (the longest names only: 石门村 over 门村)."""
    text = re.sub(r"\s+", "", text)
    found = [(len(doc.model.name), code) for code, doc in repository.communities.items() if doc.model.name in text]
    if not found:
        return []
    longest = max(length for length, _code in found)
    return sorted(code for length, code in found if length == longest)


def _in_township(repository, codes: list[str], text: str) -> list[str]:
    """Of several communities, those whose township the text names (all of them when it names none)."""
    text = re.sub(r"\s+", "", text)
    narrowed = [c for c in codes if (t := repository.township_of(c)) is not None and t.name in text]
    return narrowed or codes


def _candidate(repository, code: str) -> str:
    township = repository.township_of(code)
    name = repository.communities[code].model.name
    return _("{code}（{township}{name}）").format(code=code, township=township.name if township else "", name=name)


# ---------------------------------------------------------------------------------------------
# The YAML


def _scalar(value: str, indent: str = "") -> str:
    """A YAML scalar for a value: plain when it reads back as itself, a `|-` block for several lines, else quoted."""
    import json

    from ..onboarding.common import scalar

    if (
        "\n" in value
        and not re.search(r"[\x00-\x09\x0b-\x1f\x7f\u2028\u2029\ufeff]|^\s|\s$", value)
        and all(line.strip() == line for line in value.split("\n"))
        and "\n\n\n" not in value
    ):
        return "|-\n" + "\n".join(f"{indent}  {line}" if line else "" for line in value.split("\n"))
    if re.search(r"[\x00-\x1f\x7f\u2028\u2029\ufeff]", value):
        return json.dumps(value, ensure_ascii=False)
    return scalar(value)


def _comments(notes: list[Note], indent: str) -> list[str]:
    lines: list[str] = []
    for note in notes:
        for part in note.comment().splitlines() or [""]:
            lines.append(f"{indent}# {part}".rstrip())
    return lines


def charter_yaml(parsed: ParsedCharter, code: str, community_type: str, community_name: str, source_name: str) -> str:
    """The charter's YAML text in `civcat fmt`'s layout; every note a comment where it belongs.

    The text is written in fmt's layout directly (keys in `formatting.key_order`, two-space indents,
    sequences under their key, flow items for points): running fmt over hundreds of new files would
    triple an import's time, and the tests check that `format_text` leaves every import unchanged.
    """
    charter_type = CHARTER_TYPES[community_type]
    title = parsed.title
    notes = list(parsed.notes)
    if not title:
        title = community_name + TYPE_LABELS[charter_type]
        notes.insert(0, Note("review", title, NO_TITLE))
    lines = [
        "civcat: 1",
        "kind: charter",
        f"# 由 civcat import charter 从 {source_name} 导入：请与原文核对，核对过的“待核对”注释可以删除。",
    ]
    lines += _comments(notes, "")
    lines += [
        f'community: "{code}"',
        f"type: {charter_type}",
        f"title: {_scalar(title)}",
        f"status: {'adopted' if parsed.closing.vote_recorded else 'draft'}",
    ]
    lines += _procedure_lines(parsed)
    lines += _chapter_lines(parsed)
    lines += _points_lines(parsed)
    text = "\n".join(lines) + "\n"
    _refuse_overlong(lines)
    from ..loader import parse

    data, problem = parse(text)
    if problem is not None or not isinstance(data, dict):  # pragma: no cover - what is written here always loads
        reason = problem.message if problem is not None else type(data).__name__
        raise UsageError(
            _("导入的文本无法按 civcat fmt 的格式写出（{reason}）；未写入，请报告此问题").format(reason=reason)
        )
    return text


def _refuse_overlong(lines: list[str]) -> None:
    """A paragraph longer than the loader reads in one line (a whole file pasted without line breaks) is the
    document's shape, not civcat's fault: say which paragraph and what to do, before anything is written."""
    from ..loader import MAX_LINE_CHARS

    longest = max(lines, key=len)
    if len(longest) <= MAX_LINE_CHARS:
        return
    head = re.sub(r"^[\s#-]*(?:text:\s*)?[\"']?", "", longest)[:20]
    raise UsageError(
        _(
            "有一段文字长 {length:,} 个字符，超过了 civcat 一行 {limit:,} 个字符的上限，未写入；"
            "请在原文中把这一段按条分开（每条另起一段）后再导入。这一段的开头是：“{head}”"
        ).format(length=len(longest), limit=MAX_LINE_CHARS, head=head)
    )


def _procedure_lines(parsed: ParsedCharter) -> list[str]:
    from ..formatting import key_order
    from ..models.charters import Procedure, Vote

    closing = parsed.closing
    lines: list[str] = []
    steps = [(name, getattr(closing, name, None)) for name in key_order(Procedure)]
    steps = [(name, value) for name, value in steps if value]
    if steps:
        lines.append("procedure:")
        lines += [f"  {name}: {value}" for name, value in steps]
    vote = [
        (name, getattr(closing, name) if name in ("body", "basis") else closing.figures.get(name))
        for name in key_order(Vote)
    ]
    vote = [(name, value) for name, value in vote if value is not None]
    if vote and closing.vote_recorded:
        lines.append("vote:")
        lines += [f"  {name}: {value}" for name, value in vote]
    if closing.filed_with:
        lines.append(f"filed_with: {_scalar(closing.filed_with)}")
    return lines


def _chapter_lines(parsed: ParsedCharter) -> list[str]:
    lines = ["chapters:"]
    for chapter in parsed.chapters:
        lines += _comments(chapter.notes, "  ")
        lines.append(f"  - title: {_scalar(chapter.title)}")
        if chapter.topic:
            lines.append(f"    topic: {chapter.topic}")
        lines.append("    articles:")
        for article in chapter.articles:
            lines += _comments(article.notes, "      ")
            lines.append(f"      - text: {_scalar(article.text, '        ')}")
    return lines


def _points_lines(parsed: ParsedCharter) -> list[str]:
    points = parsed.points
    if points is None:
        return []
    lines = ["points:"]
    lines += _comments(points.notes, "  ")
    if points.title:
        lines.append(f"  title: {_scalar(points.title)}")
    if points.items:
        lines.append("  items:")
        for behaviour, value, notes in points.items:
            lines += _comments(notes, "    ")
            lines.append(f"    - {{behaviour: {_flow_scalar(behaviour)}, points: {value}}}")
    if points.redemption:
        lines.append(f"  redemption: {_scalar(PARAGRAPH_BREAK.join(points.redemption), '  ')}")
    return lines


def _flow_scalar(value: str) -> str:
    import json

    text = _scalar(value)
    return text if not re.search(r"[,{}\[\]]", text) or text.startswith('"') else json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------
# What is printed per file


def recognised_lines(parsed: ParsedCharter) -> list[str]:
    """What the import recognised, one line each (translated)."""
    articles = sum(len(c.articles) for c in parsed.chapters)
    lines = [
        _("标题：{title}").format(title=parsed.title or _("（没有找到）")),
        _("{chapters} 章，{articles} 条").format(chapters=len(parsed.chapters), articles=articles),
    ]
    if parsed.points is not None:
        lines.append(
            ngettext("积分表：{count} 项", "积分表：{count} 项", len(parsed.points.items)).format(
                count=len(parsed.points.items)
            )
        )
    closing = parsed.closing
    if closing.vote_recorded:
        lines.append(_vote_line(closing))
    else:
        lines.append(_("没有找到表决情况：status 写为 draft"))
    if closing.filed_with:
        lines.append(_("备案机关：{authority}").format(authority=closing.filed_with))
    if parsed.simplified:
        lines.append(_("繁体字：{count} 个，已转为简体（--simplified）").format(count=parsed.traditional))
    elif parsed.traditional:
        lines.append(
            _("繁体字：{count} 个，已按简体认出编号和表决情况，条文照原文导入").format(count=parsed.traditional)
        )
    return lines


_FIGURE_LABELS = {
    "eligible": N_("应到"),
    "present": N_("实到"),
    "in_favour": N_("赞成"),
    "women_present": N_("到会妇女"),
}
_BASIS_LABELS = {"persons": N_("按人数计"), "households": N_("按户计"), "representatives": N_("按代表计")}


def _vote_line(closing) -> str:
    """表决：村民会议 2025-03-16 应到 1186、实到 712、赞成 681、到会妇女 305（按人数计）"""
    figures = _("、").join(
        f"{_(label)} {closing.figures[k]}" for k, label in _FIGURE_LABELS.items() if k in closing.figures
    )
    if closing.basis:
        figures = _("{figures}（{basis}）").format(figures=figures, basis=_(_BASIS_LABELS[closing.basis]))
    body = _(BODY_LABELS[closing.body]) if closing.body else _("（会议未写明）")
    return (
        _("表决：{body} {date} {figures}")
        .format(body=body, date=closing.voted or _("（日期未写明）"), figures=figures)
        .rstrip()
    )


def review_lines(parsed: ParsedCharter) -> list[str]:
    """What needs a clerk's eye, one line each (translated): the `# civcat: 待核对` comments."""
    lines: list[str] = []
    for note in parsed.reviews():
        text = note.text if len(note.text) <= 40 else note.text[:40] + "……"
        if note.number:
            lines.append(
                _("第 {number} 段：{reason}：{text}").format(number=note.number, reason=_(note.reason), text=text)
            )
        else:
            lines.append(_("{reason}：{text}").format(reason=_(note.reason), text=text))
    return lines


# ---------------------------------------------------------------------------------------------
# Validation of what was imported


def check_texts(root: Path, texts: dict[str, str]) -> list:
    """Findings in the given files (relative path → text), the rest of the repository as context."""
    if not texts:
        return []
    from ..repository import data_files, read_raw, relative_path
    from ..validate import Validator

    files = []
    for path in data_files(root):
        rel = relative_path(path, root)
        if rel not in texts:
            files.append((rel, read_raw(path, rel, root), True))
    files += [(rel, text.encode("utf-8"), True) for rel, text in texts.items()]
    validator = Validator.create(root, summaries=True)  # the content-hash cache spares the unchanged files
    checked = validator.check_files(files)
    validator.save()
    _repository, findings = validator.check_repository(checked)
    findings += [f for c in checked for f in c.findings]
    return sorted(f for f in findings if f.path in texts)
