"""The clause analyser's consequences to read: what it could not judge (`civcat review`'s reading list).

On wording it has never seen the analyser misses a share of the unlawful articles (README, "How well
the clause analysis holds"); on real text most of those misses are measures it did not recognise at all.
It cannot say which of its silences are misses, but it can say where an article imposes *something* that
it did not recognise as lawful. A consequence clause is listed when it holds no word of the classes the
law leaves a charter and one of these readings holds (docs/clause-analyser-decisions.md, "The reading
list"):

1. in penalty context as the analyser reads it, or after a wrong told in a clause of its own without 的,
   or in a rule told in a report, a word of one of the classes that take something away;
2. after any other condition, a word that is a sanction in itself (扑杀, 收归集体, 交一百元, 辞退);
3. in a sentence naming a status a distribution rule may treat apart (married out or in, divorced,
   a husband married in, a birth outside the plan), a share withheld or limited (只分, 不分, 调整出去);
4. a rating's or an inspection's results shown on a public medium (评比结果在公开栏公布), whatever the condition;
5. by structure, whatever the words: in a reading of 1, an imposition by its form (由村治保会将犬只带走, 将其…,
   让他…, 予以…, 一律…, 当场…, 不准再…, 须…); after a wrong the sentence's own condition names (凡…的, …者, 违者)
   or a condition in a reported rule, any consequence told that is not one of talk, referral, mediation, a
   notice's contents or an association's affairs (挑一担桃子送到每户门口); and a sanctions table's cell of
   sanctions (违规情形 | 处理方式), whatever it holds. Since the fourteenth session a wrong is also named without a
   condition of 的: by a breach marker at the clause's head (如违公罚), a connective after a duty left undone
   (不交…，就不给盖章), the doer's thing named by his wrong (未办理登记的犬只，一律…) or the wrong found out (…，查出…);
6. whatever the lawful words: damages by a multiple, a share or a fixed sum (赔偿三倍的损失, 赔给对方八百元) after a
   wrong, and a penalty shared with the doer by others (与犯禁之人一体同罚, 连坐).

A benefit got by fraud or no longer due taken back (骗取低保的，取消其低保待遇), a supply stopped by the law's
procedure (按程序, 催告, 通知后), a court's order, the act stopped (制止) and a sentence telling the rule done away
with (已被删除, 撤销了) are never listed; nor, since the thirteenth session, a duty (须, 必须) where no wrong is named
(外出时必须戴口罩), a judgement (是对…的侵占), a bare bearer (对邻里和睦的村民，…), the act a prohibition forbids (严禁未满
十八岁者进入网吧), the measures of a state organ named as actor earlier in the sentence (由公安机关暂扣…；屡犯的，没收…)
and liability the law defines (追究…责任); nor, since the fourteenth, a statute's measure (按《…法》规定…, its
article quoted), a wrong fought or talked about (破除攀比之风, 指出了…的危害), a sentence opened by a duty with no
wrong named, a service given (及时出具证明), an honour, a loan or a fraud's gain taken back by a clause with no
object of its own (查实后立即撤下), an officer replaced (另选), an unnamed penalty the article grades in lawful words
and a deposit answering for damage (扣除相应押金).

The review lists those articles for a person to read; nothing here is a finding. Lexicons are word
classes, tuned on bench/data/clause_eval*.yaml, the held-out and twin sets opened so far and the opened
real audits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import simplified_in_place
from .analysis import (
    _AUTHORITY_AGENT,
    _RETURN_VERB,
    _Clause,
    _in_penalty_context,
    _measures,
    _Sentence,
    opens_before,
    sentence_spans,
    table_lines,
)
from .measure import Measure
from .patterns import _ASSOCIATION_MEMBER, _HONOURS
from .structure import (
    _CLAUSE_BREAK,
    _CONSEQUENCE,
    _CONSEQUENCE_RESET,
    _DUTY_UNDONE,
    _ELIGIBILITY,
    _FOUND_OUT_VERB,
    _PROHIBITION,
    _SEMICOLON,
    _WRONGDOING,
)
from .vocabulary import _lazy

# Words of taking the first lexicons lacked, each a class a village writes its measures in. Sanctions in
# themselves, read after any condition (发现放出院外的，当场扑杀): money paid or collected by another verb
# (交一百元, 出五百元, 缴了三百元, 两/斤 of silver or grain), a thing put to the village's use (收归集体, 充作基金,
# 入公仓, 挂账, 压着不发), an animal destroyed or a thing locked (扑杀, 打死, 见一条打一条, 用链锁锁住), labour
# and shaming (义务植树, 敲锣, 绕村一周, 喊寨, 打平伙), a post or supply taken (辞退, 停送), a service refused
# (谢绝参加, 不给盖), a share withheld (停分, 停发, 无份, 革除).
_SANCTION = (
    r"[交缴出拿]了?(?!纳)[^，,。；;押租保费]{0,6}?(?:[\d一二两三四五六七八九十百千万]+\s*(?:元|块|两|斤|头|只|桌)(?![^，,。；;]{0,4}费)|稻谷|粮|猪|牛|羊|酒)|"
    r"收归|充作|充公|入[^，,。；;]{0,4}公仓|挂账|压着|压著|"
    r"扑杀|打死|打杀|宰杀|打一|杀一|链锁|锁住|"
    r"义务(?:劳动|植树|工|出工)|敲锣|铜锣|绕村|沿寨|游村|喊寨|打平伙|"
    r"辞退|停送|谢绝|不给|停分|停发|无份|没份|革除"
)
# Read only where the analyser sees a penalty: words that name a measure only as a consequence of a wrong
# (收取调节费, 计收, 打扫一个月, 佩戴袖标, 宴请, 不推荐, 不上报, 不为其办理, 不安排, 盖章, 亲属代偿, 不分, 只分).
_AFTER_WRONG = (
    r"收取|计收|存入|打扫|清扫|佩戴|袖标|宴请|酒席|推荐|盖章|不为其|不为该|不安排|"
    r"亲属|直系|父兄|代偿|同受|家法|不分|不发|不入|排除|只分|调整出去"
)
# The form of an imposition, whatever its words (a reading of structure, not of word classes): a body of the village
# doing something to the doer's person or things (由村治保会将犬只带走), the doer made to do or suffer something
# (将其…, 让他…, 令其…, 须在一周内清退), a measure laid on all or at once (予以…, 一律…, 当场…) or a denial going
# forward (不再…, 不准再…). Read only after a wrong (penalty context, a wrong told without 的, a rule reported, a
# sanctions table's row), and like the words that take, never with a word the law leaves a charter.
_IMPOSED = (
    r"由[^，,。；;]{1,14}?(?:将|把)|"
    r"(?:将|把|让|令|叫|要|责令|勒令|逼)(?:其|他|她|人|他们|她们|该户|该人|此人|本人|当事人|事主|户主)|"
    r"予以|一律|一概|统统|当场|立即|即行|强行|强制|"
    r"不(?:准|得|许|能|可)?再|(?<![应当])须|必须"
)
_IMPOSITIONS = _lazy(_IMPOSED)
# A statute's title: a law or regulations (《计划生育法》, 《森林防火条例》), or rules a state level made (《山东省实施
# 〈森林防火条例〉办法》); not a village's own rules under a title (《村规民约》, 该大队《土地承包办法》)
_STATUTE = (
    r"《(?![^》]{0,40}?(?:村|组|社|大队|寨|族|民约|公约|规约|章程|约定))"
    r"(?:[^》]{0,40}?(?:(?<!办)法|条例)|[^》]{0,40}?(?:国家|国务院|中华人民共和国|省|自治区|实施)[^》]{0,30}?(?:办法|规定|细则))》"
)
_TO_READ_TAKES = _lazy(
    "|".join(
        (
            r"罚|元|金|(?<!浪)费|交纳|缴纳|出资|加倍|加收|保证金|押金|违约金",  # money (浪费 is a wrong)
            r"收回|收缴|没收|扣|归|抵|拉走|牵走|拆除",  # property, land
            r"押|(?<![有相机海无攸开])关(?![于系心爱注怀联键照切])|锁|游|公布|曝光|张贴|公开|展示|挂|广播|宣读|通报|名单|榜|政审|拍照|照片|录像|姓名",  # liberty, dignity
            r"停水|停电|断水|断电|供水|供电|用水|用电|水电|自来水|电力|电源|燃气|暖气|供暖|网络|断网|接通|拉闸|"
            r"电表|水表|停|断|关闭",  # supply
            r"不予|不给|不准|不得享受|不享受|不再|取消|证明|手续|资格|待遇|分配|补贴|补助|福利|救助|低保|"
            r"缓办|暂缓|拒绝|否决|排在|限制",  # services and welfare
            r"迁出|开除|除名|注销|终止",  # membership
            r"该户|全家|全户|家庭|家属|子女|父母|配偶",  # aimed at the household
            _SANCTION,
            _AFTER_WRONG,
        )
    )
)
_SANCTIONS = _lazy(_SANCTION)
_TO_READ_LAWFUL = _lazy(
    "|".join(
        (
            r"批评|教育(?!基金|保证金|费)|劝|说服|帮教|帮扶|谈心|思想工作|约谈|提醒|警告|保证书",  # persuasion
            r"责令|限期|改正|整改|恢复|清理|清除|补种|修复(?!费)|修复费用|修缮|修葺|补交|补缴|遮挡|打码|(?<!不)同意|统一管理",  # putting right
            r"赔偿|赔礼|道歉|承担|退还|如数|实际|修理|维修|工本|成本|追回",  # civil remedy, costs, a deposit returned
            r"报告|报请|移交|移送|交由|依法|依照|按规定|有关部门|部门|法院|公安|机关|执法|派出所|司法所|"
            r"供电所|供水站|电视站|供电公司|供水公司|燃气公司|电力公司|法律|法规|(?<!优惠)(?<!惠民)(?<!扶持)政策|章程|合同|协议|租赁|每吨|每度|每立方",  # the bodies the law empowers
            # a statute named in the clause (按《计生法》规定的标准收…): the state's measure, not the charter's; a matter
            # sent up to a magistrate in the old words (送上惩处, 送官)
            _STATUTE + r"|送(?:上|官|县|衙)|县主|县官|官府|衙门",
            _HONOURS,
            _ASSOCIATION_MEMBER,  # an association's own membership (取消其会员资格)
            r"五好|评定|扣分|加分|[\d一二两三四五六七八九十百]\s*分",  # honours and points (取消评先评优资格, 扣五分)
            r"奖(?!补|学金|助学金)",  # a reward is no sanction (a bursary or a grant is a benefit)
            r"继续|照常|照发|照样|全额|足额|同等|平等|不受影响|不影响|不受歧视|档案|仍(?:按|然|旧|由|可|予)|(?<![不予])补发|重复",  # what is kept or given in full or back, a record of his own act
            # a cost set off at what it was (费用从押金中据实扣除), evidence kept (拍照留存), points
            r"据实|按实|原价|留存|挂星|考核分",
            # a supply stopped by the law's procedure (按程序中止供水, 提前七日书面通知后), a court's order, praise
            r"程序|催告|催交|催缴|催收|通知|告知|判令|判决|裁定|表扬|自行|医药费|损失",
            r"制止|配合|保密|保留|免予|免于|不处|不予处罚|不作处罚",  # the act stopped, help given, no measure at all
            r"追究[^，,。；;]{0,8}?责任",  # the liability the law defines (docs/clause-codes.md: it names no measure)
        )
    )
)
# A status a distribution rule may treat apart (a woman married out or in, divorced or widowed, a husband
# married in, their children; a birth outside the plan): a share withheld in its sentence is read whether
# or not a wrong is named (外嫁的女儿不分红, 离婚后只保留口粮田). Not in a sentence of equal rights, of a
# prohibition of the unequal rule or of a share had elsewhere (已在婆家分得承包地的，不再重复分配).
_STATUS = _lazy(
    r"嫁|婚|娶|媳妇|离异|丧偶|寡|入赘|招赘|赘婿|上门|倒插门|适人|出阁|姑娘|女儿|妇女|女子|处女|随母|"
    r"超生|超计划|计划外"
)
# (the sentence's words that make it one of equal rights, a prohibition or a share had elsewhere; the clause's
# words that keep the share)
_EQUAL = _lazy(
    r"同等|平等|一样|相同|一视同仁|不得以|不得因|不因|为由|禁止|严禁|纠正|受法律保护|依法|法院|判决|判令|违反法律|违法|无效|保障|"
    r"(?:已(?:经)?|在|(?<![对关由等至])于)[^，,。；;]{0,12}?(?:取得|分得|享有|享受|纳入)|重复|杜绝|陋习|是否|不构成|不作为|理由|条件"
)
_SHARE = _lazy(
    r"分|份|山|林|园|宅|房|屋|地|田|股|收益|补偿|补助|红利|待遇|权益|资格|身份|成员|丁册|产|谱|牒|量化|名单|款|钱"
)
_WITHHELD = _lazy(
    r"不分|不予|不给|不参加|不参与|不享受|不享有|不再|不入|不配|不为其|没|无份|无分|只|仅|停|取消|收回|调整出去|"
    r"排除|方可|才能|才可|终止|注销|减半|一半|少分|不发|不直接|代领|不同意|"
    # the share given back or barred to her (地是要退回来的; 不得分受祖产, 不得登名谱牒)
    r"退回|交回|退出来|要回|不(?:得|准|能|许)(?:分|享|参|入|登|上|领)"
)
_KEPT = _lazy(r"保留其|照常|继续|继承|自愿|可以|按政策|按规定|不受影响|不丧失")
# A benefit (低保, 救济, 补贴 …) whose conditions the article names unmet or got by fraud (骗取低保的，取消其低保待遇):
# the benefit's own rules, not a sanction (the analyser's `_ELIGIBILITY` before the clause).
_BENEFIT = _lazy(r"低保|救济|救助|补贴|补助|扶持|扶贫|困难|慰问|安置|待遇|资格")
# What makes a clause without 的 no wrong told (see _after_wrong), and a negator before the wrong word (a pledge).
_NO_WRONG_TOLD = _lazy(
    _PROHIBITION.pattern + r"|应当|应|须|必须|^\s*(?:因为|因|由于|为了|为)|(?:时|期间|情况|之际)\s*$"
)
# (also a wrong named as what is fought or talked about: 带头破除攀比之风, 指出了…的危害 — not a condition)
_PLEDGED = _lazy(
    r"不|勿|莫|别|没|破除|抵制|杜绝|反对|整治|遏制|摒弃|打击|刹住|革除|治理|防范|预防|纠正|指出|宣传|讲清|警示|揭示"
)
# A sentence whose condition is a loss or an event nobody is to blame for, not a wrong (集体经济亏损的，当年不分红;
# 家中有人去世的，停发其养老金): the one place the analyser's wrongdoing words (损, 不) read too wide for this list.
_NO_FAULT = _lazy(r"亏损|去世|死亡|病故|病逝|检修|维修|水源不足|资金不足|天旱|干旱|因病")
# A rule told rather than written: a report, a ruling or a village's own words quoted (根据规定 is a charter's own
# reference, not a report); a report of the rule struck down or done away with is not one to read.
_REPORTED = _lazy(
    r"(?<![根依])据|记者|报道|网友|老规矩|按(?:照)?(?:该村|村里|组里)?的?(?:村规|公约|规约|寨规|族规|约定)|被村|"
    r"(?<!本)(?:村规|寨规|族规|乡规|组规|榔规|款规|家规|公约|规约|族约|寨约|村约|乡约|款约)(?:民约)?》?(?:第[^，,。；;]{1,4}条)?(?:规定|中|里|上)?[：:“「]|"
    r"(?:该村|该组|村里|组里)(?:[^，,。；;]{0,8}?)(?:规定|议定|决定)|"
    # a body's notice the rule is told by (按照村民委员会的公告; not 经村民会议讨论决定, a charter's own adoption of dues)
    r"按(?:照)?[^，,。；;]{0,10}?的(?:公告|通告)"
)
_STRUCK_DOWN = _lazy(
    r"无效|违法|违反法律|于法无据|撤销|纠正|返还|补发|删去|删除|废止|废除|取消了|已改|修订|认定|判令|法院认为|缺乏法律依据|"
    r"不再施行|已不|曾"
)
# A rating's or an inspection's results shown on a public medium (将评比结果在公开栏公布, 检查结果张榜公示): a rating
# shown is CV603 when it marks a person (docs/clause-codes.md: 评为失信户 shown), an honour's list when it does not,
# and only the article's scheme tells which: a person reads it, whatever the condition.
_RATING_SHOWN = _lazy(
    r"(?:评比|检查|考评|考核|评分|打分|暗访)(?:的)?(?:结果|情况|名次|排名|得分|分数)"
    r"[^，,。；;！!？?]{0,14}?(?:公布|公示|张贴|贴|上墙|张榜|通报|曝光|播报|展示|亮出)|"
    # a rating and its showing told as the scheme's rhythm (每周一评比、每月一公示)
    r"(?:评比|考评|评分|打分)[、，,]?[^，,。；;！!？?]{0,4}?(?:公布|公示|张榜|上墙|通报|曝光)"
)
# (an honour's list, or the village's own affairs the law has it show: 低保 recipients, accounts, works)
_HONOUR_SHOWN = _lazy(
    r"表彰|表扬|奖励|嘉奖|光荣榜|红榜|文明户|先进|星级|模范|优秀|好人|美丽|低保|工程|项目|财务|账目|资金|村务监督"
)


# A clause after a wrong that tells no consequence (…的行为，; 一经查实，; 视情节轻重，; 可以向…反映), keeps
# something (仍按…供给, 照常, 同等), or belongs to an association's own affairs (视为自动退会, 另行推选).
_NO_CONSEQUENCE = _lazy(
    r"^(?:行为|情况|情形|现象|问题|事|者|的)$|一经|一旦|视情节|情节|仍|可以|可向|可申请|有权|有义务|应当|应|"
    r"退会|推选|撤换|讨论|表决|评议|审议|协商|调解|调处|协调|督促|指导|宣传|解释|反映|申请|举报|报警|报案|"
    r"记录|登记|核实|核查|查处|查证|代为|代办|补植|补办|补报|补齐|补工|复耕|救治|送医|就医|扑救|救助|安全|"
    r"上报|报(?:乡|镇|县|市|区|上级|政府|村委|党)|政府|党纪|党内|自负|参考|签收|送达|接回|谅解|负责|追究|记入|台账|"
    # the act qualified as the crime the law names (以诈骗论处): the law's; an order to put right (要求其搬离杂物)
    r"论处|要求|"
    r"摘牌|挂星|星级|牌|评为|记为|列为|信用|守信|失信|"
    # talk, a notice's contents, a referral, gains given back, a contract's or the law's own terms
    r"做工作|了解|告诫|讲明|商定|约定|写明|载明|拨打|评估|处理|送官|鸣官|究治|退赔|退回|交还|补偿|核减|同权|隐私|歧视|"
    r"决定|措施|"
    # a service or a favour given (村委会及时出具证明, 提供贴息, 优先安排): the village doing something for him
    r"出具|提供|优先|优待|照顾"
)
# what tells no act: a rule named, not imposed (该村“超生户不分宅基地”的规定), a judgement (是对…的侵占, 属于…行为;
# not 是自甘族外也, the old form of a consequence) or the bearer named alone before his consequence (对邻里和睦的
# 村民，进行表扬)
_NO_ACT = _lazy(
    r"是(?=[^，,。；;]*的)|属于?|即为|视同|[^，,。；;]*的(?:规定|做法|条款|规矩|说法|陋习)”?$|"
    r"[^，,。；;]{0,8}?(?:居民|村民|人员|群众|住户|农户|租户|业主|党员|干部|家庭|户|者|人)$"
)
# something done: at least three Han characters (a verb and what it is done to), not a bare word or a number
_DONE = _lazy(r"[\u4e00-\u9fff][^，,。；;]*[\u4e00-\u9fff][^，,。；;]*[\u4e00-\u9fff]")


# A sentence telling the rule done away with (…的条款已被删除, 修订时已取消, 该组撤销了…的决定): nothing in it to read.
_DONE_AWAY = _lazy(
    r"已(?:被|经)?(?:删除|删去|取消|废止|废除|撤销)|删去了|删除了|撤销了|废止了|废除了|修订时|(?:判决|认定|确认|宣告)[^，,。；;]{0,6}?无效"
)


def _rating_shown(text: str, opens: int, start: int, end: int) -> bool:
    """A rating's results shown (将评比结果在公开栏公布; 每月评分，按季度公布: the rating told in a clause before, the
    showing in this one), not an honour's list nor a showing negated (不对外公布)."""
    shown = any(m.end() > start for m in _RATING_SHOWN.finditer(text, opens, end))
    if not shown or _TO_READ_NEGATED.search(text, start, end):
        return False
    return not _HONOUR_SHOWN.search(text, opens, end)


