"""From the loaded repository to what a template sees: which documents, their context, their names.

Templates receive plain dictionaries of text (never the models), prepared here: numbers in Chinese
numerals, dates as 2021年8月15日, codes turned into labels. The template decides the layout and
the wording around them; civcat's escaping makes every value literal text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..errors import UsageError
from ..i18n import _
from ..models.catalogues import (
    COMMITTEE_LABELS,
    COMMUNITY_TYPE_LABELS,
    CONSULTATION_CATEGORY_LABELS,
    CONSULTATION_CATEGORY_ORDER,
    ROUTE_LABELS,
    TIER_LABELS,
)
from ..models.charters import CHARTER_TYPE_LABELS, VOTE_BODY_LABELS, Charter
from ..models.charters import VOTE_BASIS_UNITS as VOTE_UNITS
from ..repository import Document, Repository
from .fonts import Origin
from .typography import chinese_date, chinese_numeral

#: PDFs of documents without any date get this creation date: output must not depend on the clock.
FALLBACK_DATE = dt.date(2000, 1, 1)

# The words of enumerated values are the models' label tables (one vocabulary), in Chinese: documents
# for the bureau are Chinese in every interface language.
TIERS = (
    ("major", TIER_LABELS["major"], "政府管理事项及公共服务", "由政府部门负责解决"),
    ("minor", TIER_LABELS["minor"], "村（居）公共事项及公益服务", "由村（社区）“两委”牵头，组织群众协商解决"),
    ("private", TIER_LABELS["private"], "个人事务和市场服务", "由群众自行解决或寻求市场服务"),
)


@dataclass
class Prepared:
    """One document ready for its template: the context, where its text comes from, its output."""

    kind: str  # charter | catalogue
    code: str  # the community code
    title: str  # printed title, also in the file name
    context: dict[str, Any]
    origins: list[Origin]  # for locating a missing glyph: the data files it was built from
    date: dt.date  # the fixed creation date of the PDF

    def output_stem(self) -> str:
        return f"{self.code}-{safe_file_name(self.title)}"

    def output_folder(self, out_dir: Path) -> Path:
        return out_dir / ("charters" if self.kind == "charter" else "catalogues") / self.code[:9]


def as_records(value: Any) -> Any:
    """Dictionaries as attribute records for templates: `points.items` must be the list of items,
    not the dict method `items` (Jinja looks attributes up before keys). `x["key"]` works too."""
    if isinstance(value, dict):
        return {k: _record(v) for k, v in value.items()}
    return _record(value)


def _record(value: Any) -> Any:
    if isinstance(value, dict):
        return SimpleNamespace(**{k: _record(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_record(v) for v in value]
    return value


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def safe_file_name(text: str) -> str:
    """A title usable as a file name on Windows, macOS and Linux (Chinese kept)."""
    cleaned = _UNSAFE_IN_FILE_NAMES.sub("", text).strip(" .")
    # 150 bytes: 50 Chinese characters; with the code and the suffixes the name stays well within
    # the 255 bytes of most file systems (output.MAX_NAME_BYTES bounds it in any case).
    return cleaned.encode("utf-8")[:150].decode("utf-8", "ignore").rstrip(" .") or "无标题"


# ---------------------------------------------------------------------------------------------
# Selection


def select(
    repository: Repository, kind: str, selectors: list[str], *, everything: bool, township: str | None
) -> list[str]:
    """The community codes to render: by code or name, or all (of one township)."""
    universe = repository.charters if kind == "charter" else repository.communities
    charter = kind == "charter"
    if township is not None:
        from ..naming import resolve_township

        try:
            township = resolve_township(repository, township)
        except UsageError as error:
            raise UsageError(f"--township {error}") from None
    if everything and selectors:
        raise UsageError(_("既给了代码或名称又给了 --all；请只用其中一种"))
    if not everything and not selectors:
        raise UsageError(
            _("请给出村（社区）的代码或名称，或用 --all 生成全部公约")
            if charter
            else _("请给出村（社区）的代码或名称，或用 --all 生成全部村（社区）事项清单")
        )
    if township is not None and not everything:
        raise UsageError(_("--township 只能与 --all 一起使用"))
    if everything:
        codes = sorted(c for c in universe if township is None or c.startswith(township))
        if not codes:
            if township:
                message = (
                    _("没有可生成的公约（乡镇代码 {township}）；请先运行 civcat validate")
                    if charter
                    else _("没有可生成的村（社区）事项清单（乡镇代码 {township}）；请先运行 civcat validate")
                )
            else:
                message = (
                    _("没有可生成的公约；请先运行 civcat validate")
                    if charter
                    else _("没有可生成的村（社区）事项清单；请先运行 civcat validate")
                )
            raise UsageError(message.format(township=township))
        return codes
    chosen: list[str] = []
    for selector in selectors:
        code = _resolve(repository, kind, universe, selector.strip())
        if code not in chosen:
            chosen.append(code)
    return chosen


def _resolve(repository: Repository, kind: str, universe: dict[str, Document], selector: str) -> str:
    """The code a selector names (civcat.naming, as everywhere) or a charter's exact title; it must have a file to render."""
    from ..naming import resolve_community

    charter = kind == "charter"
    if selector in universe:
        return selector
    if selector.isdigit() and len(selector) == 9 and selector in repository.townships:
        raise UsageError(
            _("{code} 是乡镇（街道）代码；生成一个乡镇的全部文件请用 --all --township {code}").format(code=selector)
        )
    if selector.isdigit() and selector in repository.files_claiming(kind if charter else "community"):
        message = (
            _("{code}：公约未通过格式检查，无法生成；请先运行 civcat validate 并改正")
            if charter
            else _("{code}：村（社区）文件未通过格式检查，无法生成；请先运行 civcat validate 并改正")
        )
        raise UsageError(message.format(code=selector))
    titled = [code for code, doc in universe.items() if charter and doc.model.title == selector]
    code = titled[0] if len(titled) == 1 else resolve_community(repository, selector)
    if code not in universe:  # a community without a charter (the communities are the catalogues' universe)
        raise UsageError(
            _("{name}（{code}）还没有公约；civcat new charter {code} 可从示范文本生成草案").format(
                code=code, name=repository.communities[code].model.name
            )
        )
    return code


