"""Clause analysis behind the legality rules CV601–CV608: which measures does a charter article impose?

A village charter (村规民约) or residents' convention (居民公约) may bind its members, but it may not
take what only the law can give (村民委员会组织法 Art. 27; 重庆市实施办法 Art. 9): fines and
confiscation are administrative penalties (行政处罚法 Art. 9–16), cutting water or power is a
coercive measure even an authority may not use (行政强制法 Art. 43), membership and land rights are
protected (农村土地承包法 Art. 27, 31; 农村集体经济组织法 Art. 17–18), and married-out, divorced or
widowed women, their children and uxorilocal husbands keep equal rights (妇女权益保障法 2022
Art. 55–56). This module reads one article's text and returns the measures it *imposes*.

Approach
--------
Meaning is built from parts rather than looked up as single words:

1. **Candidates.** Each measure is a family of pre-compiled patterns made of an action set
   (罚, 处以, 交纳, 扣除, 停发, 取消, 不予, 停止, 断, 收回, 没收 …), an optional pronoun naming the
   sanctioned person (其, 该户, 违者, 当事人), a short gap without punctuation, and an object set
   (水, 电, 低保, 补贴, 证明, 承包地, 分红 …) or an amount (处200元, 五十元至一百元, 1000元以下,
   双倍). Every candidate carries flags that say which of the checks below apply to it.
2. **Segmentation.** The text is split into sentences on 。；;！!？? and line breaks, and each
   sentence into sub-clauses on ，,：:. A sub-clause that ends in 的/者, or ends in 的 + a person
   noun (…的村民，), is a *condition*; inside a sub-clause an opener (对/凡/如/若 …) up to its first
   的/者, or any text up to a nominal 者 (违者, 乱砍滥伐者), is a condition prefix. A measure
   written inside a condition is not imposed (因施工需要停水的，提前通知; 对被取消低保的…).
3. **Prohibition scope.** A prohibition word (不得, 严禁, 禁止, 不准, 杜绝, 无权, 不以, 不搞 …, or a
   bare 不 right before the action) earlier in the same sub-clause, after any condition or
   consequence marker (违者, 否则), negates the measure: 不得罚款; 严禁以停水停电代替教育;
   村民委员会不得以任何理由扣发补贴; 禁止非法拘禁. Denials are themselves built on negators
   (不得享受, 不予办理, 不准在本村居住): their negator is part of the pattern, so only a
   prohibition *before* it negates them (任何人不得以…为由不予办理). A prohibition of an *act*
   followed straight by a fixed sanction (禁止焚烧秸秆罚款200元, 严禁乱倒垃圾罚款50元) is read as
   "the act is forbidden, the sanction applies": what stands between the prohibition and a sanction
   with an amount is a phrase of its own, not only a manner (严禁擅自罚款200元), a target or means
   (禁止对村民罚款200元, 不得以任何理由…) — those forbid the sanction itself. Without an amount
   (禁止焚烧秸秆罚款) the reading stays a prohibition of the fine. A prohibition naming whom it
   protects (禁止对焚烧秸秆者罚款) is not split into a condition at its 者.
4. **Penalty context.** Words that are lawful in everyday use only count when the clause is a
   consequence of wrongdoing: a preceding condition containing a wrongdoing marker (不, 未, 拒,
   违, 乱, 私, 偷, 损 …), a consequence marker (违者, 否则, 违反, 屡教不改, 情节严重 …), or a pronoun
   governed by the action (停止其供水, 暂停为其办理). This is what separates 按时交纳水费电费 and
   遇停水停电及时报修 from 对拒不缴纳的，停止供水. A collective bearer (一户不交，全组停水) counts
   only after a wrongdoing (每年全村停电检修一次 is maintenance). Taking or redeeming a thing also
   counts when the thing is described by its wrongdoing (散放的牛羊由村委会牵走看管). Some measures
   need the wrongdoing itself, a pronoun not being enough (家长不让其外出玩水 is care; 对闹事者，
   不准其外出 is not). Measures that are punitive in themselves (罚款, 没收, 扣押, 游街示众, 曝光,
   开除村籍, 取消低保, 收回承包地, 限制其外出, 绑送村委会) need no context.
5. **Deferral.** A measure that the clause hands to a state organ (由公安机关, 移交林业部门,
   人民政府, 《森林法》, 判处) is not imposed by the charter. A bare 依法/依照有关规定 right before a
   fine, confiscation or detention defers too, unless the charter fixes the amount itself
   (依法处以罚款 is a referral; 依法罚款500元 is the charter's own fine).
6. **Women and households.** CV607 pairs a women's-status target (外嫁女, 出嫁女, 离婚/丧偶妇女,
   入赘/上门女婿, 纯女户 …, with 及其子女) with a later denial in the same sentence: a negated
   entitlement (不得享受, 不享有, 不予分配), a deprivation (收回, 取消, 停发), a reduction (只能享受
   一半, 少发, 分红少于…) or a demand to move the 户口 out; a loss written before her, her right named right after
   her (方案排除了几名外嫁女分配的权利), is the same finding. A negated deprivation (不得收回其原承包地) protects and is
   no denial; a target under a prohibition (不得以妇女出嫁为由…) is no target. Marriage in any
   direction is the status (外嫁, 农嫁非, 嫁给城镇居民, 嫁入本村), and inheritance is an entitlement
   (已出嫁的女儿不得继承父母的宅基地). CV608 pairs a collective target in the consequence (全家, 全户,
   其家庭成员, 其家属, 其子女, 其父母, 其家长, 全组, 全村) with a measure after it or a deprivation
   that names it (取消其子女入学推荐资格, 取消其父母的低保), or names 株连/连坐 itself; 全村 as the
   audience or place (在全村大会上, 全村通报) is no target. It also pairs a condition whose doer is a
   household member (家庭成员中有…的; 学生/未成年人/子女违反…的) with a measure on the household
   (该户, 其家庭, 其父母, 其家长): for a minor any household word is another's; for 子女/儿子/女儿 the words
   for others count, and the bearer reading also takes 其家庭 (子女不赡养父母的，取消其家庭的优惠待遇 is CV608,
   docs/clause-codes.md: 子女…的). When either fires, the CV602/CV605/CV606 measures
   after the target in that sentence are folded into it (the discrimination or collective
   punishment is the finding); any other measure lying inside the CV608 finding (全组停水, a fine the clan
   pays) is the collective punishment too, while a measure on the actor himself keeps its code.
7. **One per code per sentence**, the earliest, with its evidence pointing at the measure phrase
   (for CV607/CV608: from the target, or the deprivation that names it, to the end of the denial).

Speed: Python's ``re`` tries every alternative at every position, so each pattern also names key
characters (every match contains one character of each key set: 罚, 元/块, 倍, the supply or welfare
objects …). An article or sentence runs only the patterns whose keys it contains, and clause
structure is worked out only once a candidate needs it; most articles are dismissed by a few set
intersections. ``tests/test_clauses.py`` checks that no match escapes its keys. A rejected match is
searched again from its next character, not after it, so a longer rejected match cannot hide a
measure inside it (扣除其家长积分并取消其家庭低保: the points deduction is rejected, the 低保 is not).

Modules
-------
One article goes through the package in this order (at run time each module imports only those above it):

- `measure.py`: `Measure`, what is returned;
- `vocabulary.py`: word classes (amounts, pronouns, objects of measures);
- `structure.py`: sentence and clause breaks, conditions, consequences, prohibition, wrongdoing, and the
  lawful look-alikes (civil damages, dues, deposits) a sanction is told apart from;
- `patterns.py`: the measure patterns and their key characters;
- `targets.py`: CV607 and CV608 targets (women's marriage, households and groups);
- `analysis.py`: the reading of one article, `unlawful_measures`;
- `to_read.py`: `consequences_to_read`, the review's reading list;
- `learned.py`: the learned complement, run after the rules by this module's `analyse` (the package's
  entry point, exported as `unlawful_measures`; `rule_measures` is the rules alone): a model of wording whose findings are marked
  `inferred` (docs/clause-analyser-decisions.md, "The learned complement").

Decisions
---------
Which wording gets which code, and why, is in docs/clause-analyser-decisions.md, by topic (reading an
article, negation, penalty context, what is not a finding, one section per code, which code wins). The
contract those decisions implement is docs/clause-codes.md. A change to the analyser updates the topic
it touches there.

The analyser reads one article at a time and is pure: no I/O, no state (but for the learned complement's
weights, read from the package once).
"""

from __future__ import annotations

from .analysis import consequence_span, sentence_spans
from .analysis import unlawful_measures as rule_measures
from .learned import learned_measures
from .measure import Measure
from .to_read import consequences_to_read

__all__ = ["Measure", "analyse", "consequence_span", "consequences_to_read", "rule_measures", "sentence_spans"]


def analyse(text: str) -> list[Measure]:
    """Measures this article text imposes that the law does not allow a charter to impose, in text order: the
    rules' findings (analysis.unlawful_measures), then what the learned complement adds where the rules gave none
    (learned.py; each marked `inferred`, a suggestion for a person to check). The package exports it as
    `unlawful_measures`, the analyser's entry point (one name for one definition: analysis.py has the rules')."""
    found = rule_measures(text)
    more = learned_measures(text, found)
    return sorted([*found, *more], key=lambda m: m.start) if more else found
