"""`civcat import charter` on messy real-world Word documents, made here with python-docx.

The texts are MADE UP for the tests (in our own words): traditional characters pasted from a web page,
full-width digits, numbering styles mixed in one charter, articles laid out in a table, an unnumbered
附则, soft line breaks, a title over two paragraphs, Word's restarted list numbering, files that
are not what their name says.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import COMMUNITY_CHARTER, VILLAGE_CHARTER

from civcat.importers.charter import import_charters
from civcat.importers.documents import DocumentError, read_document
from civcat.importers.numbering import classify, number_value
from civcat.loader import parse

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture
def county(mini):
    mini.remove(VILLAGE_CHARTER)
    mini.remove(COMMUNITY_CHARTER)
    return mini


def _docx(path: Path, items: list, title: str | None = "石门村村规民约") -> Path:
    """A Word document: the title (style Title), then paragraphs (str), tables (("table", rows)),
    paragraphs with soft line breaks (("lines", [..])) and list paragraphs (("list", numId, level, text))."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    if title is not None:
        document.add_paragraph(title, style="Title")
    for item in items:
        if isinstance(item, str):
            document.add_paragraph(item)
        elif item[0] == "table":
            rows = item[1]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif item[0] == "lines":
            paragraph = document.add_paragraph()
            for index, line in enumerate(item[1]):
                run = paragraph.add_run(line)
                if index < len(item[1]) - 1:
                    run.add_break(WD_BREAK.LINE)
        elif item[0] == "list":
            _kind, num, level, text = item
            properties = document.add_paragraph(text)._p.get_or_add_pPr()
            properties.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
        elif item[0] == "num":  # a list instance numbering the first abstract list: ("num", numId)
            numbering = document.part.numbering_part.element
            abstract = numbering.find(f"{{{W[9:-1]}}}abstractNum").get(f"{{{W[9:-1]}}}abstractNumId")
            numbering.append(parse_xml(f'<w:num {W} w:numId="{item[1]}"><w:abstractNumId w:val="{abstract}"/></w:num>'))
    document.save(path)
    return path


def _one(county, path: Path, **options):
    outcomes = import_charters(county.root, [path], **options)
    assert len(outcomes) == 1
    return outcomes[0]


def _data(outcome) -> dict:
    data, problem = parse(outcome.text)
    assert problem is None, problem
    return data


def _chapters(outcome) -> list[tuple[str, list[str]]]:
    return [(c["title"], [a["text"] for a in c["articles"]]) for c in _data(outcome)["chapters"]]


def _lossless(texts: list[str], yaml_text: str) -> None:
    squeezed = re.sub(r"\s", "", yaml_text)
    assert [t for t in texts if re.sub(r"\s", "", t) not in squeezed] == []


# ---------------------------------------------------------------------------------------------
# 1. Traditional characters

TRADITIONAL = [
    "第一章 總則",
    "第一條 為了加強村民自治，根據有關法律，制定本規約。",
    "第二條 村民應當遵守法律，愛護公共設施。",
    "第二章 附則",
    "第三條 本規約由村民委員會負責解釋。",
    "本村規民約於2025年3月16日經村民會議表決通過，應到1186人，實到712人，贊成681人，報長生鎮人民政府備案。",
]


def test_traditional_characters_are_read_as_simplified_and_kept_as_written(county, tmp_path):
    outcome = _one(county, _docx(tmp_path / "公约.docx", TRADITIONAL, title="石門村村規民約"))
    assert outcome.error is None and outcome.code == "500243112201"  # 石門村 is 石门村
    data = _data(outcome)
    assert data["title"] == "石門村村規民約"
    assert _chapters(outcome) == [
        ("總則", ["為了加強村民自治，根據有關法律，制定本規約。", "村民應當遵守法律，愛護公共設施。"]),
        ("附則", ["本規約由村民委員會負責解釋。"]),
    ]
    assert data["status"] == "adopted" and data["procedure"] == {"voted": "2025-03-16"}
    assert data["vote"]["body"] == "villagers_meeting" and data["vote"]["in_favour"] == 681
    assert data["filed_with"] == "长生镇人民政府"  # a field read from the text is data: simplified
    assert "# civcat: 待核对（原文中有繁体字，条文照原文导入；要转为简体，请加 --simplified 重新导入）" in outcome.text
    assert any(line.startswith("繁体字：") for line in outcome.recognised)
    assert any("--simplified" in line for line in outcome.review)
    _lossless(TRADITIONAL[-1:], outcome.text)  # the closing line, kept as written beside the data read from it


