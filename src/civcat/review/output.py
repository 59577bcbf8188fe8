"""The review opinion written out: markdown, JSON and the PDF letter; and --apply's copy of the draft.

Every file is written atomically (civcat.fileio). The PDF's date is the opinion's date, never the
clock, so the same data gives byte-identical files. The copy --apply writes is a new file in the
output folder, never the charter itself: the village reads it, changes what it wants, and only then
replaces its draft.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..fileio import atomic_write
from ..i18n import _
from ..render.typography import chinese_date, chinese_numeral
from .opinion import ArticleReview, ArticleToRead, Opinion

FORMATS = ("pdf", "markdown", "json")
SUFFIXES = {"pdf": ".pdf", "markdown": ".md", "json": ".json"}
TEMPLATE = Path(__file__).resolve().parent / "letter.typ.j2"


def file_stem(opinion: Opinion) -> str:
    from ..render.documents import safe_file_name

    return safe_file_name(f"{opinion.community['code']}-{opinion.community['name']}-审核意见")


def copy_name(opinion: Opinion) -> str:
    from ..render.documents import safe_file_name

    return safe_file_name(f"{opinion.community['code']}-{opinion.community['name']}-审核修改稿") + ".yaml"


def opinion_json(opinion: Opinion) -> str:
    return json.dumps(opinion.as_json(), ensure_ascii=False, indent=2) + "\n"


# The reading list (opinion.to_read) is no problem of the charter: it says what civcat could not judge,
# so that the reviewer reads those articles before signing; the conclusion says so too.
TO_READ_HEADING = "未能判断的条款（请审核人逐条阅读）"
TO_READ_INTRO = (
    "以下条款规定了对违反规约行为的处理，本意见的自动审查未能判断这些处理是否合法，未将其列为问题。"
    "请审核人逐条阅读，确认是否与法律、法规和国家政策相抵触，再作结论。"
)


# An article with findings may hold another consequence civcat could not judge; its suggestion keeps it.
UNJUDGED_BESIDE = "本条另有未能判断是否合法的处理（建议修改稿中照原文保留），请审核人阅读："


def _letter_parts(opinion: Opinion) -> dict[str, Any]:
    village = opinion.community["type"] == "village"
    number = 3 if opinion.other else 2  # sections 一 articles, 二 procedure, 三 other problems
    to_read_number = number + 1 if opinion.to_read else number
    unread = "、".join(a.number for a in opinion.to_read)
    return {
        "community_word": "村" if village else "社区",
        "body_label": _body_label(opinion),
        # the document as the village sent it, named as the title names it (a draft says so)
        "sent": f"《{opinion.charter['title']}{'（草案）' if opinion.charter['status'] == 'draft' else ''}》",
        "to_read_number": chinese_numeral(to_read_number),
        "conclusion_number": chinese_numeral(to_read_number + 1),
        "date_cn": chinese_date(opinion.date),
        "changes": opinion.changes,
        "no_articles": _no_articles(opinion, chinese_numeral(to_read_number)),
        "to_read_heading": TO_READ_HEADING,
        "to_read_intro": TO_READ_INTRO,
        "unjudged_beside": UNJUDGED_BESIDE,
        # nothing found and nothing left unjudged: 同意备案; otherwise the reviewer concludes after reading
        "unread_note": (
            f"{unread}规定的处理未能判断是否合法（见第{chinese_numeral(to_read_number)}部分），"
            + ("请审核人一并阅读。" if opinion.changes else "须经审核人逐条阅读、确认合法后，方可同意备案。")
        )
        if unread
        else "",
    }


def _body_label(opinion: Opinion) -> str:
    return "村民会议" if opinion.community["type"] == "village" else "居民会议"


def _no_articles(opinion: Opinion, to_read_number: str) -> str:
    """Section 一 when no article has a finding: never a clean bill while articles were left unjudged."""
    if opinion.to_read:
        return (
            "自动审查未发现可以判定与法律、法规和国家政策相抵触或侵犯村（居）民合法权利的条款；"
            f"另有{len(opinion.to_read)}条未能判断，见第{to_read_number}部分。"
        )
    return "未发现与法律、法规和国家政策相抵触或侵犯村（居）民合法权利的条款。"


# The charter's own words are quoted as text: a `*`, `_` or `<b>` a village typed is no markdown, and an
# article written on several lines stays one quotation.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _md_quote(text: str) -> str:
    return "\n".join(f"> {_md_text(line)}" if line.strip() else ">" for line in text.splitlines() or [""])


def _markdown_article_head(index: int, article: Any) -> list[str]:
    """（一）第五条（chapter, line N）and the article quoted: the same head for a problem and a reading."""
    return [
        f"### （{chinese_numeral(index)}）{article.number}（{article.chapter}，第 {article.line} 行）",
        "",
        _md_quote(article.text),
        "",
    ]


def _markdown_to_read(opinion: Opinion, parts: dict[str, Any]) -> list[str]:
    if not opinion.to_read:
        return []
    lines = [f"## {parts['to_read_number']}、{TO_READ_HEADING}", "", TO_READ_INTRO, ""]
    for index, article in enumerate(opinion.to_read, 1):
        lines += _markdown_article_head(index, article)
        lines += [f"- 未能判断的处理：“{_md_text(clause)}”" for clause in article.clauses]
        lines.append("")
    return lines


def opinion_markdown(opinion: Opinion) -> str:
    parts = _letter_parts(opinion)
    lines = [
        f"# {opinion.title}",
        "",
        f"发文机关：{opinion.issuer}  ",
        f"主送：{opinion.addressee}  ",
        f"日期：{parts['date_cn']}",
        "",
        f"{opinion.addressee}：",
        "",
        f"你{parts['community_word']}报送的{parts['sent']}收悉。经审核，现提出意见如下：",
        "",
        "## 一、条款内容",
        "",
    ]
    if not opinion.articles:
        lines += [parts["no_articles"], ""]
    for index, article in enumerate(opinion.articles, 1):
        lines += _markdown_article_head(index, article)
        lines += [f"- **{p.code}**：{p.message}" for p in article.problems]
        lines.append("")
        if article.suggestion:
            lines += ["建议修改为：", "", _md_quote(article.suggestion), ""]
        if article.unjudged:
            lines += [UNJUDGED_BESIDE + "、".join(f"“{_md_text(c)}”" for c in article.unjudged), ""]
    lines += ["## 二、制定程序和表决", ""]
    lines += [f"{i}. **{p.code}**（第 {p.line} 行）：{p.message}" for i, p in enumerate(opinion.procedure, 1)] or [
        "制定程序和表决情况未发现问题。"
    ]
    lines.append("")
    if opinion.other:
        lines += ["## 三、其他问题", ""]
        lines += [f"{i}. **{p.code}**（第 {p.line} 行）：{p.message}" for i, p in enumerate(opinion.other, 1)]
        lines.append("")
    lines += _markdown_to_read(opinion, parts)
    lines += [f"## {parts['conclusion_number']}、审核结论", ""]
    if parts["changes"]:
        lines += ["请按上述意见修改后重新报送。需要修改的内容：", ""]
        lines += [f"{i}. {item}" for i, item in enumerate(parts["changes"], 1)]
        lines += [
            "",
            f"以上修改建议供你{parts['community_word']}研究采纳，修改稿须依法提交{parts['body_label']}审议表决。",
        ]
        lines += ["", parts["unread_note"]] if parts["unread_note"] else []
    else:
        lines.append(parts["unread_note"] or "同意备案。")
    lines += ["", f"{opinion.issuer}  ", parts["date_cn"], ""]
    return "\n".join(lines)


def opinion_pdf(opinion: Opinion, fonts=None) -> bytes:
    """The opinion as a PDF letter (Typst, the bundled fonts unless `fonts` says otherwise)."""
    import datetime as dt
    import tempfile

    from ..render import fonts as fonts_module
    from ..render.compiler import make_compiler, render_template
    from ..render.templates import environment

    choice = fonts or fonts_module.FontChoice()
    template = environment(None).from_string(TEMPLATE.read_text(encoding="utf-8"))
    context = {
        "opinion": {**opinion.as_json(), **_letter_parts(opinion)},
        "fonts": {"body": choice.body, "title": choice.title},
    }
    source = render_template(template, None, context, 16 << 20)
    missing = fonts_module.missing_characters(source, fonts_module.fonts_in_use(choice).covered)
    if missing:
        raise UsageError(_missing_glyph(opinion, missing))
    day = opinion.date
    timestamp = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    with tempfile.TemporaryDirectory(prefix="civcat-review-") as root:
        compiler = make_compiler(choice, Path(root))
        return compiler.compile(input=source.encode("utf-8"), format="pdf", timestamp=timestamp)


def _missing_glyph(opinion: Opinion, missing: list[str]) -> str:
    """Where the first character the fonts lack is in the charter (file and line), and what to do."""
    from ..render.fonts import describe_character

    char = missing[0]
    quoted: list[ArticleReview | ArticleToRead] = [*opinion.articles, *opinion.to_read]
    line = next((a.line for a in quoted if char in a.text), None)
    path = opinion.charter["path"]
    place = _("{file} 第 {line} 行").format(file=path, line=line) if line else path
    return _(
        "{place}：字体中没有{char}，审核意见的 PDF 不能生成（否则该字会印成空白或方框）；"
        "请在公约中改用规范的常用字，或用 -f markdown -f json 只写出文字版"
    ).format(place=place, char=describe_character(char) + _others(missing[1:]))


def _others(missing: list[str]) -> str:
    if not missing:
        return ""
    return _("（另有 {count} 个字也缺：{chars}）").format(count=len(missing), chars="".join(missing[:5]))


def write_opinions(opinions: list[Opinion], out_dir: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write each opinion in each format into out_dir; the paths written, in order."""
    writers: dict[str, Callable[[Opinion], str | bytes]] = {
        "pdf": opinion_pdf,
        "markdown": opinion_markdown,
        "json": opinion_json,
    }
    # every document is made before the first is written: a PDF that cannot be made (a character no
    # font has) leaves no half-written set of opinions behind
    documents = [
        (Path(out_dir) / (file_stem(opinion) + SUFFIXES[fmt]), writers[fmt](opinion))
        for opinion in opinions
        for fmt in formats
    ]
    for path, data in documents:
        atomic_write(path, data)
    return [path for path, _data in documents]


