"""CV701–CV707: script, punctuation, width, numbering, repeated articles, invisible characters, formula-like text."""

from __future__ import annotations

import pytest
from conftest import VILLAGE, VILLAGE_CHARTER

from civcat.findings import Severity
from civcat.rules.text import ascii_punctuation, chinese_number, needle_at, script_counts, to_simplified

MODEL = "charters/model/village_rules.yaml"
ARTICLE = "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。"  # the village charter's second article


def set_article(mini, text: str, rel: str = VILLAGE_CHARTER) -> None:
    mini.replace(rel, f"- text: {ARTICLE}", f"- text: {text}")


def add_article(mini, text: str, rel: str = VILLAGE_CHARTER) -> None:
    mini.replace(rel, f"      - text: {ARTICLE}\n", f"      - text: {ARTICLE}\n      - text: {text}\n")


# --- helpers ------------------------------------------------------------------------------------


def test_the_traditional_table_is_what_opencc_says():
    # The quick first look of CV701 must be OpenCC's own list (scripts/build_script_table.py writes it).
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_script_table.py"
    spec = importlib.util.spec_from_file_location("build_script_table", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8").strip() == module.traditional_characters()


def test_opencc_judges_by_the_phrase():
    traditional, simplified = script_counts([((), "今后村民于每月最后一天在村里打扫卫生，皇后山著名。")])
    assert traditional == []
    traditional, _simplified = script_counts([((), "本公约經村民会议讨论通过後施行。")])
    assert [(i, other) for _at, _text, i, other in traditional] == [(3, "经"), (12, "后")]
    assert to_simplified("村民應當遵守本村規民約") == "村民应当遵守本村规民约"


def test_needle_is_the_first_occurrence():
    text = "3,000元,每户"
    assert needle_at(text, 6) == ",每"
    assert text.find(needle_at(text, 6)) == 6
    assert needle_at(text, 1) == ","


@pytest.mark.parametrize(
    ("n", "chinese"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (35, "三十五"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (123, "一百二十三"),
        (1000, "一千"),
        (1005, "一千零五"),
        (1010, "一千零一十"),
        (1100, "一千一百"),
        (2019, "二千零一十九"),
        (10000, "一万"),
        (20003, "二万零三"),
        (123456, "十二万三千四百五十六"),
    ],
)
def test_chinese_numbers(n, chinese):
    assert chinese_number(n) == chinese


# --- CV701 --------------------------------------------------------------------------------------


def test_cv701_traditional_characters_in_a_simplified_charter(mini):
    set_article(mini, "村民應當爱护公共环境，垃圾分类投放，不乱倒乱扔。")
    f = mini.only("CV701")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, "應當")
    assert "“應”是繁体字" in f.message and "“应”" in f.message
    assert "“村民應當爱护公共环境”改为“村民应当爱护公共环境”" in f.message


def test_cv701_points_at_the_first_traditional_character_in_a_community_file(mini):
    mini.replace(VILLAGE, "name: 石门村", "name: 石門村")
    f = mini.only("CV701")
    assert f.path == VILLAGE
    assert (f.line, f.column) == mini.position(VILLAGE, "門")
    assert "简体作“门”" in f.message


def test_cv701_simplified_characters_in_a_traditional_model(mini):
    mini.write(
        MODEL,
        """\
        civcat: 1
        kind: charter-model
        type: village_rules
        title: 村規民約示範文本
        chapters:
          - title: 總則
            articles:
              - text: 為推進村民自治，弘揚文明新風，經村民會議討論通過，制定本村規民約。
              - text: 村民應當愛護公共環境，垃圾分类投放。
        """,
    )
    f = mini.only("CV701")
    assert f.path == MODEL
    assert (f.line, f.column) == mini.position(MODEL, "类投放")
    assert "以繁体字为主" in f.message and "“类”是简体字" in f.message and "“類”" in f.message


def test_cv701_near_miss_shared_characters_and_one_script(mini):
    # 后 里 于 台 干 只 are also ordinary traditional characters: they do not make a text "mixed".
    set_article(mini, "今后村民于每月最后一天在村里打扫卫生，只需带上干净的工具到戏台集合。")
    assert mini.findings("CV701") == []


# --- CV702 --------------------------------------------------------------------------------------


def test_cv702_ascii_comma_between_chinese(mini):
    set_article(mini, "村民应当爱护公共环境,垃圾分类投放，不乱倒乱扔。")
    f = mini.only("CV702")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, ",垃圾")
    assert "“,”" in f.message and "“，”" in f.message


