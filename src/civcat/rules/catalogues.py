"""CV301–CV309: the reference catalogues, the communities' own items, and the work put on committees.

The county publishes reference catalogues (三事分流参考事项清单 for 街道 and 乡镇 levels, the
城乡社区协商事项清单, and the 三张清单 of 自治组织). A community excludes the reference items that do
not apply and adds its own with an `L` in the id. Government departments may put on a committee
only the work of the assist-government list; the negative list names what must never be put on it.

Titles are compared after `normalize_title`: clerks write the same matter with different
punctuation, full-width characters and 村/社区/居 wording.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..findings import Problem, Severity
from ..i18n import N_, _
from ..legal import RuleBasis
from ..models import AutonomyReference, ConsultationReference, TriageReference
from ..models.catalogues import TIER_LABELS, TRIAGE_LEVEL_LABELS
from .base import Context, FileRule, RepositoryRule

if TYPE_CHECKING:
    from ..repository import Document, Repository

# --- shared helpers -----------------------------------------------------------------------------

#: 村/社区/居 wording that names the same committee: "村（社区）", "社区", "村（居）民", "居民" compare alike.
_ALIKE = (("村社区", "村"), ("村居", "村"), ("社区", "村"), ("居委会", "村委会"), ("居民", "村民"))


@lru_cache(maxsize=65536)  # titles repeat across hundreds of communities and references
def normalize_title(text: str) -> str:
    """A title reduced for comparison: full-width → half-width, no whitespace or punctuation, 村/社区/居 alike."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(c for c in text if unicodedata.category(c)[0] in "LN")
    for old, new in _ALIKE:
        text = text.replace(old, new)
    return text