def check_output_folder(out_dir: Path) -> None:
    """Refuse, before anything is reviewed, an output folder that cannot be written (fileio.check_output_folder)."""
    from ..fileio import check_output_folder as check_folder

    check_folder(out_dir, _("审核意见写在其中"))


def check_copy_folder(root: Path, out_dir: Path) -> None:
    """Refuse an --apply copy inside the repository's data folders: there it would be read as a second
    charter of the village (CV208, CV209) and fail every check of the county until removed."""
    from ..repository import DATA_FOLDERS

    try:
        inside = Path(out_dir).resolve().relative_to(Path(root).resolve())
    except ValueError:
        return  # outside the repository
    if inside.parts and inside.parts[0] in DATA_FOLDERS:
        raise UsageError(
            _(
                "-o {folder}：修改稿不能写在 {data}/ 里（那里的 YAML 文件都会被当作数据检查，"
                "成为这个村的第二份公约）；请换一个输出文件夹，如默认的 out"
            ).format(folder=out_dir, data=inside.parts[0])
        )


def check_copies(opinions: list[Opinion], out_dir: Path, *, force: bool = False) -> None:
    """Refuse, before anything is written, a copy --apply would write over an earlier one (the village
    may have edited it) unless `force`."""
    if force:
        return
    for opinion in opinions:
        path = Path(out_dir) / copy_name(opinion)
        if any(a.suggestion for a in opinion.articles) and path.exists():
            raise UsageError(_("{path}: 文件已存在；确认要覆盖请加 --force").format(path=path))


def apply_suggestions(root: Path, opinion: Opinion, out_dir: Path, *, force: bool = False) -> Path | None:
    """A copy of the charter with the suggested wording in place of the flagged articles, written into
    out_dir for the village to review (never over the charter). None when there is nothing to apply."""
    from ..formatting import canonical, load_round_trip

    changes = [a for a in opinion.articles if a.suggestion]
    if not changes:
        return None
    source = (Path(root) / opinion.charter["path"]).read_text(encoding="utf-8-sig")
    data = load_round_trip(source)
    for article in changes:
        node = data
        for key in article.at[:-1]:
            node = node[key]
        node[article.at[-1]] = article.suggestion
    numbers = "、".join(a.number for a in changes)
    header = (
        f"# {opinion.issuer}{chinese_date(opinion.date)}审核意见的修改建议稿（civcat review --apply 生成）。\n"
        f"# 已按建议改写：{numbers}。请{opinion.addressee}逐条审阅，采纳后再替换 {opinion.charter['path']}，\n"
        f"# 修改稿须依法提交{_body_label(opinion)}审议表决。\n"
    )
    path = Path(out_dir) / copy_name(opinion)
    atomic_write(path, header + canonical(data), overwrite=force)
    return path
