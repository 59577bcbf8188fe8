"""Counts of the repository, taken from the files (never typed in): the figures the seed publishes."""

from __future__ import annotations

from collections import Counter

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


LABELS = {
    "townships": ("乡镇（街道）", {"street": "街道", "town": "镇", "township": "乡"}),
    "communities": ("村和社区", {"village": "村", "community": "社区"}),
    "consultation": ("协商事项清单", {"categories": "类别", "items": "事项"}),
    "autonomy": ("三张清单", {"self_governance": "依法自治事项", "assist_government": "协助政府工作事项", "negative": "工作负面事项"}),
    "charters": ("村规民约、居民公约", {"adopted": "已通过", "draft": "草案"}),
}
TRIAGE_LEVELS = {"street": "街道层面参考事项", "township": "乡镇层面参考事项"}
TIERS = {"major": "大事", "minor": "小事", "private": "私事"}