def test_simplified_option_converts_traditional_characters(county, tmp_path):
    outcome = _one(county, _docx(tmp_path / "公约.docx", TRADITIONAL, title="石門村村規民約"), simplified=True)
    assert _data(outcome)["title"] == "石门村村规民约"
    assert _chapters(outcome)[0] == (
        "总则",
        ["为了加强村民自治，根据有关法律，制定本规约。", "村民应当遵守法律，爱护公共设施。"],
    )
    assert "# civcat: 待核对" not in outcome.text
    assert any("已转为简体" in line for line in outcome.recognised)
    assert [f.code for f in outcome.findings if f.code == "CV701"] == []


def test_a_simplified_charter_says_nothing_about_scripts(county, tmp_path):
    outcome = _one(county, _docx(tmp_path / "a.docx", ["第一条 村民应当遵守法律。"]), simplified=True)
    assert not any("繁体" in line for line in outcome.recognised + outcome.review)


# A charter touching every step that recognises on the simplified reading: a title over two lines, a
# subtitle closing line, chapters with topic words, a chapter number alone over its title line,
# sub-items, items inside an article's text, two articles pasted as one paragraph, an article table,
# an unnumbered 附则 with its article, a points annex with a sign heading and a header row, the vote
# and the filing. MADE UP for the test.
EVERY_STEP = [
    "石门村",
    "村规民约",
    "（2025年3月16日村民会议通过）",
    "第一章 总则",
    "第一条 为了推进村民自治，根据有关法律，制定本规约。",
    "第二章",
    "日常行为",
    "第二条 村民应当：1.爱护公共设施；",
    "2.节约用水用电。",
    "第三条 村民应当做到以下几点：",
    "（一）按时缴纳卫生费；",
    "（二）参加村里组织的义务劳动。",
    "第三章 调解纠纷",
    "第四条 邻里之间应当互相帮助。第五条 发生纠纷时先由调解委员会调解。",
    ("table", [["第六条", "外出务工的村民应当向村委会留下联系方式。"], ["第七条", "村民应当按规定处理生活垃圾。"]]),
    "附则：本规约自村民会议通过之日起施行。",
    "积分管理办法",
    (
        "table",
        [
            ["序号", "积分项目", "分值"],
            ["加分项目", "加分项目", "加分项目"],
            ["1", "参加义务劳动", "5"],
            ["减分项目", "减分项目", "减分项目"],
            ["2", "乱倒垃圾", "3"],
        ],
    ),
    "本村规民约于2025年3月16日经村民会议表决通过，应到1186人，实到712人，赞成681人，报长生镇人民政府备案。",
]


def _traditional(items: list) -> list:
    """The same items in traditional characters (OpenCC s2t), each read back one for one by the importer."""
    import opencc

    from civcat.rules.text import simplified_in_place

    convert = opencc.OpenCC("s2t").convert

    def one(text: str) -> str:
        written = convert(text)
        assert simplified_in_place(written) == text  # the importer's reading is the simplified text
        return written

    return [one(i) if isinstance(i, str) else ("table", [[one(c) for c in row] for row in i[1]]) for i in items]