# Before a word that takes: a negator or a prohibition (不得以停水方式, 不另行处罚, 不株连其父母) leaves
# nothing taken; a denial written with its own negator (不予办理, 不得享受) still takes.
_TO_READ_NEGATED = _lazy(_PROHIBITION.pattern + r"|不|无|免|未|勿")


def consequences_to_read(text: str, found: Iterable[Measure] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each consequence clause the analyser could not judge, in text order (positions in
    `text` as written; traditional text is read in simplified characters one for one): a clause read by one
    of the module's readings (a penalty, a sanction after a condition, a status's share withheld) with a
    word that takes something and none the law leaves a charter, outside any prohibition and any measure
    found; never in a sentence whose condition is a loss nobody is to blame for (亏损, 去世, 检修).
    Adjacent listed clauses of a sentence are one span. `found`: the text's measures when the caller has
    them (`unlawful_measures(text)`, cached by the legality rules), so the text is not analysed twice."""
    read = simplified_in_place(text)
    found = _measures(read) if found is None else list(found)
    spans: list[tuple[int, int]] = []
    carried = False
    # a sanctions table (违规情形 | 次数 | 处理方式) read as the analyser reads it: a row keeps its cell of sanctions
    for start, end, header, row in table_lines(read, sentence_spans(read)):
        if header:
            carried = False
            continue  # a header's labels impose nothing
        sent = _Sentence(read, start, end, carried=carried or bool(row))
        sent.row = row
        status = _STATUS.search(read, start, end) is not None and not _EQUAL.search(read, start, end)
        no_fault = _NO_FAULT.search(read, start, end) is not None or _DONE_AWAY.search(read, start, end) is not None
        for clause in sent.clauses:
            if not no_fault and _to_read(sent, clause, found, status):
                begin = max(clause.start, clause.cond_end)
                begin += len(read[begin : clause.end]) - len(read[begin : clause.end].lstrip())
                if spans and _CLAUSE_BREAK.fullmatch(read, spans[-1][1], clause.start):
                    begin = spans[-1][0]  # the clause before was listed too: one quote
                    spans.pop()
                spans.append((begin, len(read[: clause.end].rstrip())))
        carried = _SEMICOLON.match(read, end) is not None and _in_penalty_context(sent, end)
    return spans


def _to_read(sent: _Sentence, clause: _Clause, found: list[Measure], status: bool = False) -> bool:
    """Is this clause one to read: by which reading, with which words (the module's docstring)."""
    text, start = sent.text, max(clause.start, clause.cond_end)
    if start >= clause.end or any(m.start < clause.end and clause.start < m.end for m in found):
        return False  # nothing imposed here, or the analyser judged it
    if _rating_shown(text, sent.start, start, clause.end):
        return True  # (before the lawful words: 评比 is an honour's word too)
    if _fixed_damages(sent, start, clause.end) or _shared_penalty(sent, start, clause.end):
        return True  # (before the lawful words: 赔偿 is a civil remedy's word)
    if _TO_READ_LAWFUL.search(text, start, clause.end) or _NO_ACT.match(text[start : clause.end].strip()):
        return False
    if _STATUTE_ASIDE.search(text, start, _aside_end(sent, clause)):
        return False  # 除没收非法所得外，按《计生法》规定的标准收…: the aside of a statute's measure
    if _PROHIBITION.search(text, clause.start, start) or _authority_acts(text, start, clause.end):
        return False  # 严禁未满十八岁者进入网吧: the act forbidden; 由公安机关扣押…；屡犯的，没收…: the organ's
    if _LAW_QUOTED.search(text, 0, start):
        return False  # 《…办法》第十七条：…: a statute's articles quoted, their measures the state's
    if status and _withheld_share(text, clause.start, clause.end):
        return True
    here = _named_here(sent, start)
    wrong = bool(sent.row) or here or _in_penalty_context(sent, start, topic=True) or _after_wrong(sent, start)
    if wrong or _reported(sent, start):
        return _after_a_wrong(sent, clause, start, here)
    if any(c.start < c.cond_end <= start for c in sent.clauses if c.start < start):
        if _RETURN_VERB.search(text, sent.start, sent.end) or _ELIGIBILITY.search(text, sent.start, start):
            return False  # money given back later: a deposit (借用桌椅的，须交五十元，用完退还); or a benefit's conditions no longer met
        # after a condition the analyser does not read as a wrong (发现放出院外的，…)
        return any(_takes(text, start, clause.end, m) for m in _SANCTIONS.finditer(text, start, clause.end))
    return False


def _after_a_wrong(sent: _Sentence, clause: _Clause, start: int, here: bool) -> bool:
    """Reading 1 and the structural readings: a clause after a wrong (or in a rule reported) that takes, imposes
    by its form, or tells any consequence after a wrong the sentence names."""
    text, end = sent.text, clause.end
    if _BENEFIT.search(text, start, end) and _ELIGIBILITY.search(text, sent.start, start):
        return False  # a benefit got by fraud or no longer due (骗取低保的，取消其低保待遇)
    if sent.row and clause.start > sent.start:
        return True  # a sanctions table's cell of sanctions (违规情形 | 处理方式): what it holds is the consequence
    named = here or _wrong_named(sent, start)
    if not named and _a_duty(sent, start, end):
        return False  # 外出时必须佩戴口罩 in a reported rule: a duty, where no wrong is named
    if _no_sanction(sent, start, end):
        return False
    if any(_takes(text, start, end, m) for m in _IMPOSITIONS.finditer(text, start, end)):
        return True  # an imposition by its form (由村治保会将犬只带走; 不准再留在本组; 违者须…)
    told = named or (
        _reported(sent, start) and any(c.start < c.cond_end <= start for c in sent.clauses if c.start < start)
    )
    if told and _consequence_told(text, start, end):
        return True  # whatever its words: something done after a wrong, and nothing the law leaves a charter
    return any(_takes(text, start, end, m) for m in _TO_READ_TAKES.finditer(text, start, end))


# What names a wrong for the clause without a condition of 的: a marker at the clause's head (如违公罚, 违者…),
# a consequence's connective after a clause telling a wrong, even by a bare negation of a duty (不交纳…，就不给
# 盖章), the wrong found out (暗生事端，查出…), and the doer named by his wrong as the sentence's topic (未办理
# 登记的犬只，一律…).
_DONE_AFTER_MARKER = _lazy(r"[^，,。；;]*[\u4e00-\u9fff]")  # (something after 如违: 公罚)
_THEN = _lazy(r"\s*(?:就|便|则|即)(?!是|为|使|可|能|会|要)")
_DISCOVERED = _lazy(r"\s*(?:经查|被查|被发现|发现后|" + _FOUND_OUT_VERB + r")(?:属实|后)?")
_TOPIC_BY_WRONG = _lazy(r"[^，,。；;]*的[\u4e00-\u9fff]{1,3}\s*$")  # (a noun after 的, not 的农户停水)
# a duty left undone, the one bare negation that tells a wrong (不交纳, 未按时注射, 未办理登记): the analyser's
# `_DUTY_UNDONE` and the duties of registering a thing or an animal
_OMITTED = _lazy(_DUTY_UNDONE.pattern + r"|[不未没](?:按时|按期|按规定)?(?:办理|经|登记|注射|交|缴)")


def _named_here(sent: _Sentence, start: int) -> bool:
    """A wrong named for this clause without a condition of 的 (the forms above)."""
    text = sent.text
    lead = _CONSEQUENCE_RESET.match(text, start)
    if (
        lead
        and _DONE_AFTER_MARKER.match(text, lead.end())
        and not _told_wrong(text, lead.end(), _clause_end(sent, start))
    ):
        return True  # (否则造成疫病蔓延，…: the marker opens a further condition, not its consequence)
    if _DISCOVERED.match(text, start) and _after_wrong(sent, start):
        return True
    before = [c for c in sent.clauses if c.end <= start]
    if not before or before[-1].cond_end != before[-1].start:
        return False
    last = before[-1]
    if _THEN.match(text, start):
        return _told_wrong(text, last.start, last.end)
    one_topic = len(before) == 1 and _TOPIC_BY_WRONG.match(text, last.start, last.end) is not None
    return one_topic and _told_wrong(text, last.start, last.end)


def _clause_end(sent: _Sentence, start: int) -> int:
    return next((c.end for c in sent.clauses if c.start <= start < c.end), sent.end)


def _told_wrong(text: str, start: int, end: int) -> bool:
    """A wrong told between start and end: a wrongdoing word not pledged against (不在水源地倾倒), or a duty
    left undone (不交纳)."""
    if _OMITTED.search(text, start, end):
        return True
    return any(
        m.group() not in ("不", "未") and not _PLEDGED.search(text, start, m.start())
        for m in _WRONGDOING.finditer(text, start, end)
    )


# A statute's article quoted (《森林防火条例》第二十七条：…): what follows in the article is the law's text.
_LAW_QUOTED = _lazy(_STATUTE + r"\s*第[^，,。；;：:]{1,8}?条\s*[：:]")
# 须, 必须 impose only after a wrong the sentence names (违者须在三日内…): elsewhere they state a duty (外出时必须
# 戴口罩, 牲畜必须打预防针), whatever wrong the loose reading of 不 finds around them.
_DUTY = _lazy(r"(?<![无不])(?:必须|须|应当|应该)")
# (a sentence opened by its bearer's duty, 村民要严格按照村规民约…，签订…承诺书，严格执行…: the clauses after it
# carry the duty on; 要 is read only there, for 要请全组人吃一顿 after a wrong is a consequence)
_DUTY_OPENED = _lazy(r"[^，,。；;]{0,12}?(?<![主重需只想不将])(?:要|须|必须|应当|应)(?![求素点件是])")


def _a_duty(sent: _Sentence, start: int, end: int) -> bool:
    """A duty, not a consequence: told in the clause (须, 必须, 应当), or by the sentence's first clause for all
    that follow it when no condition comes between (村内犬只必须拴养，发现放出院外的，… is a duty and a sanction)."""
    first = sent.clauses[0]
    if _DUTY.search(sent.text, start, end):
        return True
    unconditioned = all(c.cond_end == c.start for c in sent.clauses if c.start < end)
    return unconditioned and first.end <= start and _DUTY_OPENED.match(sent.text, first.start) is not None


# What takes without sanctioning, read around the clause (see _no_sanction): a clause with no object of its own
# taking back what the article gave (…上榜公示。…查证属实立即撤掉; 专项贷款…一经发现，全部收回) or striking out what
# a fraud put in (冒入宗谱者，查实削之) …
_BARE_TAKING = _lazy(r"[^，,。；;其他她该]{0,6}?(?:撤|收回|追回|摘|取消|削|删|除)[^，,。；;其他她该]{0,2}")
_GIVEN = _lazy(_HONOURS + r"|上榜|榜单|荣誉|贷款|借款|专项资金")
_BY_FRAUD = _lazy(r"冒|混|假|骗|伪造")
# … a service or a favour given, for him (村委会及时出具各种证明, 提供贴息, 优先安排) …
_FAVOUR_GIVEN = _lazy(r"出具|提供|代办|优先|优待|照顾|帮助|协助")
_HELD_BACK = _lazy(r"停|缓|延|取消|拒|撤|收回|限制|减|扣")  # (暂停为其出具证明: the service withheld)
# … an officer removed, another chosen (管事不公…合族公议革出，另举正直者管理) …
_REPLACED = _lazy(r"另(?:举|选|推|立|派)|改选|重新选")
# … a penalty named by no kind (视情节进行处罚) in an article that spells its grades in lawful words (初犯口头警告，
# 屡犯批评教育: docs/clause-codes.md, CV601's unnamed penalty) …
_UNNAMED_PENALTY = _lazy(
    r"(?:视|根据|按)?(?:情节)?(?:轻重)?(?:的)?(?:进行|给予|予以|作出?)?(?:相应的?)?(?:处罚|惩处|惩罚|处理)"
)
_GRADES = _lazy(r"警告|批评")
# … and a deposit answering for damage (如发现损坏，将扣除相应押金).
_DEPOSIT_SET_OFF = _lazy(r"相应的?[^，,。；;]{0,4}?(?:押金|保证金)")
_DAMAGE = _lazy(r"损坏|损毁|毁坏|破坏|损失")


def _no_sanction(sent: _Sentence, start: int, end: int) -> bool:
    """Something taken or done after a wrong that is no sanction, read from the sentence or the article around it."""
    text = sent.text
    body = text[start:end].strip()
    if _BARE_TAKING.fullmatch(body) and (_GIVEN.search(text, 0, start) or _BY_FRAUD.search(text, sent.start, start)):
        return True  # an honour or a loan taken back, what a fraud put in struck out
    if _FAVOUR_GIVEN.search(body) and not _TO_READ_NEGATED.search(body) and not _HELD_BACK.search(body):
        return True  # a service or a favour given (村委会及时出具证明)
    if _REPLACED.search(text, start, sent.end):
        return True  # an officer removed
    if _UNNAMED_PENALTY.fullmatch(body) and _GRADES.search(text):
        return True  # the unnamed penalty is the lawful grades
    return _DEPOSIT_SET_OFF.search(body) is not None and _DAMAGE.search(text, sent.start, start) is not None


# A state organ named as the one who acts, earlier in the sentence (由公安机关暂扣鸟铳…；屡犯的，没收鸟铳): the
# later measures of that sentence are its too, unless the clause names the village or another body of its own.
_OWN_ACTOR = _lazy(r"由|村|组|社|居委|物业|业委|理事会|治保")


_STATUTE_ASIDE = _lazy(_STATUTE)
_ASIDE = _lazy(r"\s*除[^，,。；;]+外\s*")


def _aside_end(sent: _Sentence, clause: _Clause) -> int:
    """Where a clause's statute may be named: an aside (除没收…外，) is judged with the clause it is the aside of
    (除…外，按《…法》规定的标准收…)."""
    if not _ASIDE.fullmatch(sent.text, max(clause.start, clause.cond_end), clause.end):
        return clause.end
    return next((c.end for c in sent.clauses if c.start >= clause.end), clause.end)


# Damages by a multiple, a share or a fixed sum rather than the loss (赔偿三倍的损失, 赔偿价款的百分之五, 赔偿对方
# 九十九两银子): a penalty told in compensation's words; a sum by the thing's price is the loss (照价, 按市场价).
_NUMBER = r"(?:[\d.]+|[一二两三四五六七八九十百千万]+)"
_FIXED_DAMAGES = _lazy(
    # a multiple or a share, either side of the verb (赔偿三倍的损失, 按损失的五倍赔偿, 赔偿价款百分之十)
    rf"赔(?:偿)?[^，,。；;]{{0,14}}?(?:{_NUMBER}\s*(?:倍|%|％|成(?!本))|百分之{_NUMBER})|"
    rf"{_NUMBER}\s*倍[^，,。；;]{{0,6}}?赔|"
    # a fixed sum, where nothing names the loss or the price (赔给对方八百元; not 照价赔偿, 赔偿损失二百元)
    r"赔(?:偿)?(?![^，,。；;]{0,16}?(?:价|损失|实际|评估|费用))[^，,。；;]{0,14}?"
    rf"{_NUMBER}\s*(?P<sum>元|块|两)"
)
# (a thing damaged: its loss priced in advance, 损坏水管的，赔偿二百元, is clean — docs/clause-codes.md, CV601)
_THING_DAMAGED = _lazy(r"损坏|损毁|毁坏|破坏|弄坏|砸坏|啃|糟蹋|踩踏|踩坏|吃了")
# A penalty shared with the doer by others (与犯禁之人一体同罚, 连坐): imposed on those who did no wrong (not
# 同罪同罚 as the law's principle, 与男子同罚同赏 as equal treatment).
_SHARED = _lazy(r"(?:与|和|跟)[^，,。；;]{1,10}?(?:同罚|同罪|一体(?:处罚|受罚|论处|治罪))(?!同赏|异罚)|连坐|株连")


def _fixed_damages(sent: _Sentence, start: int, end: int) -> bool:
    """Damages set by a multiple, a share or a sum, after a wrong the sentence tells (its condition, or the
    doer named by his wrong: 通奸者要赔偿…两银子)."""
    m = _FIXED_DAMAGES.search(sent.text, start, end)
    if m is None or _TO_READ_NEGATED.search(sent.text, start, m.start()):
        return False
    if m.group("sum") and _THING_DAMAGED.search(sent.text, sent.start, m.start()):
        return False
    return any(w.group() not in ("不", "未") for w in _WRONGDOING.finditer(sent.text, sent.start, m.start()))


def _shared_penalty(sent: _Sentence, start: int, end: int) -> bool:
    """(not in a sentence telling the practice unlawful, 以“连坐”的方式处罚亲属，于法无据，应当纠正, nor after a
    prohibition, 不得以上访为由，株连其亲属)"""
    text = sent.text
    if _STRUCK_DOWN.search(text, sent.start, sent.end) or _PROHIBITION.search(text, sent.start, start):
        return False
    return any(_takes(text, start, end, m) for m in _SHARED.finditer(text, start, end))


def _authority_acts(text: str, start: int, end: int) -> bool:
    return bool(_AUTHORITY_AGENT.search(text, opens_before(text, start), start)) and not _OWN_ACTOR.search(
        text, start, end
    )


def _wrong_named(sent: _Sentence, start: int) -> bool:
    """A wrong named by the sentence's own condition before `start` (凡…的, 对…的, 一经查实…的, …者) or a marker
    of consequence (违者, 否则), not only a wrong read from the topic or carried past a semicolon."""
    text = sent.text
    return _CONSEQUENCE.search(text, sent.start, start) is not None or any(
        c.start < c.cond_end <= start
        and _WRONGDOING.search(text, c.start, c.cond_end) is not None
        and not _LISTED_ITEM.fullmatch(text, c.start, c.cond_end)
        for c in sent.clauses
        if c.start < start
    )


# An item of a numbered list without 的 or 者 (3、封建迷信，铺张浪费): the list of wrongs going on, no condition
# of what follows it.
_LISTED_ITEM = _lazy(r"\s*(?:\d+|[一二三四五六七八九十]+)\s*[、.．)）][^的者]*")


def _consequence_told(text: str, start: int, end: int) -> bool:
    """A consequence told after a wrong, whatever its words: a clause that says something is done (not a bare
    noun, 行为, 一经查实, 视情节轻重), negates nothing (不因此受到处罚) and keeps nothing (仍按…供给)."""
    body = text[start:end].strip()
    found_out = _DISCOVERED.match(body)
    body = body[found_out.end() :] if found_out else body  # (查实后，…: the wrong found out is no consequence)
    if _NO_CONSEQUENCE.search(body) or _TO_READ_NEGATED.search(body):
        return False
    return _DONE.search(body) is not None


def _after_wrong(sent: _Sentence, start: int) -> bool:
    """A wrong told in a clause of its own before, without 的 (每头水牛进入他人秧田一次，牛主交一百元; 偷挖竹笋：每根
    三十元): not a prohibition or a duty (不得超过三万元，由理事会登记; 垃圾应当堆放到指定地点，…), a reason or a
    time (因资金未到位，补贴推迟发放; 发生火灾等紧急情况时，…), a bare negation (增人不增地) or a pledge not to do the
    wrong (不在水源地倾倒废弃物，节约用水)."""
    text = sent.text
    return any(
        c.cond_end == c.start
        and not _NO_WRONG_TOLD.search(text, c.start, c.end)
        and any(
            m.group() not in ("不", "未") and not _PLEDGED.search(text, c.start, m.start())
            for m in _WRONGDOING.finditer(text, c.start, c.end)
        )
        for c in sent.clauses
        if c.end <= start
    )


def _reported(sent: _Sentence, start: int) -> bool:
    """A rule told in a report or quoted (据…报道, 记者了解到, 该村规定, 村规：…, 按村规, 被村里…), unless the
    report is of the rule struck down or undone (法院判决…无效, 已被认定违法, 删去了)."""
    text = sent.text
    return _REPORTED.search(text, sent.start, start) is not None and not _STRUCK_DOWN.search(text, sent.start, sent.end)


def _withheld_share(text: str, start: int, end: int) -> bool:
    """A share, land or a status withheld in a clause of a sentence that names a status (外嫁的女儿不分红)."""
    if not _SHARE.search(text, start, end) or _KEPT.search(text, start, end):
        return False
    return any(not _PROHIBITION.search(text, start, m.start()) for m in _WITHHELD.finditer(text, start, end))


def _takes(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    if text[start:end].strip() == m.group():
        return False  # the bearer alone (对不赡养老人的子女，…): no consequence in the clause
    if _TO_READ_NEGATED.search(text, start, m.start()):
        return False
    prohibition = _PROHIBITION.match(text, m.start())
    return prohibition is None or len(prohibition.group()) < len(m.group())
