"""The review's reading list read by structure (rules/clauses/to_read.py): consequences imposed after a wrong,
in a sanctions table's row or on a status's share, whatever their words; and the lawful look-alikes it leaves.

Every sentence here is written for this test. `found=[]`: had the analyser missed the article, would it be
listed? (the normal reading, the analyser's own measures, is tests/test_review.py's)."""

from __future__ import annotations

import pytest

from civcat.rules.clauses import consequences_to_read


def listed(text: str) -> list[str]:
    return [text[a:b] for a, b in consequences_to_read(text, found=[])]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # an imposition by its form after a wrong: a village body doing something to the doer's things
        ("放鸭子进别人秧田的，由巡田队把鸭子赶到村部。", ["由巡田队把鸭子赶到村部"]),
        ("凡在晒谷场上斗殴的，由村保安队将双方的摩托车推走。", ["由村保安队将双方的摩托车推走"]),
        ("违者由理事会将其名下的竹林另行安排。", ["由理事会将其名下的竹林另行安排"]),
        # the doer made to do or suffer something
        ("偷砍集体松树的，让他挑着树枝在晒场站半天。", ["让他挑着树枝在晒场站半天"]),
        ("一经查实在水库炸鱼，令其在祠堂门口跪香一炷。", ["令其在祠堂门口跪香一炷"]),
        ("对酒后闹事的，将其关进仓库过夜。", ["将其关进仓库过夜"]),
        # a measure laid on all, at once, or a denial going forward
        ("在村道上晒稻谷造成堵塞的，稻谷一律归护路队。", ["稻谷一律归护路队"]),
        ("凡私挖渠堤的，当场砸烂其锄头。", ["当场砸烂其锄头"]),
        ("多次在河里毒鱼的，户口不准再留在本屯。", ["户口不准再留在本屯"]),
        ("偷放塘水的，下年度不再让他承包鱼塘。", ["下年度不再让他承包鱼塘"]),
        ("租户在屋里聚众赌博的，整层住户须在三日内搬离。", ["整层住户须在三日内搬离"]),
    ],
)
def test_an_imposition_after_a_wrong_is_listed_whatever_its_words(text: str, quoted: list[str]) -> None:
    assert listed(text) == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("偷摘集体果园桃子的，挑一担桃子送到每户门口。", ["挑一担桃子送到每户门口"]),
        ("凡在祠堂里吵闹的，给全寨每户挑水一担。", ["给全寨每户挑水一担"]),
        ("乱丢农药瓶者，下次放水时排在最后一户。", ["下次放水时排在最后一户"]),
        ("违者在村口石碑上刻名。", ["在村口石碑上刻名"]),
        ("一经查实偷牛，全寨男丁上门吃他家三天。", ["全寨男丁上门吃他家三天"]),
        # a rule reported, after any condition of its own
        ("据村民说，该组规定：外来户建房的，要请全组人吃一顿。", ["要请全组人吃一顿"]),
        ("记者了解到，村里规定搬来的新户，头一年轮流给各家挑粪。", ["头一年轮流给各家挑粪"]),
    ],
)
def test_a_consequence_after_a_named_wrong_is_listed_in_words_no_lexicon_holds(text: str, quoted: list[str]) -> None:
    assert listed(text) == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("违规行为 | 处理方式\n夜里偷放塘水 | 把水泵抬到村部", ["把水泵抬到村部"]),
        ("情形 | 次数 | 处罚\n在山上烧荒 | 第一次 | 村口黑板写上名字", ["村口黑板写上名字"]),
        ("违约情形 | 处理\n儿子私自砍树 | 父亲当年的林木分成不发", ["父亲当年的林木分成不发"]),
    ],
)
def test_a_sanctions_tables_row_is_read_as_a_wrong_and_its_consequence(text: str, quoted: list[str]) -> None:
    assert listed(text) == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("女子嫁到外乡的，山上的茶园要交回组里。", ["山上的茶园要交回组里"]),
        ("寨约：招来上门的男子，不得分受公山。", ["不得分受公山"]),
        ("新娶进门的媳妇，头三年不参与集体资产量化。", ["头三年不参与集体资产量化"]),
    ],
)
def test_a_status_share_given_back_or_barred_is_listed(text: str, quoted: list[str]) -> None:
    assert listed(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        # the act stopped, put right, paid for, referred
        "发现有人在林区用火的，由护林员当场制止并报林业站处理。",
        "乱倒建筑垃圾的，由其自行清运干净。",
        "狗咬伤人的，狗主须负担医药费。",
        # a benefit got by fraud taken back under its own rules
        "虚报家庭收入骗取低保的，经核实后取消其低保待遇。",
        # a supply stopped by the law's procedure, a court's order, praise
        "拖欠水费三个月以上的，按规定程序催告后中止供水。",
        "法院判令该组向原告支付补偿款两万元。",
        "主动制止偷伐行为的，予以通报表扬。",
        # no measure at all, help given, a share kept
        "初次违规情节轻微的，一律免予处罚。",
        "村委会对举报人的姓名予以保密。",
        "嫁到外村的女儿，户口未迁出的，一律保留其承包地。",
        "外嫁女的承包地，本人可以自愿交回集体。",
        # talk, a referral, gains given back: no consequence for the list
        "乱扔垃圾的，由保洁员上门做工作。",
        "私自砍伐竹林的，报村治保会处理。",
        "损坏路灯的，按原价退赔。",
        # the rule told done away with
        "该村规中“违者停水”一条已被删除。",
    ],
)
def test_lawful_look_alikes_are_not_listed(text: str) -> None:
    assert listed(text) == []
