"""The clause analyser's reading of an article's shape: where sentences and sub-clauses end, what marks a
condition (违者, 凡…的, 对…的, 一经发现…) and a consequence, prohibition and permission, wrongdoing, and
the lawful look-alikes (civil damages, dues, deposits, set-offs, documents, schemes) that a sanction must
be told apart from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocabulary import _DIVIDEND, _GAP, _WELFARE, _WHOM, _lazy

if TYPE_CHECKING:  # a type from a later step of the analysis, named only in annotations
    from .analysis import _Sentence


_SEMICOLON = _lazy(r"\s*[；;]")
# a pasted "." ends a sentence, 0.5 and an item's number (1.) do not; a line break ends one unless it follows a comma (text pasted from a
# page wraps mid-sentence: …由村民小组收回,\n地上的房屋…归组里所有)
# A question answered in the text (问：…怎么分？答：…) is one sentence with its answer: see _answered_question.
_ANSWER_NEXT = r"(?![ \t\u3000\n\r]*(?:答|回答|解答|[AＡ])[ \t\u3000]*[：:])"
# A table pasted as text (项目：骗取低保；处理：取消其低保资格): a row's sanction cell goes with the act it deals with.
_ROW_SANCTION_NEXT = r"(?!\s*(?:处理|处罚|惩处|惩罚|罚则)(?:办法|措施|方式|标准|意见|结果)?\s*[：:])"
_SENTENCE_BREAK = _lazy(
    r"(?:[。！!]|[；;]"
    + _ROW_SANCTION_NEXT
    + r"|[？?]"
    + _ANSWER_NEXT
    + r"|(?<![，,、：:])[\n\r]"
    + _ANSWER_NEXT
    # an item's number in a list ("1.责令…", "：2.加收…") is no full stop
    + r"|\.(?!\d)(?<![\n\r：:；;，,、（(]\d\.)(?<![\n\r：:；;，,、（(]\d\d\.)(?<!^\d\.)(?<!^\d\d\.))+"
)
# (a dash sets the wrongdoers apart like a colon: 停发慰问品——适用于…的村民)
_CLAUSE_BREAK = _lazy(r"[，,：:]|——")
# A whole sub-clause that is a condition: ends in 的/者, or in 的 + the person it describes.
_CONDITION_CLAUSE = _lazy(
    r"(?:的|(?<![或记学患作长老弱强两前后三再笔读产])者)"
    # the doer named as one of the place's own (…的本村人员, …的本社股东)
    # (the label in quotes: …的“老赖”)
    r"(?:[“\"「『]?(?:本村|本组|本社区|本社|本小区|本屯|本寨)?(?:村民|农户|户主?|人员|人|家庭|住户|居民|群众|当事人|党员|干部|个人|单位|业主|租户|商户|用户|经营户|养殖户|老赖|"
    r"社员|股东|组员|学生|家长|承包户|承租户|双方|各方|一方|劳力|劳动力|人家|"
    # the doer named by his boat, vehicle or premises (未安装终端的渔船, 违规经营的商铺)
    r"渔船|船只|船舶|车辆|商铺|店铺|门店|摊位|作坊|养殖场|出租屋|房屋|建筑物?|"
    # any bearer named by its household, trade or role (牧户, 渔民, 寨民, 畜主, 车主, 商贩, 租客)
    r"[^\s，,的]{0,2}(?:户|民|人|员|主|贩|客|青年|少年|子弟|男子))[”\"」』]?)?\s*$"
)
# 地是要退回来的, 钱是不会再发的: 是…的 asserts what will be, its 的 closes no condition (凡是要建房的 does: the 是 of
# 凡是, 若是, 要是 opens one)
_ASSERTED = _lazy(r"(?<![凡若要如但])是(?:要|得|必须|一定要|肯定要|会|不会|应该|应当)" + _GAP + r"{1,12}的\s*$")
# 被判处刑罚的人员刑满回村后，…: the wrongdoer back after his sentence, the clause a condition like …的
_SENTENCE_SERVED = _lazy(r"(?:刑满|出狱|释放|戒毒期满)" + _GAP + r"{0,4}?后\s*$")
# 对吸毒人员，…: a clause that only names the wrongdoers the consequence deals with is its condition.
_WRONGDOER_TOPIC = _lazy(r"\s*(?:对于|对)" + _GAP + r"{1,10}?(?:人员|分子|户)\s*$")
# A condition inside a sub-clause: an opener up to the first 的/者 (对拒不缴纳水费的农户停止供水).
_CONDITION_OPENER = _lazy(
    r"^\s*(?:对于|对|凡是|凡|但凡|如果|如有|如|若有|若|倘若|假如|一旦|一经发现|发现)"
    # (对周家作出停水的处理: the 的 of a sanction decided, 的处理/的处分, closes no condition)
    r"[^的者]*?(?:的(?!处理|处罚|处分|惩处|惩戒)|(?<![或记学患作长老弱强两前后三再笔读产])者)"
)
# 一人吸毒，全家…: one member's act, written as a clause of its own without 的, is a condition.
# So is a doer asked after or left indefinite (哪个小组出现私自土葬，…; 某组有一户乱堆乱放，…; 谁家堵渠，…).
_ONE_DOER = _lazy(
    r"\s*(?:(?:本|同|该|某)?(?:村民)?(?:小组|组|村|楼栋|单元|楼|片区|屯|寨)(?:内|里|中)?)?(?:如有|若有|凡有|有|如)?"
    # (一家老小 is the whole household bearing a measure, no doer)
    r"(?:一人|一户|一家(?!老小|大小)|家中一人|家中有人|户内一人|一名家庭成员|一名成员)|"
    r"\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?:哪个|哪一个|哪一|哪|某个|某一|某)(?:村民小组|小组|组|自然村|自然屯|屯|寨子|寨|生产队|楼栋|单元|户|家)|"
    # (a time before the doer asked after: 今后谁家…，谁就…; 以后谁再…; a year or season named: 今年谁家…, 从明年起谁…)
    r"\s*(?:今后|以后|往后|日后|此后|从今以后|从今往后|自今|(?:从|自)?(?:今年|明年|本年度?|当年|今冬|今春)(?:起|开始)?)?"
    # (哪个, 哪位 standing alone for 谁, as spoken in the south-west: 哪个再往河里闹鱼，就让他…)
    r"(?:谁家|谁|哪个(?=再|又|还|敢|胆敢|要是|若|私自|擅自|乱|偷|不|往|在|把|去)|哪位)"
)
# 对 with only the sanctioned person and 的 (对该户的…, 对其的…) opens the object of a consequence.
_POSSESSIVE_OPENER = _lazy(r"^\s*对(?:于)?(?:其|该户|该住户|该人|他|她|当事人|违者|违规者|责任人|本人)的")
# A prohibition naming whom it protects (禁止对违规者罚款), or of a taking whose object is described with 的
# (不得收取任何名目的罚款, 严禁扣发任何人的补贴): what follows is no condition.
_PROHIBITED_TARGET = _lazy(
    r"^\s*(?:[^，,：:]{0,8}?)(?:不得|不准|不许|不能|严禁|禁止|无权)(?:以任何理由|随意|擅自|任意)?"
    r"(?:对|向|给|把|将|(?:收取|征收|加收|收|扣发|扣减|扣留|扣押|扣|没收|处以|停发|停止|取消)(?=任何|一切|各种|各类|其他|他人))"
)
# A condition closed by 的 and followed straight by its consequence, without a comma (违反规定的罚款200元,
# 不出工的按每个工一百元…): the words after 的 are those that open a consequence, not a noun (外嫁女的承包地).
_CONDITION_DE = _lazy(
    r"^[^的]{1,20}?的(?=按|由|处以|处|罚|一律|须|需|应|给予|予以|扣|收取|交纳|缴纳|不予|不得|不再|将|取消|停止|暂停|每|除|并|视|没收|"
    # a refusal by the one who lets him pass (不交费的不让进村, 没有收据的不准入寨; t14old)
    r"不让|不准|不许|不给|"
    # a surcharge or a due taken ahead written straight after the 的 (逾期不缴的加收一倍, 不出工的另交五十元)
    r"加(?:收|倍|征|计|罚|交|缴)|双倍|翻倍|另(?:收|交|缴|加|罚)|预(?:收|征|交|缴)|"
    # the doer named after the 的 and bound straight on (失火的人家要…, 偷牛的人须…, 乱倒垃圾的住户必须…)
    r"(?:人家|人员|村民|居民|农户|住户|户主|一方|一家|家庭|人|户|家)(?:都|均|一律|就)?(?:要|须|需|必须|得|应当|应|必))"
)
# A nominal 者 closes a condition without an opener (违者罚款, 乱砍滥伐者罚款500元).
_CONDITION_ZHE = _lazy(r"^[^者]*?(?<![或记学患作长老弱强两前后三再笔读产])者")
# A wrong found out, in today's words and the old steles' (查出, 查实, 察出, 拿获): one word class for the consequence
# marker that opens on it and the reading list's (to_read._DISCOVERED), which had two lists (rv15)
_FOUND_OUT_VERB = r"(?:查出|查获|查实|查明|查知|访获|访出|察出|察获|察觉|拿获)"

# Consequence markers: what follows them is the sanction, and they show a penalty context.
# The characters a marker can open on (tests/test_clauses_speed.py keeps the list whole): the lookahead skips every
# other character in C, where the alternation would be entered at each character of each sentence searched.
_CONSEQUENCE_FIRST = "一上下不以催决凡别前劝发可否处如屡帮恢情惩批抓拆拒捉提改教整查清督纠经绝肇若补被见触警说调责过违通逮除黑犯察拿访倘先轻重甚"
_CONSEQUENCE = _lazy(
    r"(?=[" + _CONSEQUENCE_FIRST + r"])(?:"
    # the acts a list named (有下列行为之一：…。以上行为，由村委会…) and a row's label of its sanction
    # (违规行为：…；处理办法：…, 处罚：…): a table or a list written out as text
    r"(?:以上|上述|前述|上列|下列)(?:所列|所述|各种|各类|几种)?行为|黑榜户|黑名单户|(?:处理|处罚|惩处)(?:办法|措施|方式|标准|意见)?\s*[：:]|"
    r"违者|违反者|违规者|违约者|违犯|触犯|"
    # an old rule's breach in two characters (如违公罚, 倘违议罚, 若敢违，…): 违 governed by its 如/若/倘, the forbidden
    # act of the clause before (违反 and the rest are markers of their own)
    r"(?:如|若|倘)(?:若|敢|有)?违(?![反背犯规约法章建纪])|"
    # 犯者, 有犯此者, 凡犯禁者: the old steles' 违者 (not 罪犯者, 屡犯者: a repeat has its own words)
    r"(?<![^，,。；;：:\s有凡])犯(?:此|其)?(?:禁|规|约|例|条)?者|"
    # 察出公罚, 拿获者: the old steles' words for a wrong found out
    r"察出|察获|拿获|访出|"
    # (the same found out in today's words opening the consequence clause: 暗中寻衅，查出合族议罚; t14old)
    r"(?<![^，,。；;：:\s])" + _FOUND_OUT_VERB + r"(?![的者后了])|"
    # the ways of answering for a breach listed (承担责任的方式有…, 违约责任形式为…): each is a sanction. Every use
    # asks only whether a marker stands, so no prefix is read (违约 is a marker of its own); a branch opening on a
    # literal is skipped in C at each character, an optional group or a lookbehind first is entered everywhere
    r"责任的?(?:方式|形式)|"
    # the party at fault named as the bearer (由过错方按每人每次八十元承担, 肇事方另交): a wrong was done
    r"(?:过错|肇事|责任|违规|违约)方|过错者|肇事者|违反|违背|违规|违约|违法|违章|否则|不遵守|不履行|拒不|屡教不改|经教育|情节严重|情节恶劣|"
    # (一经查获, 一经抓获, 一经核实: any verb of finding out after 一经 opens the consequence of the act forbidden)
    r"情节较重|一经(?:发现|查实|查获|查出|查处|抓获|捉获|核实|查明|确认|证实)|经查实|查实|查明|"
    # (不得散放进田，见者可当场打死: whoever sees the act forbidden may act on it, as 违者 names who did it; the
    # lookbehind after 见, not before it, so the branch is only entered at a 见)
    r"见(?<![^，,。；;：:\s]见)者|"
    # 严禁向河道倾倒垃圾；发现的，…: a bare "found" as the whole condition is the act just forbidden, found
    r"(?<![^，,。；;：:\s])(?:如|若|凡|一旦)?(?:被|经)?(?:发现|查出|查获)(?:的|者|后)(?=[，,])|"
    # caught in the act just told (偷鱼，捉住的剃去…; 抓到的押回…; 逮住后罚…): the person caught, his measure straight
    # after 的 as well; a catch of fish or game (抓到的鱼按户分配) is no person caught (a negative lookahead, since the
    # search may end at the measure)
    r"(?<![^，,。；;：:\s])(?:如|若|凡|一旦)?(?:被)?(?:捉住|抓住|捉到|抓到|逮住|逮到|抓获|捉获)(?:的|者|后)"
    r"(?![^，,。；;]{0,3}?(?:鱼|虾|蟹|鸟|兽|野|猎|鸡|鸭|鹅|猪|羊|牛|狗|蛇|鼠|龟|蛙|物|东西|货))|"
    # 查到一回水费翻三倍, 抓住一次罚五百: a rhymed line counts the forbidden act each time it is caught
    r"(?:查到|查出|抓到|抓住|逮到|逮住|捉到|发现)(?:[一两二三四五六七八九十\d]|每)(?:回|次)|"
    # a line of verse that will not let a wrong pass (啃了青苗可不依：…, 偷了就别怪不客气：…): its sanction follows
    r"(?:可不依|决不依|绝不依|不答应|不轻饶|决不饶|绝不饶|别怪[^，,。；;：:]{0,4}?不客气)\s*[：:，,]|"
    # the graded consequence of an old rule (轻则训诫，重则责板; 甚则): each grade answers the wrong before it
    r"(?<![^，,。；;：:\s])(?:轻则|重则|甚则)|"
    # the penalty's steps (先戒后罚, 先警告后处罚, 先教育后惩): what comes after the warning answers a wrong
    r"先(?:戒|警|劝|教|训|诫)[^，,。；;：:]{0,4}?后|"
    # 经劝阻不听, 经多次提醒仍不改: a warning ignored
    r"经" + _GAP + r"{0,6}?(?:劝阻|劝导|劝说|提醒|督促|警告|催告|催缴|责令)|"
    # the same without 经 (劝导无效的, 教育后仍不改的, 不接受调解的): the escalation of a wrongdoing
    r"(?:劝阻|劝导|劝说|劝解|说服|教育|帮教|调解|批评|提醒|督促|警告|催告|催缴|通知)(?:后|多次|再三|[两三数几]次)?"
    r"(?:仍然?|还|依然|依旧)?(?:无效|无果|未果|不听|不改|不服|不从|不理)|"
    r"不(?:接受|听从|服从|听)(?:教育|劝导|劝说|劝阻|调解|批评|管理)|"
    # until he puts it right (整改完成前, 在其改正之前, 未拆除前): the measure presses a wrongdoing
    r"(?:整改|改正|纠正|拆除|清除|清理|恢复|补交|补缴)(?:原状|原貌)?(?:完成|完毕|到位|合格|验收)?(?:之前|以前|前)|"
    # 除赔偿损失外, 除承担医药费外, 除责令恢复原状外: what follows is a sanction added to the civil remedy
    r"除"
    + _GAP
    + r"{0,6}?(?:赔偿|赔付|承担|责令|恢复|补交|补缴|补种|照价|批评|教育|清理|没收|退回|退还|返还|归还|追回|退赔)"
    + _GAP
    + r"{0,14}?(?:外|以外))"
)
_CONSEQUENCE_RESET = _lazy(
    r"违者|违反者|违规者|违约者|否则|如有违反|如违反|若违反|(?:如|若|倘)(?:若|敢|有)?违(?![反背犯规约法章建纪])"
)
# What makes a condition a wrongdoing rather than a description (使用自来水的 is not).
_WRONGDOING = _lazy(
    # (抢修, 抢险, 抢收: a repair or a rescue in haste, not a robbery)
    # (未满十八周岁: an age, an eligibility, no wrong; t16)
    r"不|未(?!满[\d一二两三四五六七八九十]+(?:周岁|岁))|拒|违|乱|私|擅|偷|盗|窃|抢(?!修|险|救|收|种|运|通|购)|损|毁|坏|侵|占|扰|闹|打架|群架|打人|斗殴|殴|赌|酗|吸毒|毒|污染|倾倒|焚|烧|"
    # (没 as the spoken 未 before a duty's verb: 没交的, 没拴好的; not 没收, 没入, 出没, 淹没, nor 没有收入 or 没迁入, a state)
    r"砍|伐|欠|拖|骗|争吵|吵架|口角|(?<![淹埋沉隐出吞湮覆])没(?:交|缴|拴|按|参加|参与|做|搞|清理|打扫|管好|看好|关好|有按|有交|有缴|有拴|有参加)|通奸|奸淫|私通|随地|随处|冒领|冒名|冒充|冒用|冒签|伪造|造假|虚报|隐瞒|瞒报|弄虚作假|燃放|散养|乱养|超生|计划外|超计划|发生野外用火|啃|糟蹋|祸害|超(?:过|出)(?:的|部分)|每超|每多[一\d]|"
    # a number the charter set, exceeded (酒席超过十五桌的), counted in what one spends or builds: not an age
    r"(?:超过|超出|多于|高于|大于)[\d一二两三四五六七八九十百千]+(?:桌|席|辆|台|头|只|人|斤|公斤|米|平方米|平米|亩|元|万元|层|间|箱|挂|响|天|日|次|支|个)|超(?:过|出)[^，,。；;的]{0,3}?(?:数|额|限)|超(?:过|出)(?:批准|核准|审批|规定|划定|许可)的?(?:范围|面积|标准|数量|期限)|缺(?:工|[一两二三四五六七八九十\d])|逃|阻|抗|诬|辱|骂|霸|滥|非法|无理|虐待|遗弃|纵火|放火|失火|山火|野火|林火|火警|猎|炸鱼|电鱼|伤|咬|放任|纵容|"
    # a house or yard found unclean, the wrong a hygiene list names (地面脏的, 院内有杂草的, 门口堆放粪便; t16)
    r"(?<![心肝内五])脏(?!器|腑|话)|杂草|粪便|"
    # a chat group's wrongs (恶意刷屏的, 发布广告的, 人身攻击的; t16): what a group's rule forbids its members
    r"恶意|刷屏|人身攻击|(?:发|发布|发送|乱发|转发)(?:商业|小)?广告|"
    r"越界|越线|越级|保护区(?:内|里|范围内)|封山(?:育林)?区|禁[牧养渔伐猎采]区|贿选|拉票|买票|屡教|"
    # a repeat of the wrong just named (屡犯者, 再犯的, 重犯的): the offender again
    # an offence in the old wording (犯者, 犯此者, 有犯禁者, 犯规的): committing what the rule forbids
    # an old rule's wrongs against kin and the clan's order (忤逆, 悖逆, 逆伦, 乱伦, 犯奸, 犯上)
    r"忤逆|悖逆|逆伦|乱伦|犯奸|犯上|故犯|窝藏|窝赌|窝留|窝娼|包庇|徇庇|买赃|销赃|收赃|"
    # a grudge acted on or the weak bullied (挟嫌报复, 怀恨寻仇, 倚强凌弱, 仗势欺人; t14old, a word family)
    r"报复|挟嫌|挟仇|挟怨|挟恨|寻仇|恃强|倚强|仗势|凌弱|欺凌|"
    # (犯族规, 犯寨规者: the rule broken named by whose it is)
    # (the rules above named as what he broke: 有犯以上禁条者, 犯上列各条的; t14old)
    r"犯(?:以上|上述|上列|前列|前开|所列|本约|本规)(?:各|所列)?(?:禁|规|约|条|款|项)|"
    r"犯了?(?:者|此|禁|规|约|戒|事)|犯了?(?:族|村|寨|家|祠|款|宗|乡|榔|团|社)(?:规|约|禁)|犯了?(?:款|榔)(?![项额式目])|屡犯|再犯|重犯|累犯|又犯|辍学|旷课|情节|严重|恶劣|造谣|寻衅|滋事|闹事|缠访|违章|违建|抛|扔|丢弃|排放|堆放|放养|散放|践踏|"
    # put on the black list of a 红黑榜 (上黑榜的, 列入黑名单者): the list stands for the wrongdoing behind it;
    # a points table's low score (60分以下, 积分清零) likewise
    r"黑榜|黑名单|[\d一二两三四五六七八九十百]分(?:以下|之下)|(?:积分|得分|分值|分数)(?:为零|清零|归零)|扣(?:至|到|成)(?:零|0)分?|"
    # (积分较低的, 扣分超过三十分的, 扣分累计达到…: a low score or the deductions counted stand for the wrongs behind them)
    r"(?:积分|得分|分值|分数)(?:较|偏|最|太|过)?低(?!于)|扣分(?:超过|达到|累计|满|达|在)|扣分(?:较|最|太|过)?多(?!少)|"
    # rubbish not sorted, sewage let out straight (混投混放的, 直排污水的)
    r"混(?:投|放|装|倒|扔|丢)|直排|"
    # a line of the charter crossed (踩了村规民约红线的, 触碰底线的, 越过高压线的)
    r"(?:踩|碰|触|越|闯|突破)(?:了|过|到|及)?" + _GAP + r"{0,10}?(?:红线|底线|高压线)|"
    # a marriage payment demanded or above the charter's limit (索要彩礼的, 收受天价彩礼, 借婚姻索取财物): custom reform's wrong
    r"索要|索取|勒索|讨要|(?:高价|高额|天价|超标准?|超额|变相)(?:的)?(?:彩礼|礼金|聘礼|聘金|礼钱)|"
    r"攀折|迷信|大操大办|大办|大摆|无事酒|刑满释放|刑释|前科|被(?:罚款|处罚|罚)|受(?:过)?处罚|排场|厚葬|攀比|铺张|敛财|醉|嫖|娼|邪教|传销|撂荒|抛荒|弃耕|谣|挑拨|挑起|事端|挑衅|肇事|惹事|生事|诽谤|诋毁|谩骂|拨弄|是非|欺|"
    r"假冒|伪劣|坑|拐|聚众|围攻|冲击|哄抢|失信|酒驾|超载|危害|妨碍|干扰|影响|低于|扣完|扣光|倒数|末位|末尾|"
    # the lowest ranks of a points table, like 末位 (得分后三名的户, 排名最后两位的)
    r"(?:后|最后)[一二两三四五六七八九十\d]+(?:名|位|户)|"
    # wrongs with no marker in them: an election bought, short weight, a house let to crowds, funds diverted
    r"贿选|拉票|买票|贿赂|缺斤短两|短斤少两|短斤缺两|掺假|掺杂使假|以次充好|作弊|群租|套取|挪用|截留|侵吞|贪污|"
    r"无故|缺席|缺勤|旷工|进入他人|(?:进入|闯进|跑进|窜进|钻进)[^，,的]{0,4}?(?:田|地|林|园|苗|庄稼)|闯入|窜入|(?:刑事|治安|盗窃|涉毒)案件|发案|无计划(?:生育|怀孕|生产)|(?:消防|安全|责任|火灾|生产|交通)事故|火灾|火情|起火|着火|犯罪|判刑|刑罚|刑满|刑释|造成|致使|导致|禁渔|禁猎|禁牧|禁养|禁放|禁烧|禁区|"
    # gear or goods the law bans, named as such (使用绝户网具的, 设置禁用网具的, 携带违禁物品的)
    r"禁用|违禁|绝户|"
    # acting without the licence, papers or registration the charter asks (无照经营的, 租给无身份证明人员的; not 无证:
    # a document then held is CV605, read elsewhere)
    r"无(?:照|牌|身份|有效身份|许可|登记|备案)|"
    # a load spilled on the road (撒漏渣土的, 沿途遗撒的)
    r"撒漏|遗撒|抛洒|洒漏|沿途洒落|"
    # a count of repeats (一年内累计三次以上的, 再次…的): the wrongdoing of the sentence before, again
    r"累计|再次|再犯|重犯|多次|屡次|(?:[二两三四五六七八九十\d]+)次(?:以上|及以上)|"
    # sanctioned by an authority (被镇、村查处的, 被公安机关处理过的, 被通报的): the wrongdoing stands behind it
    r"查处|查获|抓获|拘留|"
    # a record of wrongs named as such (有劣迹的, 受过处理的, 受到过处分的)
    r"劣迹|受(?:到)?过?" + _GAP + r"{0,4}?(?:处理|处分|处罚|惩处)|"
    # an act of a kind the article forbids, named as conduct (有燃放行为的, 存在辱骂行为的)
    r"(?:有|存在|发生)"
    + _GAP
    + r"{1,8}?行为(?!规范|准则|能力)|被"
    + _GAP
    + r"{0,10}?(?:处理|处罚|通报|曝光|判|捉|抓|逮|扣)|第(?:[二两三四五六七八九十\d]+)次|超(?:面积|高|标|层|规划|审批|范围|占|建|规模|规格|桌|量|限|期|时|(?:过|出)(?:规定|标准|限额|定额|范围|面积))"
)
# The doer named by his wrong as a noun, without 的, and bound straight on (通奸男子要赔…, 赌博人员须交…, 偷牛之人应
# 出…): the subject is the wrongdoer, like 偷牛的人须… (`_CONDITION_DE`); the wrong must be more than a bare 不 or 未
# (未婚男子, 不满十八岁人员 are no wrongdoers).
_DOER_BY_WRONG = _lazy(
    r"\s*(?:凡|凡是|如有|若有)?(?P<act>[^，,。；;：:！!？?\s的]{1,6}?)(?:男子|女子|男人|女人|之人|之徒|人员|分子)"
    r"(?=(?:都|均|一律|就)?(?:要|须|需|必须|得|应当|应|必))"
)
# A duty the village set, left undone (未签承诺书, 不按时交费, 未拆除): a bare 不 or 未 that is a wrong.
_DUTY_UNDONE = _lazy(r"[不未](?:按时|按期|按规定)?(?:交|缴|签|参加|参与|配合|履行|拆|腾|搬|服从|清理|出工|遵守)")
# A wrong that is more than a bare 不 or 未 (年老不能出工, 外出未归 are no wrongs), or a duty left undone.
_WRONG_NOT_BARE = r"(?:(?![不未])(?:" + _WRONGDOING.pattern + r")|" + _DUTY_UNDONE.pattern + r")"
_WRONG_BEYOND_BARE = _lazy(_WRONG_NOT_BARE)
# 发现乱扔垃圾一次扣十元, 缺一个工日按一百元折算: a wrongdoing found or an absence counted is a condition,
# written without 的
_DOING_WITHOUT_DE = _lazy(
    r"发现" + _GAP + r"{0,4}?(?:" + _WRONGDOING.pattern + r")|"
    # a sum or a duty not paid or done, told bare and answered by 就/便 (不交五十元，就不给盖章; 谁不出工便…): the
    # refusal is the condition, as 不交的 would be
    # (whoever answers may be named before 就: 不交…，村里就不给…)
    r"(?:不|未|拒不?|没)(?:交|缴|付|出|参加|参与|配合|服从|还)"
    + _GAP
    + r"{0,16}?[，,]?\s*"
    + _GAP
    + r"{0,6}?(?:就|便|那就|那么就)|"
    # a harm that happens in the place the article guards, told as an event (辖区内发生火灾，…罚…): its cause
    # (a time or an emergency is no cause: 发生火灾、暴雨等紧急情况时，临时切断电源)
    r"(?:发生|出现|引发|引起|造成)了?" + _GAP + r"{0,4}?(?:火灾|火警|山火|野火|林火|火情|失火)"
    r"(?![^，,。；;：:！!？?]*?(?:时|期间|情况|等))|"
    # a count of times caught (查到一回, 抓住一次, 被查两次): the forbidden act of the line before, found
    r"(?:查到|查出|查实|发现|抓到|抓住|逮到|逮住|被查|被抓)(?:一|[\d两二三四五六七八九十])(?:回|次)|缺(?:一|[\d两二三四五六七八九十])个?(?:工|次|天|日)|"
    # each unit of a failure or of an overrun of a limit the charter sets, counted (每不合格一次, 每超出一桌, 每多摆一席):
    # the unit is the wrongdoing; a unit of a supply used (每多用一吨水) is a price ladder and not among the units
    r"每(?:超出?|超过|多出?|不合格|不达标|未达标|违反|违规|缺席|迟到|早退|落后)"
    + _GAP
    + r"{0,3}?(?:一|[\d两二三四五六七八九十])个?"
    r"(?:次|回|桌|席|项|处|辆|台|人)|"
    # the time it is found again, counted (第二次发现停水三天, 第三次被查到…)
    r"第[\d两二三四五六七八九十]+次(?:被)?(?:发现|查到|查出|查实|抓到|抓住|违反|违规|违约)|"
    # a person named by his wrongdoing as the subject (吸毒人员由村治保会…, 参赌分子一律…)
    # (超生户另收管理费, 违建户一律…: a household named by its wrongdoing likewise)
    r"(?:吸毒|涉毒|赌博|参赌|聚赌|盗窃|偷盗|违约|违规|违章|违建|闹事|滋事|超生|计划外生育)(?:人员|分子|户|家庭)|"
    # (乱搭乱建户, 乱倒户, 私搭乱建户: a household named by what it did at random or on its own)
    r"(?:[乱私](?:搭|建|倒|堆|放|扔|排|占|挖|砍|伐|停|贴|丢|养|接|拉)){1,2}(?:户|人员|分子)|"
    # the ground a demand is made on, told without a condition (以私拉乱接为由，要求每户交…; 因其乱建，…; 称其用电属于私拉
    # 乱接，要求…; 认定他家私搭乱建，…): the wrong the village holds him to have done
    r"以" + _GAP + r"{0,10}?" + _WRONG_NOT_BARE + _GAP + r"{0,10}?为(?:由|名|理由)|"
    r"(?:因|由于|称|认定|认为|指|说)(?:其|他|她|该户|他家|她家|其家)" + _GAP + r"{0,12}?" + _WRONG_NOT_BARE
)
# A topic described by its wrongdoing (散放的牛羊由村委会牵走看管; 违章停放的车辆…).
_WRONG_TOPIC = _lazy(
    r"\s*(?:对于|对|凡是|凡)?" + _GAP + r"{0,6}?(?:" + _WRONGDOING.pattern + r")(?!成年)" + _GAP + r"{0,10}?的|"
    # a thing named by its wrongdoing in one word (违停车辆, 违建房屋, 乱堆物品)
    r"\s*(?:对于|对|凡是|凡)?(?:违停|违章|违规|违建|违法|乱停|乱放|乱堆|私建|私搭|无证|超载)(?:停放|搭建|建设|堆放)?的?"
    r"(?:车辆|机动车|电动车|车|船|摊位|摊点|建筑物?|房屋|棚|物品|货物)|"
    # an animal straying where it does harm (家禽下田啄食秧苗的, 鸭鹅下到集体鱼塘的, 牛羊闯进林地的): the animal
    # taken is taken for it
    r"\s*(?:对于|对|凡是|凡)?" + _GAP + r"{0,8}?(?:牲畜|牲口|家畜|家禽|畜禽|[牛马羊猪鸡鸭鹅驴骡])" + _GAP + r"{0,4}?"
    r"(?:(?:下|进|闯|跑|窜|钻|放)(?:到|入|进)?|啄食|啃食|践踏|糟蹋)" + _GAP + r"{0,10}?的"
)
_PROHIBITION = _lazy(
    # (不得不, 不能不, 不可不: "must", a double negative that forbids nothing)
    r"不得(?!不)|不准|不许|不能(?!不)|不应|不宜|不可(?!不)|不要|不允许|严禁|禁止|杜绝|防止|避免|反对|制止|纠正|无权|切勿|"
    r"不因|不以|不搞|不实行|不采取|不采用|不使用|不用|取缔|废除|废止|删除|不会|不随意|不乱|不被|"
    # 本规约不设罚款, 免予处罚: the charter declares it has no such measure (money)
    r"不设|不另设|不规定|不作规定|免予|免于|不再(?:采取|实行|采用|使用|搞|设)|"
    # 取消了以往罚款、扣押等做法: the old measures done away with (取消其低保 is a deprivation: no 了 or 以往)
    r"取消了|取消(?=以往|过去|原有|原来|此前|以前)|摒弃|革除|去除|"
    # 清理罚款条款 aims at the measure; 交清清理费后, 清理干净, 清理期间 (a time of the sanction) do not (money),
    # nor the village clearing things away to sell or keep them (由村统一清理变卖, 清理后没收), nor a clearing done to
    # a thing named before it (对违停车辆进行清理和处罚, 予以清理并罚款: the cars are cleared, the owner penalised; t16)
    r"(?<!进行)(?<!予以)(?<!给予)(?<!加以)清理(?!费|干净|完毕|现场|人员|变卖|拍卖|出售|处置|后|并|掉|走|期间|时|过程|中)"
)
# What lies between a prohibition and a sanction when the prohibition forbids an act, not the sanction:
# a phrase of its own (焚烧秸秆, 乱倒垃圾), not just a manner (擅自, 随意) or a target or means (对村民, 以…为由).
_FORBIDDEN_ACT = _lazy(
    r"(?!(?:擅自|随意|任意|私自|随便|乱|滥|非法|违法|违规|变相|动辄|一律|再|又|予以|进行|给予|处以)*$)"
    r"(?:(?!对|向|给|以|用|为由|理由|借口|方式|手段|名义|代替|任何|村委|村民委员会|居委|干部|组长|单位|个人|组织|"
    r"一律|变相|动辄|超过|超出|高于|多于)" + _GAP + r"){2,24}"
)
# Words that forbid conduct (禁止焚烧秸秆); 删除, 废除, 纠正, 反对 … always aim at the measure itself.
_FORBIDS_ACTS = frozenset({"不得", "不准", "不许", "不能", "严禁", "禁止", "不要", "切勿"})
_AMOUNT_UNIT = _lazy(r"\d\s*(?:元|块)|[十百千万两一二三四五六七八九零〇壹贰叁肆伍陆柒捌玖拾佰仟](?:元|块)")
# (不得因家庭成员的违法行为，限制…: the ground the prohibition names, 因/由于 right after it, fills the clause as 为由 does)
_PROHIBITION_BY_PRETEXT = _lazy(
    r"(?:不得|不准|不许|不能|不应|严禁|禁止|无权|不以)"
    r"(?:" + _GAP + r"*?(?:为由|为借口|为理由)|(?:仅|单|只)?(?:因为|因|由于)[^，,。；;：:]+?)\s*$"
)
_DEFER_ACTOR = _lazy(
    r"(?:公安|司法|检察|执法|林业|国土|自然资源|环保|生态环境|农业农村|水利|市场监管|城管|交警|卫健|"
    r"卫生健康|民政|有关|相关|主管|行政|供电|供水|渔政|渔业|海事|消防|应急|教育|文旅|住建|规划)(?:机关|部门|机构|局|站|所|公司|单位)|"
    # an enforcing organ named by its unit (渔政执法队, 综合行政执法大队, 水政监察中队, 森林公安派出所 above): the state's
    # force on the matter, to which a referral hands the fine and the taking alike
    r"(?:执法|监察|稽查|综合执法)(?:大队|中队|支队|队)|"
    # a title in 《》 names a law, but not the charter itself (依本《村规民约》罚二百元 is its own fine)
    r"派出所|边防|法院|交警|交巡警|人民政府|镇政府|乡政府|街道办|司法所|判处|"
    # the state in an old rule's words, and the hand-over to it (送官究治, 鸣官, 禀县, 呈县主, 众人送上究治): the
    # magistrate punishes, not the clan (docs/clause-codes.md: a person handed to the state is clean)
    r"官府|官厅|衙门|县衙|县署|县主|县官|县令|知县|州县|地方官|"
    r"(?:送|呈|禀|鸣|报|解|控|告|投)(?:明|请)?(?:官|县|州|府)(?!员|方|网|道|城|级|里|委)|送上(?!门|来|去|一|了|楼)|"
    # a court's order told in a report (判令其向原告支付补偿款, 裁定由被告返还): the court's, not the charter's
    r"判令|裁定|"
    # (判决被告支付原告补偿款: the ruling's order on a party; 判决书载明 tells what the rule said, no order)
    r"判决(?=被告|原告|上诉人|被上诉人|由|村|组|社|其|该|撤销)|"
    r"《(?![^》]{0,24}(?:村规|民约|公约|规约|寨规|族规|章程|本约))[^》]{1,30}》|"
    # the supplier itself, for its own bill (有线电视站可停止信号传输)
    r"(?:有线电视|广电|电信|移动|联通|燃气|自来水|水务)(?:站|公司|台|所|厂)|水厂|供电所|供水站"
)
# a penalty left unnamed (处罚, 重罚) is the law's or an authority's when a law, a regulation or an outside
# body's rule comes before it in its clause (按有关规定处罚, 按照契税法规予以处罚, 按镇里的规定处罚); the charter's own
# rule (按村规民约处罚, 按"谁烧罚谁"的原则处罚) is no referral
_OUTSIDE_RULE = _lazy(
    r"依法|依规|法律|法规|条例|规章|处罚法|有关部门|相关部门|"
    r"(?:有关|相关|上级|国家|政府|镇里?|乡里?|县里?|街道)[^，,。；;]{0,4}?(?:规定|办法|政策|要求|标准)|"
    # a state policy applied (按计划生育政策处罚): a village has no policy of its own
    r"(?:按|依|照|根据)[^，,。；;]{0,8}?政策|"
    # a negator a few characters before it (不另行处罚, 不承担连带处罚, 免于…处罚): no penalty at all; a failure to act is the
    # wrong, not a negated penalty (闭口不报与窃贼同罚, 袖手不救者; t14old)
    r"(?:不(?!报|言|语|前|救|管|问|顾|举|告|到)|免|无须|无需)[^，,。；;的者]{0,4}$"
)
_DEFER_BARE = _lazy(
    r"(?:依法|依规|依照(?:国家)?(?:有关|相关)?(?:法律|法规|规定)|按照?(?:国家)?(?:有关|相关)(?:法律|法规|规定)|"
    r"根据(?:国家)?(?:有关|相关)(?:法律|法规|规定))(?:规定)?(?:予以|给予|处以|进行|实施)?\s*$"
)
# the registration never moved in (户口未迁入本村的, 户籍尚未转入): a benefit's condition not met, like 户口不在
_NOT_MOVED_IN = (
    r"(?:户口|户籍)"
    + _GAP
    + r"{0,4}?(?:未|没有?|尚未|仍未|还未|一直未|至今未)(?:迁入|迁进|迁来|转入|转来|落入|落户|入户)"
)
_ELIGIBILITY = _lazy(
    # (不在本村居住满三年: living elsewhere ends no land contract, 农村土地承包法 Art. 27, unlike 户口不在本村)
    r"户口不在|户籍不在|不在本村(?!居住|生活)|非本村户口|不符合|不再符合|"
    # the law's own bar on a voter (村民委员会组织法 Art. 13): deprived of political rights, kept off the roll
    r"剥夺政治权利(?=[^。；;]{0,30}?(?:选民|选举|投票|表决))|"
    # the conditions of a benefit, not a field or a site to be put right (限期恢复耕种条件)
    r"(?<!恢复)(?<!耕种)(?<!生产)(?<!种植)(?<!卫生)(?<!通行)(?<!原有)条件|骗取(?!钱财|财物|他人|群众|村民|老人|信任)|冒领|虚报|隐瞒|弄虚作假|虚假|死亡|去世|"
    # a name put into the clan's register by deceit (混谱, 冒宗, 乱宗): struck out, the false entry is undone
    r"混谱|混入(?:宗|族|家)?谱|冒入|冒宗|乱宗|冒姓|冒认|冒籍|"
    # (not the village moving him out: 将其户口迁出本村 is the expulsion, no eligibility)
    r"(?<!将其户口)(?<!把其户口)(?<!将其户籍)(?<!把其户籍)(?<!其全家户口)迁出|已迁(?!入)|重复|两份|同时享受|"
    # the registration turned non-agricultural (户籍转非, 农转非, 转为城镇户口): the 户口's kind changed by the state's
    # procedure, like 迁出 (membership deemed given up for moving to town, 迁往城镇…视为放弃, stays CV606: set E)
    r"农转非|转非|转为(?:城镇|非农业?|居民)户口|" + _NOT_MOVED_IN + r"|"
    # (a son adopted out, 出继他房, 过继给他人: his tie to the lineage ended by the adoption, not by a sanction; 过继来的
    # is one adopted in and keeps his claim; rv14)
    r"出继|出嗣|过继(?:给|与|他|于|出)|"
    # (and membership not held, the law's own ground: 未取得本村集体经济组织成员资格的，不参加分配, “投资户”不参加分红，
    # 因其不是本村成员; rv14)
    r"(?:未|没有|尚未)(?:取得|获得)[^，,。；;]{0,12}?成员资格|不(?:具有|具备)[^，,。；;]{0,12}?成员资格|"
    r"(?:不是|并非|不属于)本(?:村|组|社|集体)[^，,。；;]{0,10}?成员|"
    r"已取得|已经取得|已享受|已经享受|已分得|国籍|(?<!视为)(?<!视同)(?<!按)(?<!作)自愿|动态管理|收入超过|收入高于|(?<!超)(?<!超过)(?<!超出)(?<!规定)(?<!处罚)(?<!惩处)(?<!处理)标准|"
    # land taken back or adjusted for planning or the collective's public works (因修建村道或兴建公共设施需要，依法
    # 收回或调换承包田): the law's own ground (土地管理法 Art. 66), no sanction
    r"(?:规划|建设|兴办|公益事业|公共设施|公共利益)[^，,。；;]{0,8}?需要|"
    # nothing to share (集体经济亏损的，当年不分红): no dividend withheld from anyone
    r"亏损|亏本|(?:无|没有|未)(?:收益|盈利|盈余|利润)|"
    # the law's own tests of membership (农村集体经济组织法 Art. 11): 户籍, living and producing there, the land as
    # the basis of one's living (户籍挂靠、从未在本村生产生活的，不确认为成员)
    r"基本生活保障|(?:从未|从来没有|未曾)在本(?:村|组|社|集体)" + _GAP + r"{0,4}?生产生活|"
    r"未经" + _GAP + r"{0,12}?(?:确认|同意|认可|讨论通过)|"
    # the body's own test failed (体检不合格的，不得参军): the law's condition of enlisting, no wrong
    r"(?:体检|身体(?:检查)?|健康检查|视力)(?:不合格|不达标|不过关)|"
    # an application not complete (材料不齐全的，暂不盖印), a voter not on the roll (未进行选民登记的，不得投票) and a
    # share by age (未满十六岁者不领胙): the procedure's or the law's own condition, no wrong (rv13)
    r"(?:材料|手续|资料)不(?:齐全|全|完整|完备|齐)|选民登记|未满[\d一二两三四五六七八九十]+周?岁"
)
_NOT_RESIDENT = _lazy(r"户口不在|户籍不在|不在本村|非本村|不符合|不具备|迁出|已迁(?!入)|死亡|去世|" + _NOT_MOVED_IN)
_NOMINAL_FOLLOW = _lazy(
    r"(?:的(?:程序|决定|对象|人员|家庭|户|情况|名单|标准|条件)|应当|应|须|必须|需|要经|时|期间|工作|程序)"
)
# Payments named as the cost of harm done or as an ordinary due are civil or lawful, not fines.
_CIVIL = _lazy(
    r"赔偿|补偿(?=失主|受害|损失|他人|对方|被害)|损失|修复|维修|修理|修配|实际价款|医药|医疗费|清理|清运|复原|重建|补种|购|成本|工本|材料|欠款|欠费"
)
# An ordinary due is lawful when it is simply owed (按时交纳卫生费60元; 不交水费的，补交水费). Exacted
# for a wrongdoing that has nothing to do with it (违反规定的，按每平方米10元缴纳管理费) it is a fine.
_DUE = _lazy(
    r"水费|电费|卫生费|保洁费|管理费|物业费|医保|保险|合作医疗|有线|学费|党费|会费|押金|筹资|一事一议|租金|"
    r"承包费|燃气费|取暖费"
)
# A condition about the due itself (拖欠水费的, 偷水者, 未缴纳卫生费的): the payment settles it.
_DUE_MATTER = _lazy(r"交|缴|欠|费|租|水|电|气|暖|保|险|医|承包")
_FOLLOWING_OBJECT = _lazy(_GAP + r"{0,6}")  # 每亩10元收取维护费: what the payment is for follows it
_TAKEN_FROM_HOLDINGS = _lazy(_DIVIDEND + "|" + _WELFARE)
_HELD_BEFORE = _lazy(r"(?:从|在)" + _GAP + r"{0,10}?(?:" + _DIVIDEND + "|" + _WELFARE + r")(?:中|里|内)\s*$")
_DEDUCTED_AFTER = _lazy(
    r"[^。；;！!？?]{0,8}?(?:从|在)"
    + _GAP
    + r"{0,10}?(?:"
    + _DIVIDEND
    + "|"
    + _WELFARE
    + r")(?:中|里|内)?(?:直接)?(?:扣除|扣减|抵扣|扣回|划扣|扣)|"
    # 按每次五十元扣减其年终慰问金: the deduction names the holding after it
    r"[^。；;！!？?]{0,4}?(?:扣除|扣减|扣发|抵扣|冲抵)(?:其|该户|其家庭)?的?"
    + _GAP
    + r"{0,8}?(?:"
    + _DIVIDEND
    + "|"
    + _WELFARE
    + r")"
)
_ADVANCED = _lazy(r"垫付|垫交|垫缴|代缴|代交|代为(?:缴纳|交纳|支付|缴|交)|借款")
_DEDUCTS = _lazy(r"扣|抵")
_GAP_NEGATION = _lazy(r"不|未|无|禁|勿|免|非")
_APPLICATION = _lazy(r"的?(?:申请|报名|申报|审批|报批)")
# 按每次100元收取清理费: a fixed sum per offence is a fine, whatever the payment is called
# (每超一桌, 每多一桌, 超出部分每亩: a rate per unit beyond the charter's limit is the same)
_PER_OFFENCE = _lazy(r"每次|每人次|每回|每例|每超[一\d]|每多[一\d]|超出部分每|超过部分每")
_PAYMENT_BEFORE = _lazy(r"赔偿|赔付|收取|交纳|缴纳|罚款|处以|科以|(?:警示|惩戒|惩罚|教育)金")
# (押的钱, 押下的二百块: a deposit said as what was pledged)
_DEPOSIT_NAMES = (
    r"(?:保证金|押金|信誉金|诚信金|风险金|抵押金|承诺金|履约金|质保金|押(?:下|着|在[^，,。；;]{1,5}?)?的(?:钱|款))"
)
_DEPOSIT = _lazy(_DEPOSIT_NAMES)
# Personal documents: holding one back withholds a certificate (CV605), it takes no property (CV602).
_DOCUMENT = (
    r"(?:户口簿|户口本|户口薄|户籍簿|身份证件?|证件|证照|结婚证|准生证|生育证|驾驶证|驾照|行驶证|营业执照|执照|护照|"
    r"社保卡|医保卡|残疾证|通行证|出入证|"
    # any paper that proves a status or a licence (船籍证明材料, 捕捞许可证); a title to property (房屋产权证, 林权证)
    # held stands for the property (CV602)
    r"证明材料|(?<![产权])证明|许可证|捕捞证|船籍证书?)"
)
_HOLDS_DOCUMENT = _lazy(_DOCUMENT)
# Verbs that set a sum off against what the member holds or is owed (从其分红中扣抵, 从保证金中划扣).
_SET_OFF = r"(?:扣除|扣减|扣回|扣抵|抵扣|划扣|扣划|冲抵|冲减|抵顶|抵交|抵缴|抵偿|折抵|扣)"
# A thing given back once a condition is met (交清后方可领回, 待赔偿损失后再行归还): it was held.
_GIVEN_BACK = (
    r"(?:后|才|方)(?:方|才)?(?:可|能|准|许|予以|予|再行|再)?"
    r"(?:领回|取回|赎回|牵回|拉回|开回|领走|归还|退还|发还|返还|放还|放回|交还|放行|解锁|启封|解封)"
)
# 每缺一次, 每个工, 缺一个工日: a sum per occurrence
_EACH_TIME = _lazy(r"每" + _GAP + r"{0,3}?[次回工]|缺(?:一|[\d两二三四五六七八九十])个?(?:工|次|天|日)")
_SURCHARGE = _lazy(r"加收|另收|多收|滞纳金|违约金")
# A governed pronoun or a collective names who bears the measure: 停止其供水, 全组停水.
_SANCTIONED = _lazy(_WHOM + r"|全组|全家|全户|全社|(?<![遇逢因如若当在])全村")
_WHOM_WORDS = frozenset(_WHOM[3:-1].split("|"))
# the sanctioned person or his kin (不为其子女出具政审证明): the kin make it collective (CV608)
_KIN_WHOM = r"(?:" + _WHOM + r"(?:子女|家庭|家人|父母|家属|配偶)?)"
# A village body that tells a utility or organ to act is still the actor (由村委会通知供电所停电).
_VILLAGE_DIRECTS = _lazy(
    r"(?:村委会?|村民委员会|村民小组|居委会|村组|治保会|调委会|理事会|社区|物业(?:服务中心|服务企业|公司)?|业委会)"
    r"(?:通知|要求|协调|联系|责成|请|商请|会同|函告|告知|致函|发函)"
)
# A supplier cutting its own supply is lawful only for that supply's own bill or misuse (拖欠水费的, 私接电线的);
# for any other wrongdoing the cut is the charter's sanction carried out by the supplier (酗酒闹事的，由村供水站
# 停止其家中用水).
_SUPPLIER = _lazy(
    r"(?:有线电视|广电|电信|移动|联通|燃气|自来水|水务|供电|供水|热力|供热)(?:站|公司|台|所|厂)|水厂|供电所|供水站"
)
_OWN_SUPPLY_MATTER = _lazy(
    r"水费|电费|气费|有线|收视|取暖费|供暖费|采暖费|热费|网费|宽带费|偷水|偷电|窃电|私接|私拉|私改|私开|违章用|违规用|"
    r"用水|用电|用气|供水|供电|供气|水表|电表|气表|管网|线路"
)
_VILLAGE_OWNED_BEFORE = _lazy(r"(?:村|寨|屯|组|社|嘎查|集体|村级|村办|村集体)(?:的|里的?|自办的?)?$")
_FEE = _lazy(r"费|款|税|租金|资金|基金|欠|医保|保险|社保|合作医疗")
# What can be led or carried away as a seizure (拉走并由畜主交费后领回), unlike rubbish cleared away.
_SEIZABLE = _lazy(
    r"牲畜|畜|禽|[牛羊猪马驴骡鸡鸭鹅狗犬]|车|船|农机|机具|工具|渔具|网具|渔网|鱼网|丝网|地笼|网箱|鱼竿|钓竿|猎具|赌具|设备|器材|"
    r"货物|商品|摊|物品|财物|"
    # the gear of the wrongdoing itself, furniture and machines (赌桌, 麻将机, 音响, 发电机, 帐篷)
    r"桌|椅|凳|麻将|扑克|牌具|音响|音箱|机器|机械|麻将机|发电机|电瓶|帐篷|器具|用具|"
    # what was cut, dug or grown in the wrongdoing, and goods left in the way (私自砍伐的树木由村组收缴)
    r"树木|林木|木材|竹|柴|石料|砂石|建材|杂物"
)
# What a village can take or hold, beside the above: produce left in the way (占道晾晒的粮食由保洁员收走).
# Kept apart from _SEIZABLE, which also tells a thing held from a person held (偷窃农作物被抓获的…扣留: the
# produce is what he stole, he is the one held).
_TAKEABLE = _lazy(
    r"(?:"
    + _SEIZABLE.pattern
    # (grain, not the state's grain payment: 粮食补偿款, 粮补 and 粮食直补 are a subsidy)
    # (其物, 其财: his thing, in the old wording)
    + r"|(?<=其)(?:物|财)|粮(?!食?(?:直补|直接|补))食?|稻谷|谷物|玉米|作物|庄稼|秸秆|(?<!建)树(?!立)|渔获|猎物|苗木|树苗|果苗|果树|青苗|蔬菜|药材|鲜叶|茶青|农产品|水果|果实|"
    # what the wrongdoing earned (违法所得上交村集体 is a confiscation)
    r"违法所得|非法所得|所得款|赃物|赃款|获利|赌资|赌款|"
    # what is left of works the village pulled down (拆下的木料, 材料不予退还)
    r"(?<!申请)(?<!证明)(?<!报批)材料|木料|钢材|砖瓦|构件|电器|家电|家具|"
    # an estate or goods in an old rule's words (侵者之产, 其田产, 私物, 其物)
    r"田产|产业|家产|私产|(?<=[其之])产|私物|(?<=[其该])物(?![业资价品件理流])"
    r")"
)
_OWNER_TAKES = _lazy(
    r"(?:由|让|请|通知|责令|要求)(?:其)?(?:畜主|失主|主人|车主|船主|所有人|物主|户主|本人|当事人|其家人)"
)
_CONTRABAND = _lazy(r"具|网|枪|刀|器|赌资|所得|木材|竹木|林木|烟花|鞭炮|爆竹|药")
# The person is told to do it himself: 责令其关闭水阀 is no supply cut by the village.
_TOLD_TO = _lazy(
    r"(?:责令|要求|督促|提醒|劝导|劝说|告知|教育|引导|让|叫)(?:其|他|她|当事人|户主|畜主|用户|住户)?(?:限期|立即|及时|自行|马上|主动)?\s*$|"
    # (畜主应当自行将牲畜圈起来, 限期让他自行把违建的围墙推倒: the owner does it himself)
    r"(?:自行|自己|亲自)(?:将|把)?\s*$"
)
# 不参加医疗保险的，不能享受医保报销待遇: a scheme's benefit goes to those in the scheme; the condition
# names the person's own non-participation in the very scheme whose benefit is denied.
_SCHEMES = (
    (re.compile(r"医保|医疗|合作医疗|报销|参合"), re.compile(r"医保|医疗|合作医疗|参合")),
    (re.compile(r"养老"), re.compile(r"养老")),
    (re.compile(r"保险"), re.compile(r"保险|参保")),
)
_SCHEME_JOIN = _lazy(r"参加|参保|参合|投保|缴纳|交纳|缴费|交费|续保|办理|加入")


_HELD_PERSON_BEFORE = _lazy(r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|违规者|行为人|嫌疑人)\s*$")
_PERSON_WORD = _lazy(r"人员|者|人|小偷|窃贼|盗贼|嫌疑")


# what 将/把 moves before the holding verb, when it is an animal or a thing (将牲畜牵到村委会关起来; not
# 将偷牛贼关起来, where 牛 is no object of its own)
_BEAST_OR_THING_HELD = _lazy(
    r"(?:将|把)"
    + _GAP
    + r"{0,6}?(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|牛|马|羊|猪|鸡|鸭|鹅|狗|犬|车辆|车|物品|东西|工具|财物)"
    r"(?:子|们|只|头|匹)?(?:牵|赶|拉|送|拖|运|带|抱|圈|关|锁|到|进|在|于|至)"
    # (其牛由村里关起来, 鸡鸭由组里关押: the beast opening its clause, held by whoever the 由 names)
    r"|(?<![^，,。；;：:\s其者])(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|鸡鸭|牛|马|羊|猪|鸡|鸭|鹅|狗|犬)(?:子|们|只|头|匹|群)?"
    r"(?:一律|统一|全部)?(?:由|被)"
)


_PERSON_RELEASED = _lazy(
    # (or fetched by his people: 通知其家人来村委会领人)
    r"领人|接人|(?:家人|家属|亲属|监护人|父母|家长)[^，,。；;]{0,8}?(?:领|接)(?:回|走)(?!\S{0,2}(?:物|车|船|畜))|"
    r"放行|放人|放其(?:离开|回家)|(?:方可|才能|才准|才可|方能|才)(?:离开|回家|返家|回去)"
)


def _holds_person(sent: _Sentence, pos: int, evidence: str) -> bool:
    """扣留 (扣押) holds a person, not a thing: 将其扣留; 扣留在治保室 or a bare 扣留 with no thing in the sentence
    and a person before it (对外来人员偷盗的，…扣留)."""
    text = sent.text
    if _HELD_PERSON_BEFORE.search(text, max(sent.start, pos - 6), pos):
        return True
    release = _PERSON_RELEASED.search(text, pos, sent.end)
    if release and not _SEIZABLE.search(text, sent.clause_at(pos).start, release.start()):
        return True  # 扣留在办公室看管，待查明后放行: a person is let go, a thing given back
    if _SEIZABLE.search(text, sent.start, sent.end):
        return False
    after = text[pos + 2 : min(pos + 3, sent.end)]  # what follows the verb in the text, not in the match
    if after and after in "在于至到":
        return True
    bare = not after or after in "，,。；;：:！!？?、 并和及或"
    return bare and bool(_PERSON_WORD.search(text, sent.start, pos))


def _own_scheme(text: str, start: int, pos: int, evidence: str) -> bool:
    """The condition before pos is not taking part in the scheme whose benefit the evidence withholds."""
    if not _SCHEME_JOIN.search(text, start, pos):
        return False
    return any(benefit.search(evidence) and member.search(text, start, pos) for benefit, member in _SCHEMES)


# (水价上浮一倍: a price raised is a payment asked)
_PAY_WORD = _lazy(r"[收交缴赔罚费款金]|价(?:格)?(?:上浮|上调|上涨|提高)")
# (a public duty put in the form of a contract with the village is no civil contract: 计生合同, 计划生育协议,
# 门前三包责任协议 — the charter's sanction on it is still the charter's)
_CONTRACT = _lazy(r"(?<!计生)(?<!生育)(?<!责任)(?:合同|协议|约定)")
_POSITIVE = _lazy(
    r"(?<![不非无])(?:表彰|表扬|奖励|光荣|先进|好人|感谢|鸣谢|捐|示范|文明户|星级|先锋|模范)"
)  # 不文明户 is no honour
_POINTS = _lazy(r"积分|分值|分数|星")
# a display that hides who it is about (人脸作遮挡处理, 打码, 不公布当事人姓名): no one is shamed
_ANONYMISED = _lazy(
    r"(?<!不作)(?<!未作)(?<!不)(?<!未)(?:遮挡|遮盖|打码|马赛克|模糊处理|匿名|隐去)|"
    r"不(?:公布|公开|显示|标注|写明|注明)" + _GAP + r"{0,8}?(?:姓名|身份|住址|门牌)"
)
