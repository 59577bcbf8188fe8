"""Counts of the repository, taken from the files (never typed in): the figures the seed publishes."""

from __future__ import annotations

from collections import Counter

from .i18n import N_
from .models.catalogues import COMMUNITY_TYPE_LABELS, TIER_LABELS, TOWNSHIP_TYPE_LABELS
from .models.charters import STATUS_LABELS
from .repository import Repository


def repository_stats(repository: Repository) -> dict:
    county = repository.county
    townships = Counter(t.type for t in county.model.townships) if county else Counter()
    communities = Counter(d.model.type for d in repository.of_kind("community"))
    triage = {}
    for level in ("street", "township"):
        doc = repository.triage_references.get(level)
        tiers = Counter(item.tier for item in doc.model.items) if doc else Counter()
        triage[level] = {tier: tiers.get(tier, 0) for tier in ("major", "minor", "private")}
    consultation = repository.consultation_reference
    autonomy = repository.autonomy_reference
    charters = Counter(d.model.status for d in repository.of_kind("charter"))
    return {
        "townships": {t: townships.get(t, 0) for t in ("street", "town", "township")},
        "communities": {t: communities.get(t, 0) for t in ("village", "community")},
        "triage": triage,
        "consultation": {
            "categories": len(consultation.model.categories) if consultation else 0,
            "items": sum(len(c.items) for c in consultation.model.categories) if consultation else 0,
        },
        "autonomy": {
            name: len(getattr(autonomy.model, name)) if autonomy else 0
            for name in ("self_governance", "assist_government", "negative")
        },
        "charters": {status: charters.get(status, 0) for status in ("adopted", "draft")},
    }


#: Labels of the figures, shown by `civcat stats` (which translates them); the JSON keeps the keys.
LABELS = {
    "townships": (N_("乡镇（街道）"), TOWNSHIP_TYPE_LABELS),
    "communities": (N_("村和社区"), COMMUNITY_TYPE_LABELS),
    "consultation": (N_("协商事项清单"), {"categories": N_("类别"), "items": N_("事项")}),
    "autonomy": (
        N_("三张清单"),
        {
            "self_governance": N_("依法自治事项"),
            "assist_government": N_("协助政府工作事项"),
            "negative": N_("工作负面事项"),
        },
    ),
    "charters": (N_("村规民约、居民公约"), STATUS_LABELS),
}
TRIAGE_LEVELS = {"street": N_("街道层面参考事项"), "township": N_("乡镇层面参考事项")}
TIERS = TIER_LABELS


#: The columns of `civcat stats --by township`, in order: the JSON's and the CSV's keys, and their labels.
TOWNSHIP_COLUMNS = {
    "code": N_("代码"),
    "name": N_("名称"),
    "type": N_("类型"),
    "villages": N_("村"),
    "communities": N_("社区"),
    "charters_adopted": N_("公约已通过"),
    "charters_draft": N_("公约草案"),
    "charters_missing": N_("没有公约"),
    "excluded": N_("排除的参考事项"),
    "local": N_("本地新增事项"),
}
TOWNSHIP_TYPES = TOWNSHIP_TYPE_LABELS


def township_stats(repository: Repository) -> list[dict]:
    """One row of counts per township of county.yaml (in code order), then communities under no
    township of county.yaml by their first nine digits; `total` is the county's sums (see `township_total`)."""
    rows: dict[str, dict] = {}
    for code, township in sorted(repository.townships.items()):
        rows[code] = _township_row(code, township.name, township.type)
    for code, doc in sorted(repository.communities.items()):
        row = rows.setdefault(code[:9], _township_row(code[:9], "", ""))
        model = doc.model
        row["villages" if model.type == "village" else "communities"] += 1
        charter = repository.charters.get(code)
        row[f"charters_{charter.model.status}" if charter is not None else "charters_missing"] += 1
        consultation = model.consultation
        row["excluded"] += len(model.triage.excluded) + (len(consultation.excluded) if consultation else 0)
        row["local"] += len(model.triage.local) + (len(consultation.local) if consultation else 0)
    return list(rows.values())


def township_total(rows: list[dict]) -> dict:
    counted = [key for key in TOWNSHIP_COLUMNS if key not in ("code", "name", "type")]
    return {key: sum(row[key] for row in rows) for key in counted}


def _township_row(code: str, name: str, kind: str) -> dict:
    return {
        "code": code,
        "name": name,
        "type": kind,
        "villages": 0,
        "communities": 0,
        "charters_adopted": 0,
        "charters_draft": 0,
        "charters_missing": 0,
        "excluded": 0,
        "local": 0,
    }
