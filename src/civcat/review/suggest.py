"""Suggested lawful wording for an article the clause analyser flags (the review opinion's 建议修改为).

The suggestion keeps the article and replaces only what is unlawful: in each sentence, the
sub-clause that imposes a measure keeps its condition (违者, 对…的) and gets the autonomous measure
the 2018 guidance and the model charters use instead — a fine, a seizure or a withheld service
becomes 批评教育、责令改正 and, where loss was caused, 赔偿实际损失 (or 扣减积分 in a charter with a
points scheme); cutting water and power becomes 报请有关部门依法处理; a sentence against married-out,
divorced or widowed women or uxorilocal husbands becomes the equal-rights wording. A suggestion is
text for the township and the village to read: nothing here writes a file.
"""

from __future__ import annotations

from ..rules.clauses import Measure, consequence_span, sentence_spans, unlawful_measures

#: What replaces a measure of each code; {committee} is 村民委员会 or 居民委员会.
LAWFUL_WORDING = {
    "CV601": "由{committee}批评教育、责令改正；造成损失的，依法赔偿实际损失",
    "CV602": "由{committee}批评教育、责令改正；造成损失的，依法赔偿实际损失",
    "CV603": "由{committee}批评教育；涉嫌违法的，报请公安机关依法处理",
    "CV604": "报请有关部门依法处理",
    "CV605": "由{committee}批评教育、责令改正，并可取消其当年评先评优资格",
    "CV606": "由{committee}批评教育、责令改正；涉嫌违法的，报请有关部门依法处理",
    "CV608": "由{committee}对行为人本人批评教育、责令改正",
}
#: In a charter with a points scheme a fine becomes a points deduction.
POINTS_WORDING = "由{committee}批评教育、责令改正，并按积分管理办法扣减积分；造成损失的，依法赔偿实际损失"
#: The equal-rights wording of the model charter, for a sentence against women or uxorilocal husbands.
EQUAL_RIGHTS = (
    "妇女结婚、离婚、丧偶，未在新居住地取得承包地和集体经济组织成员身份的，与本村村民平等享有土地承包经营、"
    "集体收益分配、征地补偿安置和宅基地使用等权益；因结婚到女方落户的男方及其子女，享有与本村村民平等的权益"
)
_CONJUNCTIONS = ("并且", "并", "同时", "还要", "另")
_MAX_ROUNDS = 4


def suggest(text: str, *, village: bool = True, points: bool = False, codes: set[str] | None = None) -> str | None:
    """The article rewritten without its unlawful measures (of `codes`, default all), or None when
    nothing needs changing."""
    committee = "村民委员会" if village else "居民委员会"
    changed = text
    for _round in range(_MAX_ROUNDS):
        measures = [m for m in unlawful_measures(changed) if codes is None or m.code in codes]
        if not measures:
            break
        changed = _rewrite(changed, measures, committee, points)
    return changed if changed != text else None


def _wording(code: str, committee: str, points: bool) -> str:
    template = POINTS_WORDING if points and code == "CV601" else LAWFUL_WORDING[code]
    return template.format(committee=committee)


def _rewrite(text: str, measures: list[Measure], committee: str, points: bool) -> str:
    """One pass: the sentences against women replaced whole, each other measure's sub-clause rewritten."""
    edits: dict[tuple[int, int], str] = {}
    equal_rights = EQUAL_RIGHTS in text
    for start, end in sentence_spans(text):
        inside = [m for m in measures if start <= m.start < end]
        if any(m.code == "CV607" for m in inside):
            # the equal-rights wording once an article; a second such sentence goes, with the break before it
            edits[(start, end) if not equal_rights else (max(start - 1, 0), end)] = "" if equal_rights else EQUAL_RIGHTS
            equal_rights = True
            continue
        used: set[str] = set()
        for measure in sorted(inside, key=lambda m: m.start):
            clause_start, scope, clause_end = consequence_span(text, measure.start)
            if any(a <= clause_start < b for a, b in edits):
                continue  # this sub-clause is already rewritten (two measures in one sub-clause)
            wording = _wording(measure.code, committee, points)
            if wording in used:
                edits[_with_separator(text, clause_start, clause_end, start)] = ""
                continue
            used.add(wording)
            consequence = text[scope:clause_end].lstrip()
            conjunction = next((c for c in _CONJUNCTIONS if consequence.startswith(c)), "")
            edits[(clause_start, clause_end)] = text[clause_start:scope] + conjunction + wording
    for (start, end), replacement in sorted(edits.items(), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _with_separator(text: str, start: int, end: int, sentence_start: int) -> tuple[int, int]:
    """A sub-clause to delete, with the comma before it (or after it, when it opens the sentence)."""
    if start > sentence_start:
        return start - 1, end
    return start, min(end + 1, len(text))