def test_a_traditional_charter_imports_as_its_simplified_twin(county, tmp_path):
    """Structure, numbering, points, vote and closing lines are read on the simplified reading of each
    paragraph: a charter written in traditional characters imports as the same charter in simplified
    ones does, the text kept as written."""
    from civcat.rules.text import simplified_in_place

    (tmp_path / "simplified").mkdir()
    (tmp_path / "traditional").mkdir()
    simplified = _one(county, _docx(tmp_path / "simplified/公约.docx", EVERY_STEP, title=None), dry_run=True)
    written = _traditional(EVERY_STEP)
    traditional = _one(county, _docx(tmp_path / "traditional/公约.docx", written, title=None), dry_run=True)
    assert simplified.error is None and traditional.error is None
    data = _data(simplified)
    assert data["title"] == "石门村村规民约"
    assert [c for c, _a in _chapters(simplified)] == ["总则", "日常行为", "调解纠纷", "附则"]
    assert [c["topic"] for c in data["chapters"] if "topic" in c] == ["conduct", "disputes"]
    assert [len(a) for _c, a in _chapters(simplified)] == [1, 2, 4, 1]
    assert [(i["behaviour"], i["points"]) for i in data["points"]["items"]] == [("参加义务劳动", 5), ("乱倒垃圾", -3)]
    assert data["procedure"] == {"voted": "2025-03-16"} and data["vote"]["in_favour"] == 681
    assert data["filed_with"] == "长生镇人民政府"
    twin = _data(traditional)
    assert twin["chapters"][1]["articles"][0]["text"] == written[7][4:] + "\n\n" + written[8]  # as written
    lines = [line for line in traditional.text.splitlines(keepends=True) if "原文中有繁体字" not in line]
    assert len(lines) == len(simplified.text.splitlines()) and lines != simplified.text.splitlines(True)
    assert simplified_in_place("".join(lines)) == simplified.text  # the same YAML, the text as written
    script = [line for line in traditional.recognised if line.startswith("繁体字：")]
    assert len(script) == 1
    assert [simplified_in_place(line) for line in traditional.recognised if line not in script] == simplified.recognised
    assert [simplified_in_place(line) for line in traditional.review if "--simplified" not in line] == simplified.review


# ---------------------------------------------------------------------------------------------
# 2. Full-width digits and spaces in every numbering form


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [
        ("第 2 条 村民", "tiao", 2),
        ("第３条 村民", "tiao", 3),
        ("第　１２　条村民", "tiao", 12),
        ("第３章 村民", "chapter", 3),
        ("（三）村民", "paren_cn", 3),
        ("（３）村民", "paren_ar", 3),
        ("(３)村民", "paren_ar", 3),
        ("3．村民", "ar", 3),
        ("３．村民", "ar", 3),
        ("３、村民", "ar", 3),
        ("１２、村民", "ar", 12),
        ("三．村民", "cn", 3),
        ("⑶村民", "circled", 3),
        ("⒊村民", "circled", 3),
        ("③村民", "circled", 3),
    ],
)
def test_numbering_with_full_width_digits_and_spaces(text, style, value):
    numbered = classify(text)
    assert (numbered.style, numbered.value) == (style, value)
    assert numbered.rest == "村民"


def test_number_value_of_parenthesised_and_dotted_digits():
    assert [number_value(c) for c in "⑴⑵⑶⒈⒉㈢"] == [1, 2, 3, 1, 2, 3]


@pytest.mark.parametrize(
    "numbers",
    [
        ["第１条", "第 2 条", "第３条", "第　４　条"],
        ["第１條", "第２條", "第 3 條", "第４條"],
        ["１、", "２、", "3、", "４、"],
        ["1．", "２．", "３．", "４．"],
        ["（一）", "（二）", "（三）", "（四）"],
        ["（１）", "（２）", "(3)", "（４）"],
    ],
)
def test_word_charter_numbered_with_full_width_digits(county, tmp_path, numbers):
    texts = ["村民应当遵守法律。", "村民应当爱护公物。", "村民应当讲究卫生。", "村民应当勤俭节约。"]
    outcome = _one(county, _docx(tmp_path / "a.docx", [n + t for n, t in zip(numbers, texts, strict=True)]))
    assert _chapters(outcome) == [("正文", texts)]
    assert outcome.review == [] or all("繁体" in line for line in outcome.review)


