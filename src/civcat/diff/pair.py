"""`civcat diff A B`: two communities side by side — their catalogues, and their charters article by article.

Catalogue items are matched by id (reference items a community excludes) or by the same or
near-same title (local items, after Chinese-aware normalisation). The two charters are aligned with
`textdiff.align`: filling in one's own name (石门村 / 三合社区 for 本村 / 本社区) or filing
authority does not make two articles different; for the rest, each pair of similar articles comes
with its character diff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import UsageError
from ..i18n import N_, _
from ..repository import Document, Repository
from .across import _FILING, FILING_PHRASES, near_same
from .changes import article_path
from .textdiff import Segment, align, char_diff, normalize_text


@dataclass
class Side:
    code: str
    name: str
    type: str
    township: str
    level: str | None  # triage reference level: township | street
    path: str
    charter_path: str | None

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "type": self.type,
            "township": self.township,
            "level": self.level,
            "path": self.path,
            "charter": self.charter_path,
        }


@dataclass
class Entry:
    """One item in a comparison: its key (id or title), a label, and what each side has (None: lacks it).

    The label of a catalogue item is its data (id and title); that of a charter field is words, in the
    interface language (the JSON's `label` too; `key` is the field's data path, the same in every language).
    """

    key: str
    label: str
    a: Any = None
    b: Any = None

    @property
    def differs(self) -> bool:
        return self.a != self.b

    def as_json(self) -> dict:
        return {"key": self.key, "label": self.label, "a": self.a, "b": self.b}


@dataclass
class Section:
    name: str  # e.g. "triage.excluded"
    label: str  # in the interface language (text and markdown only)
    only_a: list[Entry] = field(default_factory=list)
    only_b: list[Entry] = field(default_factory=list)
    both: list[Entry] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "only_a": [e.as_json() for e in self.only_a],
            "only_b": [e.as_json() for e in self.only_b],
            "both": [e.as_json() for e in self.both],
        }


@dataclass
class ArticleRow:
    op: str  # equal | changed | moved | removed (only in A) | added (only in B)
    a_number: int | None
    b_number: int | None
    a_target: str | None
    b_target: str | None
    a_chapter: str | None
    b_chapter: str | None
    a_text: str | None
    b_text: str | None
    diff: list[Segment] | None = None

    def as_json(self) -> dict:
        op = {"removed": "only_a", "added": "only_b"}.get(self.op, self.op)
        out: dict[str, Any] = {
            "op": op,
            "a_target": self.a_target,
            "b_target": self.b_target,
            "a": self.a_text,
            "b": self.b_text,
        }
        if self.diff is not None:
            out["diff"] = [list(s) for s in self.diff]
        return out


@dataclass
class PairDiff:
    a: Side
    b: Side
    sections: list[Section]
    fields: list[Entry]  # charter title, model, procedure and vote, side by side
    articles: list[ArticleRow]

    def article_counts(self) -> dict[str, int]:
        counts = {"equal": 0, "changed": 0, "moved": 0, "only_a": 0, "only_b": 0}
        for row in self.articles:
            counts[{"removed": "only_a", "added": "only_b"}.get(row.op, row.op)] += 1
        return counts

    def as_json(self) -> dict:
        return {
            "version": 1,
            "a": self.a.as_json(),
            "b": self.b.as_json(),
            "catalogues": {s.name: s.as_json() for s in self.sections},
            "charter": {
                "fields": [e.as_json() for e in self.fields],
                "counts": self.article_counts(),
                "articles": [r.as_json() for r in self.articles],
            },
        }


def find_community(repository: Repository, wanted: str) -> Document:
    """A community given by its code, its name, or its township and its name (civcat.naming)."""
    from ..naming import resolve_community

    return repository.communities[resolve_community(repository, wanted)]


def _township_name(repository: Repository, doc: Document) -> str:
    township = repository.township_of(doc.model.code)
    return township.name if township else ""


def _side(repository: Repository, doc: Document) -> Side:
    charter = repository.charters.get(doc.model.code)
    return Side(
        doc.model.code,
        doc.model.name,
        doc.model.type,
        _township_name(repository, doc),
        repository.triage_level_of(doc.model.code),
        doc.path,
        charter.path if charter else None,
    )


def compare_pair(repository: Repository, first: str, second: str) -> PairDiff:
    """Compare two communities (by code or name): catalogues and charters."""
    doc_a, doc_b = find_community(repository, first), find_community(repository, second)
    if doc_a.model.code == doc_b.model.code:
        raise UsageError(
            _("两次给的是同一个村（社区）{name}（{code}）").format(name=doc_a.model.name, code=doc_a.model.code)
        )
    level_a, level_b = repository.triage_level_of(doc_a.model.code), repository.triage_level_of(doc_b.model.code)
    titles_a, titles_b = _reference_titles(repository, level_a), _reference_titles(repository, level_b)
    a, b = doc_a.model, doc_b.model
    sections = [
        _by_id(
            "triage.excluded",
            _("三事分流·不适用的参考事项"),
            a.triage.excluded,
            b.triage.excluded,
            titles_a,
            titles_b,
            comparable=level_a == level_b,
        ),
        _by_title("triage.local", _("三事分流·本地事项"), a.triage.local, b.triage.local),
        _words(
            "consultation.platforms",
            _("协商平台"),
            a.consultation.platforms if a.consultation else [],
            b.consultation.platforms if b.consultation else [],
        ),
        _by_id(
            "consultation.excluded",
            _("协商·不适用的事项"),
            a.consultation.excluded if a.consultation else [],
            b.consultation.excluded if b.consultation else [],
            titles_a,
            titles_b,
        ),
        _by_title(
            "consultation.local",
            _("协商·本地事项"),
            a.consultation.local if a.consultation else [],
            b.consultation.local if b.consultation else [],
        ),
        _tasks(a.assigned_tasks, b.assigned_tasks),
    ]
    charter_a, charter_b = repository.charters.get(a.code), repository.charters.get(b.code)
    fields = _charter_fields(charter_a, charter_b)
    articles = _align_charters(charter_a, charter_b, a.name, b.name) if charter_a and charter_b else []
    return PairDiff(_side(repository, doc_a), _side(repository, doc_b), sections, fields, articles)


def _reference_titles(repository: Repository, level: str | None) -> dict[str, str]:
    """Titles by id of the references a community of this triage level takes (triage ids repeat across levels)."""
    from ..rules.catalogues import reference_items

    titles: dict[str, str] = {}
    for doc in repository.documents:
        if doc.kind == "consultation-reference" or (doc.kind == "triage-reference" and doc.model.level == level):
            for _path, item, _prefix in reference_items(doc):
                titles.setdefault(item.id, item.title)
    return titles


def _by_id(
    name: str, label: str, a: list, b: list, titles_a: dict[str, str], titles_b: dict[str, str], comparable: bool = True
) -> Section:
    """Exclusions by id; when the two take different references, the same id is not the same item."""
    section = Section(name, label)
    reasons_a, reasons_b = {e.id: e.reason for e in a}, {e.id: e.reason for e in b}
    if not comparable:
        section.only_a = [Entry(k, f"{k} {titles_a.get(k, '')}".strip(), r, None) for k, r in sorted(reasons_a.items())]
        section.only_b = [Entry(k, f"{k} {titles_b.get(k, '')}".strip(), None, r) for k, r in sorted(reasons_b.items())]
        return section
    for key in sorted(set(reasons_a) | set(reasons_b)):
        title = titles_a.get(key) or titles_b.get(key) or ""
        entry = Entry(key, f"{key} {title}".strip(), reasons_a.get(key), reasons_b.get(key))
        (
            section.both
            if key in reasons_a and key in reasons_b
            else section.only_a
            if key in reasons_a
            else section.only_b
        ).append(entry)
    return section


def _item_value(item: Any) -> dict:
    return item.model_dump(exclude_none=True, exclude_defaults=True)


def _by_title(name: str, label: str, a: list, b: list) -> Section:
    from ..rules.catalogues import normalize_title

    section = Section(name, label)
    unmatched_b = list(b)
    for item in a:
        key = normalize_title(item.title)
        match = next((o for o in unmatched_b if normalize_title(o.title) == key), None) or next(
            (o for o in unmatched_b if near_same(key, normalize_title(o.title))), None
        )
        entry = Entry(item.title, item.title, _item_value(item), None)
        if match is not None:
            unmatched_b.remove(match)
            entry.b = _item_value(match)
            section.both.append(entry)
        else:
            section.only_a.append(entry)
    section.only_b += [Entry(o.title, o.title, None, _item_value(o)) for o in unmatched_b]
    return section


def _words(name: str, label: str, a: list[str], b: list[str]) -> Section:
    section = Section(name, label)
    for word in dict.fromkeys([*a, *b]):
        entry = Entry(word, word, word if word in a else None, word if word in b else None)
        (section.both if word in a and word in b else section.only_a if word in a else section.only_b).append(entry)
    return section


def _tasks(a: list, b: list) -> Section:
    from ..rules.catalogues import normalize_title

    section = Section("assigned_tasks", _("交办工作"))
    keyed_a = {t.ref or normalize_title(t.title): t for t in a}
    keyed_b = {t.ref or normalize_title(t.title): t for t in b}
    for key in dict.fromkeys([*keyed_a, *keyed_b]):
        ta, tb = keyed_a.get(key), keyed_b.get(key)
        either = ta or tb
        assert either is not None  # the key is one of a side's
        title = either.title
        entry = Entry(key, title, _item_value(ta) if ta else None, _item_value(tb) if tb else None)
        (section.both if ta and tb else section.only_a if ta else section.only_b).append(entry)
    return section


CHARTER_FIELDS = (
    ("title", N_("标题")),
    ("status", N_("状态")),
    ("revision", N_("修订版次")),
    ("model", N_("示范文本")),
    ("procedure.voted", N_("审议表决日期")),
    ("procedure.filed", N_("备案日期")),
    ("vote.body", N_("表决机构")),
    ("vote.eligible", N_("应到人数")),
    ("vote.present", N_("实到人数")),
    ("vote.in_favour", N_("赞成人数")),
    ("filed_with", N_("备案机关")),
)


def _get(model: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        model = getattr(model, part, None) if model is not None else None
    return model.isoformat() if hasattr(model, "isoformat") else model


def _charter_fields(a: Document | None, b: Document | None) -> list[Entry]:
    return [
        Entry(key, _(label), _get(a.model, key) if a else None, _get(b.model, key) if b else None)
        for key, label in CHARTER_FIELDS
    ]


def _align_charters(a: Document, b: Document, name_a: str, name_b: str) -> list[ArticleRow]:
    def flat(doc: Document) -> list[tuple[int, int, str, str]]:
        return [
            (c, j, chapter.title, article.text or "")
            for c, chapter in enumerate(doc.model.chapters)
            for j, article in enumerate(chapter.articles)
        ]

    def keyer(doc: Document, name: str):
        own = "本村" if doc.model.type == "village_rules" else "本社区"
        fills = [(name, own)] + ([(doc.model.filed_with, _FILING)] if doc.model.filed_with else [])

        def key(text: str) -> str:
            for value, blank in fills:
                text = text.replace(value, blank)
            for phrase in FILING_PHRASES:
                text = text.replace(phrase, _FILING)
            return (
                normalize_text(text).replace("村规民约", "公约").replace("居民公约", "公约").replace("本社区", "本村")
            )

        return key

    arts_a, arts_b = flat(a), flat(b)
    key_a, key_b = keyer(a, name_a), keyer(b, name_b)
    ka, kb = [key_a(art[3]) for art in arts_a], [key_b(art[3]) for art in arts_b]
    rows = []
    for pair in align(ka, kb):
        ia, ib = pair.i, pair.j
        row = ArticleRow(
            pair.op,
            ia + 1 if ia is not None else None,
            ib + 1 if ib is not None else None,
            article_path(arts_a[ia][0], arts_a[ia][1]) if ia is not None else None,
            article_path(arts_b[ib][0], arts_b[ib][1]) if ib is not None else None,
            arts_a[ia][2] if ia is not None else None,
            arts_b[ib][2] if ib is not None else None,
            arts_a[ia][3] if ia is not None else None,
            arts_b[ib][3] if ib is not None else None,
        )
        if pair.op == "changed":
            row.diff = char_diff(arts_a[pair.old][3], arts_b[pair.new][3])
        rows.append(row)
    return rows
