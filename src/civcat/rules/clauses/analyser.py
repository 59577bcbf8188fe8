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
   一半) or a demand to move the 户口 out. A negated deprivation (不得收回其原承包地) protects and is
   no denial; a target under a prohibition (不得以妇女出嫁为由…) is no target. Marriage in any
   direction is the status (外嫁, 农嫁非, 嫁给城镇居民, 嫁入本村), and inheritance is an entitlement
   (已出嫁的女儿不得继承父母的宅基地). CV608 pairs a collective target in the consequence (全家, 全户,
   其家庭成员, 其家属, 其子女, 其父母, 其家长, 全组, 全村) with a measure after it or a deprivation
   that names it (取消其子女入学推荐资格, 取消其父母的低保), or names 株连/连坐 itself; 全村 as the
   audience or place (在全村大会上, 全村通报) is no target. It also pairs a condition whose doer is a
   household member (家庭成员中有…的; 学生/未成年人/子女违反…的) with a measure on the household
   (该户, 其家庭, 其父母, 其家长): for a minor any household word is another's, while an adult child
   may head his own household, so for 子女/儿子/女儿 only words for others count (子女不赡养父母的，
   取消其家庭的优惠待遇 is CV605 on his own household). When either fires, the CV602/CV605/CV606 measures
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

Decisions
---------
- **Not findings (lawful duties and civil liability):** paying dues and fees (依法缴纳医保费用,
  按时交纳水费电费, 一事一议筹资 with no wrongdoing); compensation for harm one caused (照价赔偿,
  恢复原状, 依法承担赔偿责任, 赔偿损失, and payments named as cost recovery: 修复费, 维修费,
  清理费, 医药费); 批评教育 and 通报批评 (an admonition, not public display of a person: 行政处罚法
  Art. 9 lists 通报批评 when an authority imposes it, but within the village it is the criticism the
  model charters themselves use);
  积分扣减 in a points scheme, withholding the village's own honours (评先评优, 文明户, 星级);
  contract remedies (违约金 in a sentence about a 合同/协议); referral to authorities.
- **Findings although softly worded:** a fixed payment exacted for a failure is a fine whatever its
  name (不参加义务劳动的，每次交纳误工费50元; 加收滞纳金; 违约金 fixed by the charter); an ordinary
  due (管理费, 卫生费, 水费) is lawful when simply owed or when the condition is about that due itself
  (不交卫生费的，补交卫生费; 偷水者按每吨…交纳水费), but exacted for an unrelated wrongdoing it is a
  fine (违反规定的，按每平方米10元缴纳管理费; 乱倒垃圾的，每次缴纳卫生费50元); a payment to get seized
  property back (拉走并由畜主交费后领回) is CV601 beside the seizure (CV602), while withholding until
  damages are paid (扣留…待赔偿后归还) is only the withholding (CV602), damages being civil; multiples
  (双倍收取水费, 双倍赔偿) are punitive, not compensation; penalty labour and treats (罚工, 罚义务工,
  罚放电影, 罚请全村吃饭, 罚猪肉) are penalties in kind and reported under CV601; 罚跪/罚站 are CV603;
  the village pulling down a member's property (拆除其抽水设施, 违章建筑一律强制拆除) is CV602,
  while ordering the owner to remove it (责令限期拆除) or leaving it to the law or an organ (依法强制
  拆除, 由有关部门强制拆除) is not;
  forfeiting a deposit (保证金不予退还) is CV601 (see "money" below) and offsetting against dividends
  (用其分红抵扣) is CV602;
  withholding or stopping collective dividends (扣除/停发分红, 不得参与分红) is CV602 (property of
  the member), welfare and subsidies are CV605, membership and 村民待遇 are CV606.
- **Money and things, seventh session:** a fee to get back what the village holds is CV601 in either order
  (交费后方可领回; 每领一次交…费, 取车前缴纳), and the thing moved or kept first (挪到停放点, 赶回村部看护) was
  seized (CV602); kin paying to fetch a held person pay his fine (CV601, not CV608); the arrears the
  condition is about (偷电的…交清电费后返还) buy nothing back. Things kept (木料不予退还) are CV602; a deposit
  refunded is clean, kept CV601; contract money kept (已交承包费不退) is the contract's remedy when the
  article is about that contract (its breach, its end), CV601 for another wrongdoing. A sum per unit of a
  shortfall or a time overrun (每少出一个工折款, 每超过一天) is a fine; a price per unit (每天停车费) is not.
- **Taking things and holding persons:** 收缴 is a seizure when it takes things (渔具一律收缴,
  收缴其赌具), not when it collects a due (收缴卫生费, 水费由管水员统一收缴); 牵走/拉走/拖走 is a
  seizure of animals, vehicles or goods (not rubbish, not the owner taking his own). 扣留 of things is
  CV602; 扣留 with questioning or hours (扣留审查, 扣留二十四小时) holds a person and is CV603, as are
  binding (绑送) or escorting a person to the village (押送村委会, 对偷盗者带到村委会处理) and
  restricting going out (限制其外出); 扭送/押送 to the police is the citizen's lawful 扭送.
- **Public self-criticism:** 点名批评 and 通报批评, even on the village broadcast, are admonitions; a
  self-criticism extracted before the village (在全村大会上作检讨, 在村广播上作检讨, 当众认错) is
  public shaming (CV603); a written one (写出书面检讨) is not.
- **Supply connections:** closing, locking, cutting or pulling out a household's connection (关闭其
  进户水阀, 剪断其入户线, 锁闭其水表) is CV604, not a CV602 demolition; telling the person to do it
  (责令其关闭水龙头) is not a cut.
- **Services to children:** the village's vouching for schooling, enlistment or employment (入学推荐,
  参军政审, 招工) is a public service (CV605); taken from the child for the parent's act (取消其子女
  入学推荐资格) it is collective punishment, CV608, with the CV605 folded in. A wrongdoer's act reported
  when his kin are vetted (其子女报考公务员时出具不良记录证明, 政审不予通过) is CV608 too, even without
  another measure; his own vetting reported truly is not.
- **Head noun decides the class:** a seizure's verb (暂扣, 扣留, 扣押) on a payment of the village
  (退耕还林补助资金, 耕地地力保护补贴, 低保金) is welfare withheld (CV605), not property seized; land or
  compensation (林地补偿款) stays CV602. A certificate refused because what it would attest is untrue
  (情况不实的不予开具) is the village's duty, unless every paper or a time is refused.
- **Membership:** 不再视为本村村民, 视为外村人员, 收回/取消/注销其户籍 are CV606 unless eligibility
  words apply (死亡的，注销户口; 户口迁出的; 户口不在本村的); 按外来人口管理 only as a consequence.
  报请注销其户口 is the village's own measure (it initiates it), like 由村委会通知供电所停电.
  The membership of a place is named in the place's own words (寨籍, 屯籍, 嘎查籍, 本寨寨民), and
  一切权益终止, 不再同意其在本村居住 and 限其…迁出本村 are the same expulsion.
- **Eligibility is not punishment:** taking away a benefit or status from someone who is not (or no
  longer) eligible is lawful (骗取低保的，取消其低保资格; 不符合条件的，不予纳入; 死亡的，停发;
  户口迁出的; 重复享受; 已取得其他集体经济组织成员身份的), and a scheme's benefit goes to those in
  the scheme (不参加医疗保险的，不能享受医保报销待遇; 未缴纳养老保险费的，不得领取养老金: the
  condition is non-participation in the very scheme). These eligibility words exempt
  CV602/CV605/CV606 deprivations; they do not exempt CV607, where the status itself is the ground,
  except where the woman has already obtained the right elsewhere (农村土地承包法 Art. 31;
  农村集体经济组织法 Art. 17), which is the law's own rule against a double share: 已在…取得, and
  在新居住地取得承包地的 (but not 在新居住地未取得/没有取得) — so 外嫁女户口迁出并在新居住地取得
  承包地的，本村依法收回其原承包地 is clean.
- **Public display:** 游街, 示众, 挂牌, 曝光 and 列入黑榜 are always findings; publishing a name or
  photo (张榜公布其姓名) only as a consequence of wrongdoing, never for honours (表彰, 表扬) or for the
  lawful 公示 of 低保 recipients and village accounts.
- **依法收回:** the law itself speaks of 发包方依法收回承包地 (农村土地承包法 Art. 27 ¶4, for the cases
  the law allows), so 依法 right before 收回/没收 is treated as a deferral, like 依法处以罚款.
- **The village is the actor when it directs:** 由村委会通知供电所停电 is the village's supply cut;
  only a measure left to the organ (由供电部门依法处理, 由公安机关依法处以罚款) is deferred.
- **Points schemes:** adding and deducting points is lawful; tying property or welfare to the score
  (积分低于60分的，不得享受年终分红) is the same withholding and is reported; honours are not.
- **One finding per act:** a fixed sum deducted from a dividend or subsidy (扣减其当年分红500元) is a fine
  collected by set-off (CV601, docs/clause-codes.md), not also the withholding; a household punished for a member's act
  (家庭成员中有吸毒人员的，取消该户低保) is CV608 with the measure folded in; the member may be picked
  out (户内任一成员, 牧户成员中有人), the household named as his (其所在农户), and his act carried past a
  semicolon (…的，报公安机关处理；该户当年不得…); a settlement or clan (该浩特各户, 该屯全体农户, 房族)
  bears like a group.
- **Mentions:** a measure named inside a condition (对不缴纳罚款的…), as a topic (罚款条款已删除) or
  as a list of what the charter must not do is not imposed. 通报批评, 点名批评 and 赔礼道歉 are
  admonitions; 张榜公布 as the consequence of wrongdoing is public shaming (CV603).
- A clause that only names the measure as a topic (取消低保应当经过民主评议) is not an imposition
  for the deprivation families: a following 应当/须/时/程序 marks the nominal use.
- **Real shapes (issue 14, measured by bench/bench_clauses.py):** a due collected in advance as a
  sanction (预征其下一年度卫生费) and a fixed sum per offence whatever it is called (按每次100元收取清理费)
  are fines; a payment is a deduction from holdings only when the action deducts (扣), so 交误工补偿款
  is still a fine. 扣留/扣押 of a person — 将其扣留, 扣留在治保室, or a bare 扣留 after a person with no
  thing in the sentence (外来人员偷盗的…扣留) — is CV603, of a thing CV602. A household or group that
  is the subject of a clause stays the bearer of the clauses that follow it until a condition or a
  new subject (全家不得评为文明户，不得享受当年分红), and "一人吸毒，" is a condition without 的. A
  child's act is a minor's when the condition is about school (子女逃学辍学的), so the household bears
  it (CV608). Membership restored only by a vote (刑满释放…方可恢复其村民待遇) was taken away (CV606),
  while confirming a newcomer's (未经村民会议同意的人员不享有成员待遇) is the assembly's own task
  (农村集体经济组织法 Art. 12). Women's denials also read 一律调整, 调整给其原夫家, 只配0.5股, 不在分配之列,
  不再作为…成员, and 已婚…的女性 is a status. Compensation held back (补偿款暂由村委会代管) is CV602. A
  pasted "." ends a sentence (not inside 0.5).

- **The consequence reader (issue 14, sixth and seventh sets):** in a consequence (after a wrongdoing
  condition, 违者, 否则, 一经发现, 经查明), a verb that takes (取消, 停发, 收回, 切断 …) or a negator
  followed by a verb of giving (不再给该户安排, 不得参加, 暂不给该户接通) governs an object phrase read to
  its end, and the phrase is classified by the word that ends it, Chinese putting the head last: small
  lexicons of object classes — membership (村民资格, 户口), property and land (分红, 股权, 经营权, 流转金,
  承包面积), supply (自来水, 电源总闸), services and welfare (补贴, 奖补, 慰问品, 岗位, 推荐, 事项) —
  instead of whole phrases, so 耕地地力保护补贴 is a subsidy and 房屋出租奖补 not a house. A bare
  negator before another verb (不得收回其原承包地) is a protection; honours, points and posts stay
  lawful. Beside it, shapes rather than names: a sum per occurrence (每缺一次…一百元) or a percentage
  surcharge is a fine; a thing held until a fee or a voucher (交纳寄养费用后方可领回, 凭证明领取) was
  seized, as were things locked, kept, destroyed or disposed of by the village (上锁, 收存, 剪毁,
  由村里统一处理); a person held in the village's custody or made to report and ask leave (将其控制在
  村部, 外出须向村委会请假), a mark hung on a household's door and a door-to-door confession are
  CV603; a loss shared by a whole group (全体农户共同分摊受害人损失) is CV608; 清退出本社区 and
  视为自动退出集体经济组织 are CV606, while 责令其离开 (a street vendor told to go) is not.

- **The ninth round (issue 14, six fresh sets):** a consequence is also marked by its frame: 除…外
  naming a civil remedy (除赔偿损失外，另交…), a condition closed by 的 with no comma before its consequence
  (不出工的按每个工一百元…), exceeding a set standard (超过规定标准). A due (水费, 管理费) exempts a payment only
  when a *condition* is about it (偷水者; not 犬只伤人的…另交治安管理费), and arrears of a due (补交租金) are
  always lawful; a sum deducted from a named holding (按每次五十元扣减其年终慰问金) is one finding, CV601 since
  the sixth session; recovering what the village advanced (代为垫付，从其分红中扣回) is no sanction. The
  consequence reader classifies each conjunct of a list by its own head (助学奖励和就业推荐), counts 限制 as a
  verb of taking and rights of use and facilities as services (使用…的权利, 健身房等设施, 优先续租权), and
  also reads an object first and its withholding with at most an agent between (危房改造项目不予申报, 分红由
  合作社暂不发放), an honour before the object keeping it lawful. Bearers: the sanctioned person's kin after
  the pronoun (不为其子女出具…: CV608), the pupil's household (该生家庭), a household or group that stays the
  subject over clauses (该户所有成员…，不得享受…), 有家庭成员…的 and 组内有一户… as the doer, and a collective
  target reads on for a second measure of a code the one-per-sentence rule had already used. An adult's
  own household (其家庭, 其所在户) stays CV605, as before. Women: the status may stand in the next clause
  (户籍在本村的女性，婚后…, whose own circumstance is no new condition) or before the noun (结婚的女青年,
  嫁…的女儿, 改嫁的妇女), a reduced share needs no 只/按 (享受本村村民一半的待遇), and the woman's husband and
  children are part of her target, not a CV608 of their own. Also: 查封/封存 and a wheel lock are seizures;
  a supplier stopping its own service for its own bill (有线电视站) is not the village's cut; 不文明户 is no
  honour; a waiver deemed by the charter (视为自愿放弃…村民权益) is a CV606; 户口不予迁回 is CV605 like 不予落户;
  voting rights taken (取消其选举权) are CV606. Pasted traditional text is read in simplified characters one
  for one (rules.text.simplified_in_place) and each finding quotes the words as written.

- **Money (issue 14, blind sets A and B, helper money):** what a payment or a seizure takes decides its
  code. A deposit (保证金, 押金, 信誉金 …) kept, forfeited, turned into a village fund or drawn on for a
  wrongdoing is a fine paid in advance (CV601), whatever the verb (不再退还, 转作公益金, 没收, 按次从中抵扣 —
  从中 when a deposit is named earlier in the article); repairs or arrears drawn from it (从押金中扣除修理费用)
  are civil. A personal document held back (暂扣其户口簿, 扣留驾驶证) withholds a certificate (CV605), not
  property. A thing given back once a condition is met (交清…后方可领回, 待赔偿损失后再行归还, 认错后放回) was
  held (CV602); a fee paid to get it back is a fine whatever it is called (清理费 too), except the victim's
  damages and a bare 交清 of the arrears the condition is about (未交清各项费用的…交清后退还). Paying for a
  treat, a show or goods for the village as a consequence (由其出资请一场演出, 买鞭炮香烛送到村里, 负责全组一餐
  伙食) is a fine in kind, and so is labour for the village for a time (责令其清扫全村主干道一周; a deadline,
  三天内清理完毕, is not); paying for repairs or replanting is civil. A connection the wrongdoer made himself
  (拆除其私接管道) pulled down is his works (CV602), a household's own connection a supply cut (CV604). A land contract ended (终止与其签订的承包
  合同) or the land let to another (另行发包, 安排给他人耕种) after a wrongdoing, holdings set off by any set-off
  verb (扣抵, 折抵, 先行扣抵) and things put in public hands (归公, 归村里所有) are CV602. Negations: 不设, 不规定,
  免予, 取消了以往…等做法, a list of measures named as rules repealed (罚款、没收等规定一律废止) and a bare
  不予/不作/不处 right before a measure rule it out; 不株连 rules out CV608.

- **Households, women and membership (issue 14, blind sets A and B, helper kin):** CV608 asks who bears the
  consequence against who did the act. A group's households bear one household's act or its leader's
  failure (组内出现火点的, 某户…的, 小组长未及时报告的) when the measure names them with any qualifiers, which
  the consequence reader reads past (扣减该组本年度全体农户的…, 该楼栋全部住户, 同一楼层其他业主); bare 该组 is
  a bearer only when the condition's doer is a part of the group (a group that fails its own task keeps
  CV605); an award withheld from the whole group for one household is CV608, from the one who failed it
  lawful. Kin are any relative after the pronoun (其妻子, 其兄弟姐妹, 直系亲属, 家中成员), an adult child's
  parents, the household's head or a parent answering for a member (扣除户主当年的分红), the neighbours
  (左右邻居), a parent's or guardian's child (学生家长…的，取消该学生的…), and a target after 对 with no
  wrongdoing (对其父母的高龄补贴暂停发放) is aimed at, not a condition. A household recorded or labelled for
  a member's wrongdoing (记入该户不良记录, 将该户列为重点管控户) is CV608 with no other measure; its own act
  recorded, or an honour recorded, is not. 有子女…的 makes the household the topic, so 其家庭 is the
  household's. A clause of time keeps its subject as the bearer (其家人报考…时，村里…不予推荐); kin named
  after a semicolon (…；其子女当年不得…) bear the consequence carried on past it. CV607: a woman's holding
  handed to anyone else (调剂给新增人口, 划归, 留给, 由亡夫的兄弟继受, 由户内其他成员继承, 转为其父母所有, 由村里统一管理), kept only until a date (保留至
  结婚当年年底), withdrawn or bought out (退股, 回购, 买断), lapsing (终止, 失效, 暂停享受), her share's
  标准为 a fraction, 不予接收, 不分地, 与其无关, treatment as an outsider (按外来户办理), and spoken wordings of
  her status (离了婚的女人, 女孩子出嫁); her own choice (自愿, 本人申请), herself, her heirs or a proxy
  receiving (由本人继续耕种, 可由其子女继承, 代为管理), equal inheritance (由儿子和女儿平等继承), her own
  letting (流转给) and a negated loss (不丧失, 不因…丧失) are no denial, and a clause ending the sentence is
  never a condition (…调剂给新迁入的农户). CV606: the status named before its loss (成员资格…自然丧失, 股东
  资格予以取消), struck off the roll (不再将其列入村民花名册, 除去股东名册), a return withheld (不予恢复其村民
  资格), papers taken (收回其成员证), no longer counted as one of the village (不再把他当作本村人), and a
  villager's rights as a whole (本村村民的各项权益) are membership.

- **CV601–CV604 (issue 14, sets C–F as tuning data, helper tunea):** a supply is cut wherever the household
  draws it: its well (机电井, 饮水井), its turn of irrigation (轮灌), its card or top-up (饮水卡, 电卡的充值), and
  不得 with a verb of giving withholds it (不得使用…机井). 超标准 is a wrongdoing, not an eligibility threshold,
  and 条件 is no eligibility word when it is a field's or a site's condition to restore (恢复耕种条件). A condition
  closed by 的 names its doer by any short noun of household, trade or role (牧户, 渔民, 畜主, 商贩), and
  有/存在…行为的 names a wrongdoing whatever the act (有燃放行为的). A person kept wherever the village puts him
  (将其扣在村委会, 把他留在看护棚内) or led under guard (押着他, 游寨) is CV603 after a wrongdoing; who he is (name,
  photo, screenshot, house number) made into content in one clause and shown, announced or read out on a medium
  in the next (在村广播和微信群循环播放, 在电子屏滚动通报) is CV603, as is a confession read or posted on any
  public medium (在村民小组会上宣读, 在单元门口张贴检讨书). Goods by weight or count handed to the village after a
  wrongdoing (出米、酒、猪肉各一百二十斤交寨里) are a fine in kind; a deposit moved into a fund (划入, 划转) is kept.
  Allotted land (机动地, 口粮地), pasture (牧场, 草地) and a rented parking space (车位) are property (CV602);
  打捆送 (straw) is no person bound.

- **CV601/CV602 by docs/clause-codes.md (sixth session, helper t601):** a fixed sum taken out of a dividend,
  compensation or allowance is a fine by set-off (CV601); the holding itself withheld, a share of it, or a
  debt set off against it stays CV602. A share or land taken in the same measure as the membership (no
  condition of its own between, a semicolon allowed) is the expulsion alone (CV606). A deposit is money: kept
  on any condition it is CV601, drawn on for a repair cost named before the drawing it is civil. The village
  selling, keeping, rooting out, killing or pulling down a member's things itself (作价变卖, 不再退还, 铲除,
  处死, 组织人员拆除) or taking them without compensation (归组里所有，不作任何补偿) is CV602; an application
  for land withheld is a procedure (CV605); X以外的Y takes Y; living elsewhere is no eligibility word; a line
  break right after a comma does not end the sentence.

- **CV601/CV602 on sets Q–X (sixth session, third round, helper v601):** land or a house handed on to a party
  named by what it is (转包给种植大户, 重新分配给无房户) was taken; 收归 itself names the taking, whatever body
  receives it; a thing penned or towed away is seized when a wrongdoing or a buy-back fee goes with it, and a
  fee that buys back what the village took first is a fine. A fee named by its wrongdoing (违规用电费) is no
  due; a due multiplied right after its name (水费翻三倍) is a surcharge. 股份 opening a body's name before its
  meetings (股份经济合作社成员大会) is no share.

- **CV603–CV605 (issue 14, sets A–H and docs/clause-codes.md, helper t603):** a supply is refused by not
  connecting or opening for the person (不得为其搭接临时用电, 不给该户开闸; 不得 with the person after it is a
  denial), to a building described by its wrongdoing, and a field's water by any way of watering (渠灌用水); a
  supplier's cut for its own bill under its contract is its remedy, and a top-up refused is a cut, not a service.
  A person let go only once fetched or released (来人领回后方可离开, 待查明后放行) was held, the kin who fetch
  him bear nothing; a mark worn (身穿…马甲), who he is shown by a verb first (张贴欠费业主的房号) or written on a
  board are CV603, a disgraceful label only when announced or shown (评定为失信户 in the books is not). A measure
  punitive in itself makes its sentence's condition a wrongdoing for the others. An application for land put
  off is a procedure (CV605); welfare given to all and withheld in a clause naming only the wrongdoer (…但积分低于
  六十分的村民不予发放, …的除外; not by age or residence), the village's things not lent, its car not sent, its rooms,
  keys and cards and an access right taken are CV605. Made to stand in public (责令其在门口站立), led with the
  person named between (押其到村部) and a picture taken and shown (拍照后在电子屏上播放) are CV603. A condition
  repeating the carried consequence (登记在册的人员) names the same wrongdoer.

- **CV606–CV608 by docs/clause-codes.md (sixth session, helper t606):** a named doer's household or clan
  (盗伐者所在家庭, 该户所在房族, 整栋楼) and the household after a consequence naming the wrongdoer himself
  (由其本人交纳…；其家庭…) bear his act (CV608), as do the household named again as the doer of a score a
  member's act lowered (…积分低于六十分的家庭，全体成员…), the children whose membership or registration waits
  on the parents' debts (须由父母结清所欠款项，方可登记为成员), a group for an act on its land (该组的山林内),
  and the kin whose vetting takes the record as reference (作为其家庭成员政审的参考). Money for schooling
  (助学奖励, 升学奖励金) is welfare. A status held back until arrears are paid, 不予登记为成员, a group's own word
  for its member (组员身份, 寨民) and its rights as a whole not kept (组内的各项权益不再保留) are CV606, and the
  village asking an organ to move a member out (报请派出所将其户口迁出) imposes it. CV607: 无论…是否已分得 is no
  double-share rule, a share may be written in words (零点五股) and the status stand in the clause after one
  about women, and a list header that denies (下列人员不参与分配：) falls on a woman's item. A condition naming
  上述/此类人员 refers back to the carried wrongdoer, like one repeating the carried consequence (below).

- **Article shapes (sixth session, helper shapes):** a rhymed line (三字经式, 顺口溜) writes its condition without
  的: in a sentence of lines of at most seven characters with no condition of its own, an opening line naming a
  wrongdoing is the condition (不缴费，就停水), and a line of circumstance (遇停电，莫慌张) imposes nothing; a
  measure cut to the metre counts only closing its line (罚五百, 罚十倍, 罚鱼钱, 停其水, 断谁电, 不分红, 不办证,
  强拆除, 收回地, 除村籍). A pledge's 自愿/甘愿放弃 after a violation (承诺书: 如有违反，自愿放弃当年分红) is
  imposed, not chosen. Lists, tables and answers carry their condition: 以上/下列行为, a row's sanction label
  (处理办法：), numbered items after the header that opened the consequence (按下列办法处理：1.…；2.…), and an
  answer after a question naming a wrongdoing (问：…怎么办？答：…), and a list header (有下列情形之一的) whose
  items all name a wrongdoing (any item of eligibility exempts). 黑榜/黑名单 and a points table's low score
  (60分以下, 积分清零) stand for a wrongdoing, and the label alone names the doer (黑榜户，…; not 评定为失信户).
  Stray spaces between characters (scanned text, table cells) are read through and each finding quotes the
  text as written. Third round (helper vshapes): a scan's line wrapped inside a phrase (停止\n供水) is read
  through too, unless the line is a title (no clause break) or a verse's even line (halves of one length); a
  fee before its multiple (水费翻三倍) is a surcharge, an act caught each time (查到一回) opens a rhymed line's
  consequence, a sum with its unit dropped closing its line (每天交一百) is a payment, and a pledge's loss named
  from the receiving side (自愿停领) or its fine as a gift (另捐) count; a measure named as a line's topic and
  forbidden by the next line (罚款事，不能搞) is silent; a bare 罚 closing a line after the household (一人赌博，
  全家罚) is the household fined.

- **CV606–CV608, second round (helper u606):** membership is named with its village or community before it
  (村集体经济组织成员资格), a shareholder's status and voting rights (取消其选举权, 不得行使投票权) are CV606, as are
  a clan or group expulsion (开除出族) and a tenant made to leave (限三日内搬离, 让其搬离, 租户一律清退). A child born
  outside the plan bears its parents' act whatever it is denied (超生子女不予落户: CV608). A group asked after
  (哪个组发生…的) or any one household of it, a floor or a building (同一楼层其他住户, 该单元电梯停运), and a bare
  不分红 or an award after a collective target are CV608; an item number (第十七条, (三)) hides no member doer.
  An adult's own household for his own act (其家庭, 其所在户) stays his own measure (docs/clause-codes.md). CV607:
  a share adjusted down to a fraction (调整为零点五股, 四分之一股) and a fee for an uxorilocal husband to come in.
  Fraud for money (骗取征地补偿) ends no membership; a wrongdoer back after his sentence (刑满回村后) is a condition.
- **CV606–CV608 on sets Q–X (third round, helper v606):** a person made to leave where he lives by a duty after
  the act (须在三日内搬离本社区, 清出家属区) or refused a home there from now on (不再允许其在本社区居住) is CV606, as is
  the vote in a named assembly or the right itself taken (不得参加成员大会表决, 取消其…投票权). Kin named as such
  kept from what the collective offers (其家属不得承包集体鱼塘) and a tenant's act borne by the landlord's household
  (房东户, 出租户) are CV608; a doer asked after (哪个小组出现…, 某组有一户…, 谁家…) is a condition without 的.
  已分得的… (what she holds here) is no share obtained elsewhere; 一分不发, 分文不给 withhold like 停发.

- **CV603–CV605 on sets I–P (sixth session, helper u603):** the village's rooms are named with or without 村
  (村治保会, 村警务室, 大队部), a subject named by its wrongdoing (吸毒人员由…) is a condition without 的, a
  confession before the crowd itself (当着族众) and a black board put up on (在…黑榜上张贴) shame, an officer leading
  the person round (带领其…走一遍) parades him, and anyone in drug rehabilitation made to report is held to it. A meter's
  box locked, a field's outlet (分水口, 进水口) cut, a connection refused through its procedure (不为其办理搭接…用电) and
  the village writing to the supplier (函告) are CV604, a heating opening (开栓手续) too, never also CV605. The gate's
  recognition of a car (道闸识别) is a facility, a subsidy not passed on (不上报其…补贴) withheld, and welfare the
  sentence opened with withheld after a time word (…的，当年不予发放); a 保管费 is no document held; 再犯 is a wrongdoing.
  The village's rooms and equipment closed to the wrongdoer (不准其进入活动室, 健身器材也不许他使用) and its things
  not lent (…也不借给他) are CV605, a rule for the room (活动室内不得吸烟) is not; so are the vouching refused
  (不推荐其参军) and an application not passed on (申请不予上报). 计划外 is a wrongdoing, a 青年 a condition's doer. The
  village's treatment as a whole (今后一切待遇不再享有) goes with the membership taken in the same measure (CV606 alone).
  Land or a right named only as what a procedure is about (不予办理林权流转备案) is the procedure (CV605).

- **Money and property, sixth session second round:** penalty labour is read past its bearer, beneficiary
  and place (由该户出两个劳力为村里义务清扫主街十天) and counts patrols and watches (巡山, 值守, 分拣); a number
  the charter set, exceeded (超过十桌, 超出桌数), is a wrongdoing, and a rate per unit beyond it (每超一桌) a fine
  whatever the payment is called; a bare 发现的 after a prohibition is the forbidden act found; the cost of a
  treat or a show (承担放映电影的全部费用) is a fine in kind; a deposit kept by the village (留作公益开支,
  收归集体) is CV601 alone, a deposit drawn on for the actual repair (修配价款) is civil. Things handed to any
  body (归祠堂所有, 归社区所有: only in a consequence), sold at a price or treated as nobody's (作无主物处置)
  and compensation kept in the village's custody (代为保管) are CV602; a landlord ending a tenant's lease is
  not (the tenant put out is CV606), nor a procedure about land (林权流转备案, CV605: head last).
- **CV603–CV605 on sets Q–X (sixth session, third round, helper v603):** a person taken to a post and held
  there, or held until kin or an authority fetch him (带回作业站看管, 留置，待亲属领回), and a mark worn where
  others see him are CV603. A supply's meter, account and channel water (水表, 用水报装, 渠水) are supplies,
  停供/锁闭/a bare 停 before them cuts; a supplier's suspension after the contract and its notice named earlier
  in the article is the contract's remedy. Put out of the village's chat group or its collective activities,
  rubbish refused at the door, its seal withheld, and goods handed out in kind (取暖补助煤) are CV605; the
  register of members goes with the membership (CV606 alone). An article's number (第九条) does not hide a
  对…的 condition; a doer named by his boat or premises opens one; 抢修/抢险 is no wrongdoing.
- **CV603–CV605 on sets Y–AB (seventh session, helper w603):** a warning ignored without 经 (劝导无效的,
  教育无果的) and a correction pending (整改完成前, 恢复原状前) mark a consequence for every code. A service
  stopped by its own verb (停办, 停报, 停批, 缓报) takes like 停发; a bare 停 before the person (停其家中自来水)
  and the verbs that bring a supply (供给, 输送) cut it; the village's festivals and feasts withheld, verb or
  gathering first, are CV605; the village's own water keeper (村供水站) is the village. Paraded as the crier
  of one's own deed (a gong carried, 边走边说), a mark worn while doing the labour set, and reporting to the
  village's officers are CV603; a rating decided by a meeting and kept from the public (不对外公布) shows no
  one.
- **Which code, seventh session (helper wcode):** who bears a measure and what it takes decide its code. A
  group that takes (由其所在村民小组收回承包地, 所在小组收回该地块) is the village's agent, not a CV608 bearer;
  a condition reaches back over the clauses before its 的, so one member picked out there (户内有人…，…的) or a
  child named as the household's (家中子女) or one of a group's people (人员中有…的) makes the household or the
  group (本小组) bear it; the wrongdoer dealt with as himself (本人由…处理) after his household's measure, also past a
  semicolon, sets the household apart (CV608). Voting and election rights written out (参加村民会议和选举的权利)
  and 除名 of a member's status are CV606; a voluntary association's own membership (取消其会员资格) is clean; 婚出
  is a woman's status (CV607); a topic closed by a semicolon (项目：骗取低保；处理：…) lends its eligibility words.
- **CV606–CV608, seventh session (helper w606):** the village moving a registration out names the place between
  (将其户口从本村集体迁出), and 迁出 after 将/把…户口 is that measure, never the member's own move; membership by the
  settlement's words (本屯屯民资格, 当本村人, 组员名单中除名 — a roll exempt for death or a move). CV607: a woman
  named before a semicolon, or in a question, is the subject of the next sentence opening on her pronoun or
  an answer (…；其随迁子女不予分配; 问…？答：按三成); money her status costs (须每年交纳…费) is her loss, no CV601
  beside it; a ground ruled out (不作为取消成员身份的条件) is no denial; shares and places in village words (分粮,
  在本寨上户口, 一律回娘家, 不予恢复股份, 不得葬入公墓, 半个人口, 方可与村民同等享受). CV608: a doer's act written
  into kin's vetting paper (政审意见中注明) or made its reference; a group asked after by its people (哪个小组的人…)
  and an award named by its task (防火奖); a separate measure on the doer himself (…，本人停发分红) keeps its code.
  A collective hill's harvest barred or put off (开山时间推后, 次年不准进山采摘) is CV602; a benefit 与其无关 or 没有
  他的份 is withheld.
- **Article shapes (seventh session, helper wshapes):** a question answered in the text (问：…？答：…) is one
  sentence whose question is the answer's condition; a table row's sanction cell (项目：…；处理：…) stays with its
  act, so eligibility words there still exempt; a label and a list of wrongdoings (黑榜事项：…、…。) is the
  condition of the next sentence; a line holding only a condition of wrongdoing (私接电线者\n…) ends with a
  comma, not a sentence; an if-clause naming a wrongdoing (若有超标，…) is a condition without 的. Verse drops
  words: the object first and a bare verb closing the line (水阀先关掉, 分红全泡汤), 户要迁/无分红 as a woman's
  loss, 一人违规全家担 as collective punishment, a sum without its unit paid to have a supply restored, penalty
  labour pledged (愿…义务出工十天) or its time in the next line, goods listed by weight handed over.

The analyser reads one article at a time and is pure: no I/O, no state.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ...i18n import N_
from ..text import simplified_in_place

__all__ = ["Measure", "consequence_span", "sentence_spans", "unlawful_measures"]


@dataclass(frozen=True)
class Measure:
    code: str  # "CV601" … "CV608"
    start: int  # character offset in the text where the matched measure begins
    end: int  # offset just past it
    evidence: str  # text[start:end], the phrase that imposes the measure
    what: str  # short Chinese name of the measure, marked N_(): translate it where it is shown


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_NUM = r"(?:\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)"
# An amount of money: 200元, 五十元至一百元, 200至500元, 1000元以下. It must end in 元/块 so that
# 一律, 十分 and counts of days do not pass for money.
_MONEY = (
    rf"(?:人民币)?{_NUM}(?:元|块钱?)?(?:\s*(?:以上|至|到|—|－|-|~|～|或)+\s*{_NUM})?\s*(?:元|块钱?)"
    r"(?:以上|以下|以内|左右)?"
)
_MULTIPLE = r"(?:双倍|加倍|翻倍|(?:[一两二三四五六七八九十]|\d+)倍)"
# Who the action falls on: a governed pronoun marks the sanctioned person.
_WHOM = r"(?:其|该户|违者|违规者|当事人|本人|其家庭|其户|他|她)"
_GAP = r"[^，,。；;：:！!？?\s]"  # one character of a gap that never crosses a clause
# What follows a seizure and belongs to it (没收其渔具), up to the next coordinated action (…并处罚款).
_THING_TAIL = r"[^，,。；;：:！!？?\s并和及或、]{0,8}"
_VILLAGE_PLACE = (
    r"(?:村委会?|村民委员会|村部|村办|村委办公室|村办公室|祠堂|村里|村上|组上|大队部|队部|"
    # rooms of the village's own (隔离在村卫生室, 关在活动室, 带到村治保会, 关在村警务室)
    r"村?(?:治保会|治保室|治安室|调解室|警务室|卫生室|活动室|会议室|联防队部?|巡逻队部?)|值班室|保安室|杂物间|小黑屋)"
)
# Holding a person rather than a thing: 扣留审查, 扣留二十四小时.
_PERSON_HOLD = (
    r"(?:审查|盘问|询问|问话|讯问|调查|反省|交代|写检讨|过夜|一夜|[\d一二两三四五六七八九十]+个?(?:小时|钟头|夜|晚上?))"
)

_DIVIDEND = (
    r"(?:集体收益分配|收益分配|分配款|分配金|配股(?:资格)?|集体经济分红|集体分红|年终分红|分红款?|红利|股金|股份(?!(?:经济)?合作社(?:成员|股东|社员)?(?:代表)?(?:大会|会议|活动|组织的)|有限|公司)|股权|"
    r"征地补偿(?:款|费)?|土地补偿(?:款|费)?|补偿款|补偿金|安置(?:补助)?费|青苗(?:补偿)?费|集体收益|(?:土地)?流转(?:收益|费|租金|金|款))"
)
_LAND = (
    r"(?:地块|田块|田地|菜地|承包地|承包田|责任田|口粮田|土地|耕地|林地|山林|自留地|自留山|宅基地|承包经营权|林权|"
    r"果园|茶园|菜园|鱼塘|水塘|水面|荒山|山场|林场|草场|"
    # land the collective allots for a use (机动地, 口粮地, 饲料地), and the pasture a herder holds
    r"机动地|机动田|口粮地|饲料地|责任地|轮歇地|开荒地|草地|草原|牧场|"
    # hills held for what they yield (松茸山, 虫草山, 竹山): land like a field
    r"(?:松茸|菌|虫草|竹|茶|柴|果|草|承包)山)"
)
# What may follow an object and belongs to the phrase (惠民补贴, 土地承包权, 一切证明和手续).
_OBJECT_TAIL = r"(?:补贴|补助|政策|资金|待遇|资格|承包权|使用权|申请权|经营权|分配权|证明|手续|保险|报销|款|金|权)?"
_WELFARE = (
    r"(?:低保(?:金|资格|待遇)?|最低生活保障|奖补(?:资金)?|(?<!误工)补贴|(?<!误工)补助|救助|救济|惠民(?:政策|资金)?|"
    r"优惠(?:政策|待遇)?|(?<!村民的)(?<!成员的)(?:一切|各项|所有|各种)待遇|扶持政策|福利|医保|医疗保险|合作医疗|养老(?:金|保险|补贴)|"
    # insurance the village buys for its households (统一购买的农业保险)
    r"(?:农业|政策性|农房|种植业?|养殖业?|能繁母猪|森林|意外伤害|小额人身)保险|五保|特困|扶贫|帮扶|资助|"
    r"慰问|社会保障|公共服务|惠农|粮补|高龄津贴|津贴|奖学金|助学金|(?:助学|升学|考学|入学)奖(?:励)?(?:金|款|资金)?|公益(?:项目|事业|服务)|惠民项目|(?:门禁|停车|电梯|物业)服务|门禁卡?|电梯卡)"
)
_CERT = (
    r"(?:(?:各类|一切|任何|各种|有关|相关)?(?:证明|证件|证照|证书|户口|户籍|准生证|生育证|生育服务证|准迁证|迁移证|"
    r"身份证|结婚证|介绍信|手续|事项|业务|建房|盖章|签字|公章|印章|担保|贷款|入学|就业)|各类|一切|任何)"
)
# Voting and election rights written out (参加村民会议和选举的权利, 选举和被选举的资格): a member's status too.
_VOTING_MATTER = r"(?:村民(?:代表)?(?:会议|大会)|(?:被)?选举|表决|投票)"
_VOTING_RIGHTS = (
    r"(?:(?:参加|参与)?" + _VOTING_MATTER + r"(?:(?:和|及|与|、|或)" + _VOTING_MATTER + r")*的?(?:权利|权|资格)"
    r"(?<!会议的权利)(?<!会议权利)(?<!大会的权利)(?<!会议资格))"
)
_MEMBERSHIP = (
    # (a term or a place before it: 本届选举权, 村集体经济组织成员资格, 本社区集体经济组织成员身份)
    r"(?:(?:本村|本组|本社区|本社|本寨|本屯|本嘎查|本队|村里|村集体|本集体|社区|村|集体经济组织|本届|本次|下届|下一届|今后)?的?"
    r"(?:村民资格|村民身份|村民待遇|成员资格|成员身份|成员权利?|社员资格|社员身份|社员权利?|村民权利?|股东(?:权利?|资格|身份)|"
    # voting rights are a member's status (docs/clause-codes.md CV606)
    r"(?:村民)?(?:被)?(?:选举权|表决权|投票权)|" + _VOTING_RIGHTS + "|"
    r"(?:组员|寨民|屯民)(?:资格|身份|权利?)|(?:村|组|社|寨|屯|嘎查|生产队|队|浩特)籍|"
    r"户籍|集体经济组织成员(?:资格|身份)?|"
    # a villager's rights as a whole (本村村民的各项权益, 村民的一切待遇): membership, not one benefit
    r"(?:村民|成员|社员|股东)的?(?:一切|各项|所有|全部)(?:合法)?(?:权益|权利|待遇)))"
)
_HOME_WORDS = r"(?:本|该)(?:村|寨|屯|嘎查|组|社|集体经济组织)"
# A member's status or its papers, named before what takes it (其成员资格…丧失, 股东资格予以取消).
_MEMBER_STATUS = (
    r"(?:(?:村民|社员|成员|股东|组员|集体经济组织成员)(?:资格|身份|证)|"
    # all he holds as a member, named as such (其在本村享有的一切权益同时终止)
    r"(?:在" + _HOME_WORDS + r")?(?:享有|享受)的(?:一切|所有|各项|全部)(?:合法)?(?:权益|权利)|"
    # what he held in the group, named as a whole (今后组内的各项权益不再保留)
    r"(?:村|组|社|寨|屯|嘎查|集体)(?:内|里)的(?:一切|所有|各项|全部)(?:合法)?(?:权益|权利)|"
    r"(?:村|组|社|寨|屯|嘎查|生产队|队|浩特)籍|户籍|户口|股东证|社员证|股权证)"
)
# A household's connection to a supply: cutting it is CV604, not the pulling down of property (CV602).
_FACILITY = r"(?:(?:自来水|供水|输水|燃气|天然气)?管道|自来水表|自来水管|水阀|阀门|总阀|闸阀|水龙头|龙头|电闸|总闸|闸刀|进户线|入户线|接户线|线路|电缆|网线|光纤|水管|电线|电表|水表)"
_SUPPLY = (
    r"(?:供水|供电|供气|供暖|供热|用水|用电|用气|水电|水源|电源|自来水|饮用水|水管|电线|电表|水表|"
    r"网络|宽带|有线电视|电视信号|信号(?:传输)?|燃气|天然气|暖气|液化气|采暖|取暖|热水|放水|灌溉用?水|"
    # the water a field is watered with, by any way of watering (渠灌用水, 农灌水, 浇地用水)
    r"(?:渠灌|井灌|漫灌|喷灌|滴灌|农灌|浇地|生产)用?水|渠水|井水|库水|塘水)"
)

# ---------------------------------------------------------------------------------------------
# Clause structure
# ---------------------------------------------------------------------------------------------

_SEMICOLON = re.compile(r"\s*[；;]")
# a pasted "." ends a sentence, 0.5 does not; a line break ends one unless it follows a comma (text pasted from a
# page wraps mid-sentence: …由村民小组收回,\n地上的房屋…归组里所有)
# A question answered in the text (问：…怎么分？答：…) is one sentence with its answer: see _answered_question.
_ANSWER_NEXT = r"(?![ \t\u3000\n\r]*(?:答|回答|解答|[AＡ])[ \t\u3000]*[：:])"
# A table pasted as text (项目：骗取低保；处理：取消其低保资格): a row's sanction cell goes with the act it deals with.
_ROW_SANCTION_NEXT = r"(?!\s*(?:处理|处罚|惩处|惩罚|罚则)(?:办法|措施|方式|标准|意见|结果)?\s*[：:])"
_SENTENCE_BREAK = re.compile(
    r"(?:[。！!]|[；;]"
    + _ROW_SANCTION_NEXT
    + r"|[？?]"
    + _ANSWER_NEXT
    + r"|(?<![，,、：:])[\n\r]"
    + _ANSWER_NEXT
    + r"|\.(?!\d))+"
)
_CLAUSE_BREAK = re.compile(r"[，,：:]")
# A whole sub-clause that is a condition: ends in 的/者, or in 的 + the person it describes.
_CONDITION_CLAUSE = re.compile(
    r"(?:的|(?<![或记学患作长老弱强两前后三再笔读])者)"
    # the doer named as one of the place's own (…的本村人员, …的本社股东)
    r"(?:(?:本村|本组|本社区|本社|本小区|本屯|本寨)?(?:村民|农户|户主?|人员|人|家庭|住户|居民|群众|当事人|党员|干部|个人|单位|业主|租户|商户|用户|经营户|养殖户|"
    r"社员|股东|组员|学生|家长|承包户|承租户|双方|各方|一方|"
    # the doer named by his boat, vehicle or premises (未安装终端的渔船, 违规经营的商铺)
    r"渔船|船只|船舶|车辆|商铺|店铺|门店|摊位|作坊|养殖场|出租屋|"
    # any bearer named by its household, trade or role (牧户, 渔民, 寨民, 畜主, 车主, 商贩, 租客)
    r"[^\s，,的]{0,2}(?:户|民|人|员|主|贩|客|青年|少年|子弟|男子)))?\s*$"
)
# 被判处刑罚的人员刑满回村后，…: the wrongdoer back after his sentence, the clause a condition like …的
_SENTENCE_SERVED = re.compile(r"(?:刑满|出狱|释放|戒毒期满)" + _GAP + r"{0,4}?后\s*$")
# 对吸毒人员，…: a clause that only names the wrongdoers the consequence deals with is its condition.
_WRONGDOER_TOPIC = re.compile(r"\s*(?:对于|对)" + _GAP + r"{1,10}?(?:人员|分子|户)\s*$")
# A condition inside a sub-clause: an opener up to the first 的/者 (对拒不缴纳水费的农户停止供水).
_CONDITION_OPENER = re.compile(
    r"^\s*(?:对于|对|凡是|凡|但凡|如果|如有|如|若有|若|倘若|假如|一旦|一经发现|发现)"
    r"[^的者]*?(?:的|(?<![或记学患作长老弱强两前后三再笔读])者)"
)
# 一人吸毒，全家…: one member's act, written as a clause of its own without 的, is a condition.
# So is a doer asked after or left indefinite (哪个小组出现私自土葬，…; 某组有一户乱堆乱放，…; 谁家堵渠，…).
_ONE_DOER = re.compile(
    r"\s*(?:(?:本|同|该|某)?(?:村民)?(?:小组|组|村|楼栋|单元)(?:内|里|中)?)?(?:如有|若有|凡有|有|如)?"
    r"(?:一人|一户|一家|家中一人|家中有人|户内一人|一名家庭成员|一名成员)|"
    r"\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?(?:哪个|哪一个|哪一|哪|某个|某一|某)(?:村民小组|小组|组|自然村|自然屯|屯|寨子|寨|生产队|楼栋|单元|户|家)|"
    r"\s*(?:谁家|谁)"
)
# 对 with only the sanctioned person and 的 (对该户的…, 对其的…) opens the object of a consequence.
_POSSESSIVE_OPENER = re.compile(r"^\s*对(?:于)?(?:其|该户|该住户|该人|他|她|当事人|违者|违规者|责任人|本人)的")
# A prohibition naming whom it protects (禁止对违规者罚款): what follows is no condition.
_PROHIBITED_TARGET = re.compile(
    r"^\s*(?:[^，,：:]{0,8}?)(?:不得|不准|不许|不能|严禁|禁止|无权)(?:以任何理由|随意|擅自|任意)?(?:对|向|给|把|将)"
)
# A condition closed by 的 and followed straight by its consequence, without a comma (违反规定的罚款200元,
# 不出工的按每个工一百元…): the words after 的 are those that open a consequence, not a noun (外嫁女的承包地).
_CONDITION_DE = re.compile(
    r"^[^的]{1,20}?的(?=按|由|处以|处|罚|一律|须|需|应|给予|予以|扣|收取|交纳|缴纳|不予|不得|不再|将|取消|停止|暂停|每|除|并|视|没收)"
)
# A nominal 者 closes a condition without an opener (违者罚款, 乱砍滥伐者罚款500元).
_CONDITION_ZHE = re.compile(r"^[^者]*?(?<![或记学患作长老弱强两前后三再笔读])者")
# Consequence markers: what follows them is the sanction, and they show a penalty context.
_CONSEQUENCE = re.compile(
    # the acts a list named (有下列行为之一：…。以上行为，由村委会…) and a row's label of its sanction
    # (违规行为：…；处理办法：…, 处罚：…): a table or a list written out as text
    r"(?:以上|上述|前述|上列|下列)(?:所列|所述|各种|各类|几种)?行为|黑榜户|黑名单户|(?:处理|处罚|惩处)(?:办法|措施|方式|标准|意见)?\s*[：:]|"
    r"违者|违反者|违规者|违约者|违反|违背|违规|违约|违法|违章|否则|不遵守|不履行|拒不|屡教不改|经教育|情节严重|情节恶劣|"
    r"情节较重|一经发现|一经查实|经查实|查实|查明|"
    # 严禁向河道倾倒垃圾；发现的，…: a bare "found" as the whole condition is the act just forbidden, found
    r"(?<![^，,。；;：:\s])(?:如|若|凡|一旦)?(?:被|经)?(?:发现|查出|查获)(?:的|者|后)(?=[，,])|"
    # 查到一回水费翻三倍, 抓住一次罚五百: a rhymed line counts the forbidden act each time it is caught
    r"(?:查到|查出|抓到|抓住|逮到|逮住|捉到|发现)(?:[一两二三四五六七八九十\d]|每)(?:回|次)|"
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
    + r"{0,14}?(?:外|以外)"
)
_CONSEQUENCE_RESET = re.compile(r"违者|违反者|违规者|违约者|否则|如有违反|如违反|若违反")
# What makes a condition a wrongdoing rather than a description (使用自来水的 is not).
_WRONGDOING = re.compile(
    # (抢修, 抢险, 抢收: a repair or a rescue in haste, not a robbery)
    r"不|未|拒|违|乱|私|擅|偷|盗|窃|抢(?!修|险|救|收|种|运|通|购)|损|毁|坏|侵|占|扰|闹|打架|群架|打人|斗殴|殴|赌|酗|吸毒|毒|污染|倾倒|焚|烧|"
    r"砍|伐|欠|拖|骗|随地|随处|冒领|冒名|冒充|虚报|隐瞒|瞒报|弄虚作假|燃放|散养|乱养|超生|计划外|啃|糟蹋|祸害|超(?:过|出)(?:的|部分)|每超|每多[一\d]|"
    # a number the charter set, exceeded (酒席超过十五桌的), counted in what one spends or builds: not an age
    r"(?:超过|超出|多于|高于|大于)[\d一二两三四五六七八九十百千]+(?:桌|席|辆|台|头|只|人|斤|公斤|米|平方米|平米|亩|元|万元|层|间|箱|挂|响|天|日|次|支|个)|超(?:过|出)[^，,。；;的]{0,3}?(?:数|额|限)|超(?:过|出)(?:批准|核准|审批|规定|划定|许可)的?(?:范围|面积|标准|数量|期限)|缺(?:工|[一两二三四五六七八九十\d])|逃|阻|抗|诬|辱|骂|霸|滥|非法|无理|虐待|遗弃|纵火|放火|失火|山火|野火|林火|火警|猎|炸鱼|电鱼|伤|咬|放任|纵容|"
    r"屡教|辍学|旷课|情节|严重|恶劣|造谣|寻衅|滋事|闹事|缠访|违章|违建|抛|扔|丢弃|排放|堆放|放养|散放|践踏|"
    # put on the black list of a 红黑榜 (上黑榜的, 列入黑名单者): the list stands for the wrongdoing behind it;
    # a points table's low score (60分以下, 积分清零) likewise
    r"黑榜|黑名单|[\d一二两三四五六七八九十百]分(?:以下|之下)|(?:积分|得分|分值|分数)(?:为零|清零|归零)|扣(?:至|到|成)(?:零|0)分?|"
    # rubbish not sorted, sewage let out straight (混投混放的, 直排污水的)
    r"混(?:投|放|装|倒|扔|丢)|直排|"
    r"攀折|迷信|大操大办|大摆|排场|厚葬|攀比|铺张|敛财|醉|嫖|娼|邪教|传销|撂荒|抛荒|弃耕|谣|挑拨|挑起|事端|挑衅|肇事|惹事|生事|诽谤|诋毁|谩骂|拨弄|是非|欺|"
    r"假冒|伪劣|坑|拐|聚众|围攻|冲击|哄抢|失信|酒驾|超载|危害|妨碍|干扰|影响|低于|扣完|扣光|倒数|末位|末尾|"
    r"无故|缺席|缺勤|旷工|进入他人|(?:进入|闯进|跑进|窜进|钻进)[^，,的]{0,4}?(?:田|地|林|园|苗|庄稼)|闯入|窜入|火灾|火情|起火|着火|犯罪|判刑|刑罚|造成|致使|导致|禁渔|禁猎|禁牧|禁养|禁放|禁烧|禁区|"
    # a count of repeats (一年内累计三次以上的, 再次…的): the wrongdoing of the sentence before, again
    r"累计|再次|再犯|重犯|多次|屡次|(?:[二两三四五六七八九十\d]+)次(?:以上|及以上)|"
    # sanctioned by an authority (被镇、村查处的, 被公安机关处理过的, 被通报的): the wrongdoing stands behind it
    r"查处|查获|抓获|拘留|"
    # an act of a kind the article forbids, named as conduct (有燃放行为的, 存在辱骂行为的)
    r"(?:有|存在|发生)"
    + _GAP
    + r"{1,8}?行为(?!规范|准则)|被"
    + _GAP
    + r"{0,10}?(?:处理|处罚|通报|曝光|判|捉|抓|逮|扣)|第(?:[二两三四五六七八九十\d]+)次|超(?:面积|高|标|层|规划|审批|范围|占|建|规模|规格|桌|量|限|期|时|(?:过|出)(?:规定|标准|限额|定额|范围|面积))"
)
# 发现乱扔垃圾一次扣十元, 缺一个工日按一百元折算: a wrongdoing found or an absence counted is a condition,
# written without 的
_DOING_WITHOUT_DE = re.compile(
    r"发现" + _GAP + r"{0,4}?(?:" + _WRONGDOING.pattern + r")|"
    # a count of times caught (查到一回, 抓住一次, 被查两次): the forbidden act of the line before, found
    r"(?:查到|查出|查实|发现|抓到|抓住|逮到|逮住|被查|被抓)(?:一|[\d两二三四五六七八九十])(?:回|次)|缺(?:一|[\d两二三四五六七八九十])个?(?:工|次|天|日)|"
    # the time it is found again, counted (第二次发现停水三天, 第三次被查到…)
    r"第[\d两二三四五六七八九十]+次(?:被)?(?:发现|查到|查出|查实|抓到|抓住|违反|违规|违约)|"
    # a person named by his wrongdoing as the subject (吸毒人员由村治保会…, 参赌分子一律…)
    r"(?:吸毒|涉毒|赌博|参赌|聚赌|盗窃|偷盗|违约|违规|违章|闹事|滋事)(?:人员|分子)"
)
# A topic described by its wrongdoing (散放的牛羊由村委会牵走看管; 违章停放的车辆…).
_WRONG_TOPIC = re.compile(
    r"\s*(?:对于|对|凡是|凡)?" + _GAP + r"{0,6}?(?:" + _WRONGDOING.pattern + r")(?!成年)" + _GAP + r"{0,10}?的|"
    # a thing named by its wrongdoing in one word (违停车辆, 违建房屋, 乱堆物品)
    r"\s*(?:对于|对|凡是|凡)?(?:违停|违章|违规|违建|违法|乱停|乱放|乱堆|私建|私搭|无证|超载)(?:停放|搭建|建设|堆放)?的?"
    r"(?:车辆|机动车|电动车|车|船|摊位|摊点|建筑物?|房屋|棚|物品|货物)"
)
_PROHIBITION = re.compile(
    r"不得|不准|不许|不能|不应|不宜|不可|不要|不允许|严禁|禁止|杜绝|防止|避免|反对|制止|纠正|无权|切勿|"
    r"不因|不以|不搞|不实行|不采取|不采用|不使用|不用|取缔|废除|废止|删除|不会|不随意|不乱|不被|"
    # 本规约不设罚款, 免予处罚: the charter declares it has no such measure (money)
    r"不设|不另设|不规定|不作规定|免予|免于|不再(?:采取|实行|采用|使用|搞|设)|"
    # 取消了以往罚款、扣押等做法: the old measures done away with (取消其低保 is a deprivation: no 了 or 以往)
    r"取消了|取消(?=以往|过去|原有|原来|此前|以前)|摒弃|革除|去除|"
    # 清理罚款条款 aims at the measure; 交清清理费后, 清理干净 do not (money)
    r"清理(?!费|干净|完毕|现场|人员)"
)
# What lies between a prohibition and a sanction when the prohibition forbids an act, not the sanction:
# a phrase of its own (焚烧秸秆, 乱倒垃圾), not just a manner (擅自, 随意) or a target or means (对村民, 以…为由).
_FORBIDDEN_ACT = re.compile(
    r"(?!(?:擅自|随意|任意|私自|随便|乱|滥|非法|违法|违规|变相|动辄|一律|再|又|予以|进行|给予|处以)*$)"
    r"(?:(?!对|向|给|以|用|为由|理由|借口|方式|手段|名义|代替|任何|村委|村民委员会|居委|干部|组长|单位|个人|组织|"
    r"一律|变相|动辄|超过|超出|高于|多于)" + _GAP + r"){2,24}"
)
# Words that forbid conduct (禁止焚烧秸秆); 删除, 废除, 纠正, 反对 … always aim at the measure itself.
_FORBIDS_ACTS = frozenset({"不得", "不准", "不许", "不能", "严禁", "禁止", "不要", "切勿"})
_AMOUNT_UNIT = re.compile(r"\d\s*(?:元|块)|[十百千万两一二三四五六七八九零〇壹贰叁肆伍陆柒捌玖拾佰仟](?:元|块)")
_PROHIBITION_BY_PRETEXT = re.compile(
    r"(?:不得|不准|不许|不能|不应|严禁|禁止|无权|不以)" + _GAP + r"*?(?:为由|为借口|为理由)\s*$"
)
_DEFER_ACTOR = re.compile(
    r"(?:公安|司法|检察|执法|林业|国土|自然资源|环保|生态环境|农业农村|水利|市场监管|城管|交警|卫健|"
    r"卫生健康|民政|有关|相关|主管|行政|供电|供水|渔政|渔业|海事|消防|应急|教育|文旅|住建|规划)(?:机关|部门|机构|局|站|所|公司|单位)|"
    r"派出所|法院|交警|交巡警|人民政府|镇政府|乡政府|街道办|司法所|判处|《[^》]{1,30}》|"
    # the supplier itself, for its own bill (有线电视站可停止信号传输)
    r"(?:有线电视|广电|电信|移动|联通|燃气|自来水|水务)(?:站|公司|台|所|厂)|水厂|供电所|供水站"
)
_DEFER_BARE = re.compile(
    r"(?:依法|依规|依照(?:国家)?(?:有关|相关)?(?:法律|法规|规定)|按照?(?:国家)?(?:有关|相关)(?:法律|法规|规定)|"
    r"根据(?:国家)?(?:有关|相关)(?:法律|法规|规定))(?:规定)?(?:予以|给予|处以|进行|实施)?\s*$"
)
_ELIGIBILITY = re.compile(
    # (不在本村居住满三年: living elsewhere ends no land contract, 农村土地承包法 Art. 27, unlike 户口不在本村)
    r"户口不在|户籍不在|不在本村(?!居住|生活)|非本村户口|不符合|不再符合|"
    # the conditions of a benefit, not a field or a site to be put right (限期恢复耕种条件)
    r"(?<!恢复)(?<!耕种)(?<!生产)(?<!种植)(?<!卫生)(?<!通行)(?<!原有)条件|骗取(?!钱财|财物|他人|群众|村民|老人|信任)|冒领|虚报|隐瞒|弄虚作假|虚假|死亡|去世|"
    # (not the village moving him out: 将其户口迁出本村 is the expulsion, no eligibility)
    r"(?<!将其户口)(?<!把其户口)(?<!将其户籍)(?<!把其户籍)(?<!其全家户口)迁出|已迁(?!入)|重复|两份|同时享受|"
    r"已取得|已经取得|已享受|已经享受|已分得|国籍|(?<!视为)(?<!视同)(?<!按)(?<!作)自愿|动态管理|收入超过|收入高于|(?<!超)(?<!超过)(?<!超出)(?<!规定)标准|"
    # nothing to share (集体经济亏损的，当年不分红): no dividend withheld from anyone
    r"亏损|亏本|(?:无|没有|未)(?:收益|盈利|盈余|利润)|"
    r"未经" + _GAP + r"{0,12}?(?:确认|同意|认可|讨论通过)"
)
_NOT_RESIDENT = re.compile(r"户口不在|户籍不在|不在本村|非本村|不符合|不具备|迁出|已迁(?!入)|死亡|去世")
_NOMINAL_FOLLOW = re.compile(
    r"(?:的(?:程序|决定|对象|人员|家庭|户|情况|名单|标准|条件)|应当|应|须|必须|需|要经|时|期间|工作|程序)"
)
# Payments named as the cost of harm done or as an ordinary due are civil or lawful, not fines.
_CIVIL = re.compile(
    r"赔偿|补偿(?=失主|受害|损失|他人|对方|被害)|损失|修复|维修|修理|修配|实际价款|医药|医疗费|清理|清运|复原|重建|补种|购|成本|工本|材料|欠款|欠费"
)
# An ordinary due is lawful when it is simply owed (按时交纳卫生费60元; 不交水费的，补交水费). Exacted
# for a wrongdoing that has nothing to do with it (违反规定的，按每平方米10元缴纳管理费) it is a fine.
_DUE = re.compile(
    r"水费|电费|卫生费|保洁费|管理费|物业费|医保|保险|合作医疗|有线|学费|党费|会费|押金|筹资|一事一议|租金|"
    r"承包费|燃气费|取暖费"
)
# A condition about the due itself (拖欠水费的, 偷水者, 未缴纳卫生费的): the payment settles it.
_DUE_MATTER = re.compile(r"交|缴|欠|费|租|水|电|气|暖|保|险|医|承包")
_FOLLOWING_OBJECT = re.compile(_GAP + r"{0,6}")  # 每亩10元收取维护费: what the payment is for follows it
_TAKEN_FROM_HOLDINGS = re.compile(_DIVIDEND + "|" + _WELFARE)
_HELD_BEFORE = re.compile(r"(?:从|在)" + _GAP + r"{0,10}?(?:" + _DIVIDEND + "|" + _WELFARE + r")(?:中|里|内)\s*$")
_DEDUCTED_AFTER = re.compile(
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
_ADVANCED = re.compile(r"垫付|垫交|垫缴|代缴|代交|代为(?:缴纳|交纳|支付|缴|交)|借款")
_DEDUCTS = re.compile(r"扣|抵")
_GAP_NEGATION = re.compile(r"不|未|无|禁|勿|免|非")
_APPLICATION = re.compile(r"的?(?:申请|报名|申报|审批|报批)")
# 按每次100元收取清理费: a fixed sum per offence is a fine, whatever the payment is called
# (每超一桌, 每多一桌, 超出部分每亩: a rate per unit beyond the charter's limit is the same)
_PER_OFFENCE = re.compile(r"每次|每人次|每回|每例|每超[一\d]|每多[一\d]|超出部分每|超过部分每")
_PAYMENT_BEFORE = re.compile(r"赔偿|赔付|收取|交纳|缴纳|罚款|处以|科以|(?:警示|惩戒|惩罚|教育)金")
_DEPOSIT_NAMES = r"(?:保证金|押金|信誉金|诚信金|风险金|抵押金|承诺金|履约金|质保金)"
_DEPOSIT = re.compile(_DEPOSIT_NAMES)
# Personal documents: holding one back withholds a certificate (CV605), it takes no property (CV602).
_DOCUMENT = (
    r"(?:户口簿|户口本|户口薄|户籍簿|身份证件?|证件|证照|结婚证|准生证|生育证|驾驶证|驾照|行驶证|营业执照|执照|护照|"
    r"社保卡|医保卡|残疾证|通行证|出入证)"
)
_HOLDS_DOCUMENT = re.compile(_DOCUMENT)
# Verbs that set a sum off against what the member holds or is owed (从其分红中扣抵, 从保证金中划扣).
_SET_OFF = r"(?:扣除|扣减|扣回|扣抵|抵扣|划扣|扣划|冲抵|冲减|抵顶|抵交|抵缴|抵偿|折抵|扣)"
# A thing given back once a condition is met (交清后方可领回, 待赔偿损失后再行归还): it was held.
_GIVEN_BACK = (
    r"(?:后|才|方)(?:方|才)?(?:可|能|准|许|予以|予|再行|再)?"
    r"(?:领回|取回|赎回|牵回|拉回|开回|领走|归还|退还|发还|返还|放还|放回|交还|放行|解锁|启封|解封)"
)
# 每缺一次, 每个工, 缺一个工日: a sum per occurrence
_EACH_TIME = re.compile(r"每" + _GAP + r"{0,3}?[次回工]|缺(?:一|[\d两二三四五六七八九十])个?(?:工|次|天|日)")
_SURCHARGE = re.compile(r"加收|另收|多收|滞纳金|违约金")
# A governed pronoun or a collective names who bears the measure: 停止其供水, 全组停水.
_SANCTIONED = re.compile(_WHOM + r"|全组|全家|全户|全社|(?<![遇逢因如若当在])全村")
_WHOM_WORDS = frozenset(_WHOM[3:-1].split("|"))
# the sanctioned person or his kin (不为其子女出具政审证明): the kin make it collective (CV608)
_KIN_WHOM = r"(?:" + _WHOM + r"(?:子女|家庭|家人|父母|家属|配偶)?)"
# A village body that tells a utility or organ to act is still the actor (由村委会通知供电所停电).
_VILLAGE_DIRECTS = re.compile(
    r"(?:村委会?|村民委员会|村民小组|居委会|村组|治保会|调委会|理事会|社区|物业(?:服务中心|服务企业|公司)?|业委会)"
    r"(?:通知|要求|协调|联系|责成|请|商请|会同|函告|告知|致函|发函)"
)
# A supplier cutting its own supply is lawful only for that supply's own bill or misuse (拖欠水费的, 私接电线的);
# for any other wrongdoing the cut is the charter's sanction carried out by the supplier (酗酒闹事的，由村供水站
# 停止其家中用水).
_SUPPLIER = re.compile(
    r"(?:有线电视|广电|电信|移动|联通|燃气|自来水|水务|供电|供水|热力|供热)(?:站|公司|台|所|厂)|水厂|供电所|供水站"
)
_OWN_SUPPLY_MATTER = re.compile(
    r"水费|电费|气费|有线|收视|取暖费|供暖费|采暖费|热费|网费|宽带费|偷水|偷电|窃电|私接|私拉|私改|私开|违章用|违规用|"
    r"用水|用电|用气|供水|供电|供气|水表|电表|气表|管网|线路"
)
_VILLAGE_OWNED_BEFORE = re.compile(r"(?:村|寨|屯|组|社|嘎查|集体|村级|村办|村集体)(?:的|里的?|自办的?)?$")
_FEE = re.compile(r"费|款|税|租金|资金|基金|欠|医保|保险|社保|合作医疗")
# What can be led or carried away as a seizure (拉走并由畜主交费后领回), unlike rubbish cleared away.
_SEIZABLE = re.compile(
    r"牲畜|畜|禽|[牛羊猪马驴骡鸡鸭鹅狗犬]|车|船|农机|机具|工具|渔具|网具|渔网|鱼网|丝网|地笼|网箱|鱼竿|钓竿|猎具|赌具|设备|器材|"
    r"货物|商品|摊|物品|财物|"
    # what was cut, dug or grown in the wrongdoing, and goods left in the way (私自砍伐的树木由村组收缴)
    r"树木|林木|木材|竹|柴|石料|砂石|建材|杂物"
)
# What a village can take or hold, beside the above: produce left in the way (占道晾晒的粮食由保洁员收走).
# Kept apart from _SEIZABLE, which also tells a thing held from a person held (偷窃农作物被抓获的…扣留: the
# produce is what he stole, he is the one held).
_TAKEABLE = re.compile(
    _SEIZABLE.pattern
    + r"|粮食|粮|稻谷|谷物|玉米|作物|庄稼|秸秆|渔获|猎物|苗木|树苗|果苗|果树|青苗|蔬菜|药材|鲜叶|茶青|农产品|水果|果实|"
    # what the wrongdoing earned (违法所得上交村集体 is a confiscation)
    r"违法所得|非法所得|所得款|赃物|赃款|获利|"
    # what is left of works the village pulled down (拆下的木料, 材料不予退还)
    r"(?<!申请)(?<!证明)(?<!报批)材料|木料|钢材|砖瓦|构件|电器|家电|家具"
)
_OWNER_TAKES = re.compile(
    r"(?:由|让|请|通知|责令|要求)(?:其)?(?:畜主|失主|主人|车主|船主|所有人|物主|户主|本人|当事人|其家人)"
)
_CONTRABAND = re.compile(r"具|网|枪|刀|器|赌资|所得|木材|竹木|林木|烟花|鞭炮|爆竹|药")
# The person is told to do it himself: 责令其关闭水阀 is no supply cut by the village.
_TOLD_TO = re.compile(
    r"(?:责令|要求|督促|提醒|劝导|劝说|告知|教育|引导)(?:其|当事人|户主|用户|住户)?(?:限期|立即|及时|自行|马上|主动)?\s*$"
)
# 不参加医疗保险的，不能享受医保报销待遇: a scheme's benefit goes to those in the scheme; the condition
# names the person's own non-participation in the very scheme whose benefit is denied.
_SCHEMES = (
    (re.compile(r"医保|医疗|合作医疗|报销|参合"), re.compile(r"医保|医疗|合作医疗|参合")),
    (re.compile(r"养老"), re.compile(r"养老")),
    (re.compile(r"保险"), re.compile(r"保险|参保")),
)
_SCHEME_JOIN = re.compile(r"参加|参保|参合|投保|缴纳|交纳|缴费|交费|续保|办理|加入")


_HELD_PERSON_BEFORE = re.compile(r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|违规者|行为人|嫌疑人)\s*$")
_PERSON_WORD = re.compile(r"人员|者|人|小偷|窃贼|盗贼|嫌疑")


# what 将/把 moves before the holding verb, when it is an animal or a thing (将牲畜牵到村委会关起来; not
# 将偷牛贼关起来, where 牛 is no object of its own)
_BEAST_OR_THING_HELD = re.compile(
    r"(?:将|把)"
    + _GAP
    + r"{0,6}?(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|牛|马|羊|猪|鸡|鸭|鹅|狗|犬|车辆|车|物品|东西|工具|财物)"
    r"(?:子|们|只|头|匹)?(?:牵|赶|拉|送|拖|运|带|抱|圈|关|锁|到|进|在|于|至)"
)


_PERSON_RELEASED = re.compile(r"放行|放人|放其(?:离开|回家)|(?:方可|才能|才准|才可|方能|才)(?:离开|回家|返家|回去)")


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


_PAY_WORD = re.compile(r"[收交缴赔罚费款金]")
_CONTRACT = re.compile(r"合同|协议|约定")
_POSITIVE = re.compile(
    r"(?<![不非无])(?:表彰|表扬|奖励|光荣|先进|好人|感谢|鸣谢|捐|示范|文明户|星级|先锋|模范)"
)  # 不文明户 is no honour
_POINTS = re.compile(r"积分|分值|分数|星")
# a display that hides who it is about (人脸作遮挡处理, 打码, 不公布当事人姓名): no one is shamed
_ANONYMISED = re.compile(
    r"(?<!不作)(?<!未作)(?<!不)(?<!未)(?:遮挡|遮盖|打码|马赛克|模糊处理|匿名|隐去)|"
    r"不(?:公布|公开|显示|标注|写明|注明)" + _GAP + r"{0,8}?(?:姓名|身份|住址|门牌)"
)


# ---------------------------------------------------------------------------------------------
# Measure patterns
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    code: str
    # Sets of characters; every match contains a character of each set. A sentence missing one of
    # them cannot match, and a set intersection is far cheaper than running the regex.
    keys: tuple[frozenset[str], ...]
    regex: re.Pattern[str] | _LazyRegex
    what: str | Callable[[str], str]
    inherent: bool = False  # punitive in itself: no penalty context needed
    pronoun: bool = False  # a governed pronoun (其, 该户 …) counts as penalty context
    defer_bare: bool = False  # 依法 right before it refers the measure to the law
    eligibility: bool = False  # eligibility words (骗取, 不符合条件, 迁出 …) exempt it
    nominal: bool = False  # 应当/须/时 after it marks a topic, not an imposition
    payment: bool = False  # a payment: civil costs and ordinary dues are exempt
    contract: bool = False  # in a sentence about a contract it is a contract remedy
    display: bool = False  # publishing a name: honours are exempt
    needs_pay_word: bool = False  # a multiple must come with a payment word
    object_first: bool = False  # object before the action: a negation in between protects (承包地不得收回)
    not_fee: bool = False  # 收缴 of things, not of money owed (收缴卫生费 is collecting a due)
    needs_property: bool = False  # 拉走, 牵走: only with an animal, vehicle or goods named in the sentence
    self_act: bool = False  # 责令其关闭水阀: the person is told to do it, the village does not
    penalty_only: bool = False  # only after a wrongdoing or 违者/否则: a governed pronoun is not enough
    residence: bool = False  # 户口不在本村的，不予办理证明: the village cannot vouch for a non-resident
    holds_thing: bool = False  # 扣留 of a thing (CV602), not of a person (将其扣留, 扣留在治保室: CV603)
    holds_person: bool = False  # 扣留 of a person only
    classified_thing: bool = False  # a seizure: a deposit taken is a fine (CV601), a document held CV605
    redemption: bool = False  # a fee to get a held thing back: only the victim's damages are civil
    contract_money: bool = False  # 已交承包费不退: the contract's remedy when the article is about its breach
    deposit_named: bool = False  # 从中抵扣: a fine only when a deposit is named before it in the article
    deposit: bool = False  # a deposit kept: repairs or arrears drawn from it are civil (从押金中扣除修理费)
    treat: bool = False  # paying for a treat or goods for the village: paying for repairs is civil
    by_agreement: bool = False  # ending a contract on its own terms (依照合同约定解除) is the contract's remedy
    scheme: bool = False  # 不交合作医疗的，不予办理报销手续: a scheme's own benefit, for those not in it
    per_offence: bool = False  # an amount only when its clause counts occurrences (每缺一次…一百元)
    generic: bool = False  # read from structure (a deprivation and its object's class): yields to the others
    wide: bool = False  # read across a sub-clause: only where no other pattern found its code in the sentence
    needs_medium: bool = False  # a label is a showing only when announced or put on a public medium
    topic_object: bool = False  # the object is the welfare the sentence opened with; the match names the wrongdoer


def _supply_what(evidence: str) -> str:
    water = "水" in evidence or "开闸" in evidence or "开阀" in evidence  # the sluice of a channel
    power = "电" in evidence and "电视" not in evidence
    if water and power:
        return N_("停水停电")
    if water:
        return N_("停水")
    if power or "拉闸" in evidence:
        return N_("停电")
    if any(w in evidence for w in ("网", "信号", "电视", "宽带")):
        return N_("断网断信号")
    if "气" in evidence:
        return N_("停气")
    return N_("停止供应")


def _land_what(evidence: str) -> str:
    return N_("收回宅基地") if "宅基地" in evidence else N_("收回承包地")


def _seizure_what(evidence: str) -> str:
    return N_("没收财物") if evidence.startswith(("没收", "罚没", "充公", "收缴")) else N_("扣押财物")


def _share_or_land_what(evidence: str) -> str:
    return N_("不予分配土地") if re.search(_LAND, evidence) else N_("取消集体收益分配")


def _expulsion_what(evidence: str) -> str:
    if "开除" in evidence:
        return N_("开除村籍")
    if "户口" in evidence or "户籍" in evidence:
        return N_("注销户口")
    return N_("取消村民资格") if ("注销" in evidence or "除名" in evidence) else N_("驱逐出村")


def _verse_taken_what(evidence: str) -> str:
    return N_("强制拆除财物") if "拆" in evidence else N_("不予分配土地")


def _fine_in_kind_what(evidence: str) -> str:
    return N_("罚工") if any(w in evidence for w in ("工", "劳动", "义务", "扫")) else N_("变相罚款")


# Every welfare object contains one of these (低保, 补贴, 救助, 救济, 惠民, 扶贫, 福利, 合作医疗 …).
_WELFARE_KEYS = "保贴助济惠扶福疗困慰服补金遇益禁卡励"


class _LazyRegex:
    """A pattern compiled on first use: a clean charter needs few of them (their keys rarely occur),
    and compiling all of them up front cost more than analysing the bundled county."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args):
        self._args, self._compiled = args, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return _LazyRegex(pattern, flags)  # type: ignore[return-value]  # it stands in for the compiled pattern


def _P(
    code: str, keys: tuple[str, ...], regex: re.Pattern[str], what: str | Callable[[str], str], **flags: bool
) -> _Pattern:
    return _Pattern(code, tuple(frozenset(k) for k in keys), regex, what, **flags)


# The consequence reader: a verb that takes or withholds, an optional bearer (其, 该户, 为其家庭 …), an
# optional verb of giving (发放, 安排, 兑现 …) and an object phrase read up to its end. Chinese puts the
# head of a noun phrase last, so the phrase is classified by the word that ends it (耕地地力保护补贴 is a
# subsidy, 房屋出租奖补 an allowance, not a house; 山林经营权 a land right), from small lexicons of object
# classes rather than whole phrases. Honours, points and posts are never taken unlawfully.
# the village's rooms and equipment a member uses (活动室, 农家书屋, 健身器材, 文化广场 …)
_VILLAGE_FACILITY = (
    r"(?:活动室|活动中心|文化室|文化礼堂|礼堂|图书室|阅览室|农家书屋|会议室|篮球场|健身房|健身器材|健身设施|棋牌室|"
    r"文化广场|老年之家|幸福院|食堂|(?:公共|公用|上述|这些)(?:场所|设施|器材))"
)
# the place a member belongs to, which an expulsion puts him out of (本村, 本寨, 本屯, 嘎查, 本社区 …)
_HOME = r"(?:本|该)?(?:村子|村庄|村寨|寨子|村|寨|屯|嘎查|组|社区|小区|社)"
# where a person lives, for the verbs that move him out of it (清出家属区, 搬离本安置小区)
_PLACE_LIVED = (
    r"(?:本|该|此)?(?:家属区|住宅区|生活区|安置区|定居点|移民点|"
    + _GAP
    + r"{0,3}?小区|村子|村庄|村寨|寨子|村|寨|屯|嘎查|组|社区|社)"
)
_CONJUNCT = r"[^，,。；;：:！!？?\s、和及与]"  # one character of one conjunct of an object list
# (an award for schooling, 助学奖励 or 升学奖励, is money for the child: welfare, not an honour)
_HONOURS = r"(?:评先|评优|先进|文明|星级|荣誉|称号|表彰|(?<!助学)(?<!升学)(?<!考学)(?<!入学)(?<!奖学)奖励(?!金|资金|款|经费)|积分|分值|评选|职务|最美|示范|候选|代表资格|干部)"
# Membership of a voluntary association (用水户协会, 老年协会, a cooperative's 会员) is its own affair, not CV606.
_ASSOCIATION_MEMBER = r"(?:会员(?:资格|身份|权利|待遇|证)|会籍)"
_ASSOCIATION_HEAD = re.compile(_ASSOCIATION_MEMBER + r"$")
_HONOUR_BEFORE = re.compile(_HONOURS + _GAP + r"{0,8}$")
_MEMBER_TREATMENT = re.compile(
    r"(?:村民|(?<!家庭)成员|社员|股东|组员)的?(?:一切|所有|各项|全部)?(?:待遇|权益|权利|资格|身份)"
)
_NEGATORS = "不再|不予|暂不|不给|不得|不能|无权"  # all of two characters: they are also a look-behind
# A whole group as the bearer, with its qualifiers (该组本年度全体农户, 该楼栋全部住户): read past it to the object.
_GROUP_BEARER = (
    r"(?:(?:该|本|全|整个|所在|同一?)(?:村民)?(?:小组|组|楼栋|栋|单元|片区|网格)(?!长)|全村|全户|全家)"
    r"(?:当年|当月|本年度?|今年|次年|全年)?的?(?:(?:全体|全部|所有|各)(?:农户|住户|居民|成员|组员|村民|家庭成员|户)?|各户)?"
)
_BEARER = (
    r"(?:对|为|给|向|将|把)?(?:(?:其|该户)(?:家庭|户|父母|家长|家人|子女|配偶)?|违者|违规者|当事人|责任人|本人|"
    + _GROUP_BEARER
    + r")?的?"
)
_GIVING = (
    r"(?:使用|享受|享有|参加|参与|领取|申领|申请|申报|报名|获得|发放|兑现|提供|安排|办理|受理|出具|开具|接通|开通|给予|分配|分得|纳入|列入|"
    r"推荐|介绍|上报|报送|"
    r"邀请" + _WHOM + r"?(?:参加|参与)?)"
)
# The verbs that take or stop, shared by the consequence reader and its sub-clause reading (one flat
# alternation of literals, none a prefix of another, so their order decides nothing).
_TAKING_VERBS = (
    "取消|停止|暂停|暂缓|中止|终止|注销|剥夺|收回|冻结|扣除|扣发|扣减|停发|缓发|截留|调减|核减|削减|推迟|延迟|延缓|搁置|停用|"
    "切断|断开|拉断|剪断|断掉|停掉|关掉|关闭|关停|拒绝|停供|锁闭|"
    # a pledge's consequence (如有违反，本户自愿放弃当年分红, 自愿停领当年分红): what is given up is taken,
    # the pledger naming it from the side that receives
    "放弃|停领|"
    # a service or an application stopped by its own verb (停办其一切手续, 停报其奖补, 缓批其建房申请)
    "停办|停报|停批|停审|停拨|缓报|缓批|缓拨"
)
_DEPRIVATION = (
    # a verb that takes (取消, 停发, 收回, 切断 …), or a negator that withholds a giving (不再给该户安排,
    # 不得参加 …): a bare negator before another verb is a prohibition of that verb (不得收回 protects)
    # (one flat alternation of literals first: re then scans for their first characters, 14× faster)
    r"(?:" + _TAKING_VERBS + r"|减少|延期|掐掉|限制|"
    # a seizure's verbs on what the village pays (暂扣其低保金): the head noun of the object decides the class
    r"暂扣|扣留|扣押|扣下|"
    # a bare 停 before the supply it stops (欠费的，停灌溉水)
    r"停(?=(?:其|该户)?(?:家中|家里|家庭|户内|户里)?的?(?:灌溉|渠水|自来水|用水|用电|生活用水|生活用电))|"
    r"不发放|不发给|不安排|不提供|不办理|不受理|"
    # a bare 不 before the person it withholds from (不为其申报建房指标)
    r"不(?=(?:为|给|替|帮|将|把|向)(?:其|该户))|"
    # (不上报其当年补贴: the giving before the person)
    r"不(?=(?:上报|报送|申报|推荐)(?:其|该户|他|她))|" + _NEGATORS + r")"
    r"(?:(?<=" + _NEGATORS + r")" + _BEARER + _GIVING + r"|(?<!" + _NEGATORS + r")" + _BEARER + _GIVING + r"?)"
    # earlier conjuncts of a list (助学奖励和就业推荐): each is classified by its own head, the last here
    r"(?P<gap>(?:" + _GAP + r"{0,14}?(?:以及|和|及|与|、))??"
    # not an honour, a points score or a post: 取消其评先评优资格, 扣减其积分; nor a voluntary association's own
    # membership (取消其会员资格: docs/clause-codes.md, what the expulsion takes keeps its code)
    r"(?!" + _CONJUNCT + r"{0,14}?(?:" + _HONOURS + "|" + _ASSOCIATION_MEMBER + r"))" + _CONJUNCT + r"{0,14}?)"
)
# what the village holds for all: its activities, its festivals and feasts (火把节, 春节联欢会, 长桌宴)
_GATHERING = (
    r"(?:集体|公共|文体|文娱|节庆|村里的?|寨里的?|社区的?)活动|(?<![季调礼])节(?:日|庆)?(?:活动|聚会)?|庆典|"
    r"团拜会?|联欢会?|聚餐|长桌宴|百家宴|祭祀|祭龙|歌会|赛事"
)
_DEPRIVE_KEYS = "取停暂中终注剥收冻扣缓截调核削减不无切断关剪限推延搁掐拒弃锁"
# the object first, then its withholding (危房改造项目不予申报, 自来水供应暂停): read the same classes
_WITHHELD_AFTER = (
    # between them only an agent (由合作社) or a manner: 物业服务企业可以停止 is a subject, not an object
    # (宅基地申请不予批准: the application for the object, refused)
    r"(?P<gap>(?:的?(?:申请|报名|申报))?(?:由"
    + _GAP
    + r"{1,6}?|村里|村委会?|村两委|村民委员会|居委会|社区|村民小组|组里|合作社|物业)?)(?:一律|全部|均|一概|都|也|亦|同时)?(?:(?:不予|不再|暂不|暂缓|停止|暂停|取消)"
    r"(?:上报|报送|申报|审批|办理|发放|受理|安排|兑现|分配|供应|提供|享受|通过|批准|同意|出具|签署|审核)?|"
    # vetoed or put off (政审一律不予通过, 各项惠农项目均排在最后, 实行一票否决)
    r"(?:实行|予以)?一票否决|(?:往后|靠后|延后|推后)(?:安排|办理|考虑)?|"
    r"(?:推迟|延迟|延期|延缓|缓期)(?:发放|办理|兑现|安排|拨付|审批)?|"
    # not handed to him (年货不发给该户) or the supply stopped (水电一律停供)
    r"(?:不发给|不发放|不分给|不给)(?:其|该户|他|她|违者)?|不发(?=[，,。；;！!？?\s]|$)|停供|断供|停用|中断|切断|拉闸|"
    # halved (该户年终分配减半)
    r"减半(?:发放|分配|计发|兑现)?|"
    # a rhymed line ends on its verb (自来水阀先关掉, 低保名额先停办, 父亲救助也要断): a bare taking verb closing the
    # line, after an adverb of sequence or resolve
    r"(?:先|就|要|得|便|即|立即|马上|当即|立刻|当场|全)?(?:关掉|停掉|断掉|掐掉|剪掉|拔掉|停办|断了|停了|关了|断|停|关|掐|"
    # or says it is lost (当年分红全泡汤, 田地分红都不留)
    r"(?<=[全都也就])(?:泡汤|落空|作废|清零|归零|没了|不留|无份|没份))"
    r"(?=[，,。；;！!？?\s]|$))"
)
# not 后 (以后, 之后) nor 放 (排放, 放养): too common to filter; 排在最后 is read by the put-last pattern
_WITHHELD_KEYS = "予再暂停取否靠往推延缓给发断切闸减关掐剪拔汤空废零没留份"
# where the object phrase ends: a clause break, a coordination, or the end of the sentence
# (暂停其土地流转收益的发放: the giving may follow the object, 暂停X的发放 being 暂停发放X)
# (取消其低保一年, 停止供应其生活用水一周: a time limit may follow the object)
_PHRASE_END = r"(?:的?(?:发放|分配|兑现|领取|申报|审批|办理|供应))?(?:[\d一二两三四五六七八九十半]+个?(?:天|日|周|月|年|小时))?(?=等?(?:[，,。；;：:！!？?\s、]|并|和|及|$))"
# The deprivations read across a sub-clause (see the last patterns): a verb that takes or withholds, or a
# negator with a verb of giving (不再享受, 不予办理), and what stands between it and its object: anything but
# a break, an honour or points (取消其年度评先评优资格 stays lawful), at most 24 characters.
_WIDE_DEPRIVATION = (
    r"(?:" + _TAKING_VERBS + r"|(?:不再|不予|暂不|不给|无权|不能)" + _GIVING + r"?|"
    # 不得 only with its giving (当年不得使用公用机电井饮畜): bare, it forbids what follows
    r"不得" + _GIVING + r"|"
    # a bare 不 before a giving (当年不享受村里发放的年终慰问金)
    r"不(?:享受|享有|发放|给予|分配|安排|办理|受理|出具|开具|纳入|列入|推荐|上报|报送|申报)|"
    # 三年内不分集体林收益: a share not divided out to him
    r"不(?:再)?分(?=" + _GAP + r"{0,8}?(?:收益|红|股|钱|款|利|地|田)))"
)
_WIDE_GAP = r"(?P<gap>[^，,。；;：:！!？?]{0,24}?)"
# what may not stand between a deprivation and its object: an honour or points (取消其年度评先评优资格 stays
# lawful), another taking (不予没收财物 negates the taking; 不再恢复其…资格 withholds); object first, also a subject or
# its modal (物业服务企业可以停止, 有线电视站可停止). Checked on the match: a regex lookahead per character
# of the gap made every sentence a third slower.
_WIDE_GAP_BARRED = re.compile(
    _HONOURS + "|" + _ASSOCIATION_MEMBER + r"|取消|停止|暂停|中止|终止|注销|收回|没收|扣|罚|冻结|切断|断开|关闭|拒绝"
)
# (租金从保证金中全部扣除: what is paid from a deposit, not the object withheld)
_WIDE_GAP_AFTER_OBJECT_BARRED = re.compile(r"可|应|须|必|有权|企业|公司|站|所|中心|部门|单位|机构|从|用于|用来|用以")
_WIDE_WITHHELD = (
    r"(?:一律|全部|均|一概|都|一并|同时)?(?:(?:不予|不再|暂不|暂缓|停止|暂停|取消|中止|终止)"
    r"(?:申报|审批|办理|发放|受理|安排|兑现|分配|供应|提供|享受|通过|批准|同意|考虑|推荐|恢复)?|停供|断供|停用|中断|切断|停发|缓办|缓发|"
    # 分红一分不发, 补偿款分文不给: not a coin of it paid
    r"(?:一分钱?|分文|一文)不(?:发|给|付)|"
    # the whole of it deducted (集体应得的租金奖励款全部扣除): taken, not a sum set off from it
    r"(?<=全部|全额|一律|如数|统统|一并)扣(?:除|发|减|光)|"
    # left out in so many words (一切福利待遇与其无关, 分红没有他的份)
    r"与(?:其|他|她|该户|其家庭|违者)(?:本人)?无关|没有?(?:其|他|她|该户)的?份(?:儿)?)"
)
_WIDE_WITHHELD_KEYS = "予再暂停取中终断切发缓给付扣关份"
_DEPRIVATION_CLASSES = (
    (
        "CV606",
        "民员东籍口户权证",
        r"(?:(?:村民|社员|成员|股东|组员)的?(?:一切|所有|各项|全部|任何)?(?:合法)?(?:资格|身份|权利?|待遇|权益|证)|(?:村|组|社|寨|屯|嘎查|生产队|队|浩特)籍|户籍|户口|(?:被)?选举权|表决权)",
        N_("取消村民资格"),
    ),
    (
        "CV602",
        "股红益偿承权地田林宅财款租押金积置费配场摊点面位库",
        r"(?:(?:分红|分配|配股|股份|收益)的?(?:资格|权利?|名单|名册)|股份(?!(?:经济)?合作社(?:成员|股东|社员)?(?:代表)?(?:大会|会议|活动|组织的)|有限|公司)|股权|股金|配股|(?:成员|人口|个人|福利|基本|劳龄|农龄)股|"
        r"分红|红利|收益|(?:年终|年底|集体|收益)分配(?:款)?|补偿款|补偿费|补偿金|补偿资金|安置费|"
        # compensation named by what it is for (森林生态效益补偿, 征地补偿): CV602 like a dividend, not a subsidy
        r"(?:生态|效益|公益林|森林|草原|湿地|征地|土地|拆迁|青苗|林地|搬迁)补偿|"
        r"流转金|流转费|租金|经营权|承包权|使用权|承包面积|承包地|承包田|责任田|口粮田|土地|耕地|山林|林地|林权|宅基地|财产|财物|"
        r"经营场地|经营场所|场地|摊位|摊点|门面|店面|铺面|"
        # a place the member holds for his own use, rented or allotted (收回其已租用的月租车位)
        r"(?<!的)(?:停车|月租|公共|固定|专用|地下)?车位|车库)",
        N_("扣发集体收益分红"),
    ),
    (
        "CV604",
        "水电气网号闸源视带暖热灌浇井",
        # every supply a household lives on: water (irrigation water let into a field too), power, gas,
        # heating, the network (暂停其房屋的冬季供暖, 停止向其责任田放水灌溉); the well or watering point it
        # draws from (公用机电井, 人畜饮水井), its turn of irrigation (轮灌, 放水轮次) and the card or top-up it
        # buys water, power or gas with (饮水卡, 预付费电卡的充值): stopping any of them is the same cut
        r"(?:自来水|生活用水|生活用电|(?:临时)?用水|(?:临时)?用电|供水|供电|水电|电源总闸|电源|总闸|电闸|燃气|天然气|液化气|供气|用气|网络|宽带|有线电视|信号|"
        r"供暖|供热|暖气|取暖|采暖|热水|(?:放水)?灌溉(?:用?水)?|放水|浇灌|水源|轮灌|(?:机电|机|水|饮水)井|(?:分|放|进|引)水(?:口|闸)|"
        r"(?:饮水|取水|用水|购水|购电|预付费)?(?:水|电|气|燃气)卡(?:的?充值|使用)?|"
        # the meter and the account a supply runs on, the channel water of a field (锁闭其水表, 用水报装, 渠水)
        r"(?:水|电|气)表|(?:自来水|进户|入户)?(?:水阀|阀门|总阀|闸阀)|水龙头|(?:用水|用电|用气|供水|供电|自来水|水电)(?:报装|开户|接入|接通)|(?:报装|开户)手续|渠水)",
        N_("停止供应"),
    ),
    (
        "CV605",
        "记补助利遇务证续目惠格权益策障救扶问标额会品金岗荐励料项卡贴保销章济收购导用限物货礼检游欢动施所权资酬费审光养单录册贷申政借信室屋场身钥识煤炭粮米面油",
        r"(?:补贴|奖补(?:资金)?|补助(?:金|款)?|救助(?:金)?|救济(?:金|粮)?|低保(?:金)?|慰问(?:品|金)?|岗位|推荐|证明(?:材料)?|"
        # the village vouching for a person (政审意见, 推荐意见): a service
        r"(?:政审|推荐|审查)(?:合格)?(?:意见|证明|材料)|政审|"
        # a registration of a thing the village handles for him (房屋产权登记); the status itself (户籍登记,
        # 注销其在村各项登记) is CV606
        r"(?:产权|房产|不动产|宅基地|建房|土地|林权|流转|确权|经营|营业|车辆|船舶|渔船)(?:使用权)?登记|"
        r"材料|手续|事项|服务|代收|代购|指导|鉴证|(?:加盖)?(?:公章|印章|签章)|使用(?:权限|权)?|(?:进出|出入|通行|使用|门禁)?权限|门禁卡|(?<!村民的一切)(?<!村民的各项)(?<!村民的所有)待遇|政策|资金|项目|指标|名额|津贴|福利|保障|优惠|报销|盖章|资格|机会|"
        # goods and care the village hands out (春节物资发放, 免费体检)
        r"(?:物资|礼品|年货|节礼|慰问品|福利品)(?:发放|分发)?|(?:补助|救济|慰问|福利|取暖|过冬)(?:米面油|粮油|煤|炭|粮|米|面|油)|体检|奖学金|助学金|(?:旅游|观光|疗养)(?:活动)?|联欢(?:活动)?|福利活动|(?:敬老|尊老|孝老|高龄)(?:金|津贴|补贴)|"
        # what a resident uses (公共晒场和农机具的权利, 会所、健身房等设施, 停车位的优先续租权)
        r"(?:助学|升学|考学|入学|奖学)奖(?:励)?(?:金|款|资金)?|"
        r"设施|场所|(?<=的)权利|(?:优先)?(?:续租|租用|承租)权|优先权|工资|报酬|劳务费|"
        # a list or a recommendation the village draws up, a loan it vouches for, an application it passes on
        # (不再纳入小额贴息贷款推荐名单, 其低保申请…, 政审)
        r"名单|名录|名册|贷款|借款|信贷|贴息|担保|扶持|申请|政审|确权|培训|务工|就业|"
        # the village's rooms and their keys, a card a benefit is paid on
        r"活动室|活动中心|文化室|图书室|阅览室|农家书屋|会议室|礼堂|篮球场|健身房|健身器材|棋牌室|钥匙|"
        # goods handed out, the verb right before them (不给其发米和油)
        r"(?<=发)(?:米面油|粮油|米|面|油|粮|肉|鸡蛋|年货|物资)|"
        # the village's threshing floor and mill (晒谷场, 碾房)
        r"晒(?:谷|粮)场|晒坝|打谷场|碾房|磨坊|"
        r"一卡通|惠农卡|社保卡|医保卡|电梯卡|停车卡|出入卡|(?:道闸|门禁|车辆|车牌|人脸)(?:识别|授权)|"
        # money for schooling (助学奖励金), not a reward for a task the member failed (卫生考核奖金 is lawful)
        r"(?:助学|升学|考学|入学|教育)奖励(?:金|款))",
        N_("取消低保等福利"),
    ),
)

# a verb of showing, then the medium it shows on (张贴在公开栏, 投放在电梯广告屏上, 制成展板立在村口)
_SHOWN_MEDIUM = (
    r"(?:屏|栏|榜|墙|台|群|广播|喇叭|公众号|网站|网上|朋友圈|电视|大会|会议|(?:小组|代表|群众|村民|居民|党员|户主|坝坝)会|"
    # a board the village writes on (村口黑板, 公告牌)
    r"黑板|白板|板报|公告牌|告示牌|公示牌|宣传牌|广场|路口|村口|门口)上?"
)
_SHOWN_ON = (
    r"[^，,。；;！!？?]{0,24}?"
    r"(?:(?:公开展示|展示|展出|张贴|张挂|挂出|公布|公示|曝光|播放|播出|播报|滚动播放|循环播放|发布|推送|转发|刊登|登报|上墙|上榜|晒|"
    r"(?:制成|做成|印成|编成)" + _GAP + r"{0,10}?(?:展板|海报|横幅|告示|标语|宣传单|视频))"
    r"(?:" + _GAP + r"{0,10}?" + _SHOWN_MEDIUM + r")?|"
    # put somewhere: only a public medium makes it a showing (照片发到城管部门 is evidence for an organ)
    r"(?:投放|放|贴|挂|登|发|刊|立|竖|摆|写|抄|印)(?:在|于|到|至|上)" + _GAP + r"{0,10}?" + _SHOWN_MEDIUM + r"|"
    # made in one sub-clause, shown in the next (截取画面配上当事人姓名，在村广播和微信群循环播放一周; 写出书面
    # 检讨，在村广播里向全村宣读); read out or announced on a medium too (在电子显示屏和微信群内滚动通报)
    r"(?:[^，,。；;！!？?]{0,8}?[，,]\s*(?:并|再|然后|同时)?(?:在|于|通过|利用))?"
    + _GAP
    + r"{0,16}?"
    + _SHOWN_MEDIUM
    + r"(?:里|内|中)?"
    + _GAP
    + r"{0,6}?(?:循环|滚动|反复|连续)?(?:播放|播出|播报|通报|宣读|朗读|公布|展示|曝光))"
)
_SHOWN_KEYS = "布示放播贴挂登发晒展墙榜曝推刊立竖摆制做印报读写抄"

# debts paid first, then a status granted (须由父母结清所欠各项款项，方可…)
_ARREARS_FIRST = (
    r"(?:结清|交清|缴清|还清|付清|补交|补缴|补齐)[^。；;！!？?]{0,24}?(?:款|费|欠|债|钱|金|罚|租)[^。；;！!？?，,]{0,6}?"
    r"(?:后)?[，,]?\s*(?:方可|才能|才可|方能|才予|才)(?:予以|给予|为其|继续)?"
)

_PATTERNS: tuple[_Pattern, ...] = (
    # --- CV601 fine or payment as penalty -----------------------------------------------------
    _P(
        "CV601",
        ("元块", "处"),
        _lazy(
            r"(?<![每一两此各多几数该这那本某\d])处以?\s*(?:每[^，,。；;\d]{0,3})?" + _MONEY + r"(?:的)?(?:罚款|罚金)?"
        ),
        N_("罚款"),
        inherent=True,
    ),
    _P(
        "CV601",
        ("元块", "罚"),
        _lazy(r"(?:(?<![处惩奖赏受认责])罚|处罚|惩罚)\s*" + _WHOM + r"?\s*(?:每[人户次天]?)?\s*" + _MONEY),
        N_("罚款"),
        inherent=True,
    ),
    # 罚狗主人五十元: the person fined named between 罚 and the amount
    _P(
        "CV601",
        ("元块", "罚"),
        _lazy(r"(?<![处惩奖赏受认责])罚(?:" + _GAP + r"{1,6}?)(?:人|主|户|者|方|家|长)\s*" + _MONEY),
        N_("罚款"),
        inherent=True,
    ),
    _P(
        "CV601",
        ("罚裁",),
        _lazy(
            r"(?:罚没款|罚款|罚金|罚钱|经济处罚|经济制裁|经济惩罚)(?!条款|规定|内容|事项)"
            r"(?:\s*(?:每[人户次天亩株棵头]?)?\s*" + _MONEY + ")?"
        ),
        N_("罚款"),
        inherent=True,
        defer_bare=True,
    ),
    _P(
        "CV601",
        ("罚",),
        _lazy(
            r"(?<![处惩奖赏受认责])罚" + _WHOM + r"?(?:全村人?|全组人?|全体村民|(?:为|给|替)" + _GAP + r"{1,6}?)?"
            r"(?:放|请|买|杀|办|演|唱|修|看|义务|劳动|工|酒|席|烟|猪|肉|鸡|羊|牛|米|粮|电影|戏|打扫|清扫|扫|做|"
            # 罚谷子一百斤, 罚稻草十捆: goods fined by weight or count
            r""
            + _GAP
            + r"{1,6}?[\d一二两三四五六七八九十百千]+(?:斤|公斤|千克|担|石|升|斗|捆|只|头|车|桌|场|天|个工|工日))"
            + _GAP
            + r"{0,8}"
        ),
        _fine_in_kind_what,
        inherent=True,
    ),
    _P(
        "CV601",
        ("元块", "交缴付担收资折扣捐少"),
        _lazy(
            # 捐 after a violation (若有超标，另捐一千元给老年协会): a pledge's fine named as a gift; 少发 a sum of what the
            # village pays him (发放奖补时少发他一百五十元): the fixed sum set off, as 扣
            r"(?:交纳|缴纳|交付|缴付|上交|上缴|补交|补缴|支付|承担|收取|加收|另收|出资|折款|折合|扣除|扣罚|扣减|扣|交|缴|付|"
            r"捐款|捐资|捐献|捐助|捐出|捐|少发|少给|少付|少分|少拨|少补)" + r"(?P<gap>" + _GAP + r"{0,10}?)" + _MONEY
        ),
        N_("变相罚款"),
        payment=True,
    ),
    _P(
        "CV601",
        ("元块", "交缴收付"),
        _lazy(_MONEY + r"(?P<gap>" + _GAP + r"{0,6}?)(?:收取|交纳|缴纳|支付|收|交|缴|付)"),
        N_("变相罚款"),
        payment=True,
    ),
    _P(
        "CV601",
        ("倍",),
        _lazy(
            # 加收一倍, 另收两倍: the surcharge's verb before the multiple names the payment
            r"(?:按|以|处以?|照价|加?罚|加收|另收|多收|再收|另行收取|"
            # 水费翻三倍, 电费要涨到两倍: the fee named before its multiple (a rhymed line drops 收取)
            r"(?:用水|用电|燃气|暖气|取暖|房租|地租|保洁|清运|卫生|垃圾|管理|物业|承包|排污|灌溉|[水电气租])[费金]"
            r"(?:要|就|便|则|也)?(?:涨|增|加|提高|提|翻(?!倍))?(?:了|到|至|为|成)?)?"
            + _MULTIPLE
            + r"的?(?:"
            + _GAP
            + r"{0,6}?(?:收取|交纳|缴纳|赔偿|补交|补缴|计收|征收|处罚|罚款|赔付|收|交|缴|赔|罚))?"
            # 处以双倍清扫费: the fee the multiple applies to belongs to it (the group tries before it gives up)
            + r"(?:"
            + _GAP
            + r"{0,4}?(?:费|款|金))?"
        ),
        lambda e: N_("罚款") if "罚" in e else N_("加倍收费"),
        needs_pay_word=True,
    ),
    _P(
        "CV601",
        ("金", "约滞"),
        _lazy(
            r"(?:(?:交纳|缴纳|支付|承担|收取|加收|计收|征收|处以?|交|缴|付)" + _GAP + r"{0,6}?)?(?:违约金|滞纳金)"
            r"(?:\s*" + _MONEY + ")?"
        ),
        N_("违约金"),
        contract=True,
        pronoun=True,
    ),
    # 预征其下一年度卫生费, 一律预征三年的土地使用费: a due collected in advance as a sanction
    _P(
        "CV601",
        ("预提", "费款金租"),
        _lazy(
            r"(?:预征|预收|预扣|提前征收|提前收取)(?P<gap>" + _GAP + r"{0,12}?)(?:费|款|金|租)"
            # the due named first (保洁费一次性预收三年, 水费改为提前收取一年)
            r"|(?:费|款|金|租)(?P<gap2>" + _GAP + r"{0,8}?)(?:预征|预收|提前征收|提前收取|提前交纳|提前缴纳)"
            r"(?:[\d一二两三四五六七八九十]+个?(?:年|月))"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # 交费后领回: property held until a payment is made; the payment is a fine in another name
    _P(
        "CV601",
        ("交缴付结凭", "回还行走锁封取复开通启"),
        _lazy(
            r"(?:交纳|缴纳|交付|缴付|支付|交清|缴清|付清|结清|补交|补缴|交足|缴足|交|缴|付)(?P<gap>"
            + _GAP
            + r"{0,12}?)"
            + _GIVEN_BACK
            # a supply the village cut, restored once a sum is paid, also in the next line of a verse (交足一百保洁金，
            # 阀门再给你打开): the sum is the fine's (a due's arrears stay lawful: see payment)
            + r"|(?:交足|缴足|交够|交齐|缴齐|交|缴)(?!清|"
            + _GAP
            + r"{0,12}?(?:欠|水费|电费|气费|暖费|租金|物业费))(?P<restored>"
            + _GAP
            + r"{0,3}?[\d一二两三四五六七八九十百千]+"
            + _GAP
            + r"{0,6}?(?:[，,]\s*"
            + _GAP
            + r"{0,6}?)?)(?:后|才|方|再)(?:方|才)?(?:可|能|准|予以|予|再行|再)?(?:给你|给其|为其|给他|给她|给)?"
            r"(?:恢复|打开|开通|接通|开启)"
            # 凭每头三十元的看管费领回: the sum is the voucher
             + r"|凭(?P<paid>" + _GAP + r"{0,8}?(?:元|块)" + _GAP + r"{0,6}?)(?:领回|取回|赎回|牵回|领走|领取)"
        ),
        N_("交费领回"),
        payment=True,
        pronoun=True,
        redemption=True,
    ),
    # money named by its purpose of warning or punishing (处以警示金200元, 交惩戒金三百元): a fine by name
    _P(
        "CV601",
        ("金", "警惩罚违"),
        _lazy(r"(?:警示|惩戒|惩罚|处罚|违规)金(?:" + _GAP + r"{0,4}?" + _MONEY + ")?"),
        N_("罚款"),
        inherent=True,
        defer_bare=True,
    ),
    # the fetching named first (每领一次交联防费二百元, 领回时须交看管费五十元, 取车前缴纳存放费): the same fee
    _P(
        "CV601",
        ("领取接赎提", "交缴付"),
        _lazy(
            r"(?:领回|领人|领走|接回|接人|赎回|取回|取车|提车|[每来]领)(?:一次|一回|一头|一只|一辆|时|前)?"
            r"(?:须|需|应|要|必须|另|再)?(?:交纳|缴纳|交付|缴付|支付|交|缴|付)(?P<gap>" + _GAP + r"{0,10}?)(?:费|元|块)"
        ),
        N_("交费领回"),
        payment=True,
        redemption=True,
    ),
    # contract money already paid and kept (已交的承包费不予退还, 已交租金一律不退): the contract's own remedy when the
    # contract ends for its breach (docs/clause-codes.md: _contract_breach), a fine when kept for another wrongdoing
    _P(
        "CV601",
        ("租包", "退返"),
        _lazy(
            r"(?:承包费|承包款|承包金|租金|租费|流转费)"
            + _GAP
            + r"{0,4}?(?:不予|不再|概不|一律不|均不|不)(?:退还|返还|退回|退)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        contract_money=True,
    ),
    # A deposit kept, forfeited or drawn on for a wrongdoing is a fine paid in advance (保证金不再退还，转作
    # 公益金; 没收装修保证金; 按次从中抵扣): the money is exacted as a penalty, whatever the verb. Repairs
    # and arrears drawn from it (从押金中扣除维修费用) are civil, and a contract's own terms are the contract's.
    _P(
        "CV601",
        ("金", "退返没充归扣划转抵上留收"),
        _lazy(
            _DEPOSIT_NAMES
            + _GAP
            + r"{0,6}?(?:(?:一律|全部|全额|概)?(?:不予|不再|概不|不得|不能|不)(?:退还|返还|退回|返回|退)|"
            r"(?:一律|全部|全额)?(?:扣除|扣减|扣留|扣下|截留|划扣|转作|转为|转入|转抵|充作|充抵|充入|划归|划入|划转|并入|上缴|归村|归集体|"
            # 保证金留作村里公益开支, 留归集体: kept by the village for its own use
            r"留作|留归|留给|留村|收归|归入))"
        ),
        N_("没收保证金"),
        pronoun=True,
        contract=True,
        deposit=True,
    ),
    _P(
        "CV601",
        ("金", "没充归"),
        _lazy(_DEPOSIT_NAMES + _GAP + r"{0,6}?(?:一律|全部|全额)?(?:没收|罚没|充公|归公)"),
        N_("没收保证金"),
        inherent=True,
        contract=True,
        deposit=True,
    ),
    _P(
        "CV601",
        ("金", "没扣划退取"),
        _lazy(
            r"(?:没收|罚没|扣除|扣减|扣发|划扣|取消|不予退还|不再退还|不退还|不予返还|不再返还)(?:其|该户|当事人|违者)?的?"
            + _GAP
            + r"{0,6}?"
            + _DEPOSIT_NAMES
        ),
        N_("没收保证金"),
        inherent=True,
        contract=True,
        deposit=True,
    ),
    # not returned, the deposit named earlier in the article (押金全部用于村道建设，不予退还)
    _P(
        "CV601",
        ("退返", "予再不"),
        _lazy(r"(?:不予|不再|概不|一律不|不)(?:退还|返还|退回|返回)"),
        N_("没收保证金"),
        penalty_only=True,
        contract=True,
        deposit=True,
        deposit_named=True,
    ),
    # drawn on: 从其信誉金中划扣, or 从中抵扣 after a deposit named earlier in the article
    _P(
        "CV601",
        ("从", "扣抵冲"),
        _lazy(r"从(?:" + _GAP + r"{0,8}?" + _DEPOSIT_NAMES + r"(?:中|里|内)?|中)(?:直接|一次性|统一|全额)?" + _SET_OFF),
        N_("没收保证金"),
        payment=True,
        penalty_only=True,
        contract=True,
        deposit=True,
        deposit_named=True,
    ),
    # Paying for something the village gets, as the consequence of a wrongdoing, is a fine in kind: 由其出资
    # 为全组请一场演出, 出钱买鞭炮一挂送到村里, 须自费请全组吃一餐 (what is bought is a treat, a show, goods
    # for a ceremony). Paying for repairs or replanting (出资修复, 出资购买树苗补种) is civil.
    _P(
        "CV601",
        ("资钱费腰",),
        _lazy(
            # (责成事主出钱，请戏班演戏一台: the treat may follow a comma)
            r"(?:出资|出钱|掏钱|自费|花钱|拿钱|自掏腰包)(?:[，,]\s*)?"
            + _GAP
            + r"{0,12}?(?:请|买|购买|购置|置办|办|摆|放|演|宴请|招待|包)"
            + _GAP
            + r"{0,10}"
        ),
        N_("变相罚款"),
        penalty_only=True,
        treat=True,
    ),
    _P(
        "CV601",
        ("买购置备请宴办摆放包送负担管", "影戏演席酒饭餐伙炮竹花香烛猪羊肉烟糖茶礼"),
        _lazy(
            r"(?:由其|让其|要其|令其|责其|责令其|要求其|罚其|其须|其应|须|需|应当?|必须)(?:自费|自己|自行|负责)?"
            r"(?:为|给|向)?"
            + _GAP
            + r"{0,6}?(?:买|购买|购置|置办|备办|备|请|宴请|办|摆|放|包|送|负责|承担|管)"
            + _GAP
            + r"{0,8}?"
            r"(?:电影|戏|演出|酒席|宴席|酒|饭|餐|伙食|鞭炮|炮竹|爆竹|烟花|香烛|香|蜡烛|猪|羊|肉|烟|糖|茶|礼品)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        treat=True,
    ),
    # the whole cost of a treat or a show for others borne as the consequence (承担放映电影一场的全部费用,
    # 负担全组聚餐的费用); the cost of one's own harm is civil and has its own words
    _P(
        "CV601",
        ("担付", "影戏演席酒饭餐宴伙烟"),
        _lazy(
            r"(?:承担|负担|支付)"
            + _GAP
            + r"{0,10}?(?:电影|戏|演出|酒席|宴席|聚餐|酒|饭|餐|宴|伙食|烟)"
            + _GAP
            + r"{0,4}?的?(?:全部|所有|一切)?(?:费用|开支|开销|花费|费|钱)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        treat=True,
    ),
    # Goods by weight or count handed to the village as the consequence (出米、酒、猪肉各一百二十斤交寨里, 拿出稻谷
    # 二百斤交给组里, 送猪一头到村委会): a fine in kind, whatever the verb; a due every household gives has no
    # wrongdoing before it
    _P(
        "CV601",
        ("斤担石升斗捆只头车桌坛", "交送给缴归到供用作请"),
        _lazy(
            r"(?:拿出|交出|出|交|缴|送|备|献)" + _GAP + r"{1,10}?各?[\d一二两三四五六七八九十百千]+"
            r"(?:斤|公斤|千克|担|石|升|斗|捆|只|头|车|桌|坛)"
            # a list of goods, each with its weight, handed over in the next clause (出白米一百斤、猪肉一百斤，交寨上…)
            # (…一百斤米和一头羊: the goods may be named after a weight)
            r"(?:"
            + _GAP
            + r"{0,3}?[、和及与]"
            + _GAP
            + r"{1,8}?[\d一二两三四五六七八九十百千]+(?:斤|公斤|千克|担|石|升|斗|捆|只|头|车|桌|坛)){0,4}"
            r"(?:(?:[，,]\s*)?" + _GAP + r"{0,2}?"
            r"(?:交|送|给|缴|归|到|至)(?:给|到|至|交)?(?:本|该)?"
            r"(?:村委会?|村民委员会|村部|村集体|集体|(?:村|寨|组|社|屯|嘎查|社区)(?:里|上|委会)?)|"
            # or given for the community's use (出肥猪一头，供全寨祭祀之用; 出酒二十斤请全组人喝)
            r"[，,]?(?:供|给|请|用于|作为|作|让)(?:全寨|全村|全组|全屯|全社|全体|寨里|村里|组里|大家|集体|寨子|村民|"
            r"公共|公用|公益|祭|节日))"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # the community named first (向全组交一头猪, 给寨里送酒二十斤): the same fine in kind
    _P(
        "CV601",
        ("斤担石升斗捆只头车桌坛", "向给"),
        _lazy(
            r"(?:向|给)(?:全组|全村|全寨|全屯|全社|村里|组里|寨里|寨上|村委会?|村集体|集体)(?:交|送|出|献|赔|上交)"
            + _GAP
            + r"{0,6}?[\d一二两三四五六七八九十百千]+(?:斤|公斤|千克|担|石|升|斗|捆|只|头|车|桌|坛)"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # Labour for the village for a time, as the consequence (责令其为村里义务打扫卫生三天, 清扫全村主干道一周):
    # penalty labour, a fine in kind. Cleaning up one's own mess has no duration, and a deadline (三天内清理完毕,
    # 限期) is no duration of labour.
    _P(
        "CV601",
        ("劳扫工活修清巡守拣岗洁铺挖挑担砍", "天日周月工次时"),
        _lazy(
            # the bearer, the beneficiary and the place may stand between (由该户出两个劳力为村里义务清扫主街十天,
            # 须义务为护林队巡山五天, 由其本人到垃圾房协助分拣七天); the work is any service done for others, patrols
            # and watches included
            # a pledge's 愿 (若有违背，愿为村里义务出工十天), or unpaid work opening the consequence (…的，义务出工修林道十天)
            r"(?:责令|责成|要求|令|由|须|必须|(?<![处惩奖赏受认责])罚|自愿|愿意|愿|(?:(?<=[，,：:])|^)(?=义务|无偿))(?:其|违者|当事人|该户)?"
            + _GAP
            + r"{0,12}?(?:义务|无偿|协助|负责)?"
            r"(?:劳动|打扫|清扫|扫|出工|投工|做工|干活|修路|铺路|修渠|挖沟|挑水|担水|砍柴|清理|巡[山堤河库湖林塘田街逻查护]|值守|值班|值勤|站岗|分拣|保洁)(?!"
            + _GAP
            + r"{0,8}?(?:限期|期限))"
            + _GAP
            # a rhymed line puts the time in the next line (义务出工修林道，每回十天莫推脱)
            + r"{0,10}?(?:[，,]\s*(?:每回|每次|每犯一次|一回|一次)?)?"
            r"[\d一二两三四五六七八九十半]+(?:个)?(?:天|日|周|星期|个月|工日|工|次|小时)(?!内|以内|之内|后|以后|之后|前|以前)"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # --- rhymed lines (三字经式, 顺口溜): the unit and the object's noun are dropped for the metre -----
    # 乱砍树，罚五百; 偷东西，罚十倍: a round sum closing its line after 罚 is money
    _P(
        "CV601",
        ("罚",),
        _lazy(
            r"(?<![处惩奖赏受认责])罚(?:款|金|钱)?(?:其|谁|他|她)?家?\s*"
            r"(?:\d{2,}|[一二两三四五六七八九]?[十百千万][〇零一二两三四五六七八九十百千万]*倍?|"
            # 罚木钱, 罚鱼钱: the money named by what it is for
            r"[^，,。；;：:！!？?\s]{1,2}钱)(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("罚款"),
        inherent=True,
    ),
    # 一人赌博，全家罚: a bare 罚 closing its line after the household that bears it (受罚, 谁受罚 are left
    # alone: 谁落后谁受罚 rates a contest)
    _P(
        "CV601",
        ("罚",),
        _lazy(
            r"(?:全家|全户|全组|一家|一户|合家|连家|其家)(?:都|就|要|也|得|一起|一并|一同|同){0,2}"
            r"罚(?:款|钱)?(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("罚款"),
        inherent=True,
    ),
    # 不出工，每天交一百; 乱砍树，缴五百: a payment with its unit dropped, closing its line (read as a payment:
    # a due for the matter itself stays lawful)
    _P(
        "CV601",
        ("交缴", "十百千万0123456789"),
        _lazy(
            r"(?:交|缴)(?P<gap>)(?:\d{2,}|[一二两三四五六七八九]?[十百千万][〇零一二两三四五六七八九十百千万]*)"
            r"(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("变相罚款"),
        payment=True,
    ),
    # the measure's word cut to the metre, closing its line: 强拆除 (强制拆除), 收回地, 除村籍
    _P(
        "CV602",
        ("拆收",),
        _lazy(r"(?:强拆除?|收回(?:其)?(?:地|田|山|塘))(?=\s*(?:[，,。；;！!？?]|$))"),
        _verse_taken_what,
        pronoun=True,
    ),
    _P(
        "CV606",
        ("籍",),
        _lazy(r"(?<![开])除(?:其)?(?:村|寨|屯|族|组)籍(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("开除村籍"),
        inherent=True,
    ),
    # 违反者，不办证; 不缴费，不发证: a paper refused in three characters, closing the line
    _P(
        "CV605",
        ("证",),
        _lazy(r"(?<![得能准许要])不(?:予|再)?(?:办|发|开|出)证(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("不予办理证明"),
        pronoun=True,
    ),
    # 偷电者，断其电; 谁偷水，停谁水: the supply named by one character after the person, closing the line
    # (暂停其电梯卡 is no supply)
    _P(
        "CV604",
        ("水电气暖网", "停断掐拉关"),
        _lazy(r"(?:停|断|掐|拉|关)(?:其|谁|他|她|该户)家?的?(?:水电|水|电|气|暖|网)(?=\s*(?:[，,。；;！!？?]|$))"),
        _supply_what,
        pronoun=True,
    ),
    # 赌博者，不分红; 全家当年不分红: a share withheld in three characters
    _P(
        "CV602",
        ("红",),
        _lazy(r"(?<![得能准许要])不再?(?:参与|参加|享受)?分红"),
        N_("扣发集体收益分红"),
        eligibility=True,
    ),
    # --- CV602 confiscation, seizure, withholding of property ---------------------------------
    _P(
        "CV602",
        ("没充扣强容存锁封",),
        _lazy(
            r"(?:没收|罚没(?!款)|充公|查扣|查封|封存|扣押|暂扣|扣存|暂存|收容|收存|(?<![表阀闸箱线管当须需要应])上锁|锁车|"
            # animals penned by the village's keeper (护草员圈扣)
            r"圈扣|扣留(?!"
            + _WHOM
            + r"?(?:本人|人员|人身)|"
            + _PERSON_HOLD
            + r")|扣下|扣车|扣船|强行(?:牵走|拉走|拿走|收走|搬走))"
            r"[^，,。；;：:！!？?\s并和及或、]{0,8}"
        ),
        _seizure_what,
        inherent=True,
        defer_bare=True,
        holds_thing=True,
        classified_thing=True,
    ),
    _P(
        "CV602",
        ("拆推铲捣",),
        # a household's connection is a supply cut (CV604), but one the wrongdoer made himself (拆除其私接管道) is
        # his own works pulled down; other verbs of pulling down (强行铲除其地基, 推倒其围墙)
        _lazy(
            r"(?:(?:强行|强制)(?:拆除|拆毁|推倒|推平|铲除|铲平|捣毁)(?:其)?|(?:拆除|拆毁|推倒|推平|铲平|捣毁)其)"
            r"(?!(?:(?!私|违|非法)" + _GAP + r"){0,4}?" + _FACILITY + r")" + _GAP + r"{0,6}"
        ),
        N_("强制拆除财物"),
        inherent=True,
        defer_bare=True,
    ),
    # The village pulling down a member's works itself (由村委会组织人员予以拆除, 村里派人拆除): not the owner
    # ordered to remove them (责令其限期拆除), nor a household's supply connection (CV604)
    _P(
        "CV602",
        ("拆",),
        _lazy(
            r"(?:(?:村委会?|村民委员会|村里|村上|村两委|村民小组|组里|居委会|社区|理事会)?(?:组织|派|安排)"
            r"(?:人员|专人|人力|工人|劳力|人)?|(?:村委会?|村民委员会|村里|村上|村两委|村民小组|组里|居委会|社区))"
            r"(?:予以|进行|强行|统一|直接|负责)?拆除(?!" + _GAP + r"{0,4}?" + _FACILITY + r")" + _GAP + r"{0,6}"
        ),
        N_("强制拆除财物"),
        penalty_only=True,
        defer_bare=True,
    ),
    # 收缴其赌具, 渔具一律收缴, 予以收缴: taking things (not collecting a due, 收缴卫生费)
    _P(
        "CV602",
        ("缴", "收"),
        _lazy(r"收缴" + _THING_TAIL),
        N_("没收财物"),
        inherent=True,
        defer_bare=True,
        not_fee=True,
        classified_thing=True,
    ),
    # animals penned and vehicles towed away for a wrongdoing (散放的羊赶到村部圈起, 乱停的车拖移至存放点);
    # a household penning its own flock each night is no taking
    _P(
        "CV602",
        ("圈拖",),
        _lazy(r"(?:圈起|圈押|拖移)" + _THING_TAIL),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    _P(
        "CV602",
        ("走", "牵拉拖开收拿清搬运抬抓捉"),
        _lazy(r"(?:牵走|拉走|拖走|开走|收走|拿走|清走|搬走|运走|抬走|抓走|捉走)" + _THING_TAIL),
        N_("扣押财物"),
        pronoun=True,
        needs_property=True,
    ),
    # 将犬只捕杀: destroying an animal of the member's (an authority's 扑杀 is deferred: 依法, 由…部门)
    _P(
        "CV602",
        ("杀毙死毁烂铲拔",),
        # (crops a member grew, rooted out by the village: 私自种植的作物一律铲除)
        _lazy(
            r"(?:捕杀|扑杀|宰杀|打死|毒杀|射杀|击毙|处死|杀掉|剪毁|砸毁|砸烂|毁掉|捣毁|烧毁|销毁|铲除|铲掉|拔除|拔掉)"
            + _THING_TAIL
        ),
        N_("毁坏财物"),
        defer_bare=True,
        needs_property=True,
    ),
    # 赌资赌具一律上交村委会: things handed to the village as a seizure
    _P(
        "CV602",
        ("交缴", "委集治部"),
        _lazy(
            r"(?:一律|全部|统一)?(?:上交|上缴|交给|交由|交到|交归)(?:村委会?|村民委员会|村集体|集体|治保会|村部)|"
            # 渔具一律交村委会处理 (a bare 交 only with what the village then does: 罚粮五十斤交村集体 is the fine)
            r"(?:一律|全部|统一)?交(?:村委会?|村民委员会|村集体|集体|治保会|村部)(?:统一)?(?:处理|处置|保管|没收|变卖)"
        ),
        N_("没收财物"),
        needs_property=True,
    ),
    _P(
        "CV602",
        ("收调", "地田林山权园塘面场"),
        _lazy(
            r"(?:强行收回|收回|收归(?:村|组)?集体|调出)"
            + _WHOM
            + r"?的?(?:全部|部分|原|所有)?"
            + _GAP
            + r"{0,6}?"
            + _LAND
        ),
        _land_what,
        inherent=True,
        defer_bare=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV602",
        ("集公村组社寨屯嘎", "归缴"),
        _lazy(
            r"(?:收归|归|上缴|划归|交归)(?:村|组|社|嘎查|寨|屯)?集体(?:所有)?|(?:收归|归|划归)公有?(?!共|益|司|开|平|正|路|用|示)(?:所有)?|"
            r"(?:收归|归|划归)(?:村里|村上|组里|组上|社里|寨里|屯里|嘎查|村委会|村委|村民小组|本村|本组|本社|村|组|社|合作社|"
            r"股份经济合作社)(?:所有|所得)|"
            # 收归 is itself taking into public hands (一律收归村委会, 收归联社): no 所有 need follow
            r"收归(?:村委会?|村民委员会|村民小组|村两委|嘎查|(?:经济|股份)?联社|(?:股份)?经济(?:合作)?社|合作社|村里|组里|社里)"
        ),
        N_("没收归集体"),
    ),
    # a pledge hands the member's own share over (如有违反，愿将本户当年分红捐给村集体): the share taken, CV602
    _P(
        "CV602",
        ("红益股偿置苗", "捐交转划"),
        _lazy(
            r"(?:将|把)(?:其|本户|该户|自家|本人|他|她)?(?:当年|年终|全年|本年度?)?的?"
            + _DIVIDEND
            + r"(?:全部|全额)?(?:捐给|捐献给|捐出给|上交|上缴|交给|交回|转给|划给|划归|捐入|交由)"
            r"(?:本村|本组)?(?:村集体|集体|村里|组里|村委会|村民小组|老年协会|村老年协会|公益基金|合作社)"
        ),
        N_("没收归集体"),
        penalty_only=True,
    ),
    # the other bodies a member's things may be handed to (归祠堂所有, 拆下的钢材归社区所有): these also own
    # things of their own (公共场地归社区所有), so only in a consequence
    _P(
        "CV602",
        ("祠区会物族家", "归"),
        _lazy(r"(?:收归|归|划归)(?:社区|居委会|小区|物业|祠堂|宗祠|祠里|族里|理事会|协会|公家)(?:所有|所得)"),
        N_("没收归集体"),
        penalty_only=True,
    ),
    # The village disposing of a member's animal or goods (由村委会作价变卖, 公开拍卖, 折价处理) after a
    # wrongdoing: a seizure, the thing often named in the sentence before (…领回；三日内不来认领的，由嘎查作价变卖)
    _P(
        "CV602",
        ("卖价主",),
        _lazy(
            r"作价变卖|折价变卖|低价变卖|公开变卖|作价拍卖|折价拍卖|低价拍卖|公开拍卖|作价处理|折价处理|作价出售|折价出售|"
            r"作价处置|折价处置|变卖|拍卖|(?:作价|折价|低价)(?:卖掉|卖出|出卖|售卖)|"
            # the thing's value kept by the village (拆下的材料作价充抵集体收入)
            r"(?:作价|折价)(?:充抵|抵充|抵扣|抵作|充作|归)|"
            # 一律作无主物处置: the owner's things treated as nobody's
            r"(?:作为?|按|视为)无主(?:物|财物|物品)?(?:处置|处理|收归)"
        ),
        N_("没收财物"),
        penalty_only=True,
    ),
    # A thing kept, not given back (牲畜不再退还, 渔具一律不予发还): it was seized; a deposit or a payment not
    # returned is money (CV601, its own patterns)
    _P(
        "CV602",
        ("还回", "不"),
        _lazy(
            r"(?:" + _TAKEABLE.pattern + r")" + _GAP + r"{0,8}?(?:一律|一概|均|都|也)?(?:不再|不予|概不|不)"
            r"(?:退还|返还|归还|发还|退回)(?!" + _GAP + r"{0,4}?(?:押金|保证金|费|款|金|钱))"
        ),
        N_("没收财物"),
        penalty_only=True,
    ),
    # 菜地主人可以将其捕获，归自己所有: another's animal or goods taken for oneself
    _P(
        "CV602",
        ("归",),
        _lazy(r"归(?:自己|己|本人|发现人|捕获人|受害人|受损人|失主|主人)所有"),
        N_("没收财物"),
        needs_property=True,
    ),
    _P(
        "CV602",
        ("红益股偿置苗配", "扣停缓发消剥冻截收注清没暂中"),
        _lazy(
            # (a bare 扣 before whom it falls on: 扣其当年分红; or, in a line of verse or a list item, straight before
            # the dividend: 乱砍树，扣分红)
            r"(?:扣除|扣减|扣发|停发|停领|缓发|暂停发放|停止发放|不予发放|取消|剥夺|冻结|截留|收回|注销|清退|没收|暂停|停止|中止|暂扣|"
            r"扣(?="
            + _WHOM
            + r"|(?:当年|年终|年底|全年|本年度?)?的?(?:分红|红利|股金)))"
            + _WHOM
            + r"?的?"
            + r"(?P<gap>"
            + _GAP
            + r"{0,8}?)"
            + _DIVIDEND
            + _OBJECT_TAIL
            + r"(?:的(?:发放|分配|兑现))?"  # 暂停其土地流转收益的发放
        ),
        N_("扣发集体收益分红"),
        inherent=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV602",
        ("红益股偿置苗地田林山权配", "享参配分获领申安审划批给"),
        _lazy(
            r"(?:(?:不得|不能|不再|不予|无权|不准|不许)(?:其|该户|其家庭|再)?|不)"
            r"(?:享受|享有|参与|参加|分配|分得|分享|获得|领取|申请|安排|审批|划分|分给|批准|给予)"
            + r"(?P<gap>"
            + _GAP
            + r"{0,12}?)"
            + r"(?:"
            + _DIVIDEND
            + "|"
            + _LAND
            + r"|分配)(?!"
            + _GAP
            + r"{0,4}?(?:补贴|补助|津贴))"
            + _OBJECT_TAIL
        ),
        _share_or_land_what,
        pronoun=True,
        eligibility=True,
    ),
    _P(
        "CV602",
        ("红益股偿置苗配", "扣抵冲"),
        _lazy(
            r"(?:从|在)" + _WHOM + r"?的?(?:当年|年终|本年度)?的?" + _DIVIDEND + r"(?:中|里|内)?" + _SET_OFF + "|"
            r"(?:用|以)" + _WHOM + r"?的?(?:当年|年终)?" + _DIVIDEND + r"(?:抵扣|冲抵|抵顶|抵交|抵缴|抵偿|抵)"
        ),
        N_("从分红或补偿款中扣款"),
        pronoun=True,  # a due every household has deducted (各户的清运费从年终分红中扣除) is no sanction
    ),
    _P(
        "CV602",
        ("红益股偿置苗配", "减降折扣停消发半成"),
        _lazy(
            r"(?:当年|年终|本年度)?(?:的)?"
            + _DIVIDEND
            + r"(?P<gap>"
            + _GAP
            + r"{0,4}?)(?:减半|减少|减发|降低|打折|扣减|扣除|停发|取消|不予发放|"
            # a part paid only (只发一半, 按七折计发, 按六成兑现): the rest withheld
            r"(?:只|仅|亦|也)?按?(?:发放?)?(?:一半|半数|[一二三四五六七八九\d]成|[一二三四五六七八九\d]折)"
            r"(?:计发|发放|发|兑现|计算|分配)?)"
        ),
        N_("扣发集体收益分红"),
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    # 其征地补偿款暂由村委会代管，待配合后发放: held back until the member complies
    _P(
        "CV602",
        ("红益股偿置苗租流配", "管扣缓冻发收购"),
        _lazy(
            _DIVIDEND + r"(?P<gap>" + _GAP + r"{0,12}?)(?:代管|代为保管|暂为保管|统一保管|暂存|"
            # collected for him and kept until he complies (租金由村里代收，待改正后发放): not a plain 代收代付
            r"(?:代收|代领)(?=[，,]?\s*待)|暂扣|暂缓发放|暂不发放|不予发放|不再发放|停止发放|停发|缓发|冻结|收回|收归集体|回购|收购)"
        ),
        N_("扣发集体收益分红"),
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    _P(
        "CV602",
        ("地田林山权园塘面场", "收调没"),
        _lazy(_LAND + r"(?P<gap>" + _GAP + r"{0,8}?)(?:收回|收归(?:村|组)?集体|没收|调出)"),
        _land_what,
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    # The harvest of a collective hill barred or put off as a sanction (开山时间推后三天, 取消其当年采挖资格,
    # 次年不准进山采摘松茸): a member's share of what the land yields, like the land itself. A bare ban with no
    # period (不得上山采挖) is the rule of the season, not a sanction.
    _P(
        "CV602",
        ("山挖摘采",),
        _lazy(
            r"(?:开山|开采|采挖|采摘|采集|上山|进山)的?(?:时间|日期|时限)?"
            + _GAP
            + r"{0,4}?(?:推后|推迟|延后|延迟|顺延|后延|后推)|"
            r"(?:推后|推迟|延后|延迟|顺延)(?:其|该户|该组|该小组|全组)?"
            + _GAP
            + r"{0,6}?(?:开山|采挖|采摘|采集|上山|进山)(?:时间|日期)?|"
            r"(?:不得|不准|不许|禁止|取消|停止|暂停|剥夺)(?:其|该户|该组|该小组|全组|违者)?"
            r"(?:当年|次年|下一?年度?|本年度?|来年|[\d一二两三四五六七八九十]+年内?)的?"
            r"(?:上山|进山)?(?:采挖|采摘|采集|挖采)|"
            r"(?:当年|次年|下一?年度?|来年|[\d一二两三四五六七八九十]+年)内?(?:不得|不准|不许|禁止)(?:其|再)?"
            r"(?:上山|进山)?(?:采挖|采摘|采集|挖采)|"
            r"(?:取消|停止|暂停|剥夺)(?:其|该户|该组|该小组|全组)?"
            + _GAP
            + r"{0,8}?(?:采挖|采摘|采集|挖采|开山)(?:资格|权利?|证)"
        ),
        N_("停止采挖集体山场"),
        penalty_only=True,
    ),
    # Land or a contract taken back as a sanction: the contract ended (终止与其签订的承包合同, 解除其土地
    # 流转协议) or the land let to another (将土地另行发包, 收回后安排他人耕种), after a wrongdoing. The
    # law's own cases are deferred (依法解除) or eligibility (自愿交回, 迁出, 死亡).
    _P(
        "CV602",
        ("终解废撤取收", "合协包租营"),
        _lazy(
            # (not a landlord ending a tenant's lease of his house, 通知房东解除租赁合同: the tenant is put out, CV606)
            r"(?<!房东)(?<!房主)(?<!出租人)(?<!出租方)(?<!业主)"
            r"(?:终止|解除|废止|撤销|取消|收回)(?:与其|同其|和其|其|该户|与该户)?(?:签订|订立|所签|签)?的?"
            + _GAP
            + r"{0,6}?"
            r"(?:承包|租赁|租用|流转|经营)(?:合同|协议|关系|经营权)"
        ),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
        by_agreement=True,
    ),
    _P(
        "CV602",
        ("另重转", "包租"),
        _lazy(r"(?:另行|重新|转)(?:发包|承包|出租|租赁)"),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
    ),
    # handed to others by any verb of handing (调整给他人, 分给其他农户): keyed on 他/别, which every match holds
    _P(
        "CV602",
        ("他别",),
        _lazy(
            r"(?:另行|重新)?(?:安排|发包|转包|转让|转给|交给|交由|分给|调给|调整给|调剂给|划给|租给|承包给)给?"
            r"(?:其他(?:农户|村民|人)?|他人|别人)(?:耕种|承包|经营|使用)?"
        ),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
    ),
    # handed on to a party named by what it is (转包给种植大户, 重新分配给无房户, 另行租给养殖公司): taken from
    # the wrongdoer by the village that hands it on, whatever the party is called
    _P(
        "CV602",
        ("包配租",),
        _lazy(
            r"(?:(?:另行|重新)(?:分配|安排|出租|发包)|转包|转租|发包|承包)给"
            r"(?!其本人|本人|原)[^，,。；;：:！!？?\s]{0,6}?(?:户|者|人员|社|公司|企业|能手)"
        ),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
    ),
    # the member's holdings set off against what he owes, the holding first (其应得分红先行扣抵欠款)
    _P(
        "CV602",
        ("红益股偿置苗金款费租配", "扣抵冲"),
        _lazy(_DIVIDEND + r"(?P<gap>" + _GAP + r"{0,8}?)(?:用于|用来|用以|先行|直接|优先|予以)?" + _SET_OFF),
        N_("从分红或补偿款中扣款"),
        penalty_only=True,
        object_first=True,
    ),
    # --- CV603 personal freedom and public shaming --------------------------------------------
    _P(
        "CV603",
        ("关禁拘捆吊看身扣离留限锁",),
        _lazy(
            r"关押|关禁闭|禁闭|关进|关起来|关黑屋|拘禁|拘留|软禁|捆绑|吊打|看管起来|"
            r"(?:关在|关到|关至|锁在|锁进)" + _VILLAGE_PLACE + r"|"
            # 将其锁在家中: a person locked in, wherever it is
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|行为人)(?:反)?(?:锁|关|锁闭|反锁)(?:在|进|于|到)|"
            r"限制" + _WHOM + r"?的?人身自由|扣留" + _WHOM + r"?(?:本人|人员|人身|" + _PERSON_HOLD + r")|"
            r"(?:留置|隔离)(?:审查|反省)|不准" + _WHOM + r"?离开(?:本村|村|家)?|"
            r"限制" + _WHOM + r"的?(?:外出|出行|出门|出村|离村|离家|离开|行动)"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
    ),
    # 将其扣留, 扣留在治保室, 外来人员偷盗的…扣留: holding a person (扣留 of things is CV602)
    _P(
        "CV603",
        ("扣",),
        _lazy(r"(?:扣留|扣押)(?:(?:在|于|至|到)" + _GAP + r"{0,8})?"),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
        holds_person=True,
    ),
    # 限制外出, 不准其外出: only as a sanction (家长不让其外出玩水 is care)
    _P(
        "CV603",
        ("限准许让禁",),
        _lazy(
            r"限制" + _WHOM + r"?的?(?:外出|出行|出门|出村|离村|离家|行动)|"
            r"(?:禁止|不准|不许|不让)" + _WHOM + r"的?(?:外出|出行|出门|出村|离村|离家|离开|行动)|"
            # kept where the village holds him (不写完不准回家)
            r"(?:不准|不许|不让)" + _WHOM + r"?回家"
        ),
        N_("限制人身自由"),
        pronoun=True,
        penalty_only=True,
    ),
    # 绑送村委会: binding a person, or bringing one to the village for it to hold (扭送 to the police is lawful)
    _P(
        "CV603",
        ("绑捆押扭带",),
        _lazy(
            r"(?:绑送|(?<!打)捆送|绑到|捆到|绑至|绑在|捆在|绑起来|捆起来|绑住|捆住|五花大绑|"
            r"(?:押送|扭送|押解|押到|押至|押往|押回|扭到|扭至|"
            # the person between the verb and the place (押其到村部, 扭着他送到治保会)
            r"(?:押|扭|押着|扭着)(?:其|他|她|当事人|违者|该人)(?:送)?)(?:到|至|回)?" + _VILLAGE_PLACE + ")"
        ),
        N_("限制人身自由"),
        inherent=True,
    ),
    _P("CV603", ("带",), _lazy(r"(?:带到|带至|带回|带往)" + _VILLAGE_PLACE), N_("限制人身自由"), penalty_only=True),
    # a person taken somewhere and held there, or held until someone fetches him (带回作业站看管; 由治保会
    # 留置，待其亲属领回; 人由巡护队看住，待家属…后放人): the release by kin or an authority makes it a person
    _P(
        "CV603",
        ("看留关",),
        _lazy(
            r"(?:带回|带到|带至|带往|押回|送回|送到|送至)" + _GAP + r"{0,8}?(?:看管|看住|看守|看押|关押|留置)|"
            r"(?:看管|看住|看守|看押|看护|留置|关押)(?:在|于)" + _GAP + r"{1,10}?(?:站|点|室|所|部|处|棚)(?:内|里)?"
            r"\s*[，,]?\s*(?:不准|不得|不许)外出|"
            r"(?:看管|看住|看守|看押|留置|关押|(?:留|扣|关)(?=在|于))(?:在|于)?"
            + _GAP
            + r"{0,10}?\s*[，,]\s*待"
            + _GAP
            + r"{0,12}?"
            r"(?:家属|亲属|家人|房东|单位|渔政|公安|民警|派出所)"
            + _GAP
            + r"{0,10}?(?:领回|领人|放人|接回|移交|到场|来人)"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
    ),
    # the person kept wherever the village puts him (将其扣在村委会, 把他留在看护棚内, 将其控制在值班室) or
    # led under guard (押着他游村): after a wrongdoing only, 将其留在家中照顾 being care
    _P(
        "CV603",
        ("扣留控押羁滞圈困看",),
        _lazy(
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|违规者|行为人|嫌疑人)(?:强行|暂时|先行|临时)?"
            r"(?:扣押|扣留|扣|留置|留|控制|看押|看管|羁押|滞留|圈|困)(?:在|于|到|至)(?:"
            + _VILLAGE_PLACE
            + "|"
            + _GAP
            + r"{0,8}?(?:内|里|中|室|棚|屋|房|站|所|部|处|点|会|门|口|院|间))|"
            r"押着(?:其|他|她|该人|当事人|违者|行为人)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # 在全村大会上作检讨: a self-criticism extracted before the village is public shaming (a written one is not)
    _P(
        "CV603",
        ("讨错悔评查", "会播众开面群叭屏栏榜墙台号站网视圈场口民家乡族居"),
        _lazy(
            r"(?:在" + _GAP + r"{0,10}?(?:大会|会议|会|广播|喇叭|群)上?|当众|公开|当着" + _GAP + r"{0,6}?面|"
            # before the crowd itself (当着族众, 当着全组村民)
            r"当着" + _GAP + r"{0,6}?(?:众|村民|群众|大家|乡亲|族人|居民)|"
            # any public medium, and a short phrase before the confession (在全村群众大会上当众向老人赔礼道歉、宣读
            # 检讨书; 在本单元门口张贴署名检讨书)
            r"在" + _GAP + r"{0,10}?" + _SHOWN_MEDIUM + r"(?:里|内|中)?[^，,。；;！!？?]{0,12}?)"
            r"(?:作出|做出|作|做|进行|写|宣读|公开|书面|深刻)*(?:向"
            + _GAP
            + r"{1,6}?)?(?:赔礼)?(?:检讨|认错|悔过|自我批评|(?<=[作做出刻])检查)"
        ),
        N_("当众检讨"),
        pronoun=True,
    ),
    _P(
        "CV603",
        ("游挂戴众字",),
        _lazy(
            r"(?:游街|游乡|游村|游寨|游屯|游组|游巷|挂牌|挂(?:黑)?牌子|戴高帽)(?:示众)?|示众|(?:张贴|贴出|书写|写)?大字报"
        ),
        N_("游街示众"),
        inherent=True,
    ),
    _P("CV603", ("跪站", "罚跪"), _lazy(r"罚跪|罚站|下跪"), N_("罚跪罚站"), inherent=True),
    # made to stand or kneel where the village sees him (责令其在村委会门口站立反省两小时)
    _P(
        "CV603",
        ("站跪示省", "门口场台"),
        _lazy(
            r"(?:责令|令|让|叫|要求|罚)(?:其|他|她|当事人|违者)在"
            + _GAP
            + r"{0,8}?(?:门口|门前|村口|路口|广场|大门|会场|台上)(?:处)?"
            r"(?:站立|站着|站(?!岗)|跪|示众|低头)(?:反省|认错|思过)?"
        ),
        N_("罚跪罚站"),
        penalty_only=True,
    ),
    _P(
        "CV603",
        ("曝榜单",),
        _lazy(
            r"(?:将|把)?"
            + _WHOM
            + r"?的?(?:姓名|名字|名单|照片|相片|头像|违规行为|劣迹)"
            + _GAP
            + r"{0,10}?(?:公开)?曝光|"
            # (曝光他人隐私 is the forbidden act, done to another: no sanction on the doer)
            r"(?:在" + _GAP + r"{0,8}?)?(?:公开|予以|进行|全村|通报)?曝光(?!他人|别人|旁人|邻居|个人隐私|隐私)|"
            r"(?:列入|纳入|登上|上)(?:村)?"
            + _GAP
            + r"{0,4}?(?:红黑榜|黑榜|黑名单|曝光台|(?:失信|不诚信)(?:人员|户|家庭)?(?:名单|榜))|"
            r"(?:在|于)" + _GAP + r"{0,16}?(?<!红)黑榜上?" + _GAP + r"{0,4}?(?:张贴|公示|公布|展示|上墙|曝光|贴出|列出)"
        ),
        N_("公开曝光"),
        inherent=True,
        display=True,
    ),
    _P(
        "CV603",
        ("榜贴布示开报播墙点发推", "名照片像行迹其户者人他她榜"),
        _lazy(
            r"(?:将|把)?" + _WHOM + r"?的?(?:姓名|名字|名单|照片|相片|头像|违规行为|劣迹)" + _GAP + r"{0,10}?"
            r"(?:张榜公布|张榜|张贴|公布|公示|公开(?!栏)|通报|广播|上墙|上榜|登报|"
            # sent to an organ is a referral, not a showing (照片发到城管部门)
            r"(?:发至|发到)(?!" + _GAP + r"{0,6}?(?:部门|机关|派出所|公安|法院|司法所|政府|执法))|发布|推送|转发|播放)|"
            r"(?:张榜公布|张榜|张贴|公布|公示|公开|通报|广播|点名|播放|发布|推送)"
            + _WHOM
            + r"的?(?:姓名|名字|名单|照片|相片|行为)?|"
            r"张榜(?:公布|公示|通报)?"
        ),
        N_("公布违约者姓名"),
        display=True,
    ),
    # --- CV604 cutting supply ------------------------------------------------------------------
    _P(
        "CV604",
        ("水电气暖热网带号", "停止断拆予再给拒限关掐剪"),
        _lazy(
            # (a bare 停 only with the person after it: 停其家中自来水)
            r"(?:停止|中止|暂停|终止|切断|掐断|剪断|断掉|掐掉|停掉|关掉|拉掉|断|拆除|不予|不再|不给|拒绝|限制|关停|关闭|"
            r"停(?="
            + _WHOM
            + r"))(?:对|为|给|向)?"
            + _WHOM
            # the place supplied: the home, the works, or the field watered (不给其农田放水)
            # (two of them: 停其家里的生活用电)
            + r"?的?(?:(?:生活|家庭|家中|家里|家(?=的)|施工|建房|住房|房屋|经营场所|店铺|商铺|门店|厂房|"
            r"农田|田块|田地|田里|地里|责任田|承包田|承包地|耕地|稻田|菜地|果园|大棚|鱼塘|养殖场)的?){0,2}"
            # (the verb that brings it: 不再向其承包田供给渠水, 停止为该户输送灌溉水)
            r"(?:接通|开通|安装|通|提供|供应|供给|输送|配送|配给|放|引|送)?(?:"
            + _GAP
            + r"{1,6}?[和、及与])??"
            # (or the bare supply closing the clause: 掐掉他家的电)
            + r"(?:"
            + _SUPPLY
            + r"|[电水气](?=[，,。；;！!？?\s]|$))(?:供应|服务)?"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # a connection refused to the person: the village's electrician or water keeper not connecting or opening
    # for him (村电工不得为其搭接临时用电, 放水时不给该户开闸). 不得 with the person after it withholds from him
    # (不得为其接通), bare it forbids (不得私接电线)
    _P(
        "CV604",
        ("水电气暖热网带号视闸阀", "予再给拒停得准能许不"),
        _lazy(
            r"(?:不予|不再|不给|拒绝|停止|暂停|(?:不得|不准|不能|不许|暂不|不)(?=为|给|替|向))(?:为|给|替|向)?"
            + _WHOM
            # (the account opened first: 暂不为其开户通气)
            + r"?(?:家|家庭|家中)?的?(?:办理|安排)?(?:开户|报装)?(?:(?:搭接|接通|连接|接入|架设|开通|拉接|搭|接|拉)"
            + _GAP
            + r"{0,6}?"
            + _SUPPLY
            # the bare supply after its verb (不为其接电, 不给其拉临时电)
            + r"|(?:接|拉|通|送)(?:临时)?(?:电|水|气)(?![费表])"
            + r"|(?:开闸|开阀|提闸|放闸|开水阀|开水闸)(?:放水)?)"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # 将该户的自来水表拆除: the connection first, then its removal
    _P(
        "CV604",
        ("阀闸线龙缆表管纤道", "关锁拔拆剪掐卸切断封"),
        _lazy(
            r"(?:(?:将|把|给|对|在)(?:其|该户|其家庭|其户)?家?的?)?(?:家庭|家用|生活|自来水|供水|供电)?(?:进户|入户|接户)?"
            + _FACILITY
            + r"(?:箱|柜|盒)?(?:上)?"  # 在其水表上加锁, 将其电表箱加锁
            # the connection first and the village doing it (燃气管道由村里统一截断; 由供电所 is left to the organ)
            + r"(?:由(?:村里|村委会?|村民委员会|村集体|村民小组|组里|物业|社区|居委会))?(?:统一|一律|强行)?"
            + r"(?:予以)?(?:拆除|拆掉|拆走|拆回|拆下|卸走|收回|拔掉|关闭|关停|锁闭|锁死|剪断|掐断|切断|截断|卸掉|上锁|加锁|封存|封闭|贴封条)"
        ),
        _supply_what,
        penalty_only=True,
    ),
    # 关闭其进户水阀, 剪断其入户线: cutting the household's connection
    _P(
        "CV604",
        ("阀闸线龙缆表管纤", "关锁拔拆剪掐卸切断封"),
        _lazy(
            r"(?:关闭|关掉|关停|锁闭|锁死|锁上|拔掉|拔除|拆掉|拆除|拆走|剪断|剪掉|掐断|掐掉|切断|断开|拉断|卸掉|卸下)"
            r"(?:"
            + _WHOM
            + r"|全组|全村|全户|该组|本组|全楼|全栋)?(?:家|家里|家中)?的?(?:家庭|家用|生活|自来水|供水|供电)?"
            + r"(?:进户|入户|接户|家庭)?"
            + _FACILITY
        ),
        _supply_what,
        pronoun=True,
        self_act=True,
    ),
    _P(
        "CV604",
        ("电水网气暖热", "予再给拒停恢"),
        _lazy(
            r"(?:不予|不再|不给|拒绝|停止|暂停)(?:为|给|向)?"
            + _WHOM
            # a verb that brings the supply in (停止给该户送电, 不再给其家输水)
            + r"?(?:家里|家中|全家|家庭|家)?的?(?:新房|新居|房屋|住房|老屋|店铺|厂房|工地|养殖场|大棚)?(?:通电|通水|接电|接水|通网|接网|通气|送电|送水|送气|输水|配水|放水|供电|供水|供气|供暖|供热|(?:接通|开通|恢复|安装)(?:水电|用水|用电|供水|供电|自来水|电源|水源))"
            r"(?:通电|通水|接电|接水)*"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    _P(
        "CV604",
        ("水电网气闸", "停断限拉"),
        _lazy(
            r"(?:停水|停电|断水|断电|断网|停网|停气|限电|限水|拉闸|(?:限时|限量|定时|间歇)供(?:水|电|气)|限制(?:用电|用水|用气))"
            r"(?:停水|停电|断水|断电|断网)*"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # --- CV605 certificates, services, subsidies, welfare -------------------------------------
    _P(
        "CV605",
        ("办具章签审受开出提", "予给停缓拒再得能准不"),
        _lazy(
            r"(?:不予|不给予?|不给|暂停|暂缓|停止|停办|拒绝|一律不予?|不再|不得|不能|不准|不)(?:为|给|替|帮|对|向)?"
            + _KIN_WHOM
            + r"?(?:本人)?(?:办理|出具|开具|盖章|签字|签章|签署|审批|受理|开|办|出|提供)"
            + _GAP
            + r"{0,8}?"
            + _CERT
            + r"(?:审批|手续|证明|材料|登记)*"
        ),
        N_("不予办理证明"),
        pronoun=True,
        residence=True,
        scheme=True,
    ),
    _P(
        "CV605",
        ("办具章签审受", "予给停缓拒再律"),
        _lazy(
            r"(?:不予|不给予?|不给|暂停|暂缓|停止|停办|拒绝|一律不予?|不再)(?:为|给|替|帮|对|向)?"
            + _WHOM
            + r"?(?:办理|出具|开具|盖章|签字|签章|签署|审批|受理)"
        ),
        N_("不予办理证明"),
        pronoun=True,
        residence=True,
        scheme=True,
    ),
    # 取消其子女入学推荐资格, 不予办理参军政审: services the village gives or vouches for
    _P(
        "CV605",
        ("学军伍兵工业审园托党", "消停暂剥注予再得能荐"),
        _lazy(
            # (不得被推荐参军: the passive names whom the vouching is refused)
            # (不推荐其参军: the vouching itself refused, the person and what it was for after it)
            r"不(?:再|予)?推荐" + _WHOM + r"(?:参军|入伍|入党|入学|升学|招工|就业|上学)|"
            r"(?:取消|停止|暂停|剥夺|注销|不予|不再|(?:不得|不能|不再)被(?=推荐))(?:对)?"
            + _WHOM
            + r"?(?:的)?(?P<gap>"
            + _GAP
            + r"{0,8}?)"
            r"(?:(?:入学|升学|就学|上学|入托|入园|参军|入伍|征兵|招工|就业|政审)(?:推荐|政审|审查)?"
            r"(?:资格|机会|名额|指标|推荐|证明|手续)|推荐(?:入学|升学|上学|参军|入伍|招工|就业))"
        ),
        N_("取消子女入学等服务"),
        pronoun=True,
        eligibility=True,
        nominal=True,
    ),
    # 暂停其车辆进出小区: the resident kept out of his own place (禁止车辆进出 without 其 is a traffic rule)
    _P(
        "CV605",
        ("出场",),
        _lazy(
            r"(?:暂停|停止|禁止|不准|不许|限制)"
            + _WHOM
            + r"的?(?:车辆|汽车|电动车|摩托车|"
            + _GAP
            + r"{1,8}?)?(?:进出|出入|进场|入场)"
        ),
        N_("停止公共服务"),
        pronoun=True,
    ),
    # 该单元电梯停运一个月: the lift stopped as a sanction (停运检修 for repairs has no wrongdoing before it)
    _P(
        "CV605",
        ("梯",),
        _lazy(
            r"电梯(?:一律|暂)?(?:停运|停用|停止运行|暂停运行|关停)|(?:停运|停用|关停)"
            + _WHOM
            + r"?的?(?:该单元|该栋|本单元)?的?电梯"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # 全组暂停垃圾清运服务: a service stopped as a sanction (因检修暂停服务 is no sanction)
    _P(
        "CV605",
        ("服",),
        _lazy(
            r"(?:暂停|停止|取消|中止|不予提供|不再提供|拒绝提供|不提供)(?:对)?"
            + _WHOM
            + r"?的?(?P<gap>"
            + _GAP
            + r"{0,8}?)服务"
        ),
        N_("停止公共服务"),
        penalty_only=True,
        eligibility=True,
    ),
    _P(
        "CV605",
        ("户", "上落入登迁恢"),
        _lazy(
            r"(?:不予|不给|不准|不得|不能|暂不|不|拒绝)(?:为|给)?"
            + _WHOM
            + r"?(?:办理)?(?:上户口?|落户|入户|登记户口)|"
            r"户口(?:一律)?(?:不予|不准|不得|不能|不再)(?:迁回|迁入|恢复|落回)"
        ),
        N_("不予落户"),
        pronoun=True,
    ),
    # a personal document held back (暂扣其户口簿, 身份证一律收缴, 由村里代管其驾驶证): the person is
    # denied what certifies him, a certificate withheld (only the police may hold an identity card)
    _P(
        "CV605",
        ("扣缴没", "簿本证照卡"),
        _lazy(
            r"(?:暂扣|扣押|扣留|扣下|扣住|扣存|收缴|没收)(?:其|该户|当事人|违者|本人)?的?"
            + _GAP
            + r"{0,6}?"
            + _DOCUMENT
        ),
        N_("扣留证件"),
        inherent=True,
        defer_bare=True,
    ),
    _P(
        "CV605",
        ("扣缴收走存管没", "簿本证照卡"),
        _lazy(
            r"(?:收走|拿走|暂存|收存|代管|代为保管|暂为保管|保管)"
            r"(?:其|该户|当事人|违者|本人)?的?"
            + _GAP
            + r"{0,6}?"
            + _DOCUMENT
            + "|"
            # (凭身份证…领回: a document shown is not held; 保管费 is a fee, not the keeping)
            + r"(?<!凭)(?<!持)(?<!出示)"
            + _DOCUMENT
            + _GAP
            + r"{0,6}?(?:一律|统一|暂时|暂)?(?:由"
            + _GAP
            + r"{1,6}?)?(?:暂扣|扣押|扣留|扣下|收缴|没收|收走|代管|保管|扣存)(?!费)"
        ),
        N_("扣留证件"),
        pronoun=True,
        defer_bare=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "消停扣缓暂终削减剥冻注发"),
        _lazy(
            r"(?:取消|停发|扣发|扣除|扣减|扣留|缓发|停止发放|暂停发放|不予发放|停止|暂停|暂缓|终止|削减|减发|剥夺|冻结|注销)"
            + r"(?:对)?"
            + _WHOM
            + r"?(?P<gap>"
            + _GAP
            + r"{0,10}?)"
            + _WELFARE
            + _OBJECT_TAIL
        ),
        N_("取消低保等福利"),
        inherent=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "享领申获纳列评参"),
        _lazy(
            r"(?:(?:不得|不能|不再|不予|无权|不准|不许)(?:安排|让|给予)?(?:其|该户|其家庭|再)?"
            r"(?:享受|享有|领取|申请|获得|纳入|列入|评定|参与|参加)|不(?:享受|享有|纳入|列入)|"
            # 不将其列入扶贫贷款名单: the person moved before the verb of giving
            r"不(?:将|把|给|为)(?:其|该户|其家庭|其户)(?:列入|纳入|申报|推荐))"
            + r"(?P<gap>"
            + _GAP
            + r"{0,14}?)"
            + _WELFARE
            + _OBJECT_TAIL
        ),
        N_("取消低保等福利"),
        pronoun=True,
        eligibility=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "减降扣停消发"),
        _lazy(_WELFARE + r"(?P<gap>" + _GAP + r"{0,4}?)(?:减半|减少|减发|降低|扣减|扣除|停发|取消|不予发放)"),
        N_("取消低保等福利"),
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "扣抵冲"),
        _lazy(
            r"(?:从|在)" + _WHOM + r"?的?" + _WELFARE + r"(?:中|里|内)?(?:扣除|抵扣|扣减|扣|冲抵|抵顶)|"
            r"(?:用|以)" + _WHOM + r"?的?" + _WELFARE + r"(?:抵扣|冲抵|抵顶|抵交|抵缴|抵)"
        ),
        N_("扣发补贴"),
        inherent=True,
    ),
    # --- CV606 expulsion from the village or from membership ----------------------------------
    _P(
        "CV606",
        ("退撵理", "出"),
        _lazy(
            r"(?:清退|清理|撵|劝退|请|驱赶)出(?:本村|村子?|村庄|本组|本社区|社区|本小区|小区|本辖区|辖区)|"
            r"(?:视为|视同|按|作)(?:其)?(?:自动|自愿)?(?:退出|脱离)(?:本村|本组|本社)?(?:集体经济组织|村民小组|村集体|股份经济合作社|经济合作社)|"
            # 视为自动退出本移民村: the village itself named by its kind
            r"(?:视为|视同)(?:其)?(?:自动|自愿)?(?:退出|脱离)本" + _GAP + r"{0,3}?(?:村|组|屯|寨)(?![委规干])"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    _P(
        "CV606",
        ("除逐赶迁搬离注删剔划清",),
        _lazy(
            r"开除"
            + _WHOM
            + r"?的?(?:(?:村|组|社|寨|屯|嘎查|生产队|队|浩特)籍|户籍|村民资格|出村|出组|出社|村民|社员)|驱逐(?:出村|出组)?|"
            r"(?:开除|清除|驱逐|清退)出(?:本村民小组|本村|本组|本社)?(?:集体经济组织|股份经济合作社|经济合作社|村民小组)|"
            # 开除出族, 开除出本村民小组: out of the clan or the group
            r"开除出(?:本村民小组|本家族|本宗族|家族|宗族|族)|"
            r"赶出" + _HOME + r"|"
            r"(?:集体经济组织|村民小组|本村|村|组|社)(?:中|内)?除名|除名出?(?:本村|本组|本社)?(?:集体经济组织|村|组|社)|"
            r"逐出(?:" + _HOME + r")?|清除出" + _HOME + r"|"
            r"(?:责令|强制|勒令|限期|强行)"
            + _WHOM
            + r"?(?:将)?(?:户口|户籍)?(?:(?:迁出|迁走|搬出|搬离)(?:"
            + _HOME
            + r")?|离开"
            + _HOME
            + r")|"
            # 限期三日内迁出本村, 强制将其清出: a time or the person between, the place or a verb of throwing out
            r"(?:责令|强制|勒令|限期|强行|限令|限(?=其|他|她|该户|违者|承租人|租户|租住人|房客|[\d一二两三四五六七八九十]+[日天月]))"
            + _GAP
            + r"{1,6}?(?:(?:迁出|搬出|搬离|离开)(?:本|该)"
            + _HOME
            + r"|(?:清出|赶出|逐出)(?:"
            + _HOME
            + r")?)|"
            # 劝其搬离本小区: asked to leave the place itself (a place is named: 要求其搬出杂物 is not)
            r"(?:劝|劝说|要求|令|动员)" + _WHOM + r"(?:搬离|搬出|迁出|迁离|离开)" + _HOME + r"|"
            # 房东须让其搬离: moved out of where he lives, the clause ends there (搬离杂物 names a thing)
            r"(?:要求|令|让|责成|督促)"
            + _WHOM
            + r"(?:限期|即日|立即)?(?:搬离|搬走|迁离)(?:"
            + _HOME
            + r")?(?=[。，,；;！!]|$)"
        ),
        _expulsion_what,
        inherent=True,
    ),
    # struck off the roll of members (村民花名册里划掉, 从组员名单中除名); a death or a move away is the law's own
    # case (村民死亡的，从村民名单中删除)
    _P(
        "CV606",
        ("除删剔划去", "名"),
        _lazy(
            r"(?:成员|村民|社员|股东|户籍|组员|寨民|屯民)(?:花)?(?:名册|名单)(?:中|内|上|里)?"
            r"(?:除名|删除|剔除|划去|划掉|去掉|除去)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    # 该租户须在三日内搬离本社区, 并清出家属区, 今后不得再在本村租住: the person made to leave where he lives, or
    # refused a home there from now on, after a wrongdoing (a lease that simply ends is no sanction)
    _P(
        "CV606",
        ("离出住",),
        _lazy(
            r"(?:须|需|必须|应当?|得)(?:在|于)?" + _GAP + r"{0,6}?(?:搬离|迁离|搬出|迁出|离开)" + _PLACE_LIVED + r"|"
            r"(?<![不严])(?:清出|赶出|逐出|撵出)" + _PLACE_LIVED + r"|"
            r"不再(?:允许|准许|同意|让)?(?:其|他|她|该人|其本人)?(?:在" + _PLACE_LIVED + r"(?:内|里)?)?"
            r"(?:租房|租住|居住|暂住|入住)|"
            r"(?:不得|不准|不许)(?:其|他|她)?(?:在"
            + _PLACE_LIVED
            + r"(?:内|里)?再|再在"
            + _PLACE_LIVED
            + r"(?:内|里)?|再)(?:租房|租住|居住|暂住|入住)"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # 将其全家户口迁出本村: the village moving a member's registration out
    _P(
        "CV606",
        ("迁除退遣移转", "户籍名"),
        _lazy(
            r"(?:将|把)"
            + _WHOM
            + r"?(?:全家|全户|家庭|一家|家)?的?(?:户口|户籍)(?:强行|一律)?"
            # 将其户口从本村集体户中迁出: the place it leaves named between (从/自/由 …)
            + r"(?:(?:从|自|由)"
            + _GAP
            + r"{1,12}?)?(?:迁出|迁走|转出|移出|(?:迁回|退回|遣返)原籍)|"
            # 由村民会议决定将其除名: struck off by the village
            r"(?:将|把)" + _WHOM + r"(?:予以)?除名"
        ),
        N_("驱逐出村"),
        inherent=True,
    ),
    # 全部租户一律清退: the tenants cleared out of where they live (清退多收的费用 is money refunded)
    _P(
        "CV606",
        ("退",),
        _lazy(r"(?:租户|承租人|承租户|租住人员?|房客|租客|暂住人员)" + _GAP + r"{0,4}?清退"),
        _expulsion_what,
        inherent=True,
    ),
    # 不得在业主大会上行使投票权: the vote itself withheld
    _P(
        "CV606",
        ("权选表投",),
        _lazy(
            r"(?:不得|不准|不能|无权|不再|取消其|停止其|暂停其)(?:在" + _GAP + r"{0,10}?)?行使"
            r"(?:其)?(?:被)?(?:选举权|表决权|投票权)|"
            # 不得参加村民选举: kept out of the election itself (选举工作, 选举宣传 are tasks)
            r"(?:不得|不准|不能|无权|不再|取消其)(?:参加|参与)(?:村委会|村民委员会|村民小组长|换届)?(?:村民)?(?:选举|投票|表决)"
            r"(?!工作|宣传|筹备|事务|组织|委员|期间)|"
            # 不得参加合作社成员大会表决, 取消其下届选举的投票权: the vote in a named assembly or election
            r"(?:不得|不准|不能|无权|不再)(?:参加|参与)"
            + _GAP
            + r"{1,14}?(?:会议|大会|代表会)(?:的)?(?:表决|投票|选举)"
            r"(?!工作|宣传|筹备|事务|组织|委员|期间)|"
            r"(?:取消|剥夺|停止|暂停)(?:其|他|她|该人)?" + _GAP + r"{0,12}?的?(?:选举权|被选举权|表决权|投票权)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
    ),
    # 将其迁出本村: the person himself moved out of the place
    _P(
        "CV606",
        ("迁清赶逐搬", "出离"),
        _lazy(r"(?:将|把)" + _WHOM + r"(?:全家|全户|一家)?(?:强行|一律)?(?:迁出|迁离|清出|赶出|逐出|搬出)" + _HOME),
        N_("驱逐出村"),
        inherent=True,
    ),
    # 注销其户口, 收回其户籍: a lawful consequence of death or moving away, otherwise an expulsion
    _P(
        "CV606",
        ("户籍", "销回消"),
        _lazy(
            r"(?:注销|收回|吊销|取消)"
            + _WHOM
            + r"?的?(?:户口|户籍|(?:村|组|社|寨|屯|嘎查|生产队|队|浩特)籍)(?!迁移|登记|性质|类别|限制|区分|管理)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    _P(
        "CV606",
        ("资身遇权籍员", "消剥注除丧弃终停撤"),
        _lazy(
            r"(?:取消|剥夺|注销|开除|除名|撤销|丧失|视为(?:自动)?放弃|按(?:自动)?放弃|作(?:自动)?放弃|自动丧失|自动放弃|终止|停止|暂停)"
            + _WHOM
            + r"?(?:享受|享有)?的?(?:一切|所有|各项|全部)?"
            + _MEMBERSHIP
            # 视为自愿放弃本村村民的一切权益: a waiver deemed by the charter is no waiver
            + r"|(?:视为|视同|按|作)(?:自动|自愿)?放弃"
            + _GAP
            + r"{0,8}?(?:村民|成员|社员|股东|组员|寨民|屯民)的?(?:一切|所有|各项|全部)?(?:权益|权利|资格|身份|待遇)"
        ),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV606",
        ("资身遇权籍员", "认具享"),
        _lazy(
            r"(?:不承认|不予承认|不予确认|不予认定|不再承认|不再具有|不具有|不再享有|不享有|不再享受|不享受|不予享受|不得享受)"
            + _WHOM
            + r"?的?"
            + _MEMBERSHIP
        ),
        N_("取消村民资格"),
        pronoun=True,
        eligibility=True,
    ),
    _P(
        "CV606",
        ("住活落家", "准得许能禁允同"),
        _lazy(
            r"(?:不准|不得|不许|不能|禁止|严禁|不再同意|不同意|不予同意)"
            + _WHOM
            + r"?再?(?:继续)?(?:在本村|在村内|在村里|在村|在本组|在本寨|在寨内|在本屯|在本嘎查)"
            r"(?:居住|生活|落户|安家)(?![区地环点])|"
            # 不再允许其租住: the person named, no place needed
            r"(?:不再允许|不允许|不再准许|不准|不许)" + _WHOM + r"(?:继续|再)?(?:在本村|在村内|在村)?(?:租住|居住|暂住)"
        ),
        N_("不准在本村居住"),
        inherent=True,
    ),
    _P(
        "CV606",
        ("回进入", "准得许能禁"),
        _lazy(r"(?:不准|不得|不许|不能|禁止)" + _WHOM + r"?再?(?:回村|进村|入村)"),
        N_("不准回村"),
    ),
    _P(
        "CV606",
        ("再作视非认当看算登纳收列", "民员口人"),
        _lazy(
            # (不予登记为本集体经济组织成员, 不予接纳为社员: a member's status refused)
            r"(?:不再是|不再作为|不作为|(?:不再|不予|不)(?:视|认定|认|确认|登记|接纳|吸收|接收)(?:"
            + _WHOM
            + r")?(?:为|作)|"
            # 不再把他当作本村人看待: the village no longer counts him as one of its own
            r"(?:不再|不予|不)(?:把|将)?"
            + _WHOM
            + r"?(?:当作|当成|看作|看成|算作|算|作为|视为|视作|认作|认定为|列为|当(?=本|村里|自家|自己))|"
            r"(?:视为|视同)(?:非|外来|外村|外组))"
            r"(?:本村|本组|本集体经济组织|本集体|本社|本村民小组|村民小组|小组|本寨|本屯|本嘎查)?的?(?:集体经济组织|股份经济合作社|经济合作社)?的?(?:村民|组员|社员|成员|寨民|屯民|嘎查民|人员|人口|人(?!员))"
        ),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
    ),
    # 结清所欠款项，方可登记为本集体经济组织成员: membership (or a child's registration, CV605) held back until
    # debts are paid; no debt is a condition of membership
    _P(
        "CV606",
        ("清补", "方才", "员民"),
        _lazy(
            _ARREARS_FIRST
            + r"(?:(?:登记|确认|认定|吸收|接纳|成为)为?"
            + _GAP
            + r"{0,12}?(?:成员|村民|社员|股东|组员)|(?:恢复|享受|享有)"
            + _GAP
            + r"{0,10}?(?:村民|成员|社员|股东|组员)的?(?:待遇|资格|身份|权利|权益))"
        ),
        N_("取消村民资格"),
        inherent=True,
    ),
    _P(
        "CV605",
        ("清补", "方才", "户"),
        _lazy(_ARREARS_FIRST + r"(?:办理)?(?:落户|上户|登记户口|申报户口)"),
        N_("停止公共服务"),
        inherent=True,
    ),
    # 刑满释放…方可恢复其村民待遇: membership taken away until the village restores it
    _P(
        "CV606",
        ("复",),
        _lazy(r"(?:方可|才能|才可|方能|才|再行?|后)恢复" + _WHOM + r"?的?(?:一切|所有|各项|全部)?" + _MEMBERSHIP),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
    ),
    # 三年内不予恢复其村民资格: a status withheld from return was taken away
    _P(
        "CV606",
        ("复",),
        _lazy(
            r"(?:不予|不得|不再|暂不|不)恢复"
            + _WHOM
            + r"?(?:在(?:本村|本组|本社|村里|村内|组里))?的?(?:一切|所有|各项|全部)?"
            + _MEMBERSHIP
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
    ),
    # the status first, then its loss (其成员资格自判决之日起自然丧失, 股东资格予以取消): object before the action
    _P(
        "CV606",
        ("资身证籍口益利", "丧终消销废效撤停留"),
        _lazy(
            _MEMBER_STATUS + r"(?P<gap>" + _GAP + r"{0,10}?)(?:自然|自动|即行|予以|一律|即|随之|同时)?"
            r"(?:丧失|终止|取消|注销|作废|失效|撤销|暂停|停止|不再保留|不予保留)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
        object_first=True,
    ),
    # struck off the roll (不再将其列入村民花名册, 除去股东名册): the member's name taken off
    _P(
        "CV606",
        ("册单", "列登记纳除移划剔删"),
        _lazy(
            r"(?:(?:不再|不予|不得|不)(?:将|把)?" + _WHOM + r"?(?:列入|登记|记入|纳入|登记在)|"
            r"(?:除去|除出|移出|划出|剔出|删出|清出)(?:其)?)"
            r"(?:本村|本组|本社|集体经济组织|合作社)?的?(?:村民|成员|社员|股东|组员|户籍)(?:花)?(?:名册|名单)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
    ),
    # 违者按外来人口管理: only as a consequence (租住本村的外来人员，按外来人口管理 is plain fact)
    _P(
        "CV606",
        ("按作当", "外非"),
        _lazy(
            r"(?:按|作为?|当作)(?:"
            + _WHOM
            + r")?(?:非|外来|外村|外组)(?:本村|本组|本集体|本社)?的?(?:村民|组员|社员|成员|人员|人口)"
        ),
        N_("取消村民资格"),
        pronoun=True,
        eligibility=True,
    ),
    # --- the consequence reader (issue 14, sixth set): shapes rather than names -----------------
    # a sum per occurrence of the failure, whatever the payment is called (每缺一次按一百元标准以钱代工)
    _P("CV601", ("元块",), _lazy(_MONEY), N_("变相罚款"), payment=True, penalty_only=True, per_offence=True),
    # a percentage surcharge (按欠款额的百分之二十加收, 加收20%)
    _P(
        "CV601",
        ("%％百", "收罚交缴处"),
        _lazy(
            r"(?:百分之[一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*[%％])"
            + _GAP
            + r"{0,4}?(?:加收|加罚|另收|罚|收取|计收|征收|交纳|缴纳)|"
            r"(?:收取|交纳|缴纳|处以?)" + _GAP + r"{0,12}?(?:百分之[一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*[%％])|"
            r"(?:加收|加罚|另收)" + _GAP + r"{0,8}?(?:百分之[一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*[%％])"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # deducted from what the member is owed (从其应得的土地流转金里直接划扣)
    _P(
        "CV602",
        ("红益股偿置苗金款配", "扣抵冲"),
        _lazy(
            r"(?:从|在)"
            + _WHOM
            + r"?"
            + _GAP
            + r"{0,8}?"
            + _DIVIDEND
            + r"(?:中|里|内)?(?:直接|一次性|统一|逐年)?"
            + _SET_OFF
        ),
        N_("从分红或补偿款中扣款"),
        penalty_only=True,
    ),
    # the member's things taken and disposed of (清走…变卖, 将犬只带走处理，不得索回)
    _P(
        "CV602",
        ("走卖",),
        _lazy(
            r"(?:收走|带走|清走|拿走|运走|拉走|牵走|搬走)" + _GAP + r"{0,6}?(?:处理|处置|变卖|拍卖|充公)|"
            r"(?:变卖|拍卖|折价)(?:后|所得)?(?:充作|充抵|充入|用于|归|抵)"
        ),
        N_("没收财物"),
        penalty_only=True,
    ),
    # a lock put on the member's vehicle or thing (对该车辆加装车轮锁): held until released
    _P(
        "CV602",
        ("锁",),
        _lazy(r"(?:加装|安装|装上|加上|加)(?:车轮锁|轮锁|地锁|锁具|车锁)"),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # animals caught by the village (将家禽捕捉后移交社区处理)
    _P(
        "CV602",
        ("捕捉抓",),
        _lazy(r"(?:捕捉|捉拿|抓捕|捉走|抓走|捕获)(?:后)?" + _THING_TAIL),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # the owner may not get it back (犬主不得索要): the thing was taken
    _P(
        "CV602",
        ("索讨要领", "回要"),
        _lazy(r"(?:不得|不准|不许|不予|无权|不能)(?:索要|索回|讨回|要回|领回|取回)"),
        N_("没收财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # impounded in the village's custody (将牲畜圈入村集体畜圈)
    _P(
        "CV602",
        ("圈关赶牵拉拖运", "入进到至往"),
        _lazy(
            # (将其关进村部 holds the person, CV603)
            r"(?<![其他她])(?:圈入|圈进|圈到|关入|关进|赶入|赶进|赶到|牵到|牵至|拉到|拉至|拖到|拖至|拖往|拖入|运到|运至)"
            + _GAP
            + r"{0,6}?"
            r"(?:畜圈|圈舍|集体|村委会?|村部|村民委员会|大院)"
        ),
        N_("扣押财物"),
        needs_property=True,
        pronoun=True,
    ),
    # a person held in the village's custody (由治保会将其控制在村部; 将其送回家中看管)
    _P(
        "CV603",
        ("控留看押隔",),
        _lazy(
            r"(?:控制|留置|看管|看押|扣押|隔离)(?:在|于|到|至)" + _VILLAGE_PLACE + r"|"
            r"(?:将|把)(?:其|他|她|该人|当事人|违者)(?:留置|关押|看管|控制)" + _VILLAGE_PLACE + r"|"
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|肇事者|行为人)"
            + _GAP
            + r"{0,10}?(?:看管|看押|控制|管束)(?:起来|(?:在|于|到|至)"
            + _VILLAGE_PLACE
            + r")?"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
    ),
    # 七日内不得外出: going out forbidden for a time, as a consequence
    _P(
        "CV603",
        ("内", "出离"),
        _lazy(
            r"[\d一二两三四五六七八九十]+(?:日|天|周|个月)内(?:不得|不准|不许|禁止)(?:擅自)?"
            r"(?:外出|出门|出村|离村|离家|离开本村|离开)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # a public label on the person (在村务公开栏将其列为不孝子女)
    _P(
        "CV603",
        ("栏屏播叭群榜", "列定称"),
        _lazy(
            r"(?:公开栏|公示栏|宣传栏|电子屏|显示屏|广播|喇叭|微信群|榜)" + _GAP + r"{0,6}?(?:将|把)?"
            r"(?:其|他|她|该户|当事人|违者)" + _GAP + r"{0,4}?(?:列为|定为|称为|评为|认定为)" + _GAP + r"{1,8}"
        ),
        N_("公开曝光"),
        penalty_only=True,
        display=True,
    ),
    # held until something is done: a release after payment or a voucher means the thing was taken
    # (交纳寄养费用后方可领回, 缴纳解锁费后予以解锁, 凭村委会开具的证明领取)
    _P(
        "CV602",
        ("回锁取行还封走", "后凭才方"),
        _lazy(_GIVEN_BACK + r"|凭" + _GAP + r"{1,12}?领取"),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # things the village took and keeps (拆下的木料一律不再退还, 清走的杂物不予返还): a seizure; a deposit kept
    # is money (CV601, _exempt_by_money)
    _P(
        "CV602",
        ("不", "退返发归"),
        _lazy(r"(?:不予|不再|不|概不|一律不予?)(?:退还|返还|发还|归还|退回)"),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # the member's things disposed of by the village (所用建材统一由村里处理; 将已建部分予以清除)
    _P(
        "CV602",
        ("由", "处置卖"),
        _lazy(
            r"由(?:村委会?|村民委员会|村里|村集体|集体|巡逻队|护村队|村治安巡逻队|村|组|社区|物业)(?:统一)?(?:处理|处置|变卖)"
        ),
        N_("没收财物"),
        penalty_only=True,
        needs_property=True,
    ),
    _P(
        "CV602",
        ("清铲推", "除倒"),
        _lazy(
            r"(?:将|把)"
            + _GAP
            + r"{0,6}?(?:建|房|棚|墙|违章|构筑物|设施)"
            + _GAP
            + r"{0,4}?(?:予以)?(?:清除|铲除|推倒)"
        ),
        N_("强制拆除财物"),
        penalty_only=True,
        defer_bare=True,
    ),
    # the member's grave or works levelled by the village (由村委会组织人员平坟, 推平其围墙)
    _P(
        "CV602",
        ("坟毁推铲填",),
        _lazy(r"(?:平坟|平毁|推平|铲平|填平|拆毁|捣毁)" + _THING_TAIL),
        N_("毁坏财物"),
        penalty_only=True,
        defer_bare=True,
    ),
    # held until the family comes for him (由其家人到村部领人)
    _P(
        "CV603",
        ("领接", "人属母长"),
        _lazy(
            r"(?:家人|家属|亲属|监护人|父母|家长)" + _GAP + r"{0,8}?(?:领人|接人|领回本人|领走本人|保人)|"
            # (由其家长来领: the bare fetching closes the clause)
            r"(?:家人|家属|亲属|监护人|父母|家长)(?:来|前来|到村部?|到场)(?:领|接)(?:回|走|人)?"
            r"(?=[，,。；;！!？?\s]|$)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # let go only once someone comes for him (须等其所在村来人领回后，方可离开; 通知家属接走后才放人): he was held
    _P(
        "CV603",
        ("领接保", "离放走回"),
        _lazy(
            r"(?:来人|家人|家属|亲属|亲友|监护人|父母|家长|单位|村里|村委会?|所在村|原籍)"
            + _GAP
            + r"{0,8}?(?:领回|接回|领走|接走|领人|接人|担保|作保|保出)(?:后|以后|之后)?[，,]?\s*"
            r"(?:方可|才能|才可|方能|才准|才|再|予以)(?:离开|回家|放行|放人|返回|走)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # made to wear a mark in public (安排其身穿写有“文明督导”的红马甲值守, 令其佩戴袖标): the person shown
    _P(
        "CV603",
        ("穿戴佩披套", "甲心标章带牌帽"),
        _lazy(
            r"(?:其|他|她|当事人|违者|该人)(?:本人)?(?:身穿|穿上|穿着|佩戴|戴上|披上|套上)"
            + _GAP
            + r"{0,12}?(?:马甲|背心|袖标|袖章|绶带|胸牌|标牌|帽子|牌子)|"
            # worn while he does what he was set to (清扫时须穿着“文明督导”马甲, 劳动期间一律佩戴袖标): the
            # wearer is the one the sanction names
            r"(?:时|期间|过程中)[，,]?(?:须|需|要|必须|应当?|一律|均|统一)(?:身穿|穿上|穿着|穿|佩戴|戴上|戴着|披上|套上|挂上)"
            + _GAP
            + r"{0,12}?(?:马甲|背心|袖标|袖章|绶带|胸牌|标牌|帽子|牌子|红袖章)|"
            # no one named, but the mark worn where others see him (穿上写有…字样的背心在村口站一天)
            r"(?:身穿|穿上|穿着|佩戴|戴上|披上|套上|挂上)"
            + _GAP
            + r"{0,20}?(?:马甲|背心|袖标|袖章|绶带|胸牌|标牌|帽子|牌子)(?:在"
            + _GAP
            + r"{0,8}?)?(?:站(?!岗)|游|示众|巡走|走一圈|绕)"
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # who he is shown by a verb of showing first (在电梯间张贴欠费业主的房号、姓名和照片)
    _P(
        "CV603",
        ("贴布示开播发推报晒展曝", "名照片像址号牌"),
        _lazy(
            r"(?:张榜公布|张贴|公布|公示|公开|展示|曝光|播放|发布|推送|通报|晒出)"
            + _GAP
            + r"{1,8}?的(?:房号|门牌号?|姓名|名字|照片|相片|头像|家庭住址|住址|车牌号?)|"
            # the list of those who did it (在村务栏中公布名单, 张榜公示违规户名单)
            r"(?:张榜公布|张贴|公布|公示|公开|曝光|通报|张榜)(?:违规|违约|欠费|拒交|失信)?(?:人员|户|者)?的?名单"
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # welfare given to all, withheld from the wrongdoer in a clause that names only him (慰问品人人享有，但积分
    # 低于六十分的村民不予发放; 年节福利按户发放，违反本约的除外): the topic of the sentence is what is withheld
    _P(
        "CV605",
        ("予再停取不", "发享配领"),
        _lazy(
            r"(?:(?<=[的民户员人庭])|(?<=[的民户员人庭][，,]))\s*(?:当年|当季|本年度?|次年|[一二两三\d]年内)?(?:一律|均|则)?"
            r"(?:不予|不再|暂停|停止|取消|不)"
            r"(?:发放|享受|分配|领取|发给?)"
            r"(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("取消低保等福利"),
        inherent=True,
        eligibility=True,
        topic_object=True,
    ),
    # (the exception closes the wrongdoer's condition: the words after it are the measure)
    _P(
        "CV605",
        ("外",),
        _lazy(r"(?<=的)除外(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("取消低保等福利"),
        inherent=True,
        eligibility=True,
        topic_object=True,
    ),
    # the community's own costs laid on the wrongdoer (由其家庭承担全村当月的卫生保洁费用): no civil cost
    # of his own harm, a payment as a sanction
    _P(
        "CV601",
        ("担付交缴", "费支开"),
        _lazy(
            r"(?:承担|负担|支付|交纳|缴纳)(?:全村|全组|全体村民|全小区|本组|村里|村集体)"
            + _GAP
            + r"{0,8}?(?:费用|开支|支出)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # a treat for the village exacted as a consequence (还须请全村放电影一场)
    _P(
        "CV601",
        ("请招", "村组众体"),
        _lazy(
            r"(?:须|需|要|必须|应当?)(?:宴请|请|招待)(?:全村|全组|全体村民|村民|群众|大家)(?:人)?" + _GAP + r"{0,2}?"
            r"(?:放电影|看电影|吃饭|喝酒|看戏|唱戏|吃)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # a mark on the household's door (在该户门前悬挂整改提示牌)
    _P(
        "CV603",
        ("门", "挂贴插钉喷刷涂写"),
        _lazy(
            r"(?:门前|门口|家门|门上|大门)"
            + _GAP
            + r"{0,4}?(?:悬挂|挂上|张贴|贴上|插上|钉上|挂|贴|喷涂|喷上|刷上|涂上|写上)"
            + _GAP
            + r"{0,8}?"
            r"(?:牌|标识|标志|告示|旗|字样|标语)"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # a confession from door to door (带其在本组内逐户上门认错)
    _P(
        "CV603",
        ("户家", "错讨悔"),
        _lazy(r"(?:逐户|挨家挨户|挨户|逐家|挨家)" + _GAP + r"{0,4}?(?:认错|检讨|悔过)"),
        N_("当众检讨"),
        penalty_only=True,
    ),
    # reporting in and asking leave to go out (每月到村部报到一次，外出须向村委会请假)
    _P(
        "CV603",
        ("报请签批同", "到假告准意踪向想动"),
        _lazy(
            r"(?:每[日天周月季旬]|按[日天周月季旬]|逐[日周月]|定期)"
            + _GAP
            + r"{0,3}?(?:到|去|向|回)"
            + _GAP
            + r"{0,6}?"
            r"(?:报到|签到|(?:书面|口头|当面)?(?:汇报|报告)(?:一次|一回)?(?:其|本人|个人|自己)?的?"
            r"(?:行踪|去向|思想|活动|动向|生活|近况|表现|情况|工作))|"
            # 外出务工，须经村委会批准: the leave may be asked in the next clause of the same sentence
            r"(?:外出|出村|离村|出门|离开本村)[^。；;！!？?]{0,12}?(?:须|需|必须|要|应当?)(?:事先|提前|先)?(?:向|经)"
            + _GAP
            + r"{0,6}?(?:请假|报告|批准|同意)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # The person's liberty by mechanism (issue 14, held-out sets A and B): an operator on the person —
    # fetched back, sent home, watched, made to report — rather than a list of the phrases seen.
    # Fetched back after going away (未经批准私自外出的，由治保会派人找回): a person, not a thing
    # (追回被盗财物, 派人找回走失的牛 are things and stay silent).
    _P(
        "CV603",
        ("回返遣籍",),
        _lazy(
            r"(?:(?:派人|派员|安排人员|组织人员|专人)(?:将|把)?(?:其|他|她|本人|当事人)?|(?:将|把)(?:其|他|她|本人|当事人|该人员?|此人))"
            r"(?:强行)?(?:找回|追回|抓回|带回|押回|叫回|劝回|接回|领回|送回|遣返)"
            r"(?![^，,。；;！!？?]{0,6}?(?:物|财|款|钱|赃|牛|羊|猪|畜|禽|车|船|货|损失|所得))|"
            # sent home to where he is registered (遣送回原籍, 押回户籍地)
            r"(?:遣送|遣返|押送|押回|强制送回|送回)(?:回)?(?:其)?(?:原籍|户籍地|老家|原居住地|户口所在地)|"
            # escorted back by the village's people (由村干部陪同其回村)
            r"(?:陪同|护送|押着|跟随)(?:其|他|她|当事人)(?:一起|一同)?(?:回村|返村|回家|返回|回原籍|回到村)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # watched by people the village sends (派专人对其进行监视, 安排人员跟踪其行踪)
    _P(
        "CV603",
        ("监盯跟看着候蹲摄探控",),
        _lazy(
            # people sent to watch him (安排两名治保员到其家门口轮流守着; a guard on a place,
            # 组织巡逻队看守仓库, names no person)
            r"(?:(?:派|安排|组织|指派|抽调)"
            + _GAP
            + r"{0,6}?[人员队]"
            + _GAP
            + r"{0,4}?(?:其|他|她|当事人|该户)"
            + _GAP
            + r"{0,10}?|"
            r"(?:派人|派员|派专人|安排专人|安排人员|组织人员|专人)(?:对其|将其|对当事人)(?:进行|实行)?)"
            r"(?:监视|盯守|盯梢|盯着|跟踪|看守|守着|守候|蹲守|监控|看管)|"
            # no one named: the watching ends the clause (违者，派专人看管起来), a guard on a thing does not
            r"(?:派人|派员|派专人|安排专人|安排人员|组织人员|专人)(?:进行|实行)?(?:监视|盯守|盯梢|跟踪|看守|监控|看管)"
            r"(?:起来)?(?=[，,。；;！!？?\s]|$)|"
            r"对其(?:实行|进行|采取)(?:监视|跟踪|盯守|看守|监控|看管|看押|管控)|"
            # the watchers sent, then the one they stay with (派两名治安员跟着他)
            r"(?:派|安排|组织|指派|抽调)"
            + _GAP
            + r"{0,6}?[人员队](?:跟着|盯着|守着|看着|跟随|紧跟)(?:其|他|她|当事人)|"
            # a camera at his door (在该户门前安装监控)
            r"(?:门前|门口|家门)" + _GAP + r"{0,4}?(?:安装|架设|装上)(?:监控|摄像头|探头)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # his comings and goings recorded or watched (对其进出进行登记)
    _P(
        "CV603",
        ("踪向出动", "登监跟限"),
        _lazy(
            r"(?:对|将)(?:其|该户|当事人)的?(?:进出|出入|行踪|行动|去向)"
            + _GAP
            + r"{0,6}?(?:进行|实行|予以)?(?:登记|监控|监视|跟踪|限制)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # sent to a study class by force (强制其参加法制学习班三天): held for the village's education
    _P(
        "CV603",
        ("班",),
        _lazy(
            r"(?:强制|强行|押送|送)(?:其|他|她|当事人|违者)?(?:参加|进|到|去|入)"
            + _GAP
            + r"{0,10}?(?:学习班|培训班|教育班|法制班|转化班)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # made to report or ask leave because of who he is (刑满释放人员…须按月回村报到): a status, not a
    # wrongdoing of the article, is the ground, and the village is the place reported to
    _P(
        "CV603",
        ("刑释戒毒前劣访",),
        _lazy(
            r"(?:刑满释放|释放回村|戒毒|吸毒|有前科|有劣迹|上访|缠访)(?:人员|者|的村民|的人员)?"
            # (the village's officer too: 向治保主任请假, 到网格员处登记)
            r"[^。；;！!？?]{0,30}?(?:到|向|经|回)(?:村|社区|治保|调解室|网格|组长|主任|书记|支书|干部)"
            + _GAP
            + r"{0,8}?(?:报到|签到|请假|销假|批准|同意|汇报|报告|登记)"
        ),
        N_("限制人身自由"),
        inherent=True,
    ),
    # Dignity by mechanism: what identifies the person (a name, a photo, a house number, an address, a
    # plate) put on a medium (a board, a screen, the broadcast, a chat group) by a verb of showing.
    # Only as a consequence of wrongdoing, never for honours (display): the lawful 公示 of 低保 recipients
    # or accounts has no wrongdoing before it.
    _P(
        "CV603",
        ("名照片像址牌号视频图画拍录", _SHOWN_KEYS),
        _lazy(
            # (or the act that makes the picture: 拍照后在小区电子屏上播放)
            r"(?:姓名|名字|照片|相片|头像|肖像|视频|录像|影像|(?:监控)?(?:截图|画面)|拍照|拍摄|拍下|录下|门牌号?|房号|门号|楼号|家庭住址|住址|地址|车牌号?|身份证号|手机号码?)"
            + _SHOWN_ON
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # his act or his own confession shown (违法行为制成展板, 检讨书张贴在公开栏), or a fact named by its
    # wrongdoing (不孝事实); the points or the accounts of the village are no such fact
    _P(
        "CV603",
        ("违孝文良丑劣检悔证盗赌失", "为迹书讨实过丑", _SHOWN_KEYS),
        _lazy(
            r"(?:违法行为|违规行为|违纪行为|不文明行为|不良行为|不孝行为|丑行|劣迹|检讨书|悔过书|检讨|保证书|"
            r"(?:不孝|违规|违法|违约|违纪|偷盗|盗窃|赌博|失信)(?:事实|经过))" + _SHOWN_ON
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # a mark written or hung on the household's house (在其家外墙上刷上“违建户”)
    _P(
        "CV603",
        ("墙屋房", "写喷刷涂贴挂钉标"),
        _lazy(
            # (the door itself is read by the pattern of a mark on the door, below)
            r"(?:其家|其户|该户|其住宅|其房屋|其住房)的?(?:外墙|墙上|墙壁|墙头|屋外|房屋|房子)" + _GAP + r"{0,4}?"
            r"(?:写上?|喷上?|刷上?|涂上?|贴上?|挂上?|钉上?|标上?|喷涂)" + _GAP + r"{0,10}"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # a label of disgrace put on the person (宣布其为“不守规约户”, 列为不文明户 on the board): announced or shown
    # only; a rating kept in the village's books (评定为失信户) shows no one
    _P(
        "CV603",
        ("宣公认列定评称命", "户庭员子民"),
        _lazy(
            r"(?:宣布|公布|认定|列为|定为|评为|称为|命名为)(?:其|该户|他|她|当事人|其家庭)?(?:为)?[“\"‘]?"
            r"(?:不(?:守|文明|诚信|孝|讲|合格)|落后|失信|问题|后进|黑|差|反面)"
            + _GAP
            + r"{0,4}?(?:户|家庭|人员|分子|村民)"
        ),
        N_("公开曝光"),
        penalty_only=True,
        needs_medium=True,
    ),
    # a board for shaming named by its label (设立“不孝榜”, 登上不文明行为曝光台); 光荣榜 and 红榜 have none
    _P(
        "CV603",
        ("榜台墙单栏",),
        _lazy(
            r"(?:不(?:孝|文明|诚信|守信|赡养|讲卫生|履约|守法|合格|道德)|黑|耻辱|落后|丑|反面|失信|劣迹|曝光|后进|差评)"
            r"(?:行为|家庭|户|人员|典型)?(?:曝光)?(?:榜|台|墙|名单|榜单|专栏)"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # made to wear or hold a thing on the body (将所偷物品挂在其胸前, 戴高帽, 举牌), or paraded
    # (带着在本组范围内走一圈, 让其绕村走一遍): the person shown to the village
    _P(
        "CV603",
        ("挂戴套背举扛捧顶绑系持圈遍趟游绕", "胸脖颈身背头手帽牌赃偷盗圈遍趟游"),
        _lazy(
            r"(?:挂|戴|套|背|举|扛|捧|顶|绑|系)(?:在|上|到|于)?(?:其|他|她|本人|当事人)?的?"
            r"(?:胸前|脖子上?|颈上|颈部|身上|背上|头上|手上|手中|手里)|"
            r"(?:戴上?|挂上?|套上?|举着?|手持|手举|背着|挂着|戴着|扛着)" + _GAP + r"{0,8}?"
            r"(?:高帽|纸帽|牌子|纸牌|木牌|黑牌|标语牌|认错牌|检讨牌|悔过牌|赃物|所偷|所盗|偷来)|"
            r"(?:带着|领着|押着|拉着|牵着|(?:让|叫|令|责令|要求|带领|带)(?:其|他|她|当事人))" + _GAP + r"{0,12}?"
            r"(?:走|转|游|绕|巡)(?:上)?(?:一|两|几|三)?(?:圈|遍|趟)|(?:绕村|沿村|沿街|满村)(?:游走|游行|巡游|走一圈)"
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # made to go round the village beating a gong or crying out (提锣沿寨巡走, 敲着锣绕村喊): the old way of
    # showing a wrongdoer to all, after a wrongdoing only (a fire watch crying round the village is none)
    _P(
        "CV603",
        ("沿绕满围全锣鼓叭桶盆边",),
        _lazy(
            r"(?:沿|绕|满|围着|在全)(?:村|寨|屯|街|组|巷)(?:子|庄|里|内|中)?(?:游走|游行|巡游|巡走|喊|"
            r"(?:走|转|游|绕)(?:上)?(?:一|两|几|三)?(?:圈|遍|趟))|"
            # a gong, a drum or a loudspeaker carried (手提铜锣, 敲着小锣, 拿着喇叭): the crier of his own deed
            r"(?:提|敲|鸣|打|拎|拿|背|扛|持)着?(?:铜|大|小|破)?(?:锣|鼓|喇叭|铁桶|脸盆)"
            + _GAP
            + r"{0,8}?(?:沿|绕|满|游|喊|走|转)(?:村|寨|屯|街|组)?|"
            # telling his deed as he goes (边走边说自己偷了什么, 一边敲一边喊“我偷了鸡”)
            r"(?:边|一边)(?:走|敲|转)(?:边|一边)(?:说|喊|讲|念|报|叫|数)"
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # the village's things or rooms no longer lent to him (一年内不得借用村集体的帐篷, 停止向其出租村里的场地):
    # the use of a facility (a bare 不得借用 with no wrongdoing is a rule of lending)
    _P(
        "CV605",
        ("借租", "得准予再停暂消"),
        _lazy(
            r"(?:不得|不准|不予|不再|停止|暂停|取消)(?:为|给|向)?"
            + _WHOM
            + r"?(?:借用|租用|借给|出借|出租|租给)(?:其|该户|他|她)?"
            + _GAP
            + r"{0,4}?(?:村|集体|公共|组里|社区|小区)"
            + _THING_TAIL
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's rooms and equipment closed to him (一年内不准其进入活动室, 健身器材也不许他使用) and its
    # things not lent (集体的抽水机也不借给他): the use of a facility, only as a consequence (活动室内不得吸烟 is a rule)
    _P(
        "CV605",
        ("得准许止让能借租", "室屋场所施材馆堂家机车具心"),
        _lazy(
            r"(?:不得|不准|不许|禁止|不让|不能)(?:其|他|她|该户|其家庭|其家人)?(?:再)?(?:进入|使用|借用|入内|进)"
            + _GAP
            + r"{0,10}?"
            + _VILLAGE_FACILITY
            + "|"
            + _VILLAGE_FACILITY
            + r"(?:也|亦|均|一律|都)?(?:不得|不准|不许|禁止|不让|不能)(?:其|他|她|该户)?(?:再)?(?:使用|进入|借用|入内)|"
            r"(?:村|集体|公共|公用|组里)"
            + _GAP
            + r"{0,10}?(?:也|亦|均|一律|都)?(?:不再|不予|不)(?:借给|出借给?|租给)(?:其|他|她|该户)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # put out of the village's chat group or its collective activities as a sanction (移出寨群, 踢出微信群;
    # 取消其参加村里文体活动的资格): kept out of what the village does for all (docs/clause-codes.md)
    _P(
        "CV605",
        ("群动节庆典拜欢宴祭赛歌餐会",),
        _lazy(
            r"(?:移出|踢出|清出|请出|移除出?)(?:其|他|她|该户|当事人|违者|本人)?" + _GAP + r"{0,6}?群(?!众|体|组)|"
            r"(?:取消|停止|暂停|不准|不许|不让|不再让|不允许)(?:其|他|她|该户|当事人|违者|本人)?(?:家人|全家)?(?:参加|参与)?"
            + _GAP
            + r"{0,24}?(?:"
            + _GATHERING
            + r")|"
            # the gathering first, then the person kept out of it (当年的火把节集体活动不让其参加)
            r"(?:" + _GATHERING + r")(?:等)?(?:活动)?\s*[，,]?\s*(?:也|均|一律|都|概)?"
            r"(?:不让|不准|不许|不得|不允许|不再让|禁止|谢绝|不再邀请|不邀请)(?:其|他|她|该户|当事人|违者|本人)(?:家人|全家)?(?:参加|参与|入场)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's car or hands not sent for him (办红白喜事不再为其派车)
    _P(
        "CV605",
        ("车人事席", "再予给停暂消不"),
        _lazy(
            r"(?:不再|不予|不给|停止|暂停|取消|不(?=为|给|替|帮))(?:为|给|替|帮)(?:其家庭|其户|其家|其|该户)"
            r"(?:派车|出车|派人|安排车辆|提供车辆|用车|"
            # the village's council running his weddings and funerals (红白理事会不为其操办红白喜事)
            r"(?:操办|帮办|主持|张罗|料理|承办)(?:其家的?)?(?:红白喜事|红白事|婚丧事宜|婚丧|婚事|丧事|喜事|白事|酒席))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # a household's rubbish refused (拒收该户垃圾)
    _P(
        "CV605",
        ("垃圾",),
        _lazy(
            r"(?:拒收|(?:停止|暂停|不再|不予|拒绝|不)(?:上门)?(?:收运|清运|收集|清理|拉运|收))(?:其|该户|其家庭|其户)?(?:家|家里|家中)?的?(?:生活)?垃圾|"
            # the household named first (暂停对其家的垃圾清运)
            r"(?:停止|暂停|不再|不予)(?:对|为|给)?(?:其|该户)(?:家|家庭|户)?的?(?:生活)?垃圾(?:的)?(?:清运|收运|收集|清理|拉运)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # Services by mechanism: what the village does for its members — vouching on a form, passing on an
    # assessment, acting as their agent for dues and insurance — refused as a consequence.
    # a signature or stamp on the member's form withheld (不在其各类申请表上签署意见)
    _P(
        "CV605",
        ("签盖填", "不拒暂停"),
        _lazy(
            r"(?:不予|不再|暂不|停止|拒绝|不)(?:在|于|为)(?:其|该户|违者|当事人|其家庭)?(?:本人)?的?" + _GAP + r"{0,8}?"
            r"(?:表|表格|申请书|申请|材料|文件|单|证明|合同|协议|证)(?:上|中)?(?:签署|签字|签名|签章|盖章|签注|填写)(?:意见)?"
        ),
        N_("不予办理证明"),
        penalty_only=True,
    ),
    # a veto in the assessment of welfare (在评议低保、危房改造对象时对其实行一票否决): an honour vetoed
    # (评先评优一票否决) names no welfare and stays lawful
    _P(
        "CV605",
        ("否考虑除列纳予", _WELFARE_KEYS + "危房项贷"),
        _lazy(
            r"(?:低保|最低生活保障|救助|救济|补贴|补助|危房|扶贫|帮扶|贷款|惠农|五保|特困|福利|奖学金|助学金|养老|医疗|保障|项目|名额|指标)"
            # (the assessment may be a time clause of its own: 在申请低保时，村里不予评议)
            r"(?:[^，,。；;！!？?]{0,24}?|[^，,。；;！!？?]{0,20}?时[，,]" + _GAP + r"{0,8}?)"
            r"(?:(?:实行|实施|予以|给予|采取|作)?一票否决|"
            # or left out of it (在推荐低保户、五保户时不考虑该户), or its assessment refused
            r"(?:一律)?(?:不予考虑|不考虑|不予列入|不列入|不予纳入|不纳入)(?:其|该户|他|她|该家庭)?|排除在外|"
            r"(?:一律)?不予(?:评议|审核|受理|上报|审批|批准|通过|盖章|签字))"
        ),
        N_("取消低保等福利"),
        penalty_only=True,
        eligibility=True,
    ),
    # barred from a place where the village serves its members: its enterprise, school, clinic
    # (不得在村里的企业务工, 不准其子女进入村幼儿园); 禁止在活动室赌博 forbids conduct and is not read here
    _P(
        "CV605",
        ("企社厂基园校学室市堂", "不"),
        _lazy(
            r"(?:不得|不准|不许|不让|不予|不再|不允许)(?:安排)?(?:其|该户|其家庭|他|她)?(?:子女|孩子|家人|家庭成员)?再?"
            r"(?:在(?:本村|村里|村集体|村办|集体|村)的?" + _GAP + r"{0,6}?"
            r"(?:企业|合作社|工厂|厂|基地|幼儿园|小学|学校|托儿所|卫生室|超市|食堂)" + _GAP + r"{0,3}?"
            r"(?:务工|就业|上班|做工|打工|就读|上学|入学|入托|入园|看病|就诊)|"
            r"(?:进入?|入读|就读|上)(?:本村|村里|村集体|村办|村)的?"
            + _GAP
            + r"{0,4}?(?:幼儿园|小学|学校|托儿所|卫生室))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's care withheld as an act (年终慰问时不再慰问该户, 不再救助)
    _P(
        "CV605",
        ("慰帮救资扶照访望病诊治", "不停取"),
        _lazy(
            r"(?:不再|不予|不给|停止|取消)(?:对|给|为)?(?:(?:其|该户)(?:家庭|家人|子女|父母)?)?"
            r"(?:慰问|帮扶|救助|资助|扶持|照顾|走访|探望|看病|诊治|治疗|接诊)(?:其|该户|他|她|其家庭)?(?=[，,。；;！!？?\s]|$)"
        ),
        N_("取消低保等福利"),
        penalty_only=True,
    ),
    # the person put last in what the village hands out (在安排务工岗位时把他排在最后)
    _P(
        "CV605",
        ("后末", "排放"),
        _lazy(
            r"(?:(?:把|将)(?:其|他|她|该户|其家庭|当事人)" + _GAP + r"{0,8}?|"
            # or what it hands out (以后的各项惠农项目均排在最后)
            r"(?:项目|补贴|补助|救助|岗位|名额|指标|贷款|推荐|申请|福利|待遇)(?:均|一律|都|也|全部)?)"
            r"(?:排在|排到|放在|放到)(?:最后|最末|末位|最后面)"
        ),
        N_("取消低保等福利"),
        penalty_only=True,
    ),
    # the village's agency withdrawn: dues or insurance it collects and pays for members (不代其收缴养老保险)
    _P(
        "CV605",
        ("代", "不停暂取拒"),
        _lazy(
            r"(?:不再|不予|暂不|停止|暂停|取消|拒绝|不)(?:为|给|帮|替)?(?:其|该户|其家庭|其户|违者|当事人)?"
            # an agency verb is the service itself (不再为其代购化肥, 今后不再代办，); a bare 代 must name
            # what the village paid or fetched for him (不代其收缴养老保险)
            r"(?:(?:代收代缴|代收|代缴|代交|代办|代购|代领|代销|代售)" + _GAP + r"{0,10}|"
            r"(?:代理|代为|代)(?:其|该户|其家庭|其户)?"
            r"(?:收缴|收取|缴纳|交纳|办理|申报|领取|购买|缴|交|办|领)?" + _GAP + r"{0,16}?"
            r"(?:保险|医保|社保|费用|费|手续|业务|事项|补贴|补助|款))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the loss shared by the whole group (由案发地所在组的全体农户共同分摊受害人损失)
    _P(
        "CV608",
        ("全所组", "摊担负赔"),
        _lazy(
            # (全屯各户共同赔偿失主损失: a settlement's households answer for one man's theft)
            r"(?:(?:全体|所有)(?:农户|村民|住户|居民|组员|业主)|所在(?:村民)?(?:小)?组|全组|全村|全(?:组|屯|寨|村|社|队)各户)"
            + _GAP
            + r"{0,4}?"
            r"(?:共同|平均|按户|按人头?|按人口)?(?:(?:分摊|平摊|均摊|摊派|承担|负担)"
            + _GAP
            + r"{0,6}?(?:损失|赔偿|罚款|责任)|赔偿|赔付)"
        ),
        N_("株连处罚"),
        inherent=True,
    ),
    # --- what a deprivation takes from the sanctioned person, by the class of its object ------------
    # The patterns above name the measures charters usually write; these read the structure instead:
    # a deprivation verb governing the sanctioned person (取消其…, 暂停该户…, 停止对其…) in a
    # consequence, and the class of what it takes. Honours and points stay lawful.
    *(
        _P(
            code,
            (_DEPRIVE_KEYS, keys),
            _lazy(_DEPRIVATION + objects + _PHRASE_END),
            what,
            penalty_only=True,
            eligibility=True,
            nominal=True,
            generic=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    *(
        _P(
            code,
            (_WITHHELD_KEYS, keys),
            _lazy(objects + _WITHHELD_AFTER),
            what,
            penalty_only=True,
            eligibility=True,
            object_first=True,
            generic=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    # --- the same classes read across the whole sub-clause ---------------------------------------
    # Real articles put words between the taking and its object (停止其家中用水, 断开该户的小区光纤宽带
    # 接入, 对该户的施工临时用电和家庭生活用电一并停止供应): within one sub-clause, a deprivation and an
    # object of a class are read together whatever stands between them, except an honour or points.
    # Tried last and yielding to every other reading of the same words.
    *(
        _P(
            code,
            (_DEPRIVE_KEYS, keys),
            _lazy(_WIDE_DEPRIVATION + _WIDE_GAP + r"(?P<object>" + objects + ")"),
            what,
            penalty_only=True,
            eligibility=True,
            nominal=True,
            generic=True,
            wide=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    *(
        _P(
            code,
            (_WIDE_WITHHELD_KEYS, keys),
            _lazy(r"(?P<object>" + objects + ")" + _WIDE_GAP + _WIDE_WITHHELD),
            what,
            penalty_only=True,
            eligibility=True,
            object_first=True,
            generic=True,
            wide=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
)

# Every CV607 target and every explicit CV608 term contains one of these.
_WOMEN_KEYS = frozenset("嫁婚离丧寡女赘婿倒郎男母娶媳")
_COLLECTIVE_KEYS = frozenset("株坐连并样等全家")  # 株连, 连坐, 连带/一并/同样/同等处罚
# Primary key character -> indices of the patterns it opens: a sentence runs only those patterns.
_PATTERNS_BY_KEY: dict[str, frozenset[int]] = {
    key: frozenset(i for i, p in enumerate(_PATTERNS) if key in p.keys[0])
    for key in frozenset().union(*(p.keys[0] for p in _PATTERNS))
}
_PATTERN_KEYS = frozenset(_PATTERNS_BY_KEY)
# for each key position: character -> bits of the patterns whose key set at that position holds it; a
# pattern with fewer key sets meets every later position (its bit in _KEYLESS_MASKS)
_KEY_DEPTH = max(len(p.keys) for p in _PATTERNS)
_KEY_MASKS: tuple[dict[str, int], ...] = tuple(
    {
        ch: sum(1 << i for i, p in enumerate(_PATTERNS) if len(p.keys) > depth and ch in p.keys[depth])
        for ch in frozenset().union(*(p.keys[depth] for p in _PATTERNS if len(p.keys) > depth))
    }
    for depth in range(_KEY_DEPTH)
)
_KEY_CHARS = frozenset().union(*_KEY_MASKS)
_KEYLESS_MASKS: tuple[int, ...] = tuple(
    sum(1 << i for i, p in enumerate(_PATTERNS) if len(p.keys) <= depth) for depth in range(_KEY_DEPTH)
)

# ---------------------------------------------------------------------------------------------
# CV607 and CV608: targets and denials
# ---------------------------------------------------------------------------------------------

_WOMEN_TARGET = re.compile(
    r"(?:外嫁女|出嫁女|嫁出女|外嫁|出嫁|嫁出|嫁到外|嫁往|嫁给外|农嫁非|农嫁居|农嫁城|农嫁农|嫁城女|"
    # a wife married in (娶外地媳妇的, 婚入的媳妇), only as the whole condition (娶进的媳妇离婚后… is her divorce)
    r"娶"
    + _GAP
    + r"{0,6}?(?:媳妇|妻子|老婆)(?=的?[，,])|婚入的?(?:媳妇|妇女|女性|女子)?|远嫁|嫁给|嫁入|嫁至|嫁去|嫁到|离婚妇女|离异妇女|丧偶妇女|再婚妇女|离婚女|离异女|寡妇|"
    # (女出嫁, 女外嫁: a verse's short word for a daughter; not 男女 or 子女)
    r"(?<![男子妇])女(?:出嫁|外嫁|嫁出|远嫁|嫁人)|大龄未婚女|未婚女|单亲母亲|未婚母亲|未婚先孕|非婚生子女?|纯女户|女儿户|独女户|双女户|户无男性|有女无儿户?|无儿户|入赘女婿|入赘|招赘|上门女婿|倒插门|招婿|招郎|上门男|"
    r"招" + _GAP + r"{0,4}?(?:上门)?女婿|"
    r"嫁" + _GAP + r"{1,10}?的(?:女儿|姑娘|女子|妇女|女性|闺女)|"
    r"(?:男方|男子)" + _GAP + r"{0,4}?(?:到|在|入)女方家?(?:落户|居住|安家)|男(?:到|入|进)女(?:方)?家|"
    r"(?:男方|男子)(?:落户|入户|迁入|入住)(?:到)?女方家?|"
    r"(?:妇女|女性|女子|女儿|姑娘|女方|女(?:村民|社员|成员|股东|组员)|本村女|女孩子?|闺女|女娃)"
    + _GAP
    + r"{0,14}?(?:离婚|离异|丧偶|结婚|出嫁|外嫁|嫁|已婚|再婚|改嫁)|"
    # the status in the next clause of a clause about women (女性村民未婚的每人一股，结婚后按半股)
    r"(?:妇女|女性|女子|女村民|女儿|姑娘)"
    + _GAP
    + r"{0,12}[，,]\s*(?:婚后|结婚后|出嫁后|嫁出后|离婚后|离异后|丧偶后|再婚后)|"
    # (婚出, 婚迁: married out in a register's words)
    r"(?:已婚|结婚|再婚|改嫁|出嫁|外嫁|离婚|离异|丧偶|离了婚|结了婚|嫁了人|婚出|婚迁出?|因婚迁出|婚嫁外出)"
    + _GAP
    + r"{0,10}?的?(?:女性|妇女|女子|女儿|姑娘|女村民|女青年|闺女|女人|媳妇|儿媳|女)|"
    r"(?:离婚|离了婚|离异|丧偶|改嫁|再嫁)(?:后|的)?(?:妇女|女性|女子|女方)?|(?:再婚)(?:后|的)(?:妇女|女性|女子|女方)?)"
    r"(?:人员|者)?(?:(?:及其|和其|与其|连同其|及|和|与|的|所生的?)(?:所生)?(?:子女|丈夫|配偶|家属))?"
)
# A right the woman would enjoy: negated, it is a denial.
_ENTITLEMENT = (
    r"(?:享受|享有|参与|参加|分配|分得|分给|分享|获得|取得|申请|安排|划分|分到|领取|列入|纳入|承包|使用|保留|给予|"
    r"确认|认定|登记|具有|落户|入户口?|上户口?|办理|批准|审批|继承|分地|分田|配股|分红|接收|接纳|迁入|迁回|担任|参选|当选|"
    # a share allotted or held, what she takes with her (不配置, 不再持股, 不得带走或者要求分割)
    r"配置|配给|量化|持股|持有|带走|分割|要求分割|入股|参股|"
    # the land let to her again at the next round (二轮延包时不再发包)
    r"发包|延包|续包|"
    # a share given back (不予恢复股份), a grave in the village's ground (不得葬入本村公墓, 不准安葬在祖山)
    r"恢复|葬入|安葬|入葬|埋葬|下葬|埋入|葬在|葬于|进祖坟|入祖坟|"
    # a share named by what is shared (分粮, 分钱, 分房)
    r"分粮|分钱|分物|分房|分山|分林|分股)"
)
_RIGHTS = "(?:" + "|".join((_DIVIDEND, _LAND, _WELFARE, _MEMBERSHIP)) + ")"
# The woman herself as the one who keeps or receives (由本人继续耕种): no transfer away from her.
_HERSELF = (
    r"(?:其|她)?本人|她|自己|女方本人|(?:其|她的?)?(?:子女|法定继承人|继承人)|"
    # 由其继续承包: 其 is she when a verb follows it straight (由其兄弟继承 names another)
    r"其(?:继续|仍|照常|自行|依法)?(?:继受|继承|承接|接管|接手|耕种|使用|经营|所有|承包|管理)"
)
_DENIAL = re.compile(
    # a negated entitlement: 不再享受村集体收益分配, 不享有宅基地申请资格, 不得在本村落户
    r"(?:(?:不得|不能|不再|不予|无权|不可以|不可|不准|不许|没有|不给|暂缓)(?:为|给|向)?(?:其|她|再|另行|重新)?"
    r"(?:在(?:本|该)?(?:村|组|寨|屯|社|嘎查|社区|村民小组)(?:里|内)?)?(?:上学|就学|读书|居住|生活)?"
    + _ENTITLEMENT
    + "|不(?:为|给|向)?(?:其|她)?"
    + _ENTITLEMENT
    + r")(?:"
    + _GAP
    + r"{0,10}?(?:"
    + _RIGHTS
    + r"|资格|待遇|权利?|分配)"
    + _OBJECT_TAIL
    + r")?|"
    # a right granted only on a further condition: 满五年后方可享受村民待遇
    r"(?:方可|才能|才可|方能|才)(?:办理)?(?:享受|享有|参与|参加|分配|分得|申请|取得|获得|落户|入户|上户|分地|分田|分红|配股|分粮|分钱)|"
    # 满八年方可与本寨村民同等享受分红: equal only after a wait the others never had
    r"(?:方可|才能|才可|方能|才)(?:与|同|和|跟)" + _GAP + r"{1,12}?(?:同等|一样|平等|同样)地?"
    r"(?:享受|享有|参与|参加|分配|分得|申请|取得|获得)|"
    # a yearly price for keeping what others keep free (须每年向合作社交纳管理费), not an ordinary due
    r"(?:(?:每年|每月|每季度?|逐年|按年|按月)(?:须|需|必须|要|应)|(?:须|需|必须|要|应)(?:每年|每月|每季度?|逐年|按年|按月))(?:向"
    + _GAP
    + r"{1,10}?)?(?:交纳|缴纳|上交|上缴|交|缴|支付)"
    r"(?!" + _GAP + r"{0,6}?(?:医疗|医保|养老|保险|卫生|水费|电费|物业|党费))"
    # (the sum or the fee named goes with it: 交纳占地费三百元)
    r"(?:" + _GAP + r"{0,14}?[\d一二两三四五六七八九十百千万]+元|" + _GAP + r"{0,10}?费)?|"
    # a waiver the charter deems (未交纳的视为自愿放弃, 逾期按自动放弃处理)
    r"(?:视为|视同|按|作)(?:自愿|自动)?放弃|"
    # a fee to come in (交纳入户费): her husband or her children pay for what a member's get free
    r"(?:交纳|缴纳|交|缴|收取)" + _GAP + r"{0,4}?(?:入户费|落户费|入社费|入股费|户口费|入籍费)|"
    # 只分口粮田，不分责任田
    r"不分(?:配|给)?" + _GAP + r"{0,4}?(?:" + _LAND + "|" + _DIVIDEND + r")|不分(?:地|田|房|钱|红|股)|"
    # a deprivation: 收回其承包地, 取消分配资格
    r"(?:收回|收归|取消|停止|停发|扣除|扣减|扣发|剥夺|调出|注销|减半|开除|终止|丧失|失效|作废|暂停|冻结|回购|收购|赎回|买断)(?:"
    + _GAP
    + r"{0,10}?(?:"
    + _RIGHTS
    + r"|资格|待遇))?|"
    # a share given to the men instead: 其遗产归兄弟所有
    r"(?:归|由)(?:其)?(?:兄弟|儿子|男方|娘家兄弟|男性)(?:所有|继承|享有)|"
    # a reduced share: 按人均的一半, 只享受50%, 只准一人
    r"(?:只|仅|按|以|(?:调整|减|降|改|变更)为|(?:标准|比例|份额|系数)(?:为|是))(?:能|可|准|许|限)?"
    + _GAP
    + r"{0,12}?(?:一半|半份|半数|减半|半股|折半|半个?(?:人口|人头|人|名额|份额|指标)|(?<!\d)\d{1,2}\s*[%％]|"
    r"\d?\.\d+\s*(?:股|份)|[零〇]?点[一二三四五六七八九]+\s*(?:股|份)|百分之[一二三四五六七八九十]+|[一二三四五六七八九]成|"
    r"[二三四五六七八九十]分之[一二三四五六七八九])|"
    # 享受本村村民一半的待遇: a share granted, but reduced
    r"(?:享受|享有|分得|分配|领取|获得|配)"
    + _GAP
    + r"{0,10}?(?:一半|半数|半份|半股|减半|百分之[一二三四五六七八九十]+|(?<!\d)\d{1,2}\s*[%％])|"
    # no longer a member: 不再作为本村集体经济组织成员
    r"不再(?:是|作为|视为|认定为?|属于)" + _GAP + r"{0,12}?(?:成员|村民|社员|组员|股东)|"
    # the land taken back or handed to the husband's family: 一律调整, 调整给其原夫家
    # 交还前夫家族: what she holds handed to the husband's family
    r"(?:交还|退还|归还|交回|退回|交给)(?:其)?(?:前夫|原夫|夫家|婆家|男方)|"
    # 出嫁后不再计算: left out of the count
    r"(?:不再|不予|不)(?:计算|计入|计)(?:人口|人数|份额|在内)?|"
    r"(?:一律|统一|全部)(?:调整|收回|调出|重新分配|划出)|调(?:整)?给(?:其)?(?:原)?(?:夫家|男方|婆家)|(?:由|归|给)(?:其)?(?:前夫|原夫|夫家|婆家|男方)家?"
    + _GAP
    + r"{0,4}?(?:耕种|使用|经营|所有|继承|管理|承包)|"
    # what she holds handed to anyone else (调整给新增人口, 调剂给其他农户, 划归女方兄弟, 由亡夫的兄弟继受,
    # 由户内其他成员继承): a transfer away from her, whoever receives it; 流转给 is her own letting, and she
    # herself (由本人继续耕种) or a proxy (由其父母代为耕种) receives nothing of hers
    r"(?<!流)(?:调整|调剂|调|划|转|让|留|移交|转交|发包|重新分配|另行分配|另行安排)(?:给|归)(?!" + _HERSELF + r")|"
    r"(?<!可)(?:由|归)(?!"
    + _HERSELF
    + r")(?:(?!保障|保护|确认|维护|依法|代|托|平等|同等|共同|女儿|本人)"
    + _GAP
    + r"){0,10}?"
    r"(?:继受|继承|承继|承接|接管|接手|耕种|使用|经营|所有|承包|管理|管业|代管|托管|处置|处分|支配|占有)|"
    # handed back to the collective (把其名下的承包地交回集体)
    r"(?:交回|退回|退还|交还|上交|收归)(?:给)?(?:本村|村里|村|村集体|集体|村委会|本组|组里|村民小组|合作社)|"
    # 转为其父母所有, 过户到其兄弟名下: moved into someone else's name
    r"(?:转为|转入|转到|转至|过户(?:到|给|至)?|划入|并入)(?:(?!本人|自己|她)"
    + _GAP
    + r"){0,8}?(?:所有|名下|户下|户内)|"
    # treated as an outsider (按外来户办理, 视为空挂户): not a member in all but name
    r"(?:按|视为|视同|作为|当作)(?:外来|外村|外地|非本村|空挂|寄居|暂住|挂靠)(?:户|人员|人口|村民)?|"
    # 与其无关, 没有她的份: left out in so many words
    r"与(?:其|她)(?:本人)?无关|没有(?:其|她)的份|"
    # her share kept only until a date (保留至结婚当年年底, 享受至出嫁后第二年), or withdrawn (退股)
    r"(?:保留|享受|享有|分配|发放|计算|计发)(?:到|至)(?:(?!取得|分得|获得)" + _GAP + r"){0,14}?"
    r"(?:年底|年末|年终|为止|止|底|[年月日])|(?:自动|强制|一律|予以|作|办理)?退股|退出(?:股份|股权)|"
    # left out of the count: 不在分配之列, 不计入分配人口
    r"不在(?:分配|享受|发放|配股)(?:之列|范围)|不(?:列入|计入|纳入)(?:分配)?(?:人口|人数|名单|范围)|"
    r"不算人头|不计人口|"
    # 只享受口粮田: the ration land, not the rest a member gets
    r"(?P<ration>(?:只|仅)(?:能|可|准|许)?(?:享受|享有|分配|分得|分给|给予|给|分|留)?(?:口粮田|口粮地|口粮款|口粮))|"
    r"(?:只|仅)(?:能|可|准|许|限)?" + _GAP + r"{0,8}?(?:一人|一个|一名)|"
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
    r"(?:必须|须|应当|应|一律|要|责令|限期)(?:将)?(?:其)?(?:户口|户籍)?(?:随"
    + _GAP
    + r"{1,3}?|一并|一同|同时)?(?:迁出|迁走|转出|外迁)"
)
# Her own choice (自愿退股, 本人申请): a waiver the charter deems (视为自愿放弃) is no choice.
_HER_CHOICE = re.compile(r"(?<!视为)(?<!视同)(?<!按)(?<!作)自愿|本人(?:申请|要求|同意)|自行选择|可以选择|可选择")
_MAY_BEFORE = re.compile(r"(?<!不)(?:可以|可|愿意)\s*$")
# The law's own rule against a double share (农村土地承包法 Art. 31): she has the right elsewhere.
# 已在婆家分得承包地, 在新居住地取得承包地的 — but not 在新居住地未取得.
_ALREADY_ELSEWHERE = re.compile(
    r"(?:已|已经)(?:在" + _GAP + r"{0,10}?)?(?:取得|分得|分到|获得)|"
    r"在(?:新居住地|新住所|现居住地|迁入地|婆家|夫家|男方|外村|他村|其他|新)[^，,。；;：:！!？?\s未没无不否]{0,10}?"
    r"(?:取得|分得|分到|获得)"
)
# 无论…是否已在婆家分得土地: the charter takes it either way, which is no rule against a double share
_REGARDLESS = re.compile(r"(?:无论|不论|不管|不问)" + _GAP + r"{0,16}$")

# a role of the place, not the place as a bearer (由所在楼栋楼栋长劝导, 所在组组长)
_ROLE_AFTER = r"\w{0,3}?(?:长|管理员|网格员|负责人|理事|干部|主任|书记)"
_UNPLANNED_CHILD = r"(?:其|该)?(?:超生|计划外生育|计划外出生|政策外生育|违法生育)的?(?:子女|孩子|小孩|儿女|婴儿|人口)"
_UNPLANNED_CHILD_RE = re.compile(_UNPLANNED_CHILD)
_UNPLANNED_KEYS = frozenset("超育")
_COLLECTIVE_TARGET = re.compile(
    r"(?:"
    + r"全家人?|全户|全体家庭成员|(?:其|该户|本人及|及其|和其|连同其?)(?:新生|新出生|未成年|年幼|在校|在读|所生)?"
    r"(?:家庭成员|家属|家人|亲属|子女|父母|配偶|家长|监护人|新生儿|婴儿|孩子|小孩|儿女)|"
    # a whole settlement below the village (全寨, 全屯, 全自然村)
    # (家属区, 家属院, 家属楼 are places where the staff's families live, no bearer)
    r"家庭成员|家属(?![区院楼])|家人|亲属|全组|全社|全队|全寨|全屯|全自然村|全生产队|所在(?:村民)?小?组(?!"
    + _ROLE_AFTER
    + r")|整个(?:村民)?小组|同组|户内其他成员|"
    r"(?:该生|该学生|该未成年人|该儿童)的?(?:家庭|家长|父母|监护人)|全村(?:村民|人|各户|群众)?|全体村民|(?:该|本)?(?:村民)?(?:小)?组?全体(?:农户|住户|组员|村民)|"
    # kin beyond the household words (其兄弟姐妹, 直系亲属, 家中成员, 该户其他成员)
    r"(?:其|该户)?(?:兄弟姐妹|直系亲属|近亲属)|(?:其|该户)?家中(?:成员|人员|其他人)|(?:该户|同户|本户)(?:其他|所有|全体)?(?:成员|人员)|"
    # the doer's household as a whole (其所在户全体人员, 所在家庭的所有成员)
    r"所在的?(?:户|家庭|农户|牧户|住户)(?:内)?的?(?:其他|所有|全体|全部)(?:家庭)?(?:成员|人员|人口)|"
    # a child born outside the plan bears its parents' act (超生子女不予落户, 计划外生育的孩子不分地)
     + _UNPLANNED_CHILD + r"|"
    # kin described before the noun (该户在外工作的子女, 其在外读书的子女)
    r"(?:其|该户)" + _GAP + r"{1,8}?的(?:子女|儿女|孩子|家属|亲属|家人|父母|配偶)|"
    # the kin of a doer named by his label (违约户的子女, 失信人员的家属)
    r"(?:违约|违规|违法|违纪|失信|黑榜|违章|受处理)(?:户|者|人员|村民|家庭)的?(?:子女|儿女|家属|亲属|家人|父母|配偶|家庭成员)|"
    # one relative named after the pronoun (停发其妻子的低保金, 其兄弟的宅基地申请)
    r"其(?:妻子|丈夫|老伴|爱人|儿子|女儿|儿媳|女婿|孙子女?|孙女|兄弟|姐妹|兄长|弟弟|哥哥|姐姐|妹妹|祖父母|公婆|岳父母)|"
    # every household of a group, a building, a unit or a courtyard (该组全体农户, 该楼栋全部住户, 同一小组的其他农户)
    # (a settlement or a clan below the village too: 该浩特各户, 本屯全体村民, 该户所在房族各户)
    r"(?:该|本|整个|同一?)?(?:村民)?(?:小组|组|楼栋|栋(?:出租)?楼?|出租楼|单元|楼层|层|院落|院子|片区|浩特|自然村|自然屯|屯|寨子|寨|生产队|队|房族|家族|宗族)"
    r"(?:里|内|中)?(?:当年|当月|本年度?|今年|次年|全年)?的?"
    r"(?:全体|全部|所有|各|其他|其余)(?:农户|牧户|住户|居民|成员|组员|社员|村民|寨民|业主|租户|承租户|房客|户)|"
    # neighbours made to answer for one household (一户违章建房，周边四户负连带责任)
    r"(?:周边|周围|邻近|左右|前后)[\d一二两三四五六七八九十]*户|四邻|联户|邻户|(?:周边|周围|左右|前后|相邻的?)(?:邻居|邻里|住户|农户)|"
    # the household or the clan the doer belongs to, named by his act (盗伐者所在家庭, 违规人员所在户, 该户所在房族):
    # 其所在户 alone may be his own household (an adult's own, CV605), a named doer's household holds others
    r"(?<=[者员])所在的?(?:家庭|农户|牧户|住户|户|家)|所在的?(?:房族|家族|宗族|自然村|自然屯|生产队|楼栋|单元|院落|片区)(?!"
    + _ROLE_AFTER
    + r")|"
    # a whole building, unit or courtyard (整栋楼停水, 全楼, 整个院落)
    r"整(?:栋|幢|座)楼?|全楼|全栋|全单元|整个(?:楼栋|单元|院落|院子|小组|寨子)"
    # the kin word with 本人 after it names the doer himself (政策外生育的，其父母本人的红利…)
     + r")(?!本人|自身|自己)"
)
# A collective word that is the audience or the place, not who bears the measure: 在全村大会上, 全村通报.
_AUDIENCE_BEFORE = re.compile(r"[在于向对给请为]$")
_AUDIENCE_PLACE = re.compile(r"[村组社队]")
_AUDIENCE_AFTER = re.compile(
    r"(?:村民|户主|群众|党员|代表|成员)?(?:大会|会议|会上|范围|内|公开|通报|广播|张榜|公示|公布|曝光|监督|面前|吃|看(?!病)|人看)|"
    r"(?:到|来|前来)" + _GAP + r"{0,6}?(?:领|接|保)|"  # 由其家人到村部领人: the family fetches him, it is not punished
    r"(?:领回|接回|领走|接走|担保|作保|保出)|"  # 由其家属领回后方可离开 too
    # the group acting on him (其所在小组不再将其列为组员): the one who acts, not who bears
    r"(?:不再|不予|不得|不|应|须|要|可)?(?:将|把)(?:其|他|她)"
)
# A kin word that names the matter of a paper or a record (亲属关系证明, 家庭成员情况): no bearer.
_KIN_AS_MATTER = re.compile(r"关系|情况|信息|状况|构成|人数|名单")
# Deprivations that name the collective inside them (取消其子女入学推荐资格, 停止其全家供水).
_CONTAINS_TARGET_CODES = frozenset({"CV602", "CV604", "CV605", "CV606"})
# 家庭成员中有吸毒人员的，取消该户低保: one member's act, and the household bears the measure.
_MEMBER_ACT = re.compile(
    r"(?:家庭成员|家属|家人|户内|家中|家庭|家里|子女|亲属|一户|同户|户)(?:中|里|内)?(?:有|凡有|如有)|"
    r"(?:有|凡有|如有)(?:家庭成员|家属|家人|子女|儿女|孩子|亲属|户内(?:成员|人员))|"
    # one member picked out of the household (户内任一成员, 家庭成员中任何一人, 牧户成员中有人, 家中某一人)
    r"(?:户|家|家庭)(?:内|中|里)?(?:成员|人员)?(?:中|里|内)?(?:的)?(?:任一|任何一?|某一?|其中一|有一?)(?:名|个|位)?(?:成员|人员|人|口)"
)
# 村民小组内有农户乱砍滥伐的，该小组当年的护林补贴全部取消: one household's act, the group bears it.
# The doer is a part of the group: something happens inside it (组内出现火点, 本组范围内发现有农户…, 某一楼栋出现
# 高空抛物), or its leader fails (小组长未及时报告, 楼栋长不制止): the group is not its own doer.
_GROUP_ACT = re.compile(
    # (inside the group's land: 该组的山林内发生山火, 本组辖区内出现)
    r"(?:村民小组|小组|本组|组|楼栋|楼|单元|片区|网格)(?:的?(?:范围|辖区|区域|地界|责任区|山林|林区|林地|山场|田地|土地))?"
    # something happens there or someone of it acts (组内有一户, 组内农户…), not a duty of the group (组内义务)
    r"(?:内|里|中)(?:(?:发现|出现|发生)(?:有|凡有|如有)?|有|凡有|如有|(?=(?:任何|任一|某)?[^，,。；;]{0,2}?(?:户|人|村民|居民|成员|组员|家庭|住户)))|"
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
_GROUP = re.compile(
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
# A minor has no household of his own, so any household word is another's; an adult child may head
# his own (子女不赡养父母的，取消其家庭低保 is his own household), so only words for others count.
_MEMBER_DOER = re.compile(
    _ITEM_NUMBER
    + r"(?:对于|对|凡是|凡|如果|如有|如|若有|若|有|家中有)?(?:其|本户|该户|本村|村民|哪家|谁家|哪户|哪一户|家中|家里|家庭中|户内)?的?"
    r"(?:(?P<dependent>学生|在校学生|中小学生|孩子|小孩|适龄儿童|儿童|少年|未成年人|未成年子女|孙子女?|家庭成员|家属|家人|亲属|(?:户内|家中|家庭内|本户)(?:成员|人员))|子女|儿子|女儿)"
    r"(?![的们])"
)
_SCHOOL = re.compile(r"学校|逃学|辍学|旷课|上学|在校|学生|课堂|老师")
_HOUSEHOLD = re.compile(
    # (扣除户主当年的集体分红, 停发家长的补贴: the head or the parent answers for the member)
    r"该户|其户|其家庭|该家庭|本家庭|全户|全家|其家|其父母|其家长|其监护人|其配偶|(?:全体|所有|全部)(?:家庭)?成员|"
    # (the household of one named by his role: 船东家庭, 车主的家庭, 当事人家庭)
    r"(?:[\u4e00-\u9fff]?[主东]|当事人|行为人|违者|违规者)的?家庭|"
    # the household he belongs to (其所在牧户, 该成员所在的家庭)
    r"(?:其|该人|该成员|本人)?所在的?(?:牧户|农户|住户|家庭|户)|(?<![对向给为其])(?:户主|家长|监护人)|(?:该生|该学生|该未成年人)的?(?:家庭|家长|父母|监护人)"
)
_OTHERS = re.compile(
    r"该户|全户|全家|其父母|其家长|其监护人|其配偶|(?:全体|所有|全部)(?:家庭)?成员|(?:其|该人|该成员|本人)?所在的?(?:牧户|农户|住户|家庭|户)|(?<![对向给为其])户主(?!资格|身份)|(?<![对为给向])(?:父母|父亲|母亲|其父|其母)(?!的?(?:同意|签字|申请|陪同))"
)
_COLLECTIVE_EXPLICIT = re.compile(
    r"株连|连坐|(?:连带|一并|同样|同等)(?:处罚|受罚|惩罚|处理)|"
    r"(?:全家|全户|全组|全村|家人|家属)(?:一起|一同|一并|共同)?(?:受罚|受处罚|受罚款|担责)|"
    # a rhymed line (一人违规全家担, 一人犯错全户扛): one doer's act, the whole household bearing it
    r"(?<=[违犯错闹赌偷毒规法])(?:全家|全户|全组|一家|家人)(?:都|要|得|一起|一同|共同)?(?:担|扛|承担|负责|陪|受|连)(?=[，,。；;！!？?\s]|$)|"
    # 本组实行连带责任: households answering for each other (not a guardian's or a guarantor's civil liability)
    r"(?:实行|负|承担|负有)连带(?:赔偿)?责任"
)
_CIVIL_JOINT = re.compile(r"监护|担保|保证人|合伙|侵权|共同(?:造成|致害|实施)")
_PUNISH_KEYS = frozenset("株坐罚处惩责担扛陪受连")
# Every collective target or household-member condition contains one of these.
_COLLECTIVE_TARGET_KEYS = frozenset("家户属亲子父配组社队村监兄栋单妻夫伴爱儿媳婿孙姐妹弟哥婆岳院片层邻特屯寨族楼幢座")
_MEASURE_CODES_FOLDED = frozenset({"CV602", "CV605", "CV606"})


def _women_what(target: str) -> str:
    if any(w in target for w in ("入赘", "招赘", "上门", "倒插门", "招婿", "招郎", "男方", "男子")):
        return N_("歧视入赘男方")
    if any(w in target for w in ("离婚", "离异", "丧偶", "再婚", "改嫁", "寡妇")):
        return N_("歧视离婚丧偶妇女")
    if "嫁" in target or "结婚" in target:
        return N_("歧视外嫁女")
    return N_("歧视妇女")


# ---------------------------------------------------------------------------------------------
# Analysis
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    cond_end: int  # end of the condition part; == start when the clause has none


# A sub-clause that is only the label a 红黑榜 or a points table gives wrongdoers (年度黑榜户，…; 失信人员，…):
# the doer named by his label, a condition without 的.
_LABELLED_DOER = re.compile(
    # (评定为失信户 is the label given, not the doer: no verb before the label)
    r"\s*(?:凡|对)?[^，,：:\s为入定评列记成作]{0,4}?(?:黑榜|黑名单|失信|不文明|违约|违规)(?:户|家庭|人员|者|人|农户|住户)\s*"
)


# a household named by its deed, the condition of a clause of its own (失火之家，…; 违约之户，…)
_HOUSE_OF_DEED = re.compile(r"之(?:家|户|人)\s*$")
_LEADING_NUMBER = re.compile(r"(?:\s*第[一二三四五六七八九十百零〇\d]+条\s*)?")


def _clause(text: str, start: int, end: int) -> _Clause:
    body = text[start:end]
    if (
        _CONDITION_CLAUSE.search(body)
        or (
            (
                _ONE_DOER.match(body)
                or _WRONGDOER_TOPIC.match(body)
                or _SENTENCE_SERVED.search(body)
                or _HOUSE_OF_DEED.search(body)
            )
            and _WRONGDOING.search(body)
        )
        or _LABELLED_DOER.fullmatch(body)
    ):
        return _Clause(start, end, end)
    # the article's own number before the opener (第二十三条 对拒绝…的商户): the condition starts after it
    skip = _LEADING_NUMBER.match(body).end()  # type: ignore[union-attr]  # it matches the empty string too
    body = body[skip:]
    m = _CONDITION_OPENER.match(body) or _CONDITION_ZHE.match(body)
    if m is None:
        m = _CONDITION_DE.match(body)  # 不出工的按每个工一百元…: a wrongdoing and its 的, with no comma
        if m and not _WRONGDOING.search(body, 0, m.end()):
            m = None
    if m and _PROHIBITED_TARGET.match(body):
        m = None  # 禁止对焚烧秸秆者罚款: the prohibition governs the whole sub-clause
    if m and _POSSESSIVE_OPENER.match(body):
        m = None  # 对该户的生活用电停止供应: 对 names whose thing the consequence takes, no condition
    return _Clause(start, end, start + skip + m.end() if m else start)


# A rhymed line (三字经式, 顺口溜: 乱砍树，罚五百; 不交费，停其水) writes its condition without 的: in a
# sentence of short lines, a line naming a wrongdoing before another line is the condition of what follows.
_VERSE_LINE = 7  # characters of the longest line of verse (七字句)
_VERSE_SPACE = re.compile(r"\s+")
_VERSE_CIRCUMSTANCE = re.compile(r"\s*(?:遇到|遇上|遇|逢|每逢|如遇|若遇|碰到)")


def _verse_conditions(text: str, clauses: list[_Clause]) -> list[_Clause]:
    if len(clauses) < 2 or any(len(_VERSE_SPACE.sub("", text[c.start : c.end])) > _VERSE_LINE for c in clauses):
        return clauses
    out = [_Clause(c.start, c.end, c.end) if _VERSE_CIRCUMSTANCE.match(text, c.start, c.end) else c for c in clauses]
    # only the opening line, and only in a sentence that writes no condition of its own: later lines are its
    # consequences (超标办酒的，保证金不再退还，…: 不再 there is the measure, not a wrongdoing)
    first = out[0]
    if (
        all(c.cond_end == c.start for c in clauses)
        and _WRONGDOING.search(text, first.start, first.end)
        and not _PROHIBITION.search(text, first.start, first.end)
        and not _CONSEQUENCE.search(text, first.start, first.end)
    ):
        out[0] = _Clause(first.start, first.end, first.end)
    return out


# A question and its answer (问：不交卫生费怎么办？答：停止…; 问：外嫁女的补偿款怎么分？答：按三成发放): the whole
# question up to its 答 is the condition of the answer, like a clause ending in 的.
_ANSWERED = re.compile(r"[？?]\s*(?:答|回答|解答|[AＡ])\s*$")
# 若有超标，…; 如果谁家乱倒垃圾，…; 一旦发现偷电，…: a clause opened by "if" and naming a wrongdoing is a condition
# without its 的, when another clause follows it to hold the consequence.
_IF_OPENER = re.compile(r"\s*(?:如果|如若|若是|若有|如有|假如|假若|倘若|倘|要是|万一|一旦|若)")


def _shaped_conditions(text: str, clauses: list[_Clause]) -> list[_Clause]:
    out = list(clauses)
    for i, c in enumerate(clauses[:-1]):
        if c.cond_end > c.start:
            continue
        if _ANSWERED.search(text, c.start, c.end):
            out[: i + 1] = [_Clause(q.start, q.end, q.end) for q in clauses[: i + 1]]
        elif _IF_OPENER.match(text, c.start, c.end) and _WRONGDOING.search(text, c.start, c.end):
            out[i] = _Clause(c.start, c.end, c.end)
    return out


class _Sentence:
    """One sentence of the article, with its sub-clauses worked out only when a candidate needs them."""

    __slots__ = (
        "text",
        "start",
        "end",
        "chars",
        "carried",
        "member_bearer",
        "list_from",
        "woman_before",
        "sanctioned",
        "topic_from",
        "_clauses",
        "_starts",
        "_penalised",
    )

    def __init__(
        self, text: str, start: int, end: int, chars: frozenset[str] | None = None, carried: bool = False
    ) -> None:
        self.text, self.start, self.end = text, start, end
        # after a semicolon that closes a sentence of penalty (违者罚款…；当年不享受…): the consequence goes on
        self.carried = carried
        # the bearer words of a member's act carried past a semicolon (see _carried_member_finding)
        self.member_bearer: re.Pattern[str] | None = None
        # where the items of a list begin whose header denies them all (下列人员不参与分配：…): see _listed_woman
        self.list_from: int | None = None
        # a woman named in the sentence a semicolon closed (…的妇女，本人可参加分配；其随迁子女不予分配)
        self.woman_before: re.Match[str] | None = None
        # a measure punitive in itself was found (扣下, 罚款): the sentence's condition is a wrongdoing
        self.sanctioned = False
        # where the topic begins that a semicolon closed before this sentence, with no measure of its own
        # (项目：骗取低保；处理：取消其低保资格): its eligibility words are this sentence's (see _eligible_out)
        self.topic_from: int | None = None
        self._penalised: bool | None = None
        self.chars = frozenset(text[start:end]) if chars is None else chars
        self._clauses: list[_Clause] | None = None
        self._starts: list[int] = []

    @property
    def clauses(self) -> list[_Clause]:
        if self._clauses is None:
            out, pos = [], self.start
            for brk in _CLAUSE_BREAK.finditer(self.text, self.start, self.end):
                out.append(_clause(self.text, pos, brk.start()))
                pos = brk.end()
            out.append(_clause(self.text, pos, self.end))
            self._clauses = _shaped_conditions(self.text, _verse_conditions(self.text, out))
            self._starts = [c.start for c in out]
        return self._clauses

    @property
    def penalised(self) -> bool:
        """Whether any part of the sentence stands in penalty context (a wrongdoing, 违者, 否则 …)."""
        if self._penalised is None:
            self._penalised = _in_penalty_context(self, self.end, topic=True)
        return self._penalised

    def clause_at(self, pos: int) -> _Clause:
        clauses = self.clauses
        return clauses[max(bisect_right(self._starts, pos) - 1, 0)]

    def previous(self, clause: _Clause) -> _Clause | None:
        i = self.clauses.index(clause)
        return self.clauses[i - 1] if i else None


_PREPOSITIONS = frozenset("对向给将把为")


def _scope_start(text: str, clause: _Clause, pos: int) -> int:
    """Where the action at pos begins to be governed: after the condition and after 违者/否则."""
    scope = clause.start
    if clause.cond_end <= pos:
        scope = clause.cond_end
    for marker in _CONSEQUENCE_RESET.finditer(text, scope, pos):
        if marker.start() > 0 and text[marker.start() - 1] in _PREPOSITIONS:
            continue  # 不得对违规者罚款: 违规者 is whom the measure aims at, not the start of a consequence
        scope = marker.end()
    return scope


# 不予罚款, 不作罚款处理, 一律不处罚款: a bare negator right before the measure (不予办理 is itself a denial,
# matched from its 不予, so nothing stands before it)
_NEGATOR_BEFORE = ("不", "不予", "不作", "不处")


def _prohibited(text: str, scope: int, pos: int, evidence: str) -> bool:
    if any(pos - len(n) >= scope and text.startswith(n, pos - len(n)) for n in _NEGATOR_BEFORE):
        return True
    last = None
    for found in _PROHIBITION.finditer(text, scope, pos):
        last = found
    if last is None:
        return False
    # 禁止焚烧秸秆罚款200元: what is forbidden is the act between the prohibition and a fixed sanction,
    # which then applies; 严禁擅自罚款200元 and 禁止对村民罚款200元 forbid the fine itself.
    return not (
        last.group() in _FORBIDS_ACTS
        and _AMOUNT_UNIT.search(evidence)
        and _FORBIDDEN_ACT.fullmatch(text, last.end(), pos)
    )


def _prohibition_carried(sent: _Sentence, clause: _Clause) -> bool:
    """不得以妇女出嫁为由，收回其承包地: a prohibition whose 为由 ends the previous clause governs this one."""
    prev = sent.previous(clause)
    return prev is not None and bool(_PROHIBITION_BY_PRETEXT.search(sent.text, prev.start, prev.end))


def _in_penalty_context(sent: _Sentence, pos: int, topic: bool = False) -> bool:
    """A condition of wrongdoing or a consequence marker before pos; with topic, also a thing described
    by its wrongdoing (散放的牛羊由村委会牵走), which only matters for taking or redeeming that thing; or a
    consequence carried on past a semicolon, up to a condition of the sentence's own."""
    text = sent.text
    if sent.carried and not any(
        c.start < c.cond_end <= pos
        and not _refers_back(text, c, sent.start)
        and not _REFERENCE.search(text, c.start, c.cond_end)
        for c in sent.clauses
        if c.start < pos
    ):
        return True
    if _CONSEQUENCE.search(text, sent.start, pos) or (topic and _WRONG_TOPIC.match(text, sent.start, pos)):
        return True
    if topic and _ALREADY_DONE.match(text, sent.start) and _BAN.search(text, 0, sent.start):
        return True  # 严禁采砂。已经采挖的砂石，归村集体所有: the thing of the banned act
    if sent.sanctioned and any(c.start < c.cond_end <= pos for c in sent.clauses if c.start < pos):
        return True  # 采挖药材的，工具一律扣下，将其带回村部: what the charter punishes is a wrongdoing
    if _DOING_WITHOUT_DE.search(text, sent.start, pos):
        return True
    return any(
        c.start < c.cond_end <= pos
        and (_WRONGDOING.search(text, c.start, c.cond_end) or _listed_wrongdoing(text, c) or _done_despite_ban(text, c))
        for c in sent.clauses
        if c.start < pos
    )


# 严禁占用耕地建厂房。已经建成的，由村委会组织拆除: a condition of what is already done, after a ban in the
# article, is the banned act done
_ALREADY_DONE = re.compile(
    r"\s*(?:对于?|凡|如|若)?(?:已经|已(?!经))(?!满|到|达|年满|经批准|批准|办理|登记|取得|缴纳|交纳|落户|入户|迁|出嫁|嫁|结婚|离婚|入赘|享受|领取|参加)"
)
_BAN = re.compile(r"严禁|禁止|不得|不准|不许")


def _done_despite_ban(text: str, c: _Clause) -> bool:
    return bool(_ALREADY_DONE.match(text, c.start)) and bool(_BAN.search(text, 0, c.start))


# 有下列情形之一的农户，停止供水：⑴拒交水费；⑵私接水管: a list header's condition is the wrongdoings its items
# name, when every item names one and none is eligibility (…：⑴户口迁出；⑵死亡) or a circumstance (管网检修)
_LISTED_HEADER = re.compile(r"下列|以下|如下")
_LISTED_ITEMS = re.compile(r"[：:]([^。!！?？]{1,300})")
_ITEM_BREAK = re.compile(r"[；;\n]")


def _listed_wrongdoing(text: str, c: _Clause) -> bool:
    if not _LISTED_HEADER.search(text, c.start, c.cond_end):
        return False
    listed = _LISTED_ITEMS.search(text, c.cond_end)
    if listed is None:
        return False
    items = [item for item in _ITEM_BREAK.split(listed.group(1)) if item.strip()]
    return bool(items) and all(_WRONGDOING.search(item) and not _ELIGIBILITY.search(item) for item in items)


# A condition naming those the carried sentence dealt with (上述人员, 此类农户): the same wrongdoer.
_REFERENCE = re.compile(r"上述|前述|以上|前款|前条|该类|此类|这类|这些|该等")
# What a condition says of its doer, without the 的 and the person it closes with (登记在册的人员 -> 登记在册).
_CONDITION_CORE = re.compile(r"(?:的|者)(?:" + _GAP + r"{0,3})?\s*$")


def _refers_back(text: str, clause: _Clause, before: int) -> bool:
    """A condition that repeats what the carried sentence did to the wrongdoer (…的，登记在册；登记在册的人员，…)
    names the same wrongdoer, so the consequence goes on past it."""
    core = _CONDITION_CORE.sub("", text[clause.start : clause.cond_end]).strip()
    if len(core) >= 2 and text.find(core[-4:], 0, before) >= 0:
        return True
    # 已饲养的, 挖了的: the act done, named by its verb (任何人不得私挖河沙。挖了的，…)
    done = _DONE_BEFORE.sub("", core + "的")
    return done != core and 0 < len(done) <= 4 and text.find(done[0], 0, before) >= 0


def _wide_gap_barred(gap: str, object_first: bool) -> bool:
    # 补办手续后也不予退还: a noun closed by 后 names a time, not what is withheld
    return bool(
        _WIDE_GAP_BARRED.search(gap)
        or (object_first and (_WIDE_GAP_AFTER_OBJECT_BARRED.search(gap) or gap.startswith(("后", "之后", "以后"))))
    )


# What ends an object phrase as a procedure about the object (林权流转备案, 宅基地审批手续): head last.
_PROCEDURE_HEAD = re.compile(r"[^，,。；;：:！!？?\s、和及]{0,6}?(?:备案|登记|手续|审批|审核|证明|证书|材料|业务)")


def _wide_reading_barred(sent: _Sentence, pat: _Pattern, m: re.Match[str], gap: str | None) -> bool:
    """The sub-clause reading's own limits: what stands between, and (for property) the head the phrase
    ends in: 不予办理林权流转备案 ends in a procedure (CV605), the land being only its topic."""
    if gap and _wide_gap_barred(gap, pat.object_first):
        return True
    if not pat.object_first and _ASSOCIATION_HEAD.search(m.group()):
        return True  # 取消其会员资格: the gap (其会员) and the head (资格) together name an association's membership
    return pat.code == "CV602" and not pat.object_first and bool(_PROCEDURE_HEAD.match(sent.text, m.end(), sent.end))


_ANIMAL = r"(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|[牛马羊猪鸡鸭鹅狗犬驴骡])"
# an animal driven or led before it is shut in (由护林队赶走关押, 牵回村部圈起来): only beasts are driven so
_DRIVEN_BEFORE = re.compile(r"(?:赶|牵|吆)(?:走|回|到|至|进|去)?" + _GAP + r"{0,8}$")
# an article whose doer is an animal (猪、牛、羊进入水源林的…关押; 散放的鸭子…): what is held is the animal
_BEAST_LEADS = re.compile(_ITEM_NUMBER + r"(?:放养|散放|散养|敞放|乱放)?的?" + _ANIMAL)


def _beast_held(sent: _Sentence, clause: _Clause, pos: int) -> bool:
    text = sent.text
    if _BEAST_OR_THING_HELD.search(text, sent.start, min(pos + 1, sent.end)):
        return True  # 将羊关在村部: the verb may be the holding itself
    if _DRIVEN_BEFORE.search(text, clause.start, pos):
        return True
    return bool(_BEAST_LEADS.match(text, sent.start)) and not _PERSON_WORD.search(text, sent.start, pos)


def _candidate_ok(sent: _Sentence, pat: _Pattern, m: re.Match[str]) -> bool:
    """Whether a pattern's match is a measure the sentence imposes (the checks of the module docstring)."""
    text = sent.text
    pos = m.start()
    clause = sent.clause_at(pos)
    if pos < clause.cond_end:  # written inside a condition: described, not imposed
        return False
    if pat.code == "CV603" and _beast_held(sent, clause, pos):
        return False  # 将牲畜牵到村委会关起来: an animal or a thing shut in is no person's liberty
    scope = _scope_start(text, clause, pos)
    evidence = m.group()
    if _not_the_village_s(sent, pat, clause, scope, pos, evidence):
        return False
    gap = m.groupdict().get("gap")
    if gap and _POINTS.search(gap):  # 扣减积分…分红: the points scheme, not the dividend
        return False
    if pat.wide and _wide_reading_barred(sent, pat, m, gap):
        return False
    if pat.object_first and gap and (_GAP_NEGATION.search(gap) or (pat.code == "CV602" and _APPLICATION.match(gap))):
        return False  # 承包地不得收回 protects; 宅基地申请暂缓审核 withholds a procedure (CV605), not the land
    end = m.end()
    if (
        _exempt_by_kind(sent, pat, clause, scope, pos, end, evidence)
        or _exempt_by_money(sent, pat, pos, end, evidence)
        or _return_misread(pat, text, end, evidence)
        or (pat.contract_money and bool(_CONTRACT_BREACH.search(text, 0, pos)))
        or _another_class(sent, pat, clause, (pos, end), evidence, gap or "")
    ):
        return False
    if _repealed(text, pos, end, sent.end) or _EXCEPTED_AFTER.match(text, end, sent.end):
        # 原有的罚款、没收等规定一律废止: the measures named as what is repealed; 取消其分红以外的全部福利: what
        # is excepted is not taken, the head after 以外 is
        return False
    if pat.payment and _DEDUCTED_AFTER.match(text, end, min(end + 24, sent.end)):
        return False  # 按每个工日一百元折算，从其当年土地流转收益中扣除: the withholding is the finding
    if (
        pat.payment
        and not pat.redemption
        and not _SURCHARGE.search(evidence)
        and not _PER_OFFENCE.search(text, scope, end)
        and _payment_exempt(sent, pos, end, evidence, gap)
    ):
        return False
    if pat.contract and _CONTRACT.search(text, sent.start, sent.end):
        return False
    if (
        pat.display
        and (not evidence.endswith("曝光") or "榜" in evidence)
        and _POSITIVE.search(text, sent.start, sent.end)
    ):
        return False  # names published to honour, not to shame
    if pat.display and _ANONYMISED.search(text, sent.start, sent.end):
        return False  # 只曝光现象，照片遮挡人脸、不公布姓名: conduct shown without the person
    # 罚款事，不能搞: the next line forbids the measure
    return not _forbidden_after(sent, clause, end) and _imposed(sent, pat, scope, pos, end, evidence)


# A rhymed line names the measure as its topic and forbids it in the next (罚款事，不能搞; 停水断电，要不得):
# the prohibition comes after what it forbids.
_TOPIC_TAIL = re.compile(r"(?:的|之|这种|这类|这样的)?(?:事|事情|做法|办法|规矩)?\s*")
_FORBIDDEN_AFTER = re.compile(
    r"\s*(?:坚决|绝对|一律|决|绝|千万|切)?(?:不能|不许|不准|不得|不要|不可|不该|不应|莫|别|勿|严禁|禁止|杜绝)"
    r"(?:再|乱)?(?:搞|做|干|行|来|提|办|开)?\s*|\s*(?:要不得|使不得|不可取|不允许|不提倡|行不通)\s*"
)


def _forbidden_after(sent: _Sentence, clause: _Clause, end: int) -> bool:
    if not _TOPIC_TAIL.fullmatch(sent.text, end, clause.end):
        return False
    clauses = sent.clauses
    at = clauses.index(clause)
    if at + 1 == len(clauses):
        return False
    after = clauses[at + 1]
    return _FORBIDDEN_AFTER.fullmatch(sent.text, after.start, after.end) is not None


# 由村委会报请派出所将其户口迁出本村: no organ may move a member out for his conduct, so the village that asks
# for it imposes the expulsion itself (like 报请注销其户口)
_VILLAGE_ASKS = re.compile(r"报请|提请|申请|请求|要求")


# A supplier's own remedy for its own bill under its supply contract (按合同约定…中止供水): not the village's cut.
_SUPPLY_CONTRACT = re.compile(r"(?:按|依|按照|依照|根据|依据)" + _GAP + r"{0,10}?(?:合同|协议|约定)")
_SUPPLY_BILL = re.compile(r"水费|电费|气费|取暖费|供暖费|采暖费|热费|网费|宽带费|收视费")
# The service refused is buying the supply itself (暂停为其办理预付费水卡的充值): the supply is cut (CV604).
_SUPPLY_BOUGHT = re.compile(
    r"(?:水|电|气)卡|充值|购水|购电|购气|(?:用|供)(?:水|电|气)|暖气|供暖|采暖|供热|开栓|报装|搭接"
)
_SERVICE_VERB = re.compile(r"办理|受理|办")
# the statutory procedure before a supplier suspends (催告, 提前通知, 规定程序): with the supply contract named
# earlier in the article (…按照供水合同书面催告；催告期满仍不缴纳的，…中止供水) the cut follows the contract
_SUPPLY_PROCEDURE = re.compile(r"催告|催交|程序")


def _supply_contract_followed(sent: _Sentence, end: int) -> bool:
    text = sent.text
    if _SUPPLY_CONTRACT.search(text, sent.start, end):
        return True
    contract = _SUPPLY_CONTRACT.search(text, 0, sent.start)
    return contract is not None and bool(_SUPPLY_PROCEDURE.search(text, contract.start(), end))


# Where a generic class took the wrong words: an application for the object (宅基地申请暂缓审核: the procedure, CV605), an object inside a time phrase (补办手续后也不予退还).
_PUBLIC = re.compile(_SHOWN_MEDIUM + r"|公开|公布|宣布|张贴|张榜|挂牌|门[前口上]|通报|曝光|示众")
_WELFARE_TOPIC = re.compile(_WELFARE)
_GIVEN_BACK_AFTER = re.compile(r"(?:退还|返还|归还|退回|发还|交还)")
_MEETING_DECIDES = re.compile(r"议?(?:上|中)?(?:评议|讨论|决定|通过|研究|表决|认定|评定|审议|同意)")
_NOT_SHOWN_BEFORE = re.compile(r"(?:不|未|无需|不必|不得|不予|不会|暂不)(?:对外|向外|向社会|予以|在村内?|在网上)?\s*$")


def _shown_publicly(text: str, start: int, end: int) -> bool:
    """A public medium or a verb of showing, not negated (记入档案，不对外公布 shows no one), nor the meeting
    that decides (经村民代表会议评议)."""
    return any(
        not _NOT_SHOWN_BEFORE.search(text, max(start, m.start() - 6), m.start())
        and not _MEETING_DECIDES.match(text, m.end(), end)
        for m in _PUBLIC.finditer(text, start, end)
    )


_APPLICATION_IN_GAP = re.compile(r"申请|申报|报名")
_PROCEDURE_AT_END = re.compile(r"(?:备案|登记|手续|审批|申请|事项|业务|证明)$")
_AFTER_OBJECT = re.compile(r"(?:之|以)?后")


# Whom a benefit is for by age or residence (未满十八周岁的, 不在本村居住的): eligibility, not a wrongdoing.
_NOT_FOR = re.compile(r"未满|不满|年满|周岁|岁以[上下]|不在(?:本|该)?(?:村|组|寨|屯|社区|小区)|不是本|非本")


def _wrongdoer_named_before(sent: _Sentence, pos: int) -> bool:
    """Welfare opened the sentence, and what stands just before the withholding is a wrongdoer closed by 的
    (…人人享有，但积分低于六十分的村民不予发放; …，违反本约的除外)."""
    text = sent.text
    de = text.rfind("的", sent.start, pos)
    if de < 0 or pos - de > 6:
        return False
    brk = max(text.rfind("，", sent.start, de), text.rfind(",", sent.start, de))
    if brk < 0:
        return False  # the welfare stands in a clause of its own before the wrongdoer
    doer = text[brk + 1 : de]
    return bool(_WRONGDOING.search(doer) and not _NOT_FOR.search(doer) and _WELFARE_TOPIC.search(text, sent.start, brk))


def _another_class(
    sent: _Sentence, pat: _Pattern, clause: _Clause, span: tuple[int, int], evidence: str, gap: str
) -> bool:
    """The words belong to another code or to none: what the object phrase really is decides."""
    text, (pos, end) = sent.text, span
    if pat.code == "CV604" and _supply_contract_followed(sent, end) and _SUPPLY_BILL.search(text, 0, pos):
        return True
    if pat.topic_object and not _wrongdoer_named_before(sent, pos):
        return True
    if (
        pat.needs_medium
        and not evidence.startswith(("宣布", "公布"))
        and not _shown_publicly(text, sent.start, sent.end)
    ):
        return True  # 评定为失信户: a rating, not shown
    if pat.code == "CV605" and _GIVEN_BACK_AFTER.match(text, end):
        return True  # 材料不予退还: a thing not given back is property (CV602), not a service
    if (
        pat.code == "CV605"
        and _SERVICE_VERB.search(evidence)
        and _SUPPLY_BOUGHT.search(_object_phrase(text, pos, clause.end))
    ):
        return True
    return pat.generic and (
        (pat.code in ("CV602", "CV606") and bool(_APPLICATION_IN_GAP.search(gap)))
        # the land or status only names the procedure that is the head (不予办理林权流转备案): a service
        # (注销其户籍登记 cancels the status itself: CV606 keeps it)
        or (pat.code == "CV602" and bool(_PROCEDURE_AT_END.search(_object_phrase(text, end - 1, clause.end))))
        or (pat.object_first and bool(_AFTER_OBJECT.match(gap)))
    )


# X以外的Y, X之外的Y: X names what the measure leaves alone, the measure takes Y (取消其分红以外的全部福利待遇)
# (停发其股金分红以外的: the rest of the noun may follow the match)
_EXCEPTED_AFTER = re.compile(r"[^，,。；;：:！!？?\s的]{0,4}?\s*(?:以外|之外|除外)")


def _supplier_for_another_wrong(sent: _Sentence, deferred: re.Match[str], scope: int) -> bool:
    if not _SUPPLIER.fullmatch(deferred.group()):
        return False
    # the village's own water keeper (村供水站, 本寨自来水站) is the village, even for its own bill
    # (docs/clause-codes.md); a supply contract followed is read by _another_class
    if _VILLAGE_OWNED_BEFORE.search(sent.text, max(sent.start, deferred.start() - 4), deferred.start()):
        return True
    return not _OWN_SUPPLY_MATTER.search(sent.text, sent.start, scope)


def _not_the_village_s(sent: _Sentence, pat: _Pattern, clause: _Clause, scope: int, pos: int, evidence: str) -> bool:
    """A measure forbidden (不得罚款), or deferred to the law or to another actor (由公安机关依法处理)."""
    text = sent.text
    if _prohibited(text, scope, pos, evidence) or _prohibition_carried(sent, clause):
        return True
    deferred = _DEFER_ACTOR.search(text, scope, pos)
    if (
        deferred
        and not _VILLAGE_DIRECTS.search(text, scope, pos)
        and not _supplier_for_another_wrong(sent, deferred, scope)
        and not (pat.code == "CV606" and _VILLAGE_ASKS.search(text, scope, pos))
    ):
        return True
    return bool(pat.defer_bare and "元" not in evidence and _DEFER_BARE.search(text[scope:pos]))


def _not_welfare_withheld(sent: _Sentence, clause: _Clause, pos: int, evidence: str) -> bool:
    if _UNTRUE_NOT_CERTIFIED.search(evidence) and _untrue_matter(sent, clause, pos):
        return True  # 对不属实的情况不予出具证明: a paper refused for what is untrue, not a person punished
    # 不再享受本村村民的一切待遇: a member's treatment is membership (CV606), not welfare
    return bool(_MEMBER_TREATMENT.search(evidence))


def _listed_eligibility(text: str, start: int, end: int) -> bool:
    """有下列情形之一的，停止发放高龄补贴：（一）户口迁出本村；…: the eligibility is named in the items after."""
    header = _LISTED_HEADER.search(text, start, end)
    listed = header and _LISTED_ITEMS.search(text, header.end())
    return bool(listed and _ELIGIBILITY.search(listed.group(1)))


# 骗取征地补偿的股东，取消其股东身份: fraud for money ends a claim to that money, never the membership itself
_FRAUD_FOR_MONEY = re.compile(
    r"(?:骗取|冒领|虚报|隐瞒|弄虚作假|虚假)" + _GAP + r"{0,12}?(?:补偿|补助|补贴|款|金|低保|救助|救济|分红|财物|钱)"
)


# 将其户口从本社区集体户中迁出, 把他家户籍自本组迁出: someone moves the registration out (the lookbehinds of
# _ELIGIBILITY cover only the short forms)
_MOVED_BY_VILLAGE = re.compile(r"(?:将|把)" + _GAP + r"{0,16}?(?:户口|户籍)" + _GAP + r"{0,14}$")


def _eligible_out(sent: _Sentence, pat: _Pattern, end: int) -> bool:
    """Eligibility words before the measure's end; for membership (CV606) fraud for money is none."""
    start = sent.start if sent.topic_from is None else sent.topic_from
    for found in _ELIGIBILITY.finditer(sent.text, start, end):
        if found.group() == "迁出" and _MOVED_BY_VILLAGE.search(
            sent.text, sent.clause_at(found.start()).start, found.start()
        ):
            continue  # 将其户口从本村集体迁出: the village moving him out is the measure, not his own move
        if found.group() == "自愿" and _CONSEQUENCE.search(sent.text, sent.start, found.start()):
            continue  # a pledge's 自愿 after a violation (如有违反，本户自愿放弃…) accepts a consequence: no choice
        if pat.code != "CV606" or not _FRAUD_FOR_MONEY.match(sent.text, found.start()):
            return True
    return False


def _exempt_by_kind(
    sent: _Sentence, pat: _Pattern, clause: _Clause, scope: int, pos: int, end: int, evidence: str
) -> bool:
    """The exemptions a pattern's flags ask for (eligibility, residence, a scheme's own benefit …)."""
    text = sent.text
    if pat.eligibility and (
        _eligible_out(sent, pat, end)
        or _listed_eligibility(text, sent.start, end)
        or _own_scheme(text, sent.start, pos, evidence)
    ):
        return True
    if pat.residence and _NOT_RESIDENT.search(text, sent.start, pos):
        return True
    if pat.scheme and _own_scheme(text, sent.start, pos, text[pos : clause.end]):
        return True  # the benefit is named after the action: 不予办理报销手续
    if pat.not_fee and (
        _FEE.search(text, sent.start, min(end + 4, sent.end))
        or not (  # the things may be listed after the verb (收缴其所挖虫草和铁镐、帐篷等工具)
            (_SEIZABLE.search(text, sent.start, clause.end) or _CONTRABAND.search(text, sent.start, clause.end))
            and not _FROM_EVERYONE.match(text, pos + 2)  # 收缴各户的废农药瓶: a collection round, no seizure
            or _in_penalty_context(sent, pos)
        )
    ):
        return True  # 收缴卫生费, 水费由管水员统一收缴, 组长负责收缴: collecting a due
    if pat.needs_property and (not _TAKEABLE.search(text, sent.start, end) or _OWNER_TAKES.search(text, scope, pos)):
        return True  # 乱倒的垃圾由保洁员拉走; 散放的牛羊由畜主牵走
    if pat.self_act and _TOLD_TO.search(text[scope:pos]):
        return True
    if (
        (pat.holds_thing or pat.holds_person)
        and evidence.startswith(("扣留", "扣押"))
        and _holds_person(sent, pos, evidence) != pat.holds_person
    ):
        return True
    if pat.per_offence and not _EACH_TIME.search(text, scope, pos):
        return True
    if pat.holds_thing and _WELFARE_HEAD.search(_object_phrase(text, pos, clause.end)):
        return True  # 暂扣其退耕还林补助资金: a benefit the village pays withheld is welfare (CV605), not property
    if _ADVANCED.search(text, sent.start, pos) and _DEDUCTS.search(evidence):
        return True  # 由村委会代为垫付，并从其年终分红中扣回: the village recovers what it advanced
    if pat.generic and pat.object_first and _HONOUR_BEFORE.search(text, clause.start, pos):
        return True  # 评先评优资格不予申报: an honour
    if pat.code == "CV605" and _not_welfare_withheld(sent, clause, pos, evidence):
        return True
    if pat.nominal and _NOMINAL_FOLLOW.match(text, end):
        return True
    return bool(
        pat.needs_pay_word
        and not _PAY_WORD.search(evidence)
        and not _PAYMENT_BEFORE.search(text, sent.start, pos)
        and not _DUE_MULTIPLIED.search(text, max(sent.start, pos - 5), pos)
    )


_FROM_EVERYONE = re.compile(r"(?:本组|本村|全村|全组)?(?:各户|各家|每户|每家|各农户|农户|村民|住户)")
_RETURNED = re.compile(r"退还|返还|发还|归还|退回")


def _return_misread(pat: _Pattern, text: str, end: int, evidence: str) -> bool:
    if pat.code == "CV602" and _DONE_THEN_REFUNDED.search(evidence):
        return True  # 按期清走的如数退还: what the owner did is the condition of a refund, nothing is taken
    # 拆除后材料不予退还: things kept (CV602), no paper or service
    return pat.code == "CV605" and evidence.startswith(("材料", "设施")) and bool(_RETURNED.match(text, end))


# what a land or lease contract itself governs (合同, 转包, 改变用途, 拖欠租金): contract money kept for it is the
# contract's remedy, clean (docs/clause-codes.md)
# (收回鱼塘…已交承包费不予退还: the contract is ended, and its money goes with it)
_CONTRACT_BREACH = re.compile(
    r"合同|协议|约定|转包|转租|分包|转让|改变用途|改作他用|用途|撂荒|抛荒|闲置|拖欠|欠交|逾期|收回|解除|终止|退租|退包"
)
_MONEY_KEPT_BEFORE = re.compile(r"(?:费|款|租金|租|金|钱)" + _GAP + r"{0,4}$")
_DONE_THEN_REFUNDED = re.compile(r"的(?:全额|全部|如数|无息)?(?:退还|返还|退回)")
_REFUNDED = re.compile(
    r"(?<!不)(?<!不予)(?<!不再)(?<!不得)(?<!不能)(?<!不作)(?:全额|全部|如数|无息)?(?:退还|返还|退回|退付)"
)
# A due named just before its multiple (水费翻三倍, 电费就按两倍): the surcharge is on that due.
_DUE_MULTIPLIED = re.compile(r"(?:费|租金|租)(?:要|就|则|便)?(?:翻|按|涨|涨到|加到|增至|提高到)?$")


# What a payment of the village is called by its head noun (退耕还林补助资金, 耕地地力保护补贴, 低保金): welfare,
# whatever land or scheme it is named after.
_WELFARE_HEAD = re.compile(r"(?:补贴|补助|低保|救助|救济|津贴|慰问|奖补|奖励|养老|抚恤|直补)(?:资金|金|款)?$")
_PHRASE_STOP = re.compile(r"[，,。；;：:！!？?\s、]|并|和|及|或|待|直至|直到|至其")


def _object_phrase(text: str, pos: int, limit: int) -> str:
    """The words from a verb at pos to where its object phrase ends (a break, a conjunction, 待…)."""
    stop = _PHRASE_STOP.search(text, pos + 1, limit)
    return text[pos : stop.start() if stop else limit]


# A certificate refused because what it would attest is untrue (情况不属实的不予出具证明): the village's duty to
# attest truly. Refusing every paper, or for a time (三年内不予出具任何证明), punishes the person.
_UNTRUE = re.compile(r"不属实|不实|失实|不真实|虚假|与事实不符|不符合事实")
_UNTRUE_NOT_CERTIFIED = re.compile(r"证明|盖章|签字|签章|出具|开具")
_WHOLE_OR_TIMED = re.compile(r"任何|一切|各类|各种|所有|年内|月内|[\d一二两三四五六七八九十]+个?(?:年|月)")


def _untrue_matter(sent: _Sentence, clause: _Clause, pos: int) -> bool:
    text = sent.text
    return bool(_UNTRUE.search(text, sent.start, pos)) and not _WHOLE_OR_TIMED.search(text, clause.start, clause.end)


# A list of measures named as rules that are repealed or struck out (罚款、没收等规定一律废止).
_REPEALED = re.compile(
    r"(?:[、和及与]" + _GAP + r"{1,8}?)*等?的?(?:规定|条款|内容|做法|措施|条文|办法)(?:一律|均|全部|一并)?"
    r"(?:废止|废除|删除|取消|作废|停止执行|不再执行|予以废止|予以删除)"
)


def _repealed(text: str, pos: int, end: int, limit: int) -> bool:
    """The measure at pos is named in a list of rules that are repealed, in the same clause."""
    found = _REPEALED.search(text, pos, min(end + 24, limit))
    return found is not None and not _CLAUSE_BREAK.search(text, pos, found.start())


_BY_AGREEMENT = re.compile(r"约定|(?:依照|按照|依据|根据|按|依)(?:承包|租赁)?合同")
_REPAIR = re.compile(r"赔偿|损失|修复|维修|修理|修缮|恢复|复原|重建|补种|补栽|补植|医药|医疗")
_VICTIM_DAMAGES = re.compile(r"赔偿|赔付|损失|赔礼")
_MONEY_NOUN = re.compile(r"费|款|金|钱|元|块|租")
_TAKEN_NAMED_BEFORE = re.compile(r"(?:" + _DEPOSIT_NAMES + "|" + _DOCUMENT + r")" + _GAP + r"{0,6}$")
_DEPOSIT_BEFORE = re.compile(_DEPOSIT_NAMES + _GAP + r"{0,6}$")


def _exempt_by_money(sent: _Sentence, pat: _Pattern, pos: int, end: int, evidence: str) -> bool:
    """What a seizure or a payment takes decides its code (money: CV601 and CV602).

    A deposit taken is a fine paid in advance (CV601, its own patterns) and a document held withholds a
    certificate (CV605), so neither is a seizure of property; a fee to get a held thing back is a fine
    whatever it is called, unless it is the victim's damages (待赔偿损失后归还: the holding alone) or the
    arrears the condition is about (未交清各项费用的…交清后退还: a bare 交清 names no new sum)."""
    text = sent.text
    if pat.classified_thing and (
        _DEPOSIT.search(evidence)
        or _HOLDS_DOCUMENT.search(evidence)
        or _TAKEN_NAMED_BEFORE.search(text, max(sent.start, pos - 12), pos)  # 保证金全额没收
    ):
        return True
    if (
        pat.code == "CV602"
        and not pat.classified_thing
        and _DEPOSIT_BEFORE.search(text, max(sent.start, pos - 12), pos)
    ):
        return True  # 保证金收归村集体: a deposit kept is money (CV601), not a thing put in public hands
    if pat.code == "CV602" and evidence.endswith(("退还", "返还", "发还", "归还", "退回")):
        if evidence.startswith(("不", "概", "一律")) and _MONEY_KEPT_BEFORE.search(text, max(sent.start, pos - 8), pos):
            return True  # 已交的承包费不予退还: money kept is CV601 (or the contract's remedy), not a thing
        deposits = [d.end() for d in _DEPOSIT.finditer(text, sent.start, pos)]
        if deposits and not _TAKEABLE.search(text, deposits[-1], pos):
            return True  # 交纳保证金一千元…逾期的不予退还: the deposit is what is kept (CV601)
    if pat.treat and _REPAIR.search(text, pos, min(end + 6, sent.end)):
        return True  # 由其出资修复, 出资购买树苗补种: the cost of his harm
    if pat.by_agreement and _BY_AGREEMENT.search(text, sent.start, sent.end):
        return True
    if pat.deposit_named and not _DEPOSIT.search(text, 0, end):
        return True  # 从中扣除 with no deposit named: from what, is not said
    if pat.deposit and _deposit_settles_a_cost(sent, pos, end):
        return True
    if pat.redemption:
        if _VICTIM_DAMAGES.search(text, max(sent.start, pos - 4), end):
            return True
        if _DUE.search(evidence) and _about_the_due(sent, pos):
            return True  # 偷电的…交清电费后返还: the arrears the condition is about settle a debt; the holding stays
        if _MONEY_NOUN.search(evidence, 1):
            return False
        # nothing named is paid: a bare 交 is no payment (交通安全学习后发还), a bare 交清 the arrears
        return len(evidence) < 2 or evidence[1] not in "纳付清足" or _about_the_due(sent, pos)
    return False


def _deposit_settles_a_cost(sent: _Sentence, pos: int, end: int) -> bool:
    """A deposit drawn on for a civil cost or a due, named after the drawing or before it in its clause
    (从押金中扣除修理费用, 按实际维修费用从押金中扣除, 押金抵扣所欠租金): the cost is settled, no fine. Drawn
    on by the seriousness of a wrongdoing (视情节从中扣减), it is a fine even when the rest is refunded."""
    text = sent.text
    after = min(end + 8, sent.end)
    if _CIVIL.search(text, end, after) or _DUE.search(text, end, after):
        return True
    clause = sent.clause_at(pos)
    return bool(_CIVIL.search(text, max(clause.start, clause.cond_end), pos))


def _payment_exempt(sent: _Sentence, pos: int, end: int, evidence: str, gap: str | None) -> bool:
    """A payment that is not a fine: a civil cost, an ordinary due, or a withholding reported as such."""
    text = sent.text
    if pos > sent.start and text[pos - 1] == "罚":
        return False  # 罚交水费五百元: a payment called a fine is one, whatever due it is counted in
    following = _FOLLOWING_OBJECT.match(text, end, sent.end)
    assert following is not None  # {0,6}: always matches
    named = (gap or "") + following.group()
    if _CIVIL.search(named) and not _DEPOSIT.search(named):
        return True  # the payment is named as the cost of harm: 承担修复费用200元
    if _DEPOSIT.search(named) and _REFUNDED.search(text, end):
        return True  # 交纳押金五百元，活动后清洁干净的全额退还: a deposit given back is no fine (keeping it is)
    # 补交租金: arrears of a due settle a debt, whatever the condition
    arrears = evidence.startswith(("补交", "补缴")) or (pos > sent.start and text[pos - 1] == "补")
    if _WRONG_IN_FEE.search(named) and not arrears:
        return False  # 收取违规用电费300元: a fee named by the wrongdoing is charged for it, a fine by name
    if _DUE.search(named) and (arrears or _about_the_due(sent, pos) or not _in_penalty_context(sent, pos)):
        return True  # an ordinary due, owed anyway or for the matter itself: 补交水费, 交纳卫生保洁费60元
    # 扣减其当年分红500元: reported as the withholding (CV602/CV605), not again as a fine
    # (在其户年终分红中扣除五百元: the holding may also be named just before the action)
    return evidence.startswith("扣") and bool(
        (gap and _TAKEN_FROM_HOLDINGS.search(gap)) or _HELD_BEFORE.search(text, max(sent.start, pos - 16), pos)
    )


# A fee named by its wrongdoing (违规用电费, 违章占道费, 违约用水费): no due is owed for a wrong.
_WRONG_IN_FEE = re.compile(r"(?:违规|违章|违约|违法|违纪|超标|超量)[^，,。；;！!？?\s]{0,4}?费")


def _about_the_due(sent: _Sentence, pos: int) -> bool:
    """The condition before pos is about paying or using the due itself (不交卫生费的, 偷水者): the payment
    settles it. Only the conditions count: 除承担医药费外，每次另交治安管理费300元 names a fee in the
    consequence, and the wrongdoing (犬只伤人) has nothing to do with it. Without a condition the whole
    text before the payment is read, as a clause of its own may state the failure (拖欠水费三个月，…)."""
    text = sent.text
    conditions = [c for c in sent.clauses if c.start < c.cond_end and c.start < pos]
    if not conditions:
        return bool(_DUE_MATTER.search(text, sent.start, pos))
    return any(_DUE_MATTER.search(text, c.start, min(c.cond_end, pos)) for c in conditions)


def _imposed(sent: _Sentence, pat: _Pattern, scope: int, pos: int, end: int, evidence: str) -> bool:
    """Past the exemptions: whether the measure is imposed as a penalty (or is one in itself)."""
    if pat.inherent:
        return True
    if pat.contract and "元" in evidence:
        return True
    if pat.code == "CV602" and _UNCOMPENSATED.search(sent.text, end, sent.end) and not _HER_CHOICE.search(sent.text):
        return True  # 房屋一并归组里所有，不作任何补偿: taken without compensation is no purchase and no lawful taking
    if pat.deposit and not pat.payment and _under_a_condition(sent, pos):
        return True  # 宴席超过十五桌的，押金不再退还: a deposit kept on any condition is a fine paid in advance
    if pat.penalty_only and pat.code == "CV602" and _bought_back(sent, pos, end):
        return True  # 拖移至存放点，车主交纳保管费后领回: a thing the owner must buy back was seized
    if pat.penalty_only:  # a thing described by its wrongdoing (乱放的鸭子…认错后放回) was taken for it
        return _in_penalty_context(sent, pos, topic=pat.needs_property)
    if pat.redemption and _TAKEN_BEFORE.search(sent.text, _full_stop_before(sent), pos):
        return True
    if pat.payment and _SHORTFALL.search(sent.text, max(sent.start, pos - 16), pos):
        return True  # 每少出一个工折款, 每超过一天缴纳占用费: a sum per unit of a failure is a fine  # 护林员将羊圈起，畜主交清看管费后领回: the thing was taken first, the fee buys it back
    if pat.pronoun:
        text = sent.text
        bearer = _SANCTIONED.search(text, max(scope, pos - 3), end)
        if bearer and (bearer.group() in _WHOM_WORDS or _WRONGDOING.search(text, sent.start, pos)):
            return True  # 停止其供水; 一户不交，全组停水 (but 每年全村停电检修一次 is maintenance)
    # a supply refused to a building or works described by its wrongdoing (未经批准新建的房屋，不予接通自来水)
    return _in_penalty_context(sent, pos, topic=pat.needs_property or pat.payment or pat.code == "CV604")


# The village taking or moving a member's thing away before a fee gets it back (牵走, 圈起, 拖移至, 移至存放点).
# Also a thing or person kept by the village before the fee (赶回村委会大院看管, 先关在村部, 将其看管在活动室), but
# not kept for the owner as a service (代为看管, 帮其保管).
_TAKEN_BEFORE = re.compile(
    r"圈扣|圈起|圈住|拖移|拖走|牵走|拉走|赶走|扣下|暂扣|扣押|扣留|(?:拖|移|挪|搬|赶|牵|拉|运|抬|扛|带)(?:至|到|回|进)"
    + _GAP
    + r"{0,8}?"
    r"(?:存放点|存放处|停放点|停车场|指定|村委会?|村部|大院|院内|院里|场地|仓库|公房)|"
    r"(?<!代为)(?<![代帮替])(?:看管|看护|关押|圈养|关在|关进|锁在|扣在|圈在)"
)


_BOUGHT_BACK = re.compile(
    r"(?:交|缴|付)[^，,。；;！!？?]{0,12}?费[^，,。；;！!？?]{0,8}?后(?:方可|方能|才能|才可|再|可)?"
    r"(?:领回|取回|领走|赎回|牵回|拉回|开回|开走|归还|发还|返还|放还|放回|交还|放行|解锁)"
)


# a sum per unit of a shortfall or an overrun of time (每少出一个工, 每缺一次, 每超过一天, 逾期每月): the unit is the
# failure; an overrun of quantity (每多用一吨水) is a price ladder, not a failure
_SHORTFALL = re.compile(
    r"每(?:少|缺|欠)|每(?:超过?|超出|逾期|延期|拖延|迟|晚)[\d一两二三四五六七八九十]*个?(?:天|日|月|小时)|"
    r"(?:逾期|超期|延期)每[\d一两二三四五六七八九十]*个?(?:天|日|月)"
)


def _full_stop_before(sent: _Sentence) -> int:
    """Where the full sentence begins (先关在大队部…；每领一次交联防费: the holding may stand before a semicolon)."""
    return max(sent.text.rfind(stop, 0, sent.start) for stop in "。！!？?\n") + 1


def _bought_back(sent: _Sentence, pos: int, end: int) -> bool:
    """The thing is bought back after the measure (扣下…交费后领回), or the measure is the giving back after a
    fee and the village took the thing first (移至存放点，交清存放费后方可取回): either way it was seized."""
    text = sent.text
    if _BOUGHT_BACK.search(text, end, sent.end):
        return True
    fee = _BOUGHT_BACK.search(text, max(sent.start, pos - 24), end)
    return fee is not None and bool(_TAKEN_BEFORE.search(text, sent.start, fee.start()))


_UNCOMPENSATED = re.compile(r"不(?:作|予|给|再)?(?:任何)?(?:经济)?(?:补偿|赔偿)|无偿(?:收回|收归|归)")


def _under_a_condition(sent: _Sentence, pos: int) -> bool:
    return sent.carried or any(c.start < c.cond_end <= pos for c in sent.clauses if c.start < pos)


def _governed_by_another(sent: _Sentence, target_clause: _Clause, after: int, before: int) -> bool:
    """A 违者/否则 or a new wrongdoing condition between a target and a measure: the measure is someone else's.

    A further circumstance of the target's own case (女儿出嫁后，父母去世的，…) does not change the subject.
    """
    text = sent.text
    if _CONSEQUENCE_RESET.search(text, after, before):
        return True
    return any(
        target_clause.start < c.start <= before
        and c.start >= after  # 女性，婚后户籍未迁出的: a clause the target reaches into is her own case
        and c.cond_end > c.start
        and _WRONGDOING.search(text, c.start, c.cond_end)
        for c in sent.clauses
    )


def _women_finding(sent: _Sentence) -> Measure | None:
    text = sent.text
    before = sent.woman_before
    if before is not None and _HER_PRONOUN.match(text, sent.start) and not _already_elsewhere(sent):
        # (the target's own clause lies before the sentence: every clause here may hold a new condition)
        carried = _woman_denied(sent, before, _Clause(before.start(), before.end(), before.start()), sent.start)
        if carried is not None:
            return carried
    if _WOMEN_KEYS.isdisjoint(sent.chars) or _already_elsewhere(sent):
        return None
    for target in _women_targets(sent):
        found = _woman_denied(sent, target, sent.clause_at(target.start()), target.end())
        if found is not None:
            return found
    return None


# A denial named as a ground the charter rules out (不作为取消成员身份的条件, 不构成收回承包地的理由).
_NOT_A_GROUND = re.compile(r"不(?:能|得|应|再)?(?:作为|成为|构成|视为|当作)|并非|不是")
_GROUND_AFTER = re.compile(_GAP + r"{0,8}?的?(?:条件|理由|依据|前提|根据|原因)")


# The sentence after a semicolon goes on about her (其随迁子女…, 她的…), or answers the question that named her
# (答：按三成发放): the woman named before is its subject.
_HER_PRONOUN = re.compile(r"\s*(?:(?:答|回答|解答)\s*[:：]|其(?!他|余|它|中|次|实|后)|她|随迁|随母|所生|所带)")


def _women_targets(sent: _Sentence) -> Iterator[re.Match[str]]:
    """The women's-status targets of a sentence that no prohibition governs (不得以妇女出嫁为由…)."""
    text = sent.text
    for target in _WOMEN_TARGET.finditer(text, sent.start, sent.end):
        if not _PROHIBITION.search(text, sent.clause_at(target.start()).start, target.start()):
            yield target


def _woman_denied(sent: _Sentence, target: re.Match[str], clause: _Clause, after: int) -> Measure | None:
    """The first denial after `after` that falls on the target (a woman's status), as a CV607 finding."""
    text = sent.text
    for denial in _DENIAL.finditer(text, after, sent.end):
        d_clause = sent.clause_at(denial.start())
        if denial.start() < d_clause.cond_end and d_clause.end < sent.end:
            # inside a condition (在新居住地没有取得承包地的…): it describes, it does not deny; the last
            # clause has no consequence after it, so its 的 ends a noun (…调剂给新迁入的农户)
            continue
        if _governed_by_another(sent, clause, after, denial.start()):
            break  # 外嫁女享有同等权利，违者取消其低保: the denial falls on someone else
        scope = _scope_start(text, d_clause, denial.start())
        if scope > denial.start() or scope < after:
            scope = max(d_clause.start, after)
        if _PROHIBITION.search(text, scope, denial.start()) or text[denial.start() - 1] in "不未无非":
            continue  # 不得收回其原承包地, 不丧失成员身份: the law's protection, not a denial
        if _NOT_A_GROUND.search(text, scope, denial.start()) and _GROUND_AFTER.match(text, denial.end()):
            continue  # 户口是否迁出不作为取消成员身份的条件: the charter rules the ground out
        end = _denial_end(sent, denial)
        if _HER_CHOICE.search(text, target.end(), end) or _MAY_BEFORE.search(text, scope, denial.start()):
            continue  # 出嫁女自愿退股的, 土地可以交回集体: her own choice, not a loss the charter decides
        return Measure("CV607", target.start(), end, text[target.start() : end], _women_what(target.group()))
    return None


# 问：出嫁女能分地吗？答：不能。 A question whether a woman may have a right, answered with a bare no: the answer
# denies what the question names.
_ASKED_MAY = re.compile(
    r"(?:能不能|可不可以|能否|可否|能|可以|可)(?:继续)?" + _ENTITLEMENT + _GAP + r"{0,12}?[吗嘛么呢]?\s*[？?]\s*"
    r"(?:答|回答|解答|[AＡ])\s*[：:]\s*(?:不能|不可以|不行|不可|不得|不予|不|没有)(?=[，,。；;！!？?\s]|$)"
)


def _answered_no(sent: _Sentence) -> Measure | None:
    text = sent.text
    for target in _WOMEN_TARGET.finditer(text, sent.start, sent.end):
        asked = _ASKED_MAY.search(text, target.end(), sent.end)
        if asked is not None and "。" not in text[target.end() : asked.start()]:
            return Measure(
                "CV607", target.start(), asked.end(), text[target.start() : asked.end()], _women_what(target.group())
            )
    return None


# A list whose header denies every item (下列人员不参与本次分配：(1)…；(3)离婚后…的妇女；…): the header's denial
# falls on each item up to the end of the list (the first 。).
_LIST_HEADER = re.compile(r"(?:下列|以下|下述|如下)[^，,。；;：:!！?？]{0,24}?[:：]")


def _denying_list(text: str) -> tuple[int, int] | None:
    """(where the items begin, where the list ends) when a list header in the text denies its items."""
    if "下" not in text and "如" not in text:
        return None
    for header in _LIST_HEADER.finditer(text):
        denial = _DENIAL.search(text, header.start(), header.end())
        if denial is None or _PROHIBITION.search(text, header.start(), denial.start()):
            continue  # 下列人员享受分配：, 下列情形不得收回：
        if text[denial.start() - 1] in "不未无非":
            continue
        stop = text.find("。", header.end())
        return header.end(), stop if stop >= 0 else len(text)
    return None


def _listed_woman(sent: _Sentence) -> Measure | None:
    """An item of a denying list naming a woman's marriage status (离婚后户口仍留在本组、未再婚的妇女)."""
    text = sent.text
    if _WOMEN_KEYS.isdisjoint(sent.chars) or _already_elsewhere(sent) or sent.list_from is None:
        return None
    for target in _WOMEN_TARGET.finditer(text, sent.list_from, sent.end):
        clause = sent.clause_at(target.start())
        if _PROHIBITION.search(text, clause.start, target.start()) or _HER_CHOICE.search(text, target.end(), sent.end):
            continue
        stop = _SEMICOLON.search(text, target.end(), sent.end)
        end = stop.start() if stop else sent.end
        return Measure("CV607", target.start(), end, text[target.start() : end], _women_what(target.group()))
    return None


def _already_elsewhere(sent: _Sentence) -> bool:
    """The law's own rule against a double share: she has already obtained the right elsewhere."""
    text = sent.text
    for found in _ALREADY_ELSEWHERE.finditer(text, sent.start, sent.end):
        if "在" not in found.group() and text.startswith("的", found.end()):
            continue  # 已分得的份额一并调出: what she holds here, taken with the rest; no right elsewhere
        if not _REGARDLESS.search(text, sent.clause_at(found.start()).start, found.start()):
            return True
    return False


def _denial_end(sent: _Sentence, denial: re.Match[str]) -> int:
    """Where the quoted denial ends: a share limited to the ration land (只享有口粮田) reaches on to the
    right it withholds when the sentence names one (…，不享有责任田)."""
    if denial.group("ration") is None:
        return denial.end()
    for later in _DENIAL.finditer(sent.text, denial.end(), sent.end):
        if later.group("ration") is None and not _PROHIBITION.search(
            sent.text, sent.clause_at(later.start()).start, later.start()
        ):
            return later.end()
    return denial.end()


def _collective_finding(sent: _Sentence, measures: list[Measure], women: Measure | None) -> Measure | None:
    if not _UNPLANNED_KEYS.isdisjoint(sent.chars):
        child = _unplanned_child_finding(sent)
        if child is not None:
            return child
    if not _COLLECTIVE_KEYS.isdisjoint(sent.chars) and not _PUNISH_KEYS.isdisjoint(sent.chars):
        explicit = _explicit_collective(sent)
        if explicit is not None:
            return explicit
    if _COLLECTIVE_TARGET_KEYS.isdisjoint(sent.chars):
        return None
    if not measures:  # a household recorded for a member's act, a group's award lost: no other measure needed
        member = None if _RECORD_KEYS.isdisjoint(sent.chars) else _member_finding(sent, measures)
        member = member or (None if _REWARD_KEYS.isdisjoint(sent.chars) else _group_finding(sent, measures))
        member = member or (None if _BARE_LOSS_KEYS.isdisjoint(sent.chars) else _target_finding(sent, measures, women))
        return member or _kin_review_finding(sent)
    member = _member_finding(sent, measures)
    member = member or _parent_finding(sent, measures) or _self_contrast_finding(sent, measures)
    member = member or _parents_debt_finding(sent, measures) or _kin_doer_finding(sent, measures)
    member = member or _landlord_finding(sent, measures)
    if member is None and sent.member_bearer is not None:
        member = _carried_member_finding(sent, measures)
    if member is not None:
        return member
    group = _group_finding(sent, measures)
    if group is not None:
        return group
    return _target_finding(sent, measures, women) or _kin_review_finding(sent)


def _unplanned_child_finding(sent: _Sentence) -> Measure | None:
    """A child born outside the plan denied what a member's child gets (超生的孩子不分口粮田, 超生子女暂不办理入户):
    the child bears its parents' act (CV608), whatever the denial is; 不得歧视超生子女 protects it."""
    text = sent.text
    for target in _UNPLANNED_CHILD_RE.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(target.start())
        if _PROHIBITION.search(text, clause.start, target.start()):
            continue
        denial = _DENIAL.search(text, target.end(), _subject_run_end(sent, clause))
        if denial is not None and not _PROHIBITION.search(text, target.end(), denial.start()):
            end = _denial_end(sent, denial)
            return Measure("CV608", target.start(), end, text[target.start() : end], N_("连带处罚家庭成员"))
    return None


# A wrongdoer's kin marked where the state vets them (其家庭成员参军政审时出具不良记录证明, 在该户其他成员报考公务员时
# 作为政审意见反映): the village's report on one man's act follows his relatives into their own careers.
_REVIEW_OCCASION = re.compile(
    r"参军|入伍|征兵|应征|报考|考录|招录|招考|招聘|录用|公务员|事业单位|入党|入团|提干|升学|政审|背景审查"
)
_ADVERSE_REPORT = re.compile(
    r"(?:出具|开具|提供|反映|报送|通报|作为|签署|填写|注明|告知|记载)" + _GAP + r"{0,12}?"
    r"(?:不良|负面|污点|劣迹|违法|违纪|违约|失信|政审意见|考察意见|不合格|不同意)(?:记录|证明|意见|情况|行为)?|"
    # 一并注明该行为: the wrongdoer's act itself written into the kin's papers
    r"(?:注明|写明|载明|记载|写入|记入)(?:该|其|此|这一?|上述|本人)(?:违法|违约|违规)?(?:行为|情况|事实|劣迹|经历)|"
    r"(?:政审|审查|考察)" + _GAP + r"{0,6}?(?:不予通过|不合格|不通过|一票否决)|"
    # the wrongdoer's record made the vetting's reference, or handed to the vetting body (作为其家庭成员参军政审的
    # 参考, 政审时将该情况提供给政审部门)
    r"(?:政审|审查|考察|考核)(?:时|中)?的?(?:参考|依据|参考依据|重要参考)|"
    # the act written into the vetting's own paper (在政审意见中如实注明, 政审表上写明), or the paper made the
    # reference (…，作为参考)
    r"(?:政审|审查|考察|考核)(?:意见|材料|表|鉴定|证明|评语)?(?:中|里|上|内)" + _GAP + r"{0,6}?"
    r"(?:注明|写明|载明|记载|写入|记入|反映|说明|标注|标明|体现)|"
    r"(?:作为|列为|当作|作)(?:其|他|她)?(?:重要)?(?:参考|依据|参考依据)(?:意见|材料)?(?=[。，,；;]|$)|"
    r"(?:提供|报送|告知|通报|移交|反映|抄送)(?:给|至|到)?"
    + _GAP
    + r"{0,6}?(?:政审|审查|考察|征兵|招录)(?:部门|机关|单位|组织)"
)
_REVIEW_KEYS = frozenset("审军伍兵党录考聘")


def _kin_review_finding(sent: _Sentence) -> Measure | None:
    """A wrongdoer's kin (a collective target outside the condition) vetted with an adverse report."""
    if _REVIEW_KEYS.isdisjoint(sent.chars) or not sent.penalised:
        return None
    text = sent.text
    for target in _COLLECTIVE_TARGET.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(target.start())
        if target.start() < clause.cond_end or _AUDIENCE_AFTER.match(text, target.end()):
            continue  # 家庭成员中有人吸毒的: the doer, not the kin who bear it
        occasion = _REVIEW_OCCASION.search(text, target.end(), min(sent.end, target.end() + 30))
        if occasion is None or _review_forbidden(sent, target.start()):
            continue
        report = _ADVERSE_REPORT.search(text, occasion.end(), sent.end)
        if report and not _PROHIBITION.search(text, sent.clause_at(report.start()).start, report.start()):
            start = target.start()
            return Measure("CV608", start, report.end(), text[start : report.end()], N_("连带处罚家庭成员"))
    return None


def _review_forbidden(sent: _Sentence, pos: int) -> bool:
    """A prohibition before pos that no condition or 违者 closes (不得因本人违法，在其子女参军时出具不良证明)."""
    text = sent.text
    last = None
    for last in _PROHIBITION.finditer(text, sent.start, pos):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return False
    after = last.end()
    closed = any(after <= c.start and c.cond_end > c.start for c in sent.clauses if c.start < pos)
    return not closed and not _CONSEQUENCE_RESET.search(text, after, pos)


def _explicit_collective(sent: _Sentence) -> Measure | None:
    """A collective punishment named as such (株连, 连坐 …) and not prohibited."""
    text = sent.text
    for explicit in _COLLECTIVE_EXPLICIT.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(explicit.start())
        if explicit.group().endswith("责任") and _CIVIL_JOINT.search(text, sent.start, sent.end):
            continue  # 监护人承担连带责任: the civil law's own joint liability
        if explicit.start() > clause.start and text[explicit.start() - 1] in "不勿无":
            continue  # 不株连其父母: the charter rules it out
        if not _PROHIBITION.search(text, clause.start, explicit.start()):
            return Measure("CV608", explicit.start(), explicit.end(), explicit.group(), N_("株连处罚"))
    return None


def _member_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition naming a member's act and a measure the household (or others) bears."""
    text = sent.text
    for clause in sent.clauses:
        bearer = _member_bearer(sent, clause)
        if bearer is None:
            continue
        recorded = _household_recorded(sent, clause, bearer)
        for m in measures:
            if m.start < clause.cond_end:
                continue
            # the household may be named in the measure (取消该户低保) or be the subject of its clause
            # (该户当年不得享受…助学补助) or of the clauses before it (该户所有成员三年内不得…，不得享受…)
            named = bearer.search(m.evidence) or _subject_before(sent, bearer, clause.cond_end, m.start)
            if named:
                start = min(m.start, named.start()) if named.string is text else m.start
                return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚家庭成员"))
        if recorded is not None:
            return recorded
    return None


# 租住本村房屋的外来人员违法的，房东户当年分红减半: the tenant did it, the landlord's household bears it. The
# landlord's own act (房东容留吸毒人员的, 出租户未登记租客的) is his own, under the measure's code.
_TENANT_DOER = re.compile(r"租住|租户|承租人|承租户|房客|租客|租房(?:人员|者|户)|暂住人员")
_LANDLORD = re.compile(r"房东|出租户|出租人|出租方|房主")
_LANDLORD_HOUSEHOLD = re.compile(r"房东(?:户|家庭|家)|出租户")
_LANDLORD_KEYS = frozenset("房租")


def _landlord_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition whose doer is a tenant and a measure on the landlord (房东户, 出租户)."""
    if _LANDLORD_KEYS.isdisjoint(sent.chars):
        return None
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _TENANT_DOER.search(text, clause.start, clause.cond_end):
            continue
        if _LANDLORD.search(text, clause.start, clause.cond_end):
            continue  # the landlord's own act, or both named as doers
        for m in measures:
            # the tenant moved out is the tenant's own measure, whoever the village tells to do it (通知房东清退)
            if m.start < clause.cond_end or m.code not in ("CV602", "CV605"):
                continue
            named = _LANDLORD.search(m.evidence) or _subject_before(sent, _LANDLORD_HOUSEHOLD, clause.cond_end, m.start)
            if named:
                start = min(m.start, named.start()) if named.string is text else m.start
                return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚家庭成员"))
    return None


def _member_bearer(sent: _Sentence, clause: _Clause) -> re.Pattern[str] | None:
    """For a condition naming a member's act (家庭成员中有人吸毒的, 子女逃学的), the words for those who bear it."""
    text = sent.text
    if clause.cond_end == clause.start:
        return None  # only a condition names the member whose act is visited on the household
    start = _condition_run_start(sent, clause)
    doer = _MEMBER_DOER.match(text, clause.start, clause.cond_end) or _MEMBER_DOER.match(text, start, clause.cond_end)
    if doer is None and not _MEMBER_ACT.search(text, start, clause.cond_end):
        return None
    minor = (
        doer is None
        or doer.group("dependent") is not None
        or "有" in doer.group()  # 有子女吸毒的: the household that has him is the topic, 其家庭 is its own
        or _OF_THE_HOUSEHOLD.search(doer.group()) is not None  # 家中子女: the household named is the one he is of
        or bool(_SCHOOL.search(text, clause.start, clause.cond_end))
    )  # 子女逃学辍学的: a minor child
    return _HOUSEHOLD if minor else _OTHERS


# 家中子女在外滋事的, 户内儿子吸毒的: the child named as one of the household, which bears it as another.
_OF_THE_HOUSEHOLD = re.compile(r"家中|家里|家庭中|户内|户中|本户|该户")


def _condition_run_start(sent: _Sentence, clause: _Clause) -> int:
    """Where the condition that `clause` closes begins: the clauses before it with no condition of their own,
    from the sentence's start, are its parts (户内有人在禁牧区偷牧，一年内被查获两次以上的，…)."""
    start = clause.start
    for before in reversed(sent.clauses[: sent.clauses.index(clause)]):
        if before.cond_end > before.start:
            return start
        start = before.start
    return start


def _sentence_member_bearer(sent: _Sentence) -> re.Pattern[str] | None:
    """The bearer words of the sentence's member condition, carried past a semicolon (…的，…；其所在农户…)."""
    if _COLLECTIVE_TARGET_KEYS.isdisjoint(sent.chars):
        return None
    return next((b for c in sent.clauses if (b := _member_bearer(sent, c)) is not None), None)


def _carried_member_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """家中有人盗窃的，报派出所处理；其所在农户三年内不得申请借款: the member's act carried past a semicolon, and a
    measure the household bears before any condition of the sentence's own."""
    bearer = sent.member_bearer
    if bearer is None:
        return None  # no member's act carried into this sentence
    # the household named again as the doer (积分低于六十分的家庭，全体成员…) is the one that bears his act
    again = [
        c for c in sent.clauses if c.cond_end > c.start and _HOUSEHOLD_AGAIN.search(sent.text, c.start, c.cond_end)
    ]
    own_condition = next((c.start for c in sent.clauses if c.cond_end > c.start and c not in again), sent.end)
    for m in measures:
        if m.code not in _MEASURE_CODES_FOLDED or m.start >= own_condition:
            continue
        named = bearer.search(m.evidence) or _subject_before(sent, bearer, sent.start, m.start)
        if named:
            start = min(m.start, named.start()) if named.string is sent.text else m.start
        elif again and again[0].start < m.start:  # the household is the condition's doer: quote from it
            start = _WORD_START.match(sent.text, again[0].start).end()  # type: ignore[union-attr]  # \s* matches
        else:
            continue
        return Measure("CV608", start, m.end, sent.text[start : m.end], N_("连带处罚家庭成员"))
    return None


# The wrongdoer named as himself in a consequence (由其本人交纳警示金, 责令其本人检讨): what his household bears
# after it (其家庭当年不得参加收益分配) falls on the others of the household, not on him.
_SELF_NAMED = re.compile(r"(?:其|该人|当事人|行为人|违者|违规者|[者员])?本人(?!及|和|与|申请|要求|同意|自愿|签字)")


def _self_named_at(sent: _Sentence) -> int | None:
    """Where a consequence of wrongdoing names the wrongdoer himself (本人), outside any condition."""
    if "本" not in sent.chars or "人" not in sent.chars:
        return None
    for named in _SELF_NAMED.finditer(sent.text, sent.start, sent.end):
        if named.start() >= sent.clause_at(named.start()).cond_end and _in_penalty_context(sent, named.start()):
            return named.end()
    return None


def _self_named_bearer(sent: _Sentence) -> re.Pattern[str] | None:
    """The household words, carried past a semicolon, after a consequence that named the wrongdoer himself."""
    return _HOUSEHOLD if _self_named_at(sent) is not None else None


def _self_contrast_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """由其本人交纳警示金，其家庭当年不得参加收益分配 (or 其家庭当年不参加分红，本人由…处理): the wrongdoer named as
    himself apart from his household, which bears a measure before or after him."""
    after = _self_named_at(sent)
    if after is None:
        return None
    for m in measures:
        if m.code not in _MEASURE_CODES_FOLDED:
            continue
        if m.start >= after:
            named = _HOUSEHOLD.search(m.evidence) or _subject_before(sent, _HOUSEHOLD, after, m.start)
        elif sent.clause_at(m.start).end < after and _dealt_with_himself(sent, after):
            named = _household_bears(sent, m, sent.start)
        else:
            named = None
        if named:
            start = min(m.start, named.start()) if named.string is sent.text else m.start
            return Measure("CV608", start, m.end, sent.text[start : m.end], N_("连带处罚家庭成员"))
    return None


# What is done to the wrongdoer himself after his household's measure (本人由渔政部门依法处理, 本人写出检讨), not
# what he does for himself (由其本人自行到镇上办理: the household was only his own).
_DEALT_WITH = re.compile(
    r"处理|处罚|处分|惩处|追究|移交|移送|送交|检讨|罚|拘|批评|教育|报(?:公安|派出所|有关|司法|林业|渔政)"
)


def _dealt_with_himself(sent: _Sentence, after: int) -> bool:
    return _DEALT_WITH.search(sent.text, after, sent.clause_at(after).end) is not None


def _household_bears(sent: _Sentence, m: Measure, start: int) -> re.Match[str] | None:
    """The household words naming who bears `m`, in it or as the subject of its clause (after `start`)."""
    return _HOUSEHOLD.search(m.evidence) or _subject_before(sent, _HOUSEHOLD, start, m.start)


def _self_after_household(prev: _Sentence, found: list[Measure], sent: _Sentence) -> list[Measure]:
    """…的，该船船东家庭当年不参加租金分配；船东本人由渔政部门依法处理: the wrongdoer named as himself in the clause
    after a semicolon sets him apart from the household that bore the measure before it (CV608)."""
    after = _self_named_at(sent)
    if after is None or sent.clause_at(after) is not sent.clauses[0] or not _dealt_with_himself(sent, after):
        return found
    for i, m in enumerate(found):
        if m.code not in _MEASURE_CODES_FOLDED or not prev.start <= m.start < prev.end:
            continue
        if prev.clause_at(m.start).start < prev.clause_at(m.start).cond_end <= m.start or prev.penalised:
            named = _household_bears(prev, m, prev.start)
            if named is not None:
                start = min(m.start, named.start()) if named.string is prev.text else m.start
                found[i] = Measure("CV608", start, m.end, prev.text[start : m.end], N_("连带处罚家庭成员"))
                break
    return found


_WORD_START = re.compile(r"\s*")
_HOUSEHOLD_AGAIN = re.compile(r"的(?:家庭|户|农户|住户|牧户)\s*$")


# The household marked in the village's records or lists (记入该户不良记录, 将该户列为重点管控户).
_RECORD = re.compile(
    r"(?:记入|记在|载入|列入|纳入|录入|写入|计入)" + _GAP + r"{0,10}?(?:档案|记录|黑名单|名单|台账)|"
    r"(?:列为|定为|认定为|确定为|评为|挂牌为)" + _GAP + r"{0,8}?(?:户|家庭|对象)"
)
_RECORD_KEYS = frozenset("记载列纳录写计定评挂")
_HONOUR_RECORD = re.compile(r"荣誉|表彰|光荣|功德|先进|文明|模范|五好|星级|奖励")


def _household_recorded(sent: _Sentence, clause: _Clause, bearer: re.Pattern[str]) -> Measure | None:
    """A member's wrongdoing recorded against the household (家中有人参加邪教活动的，记入该户不良记录): the
    household is marked for another's act. Its own act recorded (乱倒垃圾的，记入该户诚信档案) is lawful,
    like points; an honour recorded is no mark."""
    text = sent.text
    if not _WRONGDOING.search(text, clause.start, clause.cond_end):
        return None
    for record in _RECORD.finditer(text, clause.cond_end, sent.end):
        if _HONOUR_RECORD.search(record.group()) or record.start() < sent.clause_at(record.start()).cond_end:
            continue
        named = bearer.search(record.group()) or _subject_before(sent, bearer, clause.cond_end, record.start())
        if named and not _PROHIBITION.search(text, sent.clause_at(record.start()).start, record.start()):
            start = min(record.start(), named.start()) if named.string is text else record.start()
            return Measure("CV608", start, record.end(), text[start : record.end()], N_("连带处罚家庭成员"))
    return None


# 学生家长不送子女上学的，取消该学生的助学金: the parent did it, the child bears it.
_PARENT_DOER = re.compile(
    _ITEM_NUMBER
    + r"(?:对于|对|凡是|凡|如果|如|若)?(?:学生|该生|其|本户)?的?(?:家长|父母|监护人|父亲|母亲)(?!的?(?:子女|孩子))"
)
_CHILD = re.compile(r"该生|该学生|该儿童|该未成年人|其子女|其孩子|其儿女|(?<![送让])子女|孩子")


# 其父母或兄弟姐妹有违约记录的，村委会不为其出具证明: the relatives of the one the article is about did it, and
# he bears it
_KIN_DOER = re.compile(
    _ITEM_NUMBER + r"(?:如|若|凡)?其(?:父母|父亲|母亲|兄弟姐妹|兄弟|姐妹|配偶|亲属|直系亲属|近亲属|家庭成员|家人|家属)"
    r"(?:或|和|及|、)?"
)
_HIM = re.compile(r"其|该生|本人")


def _kin_doer_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition whose doer is his relative (其父母…有违约记录的) and a measure on him (不为其出具…)."""
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _KIN_DOER.match(text, clause.start, clause.cond_end):
            continue
        acts = _WRONGDOING.finditer(text, clause.start, clause.cond_end)
        if all(a.group() in ("不", "未") for a in acts):
            continue  # 其父母不在本村居住的: a fact about them, no act of theirs
        for m in measures:
            if m.start >= clause.cond_end and _HIM.search(m.evidence):
                return Measure("CV608", m.start, m.end, m.evidence, N_("连带处罚家庭成员"))
    return None


def _parent_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition whose doer is a parent or guardian and a measure the child bears."""
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _PARENT_DOER.match(text, clause.start, clause.cond_end):
            continue
        for m in measures:
            if m.start < clause.cond_end:
                continue
            named = _CHILD.search(m.evidence) or _subject_before(sent, _CHILD, clause.cond_end, m.start)
            if named:
                start = min(m.start, named.start()) if named.string is text else m.start
                return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚家庭成员"))
    return None


# 村民子女出生后，须由父母结清所欠村组各项款项，方可登记为成员: the child's status waits on the parents' debts.
_NEWBORN = re.compile(r"子女|新生儿|婴儿|孩子|小孩|新生|出生")
_PARENT = re.compile(r"父母|家长|父亲|母亲|其父|其母|监护人")
_DEBT_FIRST = re.compile(_ARREARS_FIRST)


def _parents_debt_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A child's membership or registration held back until the parents pay (CV608, the child bears it)."""
    text = sent.text
    for m in measures:
        if m.code not in ("CV605", "CV606") or not _DEBT_FIRST.match(text, m.start):
            continue
        child = _NEWBORN.search(text, sent.start, m.start)
        if child is not None and _PARENT.search(text, child.end(), m.start + 6):
            return Measure("CV608", child.start(), m.end, text[child.start() : m.end], N_("连带处罚家庭成员"))
    return None


def _subject_before(sent: _Sentence, bearer: re.Pattern[str], start: int, pos: int) -> re.Match[str] | None:
    """The bearer as the subject of the clause holding pos, or of an earlier clause (after start) whose
    subject still governs pos (no condition or new subject in between)."""
    text = sent.text
    own = sent.clause_at(pos)
    found = bearer.search(text, max(own.start, start), pos)
    if found is not None:
        return found
    for clause in sent.clauses:
        if start <= clause.start < own.start and _subject_run_end(sent, clause) >= own.end:
            found = bearer.search(text, clause.start, clause.end)
            if found is not None:
                return found
    return None


# kin who come for a held person (每领回一次, 来领人时, 接回前): what they pay buys him back
_FETCHED = re.compile(r"领回|领人|领走|接回|接走|接人|赎回|保出|[每来]领")


def _target_finding(sent: _Sentence, measures: list[Measure], women: Measure | None) -> Measure | None:
    """A collective named as the target (全家, 全村, 子女 …) of a measure that falls on it."""
    text = sent.text
    for target in _COLLECTIVE_TARGET.finditer(text, sent.start, sent.end):
        if women and women.start <= target.start() < women.end:
            continue  # 离婚妇女及其子女, 女青年…其配偶和子女: the woman's family is part of her target
        clause = sent.clause_at(target.start())
        if target.start() < clause.cond_end and not _aimed_at(sent, clause, target):
            continue  # 家庭成员中有违反…的: the wrongdoer, not the punished
        negator = _PROHIBITION.search(text, clause.start, target.start())
        if negator and not any(m.start <= negator.start() < m.end for m in measures):
            continue  # 不得以…为由; but 不准其子女进入村幼儿园: the 不准 is the measure's own words
        audience_before = _AUDIENCE_PLACE.search(target.group()) and _AUDIENCE_BEFORE.search(
            text, clause.start, target.start()
        )  # 在全村, 向全组; but 不为其子女出具 is for the children
        if audience_before or _AUDIENCE_AFTER.match(text, target.end()):
            continue  # 在全村大会上作检讨, 全村通报: the village watches, it is not punished
        if _KIN_AS_MATTER.match(text, target.end()):
            continue  # 出具亲属关系证明, 家庭成员信息: the kin are what a paper is about, not who bears the measure
        if _takes_from_another(text, clause, target):
            continue  # 由其所在村民小组收回承包地: the group takes, the wrongdoer bears it
        run_end = _subject_run_end(sent, clause)
        later = [
            m
            for m in measures
            if clause.start <= m.start < run_end
            and m.code != "CV608"  # already the collective's (全体农户共同分摊损失)
            and (m.start >= target.start() or (m.code in _CONTAINS_TARGET_CODES and target.end() <= m.end))
        ]
        if not later:  # one finding per code per sentence may have kept an earlier one: read on from the target
            again = _folded_measure_in(sent, clause.start, run_end, target.end()) or _bare_loss(
                sent, clause.start, run_end, target.end()
            )
            later = [again] if again is not None else []
        if later and later[0].code == "CV601" and _FETCHED.search(text, target.end(), later[0].end):
            continue  # 家属每领回一次交看管费: a fee to fetch a held person is the fine for his act (docs/clause-codes.md)
        if later:  # the measure falls on the collective (全家不得享受当年分红; 全家不得评为文明户，不得享受…)
            m = later[0]
            if "村" in target.group():
                what = N_("连带处罚全村")
            elif any(w in target.group() for w in ("组", "社", "队", "浩特", "屯", "寨", "族")):
                what = N_("连带处罚村民小组")
            else:
                what = N_("连带处罚家庭成员")
            start = min(target.start(), m.start)  # 取消其子女入学推荐资格: the measure names the target
            return Measure("CV608", start, m.end, text[start : m.end], what)
    return None


# 全家当年不分红: a share or land withheld in two characters, read only after a collective target (当年亏损的，
# 不分红 is the collective's own result, no measure)
_BARE_LOSS_KEYS = frozenset("分奖减险医用承申领")
# 取消该单元全体住户的物业费减免, 全户退出村集体投保的农房保险: a discount or a scheme the collective pays for
_BARE_WELFARE_LOSS = re.compile(
    r"(?:取消|停止|停发|暂停)" + _GAP + r"{0,20}?(?:减免|优惠)|"
    r"(?:退出|移出|剔除出?)" + _GAP + r"{0,16}?(?:保险|医保|合作医疗)"
)
_BARE_SHARE_LOSS = re.compile(r"(?:不再|不予|暂不|一律不|均不|都不|不)分(?:红|股|地|田)(?![段区块片类别期批])")


def _bare_loss(sent: _Sentence, start: int, end: int, reaching: int) -> Measure | None:
    """A loss the collective (ending at `reaching`) bears that no pattern reads alone: a bare 不分红, a discount
    or a scheme taken (取消该单元全体住户的物业费减免), or an award withheld from the others of a floor or a group
    (同一楼层其他住户当月的奖励金一并停发)."""
    text = sent.text
    if not sent.penalised:
        return None  # 全家不分男女: no wrongdoing, no loss
    bare = _BARE_SHARE_LOSS.search(text, reaching, end)
    if (
        bare is not None
        and not _PROHIBITION.search(text, start, bare.start())
        and not _repealed(text, bare.start(), bare.end(), sent.end)
        and not _prohibition_carried(sent, sent.clause_at(bare.start()))  # 严禁以…为由，全家不分红
    ):
        return Measure("CV602", bare.start(), bare.end(), bare.group(), _share_or_land_what(bare.group()))
    welfare = _BARE_WELFARE_LOSS.search(text, start, end)
    if (
        welfare is not None
        and welfare.end() > reaching
        and not _PROHIBITION.search(text, sent.clause_at(welfare.start()).start, welfare.start())
    ):
        return Measure("CV605", welfare.start(), welfare.end(), welfare.group(), N_("取消低保等福利"))
    access = _kin_access_loss(sent, reaching, end)
    if access is not None:
        return access
    return next((m for m in _reward_losses(sent) if reaching <= m.start < end), None)


# 其家人一年内不得使用村里的农机, 其家属不得承包集体鱼塘, 其子女不得申报村教育奖励基金: the wrongdoer's kin kept
# from what the village or its collective offers. Read only after kin named as such (not 全组, 全村: a group may
# lose what it failed to earn), and never for an honour (其子女不得参加文明家庭评选 is no loss).
_KIN_TARGET_END = re.compile(r"(?:子女|儿女|孩子|家人|家属|父母|配偶|亲属|家庭成员|家中成员)$")
_KIN_ACCESS_LOSS = re.compile(
    r"(?:不得|不准|不许|不能|不再|不予|无权|禁止)(?:再)?(?:使用|租用|借用|承包|承租|申报|申请|领取|享受|参加|参与|入读|进入)"
    + _GAP
    + r"{0,14}?(?:村|集体|合作社|本社|本组|公共|公益)"
    + _GAP
    + r"{0,12}"
)
_KIN_ACCESS_HONOUR = re.compile(r"评先|评优|先进|文明|星级|荣誉|称号|表彰|评选|评比|最美|示范|选举|会议|活动")


def _kin_access_loss(sent: _Sentence, reaching: int, end: int) -> Measure | None:
    """A collective facility, contract or fund refused to the kin that end at `reaching` (see above)."""
    text = sent.text
    if not _KIN_TARGET_END.search(text, 0, reaching):
        return None
    access = _KIN_ACCESS_LOSS.search(text, reaching, end)
    if access is None or access.start() - reaching > 8 or _KIN_ACCESS_HONOUR.search(access.group()):
        return None
    return Measure("CV605", access.start(), access.end(), access.group(), N_("取消低保等福利"))


def _aimed_at(sent: _Sentence, clause: _Clause, target: re.Match[str]) -> bool:
    """对其父母的高龄补贴暂停发放: 对 + the target + 的 reads like a condition's opener, but with no wrongdoing in
    it the target is what the measure aims at."""
    text = sent.text
    return bool(_AIMED.search(text, clause.start, target.start())) and not _WRONGDOING.search(
        text, target.start(), clause.cond_end
    )


_AIMED = re.compile(r"对于?\s*$")

# A group that takes (由其所在村民小组收回承包地, 所在小组收回该地块另行发包, 交由所在组没收其工具) is the village's
# agent: the one whose land or things are taken bears the measure, under its own code, not the group. The agent is
# marked by 由/交由 before it, or by a taking verb right after it on a thing named as his (其, 该).
_AGENT_BEFORE = re.compile(r"(?:由|交由|交给|经|责成|委托)(?:其|该户|该人|该村民)?的?\s*$")
_AGENT_TAKES = re.compile(
    r"(?:负责|组织(?:人员)?|依约|依规|统一|按规定|予以|依程序|一律|直接|立即|强制|派人)?"
    r"(?:收回|收缴|没收|扣留|扣押|拆除|停发|取消|注销|除名|清退|调整|另行发包|发包|处理|牵走|拉走)"
)
_AGENT_GROUP = re.compile(r"组|社|队|屯|寨|村|族|楼|栋|单元|院|片")


def _takes_from_another(text: str, clause: _Clause, target: re.Match[str]) -> bool:
    if not _AGENT_GROUP.search(target.group()):
        return False  # kin never act for the village (由其家长交纳罚款: the parents bear the fine)
    takes = _AGENT_TAKES.match(text, target.end())
    if takes is None:
        return False
    return bool(_AGENT_BEFORE.search(text, clause.start, target.start())) or text.startswith(
        ("其", "该", "他", "她"), takes.end()
    )


def _folded_measure_in(sent: _Sentence, start: int, end: int, reaching: int) -> Measure | None:
    """The first measure of a code that a collective finding folds in (CV602, CV605, CV606) between start
    and end that reaches past the target (ends after `reaching`): 取消其所在户的福利待遇，并取消其子女上大学的
    奖学金 has a second CV605 on 其子女 that the one-per-code rule did not keep."""
    found: Measure | None = None
    for index in _runnable(sent.chars):
        pat = _PATTERNS[index]
        if pat.code not in _MEASURE_CODES_FOLDED:
            continue
        at = start
        while (m := pat.regex.search(sent.text, at, end)) is not None:
            if found is not None and m.start() >= found.start:
                break
            if m.end() >= reaching and m.group() and _candidate_ok(sent, pat, m):
                what = pat.what(m.group()) if callable(pat.what) else pat.what
                found = Measure(pat.code, m.start(), m.end(), m.group(), what)
                break
            at = m.start() + 1
    return found


# A clause that names a new subject: what follows is not the collective's any more.
_NEW_SUBJECT = re.compile(
    r"\s*(?:其|该|本人|违者|对|凡|如|若|由|村委|村民委员会|居委|村里|村集体|组里|但|本村|各户|任何)"
)


def _subject_run_end(sent: _Sentence, clause: _Clause) -> int:
    """Where the clauses governed by the subject of `clause` end: 全家不得评为文明户，不得享受当年分红
    (the collective is still the subject of the second clause); a condition or a new subject ends it."""
    clauses = sent.clauses
    end = clause.end
    for following in clauses[clauses.index(clause) + 1 :]:
        if following.cond_end > following.start:
            break
        # 其家人报考…时，村委会不予推荐: after a clause of time the village acts, the kin still bear it
        if _NEW_SUBJECT.match(sent.text, following.start) and not _WHEN_CLAUSE.search(sent.text, clause.start, end):
            break
        end = following.end
    return end


# A clause of time (报名参军时, 办理…的时候): what the next clause does is done to its subject.
_WHEN_CLAUSE = re.compile(r"(?:时|时候|之际|期间)\s*$")


# A group's award taken for one household's act (该户所在村民小组当年的卫生考核奖金一律扣除): withholding an
# award is lawful for the one who failed its test, not for the others of the group.
_REWARD = (
    r"(?:考核|评比|卫生|环境|治安|以奖代补)?(?:奖金|奖励金|奖补资金|奖补|奖励经费|奖励(?!证|状|牌|旗|办法|机制|制度))|"
    # an award named by its task (防火奖, 护林奖): one household's act costs the group its award
    r"(?:防火|护林|防汛|卫生|治安|安全|环境|禁毒|综治|文明|禁牧|保洁|管护)奖(?:励金|励|金)?"
)
_REWARD_LOSS = re.compile(
    "(?:"
    + _REWARD
    + ")"
    + _GAP
    + r"{0,4}?(?:一律|全部|均|一概)?(?:扣除|扣发|扣减|取消|停发|减半|收回|不予发放|不发|不再发放)|"
    r"(?:扣除|扣发|扣减|取消|停发|收回|不予发放|不发|不再发放)" + _GAP + r"{0,14}?(?:" + _REWARD + ")"
)
_REWARD_KEYS = frozenset("奖")


def _reward_losses(sent: _Sentence) -> list[Measure]:
    if _REWARD_KEYS.isdisjoint(sent.chars):
        return []
    return [
        Measure("CV605", m.start(), m.end(), m.group(), N_("取消低保等福利"))
        for m in _REWARD_LOSS.finditer(sent.text, sent.start, sent.end)
        if not _PROHIBITION.search(sent.text, sent.clause_at(m.start()).start, m.start())
    ]


def _group_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition naming one household of a group (小组内有农户…的, 某户…的) and a measure the group bears."""
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _GROUP_ACT.search(text, clause.start, clause.cond_end):
            continue
        for m in measures + _reward_losses(sent):
            if m.start < clause.cond_end:
                continue
            named = _GROUP.search(text, max(sent.clause_at(m.start).start, clause.cond_end), m.end)
            if named:
                start = min(named.start(), m.start)
                return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚村民小组"))
    return None


def _runnable(chars: frozenset[str], among: Iterable[int] | None = None) -> list[int]:
    """Indices, in table order, of the patterns (among `among`) whose key sets all meet `chars`.

    Bit sets, one bit per pattern: for each key position, the patterns whose set at that position holds
    one of the characters; a pattern runs when it has a bit in every position. A sentence costs a few
    dictionary lookups per distinct character instead of a loop over 130 patterns."""
    tables = _KEY_MASKS
    masks = list(_KEYLESS_MASKS)
    for ch in chars & _KEY_CHARS:  # the intersection runs in C; most characters of a text open nothing
        for depth, table in enumerate(tables):
            bit = table.get(ch)
            if bit:
                masks[depth] |= bit
    bits = masks[0]
    for mask in masks[1:]:
        bits &= mask
    if among is not None:
        allowed = 0
        for i in among:
            allowed |= 1 << i
        bits &= allowed
    out = []
    while bits:
        low = bits & -bits
        out.append(low.bit_length() - 1)
        bits ^= low
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text, without its closing punctuation."""
    spans: list[tuple[int, int]] = []
    pos, length = 0, len(text)
    while pos < length:
        brk = _SENTENCE_BREAK.search(text, pos)
        end = brk.start() if brk else length
        if end > pos:
            spans.append((pos, end))
        pos = brk.end() if brk else length
    return spans


def consequence_span(text: str, pos: int) -> tuple[int, int, int]:
    """The sub-clause holding the measure at `pos`: (its start, where its consequence begins — after a
    condition or 违者/否则 — and its end). What the review's suggested wording replaces."""
    for start, end in sentence_spans(text):
        if start <= pos < end:
            sentence = _Sentence(text, start, end)
            clause = sentence.clause_at(pos)
            return clause.start, _scope_start(text, clause, pos), clause.end
    return pos, pos, len(text)


def unlawful_measures(text: str) -> list[Measure]:
    """Measures this article text imposes that the law does not allow a charter to impose, in text order.

    Text pasted in traditional characters (對…並處以五十元的罰款) is read in simplified characters, one for
    one, and each finding quotes the words as written."""
    read = _condition_lines(simplified_in_place(text))
    dropped = _read_through(read)
    if dropped:
        return _measures_without_spaces(text, read, dropped)
    if read is text:
        return _measures(text)
    return [Measure(m.code, m.start, m.end, text[m.start : m.end], m.what) for m in _measures(read)]


# A poster or a rhymed charter sets its condition on a line of its own (私接电线者\n一律拉闸停电; 谁家乱倒垃圾\n年底
# 分红扣一半): a line break after a condition of wrongdoing, with no punctuation, is a clause break, read as a comma
# (one character for one, so each finding still quotes the words as written).
_LINE_END = re.compile(r"(?<=[^\s，,。；;！!？?：:、])[ \t\u3000]*(\n)[ \t\u3000]*(?=\S)")
_LINE_SENTENCE_BREAK = re.compile(r"[。；;！!？?]")


def _condition_lines(read: str) -> str:
    if "\n" not in read:
        return read
    breaks = []
    for end in _LINE_END.finditer(read):
        line_start = read.rfind("\n", 0, end.start()) + 1
        seg = _LINE_SENTENCE_BREAK.split(read[line_start : end.start()])[-1].strip()
        if _WRONGDOING.search(seg) and (
            _CONDITION_CLAUSE.search(seg) or (_ONE_DOER.match(seg) and not _PROHIBITION.search(seg))
        ):
            breaks.append(end.start(1))
    if not breaks:
        return read
    chars = list(read)
    for pos in breaks:
        chars[pos] = "，"
    return "".join(chars)


# Scanned or retyped text leaves stray spaces between characters (违 者 罚 款 五 十 元), and a table pasted as text
# keeps its cells apart by spaces (乱倒垃圾　罚款五十元): the text is read with them taken out (a line break
# still ends a sentence) and each finding quotes the words as written.
_STRAY_SPACE = re.compile(r"(?<=[\u3400-\u9fff\d０-９])[ \t\u3000\xa0]+(?=[\u3400-\u9fff\d０-９])")


# A scan wraps its lines at the page's width, inside a phrase (由村委会停止\n供水): a line break after no
# punctuation, in a line that has a clause break of its own (so no title: 文明户承诺书\n…) and is not one of a
# verse's even lines (谁家屡教仍不改，自来水阀先关掉\n…: halves of one length), is read through.
_WRAP = re.compile(r"(?<=[\u3400-\u9fff\d])[ \t\u3000]*\n[ \t\u3000]*(?=[\u3400-\u9fff])")
_WRAP_SEGMENT_BREAK = re.compile(r"[，,、：:]+")
_NUMBERED_LINE = re.compile(r"第[\d一二三四五六七八九十百]+[条款章节]|[\d一二三四五六七八九十]+[、.．]")
_WRAP_MIN_LINE = 12  # characters of the shortest line a scan wraps


def _read_through(read: str) -> list[tuple[int, int]]:
    """Spans of the text read through: stray spaces between characters, and the breaks of a wrapped line."""
    spans = [space.span() for space in _STRAY_SPACE.finditer(read)]
    if "\n" not in read:
        return spans
    for wrap in _WRAP.finditer(read):
        line = read[read.rfind("\n", 0, wrap.start()) + 1 : wrap.start()].strip()
        segments = [len(seg) for seg in _WRAP_SEGMENT_BREAK.split(line) if seg]
        if len(line) < _WRAP_MIN_LINE or len(segments) < 2 or len(set(segments)) == 1:
            continue
        if _NUMBERED_LINE.match(read, wrap.end()):
            continue
        spans.append(wrap.span())
    return sorted(spans)


def _measures_without_spaces(text: str, read: str, dropped: list[tuple[int, int]]) -> list[Measure]:
    kept: list[int] = []  # where each character of the read text stands in the text as written
    last = 0
    for start, end in dropped:
        kept.extend(range(last, start))
        last = end
    kept.extend(range(last, len(read)))
    found = []
    for m in _measures("".join(read[i] for i in kept)):
        start, end = kept[m.start], kept[m.end - 1] + 1
        found.append(Measure(m.code, start, end, text[start:end], m.what))
    return found


def _measures(text: str) -> list[Measure]:
    chars = frozenset(text)
    runnable = _runnable(chars)
    if (
        not runnable
        and _WOMEN_KEYS.isdisjoint(chars)
        and _COLLECTIVE_KEYS.isdisjoint(chars)
        and _UNPLANNED_KEYS.isdisjoint(chars)
    ):
        return []  # most articles: nothing in them could match, so no sentence need be read
    spans = sentence_spans(text)
    if len(spans) == 1:  # the usual article: one sentence, already filtered
        return _holdings_go_with_membership(text, _sentence_measures(_Sentence(text, *spans[0], chars), runnable))
    found: list[Measure] = []
    carried, member_bearer, woman = False, None, None
    previous: _Sentence | None = None
    topic: int | None = None
    listed = _denying_list(text)
    for start, end in spans:
        sent = _Sentence(text, start, end, carried=carried)
        sent.member_bearer = member_bearer if carried else None
        sent.woman_before = woman
        if topic is not None:
            sent.topic_from = topic
        if listed is not None and listed[0] < end and start < listed[1]:
            sent.list_from = max(start, listed[0])
        measures = _sentence_measures(sent, _runnable(sent.chars, runnable))
        if carried and previous is not None and "本" in sent.chars:
            found = _self_after_household(previous, found, sent)
        found.extend(measures)
        previous = sent
        # a woman's status (女儿出嫁、户口未迁出的，按半份) is no wrongdoing to carry into the next item
        carried = (
            (
                _SEMICOLON.match(text, end) is not None
                and _in_penalty_context(sent, end)
                and not any(m.code == "CV607" for m in measures)
            )
            or _asks_about_wrongdoing(text, start, end)
            or _lists_wrongdoings(text, start, end)
            or (not measures and _forbids_then_refers(text, start, end))
            or _numbered_item_follows(sent, end)
        )
        member_bearer = (_sentence_member_bearer(sent) or _self_named_bearer(sent)) if carried else None
        woman = _woman_carried(sent, end, measures)
        topic = start if not measures and _SEMICOLON.match(text, end) is not None else None
    return _holdings_go_with_membership(text, found)


def _woman_carried(sent: _Sentence, end: int, measures: list[Measure]) -> re.Match[str] | None:
    """The woman a sentence names, when a semicolon closes it and no CV607 was found in it (her children's
    share denied after it, …；其随迁子女不予分配, is hers), or asks about her (问：外嫁女的补偿款怎么分？答：…)."""
    if _WOMEN_KEYS.isdisjoint(sent.chars):
        return None
    if _SEMICOLON.match(sent.text, end) is None and _QUESTION.match(sent.text, end) is None:
        return None
    if any(m.code == "CV607" for m in measures) or _already_elsewhere(sent):
        return None
    return next(_women_targets(sent), None)


# 按下列办法处理：1.停止供水；2.…: the "." of an item's number breaks the sentence, but the items go on with
# the consequence their header opened.
_ITEM_NUMBER_CLOSES = re.compile(r"(?:^|[^\d.])[\d０-９]{1,2}$")


def _numbered_item_follows(sent: _Sentence, end: int) -> bool:
    text = sent.text
    return text.startswith(".", end) and bool(_ITEM_NUMBER_CLOSES.search(text, sent.start, end)) and sent.penalised


# A charter written as questions and answers (问：不交卫生费怎么办？答：…): the answer is the consequence of
# the wrongdoing the question names.
_QUESTION = re.compile(r"\s*[？?]")


def _asks_about_wrongdoing(text: str, start: int, end: int) -> bool:
    return _QUESTION.match(text, end) is not None and bool(_WRONGDOING.search(text, start, end))


# A 红黑榜 or a table pasted as text lists the acts first and deals with them in the next sentence (黑榜事项：乱停乱放、
# 毁坏绿化、遛狗不拴绳。每月…发到业主群): a sentence that is only a label and a list of wrongdoings is the
# condition of the sentence after it.
_LIST_LABEL = re.compile(_ITEM_NUMBER + r"[^，,。；;：:]{1,12}[：:]")
_LIST_ITEM_BREAK = re.compile(r"[、，,]")


def _lists_wrongdoings(text: str, start: int, end: int) -> bool:
    label = _LIST_LABEL.match(text, start, end)
    if label is None or _ELIGIBILITY.search(text, start, end):
        return False
    items = [item for item in _LIST_ITEM_BREAK.split(text[label.end() : end]) if item.strip()]
    return len(items) >= 2 and all(_WRONGDOING.search(item) for item in items)


# 严禁私自抽取渠水。对此，…; 任何人不得私挖河沙。挖了的，…: a sentence that only forbids an act, and a next
# sentence that opens by pointing back at it or repeating its verb, are the condition and its consequence.
_FORBIDS_AT_START = re.compile(_ITEM_NUMBER + r"[^，,：:]{0,6}?(?:严禁|禁止|不得|不准|不许|杜绝)")
_POINTS_BACK = re.compile(
    r"\s*(?:对此|对此类|对这种|对这类|对上述|出现这种|出现此类|出现上述|发现此类|如有此类|凡有此类|有此类|有这种|如有|若有)"
)
_DONE_BEFORE = re.compile(r"^(?:已经|已|凡)|(?:了|过)?(?:的|者)$")


def _forbids_then_refers(text: str, start: int, end: int) -> bool:
    forbids = _FORBIDS_AT_START.match(text, start, end)
    brk = _SENTENCE_BREAK.match(text, end)
    if forbids is None or brk is None or brk.end() >= len(text):
        return False
    nxt = brk.end()
    if _POINTS_BACK.match(text, nxt):
        return True
    comma = _CLAUSE_BREAK.search(text, nxt)
    core = _DONE_BEFORE.sub("", text[nxt : comma.start()].strip()) if comma else ""
    return 0 < len(core) <= 4 and text[comma.start() - 1] in "的者" and core[0] in text[forbids.end() : end]  # type: ignore[union-attr]


# A share or land taken in the same measure as the membership it belongs to (取消其成员资格，并收回其所持股份;
# 视为放弃成员身份；其承包的草场由嘎查收回) is the expulsion alone (CV606, docs/clause-codes.md): the holding goes
# with the status. Things seized beside it (没收其物品并清退出村) stay a measure of their own, and so does a
# holding taken under a condition of its own (违者停发分红；情节严重的，取消其成员资格).
_MEMBER_HOLDING = re.compile(_DIVIDEND + "|" + _LAND + r"|股|(?:年终|年底|集体)分配")
# (注销其股东名册登记 beside the membership taken: the register of members is the membership itself)
_MEMBER_WHOLE = re.compile(r"待遇|权益|福利|名册")
_NAMED_BENEFIT = re.compile(r"低保|补贴|补助|救助|救济|医保|养老|慰问|五保|特困")
_MEASURE_APART = re.compile(r"[。！!？?]|(?:的|者)\s*[，,：:]|" + _CONSEQUENCE_RESET.pattern)


def _holdings_go_with_membership(text: str, found: list[Measure]) -> list[Measure]:
    expulsions = [m for m in found if m.code == "CV606"]
    if not expulsions:
        return found

    def with_membership(m: Measure) -> bool:
        return any(not _MEASURE_APART.search(text, min(e.end, m.end), max(e.start, m.start)) for e in expulsions)

    def goes_with(m: Measure) -> bool:
        if m.code == "CV602":
            return bool(_MEMBER_HOLDING.search(m.evidence))
        # the village's treatment as a whole (今后一切待遇不再享有) is what the membership carried, not a benefit
        return m.code == "CV605" and bool(_MEMBER_WHOLE.search(m.evidence) and not _NAMED_BENEFIT.search(m.evidence))

    return [m for m in found if not (goes_with(m) and with_membership(m))]


def _one_class_per_phrase(measures: list[Measure], generic: dict[str, int]) -> list[Measure]:
    """A structural finding gives way to any other finding on the same words (a named measure, or a
    structural class listed before it): one deprivation is one measure."""

    def rank(m: Measure) -> int:
        return generic.get(m.code, -1)

    return [
        m
        for m in measures
        if m.code not in generic
        or not any(o is not m and rank(o) < rank(m) and o.start < m.end and m.start < o.end for o in measures)
    ]


def _sentence_measures(sent: _Sentence, runnable: list[int]) -> list[Measure]:
    first: dict[str, Measure] = {}  # the earliest measure of each code
    generic: dict[str, int] = {}  # code -> rank of the structural class that found its measure
    for index in runnable:
        pat = _PATTERNS[index]
        best = first.get(pat.code)
        if pat.wide and (best is not None or not sent.penalised):
            # the sub-clause reading is a last resort, never a second reading of a found code, and only in a
            # sentence that imposes anything at all (most duties have no condition: the patterns need not run)
            continue
        search, at = pat.regex.search, sent.start
        while (m := search(sent.text, at, sent.end)) is not None:
            if best is not None and m.start() >= best.start:
                break  # an earlier measure of this code already stands for the sentence
            if m.group() and _candidate_ok(sent, pat, m):
                what = pat.what(m.group()) if callable(pat.what) else pat.what
                first[pat.code] = Measure(pat.code, m.start(), m.end(), m.group(), what)
                # (a document held is given back by the same words, 待其接受教育后返还: no second seizure)
                sent.sanctioned = sent.sanctioned or (pat.inherent and pat.code != "CV605")
                if pat.generic:
                    generic[pat.code] = index
                else:
                    generic.pop(pat.code, None)
                break
            # a rejected match may hide a shorter one inside it (扣除其家长积分并取消其家庭低保): look again
            # from the next character rather than after the match
            at = m.start() + 1
    measures = _one_class_per_phrase(sorted(first.values(), key=lambda x: x.start), generic)
    women = _women_finding(sent)
    if women is None and sent.list_from is not None:
        women = _listed_woman(sent)
    if women is None and "答" in sent.chars:
        women = _answered_no(sent)
    collective = _collective_finding(sent, measures, women)
    for special in (women, collective):
        if special is not None:
            measures = [m for m in measures if not _folded_into(m, special) or _on_the_actor(sent, m, special)]
            measures.append(special)
    return _one_per_code([_fine_by_set_off(sent, m) or m for m in measures])


def _one_per_code(measures: list[Measure]) -> list[Measure]:
    """The earliest measure of each code, in text order (a reading may have turned one into another's code)."""
    first: dict[str, Measure] = {}
    for m in sorted(measures, key=lambda x: (x.start, x.code)):
        first.setdefault(m.code, m)
    return sorted(first.values(), key=lambda x: (x.start, x.code))


# A fixed sum taken out of what the village owes the member (从其分红中扣减三百元, 按每次五十元扣减其年终慰问金)
# is a fine collected by set-off (docs/clause-codes.md): CV601, not the withholding of the dividend (CV602) or
# the allowance (CV605). The sum stands in the deduction's clause or in a clause before it that sets a rate
# (按每个工日一百元折算，从其…收益中扣除). What he owes or caused (所欠水费, 赔偿款) set off stays CV602, a share
# (扣减其分红的30%) too, and a seizure's verb (暂扣, 扣押, 扣留) holds rather than deducts.
_SET_OFF_VERB = re.compile(r"(?<!暂)扣(?!押|留|存|车|船)|抵")
_FIXED_SUM = re.compile(_MONEY)
_RATE_CLAUSE = re.compile(r"\s*(?:按|以|每)")
_OWED_SUM = re.compile(r"欠|应交|应缴|垫|赔偿|损失|费用|成本|本金|借款|贷款|利息|扣还|还款")


def _fine_by_set_off(sent: _Sentence, m: Measure) -> Measure | None:
    if m.code not in ("CV602", "CV605") or not _SET_OFF_VERB.search(m.evidence):
        return None
    text, clause = sent.text, sent.clause_at(m.start)
    lo = max(clause.start, clause.cond_end)
    prev = sent.previous(clause)
    if prev is not None and prev.cond_end <= prev.start and _RATE_CLAUSE.match(text, prev.start):
        lo = prev.start
    amount = _FIXED_SUM.search(text, lo, clause.end)
    if amount is None or _OWED_SUM.search(text, lo, clause.end):
        return None
    start, end = min(m.start, amount.start()), max(m.end, amount.end())
    return Measure("CV601", start, end, text[start:end], N_("变相罚款"))


# A clause that opens on the doer himself (本人停发当年分红, 其父母本人的红利…, 当事人…): its measure is his own.
_ACTOR_OPENS = re.compile(
    r"\s*(?:对|由|给|其)?(?:"
    + _GAP
    + r"{0,6}?本人|当事人|行为人|违者|违规者|违约者|责任人)(?!及|和|与|连同|的?(?:家|户|子女|亲属))"
)


def _on_the_actor(sent: _Sentence, m: Measure, special: Measure) -> bool:
    """A measure after a CV608 finding, in a clause of its own that names the doer himself: it keeps its code
    (docs/clause-codes.md: a separate measure on the actor himself keeps its own code)."""
    if special.code != "CV608" or m.start < special.end:
        return False
    clause = sent.clause_at(m.start)
    return clause.start >= special.end and bool(_ACTOR_OPENS.match(sent.text, clause.start))


def _folded_into(m: Measure, special: Measure) -> bool:
    """The CV602/CV605/CV606 measures after a CV607 or CV608 target are the discrimination or the collective
    punishment itself; any other measure the collective bears (a fine the clan pays, 全组停水) lies inside the
    CV608 finding and is not labelled again, while a measure on the actor himself keeps its code."""
    if m.code in _MEASURE_CODES_FOLDED and m.end > special.start:
        return True
    if special.code == "CV607" and m.code == "CV601" and special.start <= m.start and m.end <= special.end:
        return True  # 出嫁女…每年须交纳占地费三百元: the money her status costs her is the CV607 loss itself
    return special.code == "CV608" and m.code != "CV608" and special.start <= m.start and m.end <= special.end


# ---------------------------------------------------------------------------------------------
# Consequences to read: what the analyser could not judge (civcat review's reading list)
# ---------------------------------------------------------------------------------------------
# On wording it has never seen the analyser misses a share of the unlawful articles (README, "How well
# the clause analysis holds"). It cannot say which of its silences are misses, but it can say where an
# article imposes *something* on a wrongdoer that it did not recognise as lawful: a consequence clause in
# penalty context holding a word of one of the classes that take something away, and no word of the
# classes the law leaves a charter. The review lists those articles for a person to read; nothing here is
# a finding. Lexicons are word classes, tuned only on bench/data/clause_eval*.yaml and heldout A–D.

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
