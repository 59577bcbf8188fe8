"""The semantic difference between two versions of one data file: what a clerk changed, not which lines.

`diff_data(kind, old, new)` compares the loaded YAML data (so files the schema refuses still
compare) and lists changes with a target in the data: `vote.present`, `triage.excluded XS-12`
(an item of a list named by its id), `chapters[2].articles[3]` (0-based data path: in the NEW
file for added, changed and moved articles, in the OLD file for removed ones), `consultation.platforms`
(an element of a list of words added or removed). Comments, quoting, key order and reordered
lists of words are not changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import N_, _, current_language
from .textdiff import Segment, align, char_diff, normalize_text, similarity

ADDED, REMOVED, CHANGED = "added", "removed", "changed"

# Labels of data paths (keys only, no indices or ids), for text and markdown; `field_label` translates them.
FIELD_LABELS = {
    "civcat": N_("格式版本"),
    "kind": N_("文件类型"),
    "file": N_("文件"),
    "path": N_("文件位置"),
    "code": N_("代码"),
    "name": N_("名称"),
    "type": N_("类型"),
    "uscc": N_("统一社会信用代码"),
    "urban_rural": N_("城乡分类代码"),
    "authority": N_("民政部门"),
    "totals": N_("公布数量"),
    "townships": N_("乡镇（街道）"),
    "committee": N_("委员会"),
    "committee.elected": N_("委员会换届日期"),
    "committee.members": N_("委员会人数"),
    "committee.women": N_("女性委员人数"),
    "triage": N_("三事分流"),
    "triage.excluded": N_("三事分流·不适用的参考事项"),
    "triage.local": N_("三事分流·本地事项"),
    "consultation": N_("协商"),
    "consultation.platforms": N_("协商平台"),
    "consultation.excluded": N_("协商·不适用的事项"),
    "consultation.local": N_("协商·本地事项"),
    "assigned_tasks": N_("交办工作"),
    "title": N_("标题"),
    "status": N_("状态"),
    "revision": N_("修订版次"),
    "model": N_("示范文本"),
    "community": N_("所属村（社区）"),
    "procedure": N_("制定程序"),
    "procedure.solicited": N_("程序·征集民意"),
    "procedure.drafted": N_("程序·拟定草案"),
    "procedure.reviewed": N_("程序·提请审核"),
    "procedure.voted": N_("程序·审议表决"),
    "procedure.filed": N_("程序·备案"),
    "procedure.published": N_("程序·公布"),
    "vote": N_("表决"),
    "vote.body": N_("表决机构"),
    "vote.basis": N_("到会人数计算基础"),
    "vote.eligible": N_("应到人数"),
    "vote.present": N_("实到人数"),
    "vote.in_favour": N_("赞成人数"),
    "vote.women_present": N_("到会女性人数"),
    "vote.authorised": N_("居民会议授权"),
    "filed_with": N_("备案机关"),
    "points": N_("积分制"),
    "points.title": N_("积分制名称"),
    "points.items": N_("积分项目"),
    "points.redemption": N_("积分兑换办法"),
    "chapters": N_("章"),
    "level": N_("层面"),
    "issued": N_("印发日期"),
    "items": N_("事项"),
    "categories": N_("类别"),
    "self_governance": N_("依法自治事项"),
    "assist_government": N_("协助政府工作事项"),
    "negative": N_("工作负面事项"),
    # fields of items (the last key of a path, when the whole path has no label)
    "id": N_("编号"),
    "tier": N_("层级"),
    "forms": N_("协商形式"),
    "participants": N_("参与方"),
    "lead": N_("牵头方"),
    "handler": N_("办理部门"),
    "basis": N_("依据"),
    "route": N_("解决途径"),
    "reason": N_("理由"),
    "description": N_("说明"),
    "contact": N_("联系方式"),
    "department": N_("部门"),
    "ref": N_("清单编号"),
    "category": N_("类别"),
    "behaviour": N_("行为"),
    "topic": N_("内容方面"),
    "text": N_("条文"),
}

#: Lists whose items are named by a key, per file kind (data path of the list, keys only → key field).
KEYED_LISTS = {
    "community": {
        "triage.excluded": "id",
        "triage.local": "id",
        "consultation.excluded": "id",
        "consultation.local": "id",
        "assigned_tasks": "ref|title",
    },
    "county": {"townships": "code"},
    "triage-reference": {"items": "id"},
    "consultation-reference": {"categories": "id", "categories.items": "id"},
    "autonomy-reference": {"self_governance": "id", "assist_government": "id", "negative": "id"},
    "charter": {"points.items": "behaviour"},
    "charter-model": {"points.items": "behaviour"},
}
#: Lists of {id, reason}: an exclusion is shown by its reason.
EXCLUSION_LISTS = ("triage.excluded", "consultation.excluded")


@dataclass
class Change:
    """One semantic change of one file (see the module's docstring for targets)."""

    path: str
    community: str | None
    kind: str | None
    change: str  # added | removed | changed
    target: str
    before: Any = None
    after: Any = None
    label: str = ""  # the target in words, for text and markdown
    diff: list[Segment] | None = None  # the character diff of a changed text
    moved_from: str | None = None  # a moved article: its data path in the old file

    def as_json(self) -> dict:
        out = {
            "path": self.path,
            "community": self.community,
            "kind": self.kind,
            "change": self.change,
            "target": self.target,
            "before": _plain(self.before),
            "after": _plain(self.after),
        }
        if self.diff is not None:
            out["diff"] = [list(s) for s in self.diff]
        if self.moved_from is not None:
            out["moved_from"] = self.moved_from
        return out


def field_label(key: str) -> str:
    """The words for a field (a data path or a key) in the interface language; an unknown key as written."""
    return _(FIELD_LABELS[key]) if key in FIELD_LABELS else key


def numeral(n: int) -> str:
    """A number as an article or chapter is numbered: 十二 in Chinese (第十二条), 12 in English (Article 12)."""
    if current_language() == "zh":
        from ..rules.text import chinese_number

        return chinese_number(n)
    return str(n)


def _plain(value: Any) -> Any:
    """JSON-safe data (YAML may have non-text keys)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@dataclass
class _Out:
    """Where the changes of one file go, with the names used in labels."""

    kind: str | None
    titles: dict[str, str] = field(default_factory=dict)
    items: list[tuple] = field(default_factory=list)

    def add(self, change: str, target: str, before: Any, after: Any, label: str, **extra) -> None:
        self.items.append((change, target, before, after, label, extra))


def diff_data(kind: str | None, old: Any, new: Any, *, titles: dict[str, str] | None = None) -> list[tuple]:
    """The changes between two loaded versions of a file of `kind`:
    (change, target, before, after, label, extra) tuples; `titles` names reference items by id in labels."""
    out = _Out(kind, titles or {})
    if kind in ("charter", "charter-model") and isinstance(old, dict) and isinstance(new, dict):
        old_rest = {k: v for k, v in old.items() if k != "chapters"}
        new_rest = {k: v for k, v in new.items() if k != "chapters"}
        _diff_value(out, old_rest, new_rest, "", "", "")
        _diff_chapters(out, old.get("chapters"), new.get("chapters"))
    else:
        _diff_value(out, old, new, "", "", "")
    return out.items


def _join(target: str, key: str) -> str:
    return f"{target}.{key}" if target else key


def _label_for(schema: str, key: str, parent_label: str) -> str:
    """The words for a field: its own label when the path has one, else the parent's words and the field's."""
    if schema in FIELD_LABELS:
        return field_label(schema)
    name = _("分值") if schema == "points.items.points" else field_label(key)
    return _("{parent}·{field}").format(parent=parent_label, field=name) if parent_label else name


def _diff_value(out: _Out, old: Any, new: Any, target: str, schema: str, label: str) -> None:
    if old == new and type(old) is type(new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            skey = str(key)
            child_schema = _join(schema, skey)
            child_target = _join(target, skey)
            child_label = _label_for(child_schema, skey, label)
            if key not in new:
                out.add(REMOVED, child_target, old[key], None, child_label)
            elif key not in old:
                out.add(ADDED, child_target, None, new[key], child_label)
            else:
                _diff_value(out, old[key], new[key], child_target, child_schema, child_label)
        return
    if isinstance(old, list) and isinstance(new, list):
        _diff_list(out, old, new, target, schema, label)
        return
    out.add(CHANGED, target, old, new, label, **_text_extra(old, new))


def _text_extra(old: Any, new: Any) -> dict:
    """A character diff for a changed text long enough for one to help (a short one reads as before → after)."""
    if isinstance(old, str) and isinstance(new, str) and (len(old) > 12 or len(new) > 12):
        return {"diff": char_diff(old, new)}
    return {}


def _key_of(item: Any, spec: str) -> str | None:
    if not isinstance(item, dict):
        return None
    for name in spec.split("|"):
        value = item.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


def _diff_list(out: _Out, old: list, new: list, target: str, schema: str, label: str) -> None:
    spec = KEYED_LISTS.get(out.kind or "", {}).get(schema)
    if spec is None and all(isinstance(v, dict) and "id" in v for v in (*old, *new)) and (old or new):
        spec = "id"
    if spec is not None:
        old_keys = [_key_of(v, spec) for v in old]
        new_keys = [_key_of(v, spec) for v in new]
        if (
            None not in old_keys
            and None not in new_keys
            and len(set(old_keys)) == len(old_keys)
            and len(set(new_keys)) == len(new_keys)
        ):
            _diff_keyed(
                out, dict(zip(old_keys, old, strict=True)), dict(zip(new_keys, new, strict=True)), target, schema, label
            )
            return
    if all(not isinstance(v, dict | list) for v in (*old, *new)):
        _diff_words(out, old, new, target, label)
        return
    for index in range(max(len(old), len(new))):
        child_target = f"{target}[{index}]"
        child_label = _("{label}第{number}项").format(label=label, number=index + 1)
        if index >= len(new):
            out.add(REMOVED, child_target, old[index], None, child_label)
        elif index >= len(old):
            out.add(ADDED, child_target, None, new[index], child_label)
        else:
            _diff_value(out, old[index], new[index], child_target, schema, child_label)


def _diff_words(out: _Out, old: list, new: list, target: str, label: str) -> None:
    """Lists of words (platforms, forms, basis): elements added or removed; order does not matter."""
    remaining = list(new)
    for value in old:
        if value in remaining:
            remaining.remove(value)
        else:
            out.add(REMOVED, target, value, None, label)
    left = list(old)
    for value in new:
        if value in left:
            left.remove(value)
        else:
            out.add(ADDED, target, None, value, label)


def _item_label(out: _Out, schema: str, key: str, item: Any, label: str) -> str:
    title = (item.get("title") or item.get("name")) if isinstance(item, dict) else None
    if not isinstance(title, str) or schema in EXCLUSION_LISTS:
        title = out.titles.get(key)
    if schema == "assigned_tasks" and isinstance(item, dict) and isinstance(item.get("title"), str):
        return _("{label}“{title}”").format(label=label, title=item["title"])
    if title:
        return _("{label} {key}“{title}”").format(label=label, key=key, title=title)
    return f"{label} {key}"


def _diff_keyed(out: _Out, old: dict, new: dict, target: str, schema: str, label: str) -> None:
    exclusions = schema in EXCLUSION_LISTS
    # A local item renumbered (same title, new id) is one item changed, not one removed and one added.
    renumbered: dict[str, str] = {}
    if schema.endswith("local"):
        gone = {k: v for k, v in old.items() if k not in new}
        for key, item in new.items():
            if key in old or not isinstance(item, dict):
                continue
            same = next(
                (
                    k
                    for k, v in gone.items()
                    if isinstance(v, dict)
                    and normalize_text(str(v.get("title", ""))) == normalize_text(str(item.get("title", "")))
                ),
                None,
            )
            if same is not None:
                renumbered[key] = same
                del gone[same]
    for key in old:
        if key in new or key in renumbered.values():
            continue
        item = old[key]
        before = item.get("reason") if exclusions and _is_exclusion(item) else item
        out.add(REMOVED, f"{target} {key}", before, None, _item_label(out, schema, key, item, label))
    for key, item in new.items():
        child_target = f"{target} {key}"
        child_label = _item_label(out, schema, key, item, label)
        if key in renumbered:
            previous = old[renumbered[key]]
            _diff_value(out, previous, item, child_target, schema, child_label)
            continue
        if key not in old:
            after = item.get("reason") if exclusions and _is_exclusion(item) else item
            out.add(ADDED, child_target, None, after, child_label)
            continue
        previous = old[key]
        if exclusions and _is_exclusion(previous) and _is_exclusion(item):
            if previous.get("reason") != item.get("reason"):
                out.add(
                    CHANGED,
                    child_target,
                    previous.get("reason"),
                    item.get("reason"),
                    child_label,
                    **_text_extra(previous.get("reason"), item.get("reason")),
                )
            continue
        _diff_value(out, previous, item, child_target, schema, child_label)


def _is_exclusion(item: Any) -> bool:
    return isinstance(item, dict) and set(item) <= {"id", "reason"}


# --- charters: chapters and articles ---------------------------------------------------------------


def charter_articles(chapters: Any) -> list[tuple[int, int, str]]:
    """(chapter index, article index, text) of every article, in order, from loaded charter data."""
    found: list[tuple[int, int, str]] = []
    if not isinstance(chapters, list):
        return found
    for c, chapter in enumerate(chapters):
        articles = chapter.get("articles") if isinstance(chapter, dict) else None
        if not isinstance(articles, list):
            continue
        for a, article in enumerate(articles):
            text = article.get("text") if isinstance(article, dict) else article
            found.append((c, a, text if isinstance(text, str) else ("" if text is None else str(text))))
    return found


def chapter_title(chapters: Any, index: int) -> str:
    chapter = chapters[index] if isinstance(chapters, list) and 0 <= index < len(chapters) else None
    title = chapter.get("title") if isinstance(chapter, dict) else None
    return title if isinstance(title, str) else ""


def article_label(number: int, chapters: Any, chapter_index: int) -> str:
    title = chapter_title(chapters, chapter_index)
    if title:
        return _("第{number}条（{chapter}）").format(number=numeral(number), chapter=title)
    return _("第{number}条").format(number=numeral(number))


def article_path(chapter: int, article: int) -> str:
    return f"chapters[{chapter}].articles[{article}]"


def _chapter_map(old: list, new: list) -> dict[int, int]:
    """Old chapter index → new chapter index: by title, or for a retitled chapter by title or content."""

    def title(ch: Any) -> str:
        t = ch.get("title") if isinstance(ch, dict) else None
        return normalize_text(t) if isinstance(t, str) else ""

    def texts(ch: Any) -> set[str]:
        arts = ch.get("articles") if isinstance(ch, dict) else None
        return (
            {normalize_text(a.get("text") or "") for a in arts if isinstance(a, dict)}
            if isinstance(arts, list)
            else set()
        )

    old_titles, new_titles = [title(c) for c in old], [title(c) for c in new]

    def score(i: int, j: int) -> float:
        a, b = texts(old[i]), texts(new[j])
        overlap = len(a & b) / max(1, min(len(a), len(b))) if a and b else 0.0
        return max(similarity(old_titles[i], new_titles[j]), overlap)

    return {p.i: p.j for p in align(old_titles, new_titles, score=score) if p.i is not None and p.j is not None}


def _diff_chapters(out: _Out, old: Any, new: Any) -> None:
    if not isinstance(old, list) or not isinstance(new, list) or not all(isinstance(c, dict) for c in (*old, *new)):
        _diff_value(out, old, new, "chapters", "chapters", field_label("chapters"))
        return
    mapping = _chapter_map(old, new)
    mapped_new = set(mapping.values())
    for i, chapter in enumerate(old):
        if i not in mapping:
            out.add(
                REMOVED, f"chapters[{i}]", chapter.get("title"), None, _("第{number}章").format(number=numeral(i + 1))
            )
    for j, chapter in enumerate(new):
        label = _("第{number}章").format(number=numeral(j + 1))
        if j not in mapped_new:
            out.add(ADDED, f"chapters[{j}]", None, chapter.get("title"), label)
    for i, j in sorted(mapping.items(), key=lambda p: p[1]):
        label = _("第{number}章").format(number=numeral(j + 1))
        before = {k: v for k, v in old[i].items() if k != "articles"}
        after = {k: v for k, v in new[j].items() if k != "articles"}
        _diff_value(out, before, after, f"chapters[{j}]", "chapter", label)

    old_articles, new_articles = charter_articles(old), charter_articles(new)
    pairs = align([t for *_rest, t in old_articles], [t for *_rest, t in new_articles])
    for pair in pairs:
        if pair.op == "equal":
            (oc, oa, text), (nc, na, _text) = old_articles[pair.old], new_articles[pair.new]
            if mapping.get(oc) == nc:
                continue
            pair_op = "moved"  # same text, but now in another chapter
        else:
            pair_op = pair.op
        if pair_op == "removed":
            oc, oa, text = old_articles[pair.old]
            out.add(REMOVED, article_path(oc, oa), text, None, article_label(pair.old + 1, old, oc))
        elif pair_op == "added":
            nc, na, text = new_articles[pair.new]
            out.add(ADDED, article_path(nc, na), None, text, article_label(pair.new + 1, new, nc))
        elif pair_op == "changed":
            (oc, oa, old_text), (nc, na, new_text) = old_articles[pair.old], new_articles[pair.new]
            out.add(
                CHANGED,
                article_path(nc, na),
                old_text,
                new_text,
                article_label(pair.new + 1, new, nc),
                diff=char_diff(old_text, new_text),
            )
        else:  # moved
            (oc, oa, old_text), (nc, na, new_text) = old_articles[pair.old], new_articles[pair.new]
            out.add(
                CHANGED,
                article_path(nc, na),
                old_text,
                new_text,
                article_label(pair.new + 1, new, nc),
                moved_from=article_path(oc, oa),
            )