def titles_match(a: str, b: str, *, min_contained: int = 6) -> bool:
    """Same matter: equal after normalising, or one contains the other and the shorter has ≥ 6 characters."""
    na, nb = normalize_title(a), normalize_title(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    return len(short) >= min_contained and short in long


TIER_PREFIX = {"major": "DS", "minor": "XS", "private": "SS"}
# The labels below are marked with N_(): messages translate them with _() where they are used.
TIER_NAMES = TIER_LABELS
LIST_PREFIX = {"self_governance": "ZZ", "assist_government": "XZ", "negative": "FM"}
LIST_NAMES = {
    "self_governance": N_("依法自治事项清单"),
    "assist_government": N_("协助政府工作事项清单"),
    "negative": N_("工作负面事项清单"),
}
PREFIX_NAMES = {
    "DS": N_("大事"),
    "XS": N_("小事"),
    "SS": N_("私事"),
    "XY": N_("协商事项"),
    "ZZ": N_("依法自治事项"),
    "XZ": N_("协助政府工作事项"),
    "FM": N_("工作负面事项"),
}
LEVEL_NAMES = TRIAGE_LEVEL_LABELS
UNKNOWN_PREFIX = N_("未知类别")  # what an id prefix not in PREFIX_NAMES stands for
REFERENCE_KINDS = ("triage-reference", "consultation-reference", "autonomy-reference")


def reference_items(doc) -> Iterator[tuple[tuple, Any, str]]:
    """Every item of a reference document: (data path, item, the prefix its place requires)."""
    model = doc.model
    if doc.kind == "triage-reference":
        for i, item in enumerate(model.items):
            yield ("items", i), item, TIER_PREFIX[item.tier]
    elif doc.kind == "consultation-reference":
        for c, category in enumerate(model.categories):
            for i, item in enumerate(category.items):
                yield ("categories", c, "items", i), item, "XY"
    elif doc.kind == "autonomy-reference":
        for name, prefix in LIST_PREFIX.items():
            for i, item in enumerate(getattr(model, name)):
                yield (name, i), item, prefix


def local_items(doc) -> Iterator[tuple[tuple, Any, str]]:
    """A community's own items (triage, then consultation): (data path, item, the prefix it requires)."""
    for i, item in enumerate(doc.model.triage.local):
        yield ("triage", "local", i), item, TIER_PREFIX[item.tier]
    if doc.model.consultation is not None:
        for i, item in enumerate(doc.model.consultation.local):
            yield ("consultation", "local", i), item, "XY"


def _triage_reference(repository, community) -> Any:
    level = repository.triage_level_of(community.model.code)
    return repository.triage_references.get(level) if level else None


_IDS_SEEN: dict[int, tuple[Any, dict[str, Any]]] = {}


def _ids(doc) -> dict[str, Any]:
    """A reference's items by id, built once per reference model (every community asks for them)."""
    seen = _IDS_SEEN.get(id(doc.model))
    if seen is not None and seen[0] is doc.model:
        return seen[1]
    found: dict[str, Any] = {}
    for _path, item, _prefix in reference_items(doc):
        found.setdefault(item.id, item)
    if len(_IDS_SEEN) > 64:
        _IDS_SEEN.clear()
    _IDS_SEEN[id(doc.model)] = (doc.model, found)  # holding the model keeps its id from being reused
    return found


def _matching_reference(repository, community, local_path: tuple):
    """The reference a community's local item (by its path) is compared with."""
    if local_path[0] == "triage":
        return _triage_reference(repository, community)
    return repository.consultation_reference


def _label(item) -> str:
    return _("{id}“{title}”").format(id=item.id, title=item.title)


def _place(doc) -> str:
    return _("{name}（{code}）").format(name=doc.model.name, code=doc.model.code)


def _listed(values: Iterable[str]) -> str:
    """Values one after another: 甲、乙、丙 in Chinese, "a, b, c" in English."""
    return _("、").join(values)


def _assist_and_negative(repository) -> tuple[list, list, dict[str, Any]]:
    autonomy = repository.autonomy_reference
    if autonomy is None:
        return [], [], {}
    return list(autonomy.model.assist_government), list(autonomy.model.negative), _ids(autonomy)


def _negative_match(task, negative: list):
    return next((item for item in negative if titles_match(task.title, item.title)), None)


# --- CV301: unknown ids --------------------------------------------------------------------------


class UnknownItem(RepositoryRule):
    code = "CV301"
    summary = N_("引用了不存在的事项编号")
    reads = {
        "community": {
            "code": None,
            "triage": {"excluded": {"id": None}},
            "consultation": {"excluded": {"id": None}},
            "assigned_tasks": {"ref": None, "title": None},
        },
        "charter": {"model": None},
    }
    why = N_(
        "村或社区排除的事项、交办工作对应的清单事项、公约依据的示范文本，都按编号或文件名引用县里的清单。引用不存在的编号，"
        "说明编号抄错，或引用了另一层面的清单：街道下的社区用街道层面清单，镇、乡下的村和社区用乡镇层面清单。"
        "交办工作的 ref 是 FM-（负面清单）编号时报告为 CV307，不在这里报告。公约的 `model` 不是 charters/model/ 中的"
        "文件名时也在这里报告。所属乡镇不明（CV202）或清单文件本身缺失时不检查。"
    )
    basis = RuleBasis(
        "documents.format_ids",
        "documents.format_levels",
        "documents.county_triage",
        "provisions.consultation.village",
        "provisions.consultation.community",
    )
    example = N_("triage:\n  excluded:\n    - {id: XS-99, reason: 本村无集体林地}   # 清单中没有 XS-99")
    fix = N_(
        "对照适用的参考清单改正编号；引用的事项确实没有时删去这一项。公约的 model 写 charters/model/ 中的文件名（不带 .yaml）。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        for doc in repository.of_kind("community"):
            yield from ((doc, p) for p in self._community(repository, doc))
        models = {
            s.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            for s in repository.sources
            if s.path.startswith("charters/model/")
        }
        if not models:
            return  # a repository that keeps no model charters cannot say which names are wrong
        for doc in repository.of_kind("charter"):
            if doc.model.model is not None and doc.model.model not in models:
                yield (
                    doc,
                    self.problem(
                        _("示范文本 {model} 不存在：charters/model/ 中有 {models}；请改正 model，或删去此项。").format(
                            model=doc.model.model, models=_listed(sorted(models))
                        ),
                        at=("model",),
                    ),
                )

    def _community(self, repository, doc) -> Iterator[Problem]:
        triage = _triage_reference(repository, doc)
        if triage is not None:
            ids = _ids(triage)
            level = _(LEVEL_NAMES[triage.model.level])
            for j, excluded in enumerate(doc.model.triage.excluded):
                if excluded.id not in ids:
                    other = next(
                        (
                            d
                            for d in repository.triage_references.values()
                            if d is not triage and excluded.id in _ids(d)
                        ),
                        None,
                    )
                    if other is None:
                        message = _(
                            "排除的事项 {id} 不在{level}“三事分流”参考事项清单（{path}）中；请核对编号，或删去这一项。"
                        )
                    else:
                        message = _(
                            "排除的事项 {id} 不在{level}“三事分流”参考事项清单（{path}）中"
                            "（它在{other_level}清单中，但本村或社区适用{level}清单）；请核对编号，或删去这一项。"
                        )
                    yield self.problem(
                        message.format(
                            id=excluded.id,
                            level=level,
                            path=triage.path,
                            other_level=_(LEVEL_NAMES[other.model.level]) if other is not None else "",
                        ),
                        at=("triage", "excluded", j, "id"),
                    )
        consultation = repository.consultation_reference
        if consultation is not None and doc.model.consultation is not None:
            ids = _ids(consultation)
            for j, excluded in enumerate(doc.model.consultation.excluded):
                if excluded.id not in ids:
                    yield self.problem(
                        _("排除的协商事项 {id} 不在协商事项清单（{path}）中；请核对编号，或删去这一项。").format(
                            id=excluded.id, path=consultation.path
                        ),
                        at=("consultation", "excluded", j, "id"),
                    )
        autonomy = repository.autonomy_reference
        if autonomy is not None:
            ids = _ids(autonomy)
            for k, task in enumerate(doc.model.assigned_tasks):
                if task.ref and not task.ref.startswith("FM-") and task.ref not in ids:
                    yield self.problem(
                        _(
                            "交办工作“{title}”的 ref {ref} 不在“三张清单”（{path}）中；"
                            "请改为协助政府工作事项清单中对应的 XZ- 编号；清单中没有这项工作时删去 ref"
                            "（这项工作须经准入审批）。"
                        ).format(title=task.title, ref=task.ref, path=autonomy.path),
                        at=("assigned_tasks", k, "ref"),
                    )


# --- CV302: duplicate ids ------------------------------------------------------------------------


class DuplicateItem(RepositoryRule):
    code = "CV302"
    summary = N_("事项编号重复")
    reads = {
        "community": {
            "code": None,
            "triage": {"local": {"id": None, "tier": None, "title": None}},
            "consultation": {"local": {"id": None, "title": None}},
        }
    }
    why = N_(
        "编号是事项的唯一标识：排除事项、交办工作和各村的本地事项都按编号引用。同一份清单中（不论哪一类、哪一张清单）"
        "编号重复，或本地事项用了参考清单已有的编号，引用就指向不明。两个层面的参考清单各自编号，彼此相同不算重复。"
    )
    basis = RuleBasis("documents.format_ids")
    example = N_(
        "local:\n  - {id: XS-01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}   # XS-01 是参考清单的编号"
    )
    fix = N_("给后出现的事项换一个未用过的编号；本地事项用带 L 的编号（XS-L01、XS-L02 …）。已公布的编号不要改作他用。")

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        for kind in REFERENCE_KINDS:
            for doc in repository.of_kind(kind):
                for problem in self._repeats(reference_items(doc)):
                    yield doc, problem
        for doc in repository.of_kind("community"):
            repeated = set()
            for problem in self._repeats(local_items(doc)):
                repeated.add(problem.at)
                yield doc, problem
            for path, item, _prefix in local_items(doc):
                reference = _matching_reference(repository, doc, path)
                if reference is None or path + ("id",) in repeated:
                    continue
                same = _ids(reference).get(item.id)
                if same is not None:
                    yield (
                        doc,
                        self.problem(
                            _(
                                "本地事项编号 {id} 与参考清单（{path}）中的 {item} 相同；"
                                "本地事项请用带 L 的编号，如 {prefix}L01。"
                            ).format(id=item.id, path=reference.path, item=_label(same), prefix=item.id[:3]),
                            at=(*path, "id"),
                        ),
                    )

    def _repeats(self, items: Iterable[tuple[tuple, Any, str]]) -> Iterator:
        first: dict[str, Any] = {}
        for path, item, _prefix in items:
            if item.id in first:
                yield self.problem(
                    _("编号 {id} 重复：已用于 {item}；请给这一项换一个未用过的编号。").format(
                        id=item.id, item=_label(first[item.id])
                    ),
                    at=(*path, "id"),
                )
            else:
                first[item.id] = item


# --- CV303: totals -------------------------------------------------------------------------------


class ReferenceTotals(FileRule[TriageReference | ConsultationReference | AutonomyReference]):
    code = "CV303"
    summary = N_("参考清单公布的事项数与清单条目不符")
    kinds = REFERENCE_KINDS
    why = N_(
        "totals 是印发文件中公布的数字（如乡镇层面大事 17、小事 28、私事 39 项，协商事项 4 大项 16 小项）。"
        "条目数与之不符，说明录入时漏了、多了或层级写错了。只检查写了的数字。"
    )
    basis = RuleBasis(
        "documents.county_triage",
        "documents.county_consultation",
        "provisions.consultation.village",
        "provisions.consultation.community",
        "provisions.meetings.villagers_meeting",
        "provisions.meetings.villagers_representatives",
        "provisions.meetings.residents_representatives",
        note=N_(
            "协商的形式和村（居）民会议、代表会议的召开次数写入 2026 年起施行的两部组织法；"
            "清单中的协商形式（议事会、听证会、恳谈会等）和会议可以对照这些条文。"
        ),
    )
    example = N_("totals: {major: 17, minor: 28, private: 39}\nitems:   # 只录入了 16 项大事\n  - id: DS-01 …")
    fix = N_("对照印发的清单补齐或删去条目、改正层级；清单修订后同时更新 totals。")

    def check(
        self, doc: Document[TriageReference | ConsultationReference | AutonomyReference], ctx: Context
    ) -> Iterator[Problem]:
        totals = doc.model.totals
        if totals is None:
            return
        for field, counted, what in self._counts(doc):
            stated = getattr(totals, field)
            if stated is not None and stated != counted:
                yield self.problem(
                    _(
                        "totals.{field} 写的是 {stated}，清单中实有{what} {counted} 项；"
                        "请对照印发的清单补齐或删去条目，或改正 totals。"
                    ).format(field=field, stated=stated, what=_(what), counted=counted),
                    at=("totals", field),
                )

    @staticmethod
    def _counts(doc) -> Iterator[tuple[str, int, str]]:
        """(totals field, entries counted, what is counted: a label marked with N_)."""
        model = doc.model
        if doc.kind == "triage-reference":
            tiers = Counter(item.tier for item in model.items)
            for tier, name in TIER_NAMES.items():
                yield tier, tiers[tier], name
        elif doc.kind == "consultation-reference":
            yield "categories", len(model.categories), N_("类别")
            yield "items", sum(len(c.items) for c in model.categories), N_("协商事项")
        else:
            for name, prefix in LIST_PREFIX.items():
                # The items of a list: its name without 清单 (依法自治事项清单 → 依法自治事项).
                yield name, len(getattr(model, name)), PREFIX_NAMES[prefix]


# --- CV304: id prefixes --------------------------------------------------------------------------


def id_prefix_problem(item_id: str, prefix: str, *, local: bool, place: str) -> str | None:
    """Why an id does not fit the tier or list it is in, or None. `place`: where it is, already translated."""
    have, rest = item_id.split("-", 1)
    marked = rest.startswith("L")
    if have != prefix:
        stated = _(PREFIX_NAMES.get(have, UNKNOWN_PREFIX))
        return _(
            "编号 {id} 的前缀 {have} 表示{stated}，但它在{place}中，应以 {prefix}- 开头；"
            "放错了地方就移到正确的层级或清单，编号写错了就换用该层级未用过的编号（已公布的编号不要改作他用）。"
        ).format(id=item_id, have=have, stated=stated, place=place, prefix=prefix)
    if local and not marked:
        return _("本地事项编号 {id} 应带 L，如 {prefix}-L{rest}；不带 L 的编号留给县参考清单。").format(
            id=item_id, prefix=prefix, rest=rest
        )
    if not local and marked:
        return _("参考清单的编号 {id} 不应带 L（L 表示村或社区本地新增的事项）；请改为 {prefix}-{rest}。").format(
            id=item_id, prefix=prefix, rest=rest[1:]
        )
    return None


class IdPrefix(RepositoryRule):
    code = "CV304"
    summary = N_("事项编号的前缀与层级或清单不符")
    reads = {
        "community": {
            "code": None,
            "triage": {"local": {"id": None, "tier": None}},
            "consultation": {"local": {"id": None}},
        }
    }
    why = N_(
        "编号前缀说明事项的归属：DS 大事、XS 小事、SS 私事、XY 协商事项、ZZ 依法自治、XZ 协助政府、FM 负面事项；"
        "带 L 的是村或社区本地新增的事项，县参考清单不带 L。前缀与层级不符，说明层级或编号有一个写错。"
        "本地事项不带 L 且与参考清单编号相同时，只报告 CV302。"
    )
    basis = RuleBasis("documents.format_ids")
    example = N_("- id: XS-05\n  tier: major   # 大事编号应以 DS- 开头")
    fix = N_("层级或清单放错了就改正 tier 或把事项移到正确的清单；编号写错了就换用正确前缀下未用过的编号。")

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        for kind in REFERENCE_KINDS:
            for doc in repository.of_kind(kind):
                for path, item, prefix in reference_items(doc):
                    place = self._place(path, item)
                    message = id_prefix_problem(item.id, prefix, local=False, place=place)
                    if message:
                        yield doc, self.problem(message, at=(*path, "id"))
        for doc in repository.of_kind("community"):
            for path, item, prefix in local_items(doc):
                reference = _matching_reference(repository, doc, path)
                if reference is not None and item.id in _ids(reference):
                    continue  # CV302
                message = id_prefix_problem(item.id, prefix, local=True, place=self._place(path, item))
                if message:
                    yield doc, self.problem(message, at=(*path, "id"))

    @staticmethod
    def _place(path: tuple, item) -> str:
        if path[0] in LIST_NAMES:
            return _(LIST_NAMES[path[0]])
        if hasattr(item, "tier"):
            return _("{tier_name}（tier: {tier}）").format(tier_name=_(TIER_NAMES[item.tier]), tier=item.tier)
        return _("协商事项清单")


# --- CV305: local item repeats a reference item --------------------------------------------------


class LocalRepeatsReference(RepositoryRule):
    code = "CV305"
    severity = Severity.WARNING
    summary = N_("本地事项与参考清单中的事项重复（应排除或修改参考事项）")
    reads = {
        "community": {
            "code": None,
            "triage": {"excluded": {"id": None}, "local": {"id": None, "tier": None, "title": None}},
            "consultation": {"excluded": {"id": None}, "local": {"id": None, "title": None}},
        }
    }
    why = N_(
        "本地事项用来补充参考清单没有的事。与参考事项名称相同（忽略标点、全角半角以及“村（社区）”“社区”“居”等写法）"
        "的本地事项是重复登记：如果本地做法不同，应把参考事项列入 excluded 并写明理由，再新增本地事项。"
        "参考事项已被排除时，同名的本地事项正是这种做法，不报告。"
    )
    basis = RuleBasis("documents.county_triage", "provisions.consultation.village", "provisions.consultation.community")
    example = N_(
        "local:\n  - {id: XS-L01, tier: minor, title: 村内道路、路灯等公益设施日常管护, forms: [院坝会]}   # 即 XS-01"
    )
    fix = N_("删去重复的本地事项；本地做法确有不同的，在 excluded 中排除参考事项并写明理由，本地事项保留。")

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        for doc in repository.of_kind("community"):
            for path, item, _prefix in local_items(doc):
                reference = _matching_reference(repository, doc, path)
                if reference is None:
                    continue
                section = getattr(doc.model, path[0])
                excluded = {e.id for e in section.excluded}
                key = normalize_title(item.title)
                same = next(
                    (
                        ref
                        for _ref_path, ref, _ref_prefix in reference_items(reference)
                        if ref.id not in excluded and normalize_title(ref.title) == key
                    ),
                    None,
                )
                if same is not None:
                    yield (
                        doc,
                        self.problem(
                            _(
                                "本地事项“{title}”与参考清单（{path}）中的 {item} 重复；"
                                "请删去本地事项，或在 {section}.excluded 中排除 {id} 并写明理由。"
                            ).format(
                                title=item.title, path=reference.path, item=_label(same), section=path[0], id=same.id
                            ),
                            at=(*path, "title"),
                        ),
                    )


# --- CV306: tier conflicts between communities ---------------------------------------------------


class TierConflict(RepositoryRule):
    code = "CV306"
    severity = Severity.WARNING
    summary = N_("不同村或社区把同一事项归入不同层级")
    reads = {"community": {"code": None, "name": None, "triage": {"local": {"tier": None, "title": None}}}}
    why = N_(
        "同一件事是大事、小事还是私事，决定群众找政府、找“两委”还是自己解决。各村或社区把同名的本地事项（忽略标点、"
        "全角半角和村/社区写法）归入不同层级，群众就无所适从。以多数村或社区的归类为准，报告与多数不同的；"
        "几种归类一样多时全部报告，请乡镇统一。"
    )
    basis = RuleBasis("documents.county_triage", "provisions.consultation.village", "provisions.consultation.community")
    example = N_(
        "# 石门村：{id: XS-L01, tier: minor, title: 山坪塘日常维护, …}\n"
        "# 龙塘村：{id: DS-L01, tier: major, title: 山坪塘日常维护, …}"
    )
    fix = N_("与乡镇商定这项事务的层级，各村或社区统一；确需不同的，在事项名称中写明区别。")

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        groups: dict[str, list[tuple[Any, tuple, Any]]] = defaultdict(list)
        for doc in repository.of_kind("community"):
            for i, item in enumerate(doc.model.triage.local):
                groups[normalize_title(item.title)].append((doc, ("triage", "local", i), item))
        for occurrences in groups.values():
            tiers = Counter(item.tier for _doc, _path, item in occurrences)
            if len(tiers) < 2 or len({doc.model.code for doc, _path, _item in occurrences}) < 2:
                continue
            top = max(tiers.values())
            majority = [t for t, n in tiers.items() if n == top]
            settled = majority[0] if len(majority) == 1 else None
            for doc, path, item in occurrences:
                if item.tier == settled:
                    continue
                others = self._others(occurrences, doc, item.tier)
                yield (
                    doc,
                    self.problem(
                        _(
                            "本地事项“{title}”在{place}定为{tier_name}（{tier}），其他村或社区定为："
                            "{others}；同一事项应归入同一层级，请与乡镇商定后统一。"
                        ).format(
                            title=item.title,
                            place=_place(doc),
                            tier_name=_(TIER_NAMES[item.tier]),
                            tier=item.tier,
                            others=others,
                        ),
                        at=(*path, "tier"),
                    ),
                )

    @staticmethod
    def _others(occurrences, doc, tier: str, shown: int = 5) -> str:
        by_tier: dict[str, list[str]] = defaultdict(list)
        for other, _path, item in occurrences:
            if item.tier != tier and other.model.code not in by_tier[item.tier]:
                by_tier[item.tier].append(other.model.code)
        parts = []
        for other_tier, codes in by_tier.items():
            listed = _listed(codes[:shown])
            if len(codes) > shown:
                listed = _("{codes} 等 {count} 个").format(codes=listed, count=len(codes))
            parts.append(_("{tier_name} {codes}").format(tier_name=_(TIER_NAMES[other_tier]), codes=listed))
        return _("；").join(parts)


# --- CV307 / CV308: work put on the committee ----------------------------------------------------


class NegativeTask(RepositoryRule):
    code = "CV307"
    summary = N_("交由委员会承担的工作在负面清单上（按 ref 或名称）")
    reads = {"community": {"assigned_tasks": {"ref": None, "title": None, "department": None}}}
    why = N_(
        "工作负面事项清单列出不得交由村（居）民委员会承担的工作。交办工作的 ref 是 FM- 编号，或名称与负面事项相同"
        "（忽略标点、全角半角和村/社区写法；或一方包含另一方且较短的一方至少 6 个字），就是把负面事项压给了委员会。"
        "交办工作以 ref 指明协助政府工作事项、名称也与该事项相符时，不按名称判断：该事项若又在负面清单上，"
        "是两张清单自相矛盾，由 CV309 在清单中报告。"
    )
    basis = RuleBasis(
        "provisions.government_guidance.village", "provisions.government_guidance.community", "documents.county_lists"
    )
    example = N_("assigned_tasks:\n  - {title: 出具无法律法规依据的证明, department: 县某局}")
    fix = N_("把这项工作退回交办部门，并从 assigned_tasks 中删去；名称相近但确实不是同一件事的，把名称写准确。")

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        _assist, negative, ids = _assist_and_negative(repository)
        for doc in repository.of_kind("community"):
            for k, task in enumerate(doc.model.assigned_tasks):
                found = negative_task(task, negative, ids)
                if found is None:
                    continue
                by_ref, item = found
                listed = _label(item) if item is not None else _("{ref}（清单中没有这个编号）").format(ref=task.ref)
                department = _("（{department}）").format(department=task.department) if task.department else ""
                if by_ref:
                    message = _(
                        "交办工作“{title}”的 ref {ref} 是工作负面事项清单的编号：{listed}。负面清单上的工作不得交由"
                        "村（居）民委员会承担（村民委员会组织法第五条、城市居民委员会组织法第二十条）；"
                        "请退回交办部门{department}，并从 assigned_tasks 中删去。"
                    )
                else:
                    message = _(
                        "交办工作“{title}”的名称与工作负面事项相符：{listed}。负面清单上的工作不得交由"
                        "村（居）民委员会承担（村民委员会组织法第五条、城市居民委员会组织法第二十条）；"
                        "请退回交办部门{department}，并从 assigned_tasks 中删去。"
                    )
                yield (
                    doc,
                    self.problem(
                        message.format(title=task.title, ref=task.ref, listed=listed, department=department),
                        at=("assigned_tasks", k, "ref" if by_ref else "title"),
                    ),
                )


def negative_task(task, negative: list, ids: dict[str, Any]) -> tuple[bool, Any] | None:
    """(by ref?, the negative item or None for an unknown FM id) when a task is on the negative list.

    A task that is its referenced assist-government item (same title) is not judged by its title:
    if that item is also on the negative list, the lists conflict, and CV309 reports it there.
    """
    if task.ref and task.ref.startswith("FM-"):
        return True, ids.get(task.ref)
    listed = ids.get(task.ref) if task.ref and task.ref.startswith("XZ-") else None
    if listed is not None and titles_match(task.title, listed.title):
        return None
    item = _negative_match(task, negative)
    return (False, item) if item is not None else None


class UnlistedTask(RepositoryRule):
    code = "CV308"
    severity = Severity.WARNING
    summary = N_("交由委员会承担的工作不在协助政府工作事项清单上（须经准入审批）")
    reads = {"community": {"assigned_tasks": {"ref": None, "title": None}}}
    why = N_(
        "协助政府工作事项清单之外的工作，政府部门要交由村（居）民委员会承担，须经县级准入审批、统一安排并提供经费。"
        "没有 ref 指向协助政府工作事项（XZ-）、名称也与清单中任何协助事项不同（比较方法同 CV307）的交办工作，"
        "就属于这种情况。ref 写错（CV301）或在负面清单上（CV307）的不在这里重复报告；没有“三张清单”文件时不检查。"
    )
    basis = RuleBasis("provisions.government_guidance.village", "provisions.government_guidance.community")
    example = N_("assigned_tasks:\n  - {title: 协助开展辖区企业安全生产检查, department: 县应急局}   # 清单中没有")
    fix = N_(
        "工作在协助政府工作事项清单上的，写上 ref: XZ-nn；不在清单上的，请交办部门先办理准入审批，"
        "经同意后再交办；未经审批的退回。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        assist, negative, ids = _assist_and_negative(repository)
        if repository.autonomy_reference is None:
            return
        assist_ids = {item.id for item in assist}
        for doc in repository.of_kind("community"):
            for k, task in enumerate(doc.model.assigned_tasks):
                if task.ref in assist_ids or (task.ref and task.ref not in ids):
                    continue  # listed, or CV301
                if negative_task(task, negative, ids) is not None:
                    continue  # CV307
                if any(titles_match(task.title, item.title) for item in assist):
                    continue
                kind = PREFIX_NAMES.get(task.ref[:2]) if task.ref else None
                if kind is not None:
                    message = _(
                        "交办工作“{title}”不在协助政府工作事项清单上；ref {ref} 是{kind}，不是协助政府工作事项；"
                        "这类工作须经准入审批后乡镇（街道）才能交由村（居）民委员会承担。已在清单上的请写 ref: XZ-nn；"
                        "未经审批的请退回交办部门。"
                    )
                elif task.ref:  # an id of the lists whose prefix names no list
                    message = _(
                        "交办工作“{title}”不在协助政府工作事项清单上；ref {ref} 指向的是其他事项，不是协助政府工作事项；"
                        "这类工作须经准入审批后乡镇（街道）才能交由村（居）民委员会承担。已在清单上的请写 ref: XZ-nn；"
                        "未经审批的请退回交办部门。"
                    )
                else:
                    message = _(
                        "交办工作“{title}”不在协助政府工作事项清单上；这类工作须经准入审批后乡镇（街道）"
                        "才能交由村（居）民委员会承担。已在清单上的请写 ref: XZ-nn；未经审批的请退回交办部门。"
                    )
                yield (
                    doc,
                    self.problem(
                        message.format(title=task.title, ref=task.ref, kind=_(kind) if kind is not None else ""),
                        at=("assigned_tasks", k, "title"),
                    ),
                )


# --- CV309: the same matter on both lists --------------------------------------------------------


class AssistAndNegative(FileRule[AutonomyReference]):
    code = "CV309"
    summary = N_("同一事项同时列在协助政府工作事项清单和工作负面事项清单上")
    kinds = ("autonomy-reference",)
    why = N_(
        "一件工作要么可以交由委员会协助办理，要么不得交办，不能两者都是。名称相同（忽略标点、全角半角和村/社区写法）"
        "的事项同时出现在两张清单上，交办时无法判断。"
    )
    basis = RuleBasis("documents.county_lists")
    example = N_(
        "assist_government:\n  - {id: XZ-07, title: 出具居住证明}\nnegative:\n  - {id: FM-03, title: 出具居住证明}"
    )
    fix = N_("与有关部门核实后，从其中一张清单中删去；如果是两件不同的事，把名称写明区别（如写明“无法律法规依据的”）。")

    def check(self, doc: Document[AutonomyReference], ctx: Context) -> Iterator[Problem]:
        assist = {normalize_title(item.title): item for item in reversed(doc.model.assist_government)}
        for j, item in enumerate(doc.model.negative):
            same = assist.get(normalize_title(item.title))
            if same is not None:
                yield self.problem(
                    _(
                        "负面事项 {negative} 与协助政府工作事项 {assist} 是同一事项；"
                        "一项工作不能既可交办又不得交办，请核实后从其中一张清单删去。"
                    ).format(negative=_label(item), assist=_label(same)),
                    at=("negative", j, "title"),
                )
