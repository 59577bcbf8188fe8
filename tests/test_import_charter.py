"""`civcat import charter`: Word and text charters (made up, see charter_documents.py) → YAML that validates."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from charter_documents import COMMUNITY, VILLAGE, Article, Layout, source_texts, write_docx, write_text
from conftest import COMMUNITY_CHARTER, VILLAGE_CHARTER

from civcat.errors import UsageError
from civcat.importers.charter import import_charters
from civcat.importers.documents import DocumentError, decode_text, read_document
from civcat.loader import parse

#: Findings that would mean the import misread the document: loading, schema, numbering, empty or merged articles.
MISREAD = re.compile(r"^CV(0\d\d|1\d\d|70[2-6])$")

LAYOUTS = {
    "chapters-tiao": Layout(),
    "chapters-spaced-tiao-arabic": Layout(chapters="zhang_spaced", articles="tiao_ar", items="paren_ar"),
    "cn-headings-dot-articles": Layout(chapters="cn", articles="dot", restart=True, signed_points=False),
    "cn-headings-dun-articles": Layout(chapters="cn", articles="dun"),
    "cn-headings-paren-articles": Layout(chapters="cn", articles="paren", items="dot", restart=True),
    "no-chapters-tiao": Layout(chapters=None),
    "no-chapters-cn-articles": Layout(chapters=None, articles="cn", table=False),
    "no-chapters-dot": Layout(chapters=None, articles="dot", signed_points=False),
    "word-list-numbering": Layout(auto=True),
}


@pytest.fixture
def county(mini):
    """The mini county without its two charters: they are what the tests import."""
    mini.remove(VILLAGE_CHARTER)
    mini.remove(COMMUNITY_CHARTER)
    return mini


def _load(text: str) -> dict:
    data, problem = parse(text)
    assert problem is None, problem
    return data


def _chapters(data: dict) -> list[dict]:
    return [{"title": c["title"], "articles": [a["text"] for a in c["articles"]]} for c in data["chapters"]]


def _assert_lossless(texts: list[str], yaml_text: str) -> None:
    """Every source text (numbering aside) is in the YAML, whitespace aside: as a value or a marked comment."""
    squeezed = re.sub(r"\s", "", yaml_text)
    missing = [t for t in texts if re.sub(r"\s", "", t) not in squeezed]
    assert not missing, missing


def _import_one(county, path: Path, **options):
    outcomes = import_charters(county.root, [path], **options)
    assert len(outcomes) == 1
    return outcomes[0]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_word_layouts_import_whole_and_validate_without_a_misreading(county, tmp_path, name):
    layout = LAYOUTS[name]
    path = write_docx(VILLAGE, layout, tmp_path / f"石门村村规民约-{name}.docx")
    outcome = _import_one(county, path)
    assert outcome.error is None, outcome.error
    assert outcome.target == VILLAGE_CHARTER and outcome.written
    text = county.read(VILLAGE_CHARTER)
    data = _load(text)
    assert data["title"] == "石门村村规民约"
    assert _chapters(data) == VILLAGE.expected_chapters(layout)
    _assert_lossless(source_texts(VILLAGE, layout), text)
    if layout.table:
        assert data["points"]["title"] == "石门村积分管理办法"
        assert [(i["behaviour"], i["points"]) for i in data["points"]["items"]] == VILLAGE.points
        assert data["points"]["redemption"] == VILLAGE.redemption
    assert [f.code for f in outcome.findings if MISREAD.match(f.code)] == []
    assert [f.code for f in county.validate(VILLAGE_CHARTER).findings if MISREAD.match(f.code)] == []
    assert "# civcat: 待核对" not in text, "a clean document leaves nothing for review"


def test_closing_lines_become_vote_procedure_and_filing(county, tmp_path):
    outcome = _import_one(county, write_docx(VILLAGE, Layout(), tmp_path / "石门村村规民约.docx"))
    data = _load(outcome.text)
    assert data["status"] == "adopted"
    assert data["procedure"] == {"voted": "2025-03-16"}  # only the date the text gives: nothing invented
    assert data["vote"] == {
        "body": "villagers_meeting",
        "basis": "persons",
        "eligible": 1186,
        "present": 712,
        "in_favour": 681,
        "women_present": 305,
    }
    assert data["filed_with"] == "长生镇人民政府"
    assert [f.code for f in outcome.findings] == [
        "CV503"
    ] * 5  # solicited, drafted, reviewed, filed, published: for the clerk
    assert "表决：村民会议 2025-03-16 应到 1186、实到 712、赞成 681、到会妇女 305（按人数计）" in outcome.recognised


def test_households_basis_and_residents_meeting(county, tmp_path):
    path = write_docx(COMMUNITY, Layout(chapters=None, articles="dun"), tmp_path / "三合社区居民公约.docx")
    outcome = _import_one(county, path)
    data = _load(county.read(COMMUNITY_CHARTER))
    assert data["type"] == "residents_convention"
    assert data["vote"] == {
        "body": "residents_meeting",
        "basis": "households",
        "eligible": 1430,
        "present": 964,
        "in_favour": 930,
        "women_present": 410,
    }
    assert data["procedure"] == {"voted": "2024-11-02"}
    assert "filed_with" not in data
    assert _chapters(data) == COMMUNITY.expected_chapters(Layout(chapters=None, articles="dun"))
    assert [f.code for f in outcome.findings if MISREAD.match(f.code)] == []


def test_no_vote_recorded_is_a_draft(county, tmp_path):
    closing_article = [("附则", [Article("本村规民约报长生镇人民政府备案后公布施行。")])]
    spec = VILLAGE.__class__(title=VILLAGE.title, chapters=VILLAGE.chapters[:-1] + closing_article)
    outcome = _import_one(county, write_docx(spec, Layout(table=False), tmp_path / "a.docx"))
    data = _load(outcome.text)
    assert data["status"] == "draft" and "vote" not in data and "procedure" not in data
    assert "filed_with" not in data  # “报……备案后施行” in a draft says where it is to be filed, not that it was
    assert outcome.findings == []


def test_an_adopted_charter_takes_the_filing_authority_from_its_last_article(county, tmp_path):
    closing_article = [
        ("附则", [Article("本村规民约经2025年3月16日村民会议表决通过，报长生镇人民政府备案后公布施行。")])
    ]
    spec = VILLAGE.__class__(title=VILLAGE.title, chapters=VILLAGE.chapters[:-1] + closing_article)
    data = _load(_import_one(county, write_docx(spec, Layout(table=False), tmp_path / "a.docx")).text)
    assert data["status"] == "adopted" and data["procedure"] == {"voted": "2025-03-16"}
    assert data["vote"] == {"body": "villagers_meeting"} and data["filed_with"] == "长生镇人民政府"
    assert data["chapters"][-1]["articles"][-1]["text"] == closing_article[0][1][0].text  # the article stays


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("gb18030", "\r\n"), ("gbk", "\n"), ("utf-16", "\r\n"), ("utf-16-le", "\n"), ("utf-8-sig", "\r"), ("utf-8", "\n")],
)
def test_the_same_text_as_a_txt_file_in_any_encoding_and_line_ends(county, tmp_path, encoding, newline):
    layout = Layout()
    word = _import_one(county, write_docx(VILLAGE, layout, tmp_path / "石门村村规民约.docx"), dry_run=True)
    path = write_text(VILLAGE, layout, tmp_path / "石门村村规民约.txt", encoding, newline)
    text = _import_one(county, path, dry_run=True)
    assert text.error is None
    assert _load(text.text) == _load(word.text)
    _assert_lossless(source_texts(VILLAGE, layout), text.text)


def test_decode_text_guesses_utf16_without_bom_and_gb18030():
    assert decode_text("第一条 爱护公物".encode("utf-16-le")) == "第一条 爱护公物"
    assert decode_text("abc 第一条".encode("utf-16-be")) == "abc 第一条"
    assert decode_text("村规民约".encode("gb18030")) == "村规民约"


def test_unrecognised_text_is_kept_for_review_never_dropped(county, tmp_path):
    path = tmp_path / "石门村村规民约.txt"
    path.write_text(
        "附件3\n石门村村规民约\n第一条 爱护公共设施。\n第三条 不乱扔垃圾。\n第四条 移风易俗。第五条 孝敬老人。\n"
        "序号\t说明\n1\t本表仅供参考\n石门村村民委员会\n2025年3月20日\n",
        encoding="utf-8",
    )
    outcome = _import_one(county, path)
    text = county.read(VILLAGE_CHARTER)
    for needle in ("附件3", "本表仅供参考", "2025-03-20", "第三条 不乱扔垃圾", "第四条 移风易俗。第五条 孝敬老人。"):
        assert needle in text
    assert "# civcat: 待核对（标题前的文字，不属于公约正文）：附件3" in text
    articles = [a["text"] for a in _load(text)["chapters"][0]["articles"]]
    assert articles == ["爱护公共设施。", "不乱扔垃圾。", "移风易俗。", "孝敬老人。"]
    assert len(outcome.review) == 5
    assert any("编号不连续" in line for line in outcome.review)
    _assert_lossless(["附件3", "爱护公共设施。", "说明", "本表仅供参考", "石门村村民委员会"], text)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_text_is_written_as_fmt_lays_it_out(county, tmp_path, name):
    from civcat.formatting import format_text

    village = _import_one(county, write_docx(VILLAGE, LAYOUTS[name], tmp_path / "石门村村规民约.docx"), dry_run=True)
    community = _import_one(
        county, write_docx(COMMUNITY, LAYOUTS[name], tmp_path / "三合社区居民公约.docx"), dry_run=True
    )
    messy = tmp_path / "石门村.txt"
    messy.write_text(
        "附件3\n石门村村规民约\n前言：本约定由村民共同制定。\n第一章　总则\n"
        "第一条 爱护公共设施。\n第三条 不乱扔垃圾：{a: b} # 不是注释\n第二章\n第四条 “守信” 'ok'\n"
        "序号\t说明\n1\t仅供参考\n",
        encoding="utf-8",
    )
    review = _import_one(county, messy, dry_run=True)
    for outcome in (village, community, review):
        assert format_text(outcome.text) == outcome.text


def test_community_from_the_file_name_when_the_title_has_none(county, tmp_path):
    spec = VILLAGE.__class__(title="村规民约", chapters=VILLAGE.chapters)
    outcome = _import_one(county, write_docx(spec, Layout(table=False), tmp_path / "长生镇石门村.docx"))
    assert outcome.code == "500243112201"


def test_unknown_community_and_community_option(county, tmp_path):
    spec = VILLAGE.__class__(title="村规民约", chapters=VILLAGE.chapters)
    path = write_docx(spec, Layout(table=False), tmp_path / "新版.docx")
    outcome = _import_one(county, path)
    assert "看不出是哪个村（社区）" in outcome.error and "--community" in outcome.error
    typo = VILLAGE.__class__(title="石们村村规民约", chapters=VILLAGE.chapters)
    near = _import_one(county, write_docx(typo, Layout(table=False), tmp_path / "新版2.docx"))
    assert "相近的有 500243112201（长生镇石门村）" in near.error
    assert _import_one(county, path, community="石门村").code == "500243112201"
    with pytest.raises(UsageError):
        import_charters(county.root, [path, path.with_name("x.docx")], community="石门村")


def test_ambiguous_name_lists_the_candidates(county, tmp_path):
    county.write(
        "catalogues/communities/500243001/500243001201.yaml",
        'civcat: 1\nkind: community\ncode: "500243001201"\nname: 石门村\ntype: village\n',
    )
    outcome = _import_one(county, write_docx(VILLAGE, Layout(table=False), tmp_path / "x.docx"))
    assert "500243001201（汉葭街道石门村）" in outcome.error and "500243112201（长生镇石门村）" in outcome.error
    ok = _import_one(county, write_docx(VILLAGE, Layout(table=False), tmp_path / "长生镇石门村村规民约.docx"))
    assert ok.code == "500243112201"


def test_existing_charter_needs_force_and_dry_run_writes_nothing(mini, tmp_path):
    before = mini.read(VILLAGE_CHARTER)
    path = write_docx(VILLAGE, Layout(), tmp_path / "石门村村规民约.docx")
    refused = _import_one(mini, path)
    assert "已有公约" in refused.error and "--force" in refused.error
    dry = _import_one(mini, path, force=True, dry_run=True)
    assert dry.text and not dry.written and mini.read(VILLAGE_CHARTER) == before
    forced = _import_one(mini, path, force=True)
    assert forced.written and mini.read(VILLAGE_CHARTER) == forced.text != before


# ---------------------------------------------------------------------------------------------
# Documents civcat cannot read: one line each, the others still imported


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("旧版.doc", OLE + b"Word.Document", "另存为"),
        ("旧版.wps", OLE, "另存为"),
        ("加密.docx", OLE + "EncryptedPackage".encode("utf-16-le"), "密码"),
        ("改名.docx", OLE + b"WordDocument", "Word 或 WPS 的旧二进制格式"),
        ("损坏.docx", b"PK\x03\x04" + b"\x00" * 40, "已损坏"),
        ("不是文档.docx", _zip({"content.xml": b"<x/>"}), "word/document.xml"),
        ("炸弹.docx", _zip({"word/document.xml": b"<" + b"a" * (8 * 1024 * 1024)}), "解压后过大"),
        ("空.txt", b"", "空的"),
        ("空白.txt", "\r\n \u3000\n".encode("utf-8"), "没有文字"),
        ("表格.xlsx", b"PK", "不是 civcat 能导入的文档"),
    ],
)
def test_unreadable_documents_are_one_line(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert expected in message and "\n" not in message


def test_damaged_xml_inside_a_docx(tmp_path):
    good = write_docx(VILLAGE, Layout(table=False), tmp_path / "good.docx")
    with zipfile.ZipFile(good) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:500]
    path = tmp_path / "截断.docx"
    path.write_bytes(_zip(members))
    with pytest.raises(DocumentError, match="已损坏"):
        read_document(path)


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "巨大.txt"
    with path.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    with pytest.raises(DocumentError, match="文件过大"):
        read_document(path)


def test_convert_hint_names_soffice_when_it_is_installed(tmp_path, monkeypatch):
    from civcat.importers import documents

    path = tmp_path / "旧版.doc"
    path.write_bytes(OLE)
    monkeypatch.setattr(documents.shutil, "which", lambda name: "/usr/bin/soffice" if name == "soffice" else None)
    with pytest.raises(DocumentError, match="soffice --headless --convert-to docx"):
        read_document(path)
    monkeypatch.setattr(documents.shutil, "which", lambda name: None)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert "soffice" not in str(caught.value)


def test_folder_imports_the_good_documents_and_exits_2_for_the_bad(county, tmp_path):
    folder = tmp_path / "公约"
    folder.mkdir()
    write_docx(VILLAGE, Layout(), folder / "石门村村规民约.docx")
    write_text(
        COMMUNITY, Layout(chapters=None, articles="dot", table=False), folder / "三合社区居民公约.txt", "gb18030"
    )
    (folder / "旧版.doc").write_bytes(OLE)
    (folder / "~$门村村规民约.docx").write_bytes(b"lock")  # Word's lock file: not a document
    result = subprocess.run(
        [sys.executable, "-m", "civcat", "import", "charter", str(folder)],
        cwd=county.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "旧版.doc" in result.stderr and "另存为" in result.stderr
    assert "Traceback" not in result.stderr
    assert (county.root / VILLAGE_CHARTER).is_file() and (county.root / COMMUNITY_CHARTER).is_file()
    assert "已识别" in result.stdout and "3 个错误" not in result.stdout
    assert "导入了 2 个文件；1 个文件未导入" in result.stdout


def test_command_dry_run_prints_the_yaml_and_writes_nothing(county, tmp_path):
    path = write_docx(VILLAGE, Layout(), tmp_path / "石门村村规民约.docx")
    result = subprocess.run(
        [sys.executable, "-m", "civcat", "import", "charter", str(path), "--dry-run"],
        cwd=county.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "title: 石门村村规民约" in result.stdout and "--dry-run" in result.stdout
    assert not (county.root / VILLAGE_CHARTER).exists()
    assert result.returncode == 1  # the imported charter has errors to fix (CV503): shown, exit 1


# ---------------------------------------------------------------------------------------------
# Any text: no traceback, YAML that loads, nothing dropped

_PIECES = [
    "第一章 总则",
    "第二章",
    "第三条 ",
    "第3条",
    "一、",
    "1.",
    "2、",
    "（一）",
    "(2)",
    "①",
    "第一节 ",
    "附件1：",
    "石门村村规民约",
    "爱护公共设施。",
    "不乱扔垃圾：",
    "积分",
    "扣分项目",
    "+2",
    "-1",
    "应到120人，实到90人，赞成80人",
    "2025年3月16日村民会议表决通过",
    "报长生镇人民政府备案",
    "石门村村民委员会",
    "“两委”",
    "# 注释",
    "'a': {b}",
    "\u3000",
    "\t",
    " | ",
    "2025.3.16",
    "二〇二五年三月十六日",
    "- 列表",
    "&anchor *ref",
    "!tag",
    "%",
    "@",
    "`",
]


def test_any_text_imports_without_a_traceback_and_keeps_every_line(county, tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from civcat.importers.charter_text import parse_charter
    from civcat.importers.documents import _read_text
    from civcat.importers.numbering import classify

    line = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.lists(line, min_size=1, max_size=14))
    def check(lines):
        from civcat.importers.charter import charter_yaml

        document = _read_text(Path("石门村村规民约.txt"), "\n".join(lines).encode("utf-8"))
        if not any(b.text.strip() or b.rows for b in document.blocks):
            return
        text = charter_yaml(parse_charter(document), "500243112201", "village", "石门村", "x.txt")
        assert parse(text)[1] is None
        squeezed = re.sub(r"\s", "", text)
        for block in document.blocks:
            pieces = block.rows and [c for row in block.rows for c in row] or [block.text]
            for piece in pieces:
                whole = re.sub(r"\s", "", piece)
                rest = re.sub(r"\s", "", classify(piece.strip()).rest)
                assert (
                    whole in squeezed
                    or rest in squeezed
                    or whole.lstrip("+-").isdigit()
                    or re.sub(r"[+\-分]", "", whole).isdigit()
                ), (piece, text)

    check()


def test_header_footer_and_other_tables_of_a_word_document_are_kept_for_review(county, tmp_path):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "石门村村民委员会印发"
    document.add_paragraph("石门村村规民约", style="Title")
    document.add_paragraph("")
    document.add_paragraph("第一条 爱护公共设施。")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("组别", "联系人"), ("一组", "王某某")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("第二条 不乱扔垃圾。")
    path = tmp_path / "石门村村规民约.docx"
    document.save(path)
    outcome = _import_one(county, path)
    text = county.read(VILLAGE_CHARTER)
    assert "# civcat: 待核对（页眉、页脚或文本框中的文字，不属于公约正文）：石门村村民委员会印发" in text
    assert "# civcat: 待核对（表格不是积分表，未导入）：组别 | 联系人 / 一组 | 王某某" in text
    assert [a["text"] for a in _load(text)["chapters"][0]["articles"]] == ["爱护公共设施。", "不乱扔垃圾。"]
    assert len(outcome.review) == 2


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["二〇二五年三月十六日，村民代表会议审议通过。应到代表45名，实到40名，赞成38名，其中女代表12名。"],
            dict(
                voted="2025-03-16",
                body="villagers_representatives",
                basis="representatives",
                figures={"eligible": 45, "present": 40, "in_favour": 38, "women_present": 12},
            ),
        ),
        (
            [
                "经2024.6.8户代表会议表决，应到368户，实到301户，同意289户。",
                "2024年6月20日报郁山镇人民政府备案，",
                "2024年7月1日公布施行。",
            ],
            dict(
                voted="2024-06-08",
                filed="2024-06-20",
                published="2024-07-01",
                body="villagers_meeting",
                basis="households",
                filed_with="郁山镇人民政府",
                figures={"eligible": 368, "present": 301, "in_favour": 289},
            ),
        ),
        (
            ["本公约已报汉葭街道办事处备案。"],
            dict(voted=None, body=None, basis=None, filed_with="汉葭街道办事处", figures={}),
        ),
    ],
)
def test_closing_lines_read_only_what_they_state(lines, expected):
    from civcat.importers.closing import read_closing

    closing = read_closing(lines)
    for name, value in expected.items():
        assert getattr(closing, name) == value, name


def test_two_documents_for_one_community_import_the_first(county, tmp_path):
    folder = tmp_path / "公约"
    folder.mkdir()
    write_docx(VILLAGE, Layout(), folder / "1-石门村村规民约.docx")
    write_text(VILLAGE, Layout(), folder / "2-石门村村规民约.txt", "gb18030")
    first, second = import_charters(county.root, [folder])
    assert first.written and second.error.startswith("与 ") and "500243112201" in second.error


def test_tracked_changes_read_as_word_shows_them(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("石门村村规民约", style="Title")
    paragraph = document.add_paragraph("第一条 爱护")
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(parse_xml(f'<w:ins {namespace} w:id="1" w:author="a"><w:r><w:t>公共设施</w:t></w:r></w:ins>'))
    paragraph._p.append(
        parse_xml(f'<w:del {namespace} w:id="2" w:author="a"><w:r><w:delText>道路</w:delText></w:r></w:del>')
    )
    paragraph.add_run("。")
    path = tmp_path / "修订.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == ["石门村村规民约", "第一条 爱护公共设施。"]


def test_unnumbered_charter_keeps_its_last_article_and_reads_the_dated_closing_line(county, tmp_path):
    path = tmp_path / "石门村村规民约.txt"
    path.write_text(
        "石门村村规民约\n爱护公共设施。\n本村规民约经村民会议通过后，报长生镇人民政府备案施行。\n"
        "2025年3月16日村民会议表决通过，应到1186人，实到712人，赞成681人。\n",
        encoding="utf-8",
    )
    data = _load(_import_one(county, path).text)
    articles = [a["text"] for a in data["chapters"][0]["articles"]]
    assert articles == ["爱护公共设施。", "本村规民约经村民会议通过后，报长生镇人民政府备案施行。"]
    assert data["procedure"] == {"voted": "2025-03-16"} and data["vote"]["present"] == 712


def test_word_heading_styles_as_chapters_and_a_markdown_file(county, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("三合社区居民公约", style="Title")
    for title, articles in (("爱护家园", ["爱护电梯和绿地。", "垃圾分类投放。"]), ("邻里和睦", ["邻里互相帮助。"])):
        document.add_heading(title, level=1)
        for number, text in enumerate(articles, start=1):
            document.add_paragraph(f"{number}. {text}")
    word = _import_one(county, document.save(tmp_path / "a.docx") or tmp_path / "a.docx", dry_run=True)
    expected = [
        {"title": "爱护家园", "articles": ["爱护电梯和绿地。", "垃圾分类投放。"]},
        {"title": "邻里和睦", "articles": ["邻里互相帮助。"]},
    ]
    assert word.code == "500243001001" and _chapters(_load(word.text)) == expected
    markdown = tmp_path / "三合社区居民公约.md"
    markdown.write_text(
        "# 三合社区居民公约\n\n## 第一章 爱护家园\n\n1. 爱护电梯和绿地。\n2. 垃圾分类投放。\n\n"
        "## 第二章 邻里和睦\n\n1. 邻里互相帮助。\n",
        encoding="utf-8",
    )
    assert _chapters(_load(_import_one(county, markdown, dry_run=True).text)) == expected


def _points_docx(path: Path, rows: list[list[str]], merge_first_column: tuple[int, int] | None = None) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("石门村村规民约", style="Title")
    document.add_paragraph("第一条 爱护公共设施。")
    document.add_paragraph("石门村积分管理办法")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    if merge_first_column:
        top, bottom = merge_first_column
        table.cell(top, 0).merge(table.cell(bottom, 0)).text = rows[top][0]
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("rows", "merge"),
    [
        (
            [
                ["加分项目", "分值", "扣分项目", "分值"],
                ["参加义务劳动", "2", "乱扔垃圾", "1"],
                ["见义勇为", "5", "占道堆物", "2"],
            ],
            None,
        ),
        (
            [
                ["序号", "项目", "加分", "扣分"],
                ["1", "参加义务劳动", "2", ""],
                ["2", "乱扔垃圾", "", "1"],
                ["3", "见义勇为", "5", ""],
                ["4", "占道堆物", "", "2"],
            ],
            None,
        ),
        (
            [
                ["类别", "行为", "分值"],
                ["加分项", "参加义务劳动", "2"],
                ["加分项", "见义勇为", "5"],
                ["扣分项", "乱扔垃圾", "1"],
                ["扣分项", "占道堆物", "2"],
            ],
            None,
        ),
    ],
)
def test_points_tables_in_other_layouts(county, tmp_path, rows, merge):
    outcome = _import_one(county, _points_docx(tmp_path / "石门村村规民约.docx", rows, merge), dry_run=True)
    items = sorted((i["behaviour"], i["points"]) for i in _load(outcome.text)["points"]["items"])
    assert items == [("乱扔垃圾", -1), ("占道堆物", -2), ("参加义务劳动", 2), ("见义勇为", 5)]
    assert "# civcat: 待核对" not in outcome.text
    _assert_lossless([c for row in rows for c in row if c and not c.isdigit()], outcome.text)


def test_points_columns_of_a_text_file_that_lost_their_alignment_are_left_for_review(county, tmp_path):
    path = tmp_path / "石门村村规民约.txt"
    path.write_text(
        "石门村村规民约\n第一条 爱护公共设施。\n项目\t加分\t扣分\n参加义务劳动\t2\n乱扔垃圾\t\t1\n", encoding="utf-8"
    )
    outcome = _import_one(county, path, dry_run=True)
    items = [(i["behaviour"], i["points"]) for i in _load(outcome.text)["points"]["items"]]
    assert items == [("参加义务劳动", 2), ("乱扔垃圾", 1)]
    assert outcome.text.count("# civcat: 待核对（积分表没有说明加分还是扣分，分值按加分导入）") == 2


def test_a_charter_that_cannot_be_written_is_one_line_and_the_others_are_written(county, tmp_path):
    folder = tmp_path / "公约"
    folder.mkdir()
    write_docx(VILLAGE, Layout(), folder / "石门村村规民约.docx")
    write_docx(COMMUNITY, Layout(chapters=None), folder / "三合社区居民公约.docx")
    (county.root / "charters" / "500243112").rmdir()
    (county.root / "charters" / "500243112").write_text("not a folder")  # the township's folder is a file
    outcomes = import_charters(county.root, [folder])
    failed = [o for o in outcomes if o.error]
    assert len(failed) == 1 and failed[0].error.startswith("无法写入 charters/500243112/500243112201.yaml")
    assert (county.root / COMMUNITY_CHARTER).is_file()