def test_cv702_points_past_a_lawful_comma_and_counts(mini):
    set_article(mini, "每户筹资3,000元以内,由村民会议决定;不乱倒乱扔。")
    f = mini.only("CV702")
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, ",由")
    assert "共 2 处" in f.message


def test_cv702_parentheses_around_chinese_and_final_period(mini):
    set_article(mini, "爱护公共设施(含路灯)，不乱倒乱扔.")
    f = mini.only("CV702")
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, "(含")
    assert "“（”" in f.message and "共 3 处" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "每户筹资不超过15.5元，上午8:30集合。",
        "详见公开栏A.B栏，或拨打12345。",
        "依照《村民委员会组织法》(2018)执行。",
        "筹资3,000元以内，由村民会议决定。",
    ],
)
def test_cv702_near_miss_decimals_times_and_ascii(mini, text):
    set_article(mini, text)
    assert mini.findings("CV702") == []


def test_ascii_punctuation_offsets():
    assert ascii_punctuation("村民,应当") == [2]
    assert ascii_punctuation("村民, 应当") == [2]
    assert ascii_punctuation("(一)村民") == [0, 2]
    assert ascii_punctuation("3.5元") == []
    assert ascii_punctuation("8:30前") == []


# --- CV703 --------------------------------------------------------------------------------------


def test_cv703_full_width_digits(mini):
    set_article(mini, "每户每年筹资不超过１５元，不乱倒乱扔ＡＢ。")
    f = mini.only("CV703")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, "１５")
    assert "“１５”" in f.message and "“15”" in f.message and "共 2 处" in f.message


def test_cv703_in_a_community_file(mini):
    mini.replace(VILLAGE, "reason: 本村无集体林地", "reason: 本村无集体林地（第２组除外）")
    f = mini.only("CV703")
    assert f.path == VILLAGE
    assert (f.line, f.column) == mini.position(VILLAGE, "２")


def test_cv703_near_miss_full_width_punctuation(mini):
    set_article(mini, "每户每年筹资不超过15元（含15元），不乱倒乱扔！")
    assert mini.findings("CV703") == []


# --- CV704 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["第三条", "第3条", "第 12 条", "3.", "3、", "3．", "12)", "(3)", "（3）", "（三）", "三、", "十二、", "①"],
)
def test_cv704_manual_numbering(mini, number):
    set_article(mini, f"{number} 村民应当爱护公共环境。")
    f = mini.only("CV704")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, number)
    assert f"“{number}”" in f.message and "第二条" in f.message


def test_cv704_in_a_model(mini):
    mini.replace(MODEL, f"- text: {ARTICLE}", f"- text: 2、{ARTICLE}")
    f = mini.only("CV704")
    assert f.path == MODEL
    assert (f.line, f.column) == mini.position(MODEL, "2、")


@pytest.mark.parametrize(
    "text",
    [
        "一是爱护公共环境，二是垃圾分类投放。",
        "3.5亩以上的承包地流转，应当签订书面合同。",
        "10:00前将垃圾投放到指定地点。",
        "一户一宅，建房应当依法申请审批。",
        "第一书记和驻村工作队指导本村规民约的实施。",
        "2021年起，垃圾分类投放。",
    ],
)
def test_cv704_near_miss_prose(mini, text):
    set_article(mini, text)
    assert mini.findings("CV704") == []


# --- CV705 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", '""', "'   '", "null"])
def test_cv705_empty_article(mini, empty):
    mini.replace(VILLAGE_CHARTER, f"- text: {ARTICLE}", f"- text: {empty}".rstrip())
    f = mini.only("CV705")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.ERROR)
    assert f.line == len(mini.read(VILLAGE_CHARTER).splitlines())
    assert f.column == 9  # the `text` key
    assert "第二条是空的" in f.message


def test_cv705_same_article_twice(mini):
    first = "为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。"
    add_article(mini, first.replace("，", "， ", 1))  # differs only by whitespace
    f = mini.only("CV705")
    assert f.severity is Severity.ERROR
    lines = mini.read(VILLAGE_CHARTER).splitlines()
    assert f.line == len(lines) and f.column == lines[-1].index("为推进") + 1
    assert "第三条与第一条（第一章“总则”）的内容相同" in f.message