# ---------------------------------------------------------------------------------------------
# Shared parts of every context


def _community_part(repository: Repository, code: str, fallback_name: str) -> tuple[dict[str, Any], Document | None]:
    doc = repository.communities.get(code)
    name = doc.model.name if doc is not None else fallback_name
    village = doc.model.type == "village" if doc is not None else not name.endswith("社区")
    kind = "village" if village else "community"
    return {
        "code": code,
        "name": name,
        "type": kind,
        "type_label": COMMUNITY_TYPE_LABELS[kind],
        "committee": f"{name}{COMMITTEE_LABELS[kind]}",
    }, doc


def _place_parts(repository: Repository, code: str) -> tuple[dict[str, Any], dict[str, Any]]:
    township = repository.township_of(code)
    county = repository.county.model if repository.county is not None else None
    return (
        {"code": code[:9], "name": township.name if township else "", "type": township.type if township else ""},
        {
            "code": county.code if county else "",
            "name": county.name if county else "",
            "authority": (county.authority or "") if county else "",
        },
    )


def _origins(*docs: Document | None) -> list[Origin]:
    return [Origin(d.path, d.source.text or "") for d in docs if d is not None]


# ---------------------------------------------------------------------------------------------
# Charters


def prepare_charter(repository: Repository, code: str) -> Prepared:
    doc = repository.charters[code]
    charter = doc.model
    type_label = CHARTER_TYPE_LABELS[charter.type]
    community, community_doc = _community_part(repository, code, charter.title.removesuffix(type_label))
    township, county = _place_parts(repository, code)
    chapters, article_count = _charter_chapters(charter)
    procedure, vote = charter.procedure, charter.vote
    body_label = VOTE_BODY_LABELS.get(
        vote.body if vote and vote.body else "", "村民会议" if charter.type == "village_rules" else "居民会议"
    )
    date = next((d for d in (procedure.published, procedure.voted, procedure.filed) if d), None) if procedure else None
    context = {
        "charter": {
            "title": charter.title,
            "type": charter.type,
            "type_label": type_label,
            "status": charter.status,
            "is_draft": charter.status == "draft",
            "revision": charter.revision,
            "revision_cn": chinese_numeral(charter.revision - 1) if charter.revision and charter.revision > 1 else None,
            "chapters": chapters,
            "article_count": article_count,
            "points": _charter_points(charter),
            "adoption": _charter_adoption(charter, body_label),
            "body_label": body_label,
            "filed_with": charter.filed_with,
        },
        "community": community,
        "township": township,
        "county": county,
    }
    return Prepared(
        "charter", code, charter.title, context, _origins(doc, community_doc, repository.county), date or FALLBACK_DATE
    )


def _charter_chapters(charter: Charter) -> tuple[list[dict[str, Any]], int]:
    """The chapters with their numbers (第一章) and articles numbered through the charter (第一条…), and
    the number of articles."""
    chapters, article_number = [], 0
    for chapter_number, chapter in enumerate(charter.chapters, 1):
        articles = []
        for article in chapter.articles:
            article_number += 1
            articles.append({"number": f"第{chinese_numeral(article_number)}条", "text": article.text or ""})
        chapters.append(
            {
                "number": f"第{chinese_numeral(chapter_number)}章",
                "title": chapter.title,
                "topic": chapter.topic,
                "articles": articles,
            }
        )
    return chapters, article_number


def _charter_points(charter: Charter) -> dict[str, Any] | None:
    """The points scheme (积分管理办法), when the charter has items or a redemption rule."""
    if charter.points is None or not (charter.points.items or charter.points.redemption):
        return None
    return {
        "title": charter.points.title or "积分管理办法",
        "items": [
            {
                "behaviour": item.behaviour,
                "value": item.points,
                "points": f"加{item.points}分" if item.points >= 0 else f"扣{-item.points}分",
            }
            for item in charter.points.items
        ],
        "redemption": charter.points.redemption,
    }


