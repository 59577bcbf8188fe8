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
        "autonomy": {name: len(getattr(autonomy.model, name)) if autonomy else 0
                     for name in ("self_governance", "assist_government", "negative")},
        "charters": {status: charters.get(status, 0) for status in ("adopted", "draft")},
    }


#: Labels of the figures, shown by `civcat stats` (which translates them); the JSON keeps the keys.
LABELS = {
    "townships": (N_("乡镇（街道）"), TOWNSHIP_TYPE_LABELS),
    "communities": (N_("村和社区"), COMMUNITY_TYPE_LABELS),
    "consultation": (N_("协商事项清单"), {"categories": N_("类别"), "items": N_("事项")}),
    "autonomy": (N_("三张清单"), {"self_governance": N_("依法自治事项"), "assist_government": N_("协助政府工作事项"),
                              "negative": N_("工作负面事项")}),
    "charters": (N_("村规民约、居民公约"), STATUS_LABELS),
}
TRIAGE_LEVELS = {"street": N_("街道层面参考事项"), "township": N_("乡镇层面参考事项")}
TIERS = TIER_LABELS
