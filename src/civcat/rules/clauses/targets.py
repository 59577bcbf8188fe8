"""The clause analyser's targets (CV607 and CV608): a measure aimed at married-out, divorced or widowed
women, their children or uxorilocal husbands (CV607), or borne by a household, family or group for one
person's act (CV608), and the denials (不享受, 不参与分配, 不予) such targets take.
"""

from __future__ import annotations

from ...i18n import N_
from .vocabulary import _DIVIDEND, _GAP, _HELP_GOING, _LAND, _MEMBERSHIP, _NOT_REGARDLESS, _OBJECT_TAIL, _WELFARE, _lazy

# The characters a target can open on (tests/test_clauses_speed.py keeps the list whole): the lookahead skips every
# other character in C, where the alternation would be entered at each character of each sentence searched.
_WOMEN_FIRST = "守丈夫三上不两丧二倒入再农出单双因城外多大女妇姊姑娶婚嫁寡已并成户招改无有未本独男离纯结远闺非应须需要只随跟父生爸新刚才过进处失贞她孀嫠遗既适订定许被赘坐到去落事吃下受办摆"
# Her betrothal, old and new words (订婚, 定亲, 许配, 吃订亲饭, a marriage in fact without the register's): a promise
# of marriage decides her share as the marriage does (docs/clause-codes.md, CV607).
_BETROTHAL = (
    # (not 规定婚丧…, 修订婚…: 定 and 订 closing another word)
    r"(?<![修制签预装])订了?(?:婚|亲)|(?<![规决确制约议肯认设指预否鉴评审])定了?(?:婚|亲)|许(?:配|婚|嫁)|许了人家?|(?:吃|办|摆)(?:过|了)?(?:订|定)(?:亲|婚)(?:饭|酒|宴)?|"
    r"事实婚姻?|婚约|下(?:了|过)?聘礼?|受(?:了|过)?聘礼?"
)
_WOMEN_TARGET = _lazy(
    r"(?=[" + _WOMEN_FIRST + r"])"
    r"(?:外嫁女|出嫁女|嫁出女|农嫁女|城嫁女|"
    # any "X嫁女" (a daughter married, whatever the place: 农嫁女, 嫁女户), and a marriage in which neither side
    # moves (两头走, 两头婚, 男不娶、女不嫁): the marriage itself decides her loss
    r"嫁女|两头(?:走|婚|住|跑|来往)|两边走|并家婚?|男不娶|女不嫁|不嫁不娶|不娶不嫁|外嫁|出嫁|嫁出|嫁到外|嫁往|嫁给外|农嫁非|农嫁居|农嫁城|农嫁农|嫁城女|"
    # a wife married in (娶外地媳妇的, 婚入的媳妇), only as the whole condition (娶进的媳妇离婚后… is her divorce)
    r"娶"
    + _GAP
    + r"{0,6}?(?:媳妇|妻子|老婆)(?=的?[，,])|娶(?:进|入|回|来|过来)(?:门|家|来|村)?的?"
    + _GAP
    + r"{0,4}?(?:媳妇|妻子|老婆|儿媳)(?!"
    + _GAP
    + r"{0,3}?(?:离婚|离异|丧偶|改嫁|再婚|离了婚))|婚入的?(?:媳妇|妇女|女性|女子)?|远嫁|嫁给|嫁入|嫁至|嫁去|嫁到|嫁进|嫁来|嫁过来|离婚妇女|离异妇女|丧偶妇女|再婚妇女|离婚女|离异女|寡妇|"
    # a widow in the older words (孀妇, 嫠妇, 遗孀, 孀居, 寡居): the same status as 丧偶
    r"孀妇|孀居|嫠妇|遗孀|寡居|"
    # (女出嫁, 女外嫁: a verse's short word for a daughter; not 男女 or 子女)
    r"(?<![男子妇])女(?:出嫁|外嫁|嫁出|远嫁|嫁人|适人|出阁|于归)|"
    # a child whose share follows its mother's marriage to an outsider (随母落户的子女, 父亲为外村人的): the
    # parents' marriage decides the child's loss, like the daughter's line below; her husband named as an outsider
    # (丈夫户口不在本村的, 丈夫系城镇居民的) tells her marriage out by whom she married, as the father tells the child's
    r"(?:随|跟|跟随)(?:母亲?|妈妈|生母)(?:落户|入户|上户|迁入|登记户口|报户口|户口)|"
    r"(?:父亲|生父|爸爸|丈夫)(?:为|是|系|属于?)(?:外(?:村|组|社|地|乡|镇|县|省|寨|屯)|非本(?:村|组|社|寨|屯)|城镇|城市|居民)|"
    r"(?:父亲|生父|爸爸|丈夫)的?(?:户口|户籍)?(?:不在|不属于?|不是)(?:本|咱|我|这个?)(?:村|组|社|寨|屯)|"
    # a wife newly married in, named as the subject of any clause (新娶媳妇能否入股, 刚过门的媳妇)
    r"(?:新|刚|才)(?:娶|过门|进门|嫁来)?(?:的|进的?|来的?|回的?)?(?:媳妇|儿媳)|(?:过门|进门)的(?:媳妇|儿媳)|"
    # her marriage told of her by the pronoun only a woman has (以她已婚为由, 她结婚后): the marriage is hers
    r"她(?:已经?|早已|刚)?(?:结婚|已婚|出嫁|外嫁|嫁人|嫁到|嫁给|离婚|离异|再婚|改嫁|" + _BETROTHAL + r")|"
    # her supposed chastity (不是处女的, 失贞的妇女): her status as a woman, like her marriage (docs/clause-codes.md)
    r"(?:不是|并非|非|不再是)?处女(?![地作座航秀峰])|(?:失|不)贞|贞(?:洁|操)|"
    # her husband and children named by her (她的丈夫和子女): the family her marriage made, left out with her
    r"她们?的?(?:丈夫|配偶)(?:和|及|与|、|以及)(?:孩子|子女|小孩|儿女)|"
    r"大龄未婚女|未婚女|单亲母亲|未婚母亲|未婚先孕|非婚生子女?|出门女|出门(?:之|的)(?:女儿|闺女|姑娘)|纯女户|女儿户|独女户|双女户|多女户|二女户|三女户|多姊妹|姊妹户|户无男性|有女无儿户?|无儿户|"
    # the same household in an old rule's words (有女无子, 无男有女, 生女无子): a line only daughters could carry on
    r"有女无(?:子|男|嗣)|无(?:子|男)有女|生女无子|只有女儿|只生女儿?|入赘女婿|入赘|招赘|赘婿|赘夫|坐产招夫|招夫|上门女婿|倒插门|招婿|招郎|上门男|"
    r"招" + _GAP + r"{0,4}?(?:上门)?女婿|"
    r"嫁" + _GAP + r"{1,10}?的(?:女儿|姑娘|女子|妇女|女性|闺女|人(?![员口数]))|"
    r"(?:男方|男子)" + _GAP + r"{0,4}?(?:到|在|入|进)女方?家?(?:落户|居住|安家|生活|入户)|男(?:到|入|进)女(?:方)?家|"
    r"(?:男方|男子)(?:落户|入户|迁入|入住)(?:到)?女方家?|"
    # the man named only by where he settled (到女方落户的, 落户女方家的): her uxorilocal marriage
    r"(?:到|去|入|进)女方家?(?:落户|入户|安家|上户)|落户(?:到|于|在)?女方家?|"
    # the husband come in by the uxorilocal words themselves (男方上门落户的, 男子入赘本组的, 上门落户的男方); 上门
    # alone is a visit or a service (上门服务, 上门收费), so it needs the man or the settling
    r"(?:男方|男子|男青年|男的)" + _GAP + r"{0,4}?(?:上门|入赘|倒插门)|上门(?:落户|入户|入赘)(?!服务|办理|登记|手续)|"
    # women as such put out of a share (把妇女排斥在收益分配之外, 把女性排斥在分红之外): her sex decides the loss,
    # as her marriage or her supposed chastity would (t16)
    r"(?<![男子])(?:妇女|女性|女子|女儿|女(?:村民|社员|成员|股东|组员|业主|居民))(?:群体|们)?(?=(?:一律|全部|均|都)?(?:排除|排斥|剔除)(?:在|于|出))|"
    r"(?:妇女|女性|女子|女儿|姑娘|女方|女(?:村民|社员|成员|股东|组员|青年)|本村女|女孩子?|闺女|女娃|女人|(?<![男子])女的)"
    + _GAP
    + r"{0,14}?(?:离婚|离异|丧偶|结婚|出嫁|外嫁|嫁|已婚|再婚|改嫁|婚后|适人|出阁|于归|出了门|过了门|成了亲|成亲|成了家|成家|"
    + _BETROTHAL
    + r")|"
    # the status in the next clause of a clause about women (女性村民未婚的每人一股，结婚后按半股)
    r"(?:妇女|女性|女子|女村民|女儿|姑娘)"
    + _GAP
    + r"{0,12}[，,]\s*(?:婚后|结婚后|出嫁后|嫁出后|离婚后|离异后|丧偶后|再婚后)|"
    # (婚出, 婚迁: married out in a register's words)
    # (married in an old rule's words, 已嫁之女, 出阁之女, 适人之女, and betrothed, 已订婚的女子, 许配他人的姑娘, 已字之女:
    # a betrothal decides her loss as her marriage does)
    r"(?:已婚|结婚|婚后|再婚|改嫁|出嫁|外嫁|离婚|离异|丧偶|离了婚|结了婚|嫁了人|婚出|婚迁出?|因婚迁出|婚嫁外出|成家|成了家|"
    r"已嫁|既嫁|出阁|适人|已字|"
    + _BETROTHAL
    + r")"
    + _GAP
    + r"{0,10}?(?:的|之)?(?:女性|妇女|女子|女儿|姑娘|女村民|女青年|闺女|女人|媳妇|儿媳|(?<![男子])女)|"
    # (her remarriage or divorce in an old rule's words: 再醮, 改醮, 改适, 再适, 被休, 被夫家休弃)
    r"(?:离婚|离了婚|离异|丧偶|改嫁|再嫁|再醮|改醮|改适|再适|被休|被(?:夫家|丈夫|夫)休(?:弃|回|出)?)(?:后|的|之)?(?:妇女|女性|女子|女方|妇人|妇)?|婚嫁(?=后|以后|之后)|"
    # widowed, told by her husband's death (丧夫后, 守寡的, 丈夫病故后回娘家的): the same status as 丧偶
    r"(?:丧夫|守寡|夫亡|丈夫(?:去世|死亡|病故|过世|亡故|病逝|身故))"
    r"(?!(?:后|以后|之后)?的?(?:改嫁|再嫁|再婚))(?:后|以后|之后)?的?(?:妇女|女性|女子)?|"
    # her children, the daughter's line (女儿的子女, 外孙): the share follows the mother's marriage
    r"女儿(?:的|所生的?)(?:子女|小孩|孩子|儿女)|外孙(?:子女|女)?|"
    # married and her parents' home named: she is the one married out (婚后户口仍在娘家)
    r"(?:婚后|结婚后|婚嫁后|出嫁后)" + _GAP + r"{0,8}?娘家|"
    # her right placed at her husband's (应在其丈夫处分地, 只能到婆家分): the marriage is the ground, unnamed
    r"(?:应当?|应该|须|需|要|只能|只可)(?:在|到|去|回|随)(?:其|她的?)?(?:丈夫|夫家|婆家|男方)"
    r"(?:处|所在地?|家|村|那里|那边)?|(?:再婚)(?:后|的)(?:妇女|女性|女子|女方)?)"
    r"(?:人员|者)?(?:(?:及其|和其|与其|连同其|及|和|与|的|所生的?)(?:所生)?(?:子女|丈夫|配偶|家属))?"
)
# A right the woman would enjoy: negated, it is a denial.
_ENTITLEMENT = (
    r"(?:享受|享有|参与|参加|分配|分得|分给|分享|获得|取得|申请|安排|划分|分到|领取|列入|纳入|承包|使用|保留|给予|"
    r"确认|认定|登记|具有|落户|入户口?|上户口?|落入|转入|迁进|挂入|报入|办理|批准|审批|继承|分地|分田|配股|分红|接收|接纳|迁入|迁回|担任|参选|当选|"
    # a share allotted or held, what she takes with her (不配置, 不再持股, 不得带走或者要求分割)
    r"配置|配给|量化|持股|持有|带走|分割|要求分割|入股|参股|入社|"
    # a share received in an old rule's words (不得分受祖产, 不得承受田业)
    r"分受|承受|受分|"
    # an inheritance or property carried along in older words (不得承产, 不许承祧, 不得携产改嫁)
    r"承产|承业|承祧|承继|继产|携产|"
    # a right had or received in plain words (不能有股权, 无法拿到分红)
    r"拿到|领到|得到|有(?=" + _GAP + r"{0,4}?(?:" + _DIVIDEND + "|" + _LAND + "|" + _MEMBERSHIP + r"))|"
    # a share paid out (未向其发放补偿款, 拒发, 不予兑现)
    r"发放|发给|兑现|拨付|支付|(?<=拒)(?:发|付|给|分)|"
    # a paper the village gives for her husband's or child's registration (不予出具接收证明)
    r"出具|开具|"
    # the land let to her again at the next round (二轮延包时不再发包)
    r"发包|延包|续包|确权|"
    # a share given back (不予恢复股份), a grave in the village's ground (不得葬入本村公墓, 不准安葬在祖山)
    r"恢复|葬入|安葬|入葬|埋葬|下葬|埋入|葬在|葬于|进祖坟|入祖坟|"
    # a share named by what is shared (分粮, 分钱, 分房)
    r"分" + _NOT_REGARDLESS + r"(?:粮|钱|物|房|山|林|股)|"
    # a bare 分 closing the clause (已出嫁的不分, 外嫁女一律不分): the share the scheme gives, withheld from her
    r"分(?=\s*(?:[，,。；;！!？?]|$))|"
    # a bare 分 before what is shared (不再给她分宅基地; 不分男女 names no right)
    r"分"
    + _NOT_REGARDLESS
    + r"(?="
    + _GAP
    + r"{0,4}?(?:"
    + _LAND
    + "|"
    + _DIVIDEND
    + r"|钱|粮|房|款|(?:祖|族|祭|祠|家|田)(?:田|产|业)))|"
    # a house built at home, a school place (不准回村建房, 子女不得在本村入学)
    r"(?:回村|回娘家|回来)?(?:建房|盖房|建屋|起屋)|入学|就学|上学|就读|入托|入园|"
    # the land worked, a member's right exercised (不得再耕种本村土地, 不得行使表决权)
    r"耕种|耕作|承种|行使|"
    # the clan's register and hall (不得入谱, 不准上谱, 不许进祠堂): the lineage's roll, its membership
    r"入谱|上谱|登谱|入(?:族|宗|家)谱|上(?:族|宗|家)谱|入祠|进祠堂?|进入祠堂|"
    # a village service done for her (红白理事会不予承办, 锣鼓队一律不出场): what members are served with
    r"承办|操办|帮办|出场|上门服务|提供服务)"
)
_RIGHTS = "(?:" + "|".join((_DIVIDEND, _LAND, _WELFARE, _MEMBERSHIP)) + ")"
# The woman herself as the one who keeps or receives (由本人继续耕种): no transfer away from her.
_HERSELF = (
    # (her parents' home or kin named after 她 is someone else: 由她父亲代领, 由她父亲耕种)
    r"(?:其|她)?本人|她(?!的?(?:娘家|父|母|兄|弟|哥|姐|妹|嫂|家|户主|前夫|丈夫|婆|公|夫家|亲属|亲戚))|自己|女方本人|(?:其|她的?)?(?:合法|法定)?(?:子女|继承人)|"
    # 由其继续承包: 其 is she when a verb follows it straight (由其兄弟继承 names another)
    r"其(?:继续|仍|照常|自行|依法)?(?:继受|继承|承接|接管|接手|耕种|使用|经营|所有|承包|管理)"
)
# What a negator denies: the right, with whom it is for and a manner between (不得单独享受, 不能直接参与, 不同意
# 给予分配, 不准在本村落户).
_DENIED_RIGHT = (
    # (a woman named in a report by her surname: 拒绝向李某分配)
    r"(?:为|给|向|将|把)?(?:其|她们|他们|她|他|再|复|另行|重新|[\u4e00-\u9fff]某某?)?(?:直接|单独|同等|平等|正常|一律|继续|全额)?"
    r"(?:在(?:本|该)?(?:村|组|寨|屯|社|嘎查|社区|村民小组)(?:里|内)?)?(?:上学|就学|读书|居住|生活)?" + _ENTITLEMENT
)
_DENIAL = _lazy(
    # a negated entitlement: 不再享受村集体收益分配, 不享有宅基地申请资格, 不得在本村落户
    # (any refusal: 不同意给予分配, 拒绝为其办理; a manner between: 不能直接参与, 不得单独享受)
    r"(?:(?:不得|不能|不再|不予|无权|无法|不可以|不可|不准|不许|没有|不给|暂缓|不同意|不予同意|拒绝|不允许|不准许)"
    + _DENIED_RIGHT
    # (a report of it done: 未向其发放, 一直未予分配, 拒发补偿款; 未发放的补偿款 names the money still owed)
    + r"|(?:未予|从未|未|拒)"
    + _DENIED_RIGHT
    + r"(?!的)|不(?:为|给|向)?(?:其|她)?"
    + _ENTITLEMENT
    + r")(?:"
    + _GAP
    + r"{0,10}?(?:"
    + _RIGHTS
    + r"|资格|待遇|权利?|分配)"
    + _OBJECT_TAIL
    + r")?|"
    # anyone barred from handing her the right (娘家不得把她名下的承包地交给她耕种, 不准将口粮田留给其使用)
    # (the loss reported as done: 没有把钱分给她)
    r"(?:不得|不准|不许|不能|不再|没有|没|未)(?:把|将)"
    + _GAP
    + r"{1,12}?(?:交给|交由|分给|租给|留给|让给|转给|给)(?:她|其)(?:本人)?"
    r"(?:" + _ENTITLEMENT + r")?|"
    # a right granted only on a further condition: 满五年后方可享受村民待遇
    # (a measure named between: 方可按本村男丁标准配股; a right exercised: 须满五年方能行使选举权)
    # (方 alone before its verb: 方享受; a standing had or an office stood for: 才有资格分…, 方可被选为代表)
    r"(?:方可|才能|才可|方能|方才|才|方(?=享|参|分|配|取|获|有|具))(?:办理|恢复|重新|再|(?:按|依|按照|依照|参照)"
    + _GAP
    + r"{1,10}?)?"
    r"(?:享受|享有|参与|参加|分配|分得|分到|领到|拿到|申请|取得|获得|落户|入户|上户|分地|分田|分红|配股|分粮|分钱|计入|列入|纳入|配置|配给|承包|享有|行使|领取|"
    # the application itself, its right left unnamed (须居住满十五年方可提出, 才能提交申请)
    r"(?:提出|提交|递交)(?:申请)?(?=[。，,；;！!]|$)|(?:提出|提交|递交)申请|报名|"
    r"(?:有|具有|具备|取得)(?:分配|享受|参选|选举)?资格|被选为?|参选|当选|担任)|"
    # the same wait or vote before any right she would enjoy (方可分享集体收益, 才能重新入股, 方可确认成员资格): the
    # class of entitlements, not a list of verbs (bare 才 keeps the list above: 才 is too common a word)
    # (a paper shown for a procedure, 凭户口簿方可办理, is the procedure's own step, no right withheld)
    r"(?:方可|才能|才可|方能|方才)(?:重新|再|另行|正式)?(?!办理|登记|出具|开具)" + _ENTITLEMENT + r"|"
    # 满八年方可与本寨村民同等享受分红: equal only after a wait the others never had
    r"(?:方可|才能|才可|方能|才)(?:与|同|和|跟)" + _GAP + r"{1,12}?(?:同等|一样|平等|同样)地?"
    r"(?:享受|享有|参与|参加|分配|分得|申请|取得|获得|承包|使用|配给|配置)|"
    # a yearly price for keeping what others keep free (须每年向合作社交纳管理费), not an ordinary due
    r"(?:(?:每年|每月|每季度?|每天|每日|逐年|按年|按月)(?:须|需|必须|要|应)?|(?:须|需|必须|要|应)(?:每年|每月|每季度?|每天|每日|逐年|按年|按月))(?:向"
    + _GAP
    + r"{1,10}?)?(?:交纳|缴纳|上交|上缴|交|缴|支付)"
    r"(?!" + _GAP + r"{0,6}?(?:医疗|医保|养老|保险|卫生|水费|电费|物业|党费))"
    # (the sum or the fee named goes with it: 交纳占地费三百元)
    r"(?:" + _GAP + r"{0,14}?[\d一二两三四五六七八九十百千万]+元|" + _GAP + r"{0,10}?费)?|"
    # a child's surname made the condition of her share (须随母姓, 新生儿姓氏必须与户主姓氏相同)
    r"(?:必须|须|需|要求|只有|应当?|要|一律|统一)"
    + _GAP
    + r"{0,16}?(?:姓氏?"
    + _GAP
    + r"{0,8}?(?:相同|一致|相符)|(?:随|跟|从)"
    + _GAP
    + r"{0,4}?姓)|姓氏(?:必须|须|需|应当?|要)?(?:与|和|跟|同)"
    + _GAP
    + r"{0,8}?(?:相同|一致|相符)|"
    # a price for coming in, the coming named first (如要在本村落户，每人交一万元)
    r"(?:落户|入户|迁入|上户口?|入社|入股)的?[，,]?\s*(?:每人|每户|每口)?(?:须|需|要|必须|应|得)?(?:交|缴|交纳|缴纳|捐|出)"
    + _GAP
    + r"{0,6}?[\d一二两三四五六七八九十百千万]+元|"
    # a payment first, then her share (捐钱后参加分配, 补交三千元后享受): the right bought, which members have free
    # (a scheme's own contribution is no price: 交纳合作医疗费后享受报销)
    r"(?:交|缴|捐|出|付|补交|补缴|交纳|缴纳)(?!"
    + _GAP
    + r"{0,6}?(?:医疗|医保|养老|保险|卫生|水费|电费|物业|党费|学费))"
    + _GAP
    + r"{0,8}?(?:钱|款|费|资|元)(?:后|以后|之后)[，,]?(?:方可|才能|才可|方能|才|再)?"
    + _ENTITLEMENT
    + "|"
    # a waiver the charter deems (未交纳的视为自愿放弃, 逾期按自动放弃处理)
    r"(?:视为|视同|按|作)(?:自愿|自动)?放弃|"
    # a fee to come in (交纳入户费): her husband or her children pay for what a member's get free
    r"(?:交纳|缴纳|交|缴|收取)"
    + _GAP
    + r"{0,4}?(?:入户|落户|入社|入股|户口|户籍|入籍|户口保留|保留户口|挂户|空挂|迁入|随迁|入村)"
    + _GAP
    + r"{0,4}?费|"
    # 只分口粮田，不分责任田
    r"不分" + _NOT_REGARDLESS + r"(?:配|给)?" + _GAP + r"{0,4}?(?:" + _LAND + "|" + _DIVIDEND + r")|"
    r"不分" + _NOT_REGARDLESS + r"(?:地|田|房|钱|红|股)|"
    # any money or goods not shared (不分征地款, 不分安置钱)
    r"不分" + _NOT_REGARDLESS + r"(?:配|给)?" + _GAP + r"{0,4}?(?:款|钱|金|粮|物)(?=[，,。；;！!？?\s]|$)|"
    # a bare verb of giving or allotting denied before what is shared (不发分红, 不配宅基地, 不发放土地补偿款): the verb
    # names the share straight (不配合, 不发生 name none), or a share of any name ends the clause (不发劳龄股, 不配人口股)
    r"不(?:发|配)(?:给|放|置)?(?:其|她们?)?(?:" + _LAND + "|" + _DIVIDEND + "|" + _WELFARE + r")|"
    r"不(?:分|发|配)" + _NOT_REGARDLESS + r"(?:配|给|放|置)?(?:其|她们?)?" + _GAP + r"{1,4}?股(?=[，,。；;！!？?\s]|$)|"
    # a smaller share by any verb of giving (少发放补偿款, 每人少分一万元), or compared with the others' (分红少于
    # 本村村民, 补偿标准低于男方): 不低于 is a floor, not a cut
    r"(?<![至最多不])少(?:发放|发给|发|分配|分得|分给|分|给予|给|配给|配|计发|算|领)"
    # (the sum with it: 每人少发一万元, so the money is her loss, not a fine)
    r"(?:" + _GAP + r"{0,3}?[\d一二两三四五六七八九十百千万.]+元)?|"
    r"(?:" + _RIGHTS + r"|待遇|份额|标准|数额)(?:(?![不未非])" + _GAP + r"){0,8}?(?:少于|低于|少过)|"
    # the share named, then cut (其承包地按人口减少处理, 分红相应核减)
    r"(?:" + _RIGHTS + r")" + _GAP + r"{0,6}?(?:减少|酌减|核减|调减|递减)|"
    # the share named before, then a bare verb of giving denied at the clause's end (承包地，第二轮承包时不再给), or a
    # right she has not (在本村没有选举权, 不具有本村的分配资格)
    r"(?:一律|也|都|均|就|则)?(?:不再|不予)(?:给|发|分|发放|给予|分配)(?=[，,。；;！!？?\s]|$)|"
    r"(?:没有|不具有|不具备)(?:本村|该村|村里|村集体|本组)?的?(?:"
    + _RIGHTS
    + r"|选举权|被选举权|表决权|(?:分配|分红|承包)资格)|"
    # a share held back or cut by a part (暂缓发放, 减去一人份土地): taken for a time, or in part
    r"(?:暂缓|延缓|推迟)(?:发放|兑现|分配|分红|配股)|(?:减|少)(?:[一1]|一个)(?:人|口|个人)(?!口)|(?:减去|减掉|扣去|核减|调减)"
    + _GAP
    + r"{0,8}?(?:"
    + _RIGHTS
    + r"|份|股|面积|亩|人口|人头|指标|名额)|"
    # the share named first, then withheld by any verb of giving (娘家村的分红不再给, 土地补偿款一律不发), or none of
    # it had (村里的福利一概没有)
    # (spoken with the least of it: 补偿款一分都没有, 分红一分钱也不给)
    r"(?:"
    + _RIGHTS
    + r")(?:一分钱?|一分一厘|一点儿?|一个子儿?)?(?:一概|一律|全都|都|全|均|也)(?:没有|没份|无份|不给|不发)"
    r"(?=[，,。；;！!？?\s]|$)|"
    # a list or a table: what is shared, a colon or a cell's bar, then the bare denial (征地款：不分, 分红 | 无)
    r"(?:"
    + _RIGHTS
    + r"|款|费|金|钱|粮|地|田)\s*[:：|｜]\s*(?:一律|一概|均)?(?:不分|不给|不发|不享受|无|没有|取消|停发)"
    r"(?=\s*(?:[，,。；;！!？?|｜\n]|$))|"
    r"(?:"
    + _RIGHTS
    + r")(?:一律|也|都|均|就|则|概)?(?:不再|不予|不|不得|停止|暂停)(?:给|发|分|付|发放|给予|兑现|计发|享受|分配)|"
    # a deprivation: 收回其承包地, 取消分配资格
    r"(?:收回|收归|抽回|抽走|收走|拿走|调走|调回|划走|取消|停止|停发|停付|停拨|停领|停给|脱产|扣留|截留|提留(?=其|她)|扣除|扣减|扣发|剥夺|调整?出去?|(?:划|抽)出去|注销|减半|折半|开除|终止|丧失|失去|失掉|失效|作废|暂停|冻结|回购|收购|赎回|买断|清退|清零|清除|剔除)(?:"
    + _GAP
    + r"{0,10}?(?:"
    + _RIGHTS
    + r"|资格|待遇))?|"
    # her application refused by any verb (提出的申请一律不予受理, 申请不批)
    # (申请宅基地的，村委会不予受理: the application's object, then the body that refuses)
    r"申请"
    + _GAP
    + r"{0,10}?(?:[，,]\s*"
    + _GAP
    + r"{0,8}?)?(?P<refusal>(?:一律|一概|均|都)?(?:不予|不|不得|拒绝|拒不|暂不)"
    r"(?:受理|批准|审批|审核|办理|同意|考虑|安排|上报|签字|盖章|批|准))|"
    # a share given to the men instead: 其遗产归兄弟所有
    r"(?:归|由)(?:其)?(?:兄弟|儿子|男方|娘家兄弟|男性)(?:所有|继承|享有|耕种|种|使用|经营|管理)|"
    # a reduced share: 按人均的一半, 只享受50%, 只准一人
    # (a table's cell: | 已婚未迁出女性 | 30% |)
    r"(?:只|仅|按|以|(?:调整|减|降|改|变更)为|(?:标准|比例|份额|系数)(?:为|是)|[|｜]\s*)(?:能|可|准|许|限)?"
    + _GAP
    + r"{0,12}?(?:一半|半份|半数|半额|减半|半股|折半|半个?(?:安置|分配|享受|计算)?(?:人口|人头|人|名额|份额|指标)|(?<!\d)\d{1,2}\s*[%％]|"
    r"\d?\.\d+\s*(?:股|份|人|口|亩|个)|[零〇]?点[一二三四五六七八九]+\s*(?:股|份|人|口|亩|个)|百分之[一二三四五六七八九十]+|[一二三四五六七八九]成|"
    r"[二三四五六七八九十]分之[一二三四五六七八九])|"
    # a fixed sum in place of her share (其子女每人只发二千元): what the others get is a share, hers a sum
    r"(?:只|仅)(?:能|可)?(?:发|给|发放|补|补助|分|分给|得到|拿到|领到|领取|领|获得|分得|享受)"
    + _GAP
    + r"{0,4}?[\d一二两三四五六七八九十百千万.]+元|"
    # a share of less than one in any unit, with no word before it (女性每人0.5股, 婚后每人点五份)
    r"(?<![\d.])0?\.[1-9]\d*\s*(?:股|份|人|口|亩)|(?<![一二两三四五六七八九十\d])[零〇]?点[一二三四五六七八九]+\s*(?:股|份|人|口|亩)|"
    # a share cut by a discount (征地款打对折, 分红打七折)
    r"(?:打|按|以)(?:对折|[一二三四五六七八九]折)|"
    # 享受本村村民一半的待遇: a share granted, but reduced
    r"(?:享受|享有|分得|分配|领取|获得|配)"
    + _GAP
    + r"{0,10}?(?:一半|半数|半份|半股|减半|百分之[一二三四五六七八九十]+|(?<!\d)\d{1,2}\s*[%％])|"
    # a denial in the spoken word (村里的钱莫再来领, 别想再分地, 休想拿分红): what she may no longer take
    r"(?:莫|别|甭|休想|别想|莫想)(?:再)?(?:来|去|回来|回村)?(?:领|要|分|拿|享受|参加|占)|"
    # no longer a member: 不再作为本村集体经济组织成员
    r"不再(?:是|作为|视为|认定为?|属于)" + _GAP + r"{0,12}?(?:成员|村民|社员|组员|股东)|"
    # 一律不算本村人: not counted as one of the village in any words
    r"不(?:再)?(?:是|算|属于|视为|当作)(?:是)?(?:本|该)?(?:村|组|社|寨|屯|队)(?:里)?的?(?:人|成员|村民|社员|组员)|"
    # the land taken back or handed to the husband's family: 一律调整, 调整给其原夫家
    # 交还前夫家族: what she holds handed to the husband's family
    r"(?:交还|退还|归还|交回|退回|交给)(?:其)?(?:前夫|原夫|夫家|婆家|男方)|"
    # or to the lineage or her brothers (田土归还房族, 交回娘家兄弟): anyone but her
    r"(?:交还|退还|归还|交回|退回|交给|交出|归)(?:给)?(?:其)?(?:房族|家族|宗族|族里|族中|本族|本房|祠堂|娘家|兄弟|夫族|夫家|婆家|亡夫家)|"
    # 出嫁后不再计算: left out of the count
    r"(?:不再|不予|不)(?:计算|计入|计)(?:人口|人数|份额|在内)?|"
    r"(?:一律|统一|全部)(?:调整|收回|调出|重新分配|划出)|调(?:整)?给(?:其)?(?:原)?(?:夫家|男方|婆家)|(?:由|归|给)(?:其)?(?:前夫|原夫|亡夫|夫家|婆家|男方)家?"
    + _GAP
    + r"{0,4}?(?:耕种|使用|经营|所有|继承|管理|承包|接包|领取|代领|代收|领)|"
    # the husband's side holding or drawing it "for" her (由前夫或前夫家庭代为持有): no proxy of hers
    r"(?:由|归|给)(?:其)?(?:前夫|原夫|亡夫|夫家|婆家|男方)" + _GAP + r"{0,6}?代为?(?:持有|领取|收取|管理|经营|耕种)|"
    # what she holds handed to anyone else (调整给新增人口, 调剂给其他农户, 划归女方兄弟, 由亡夫的兄弟继受,
    # 由户内其他成员继承): a transfer away from her, whoever receives it; 流转给 is her own letting, and she
    # herself (由本人继续耕种) or a proxy (由其父母代为耕种) receives nothing of hers
    r"(?<!流)(?:调整|调剂|调|划|转|让|留|移交|转交|发包|重新分配|另行分配|另行安排)(?:给|归)(?!" + _HERSELF + r")|"
    # (可由 permits; 只可由 restricts, as 只能由 does)
    r"(?:(?<!可)|(?<=[只仅惟止]可))(?:由|归)(?!"
    + _HERSELF
    + r")(?:(?!保障|保护|确认|维护|依法|代|托|平等|同等|共同|女儿|本人)"
    + _GAP
    + r"){0,10}?"
    # (the line carried on in an old rule's words: 承祧, 承嗣, 立嗣, 过继)
    r"(?:承祧|承嗣|继嗣|立嗣|入继|兼祧|"
    r"继受|继承|承继|承接|接管|接手|接包|接种|顶包|耕种|使用|经营|所有|享有|享受|承包|管理|管业|代管|托管|处置|处分|支配|占有|"
    # her money drawn by another (由其前夫所在户代为领取, 由原户主统一领取)
    r"代为?领取|代领|代收|领取)|"
    # the holding named, then a duty to hand it back, to whomever (地是要退回来的, 承包地一律交回; 不用退回 is none)
    r"(?:" + _LAND + r"|(?<![^，,。；;：:\s但可而])(?:地|田))(?:(?:是|就|也|都|则)?(?:要|须|必须|得|应当?|需|该)"
    r"(?:全部|一律|如数)?|一律|全部|如数)(?:退回|交回|退还|交还|归还|上交|交出|让出|还给|还回|退给)(?!她|其本人|本人|女方)|"
    # handed back to the collective (把其名下的承包地交回集体)
    r"(?:交回|退回|退还|交还|上交|收归)(?:给)?(?:本村|村里|村|村集体|集体|村委会|本组|组里|村民小组|合作社|生产队|队里|小组|本社|社里)|"
    # or simply falling to it, the clause ending there (责任田归组, 承包地一律归集体统一调整)
    r"(?<![回收权])归(?:本村|村里|村集体|集体|本组|组里|组|村民小组|小组|合作社|本社|社|队|生产队|村)"
    r"(?:所有|统一" + _GAP + r"{0,4})?(?=[，,。；;！!？?\s]|$)|"
    # 转为其父母所有, 过户到其兄弟名下: moved into someone else's name
    r"(?:转为|转入|转到|转至|过户(?:到|给|至)?|划入|并入)(?:(?!本人|自己|她)"
    + _GAP
    + r"){0,8}?(?:所有|名下|户下|户内)|"
    # treated as an outsider (按外来户办理, 视为空挂户): not a member in all but name
    r"(?:按|视为|视同|作为|当作)(?:外来|外村|外地|非本村|空挂|寄居|暂住|挂靠|挂名|挂户|外人)(?:户|人员|人口|村民|组员|社员)?|"
    # or as one who has left, though she has not (均视为已出村人员, 按迁出人口对待)
    r"(?:按|视为|视同|当作|算作)(?:已|已经)?(?:出村|迁出|外迁|离村|转出)(?:的)?(?:户|人员|人口|村民|组员|社员)|"
    # her standing not acknowledged (不认可其成员身份; 不认可口头放弃 names no right)
    r"(?:不|不再|不予)(?:认可|承认)(?:其|她)?的?(?:" + _RIGHTS + r"|资格|身份|待遇|权利|权益)|"
    r"(?:一律|均|都|也)?(?:不予|不再|不)(?:认可|承认)(?=[，,。；;！!？?\s]|$)|"
    # struck from a list (将其从分配名单中删除)
    r"从"
    + _GAP
    + r"{0,10}?(?:名单|名册|花名册|方案|范围)(?:中|里|上|内)?(?:删除|删去|删掉|划掉|划去|剔除|除名|拿掉|去掉|勾掉)|"
    # put outside a list or a share by any verb of exclusion (排除在分配名单之外, 剔除出分配名册)
    r"(?:排除|排斥|剔除|划)(?:在|于)"
    + _GAP
    + r"{0,10}?(?:之外|以外|外)|(?:排除|剔除|清除|划)出"
    + _GAP
    + r"{0,8}?(?:名单|名册|范围|分配)|"
    # a right out of her reach (领不到一分钱, 分不上地, 享受不到): the potential form denies as 不能 does
    r"(?:领|分|拿|得|要|享受|享有|落|入|上|参加|参与)不(?:到|了|上|着)|"
    # her case made the rule's exception (以在册人口为准，但已登记结婚的女性除外): left out of what the rule gives
    r"(?<=[的者女婿儿人员户娘媳])除外|"
    # her ties with the collective cut in so many words (和组里没有关系了), her name kept off its roll
    r"(?:和|与|跟|同)(?:本村|本组|本社|村里|组里|社里|集体|村集体|娘家村)(?:就)?(?:没有|没|无|再无|不再有)(?:任何)?(?:关系|关联|瓜葛)|"
    r"(?:名册|名单|花名册|名簿)(?:上|里|中)?(?:就|便|也|都|再)?(?:(?:不能|不得|不再|不准|不许|没有)(?:有|写|列|出现)|"
    # (in spoken words: 花名册上就没有她了)
    r"没有?|无|不见)了?(?:她们?|其(?![他它余中次实]))(?:的名字|的名)?|"
    # 与其无关, 没有她的份: left out in so many words
    r"与(?:其|她)(?:本人)?无关|(?:没有|没)(?:其|她)的?份|"
    # her share kept only until a date (保留至结婚当年年底, 享受至出嫁后第二年), or withdrawn (退股)
    r"(?:保留|享受|享有|分配|发放|计算|计发|种|耕种|承包|使用|经营|(?<=[只仅])(?:算|分|发|给|计|领))(?:到|至)(?:(?!取得|分得|获得)"
    + _GAP
    + r"){0,14}?"
    r"(?:年底|年末|年终|为止|止|底|[年月日])|(?:自动|强制|一律|予以|作|办理)?退股|退出(?:股份|股权)|"
    # left out of the count: 不在分配之列, 不计入分配人口
    r"不在(?:分配|享受|发放|配股)(?:之列|范围)|不(?:列入|计入|纳入)(?:分配)?(?:人口|人数|名单|范围)|"
    r"不算人头|不计人口|"
    # 只享受口粮田: the ration land, not the rest a member gets
    r"(?P<ration>(?:只|仅)(?:能|可|准|许)?(?:享受|享有|分配|分得|分给|给予|给|分|保留|留下|保有|留)?(?:口粮田|口粮地|口粮款|口粮))|"
    # her holding cut to a part she keeps (仅保留一亩, 只留下半股): what she keeps is less than a member's share
    r"(?:只|仅)(?:能|可|准|许)?(?:保留|留下|保有|留)" + _GAP + r"{0,6}?"
    r"(?:[\d一二两三四五六七八九十半]+(?:亩|股|份|分地)|" + _LAND + "|" + _DIVIDEND + r")|"
    r"(?:只|仅)(?:能|可|准|许|限)?" + _GAP + r"{0,8}?(?:一人|一个|一名|一位|任一|其中一)|"
    r"(?<![^，,。；;：:\s])限(?:招|入|进)?(?:一人|一个|一名)(?=[，,。；;！!？?\s]|$)|"
    # a line of three characters drops the verb (女出嫁，户要迁；不迁出，无分红): the household's 户口 to go, and no
    # share, written as a line of its own
    r"(?<![^，,。；;：:\s])(?:户口|户籍|户)(?:必须|须|要|得|应当|应|一律)(?:迁出|迁走|转出|外迁|迁)(?=[，,。；;！!？?\s]|$)|"
    r"(?<![^，,。；;：:\s])(?:无|没有|没)(?:分红|红利|股份|股权|股|口粮|承包地|土地|田地|地|田|份)(?=[，,。；;！!？?\s]|$)|"
    r"(?<=[都全均也])(?:不留|不给|不分|没份|无份)(?=[，,。；;！!？?\s]|$)|"
    # sent back to her parents' household (一律回娘家落户, 户口迁回娘家)
    r"(?:一律|必须|须|应当?|要|只能)(?:将户口)?(?:迁?回|退回|返回)娘家|"
    # a demand to leave (户要迁, 户口得迁走: a verse's short words too)
    r"(?:户口?|户籍)(?:要|须|必须|得|应|就得|就要)迁(?:出|走)?(?![入来回])|"
    # a demand to leave: 户口必须迁出
    r"(?:必须|须|应当|应|一律|要|责令|限期)(?:将|把)?(?:其)?(?:户口|户籍)?(?:随"
    + _GAP
    + r"{1,3}?|一并|一同|同时)?(?:迁出|迁走|转出|外迁|"
    # (to any place but here: 应将户口迁往男方所在地; 迁到本村, 迁回 are no demand to leave)
    r"(?:迁往|迁到|迁至|迁去|转往|转到|转至)(?!本|回|娘家|村里|组里|这里|我村|我组))"
)
# The loss written before her (方案排除了几名外嫁女分配的权利, 剥夺离婚妇女的承包权): a verb of exclusion governing
# her as the owner of a right named right after her.
_EXCLUDED_BEFORE = _lazy(
    r"(?:排除|剥夺|取消|否定|否认|不承认|拒绝|不给|不分给|停发|扣发|收回)了?(?:(?![不未非])" + _GAP + r"){0,16}?$"
)
# Her act of enjoying a right refused consent or leave before her (不同意“出嫁女”享受本组待遇, 不允许离婚妇女继续承包,
# 不让入赘女婿入股): the refusal governs her act, the entitlement right after her (a quotation mark between).
_CONSENT_REFUSED = _lazy(r"(?:不同意|不予同意|没有?同意|未同意|不赞成|不让|拒绝)(?:给|让|由)?[“「『\"‘]?$")
# a loss refused consent is her right upheld (村民代表不同意剥夺外嫁女的承包权, 反对收回离婚妇女的承包地)
_LOSS_OPPOSED = _lazy(r"(?:不同意|不予同意|反对|不赞成|不允许|不准许)$")
_HER_ACT_AFTER = _lazy(r"[”」』\"’]?(?:继续|再|仍|也|同等|平等)?" + _ENTITLEMENT)
_HER_RIGHT_AFTER = _lazy(
    r"(?:的|所)?(?:应得的?|享有的?)?"
    + _GAP
    + r"{0,6}?(?:分配|分红|权利|权益|资格|待遇|份额|承包权|使用权|"
    + _RIGHTS
    + r")"
    + _OBJECT_TAIL
)
# Her right put to the members' vote, or refused by their consent withheld (入赘女婿能否分红，由户代表投票表决; 入赘
# 男子落户须经村民会议表决同意; 离婚妇女回村分钱，全队没人同意): a condition her status sets that members by birth
# never meet (docs/clause-codes.md: a stricter condition, CV607). Read from her target on: the right must follow her as
# her act (承包地 is a thing, not 承包), her own consent (须经本人同意) is a protection, 无须经 no condition.
_PUT_TO_VOTE = _lazy(
    _GAP
    + r"{0,12}?(?:能否|可否|是否|能不能|可不可以)?(?:重新|再|回来|回村)?(?:"
    + _ENTITLEMENT
    + r")(?![地田权费款])[^。；;！!？?\n]{0,24}?"
    r"(?:(?:(?<![无不毋免])(?:须|需|要|得|必须|应当?)|(?<![无不毋免须需要得必应当]))(?:经过?|由|交由|提交|提请)"
    r"(?!本人|其本人|她|女方|当事人)" + _GAP + r"{0,20}?(?:投票|表决|票决|举手|签字同意|同意|讨论决定|研究决定|评议)|"
    r"(?:没有一个人?|没一个人?|没人|无人|谁都不|谁也不|都不|均不|一致不|全都不)(?:同意|赞成|答应))"
)
# Her own choice (自愿退股, 本人申请): a waiver the charter deems (视为自愿放弃) is no choice.
_HER_CHOICE = _lazy(r"(?<!视为)(?<!视同)(?<!按)(?<!作)自愿|本人(?:申请|要求|同意)|自行选择|可以选择|可选择")
# (只可, 仅可: "only" restricts, it permits nothing)
_MAY_BEFORE = _lazy(r"(?<!不)(?<![只仅惟止])(?:可以|可|愿意)\s*$")
# The law's own rule against a double share (农村土地承包法 Art. 31): she has the right elsewhere.
# 已在婆家分得承包地, 在新居住地取得承包地的 — but not 在新居住地未取得.
_ALREADY_ELSEWHERE = _lazy(
    r"(?:已|已经)(?:在" + _GAP + r"{0,18}?)?(?:取得|分得|分到|获得)|"
    # (the place she married into or remarried in, her husband's: 嫁入地, 再婚地, 丈夫所在村)
    r"在(?:新居住地|新住所|现居住地|迁入地|婆家|夫家|男方|外村|他村|其他|新|嫁入地|婚入地|再婚地|落户地|(?:丈夫|配偶)所在)[^，,。；;：:！!？?\s未没无不否]{0,10}?"
    r"(?:取得|分得|分到|获得)"
)
# 无论…是否已在婆家分得土地: the charter takes it either way, which is no rule against a double share
_REGARDLESS = _lazy(r"(?:无论|不论|不管|不问)" + _GAP + r"{0,16}$")