# ---------------------------------------------------------------------------------------------
# 3. Mixed numbering: never silently merged


def test_a_paragraph_numbered_another_way_is_its_own_article_for_review(county, tmp_path):
    items = [
        "第三条 村民应当遵守法律。",
        "第四条 村民应当做到：",
        "（一）爱护公共设施；",
        "（二）保持院坝整洁。",
        "四、村民应当勤俭节约。",
        "5．村民应当讲究卫生。",
        "第六条 村民应当和睦相处。",
        "1. 邻里互相帮助；",
        "2. 有事协商解决。",
    ]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [
        (
            "正文",
            [
                "村民应当遵守法律。",
                "村民应当做到：\n\n（一）爱护公共设施；\n\n（二）保持院坝整洁。",
                "村民应当勤俭节约。",
                "村民应当讲究卫生。",
                "村民应当和睦相处。\n\n1. 邻里互相帮助；\n\n2. 有事协商解决。",
            ],
        )
    ]
    stray = "这一段的编号与上下文条文的编号方式不同，已单独作为一条条文"
    assert f"# civcat: 待核对（{stray}）：四、村民应当勤俭节约。" in outcome.text
    assert f"# civcat: 待核对（{stray}）：5．村民应当讲究卫生。" in outcome.text
    assert len(outcome.review) == 2 and all(stray in line for line in outcome.review)  # 第六条 follows 5．: no gap


def test_a_sub_item_out_of_sequence_is_not_merged_silently(county, tmp_path):
    items = ["第一条 村民应当做到：", "（一）爱护公共设施；", "（三）保持院坝整洁。"]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome)[0][1] == ["村民应当做到：\n\n（一）爱护公共设施；", "保持院坝整洁。"]
    assert len(outcome.review) == 1 and "（三）保持院坝整洁。" in outcome.review[0]


# ---------------------------------------------------------------------------------------------
# 4. Articles in a table


def test_articles_laid_out_in_tables_are_imported_in_place_for_review(county, tmp_path):
    items = [
        "第一章 总则",
        "第一条 村民应当遵守法律。",
        ("table", [["条款", "内容"], ["第二条", "村民应当爱护公共设施。"], ["第三条", "村民应当讲究卫生。"]]),
        "第四条 村民应当勤俭节约。",
        "第二章 民风民俗",
        ("table", [["第五条 红白喜事从简。"], ["第六条 孝敬老人。"]]),
        ("table", [["组别", "联系人"], ["一组", "王某某"]]),
        "第七条 邻里和睦。",
    ]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [
        ("总则", ["村民应当遵守法律。", "村民应当爱护公共设施。", "村民应当讲究卫生。", "村民应当勤俭节约。"]),
        ("民风民俗", ["红白喜事从简。", "孝敬老人。", "邻里和睦。"]),
    ]
    table = "原文这一条写在表格中，已作为条文导入"
    assert f"# civcat: 待核对（{table}）：条款 | 内容 / 第二条 | 村民应当爱护公共设施。" in outcome.text
    assert f"# civcat: 待核对（{table}）：第六条 孝敬老人。" in outcome.text
    assert "# civcat: 待核对（表格不是积分表，未导入）：组别 | 联系人 / 一组 | 王某某" in outcome.text
    assert sum(table in line for line in outcome.review) == 4
    assert not any("编号不连续" in line for line in outcome.review)


def test_a_table_of_bare_numbers_and_texts_is_an_article_table(county, tmp_path):
    items = [("table", [["序号", "条文"], ["1", "村民应当遵守法律。"], ["2", "村民应当爱护公物。"]])]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [("正文", ["村民应当遵守法律。", "村民应当爱护公物。"])]
    _lossless(["序号", "条文", "村民应当遵守法律。"], outcome.text)


# ---------------------------------------------------------------------------------------------
# 5. 附则 without a chapter number


