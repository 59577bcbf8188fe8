"""Rendering real PDFs from the mini county and reading them back with pypdf.

Every test compiles with Typst and the bundled fonts: what is checked is what a clerk would print.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from conftest import COMMUNITY_CHARTER, VILLAGE, VILLAGE_CHARTER

from civcat.errors import UsageError
from civcat.render import RenderFailed, RenderOptions, render_catalogues, render_charters
from civcat.validate import load_repository, parse_documents

VILLAGE_CODE = "500243112201"
COMMUNITY_CODE = "500243001001"


def loaded(mini):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return repository


def text_of(path: Path) -> str:
    """All text of a PDF, without the spaces and line breaks justification and wrapping put in."""
    reader = pypdf.PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def render_one(mini, tmp_path, code=VILLAGE_CODE, **options) -> Path:
    [path] = render_charters(loaded(mini), [code], RenderOptions(out_dir=tmp_path / "out", **options))
    return path


def add_articles(mini, count: int) -> list[str]:
    """Give the village charter `count` more articles in its second chapter; their texts."""
    texts = [f"补充条款{n}，村民应当爱护公共环境。" for n in range(count)]
    articles = "".join(f"      - text: {text}\n" for text in texts)
    mini.replace(
        VILLAGE_CHARTER,
        "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。\n",
        "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。\n" + articles,
    )
    return texts


def test_charter_pdf_has_title_articles_and_footer(mini, tmp_path):
    path = render_one(mini, tmp_path)
    assert path == tmp_path / "out/charters/500243112/500243112201-石门村村规民约.pdf"
    text = text_of(path)
    assert "石门村村规民约" in text
    assert "第一章总则" in text and "第二章环境卫生" in text
    assert "第一条为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。" in text
    assert "第二条村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。" in text
    # The footer: the adopting meeting, its date and vote, and the filing authority.
    assert "2021年8月15日经村民会议表决通过（应到1000人，实到600人，赞成550人）" in text
    assert "2021年8月25日报长生镇人民政府备案" in text
    assert "备案机关：长生镇人民政府" in text
    assert "石门村村民委员会" in text


def test_fonts_are_embedded_subsets_with_unicode_maps(mini, tmp_path):
    reader = pypdf.PdfReader(render_one(mini, tmp_path))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert any("CivcatNotoSerifSC" in name for name in fonts), fonts
    assert any("CivcatNotoSansSC" in name for name in fonts), fonts
    for name, font in fonts.items():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), f"{name} is not embedded"
        assert "/ToUnicode" in font, f"{name} has no ToUnicode map: text would not be extractable"


def test_articles_are_numbered_in_chinese_across_chapters(mini, tmp_path):
    add_articles(mini, 10)
    text = text_of(render_one(mini, tmp_path))
    for number in ("第一条", "第二条", "第九条", "第十条", "第十一条", "第十二条"):
        assert number in text
    assert "第十三条" not in text
    # Numbering runs on across chapters: the second chapter's last article is the twelfth.
    assert text.index("第二章") < text.index("第二条") < text.index("第十二条")
    assert "第三条补充条款0，" in text and "第十二条补充条款9，" in text


def test_points_annex_is_a_table(mini, tmp_path):
    mini.write(
        VILLAGE_CHARTER,
        mini.read(VILLAGE_CHARTER)
        + """\
points:
  title: 石门村积分管理办法
  items:
    - {behaviour: 参加义务劳动, points: 2}
    - {behaviour: 乱扔垃圾, points: -1}
  redemption: 积分可在"积分超市"兑换生活用品