# a role of the place, not the place as a bearer (由所在楼栋楼栋长劝导, 所在组组长)
_ROLE_AFTER = r"\w{0,3}?(?:长|管理员|网格员|负责人|理事|干部|主任|书记)"
# his own way into the place (注销其所在单元的门禁卡权限, 收回其所在楼栋的钥匙): the place is where his card opens,
# the card is his (CV605); the place's people named (该单元全体住户的门禁卡) bear it
_ACCESS_AFTER = r"的?(?:门禁|门卡|电梯卡|出入卡|出入证|通行证|通行卡|钥匙)"
# the collective target's child of a birth outside the plan, in the words that open on a guarded character (the
# wider reading below would open the target on 不, 偷, 抢 and 指, characters the guard should not wait on)
_UNPLANNED_CHILD = r"(?:其|该)?(?:超生|计划外生育|计划外出生|政策外生育|违法生育)的?(?:子女|孩子|小孩|儿女|婴儿|人口)"
# The child told by the birth in any words (违反计划生育政策出生的子女, 不符合生育政策所生的孩子, 计划外的小孩, 偷生的孩子):
# the reading of a child denied for its parents' act, wider than the collective target above.
_UNPLANNED_BIRTH = (
    r"(?:超生|偷生|抢生|超计划(?:生育|出生)?|(?:计划|政策|指标)外(?:多?生育?|出生|所生)?|违法生育|违规生育|"
    r"(?:违反|违背|不符合)(?:国家)?(?:计划生育|计生|生育)(?:政策|规定|法规|条例)?(?:而|所)?(?:多?生育?|出生|所生))"
)
_UNPLANNED_CHILD_RE = _lazy(r"(?:其|该)?" + _UNPLANNED_BIRTH + r"的?(?:子女|孩子|小孩|儿女|婴儿|人口|儿童)")
_UNPLANNED_KEYS = frozenset("超育偷外抢计")
# The characters a target can open on (tests/test_clauses_speed.py keeps the list whole): a guard as on
# _WOMEN_TARGET.
_COLLECTIVE_FIRST = "三亲兄全其出前单及受同周和四失姻宗家寨小层屯左户房所支政整旁本村栋楼浩片生的直相组联自血计该超近违连邻队院黑姊姐屋宿工一阖合满族五眷"
_COLLECTIVE_TARGET = _lazy(
    r"(?=[" + _COLLECTIVE_FIRST + r"])(?:"
    r"(?:"
    + r"全家人?|全户|全体家庭成员|(?:其|该户|本人(?:及|和|与|连同|、)其?|及其|和其|连同其?)(?:新生|新出生|未成年|年幼|在校|在读|所生)?"
    r"(?:家庭成员|家属|家人|亲属|子女|父母|配偶|家长|监护人|新生儿|婴儿|孩子|小孩|儿女|妻子|丈夫|儿子|女儿)|"
    # a whole settlement below the village (全寨, 全屯, 全自然村), or the area or building it shares (全片, 全楼)
    # (家属区, 家属院, 家属楼 are places where the staff's families live, no bearer)
    # the household whole in other words (一家老小, 阖家, 合家, 满门) and the kin in older ones (家眷, 眷属); 举家 goes
    # with a move, the household put out of the place (CV606, patterns.py)
    r"(?:一家老小|全家老小|阖家|合家|满门)(?:大小|老少)?|家眷|眷属|"
    # (the settlement as the one that calls out against him, 全寨鸣攻, 全屯共攻之, acts and bears nothing; t14old)
    r"家庭成员|家属(?![区院楼])|家人|亲属|(?:全组|全社|全队|全寨|全屯)(?!人?等?(?:共|齐|同|群起)?而?(?:鸣|攻|击鼓))|"
    r"全自然村|全生产队|全片区?|全楼栋?|全栋|全单元|所在(?:村民)?小?组(?!"
    + _ROLE_AFTER
    + r")|整个(?:村民)?小组|同组|户内其他成员|"
    r"(?:该生|该学生|该未成年人|该儿童)的?(?:家庭|家长|父母|监护人)|全村(?:村民|人|各户|群众)?|全体村民|(?:该|本)?(?:村民)?(?:小)?组?全体(?:农户|住户|组员|村民)|"
    # kin beyond the household words (其兄弟姐妹, 直系亲属, 家中成员, 该户其他成员)
    r"(?:其|该户)?(?:兄弟姐妹|兄弟姊妹|兄妹|姐弟|姊妹|直系亲属|近亲属)|"
    # kin counted by blood over generations (其血亲三代, 三代以内直系血亲) and a clan's branch or surname (该房支,
    # 同姓宗亲): whoever shares his blood or name bears it
    r"(?:其|及其|和其|连同其?)?(?:三代以内|三代之内|三代内|三代)?的?(?:直系|旁系)?(?:血亲|姻亲)(?:三代(?:以内|之内)?)?|"
    r"(?:该|本|同一?|其所在的?)?(?:房支|支系|宗亲|同姓宗亲)|(?:该|同一)姓氏|"
    # the others who share his boat, his vehicle or his team (同船其他船工, 同班其余人员)
    r"同一?(?:船|车|班)的?(?:其他|其余|其它)(?:船工|船员|人员|成员|队员|工人|司机)|(?:其|该户)?家中(?:成员|人员|其他人|老人|老小|老幼|亲人)|(?:该户|同户|本户)(?:其他|所有|全体)?(?:成员|人员)|"
    # the doer's household as a whole (其所在户全体人员, 所在家庭的所有成员)
    r"所在的?(?:户|家庭|农户|牧户|住户)(?:内)?的?(?:其他|所有|全体|全部)(?:家庭)?(?:成员|人员|人口)|"
    # everyone on his household register (户口本上的人口, 户口簿内所有成员, 户内全部人口): his kin by the book
    r"(?:户口本|户口簿|户籍簿?)(?:上|内|中)的?(?:所有|全部|全体|其他|其余)?(?:人口|人员|成员|家人|人)|"
    r"户内(?:所有|全部|全体|其他|其余)?(?:人口|成员|人员|家人)|(?:全家|全户|家庭)(?:所有|全部)?人口|"
    # a child born outside the plan bears its parents' act (超生子女不予落户, 计划外生育的孩子不分地)
     + _UNPLANNED_CHILD + r"|"
    # kin described before the noun (该户在外工作的子女, 其在外读书的子女)
    # (any kin word, 向其留在家中的公婆或丈夫收取: the in-laws or the spouse at home pay for her)
    r"(?:其|该户)"
    + _GAP
    + r"{1,8}?的(?:子女|儿女|孩子|家属|亲属|家人|父母|配偶|公婆|岳父母|丈夫|妻子|祖父母|兄弟姐妹|兄弟|姐妹)|"
    # the kin of a doer named by his label (违约户的子女, 失信人员的家属)
    r"(?:违约|违规|违法|违纪|失信|黑榜|违章|受处理)(?:户|者|人员|村民|家庭)的?(?:子女|儿女|家属|亲属|家人|父母|配偶|家庭成员)|"
    # one relative named after the pronoun (停发其妻子的低保金, 其兄弟的宅基地申请)
    r"其(?:妻子|丈夫|老伴|爱人|儿子|女儿|儿媳|女婿|孙子女?|孙女|兄弟|姐妹|兄长|弟弟|哥哥|姐姐|妹妹|祖父母|公婆|岳父母|"
    # (kin two at a time and his line after him: 其妻儿, 其妻小, 其老小, 其子孙, 其后代, 其后人)
    r"妻儿|妻小|妻女|妻室|老小|家小|儿孙|子孙(?:后代)?|后代|后人|后裔)|"
    # every household of a group, a building, a unit or a courtyard (该组全体农户, 该楼栋全部住户, 同一小组的其他农户)
    # (a settlement or a clan below the village too: 该浩特各户, 本屯全体村民, 该户所在房族各户)
    r"(?:该|本|整个|同一?)?(?:村民)?(?:小组|组|楼栋|栋(?:出租)?楼?|出租楼|单元|楼层|层|院落|院子|片区|浩特|自然村|自然屯|屯|寨子|寨|生产队|队|房族|家族|宗族|"
    # (one room's people: 屋内所有租客, 该宿舍全体人员, 同一工棚其他工人 bear one lodger's act)
    r"(?:出租)?屋|出租房|房间|宿舍|工棚)"
    r"(?:里|内|中)?(?:当年|当月|本年度?|今年|次年|全年)?的?"
    r"(?:全体|全部|所有|各|其他|其余)(?:农户|牧户|住户|居民|成员|组员|社员|村民|寨民|业主|租户|承租户|房客|租客|住客|人员|工人|户)|"
    # his clan or lineage by an old rule's words (同族之人, 合族, 五服之内, 其房族, 本房子孙): whoever shares his
    # descent bears it, like the kin by blood above
    # (the clan as the one that punishes, 合族严惩, 同族共攻之, 阖族公议, acts and bears nothing)
    r"(?:同族(?:之人|族人|人等|人)?|同宗(?:之人|族人)?|(?:全族|阖族|合族)(?:人等|之人|人)?|(?:其|该|该户)(?:族人|房族|宗族|家族)|"
    r"五服(?:之内|以内|内)的?(?:亲属|族人|亲人|各户|人等)?|(?:本房|该房|其房)(?:子孙|族人|各户|人等))"
    r"(?!严|惩|公|共(?!同承担)|议|处|究|攻|鸣|逐|革|责|罚|群)|"
    # households bound in a mutual guarantee or sharing his building (十户联保的各户, 联保户, 同单元住户, 同排住户)
    r"户?联保(?:的|内)?(?:各户|其他(?:各)?户|农户|住户|成员|户)|"
    r"同(?:一)?(?:楼栋|栋|单元|楼层|层|排|院|巷)的?(?:其他|其余|所有|全体)?(?:住户|农户|居民|各户|租户|业主)|"
    # neighbours made to answer for one household (一户违章建房，周边四户负连带责任)
    r"(?:周边|周围|邻近|左右|前后)[\d一二两三四五六七八九十]*户|四邻|联户|邻户|(?:周边|周围|左右|前后|相邻的?)(?:邻居|邻里|住户|农户)|"
    # the household or the clan the doer belongs to, named by his act (盗伐者所在家庭, 违规人员所在户, 该户所在房族):
    # 其所在户 alone may be his own household (an adult's own, CV605), a named doer's household holds others
    r"(?<=[者员])所在的?(?:家庭|农户|牧户|住户|户|家)|所在的?(?:房族|家族|宗族|自然村|自然屯|生产队|楼栋|单元|院落|片区)(?!"
    + _ROLE_AFTER
    + "|"
    + _ACCESS_AFTER
    + r")|"
    # a whole building, unit or courtyard (整栋楼停水, 全楼, 整个院落)
    r"整(?:栋|幢|座)楼?|全楼|全栋|全单元|整个(?:楼栋|单元|院落|院子|小组|寨子)"
    # the kin word with 本人 after it names the doer himself (政策外生育的，其父母本人的红利…)
     + r")(?!本人|自身|自己)" + r")"
)
# A collective word that is the audience or the place, not who bears the measure: 在全村大会上, 全村通报.
# (发到全村各群, 贴到全组: where a thing is sent is the place too)
_AUDIENCE_BEFORE = _lazy(r"[在于向对给请为]$|(?:发|贴|传|转|送|登|挂)到$")
# (a settlement below the village too: 请全寨人吃, 向全屯人赔礼, 在全片大会上 — the guests or the hearers, not who bears it)
_AUDIENCE_PLACE = _lazy(r"[村组社队寨屯片]")
_AUDIENCE_AFTER = _lazy(
    r"(?:村民|户主|群众|党员|代表|成员|男女老少|老少|人)?(?:大会|会议|会上|范围|内|公开|通报|广播|张榜|公示|公布|曝光|监督|面前|吃|看(?!病)|人看)|"
    # the group's media (全村各微信群, 全组工作群, 全村公开栏), and the group as the one that organises (全村统一组织的
    # 义务劳动): a place or an actor, not who bears
    r"(?:各|的)?(?:[\u4e00-\u9fff]{0,3}群(?![众体])|微信|大喇叭|喇叭|公开栏|宣传栏|公示栏|显示屏)|(?:统一|集体)?(?:组织|安排|开展)的|"
    # 由其家人到村部领人: the family fetches him, it is not punished; also with another fetcher beside it (家属或
    # 所在单位前来领人)
    r"(?:[或和及、]" + _GAP + r"{1,6}?)?(?:到|来|前来)" + _GAP + r"{0,6}?(?:领|接|保)|"
    r"(?:领回|接回|领走|接走|领人|接人|赎人|担保|作保|保出)|"  # 由其家属领回后方可离开, 家属领人时 too
    # the villagers who withhold their help at his feast (全村不出人相帮, 全体村民一律不得前往帮忙): actors, not bearers
    r"(?:各户|村民|群众|人)?(?:一律|均|都|也)?(?:不得|不再|不予|不)(?:"
    + _HELP_GOING
    + r")?(?:帮工|帮忙|相帮|随礼|赴宴|吃酒|抬棺)|"
    # the group acting on him (其所在小组不再将其列为组员): the one who acts, not who bears
    r"(?:不再|不予|不得|不|应|须|要|可)?(?:将|把)(?:其|他|她)"
)
# A kin word that names the matter of a paper or a record (亲属关系证明, 家庭成员情况): no bearer.
_KIN_AS_MATTER = _lazy(r"关系|情况|信息|状况|构成|人数|名单")
# Deprivations that name the collective inside them (取消其子女入学推荐资格, 停止其全家供水).
_CONTAINS_TARGET_CODES = frozenset({"CV602", "CV604", "CV605", "CV606"})
# 家庭成员中有吸毒人员的，取消该户低保: one member's act, and the household bears the measure.
_MEMBER_ACT = _lazy(
    # (the word for "inside" in every length: 户中, 一户之中, 家庭当中, 家里头)
    r"(?:家庭成员|家属|家人|户内|家中|家庭|家里|子女|亲属|一户|同户|户)(?:之中|当中|之内|里头|里面|中|里|内)?(?:有|凡有|如有)|"
    r"(?:有|凡有|如有)(?:家庭成员|家属|家人|子女|儿女|孩子|亲属|户内(?:成员|人员))|"
    # one member picked out of the household (户内任一成员, 家庭成员中任何一人, 牧户成员中有人, 家中某一人)
    r"(?:户|家|家庭)(?:之中|当中|之内|内|中|里)?(?:成员|人员)?(?:之中|当中|中|里|内)?(?:的)?(?:任一|任何一?|某一?|其中一|有一?)(?:名|个|位)?(?:成员|人员|人|口)"
)
# 村民小组内有农户乱砍滥伐的，该小组当年的护林补贴全部取消: one household's act, the group bears it.
# The doer is a part of the group: something happens inside it (组内出现火点, 本组范围内发现有农户…, 某一楼栋出现
# 高空抛物), or its leader fails (小组长未及时报告, 楼栋长不制止): the group is not its own doer.
_GROUP_ACT = _lazy(
    # (inside the group's land: 该组的山林内发生山火, 本组辖区内出现)
    # (a settlement below the village likewise: 同一自然村内发生野外用火, 一个自然村内有人采砂)
    r"(?:村民小组|小组|本组|组|楼栋|楼|单元|片区|网格|自然村|自然屯|村民组|生产队)(?:的?(?:范围|辖区|区域|地界|责任区|山林|林区|林地|山场|田地|土地))?"
    # something happens there or someone of it acts (组内有一户, 组内农户…), not a duty of the group (组内义务)
    r"(?:(?:内|里|中)(?:(?:发现|出现|发生)(?:有|凡有|如有)?|有|凡有|如有|(?=(?:任何|任一|某)?[^，,。；;]{0,2}?(?:户|人|村民|居民|成员|组员|家庭|住户)))|"
    # one case counted in the group (村民小组出现一例越级上访的, 本组发生一起偷盗的): the case is one member's
    r"(?:出现|发生|有)(?:一|[\d两二三四五六七八九十])(?:例|起|宗|件|次|户|人))|"
    # 哪个自然村发生…的, 哪个组有户…的: the place asked after, the act inside it
    r"(?:哪个|哪一个|哪一|哪|任何一个|任何|某个|某一|某)(?:村民小组|小组|组|自然村|自然屯|屯|寨子|寨|生产队|楼栋|单元|片区)"
    # (哪个小组的人越界偷挖, 哪个组的农户…: someone of the place asked after)
    r"(?:(?:内|里)?(?:发生|出现|发现|有)|的(?:人|村民|成员|组员|社员|农户|牧户|住户|群众|家庭|户))|"
    r"(?:村民小组|小组|本组|该组|本屯|本寨|本社)(?:有|凡有|如有)(?:成员|人|农户|村民|组员)|(?:某一?|一个|一)(?:楼栋|单元|栋)(?:出现|发生|有)|"
    # one picked out of the group's people (户籍人员中有…的, 组员当中如有…的, 本组村民里有人…的)
    r"(?:人员|村民|成员|组员|社员|居民|农户|住户|群众)(?:中|里|当中|之中)(?:有|凡有|如有)|"
    r"(?:小组长|组长|楼栋长|栋长|单元长|网格长|网格员)" + _GAP + r"{0,12}?(?:未|不|没有)|"
    # one household named as the doer (某户违反禁养规定的): the group it belongs to is another
    r"(?:^|(?<=[，,：:。；;\s]))(?:对于?|凡|如|若)?(?:有|如有)?(?:某|一|个别|任何一)(?:一)?(?:户|农户|家|住户|家庭)"
)
_GROUP = _lazy(
    r"(?:该小组|该组|全组|本组|全小组|该村民小组|本(?:村民|村)?小组|所在(?:村民)?小组|该楼栋|本楼栋|全楼|全栋|该栋|该单元|本单元|全单元|"
    r"[该本全](?:屯|寨|自然村|生产队)|"
    # the group's collective as the subject of a later clause (…，小组集体应得的租金奖励款全部扣除)
    r"(?:小组|该组|本组)集体)(?!长)"
)
# The article's or item's number before its first words (第十七条, (三), 24.): the doer comes after it.
# (a short heading may stand before a bracketed number: 奖惩办法（七）, 补充规定(三))
_ITEM_NUMBER = (
    r"\s*(?:(?:第[一二三四五六七八九十百零〇\d]+条|[^，,。；;：:\s（(]{0,8}?[（(][一二三四五六七八九十\d]+[)）]|"
    r"[\d一二三四五六七八九十]+[、.．])\s*)?"
)
# …or a condition whose doer is a member (学生违反本规约的; 子女违反…的): the household bears his act.
# A minor has no household of his own, so any household word is another's; for an adult child only words for
# others count here, and the bearer reading (analysis._bearer_finding) takes his 其家庭 (docs/clause-codes.md: 子女…的).
_MEMBER_DOER = _lazy(
    _ITEM_NUMBER
    + r"(?:对于|对|凡是|凡|如果|如有|如|若有|若|有|家中有)?(?:其|本户|该户|本村|村民|哪家|谁家|哪户|哪一户|家中|家里|家庭中|户内|农户|牧户|住户|各户|渔户|"
    # (股东家庭成员, 社员家属: the member whose household it is named before the kin)
    r"(?:本社|本组|本村|本集体)?(?:股东|社员|组员|成员|党员|居民|户主|承包户))?的?"
    r"(?:(?P<dependent>学生|在校学生|中小学生|孩子|小孩|适龄儿童|儿童|少年|未成年人|未成年子女|孙子女?|家庭成员|家属|家人|亲属|(?:户内|家中|家庭内|本户)(?:成员|人员))|子女|儿子|女儿)"
    r"(?![的们])"
)
_SCHOOL = _lazy(r"学校|逃学|辍学|旷课|上学|在校|学生|课堂|老师")
_HOUSEHOLD = _lazy(
    # (扣除户主当年的集体分红, 停发家长的补贴: the head or the parent answers for the member)
    r"该户|其户|其家庭|该家庭|本家庭|全户|全家|其家|其父母|其家长|其监护人|其配偶|(?:全体|所有|全部)(?:家庭)?成员|"
    # (the household of one named by his role: 船东家庭, 车主的家庭, 当事人家庭)
    r"(?:[\u4e00-\u9fff]?[主东]|当事人|行为人|违者|违规者)的?家庭|"
    # the household he belongs to (其所在牧户, 该成员所在的家庭)
    r"(?:其|该人|该成员|本人)?所在的?(?:牧户|农户|住户|家庭|户)|(?<![对向给为其])(?:户主|家长|监护人)|(?:该生|该学生|该未成年人)的?(?:家庭|家长|父母|监护人)|"
    # (父母名下的分红停发: a member's parents named bare, as for an adult member below)
    r"(?<![对向给为])(?:父母|父亲|母亲)(?!的?(?:同意|签字|申请|陪同))"
)
_OTHERS = _lazy(
    r"该户|全户|全家|其父母|其家长|其监护人|其配偶|(?:全体|所有|全部)(?:家庭)?成员|(?:其|该人|该成员|本人)?所在的?(?:牧户|农户|住户|家庭|户)|(?<![对向给为其])户主(?!资格|身份)|(?<![对为给向])(?:父母|父亲|母亲|其父|其母)(?!的?(?:同意|签字|申请|陪同))"
)
_COLLECTIVE_EXPLICIT = _lazy(
    r"株连|连坐|(?:连带|一并|同样|同等)(?:处罚|受罚|惩罚|处理)|"
    # households bound to answer for each other (五家联保，一户失火，五户同罚; 十户联防，一户违规各户均罚)
    r"(?:[两三四五六七八九十\d]+|各|联保|邻近|相邻|周边|同组)户(?:都|一起|一并)?(?:同罚|共罚|连罚|均罚|并罚|同责|受罚)|"
    # (a lineage or a settlement whole, 全房受罚, 阖族同罚: a clan rule's words for the same)
    r"(?:全家|全户|全组|全村|家人|家属|全房|全族|合族|阖族|全宗|全支|全寨|全屯|全社|全队|阖家|合家)"
    r"(?:一起|一同|一并|共同)?(?:受罚|受处罚|受罚款|担责|同罚|连罚|均罚|并罚|共罚)|"
    # a rhymed line (一人违规全家担, 一人犯错全户扛): one doer's act, the whole household bearing it
    r"(?<=[违犯错闹赌偷毒规法])(?:全家|全户|全组|一家|家人)(?:都|要|得|一起|一同|共同)?(?:担|扛|承担|负责|陪|受|连)(?=[，,。；;！!？?\s]|$)|"
    # (一人赌钱全家累, 一人违约全组赔: one person's act in the line's first half, the whole bearing it in the second)
    r"(?<![不勿无])一人[\u4e00-\u9fff]{1,4}?(?:全家|全户|全组|全屯|全寨|全村|一家|家人|全房|全族|全宗|全支)"
    r"(?:都|要|得|一起|一同|共同)?"
    r"(?:担|扛|承担|负责|陪|受|连|赔|买单|受罚|"
    # (一人吸毒全家遭殃 alone is a warning; with a taking after it, 年终福利一律废, it is the measure's reason)
    r"(?:累|受累|遭殃|吃亏)(?=[^。！!？?]*?(?:废|扣|取消|停|罚|不得|不予|没收|收回|减)))(?=[，,。；;！!？?」』”\s]|$)|"
    # 谁家孩子往渠里扔垃圾，谁家水费翻倍: a member of whichever household does it, and that household bears a taking
    # (named again by a pointing word: 那家的福利就扣一半, 他家的分红停发)
    r"(?:谁家|哪家|哪户|哪一家|哪一户)的?(?:孩子|小孩|子女|儿女|儿子|女儿|老人|家人|成员|人)[^，,。；;！!？?]{1,30}?[，,]\s*"
    r"(?:就|则)?(?:谁家|那家|那户|这家|这户|他家|她家)"
    r"[^，,。；;！!？?]{0,16}?(?:翻倍|加倍|翻番|罚|扣|停|取消|不给|不予|不发|不分|断)[^，,。；;！!？?]{0,8}|"
    # (a clan rule's line in two halves: 一人为盗，全家停分)
    r"(?<![不勿无])一人[\u4e00-\u9fff]{1,4}?[，,]\s*(?:全家|全户|全组|全屯|全寨|一家|全房|全族)(?:都|就|则|一律)?"
    r"(?:停分|停发|不分|罚)(?=[，,。；;！!？?」』”\s]|$)|"
    # the kin made to suffer the same punishment (其父兄…，同受家法) or to pay the doer's debt (亲属须代偿)
    r"(?:同受|共受|并受|连受)(?:家法|族规|处罚|惩罚|处分|责罚|罚)|"
    # the doer's father and brothers answering with him in an old rule's words (父兄同罚, 家长一并议罚, 罪及父兄)
    r"(?:父兄|父母|父子|兄弟|家长|其父|其兄|亲属|家属)(?:亦|也|均|都)?(?:一并|一同|一体|并|同|连)"
    r"(?:罚|受罚|议罚|责罚|处罚|坐罪|治罪|责|坐)|(?:罪|罚|(?<![负职问])责)及(?:其)?(?:父兄|父母|家长|家属|全家|妻子|子孙|其家)|"
    r"(?:亲属|家属|家人|父母|子女|兄弟|族人)(?:有责任|负责|须|应当?|必须|要)?(?:代偿|代还|代为偿还|代为清偿|代其偿还|代赔|代为赔偿)|"
    # 本组实行连带责任: households answering for each other (not a guardian's or a guarantor's civil liability)
    r"(?:实行|负|承担|负有)连带(?:赔偿)?责任|"
    # kin or a surety made to bear the punishment in the doer's place (其兄弟代他领罚, 由家人或担保人替其受罚,
    # 叫亲戚代为交纳罚款): the penalty is his, another pays it
    r"(?:亲属|家属|家人|亲人|近亲|亲戚|亲友|父母|父兄|子女|兄弟|族人|家族|房族|保人|担保人|中人|户主)"
    r"[^，,。；;：:]{0,6}?(?:代|替)(?:之|其|他|她|为|本人)?"
    r"(?:受罚|认罚|领罚|服罚|挨罚|受刑|服刑|抵罪|顶罪|受过|受责|缴纳罚款|交纳罚款|缴罚款|交罚款|缴纳罚金|交纳罚金|出罚款)|"
    # the punishment reaching his kin (殃及其家属, 祸及妻儿同受死刑): said after the doer's punishment, not as what his
    # wrong harmed (赌博殃及家人的 is a condition)
    r"(?:殃及|祸及)(?:其|他的|她的)?(?:家属|家人|亲属|亲人|全家|家族|父母|妻儿|妻子|子女|子孙|族人)"
    r"(?:[^，,。；;]{0,4}?(?:死刑|处死|受罚|处罚|惩罚|受刑|治罪)|(?=[。；;！!]|$))"
)
_CIVIL_JOINT = _lazy(r"监护|担保|保证人|合伙|侵权|共同(?:造成|致害|实施)")
_PUNISH_KEYS = frozenset("株坐罚处惩责担扛陪受连累赔殃单亏谁哪偿还停分罪刑")
# Every collective target or household-member condition contains one of these.
_COLLECTIVE_TARGET_KEYS = frozenset(
    "家户属亲子父配组社队村监兄栋单妻夫伴爱儿媳婿孙姐妹弟哥婆岳院片层邻特屯寨族楼幢座嘎支姓船车班屋宿棚房服宗后眷门域"
)
_MEASURE_CODES_FOLDED = frozenset({"CV602", "CV605", "CV606"})


def _women_what(target: str) -> str:
    if any(w in target for w in ("入赘", "招赘", "上门", "倒插门", "招婿", "招郎", "男方", "男子")):
        return N_("歧视入赘男方")
    if any(w in target for w in ("离婚", "离异", "丧偶", "再婚", "改嫁", "寡", "丧夫", "夫亡", "丈夫")):
        return N_("歧视离婚丧偶妇女")
    if "嫁" in target or "结婚" in target:
        return N_("歧视外嫁女")
    return N_("歧视妇女")