@pytest.mark.parametrize("chapters", [True, False])
def test_an_unnumbered_fuze_is_a_chapter(county, tmp_path, chapters):
    items = ["第一条 村民应当遵守法律。", "第二条 村民应当爱护公物。", "附则：本规约经村民会议通过后施行。"]
    if chapters:
        items.insert(0, "第一章 总则")
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    first = "总则" if chapters else "正文"
    assert _chapters(outcome) == [
        (first, ["村民应当遵守法律。", "村民应当爱护公物。"]),
        ("附则", ["本规约经村民会议通过后施行。"]),
    ]
    assert outcome.review == []


def test_a_fuze_heading_and_a_traditional_fuze(county, tmp_path):
    items = ["总则", "第一条 村民应当遵守法律。", "附則", "第二条 本規約自通過之日起施行。"]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [("总则", ["村民应当遵守法律。"]), ("附則", ["本規約自通過之日起施行。"])]


# ---------------------------------------------------------------------------------------------
# 6. --dry-run over an existing charter


def test_dry_run_shows_what_would_replace_an_existing_charter(mini, tmp_path):
    before = mini.read(VILLAGE_CHARTER)
    path = _docx(tmp_path / "石门村村规民约.docx", ["第一条 村民应当遵守法律。"])
    dry = _one(mini, path, dry_run=True)
    assert dry.text and "村民应当遵守法律。" in dry.text and not dry.written
    assert "已有公约" in dry.error and "--force" in dry.error and "--dry-run" in dry.error
    assert dry.recognised and mini.read(VILLAGE_CHARTER) == before
    result = subprocess.run(
        [sys.executable, "-m", "civcat", "import", "charter", str(path), "--dry-run"],
        cwd=mini.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2  # as the same command without --dry-run: the write would be refused
    assert "text: 村民应当遵守法律。" in result.stdout and "已识别" in result.stdout
    assert result.stderr.count("\n") == 1 and "--force" in result.stderr and "Traceback" not in result.stderr
    assert mini.read(VILLAGE_CHARTER) == before


# ---------------------------------------------------------------------------------------------
# More of the same: soft line breaks, split titles, Word's list numbering, disguised files


def test_soft_line_breaks_separate_like_paragraphs(county, tmp_path):
    items = [
        ("lines", ["第一条 村民应当遵守法律。", "第二条 村民应当做到：", "（一）爱护公物；", "（二）讲究卫生。"]),
        "第三条 村民应当和睦相处。",
    ]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [
        ("正文", ["村民应当遵守法律。", "村民应当做到：\n\n（一）爱护公物；\n\n（二）讲究卫生。", "村民应当和睦相处。"])
    ]


def test_a_number_on_a_line_of_its_own_and_its_text_on_the_next(county, tmp_path):
    items = ["第一章", "总则", "第一条", "村民应当遵守法律。", "第二章", "村风民俗", "第二条", "红白喜事从简。"]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [("总则", ["村民应当遵守法律。"]), ("村风民俗", ["红白喜事从简。"])]
    assert outcome.review == []


@pytest.mark.parametrize(
    "top",
    [
        [("lines", ["长生镇石门村", "村规民约"])],
        ["长生镇石门村", "村规民约（修订）"],
    ],
)
def test_a_title_over_two_lines(county, tmp_path, top):
    outcome = _one(county, _docx(tmp_path / "a.docx", [*top, "第一条 村民应当遵守法律。"], title=None))
    assert outcome.code == "500243112201"
    assert _data(outcome)["title"] in ("长生镇石门村村规民约", "长生镇石门村村规民约（修订）")
    assert _chapters(outcome) == [("正文", ["村民应当遵守法律。"])] and outcome.review == []


def test_word_list_numbering_restarted_in_each_chapter(county, tmp_path):
    items = [
        ("num", 7),
        ("num", 8),
        "第一章 总则",
        ("list", 7, 0, "村民应当遵守法律。"),
        ("list", 7, 0, "村民应当爱护公物。"),
        "第二章 公共秩序",
        ("list", 8, 0, "不乱扔垃圾。"),
        ("list", 8, 0, "不占道堆物。"),
    ]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [
        ("总则", ["村民应当遵守法律。", "村民应当爱护公物。"]),
        ("公共秩序", ["不乱扔垃圾。", "不占道堆物。"]),
    ]
    assert outcome.review == []


def test_word_list_levels_as_chapters_and_articles(county, tmp_path):
    items = [
        ("num", 7),
        ("list", 7, 0, "总则"),
        ("list", 7, 1, "为了村民自治，制定本规约。"),
        ("list", 7, 0, "公共秩序"),
        ("list", 7, 1, "不乱扔垃圾。"),
        ("list", 7, 1, "不占道堆物。"),
    ]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [
        ("总则", ["为了村民自治，制定本规约。"]),
        ("公共秩序", ["不乱扔垃圾。", "不占道堆物。"]),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{\\rtf1\\ansi \\par}", "RTF 格式"),
        ("<html><body><p>第一条 爱护公物。</p></body></html>".encode(), "网页（HTML）格式"),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related", "网页（HTML）格式"),
        (b'<?xml version="1.0"?><w:wordDocument/>', "Word XML 格式"),
        ("石门村村规民约\n第一条 爱护公物。\n".encode("gb18030"), "纯文本"),
    ],
)
def test_a_docx_that_is_really_another_format_is_one_line(tmp_path, content, expected):
    path = tmp_path / "石门村村规民约.docx"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_command_simplified_option(county, tmp_path):
    path = _docx(tmp_path / "公约.docx", TRADITIONAL, title="石門村村規民約")
    result = subprocess.run(
        [sys.executable, "-m", "civcat", "import", "charter", str(path), "--simplified"],
        cwd=county.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 1: CV503, dates for the clerk
    assert "已转为简体" in result.stdout and "Traceback" not in result.stderr
    assert "title: 石门村村规民约" in county.read(VILLAGE_CHARTER)


def test_a_charter_typed_inside_a_one_cell_table_is_read_as_paragraphs(county, tmp_path):
    import docx

    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "石门村村规民约"
    for text in ("第一条 村民应当遵守法律。", "第二条 村民应当爱护公物。"):
        cell.add_paragraph(text)
    path = tmp_path / "a.docx"
    document.save(path)
    outcome = _one(county, path)
    assert _data(outcome)["title"] == "石门村村规民约"
    assert _chapters(outcome) == [("正文", ["村民应当遵守法律。", "村民应当爱护公物。"])] and outcome.review == []


def test_a_document_whose_text_is_all_in_text_boxes_says_so(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    box = (
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>第一条 村民应当遵守法律。</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    document.add_paragraph()._p.append(parse_xml(box))
    path = tmp_path / "a.docx"
    document.save(path)
    with pytest.raises(DocumentError, match="文本框"):
        read_document(path)


def test_a_title_only_in_the_page_header_is_the_title(county, tmp_path):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "石门村村规民约"
    document.add_paragraph("第一条 村民应当遵守法律。")
    path = tmp_path / "a.docx"
    document.save(path)
    outcome = _one(county, path)
    assert outcome.code == "500243112201" and _data(outcome)["title"] == "石门村村规民约"
    assert "# civcat: 待核对（正文中没有标题，标题取自页眉、页脚或文本框）：石门村村规民约" in outcome.text


def test_a_sub_item_run_whose_first_item_is_on_the_article_line(county, tmp_path):
    items = [
        "第一条 村民应当：1.爱护公物；",
        "2.讲究卫生；",
        "3.勤俭节约。",
        "第二条 村民应当：（一）孝敬老人；",
        "（二）关爱儿童。",
    ]
    outcome = _one(county, _docx(tmp_path / "a.docx", items))
    assert _chapters(outcome) == [
        (
            "正文",
            [
                "村民应当：1.爱护公物；\n\n2.讲究卫生；\n\n3.勤俭节约。",
                "村民应当：（一）孝敬老人；\n\n（二）关爱儿童。",
            ],
        )
    ]
    assert outcome.review == []
