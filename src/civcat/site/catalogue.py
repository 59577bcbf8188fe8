"""A community's catalogue as HTML tables: the reference items in force (less its exclusions), then its own.

Written here rather than in a template because every community repeats most of the reference's
rows: each reference row is escaped and assembled once per reference level and community type,
then reused (12,000 communities × 100 rows would otherwise be a million template loops).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from ..models.catalogues import ROUTE_LABELS
from ..render.documents import CONSULTATION_CATEGORY_LABELS, CONSULTATION_CATEGORY_ORDER
from .words import Words

TIER_ORDER = ("major", "minor", "private")
ROUTES = ROUTE_LABELS


class CatalogueTables:
    def __init__(self, repository, t: Words, tiers: dict[str, str]):
        self.repository, self.t, self.tiers = repository, t, tiers
        self.rows: dict[tuple, Markup] = {}

    def _row(self, cells: list[str], item_id: str, local: bool) -> Markup:
        badge = f' <span class="badge local">{escape(self.t.local)}</span>' if local else ""
        rest = "".join(f"<td>{escape(c)}</td>" for c in cells)
        return Markup(f'<tr><td class="id">{escape(item_id)}{badge}</td>{rest}</tr>\n')

    def _triage_row(self, item, village: bool, local: bool) -> Markup:
        if item.tier == "major":
            who = item.handler
        elif item.tier == "minor":
            who = item.lead or ("村“两委”" if village else "社区“两委”")
            if item.forms:
                who = self.t.minor_handling.format(lead=who, forms="、".join(item.forms))
        else:
            who = ROUTES[item.route]
        return self._row([item.title, who], item.id, local)

    def _cached(self, key: tuple, build) -> Markup:
        row = self.rows.get(key)
        if row is None:
            row = self.rows[key] = build()
        return row

    def html(self, community) -> Markup:
        model = community.document.model
        village = model.type == "village"
        level = self.repository.triage_level_of(model.code)
        reference = self.repository.triage_references.get(level) if level else None
        excluded = {e.id for e in model.triage.excluded}
        by_tier: dict[str, list[Markup]] = {tier: [] for tier in TIER_ORDER}
        for item in reference.model.items if reference else []:
            if item.id not in excluded:
                by_tier[item.tier].append(
                    self._cached((level, village, item.id), lambda item=item: self._triage_row(item, village, False))
                )
        for item in model.triage.local:
            by_tier[item.tier].append(self._triage_row(item, village, True))
        parts = []
        head = (
            f'<thead><tr><th scope="col">{escape(self.t.item_id)}</th><th scope="col">{escape(self.t.item_title)}</th>'
            f'<th scope="col">{escape(self.t.handled_by)}</th></tr></thead>'
        )
        for tier in TIER_ORDER:
            rows = by_tier[tier]
            heading = self.t.with_count.format(label=self.tiers[tier], count=len(rows))
            parts.append(f'<h3 id="tier-{tier}">{escape(heading)}</h3>\n')
            parts.append(
                f'<div class="scroll"><table>{head}<tbody>\n{"".join(rows)}</tbody></table></div>\n'
                if rows
                else f"<p>{escape(self.t.none)}</p>\n"
            )
        parts.append(self._consultation(model))
        return Markup("".join(parts))

    def _consultation(self, model) -> str:
        reference = self.repository.consultation_reference
        consultation = model.consultation
        excluded = {e.id for e in consultation.excluded} if consultation else set()
        categories: dict[str, tuple[str, list[Markup]]] = {}
        for category in reference.model.categories if reference else []:
            rows = [
                self._cached(
                    ("consultation", item.id),
                    lambda item=item: self._row([item.title, "、".join(item.forms)], item.id, False),
                )
                for item in category.items
                if item.id not in excluded
            ]
            categories[category.id] = (category.title, rows)
        for item in consultation.local if consultation else []:
            category = item.category or "other"
            title, rows = categories.setdefault(category, (CONSULTATION_CATEGORY_LABELS[category], []))
            rows.append(self._row([item.title, "、".join(item.forms)], item.id, True))
        ordered = [categories[c] for c in CONSULTATION_CATEGORY_ORDER if c in categories and categories[c][1]]
        count = sum(len(rows) for _title, rows in ordered)
        heading = self.t.with_count.format(label=self.t.consultation, count=count)
        parts = [f'<h3 id="consultation">{escape(heading)}</h3>\n']
        if consultation and consultation.platforms:
            line = self.t.label_value.format(label=self.t.platforms, value="、".join(consultation.platforms))
            parts.append(f"<p>{escape(line)}</p>\n")
        if ordered:
            parts.append(
                f'<div class="scroll"><table><thead><tr><th scope="col">{escape(self.t.item_id)}</th>'
                f'<th scope="col">{escape(self.t.item_title)}</th><th scope="col">{escape(self.t.forms)}</th>'
                f"</tr></thead>\n"
            )
            for title, rows in ordered:
                parts.append(
                    f'<tbody><tr><th scope="colgroup" colspan="3">{escape(title)}</th></tr>\n{"".join(rows)}</tbody>\n'
                )
            parts.append("</table></div>\n")
        return "".join(parts)


def charter_html(charter: dict, marks: dict[int, list[dict]], t: Words, draft_label: str, root: str) -> Markup:
    """A charter's text, article by article (anchors a1, a2 …), the problem articles marked and explained.

    Assembled here for the reason of the module's docstring: a county holds some 30 articles in each
    of thousands of charters.
    """
    parts = [
        f'<article class="charter">\n<h3>{escape(charter["title"])}'
        f"{'（' + escape(draft_label) + '）' if charter['is_draft'] else ''}</h3>\n"
    ]
    number = 0
    for chapter in charter["chapters"]:
        parts.append(f"<h4>{escape(chapter['number'])} {escape(chapter['title'])}</h4>\n")
        for article in chapter["articles"]:
            number += 1
            problems = marks.get(number, [])
            parts.append(
                f'<div class="article{" problem" if problems else ""}" id="a{number}">\n'
                f"<p><strong>{escape(article['number'])}</strong> {escape(article['text'])}</p>\n"
            )
            if problems:
                parts.append(f'<ul class="explain" aria-label="{escape(t.problem_article)}">\n')
                for f in problems:
                    word = t.errors if f["severity"] == "error" else t.warnings
                    parts.append(
                        f'<li><span class="badge {f["severity"]}">{escape(word)}</span> '
                        f'<a href="{root}rules/{escape(f["code"])}.html">{escape(f["code"])}</a> '
                        f"{escape(f['message'])}</li>\n"
                    )
                parts.append("</ul>\n")
            parts.append("</div>\n")
    points = charter["points"]
    if points:
        rows = "".join(
            f'<tr><td>{escape(i["behaviour"])}</td><td class="n">{i["value"]}</td></tr>' for i in points["items"]
        )
        parts.append(
            f'<h4>{escape(points["title"])}</h4>\n<div class="scroll"><table><thead><tr>'
            f'<th scope="col">{escape(t.item_title)}</th><th scope="col">{escape(t.count)}</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>\n"
        )
        if points["redemption"]:
            parts.append(f"<p>{escape(points['redemption'])}</p>\n")
    parts.append("</article>\n")
    return Markup("".join(parts))