def _charter_adoption(charter: Charter, body_label: str) -> dict[str, Any] | None:
    """How an adopted charter was voted, filed and published; None until there is a vote to print."""
    procedure, vote = charter.procedure, charter.vote
    if not (charter.status == "adopted" and procedure and procedure.voted and vote and vote.present is not None):
        return None
    return {
        "body": body_label,
        "voted": chinese_date(procedure.voted),
        "filed": chinese_date(procedure.filed) if procedure.filed else None,
        "published": chinese_date(procedure.published) if procedure.published else None,
        "filed_with": charter.filed_with,
        "eligible": vote.eligible,
        "present": vote.present,
        "in_favour": vote.in_favour,
        "women_present": vote.women_present,
        "unit": VOTE_UNITS.get(vote.basis or "persons", "人"),
    }


# ---------------------------------------------------------------------------------------------
# Community catalogues


def prepare_catalogue(repository: Repository, code: str) -> Prepared:
    doc = repository.communities[code]
    community_model = doc.model
    community, _community_doc = _community_part(repository, code, community_model.name)
    township, county = _place_parts(repository, code)
    level = repository.triage_level_of(code)
    triage_doc = repository.triage_references.get(level) if level else None
    consultation_doc = repository.consultation_reference

    excluded = {e.id for e in community_model.triage.excluded}
    lead_default = "村“两委”" if community["type"] == "village" else "社区“两委”"
    tiers = _triage_tiers(community_model, triage_doc, excluded, lead_default)
    consultation = community_model.consultation
    ordered = _consultation_categories(community_model, consultation_doc)

    issued = [d.model.issued for d in (triage_doc, consultation_doc) if d is not None and d.model.issued]
    date = max(issued) if issued else None
    title = f"{community['name']}事项清单"
    context = {
        "catalogue": {
            "title": title,
            "heading": f"{community['name']}“三事分流”事项清单",
            "level": level,
            "level_label": {"street": "街道层面", "township": "乡镇层面"}.get(level or "", ""),
            "reference_title": triage_doc.model.title if triage_doc else None,
            "tiers": tiers,
            "excluded_count": len(excluded),
            "consultation": {
                "title": consultation_doc.model.title if consultation_doc else "城乡社区协商事项清单",
                "platforms": list(consultation.platforms) if consultation else [],
                "categories": ordered,
                "item_count": sum(len(c["items"]) for c in ordered),
            },
            "issued": chinese_date(date) if date else None,
        },
        "community": community,
        "township": township,
        "county": county,
    }
    return Prepared(
        "catalogue",
        code,
        title,
        context,
        _origins(doc, triage_doc, consultation_doc, repository.county),
        date or FALLBACK_DATE,
    )


def _triage_tiers(
    community_model: Any, triage_doc: Document | None, excluded: set[str], lead_default: str
) -> list[dict[str, Any]]:
    """The three tiers (大事、小事、私事): the reference items the community keeps, then its own."""
    items = [i for i in (triage_doc.model.items if triage_doc else []) if i.id not in excluded]
    local_ids = {i.id for i in community_model.triage.local}
    items += list(community_model.triage.local)
    tiers = []
    for key, label, caption, who in TIERS:
        entries = [_triage_entry(item, key, item.id in local_ids, lead_default) for item in items if item.tier == key]
        who = who.replace("村（社区）“两委”", lead_default)
        tiers.append({"key": key, "label": label, "caption": caption, "who": who, "items": entries})
    return tiers


def _triage_entry(item: Any, tier: str, local: bool, lead_default: str) -> dict[str, Any]:
    """One item of a tier, with the fields its tier prints."""
    entry = {
        "id": item.id,
        "title": item.title,
        "description": item.description,
        "contact": item.contact,
        "local": local,
    }
    if tier == "major":
        entry.update(handler=item.handler, basis=list(item.basis))
    elif tier == "minor":
        entry.update(lead=item.lead or lead_default, participants=list(item.participants), forms=list(item.forms))
    else:
        entry.update(route=ROUTE_LABELS[item.route])
    return entry


def _consultation_categories(community_model: Any, consultation_doc: Document | None) -> list[dict[str, Any]]:
    """The consultation items by category, in the categories' order: the reference items the community
    keeps, then its own (an own item without a category under 其他)."""
    consultation = community_model.consultation
    consultation_excluded = {e.id for e in consultation.excluded} if consultation else set()
    categories: dict[str, dict[str, Any]] = {}
    if consultation_doc is not None:
        for category in consultation_doc.model.categories:
            categories[category.id] = {
                "id": category.id,
                "title": category.title,
                "items": [
                    {"id": i.id, "title": i.title, "forms": list(i.forms), "local": False}
                    for i in category.items
                    if i.id not in consultation_excluded
                ],
            }
    for item in consultation.local if consultation else []:
        category_id = item.category or "other"
        category = categories.setdefault(
            category_id, {"id": category_id, "items": [], "title": CONSULTATION_CATEGORY_LABELS[category_id]}
        )
        category["items"].append({"id": item.id, "title": item.title, "forms": list(item.forms), "local": True})
    return [categories[c] for c in CONSULTATION_CATEGORY_ORDER if c in categories and categories[c]["items"]]
