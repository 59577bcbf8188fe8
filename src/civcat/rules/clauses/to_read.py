"""The clause analyser's consequences to read: what it could not judge (`civcat review`'s reading list).

On wording it has never seen the analyser misses a share of the unlawful articles (README, "How well
the clause analysis holds"). It cannot say which of its silences are misses, but it can say where an
article imposes *something* on a wrongdoer that it did not recognise as lawful: a consequence clause in
penalty context holding a word of one of the classes that take something away, and no word of the
classes the law leaves a charter. The review lists those articles for a person to read; nothing here is
a finding. Lexicons are word classes, tuned only on bench/data/clause_eval*.yaml and heldout A–D.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import simplified_in_place
from .analysis import _Clause, _in_penalty_context, _measures, _Sentence, sentence_spans
from .measure import Measure
from .patterns import _ASSOCIATION_MEMBER, _HONOURS
from .structure import _CLAUSE_BREAK, _PROHIBITION, _SEMICOLON

_TO_READ_TAKES = re.compile(
    "|".join(
        (
            r"罚|元|金|费|交纳|缴纳|出资|加倍|加收|保证金|押金|违约金",  # money
            r"收回|收缴|没收|扣|归|抵|拉走|牵走|拆除",  # property, land
            r"押|关|锁|游|公布|曝光|张贴|公开|展示|挂|广播|宣读|通报|名单|榜|政审|拍照|照片|录像|姓名",  # liberty, dignity
            r"停水|停电|断水|断电|供水|供电|用水|用电|水电|自来水|电力|电源|燃气|暖气|供暖|网络|断网|接通|拉闸|"
            r"电表|水表|停|断|关闭",  # supply
            r"不予|不给|不准|不得享受|不享受|不再|取消|证明|手续|资格|待遇|分配|补贴|补助|福利|救助|低保|"
            r"缓办|暂缓|拒绝|否决|排在|限制",  # services and welfare
            r"迁出|开除|除名|注销|终止",  # membership
            r"该户|全家|全户|家庭|家属|子女|父母|配偶",  # aimed at the household
        )
    )
)
_TO_READ_LAWFUL = re.compile(
    "|".join(
        (
            r"批评|教育|劝|说服|帮教|帮扶|谈心|思想工作|约谈|提醒|警告|保证书",  # persuasion
            r"责令|限期|改正|整改|恢复|清理|清除|补种|修复",  # putting right
            r"赔偿|赔礼|道歉|承担|退还|如数|实际|修理|维修|工本|成本|追回",  # civil remedy, costs, a deposit returned
            r"报告|报请|移交|移送|交由|依法|依照|按规定|有关部门|部门|法院|公安|机关|执法|派出所|司法所|"
            r"供电所|供水站|电视站|供电公司|供水公司|燃气公司|电力公司",  # the bodies the law empowers
            _HONOURS,
            _ASSOCIATION_MEMBER,  # an association's own membership (取消其会员资格)
            r"五好|评定|扣分|加分|[\d一二两三四五六七八九十百]分",  # honours and points (取消评先评优资格, 扣五分)
            r"奖",  # a reward is no sanction
            r"继续|照常|同等|不受影响|不影响|档案",  # what is kept, and a record of the person's own act
        )
    )
)
# Before a word that takes: a negator or a prohibition (不得以停水方式, 不另行处罚, 不株连其父母) leaves
# nothing taken; a denial written with its own negator (不予办理, 不得享受) still takes.
_TO_READ_NEGATED = re.compile(_PROHIBITION.pattern + r"|不|无|免|未|勿")


def consequences_to_read(text: str, found: Iterable[Measure] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each consequence clause the analyser could not judge, in text order (positions in
    `text` as written; traditional text is read in simplified characters one for one): a clause in penalty
    context (after a condition of wrongdoing, after 违者/否则, or carried past a semicolon) with a word that
    takes something and none the law leaves a charter, outside any prohibition and any measure found.
    Adjacent listed clauses of a sentence are one span. `found`: the text's measures when the caller has
    them (`unlawful_measures(text)`, cached by the legality rules), so the text is not analysed twice."""
    read = simplified_in_place(text)
    found = _measures(read) if found is None else list(found)
    spans: list[tuple[int, int]] = []
    carried = False
    for start, end in sentence_spans(read):
        sent = _Sentence(read, start, end, carried=carried)
        for clause in sent.clauses:
            if _to_read(sent, clause, found):
                begin = max(clause.start, clause.cond_end)
                begin += len(read[begin : clause.end]) - len(read[begin : clause.end].lstrip())
                if spans and _CLAUSE_BREAK.fullmatch(read, spans[-1][1], clause.start):
                    begin = spans[-1][0]  # the clause before was listed too: one quote
                    spans.pop()
                spans.append((begin, len(read[: clause.end].rstrip())))
        carried = _SEMICOLON.match(read, end) is not None and _in_penalty_context(sent, end)
    return spans


def _to_read(sent: _Sentence, clause: _Clause, found: list[Measure]) -> bool:
    text, start = sent.text, max(clause.start, clause.cond_end)
    if start >= clause.end or any(m.start < clause.end and clause.start < m.end for m in found):
        return False  # nothing imposed here, or the analyser judged it
    if _TO_READ_LAWFUL.search(text, start, clause.end) or not _in_penalty_context(sent, start, topic=True):
        return False
    return any(_takes(text, start, clause.end, m) for m in _TO_READ_TAKES.finditer(text, start, clause.end))


def _takes(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    if text[start:end].strip() == m.group():
        return False  # the bearer alone (对不赡养老人的子女，…): no consequence in the clause
    if _TO_READ_NEGATED.search(text, start, m.start()):
        return False
    prohibition = _PROHIBITION.match(text, m.start())
    return prohibition is None or len(prohibition.group()) < len(m.group())
