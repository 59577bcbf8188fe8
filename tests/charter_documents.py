"""Charter documents for the import tests, written as Word (.docx, with python-docx) and text files.

The charters here are MADE UP for the tests: the articles, the points items, the meeting, its date and
its figures are invented (in our own words), not taken from any real village's charter. Each
document is built from one structure (`Spec`) in several layouts: with and without chapters, in each
numbering style (第X条, 1., 1、, 一、, Word's own list numbering), sub-items （一）(1), a points table,
closing lines; and as plain text in GB18030, UTF-16 or UTF-8 with BOM, any line ends. The tests know
which characters are numbering, so they can check that everything else reached the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CN = "零一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


@dataclass
class Article:
    text: str
    items: list[str] = field(default_factory=list)  # sub-items （一）（二）… inside the article
    more: list[str] = field(default_factory=list)  # further paragraphs of the same article


@dataclass
class Spec:
    title: str
    chapters: list[tuple[str, list[Article]]]
    points_title: str | None = None
    points: list[tuple[str, int]] = field(default_factory=list)
    redemption: str | None = None
    closing: list[str] = field(default_factory=list)

    def expected_chapters(self, layout: Layout) -> list[dict]:
        """The chapters (title and article texts) the YAML should hold for a document in this layout."""
        sub = SUB_STYLES[layout.items]

        def article(a: Article) -> str:
            return "\n\n".join([a.text] + [sub(i + 1) + item for i, item in enumerate(a.items)] + a.more)

        if layout.chapters is None:
            return [{"title": "正文", "articles": [article(a) for _t, arts in self.chapters for a in arts]}]
        return [{"title": t, "articles": [article(a) for a in arts]} for t, arts in self.chapters]


VILLAGE = Spec(
    title="石门村村规民约",
    chapters=[
        (
            "总则",
            [
                Article("为引导村民自我管理、自我教育、自我服务，根据有关法律法规，结合本村实际，制定本村规民约。"),
                Article("本村规民约适用于本村村民，以及在本村居住、经营的其他人员。"),
            ],
        ),
        (
            "规范日常行为",
            [
                Article(
                    "村民应当做到：",
                    items=[
                        "爱护道路、路灯、水池等公共设施；",
                        "按时清扫房前屋后，保持院坝整洁；",
                        "外出务工前告知村民小组长联系方式。",
                    ],
                ),
                Article("不参与赌博，不传播封建迷信，发现可疑情况及时告知村“两委”。"),
            ],
        ),
        (
            "维护公共秩序",
            [
                Article("生活垃圾投放到指定的收集点，农药包装袋送回收点，不倒入河沟。"),
                Article(
                    "林区用火须经村民小组同意，清明节祭扫提倡鲜花代替香烛。",
                    more=["每年三月为护林月，各村民小组轮流巡山。"],
                ),
            ],
        ),
        (
            "保障群众权益",
            [
                Article("男女平等，出嫁、离婚、丧偶的妇女及其子女与其他村民同等享有集体经济组织成员权益。"),
            ],
        ),
        (
            "调解群众纠纷",
            [
                Article("邻里之间发生纠纷，先由村民小组长劝解；劝解不成的，由村人民调解委员会调解，也可以依法起诉。"),
            ],
        ),
        (
            "引导民风民俗",
            [
                Article("红白喜事提倡简办，不燃放大型烟花，不搞攀比。"),
                Article("孝敬老人，关爱留守儿童，每年重阳节评选“好媳妇”“好儿女”。"),
            ],
        ),
        (
            "附则",
            [
                Article("本村规民约由村民委员会负责解释，自村民会议通过之日起施行。"),
            ],
        ),
    ],
    points_title="石门村积分管理办法",
    points=[
        ("参加村组义务投工投劳", 2),
        ("庭院整洁被评为“美丽庭院”", 5),
        ("乱扔垃圾、乱堆柴草", -2),
        ("无故不参加村民会议", -1),
    ],
    redemption="积分每半年公示一次，可到村积分超市兑换洗衣粉、食用油等生活用品。",
    closing=[
        "本村规民约于2025年3月16日经村民会议表决通过，应到会村民1186人，实到会712人，赞成681人，到会妇女305人。",
        "本村规民约报长生镇人民政府备案。",
        "石门村村民委员会",
    ],
)

COMMUNITY = Spec(
    title="三合社区居民公约",
    chapters=[
        (
            "正文",
            [
                Article("居民应当爱护小区的电梯、健身器材和绿地，不在楼道堆放杂物。"),
                Article("文明养犬，出门牵绳，及时清理犬只粪便。", items=["大型犬不进电梯；", "犬只按规定办理登记。"]),
                Article("晚上十点以后不在广场使用扩音设备，不影响他人休息。"),
                Article("邻里之间互相尊重，发生矛盾先协商，协商不成的请社区调解委员会调解。"),
                Article("本公约经居民会议讨论通过，自公布之日起施行。"),
            ],
        ),
    ],
    closing=["2024年11月2日居民会议表决：应到1430户，实到964户，赞成930户，到会妇女410人。"],
)


SUB_STYLES = {"paren_cn": lambda i: f"（{cn(i)}）", "paren_ar": lambda i: f"({i})", "dot": lambda i: f"{i}. "}
ARTICLE_STYLES = {
    "tiao": lambda i: f"第{cn(i)}条　",
    "tiao_ar": lambda i: f"第{i}条 ",
    "dot": lambda i: f"{i}. ",
    "dun": lambda i: f"{i}、",
    "cn": lambda i: f"{cn(i)}、",
    "paren": lambda i: f"（{cn(i)}）",
}
CHAPTER_STYLES = {
    "zhang": lambda i: f"第{cn(i)}章 ",
    "zhang_spaced": lambda i: f"第 {cn(i)} 章　",
    "cn": lambda i: f"{cn(i)}、",
}


@dataclass
class Layout:
    """How a document numbers its parts; `restart`: article numbers start again in each chapter."""

    chapters: str | None = "zhang"
    articles: str = "tiao"
    items: str = "paren_cn"
    restart: bool = False
    table: bool = True
    signed_points: bool = True  # "+2"/"-2" in the table; False: sections 加分项目 / 扣分项目
    auto: bool = False  # Word's own numbering (List Number) instead of written numbers


def paragraphs(spec: Spec, layout: Layout) -> list[tuple[str, str]]:
    """(numbering, text) of each paragraph of the body, in order (the title and closing lines included)."""
    out: list[tuple[str, str]] = [("", spec.title)]
    number = 0
    for c, (title, articles) in enumerate(spec.chapters, start=1):
        if layout.chapters:
            out.append((CHAPTER_STYLES[layout.chapters](c), title))
            if layout.restart:
                number = 0
        for article in articles:
            number += 1
            out.append(("" if layout.auto else ARTICLE_STYLES[layout.articles](number), article.text))
            out += [(SUB_STYLES[layout.items](i + 1), item) for i, item in enumerate(article.items)]
            out += [("", more) for more in article.more]
    if layout.table and spec.points:
        out.append(("", spec.points_title))
    return out


def _points_rows(spec: Spec, layout: Layout) -> list[list[str]]:
    if layout.signed_points:
        return [["序号", "积分项目", "分值"]] + [[str(i + 1), b, f"{p:+d}"] for i, (b, p) in enumerate(spec.points)]
    rows = [["项目", "分值"], ["加分项目"]]
    rows += [[b, str(p)] for b, p in spec.points if p > 0]
    rows.append(["扣分项目"])
    rows += [[b, str(-p)] for b, p in spec.points if p < 0]
    return rows


def write_docx(spec: Spec, layout: Layout, path: Path) -> Path:
    import docx

    document = docx.Document()
    body = paragraphs(spec, layout)
    document.add_paragraph(body[0][1], style="Title")
    for numbering, text in body[1:]:
        if layout.auto and not numbering and text in {a.text for _t, arts in spec.chapters for a in arts}:
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(numbering + text)
    if layout.table and spec.points:
        rows = _points_rows(spec, layout)
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            if len(row) == 1:
                merged = table.cell(r, 0).merge(table.cell(r, len(table.columns) - 1))
                merged.text = row[0]
                continue
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph(spec.redemption)
    for line in spec.closing:
        document.add_paragraph(line)
    document.save(path)
    return path


def write_text(spec: Spec, layout: Layout, path: Path, encoding: str, newline: str = "\n") -> Path:
    lines = [numbering + text for numbering, text in paragraphs(spec, layout)]
    if layout.table and spec.points:
        lines += ["\t".join(row) for row in _points_rows(spec, layout)]
        lines.append(spec.redemption)
    lines += spec.closing
    text = newline.join(lines) + newline
    path.write_bytes(text.encode(encoding))
    return path


def source_texts(spec: Spec, layout: Layout) -> list[str]:
    """Every piece of source text that is not numbering: it must all be found in the YAML."""
    texts = [text for _n, text in paragraphs(spec, layout)]
    if layout.table and spec.points:
        for row in _points_rows(spec, layout):
            texts += [cell for cell in row if not cell.lstrip("+-").isdigit()]
        texts.append(spec.redemption)
    return texts + spec.closing