""",
    )
    text = text_of(render_one(mini, tmp_path))
    assert "附：石门村积分管理办法" in text
    assert "积分项目分值" in text
    assert "参加义务劳动加2分" in text and "乱扔垃圾扣1分" in text
    # Straight quotes from the data are set as Chinese quotes.
    assert "积分可在“积分超市”兑换生活用品" in text


HOSTILE = (
    '#read("/etc/passwd") #import "@preview/cetz:0.3.0" // 注释 /* 块 */ *粗体* _斜体_ $x^2$ '
    "= 标题 - 列表 + 编号 <label> @ref `code` \\ [内容] #{1+1} ... -- ~ http://example.com #set page(width: 1cm)"
)


def test_hostile_article_text_is_printed_literally(mini, tmp_path):
    # A folded block scalar: the text reaches civcat exactly as written, # and all.
    mini.replace(
        VILLAGE_CHARTER,
        "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。\n",
        f"      - text: >-\n          {HOSTILE}\n",
    )
    path = render_one(mini, tmp_path)
    text = text_of(path)
    # Straight quotes are set as Chinese quotes; every other character is printed as written.
    expected = (
        re.sub(r"\s+", "", HOSTILE)
        .replace('"/etc/passwd"', "“/etc/passwd”")
        .replace('"@preview/cetz:0.3.0"', "“@preview/cetz:0.3.0”")
    )
    assert "第二条" + expected in text, text
    assert "root:" not in text
    box = pypdf.PdfReader(path).pages[0].mediabox  # `#set page(width: 1cm)` did not run either
    assert round(float(box.width)) == 842


def test_missing_glyph_is_an_error_naming_character_code_point_file_and_line(mini, tmp_path):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔，爱护𠮷祥山林。")
    with pytest.raises(RenderFailed) as raised:
        render_one(mini, tmp_path)
    [failure] = raised.value.failures
    line = mini.line_of(VILLAGE_CHARTER, "𠮷")
    assert "“𠮷”" in failure.message and "U+20BB7" in failure.message
    assert f"{VILLAGE_CHARTER} 第 {line} 行" in failure.message
    assert "--font-dir" in failure.message  # how to add a font
    assert not list(tmp_path.rglob("*.pdf"))  # no document with a missing glyph is written


def test_missing_glyph_in_a_name_points_at_the_community_file(mini, tmp_path):
    mini.replace(VILLAGE, "name: 石门村", "name: 石𡋾村")
    with pytest.raises(RenderFailed) as raised:
        render_one(mini, tmp_path)
    message = raised.value.failures[0].message
    assert "U+212FE" in message and f"{VILLAGE} 第 {mini.line_of(VILLAGE, '𡋾')} 行" in message


def test_same_input_gives_byte_identical_pdfs(mini, tmp_path):
    first = render_one(mini, tmp_path / "a").read_bytes()
    second = render_one(mini, tmp_path / "b").read_bytes()
    assert first == second
    # The creation date is the publication date, not the clock.
    assert b"D:20210830" in first


def test_worker_processes_give_the_same_bytes_as_one_process(mini, tmp_path):
    repository = loaded(mini)
    serial = render_charters(repository, None, RenderOptions(out_dir=tmp_path / "serial", jobs=1), everything=True)
    parallel = render_charters(repository, None, RenderOptions(out_dir=tmp_path / "parallel", jobs=2), everything=True)
    assert [p.relative_to(tmp_path / "serial") for p in serial] == [
        p.relative_to(tmp_path / "parallel") for p in parallel
    ]
    for one, other in zip(serial, parallel, strict=True):
        assert one.read_bytes() == other.read_bytes()
    assert not list(tmp_path.rglob(".*"))  # no temporary file is left behind


def test_community_charter_and_draft(mini, tmp_path):
    text = text_of(render_one(mini, tmp_path, COMMUNITY_CODE))
    assert "三合社区居民公约" in text and "经居民会议表决通过" in text and "汉葭街道办事处" in text
    mini.replace(COMMUNITY_CHARTER, "model: residents_convention", "status: draft\nmodel: residents_convention")
    text = text_of(render_one(mini, tmp_path / "draft", COMMUNITY_CODE))
    assert "草案（征求意见稿）" in text and "尚未经居民会议表决通过" in text


def test_booklet_is_a4_with_page_numbers(mini, tmp_path):
    add_articles(mini, 30)
    path = render_one(mini, tmp_path, template="charter-booklet")
    assert path.name == "500243112201-石门村村规民约-booklet.pdf"
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert "—1—" in re.sub(r"\s+", "", reader.pages[0].extract_text())
    assert "第三十二条" in text_of(path)


def test_another_paper_does_not_replace_the_default_poster(mini, tmp_path):
    default = render_one(mini, tmp_path)
    a2 = render_one(mini, tmp_path, paper="a2")
    assert (default.name, a2.name) == ("500243112201-石门村村规民约.pdf", "500243112201-石门村村规民约-A2.pdf")
    assert default.exists() and render_one(mini, tmp_path, paper="A3") == default


@pytest.mark.parametrize(("paper", "size"), [("A2", (1191, 1684)), ("A4", (595, 842))])
def test_paper_option_scales_the_poster(mini, tmp_path, paper, size):
    box = pypdf.PdfReader(render_one(mini, tmp_path, paper=paper)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_long_charter_flows_on_and_nothing_is_cut_off(mini, tmp_path):
    texts = add_articles(mini, 160)
    path = render_one(mini, tmp_path)
    assert len(pypdf.PdfReader(path).pages) >= 2
    text = text_of(path)
    assert f"第{'一百六十二'}条" in text
    assert "补充条款159，村民应当爱护公共环境。" in text and len(texts) == 160
    assert "2021年8月25日报长生镇人民政府备案" in text


def test_png_and_typst_source_formats(mini, tmp_path):
    png = render_one(mini, tmp_path, output_format="png", ppi=50)
    assert png.suffix == ".png" and png.read_bytes().startswith(b"\x89PNG")
    source = render_one(mini, tmp_path, output_format="typ")
    assert source.suffix == ".typ" and "石门村村规民约" in source.read_text(encoding="utf-8")


def test_pdf_a_for_archives(mini, tmp_path):
    data = render_one(mini, tmp_path, pdf_standard="a-2b").read_bytes()
    assert b"pdfaid:part" in data or b"<pdfaid:part>2" in data


def test_catalogue_poster_lists_matters_by_tier_with_handlers(mini, tmp_path):
    [path] = render_catalogues(loaded(mini), ["石门村"], RenderOptions(out_dir=tmp_path))
    assert path == tmp_path / "catalogues/500243112/500243112201-石门村事项清单.pdf"
    text = text_of(path)
    assert "石门村“三事分流”事项清单" in text
    for tier in ("大事", "小事", "私事"):
        assert tier in text
    assert "城乡最低生活保障申请" in text and "乡镇人民政府社会事务办公室" in text
    assert "山坪塘日常维护" in text and "本地新增" in text  # the village's own item
    assert "集体林地管护" not in text  # excluded: 本村无集体林地
    assert "家庭房屋装修" in text and "寻求市场服务" in text
    assert "协商平台" in text and "村民议事会" in text and "院坝会" in text
    assert "村规民约（居民公约）的制定和修订" in text


def test_selection_errors_are_one_line_usage_errors(mini, tmp_path):
    repository = loaded(mini)
    options = RenderOptions(out_dir=tmp_path)
    for selectors, everything, fragment in (
        (["999999999999"], False, "没有这个代码"),
        (["不存在村"], False, "没有这个名称"),
        ([], False, "--all"),
        (["500243112"], False, "--township"),
    ):
        with pytest.raises(UsageError) as raised:
            render_charters(repository, selectors, options, everything=everything)
        assert fragment in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(UsageError, match="没有这个模板"):
        render_charters(repository, [VILLAGE_CODE], RenderOptions(out_dir=tmp_path, template="nope"))
    with pytest.raises(UsageError, match="不能用于"):
        render_charters(repository, [VILLAGE_CODE], RenderOptions(out_dir=tmp_path, template="catalogue-poster"))


def test_township_filter(mini, tmp_path):
    written = render_charters(
        loaded(mini), None, RenderOptions(out_dir=tmp_path), everything=True, township="500243001"
    )
    assert [p.name for p in written] == ["500243001001-三合社区居民公约.pdf"]


def test_pages_are_pdf_readable_in_memory(mini, tmp_path):
    """A sanity check that pypdf sees a single well-formed page for the short mini charter."""
    data = render_one(mini, tmp_path).read_bytes()
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