def test_cv705_near_miss_different_articles_and_other_documents(mini):
    # The model and the charter share their articles: that is adaptation, not repetition.
    add_article(mini, "村民应当爱护公共设施，不损坏道路和路灯。")
    assert mini.findings("CV705") == []


# --- CV706 --------------------------------------------------------------------------------------


def test_cv706_zero_width_space_in_an_article(mini):
    set_article(mini, "村民应当\u200b爱护公共环境，不乱倒\u200b乱扔。")
    f = mini.only("CV706")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.ERROR)
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, "\u200b")
    assert "零宽空格 U+200B" in f.message and "共 2 个" in f.message


def test_cv706_second_occurrence_of_the_same_character(mini):
    mini.replace(VILLAGE_CHARTER, "title: 环境卫生", "title: 环境\u200b卫生")
    mini.replace(MODEL, "title: 环境卫生", "title: 环境\u200b卫生")
    mini.replace(MODEL, "title: 总则", "title: 总\u200b则")
    found = [f for f in mini.findings("CV706") if f.path == MODEL]
    assert [(f.line, f.column) for f in found] == [
        mini.position(MODEL, "\u200b", after="总\u200b则"),
        mini.position(MODEL, "\u200b", after="环境\u200b卫生"),
    ]


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u202e", "从右至左覆盖"),
        ("\ufeff", "BOM"),
        ("\u00ad", "软连字符"),
        ("\u2066", "从左至右隔离"),
        ("\u200d", "零宽连字"),
    ],
)
def test_cv706_bidi_controls_stray_bom_and_soft_hyphen(mini, char, name):
    mini.replace(VILLAGE, "name: 石门村", f"name: 石门{char}村")
    f = mini.only("CV706")
    assert f.path == VILLAGE
    assert (f.line, f.column) == mini.position(VILLAGE, char)
    assert name in f.message


def test_cv706_in_a_key_and_in_a_comment(mini):
    mini.replace(VILLAGE, "urban_rural:", "# 城乡\u200b分类\nurban_rural:")
    f = mini.only("CV706")
    assert (f.line, f.column) == mini.position(VILLAGE, "\u200b")
    assert f"第 {f.line} 行第 {f.column} 列" in f.message


def test_cv706_near_miss_leading_bom_and_ideographic_space(mini):
    mini.write(VILLAGE, "\ufeff" + mini.read(VILLAGE).replace("name: 石门村", "name: 石门村\u3000"))
    assert mini.findings("CV706") == []


# --- CV707 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_cv707_article_starting_like_a_formula(mini, start):
    set_article(mini, f'\'{start}HYPERLINK("http://example.com","村民")\'')
    f = mini.only("CV707")
    assert (f.path, f.severity) == (VILLAGE_CHARTER, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, f"{start}HYPERLINK")
    assert f"“{start}”开头" in f.message


@pytest.mark.parametrize(("escape", "name"), [("\\t", "制表符"), ("\\r", "回车符")])
def test_cv707_leading_tab_or_carriage_return_written_as_escapes(mini, escape, name):
    mini.replace(VILLAGE, "name: 石门村", f'name: "{escape}石门村"')
    f = mini.only("CV707")
    assert f.path == VILLAGE and f"以{name}开头" in f.message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("name: 石门村", "name: |-\n  =1+1"),
        ("name: 石门村", "name: &a =1+1"),
        ("platforms: [村民议事会, 院坝会]", "platforms: [村民议事会,=1+1]"),
        ("platforms: [村民议事会, 院坝会]", "platforms:\n    - 村民议事会\n    -\n      =1+1"),
    ],
)
def test_cv707_block_scalars_anchors_and_flow_values(mini, old, new):
    mini.replace(VILLAGE, old, new)
    assert mini.only("CV707").path == VILLAGE


def test_cv707_near_misses(mini):
    # A dash, an equals sign or a plus inside the text, a negative number, a date: not text that starts so.
    set_article(mini, "村民应当爱护公共环境-不乱倒乱扔=+@。")
    mini.replace(VILLAGE, "name: 石门村", "name: 石门村-1")
    assert mini.findings("CV707") == []
