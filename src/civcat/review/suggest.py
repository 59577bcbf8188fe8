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

import re

from ..rules.clauses import Measure, consequence_span, sentence_spans
from ..rules.legality import measures_of  # the analysis cached by text, as the rules ran it

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
_ONLY_BREAKS = re.compile(r"[，,、\s]*")  # between two sub-clauses of one run
_MAX_ROUNDS = 4


def suggest(text: str, *, village: bool = True, points: bool = False, codes: set[str] | None = None) -> str | None:
    """The article rewritten without its unlawful measures (of `codes`, default all), or None when
    nothing needs changing."""
    committee = "村民委员会" if village else "居民委员会"
    changed = text
    for _round in range(_MAX_ROUNDS):
        # the learned complement's readings (inferred) are for a person to check: no automatic rewording
        measures = [m for m in measures_of(changed) if (codes is None or m.code in codes) and not m.inferred]
        if not measures:
            break
        changed = _rewrite(changed, measures, committee, points)
    return _full_width(changed) if changed != text else None


def _full_width(text: str) -> str:
    """Half-width punctuation pasted into the Chinese text (`, ; .`, CV702) in full width, without the
    spaces around it: the suggested wording is what the village may copy as it stands."""
    from ..rules.text import FULL_WIDTH_PUNCTUATION, ascii_punctuation

    chars = list(text)
    for index in ascii_punctuation(text):
        chars[index] = FULL_WIDTH_PUNCTUATION[text[index]]
        for side in (index - 1, index + 1):
            if 0 <= side < len(text) and text[side] == " ":
                chars[side] = ""
    return "".join(chars)


def _wording(code: str, committee: str, points: bool) -> str:
    template = POINTS_WORDING if points and code == "CV601" else LAWFUL_WORDING[code]
    return template.format(committee=committee)


def _combined(codes: set[str], committee: str, points: bool, compensated: bool) -> str:
    """One lawful wording for the measures of one run of sub-clauses under one condition (罚款50元，并取消
    当年低保资格): the committee's measures once, then what is referred elsewhere, each said once."""
    if len(codes) == 1 and not compensated:
        return _wording(next(iter(codes)), committee, points)
    if codes == {"CV604"}:
        return LAWFUL_WORDING["CV604"]
    acts = "批评教育、责令改正" if codes & {"CV601", "CV602", "CV605", "CV606", "CV608"} else "批评教育"
    head = f"由{committee}{'对行为人本人' if 'CV608' in codes else ''}{acts}"
    if points and "CV601" in codes:
        head += "，并按积分管理办法扣减积分"
    if "CV605" in codes:
        head += "，并可取消其当年评先评优资格"
    tail = []
    if codes & {"CV601", "CV602"} and not compensated:
        tail.append("造成损失的，依法赔偿实际损失")
    if "CV603" in codes:
        tail.append("涉嫌违法的，报请公安机关依法处理")
    elif "CV606" in codes:
        tail.append("涉嫌违法的，报请有关部门依法处理")
    elif "CV604" in codes:
        tail.append("必要时报请有关部门依法处理")
    return "；".join([head, *tail])


def _runs(text: str, measures: list[Measure], start: int, end: int) -> list[list[tuple[Measure, int, int, int]]]:
    """The measures of one sentence grouped by run: sub-clauses that follow each other with only a comma
    between them share the condition before the first (乱倒垃圾的，罚款50元，并取消当年低保资格)."""
    runs: list[list[tuple[Measure, int, int, int]]] = []
    for measure in sorted((m for m in measures if start <= m.start < end), key=lambda m: m.start):
        clause_start, scope, clause_end = consequence_span(text, measure.start)
        if runs:
            last = runs[-1][-1]
            if clause_start < last[3]:
                runs[-1].append((measure, *last[1:]))  # the same sub-clause: one rewrite
                continue
            if scope == clause_start and _ONLY_BREAKS.fullmatch(text, last[3], clause_start):
                runs[-1].append((measure, clause_start, scope, clause_end))
                continue
        runs.append([(measure, clause_start, scope, clause_end)])
    return runs


def _rewrite(text: str, measures: list[Measure], committee: str, points: bool) -> str:
    """One pass: the sentences against women replaced whole, each run of sub-clauses with measures
    rewritten once, keeping its condition."""
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
        for run in _runs(text, inside, start, end):
            _first, clause_start, scope, _end = run[0]
            clause_end = run[-1][3]
            # compensation the sentence already asks for (违者除赔偿损失外，另处罚款) is not asked again
            outside = text[start:clause_start] + text[clause_end:end]
            wording = _combined({m.code for m, *_rest in run}, committee, points, "赔偿" in outside)
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
