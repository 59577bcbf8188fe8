"""The review opinion written out: markdown, JSON and the PDF letter; and --apply's copy of the draft.

Every file is written atomically (civcat.fileio). The PDF's date is the opinion's date, never the
clock, so the same data gives byte-identical files. The copy --apply writes is a new file in the
output folder, never the charter itself: the village reads it, changes what it wants, and only then
replaces its draft.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..fileio import atomic_write
from ..i18n import _
from ..render.typography import chinese_date, chinese_numeral
from .opinion import Opinion

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


def _letter_parts(opinion: Opinion) -> dict[str, Any]:
    village = opinion.community["type"] == "village"
    return {
        "community_word": "村" if village else "社区",
        "body_label": "村民会议" if village else "居民会议",
        "conclusion_number": chinese_numeral(4 if opinion.other else 3),
        "date_cn": chinese_date(opinion.date),
        "changes": opinion.changes,
    }


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
        f"你{parts['community_word']}报送的《{opinion.charter['title']}》收悉。经审核，现提出意见如下：",
        "",
        "## 一、条款内容",
        "",
    ]
    if not opinion.articles:
        lines += ["未发现与法律、法规和国家政策相抵触或侵犯村（居）民合法权利的条款。", ""]
    for index, article in enumerate(opinion.articles, 1):
        lines += [
            f"### （{chinese_numeral(index)}）{article.number}（{article.chapter}，第 {article.line} 行）",
            "",
            f"> {article.text}",
            "",
        ]
        lines += [f"- **{p.code}**：{p.message}" for p in article.problems]
        lines.append("")
        if article.suggestion:
            lines += ["建议修改为：", "", f"> {article.suggestion}", ""]
    lines += ["## 二、制定程序和表决", ""]
    lines += [f"{i}. **{p.code}**（第 {p.line} 行）：{p.message}" for i, p in enumerate(opinion.procedure, 1)] or [
        "制定程序和表决情况未发现问题。"
    ]
    lines.append("")
    if opinion.other:
        lines += ["## 三、其他问题", ""]
        lines += [f"{i}. **{p.code}**（第 {p.line} 行）：{p.message}" for i, p in enumerate(opinion.other, 1)]
        lines.append("")
    lines += [f"## {parts['conclusion_number']}、审核结论", ""]
    if parts["changes"]:
        lines += ["请按上述意见修改后重新报送。需要修改的内容：", ""]
        lines += [f"{i}. {item}" for i, item in enumerate(parts["changes"], 1)]
        lines += [
            "",
            f"以上修改建议供你{parts['community_word']}研究采纳，修改稿须依法提交{parts['body_label']}审议表决。",
        ]
    else:
        lines.append("同意备案。")
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
        raise UsageError(_("{title}：字体中没有这些字：{chars}").format(title=opinion.title, chars="".join(missing)))
    day = opinion.date
    timestamp = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    with tempfile.TemporaryDirectory(prefix="civcat-review-") as root:
        compiler = make_compiler(choice, Path(root))
        return compiler.compile(input=source.encode("utf-8"), format="pdf", timestamp=timestamp)


def write_opinions(opinions: list[Opinion], out_dir: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write each opinion in each format into out_dir; the paths written, in order."""
    writers: dict[str, Callable[[Opinion], str | bytes]] = {
        "pdf": opinion_pdf,
        "markdown": opinion_markdown,
        "json": opinion_json,
    }
    written = []
    for opinion in opinions:
        for fmt in formats:
            path = Path(out_dir) / (file_stem(opinion) + SUFFIXES[fmt])
            atomic_write(path, writers[fmt](opinion))
            written.append(path)
    return written


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
        f"# 已按建议改写：{numbers}。请村（居）民委员会逐条审阅，采纳后再替换 {opinion.charter['path']}，\n"
        f"# 修改稿须依法提交会议审议表决。\n"
    )
    path = Path(out_dir) / copy_name(opinion)
    atomic_write(path, header + canonical(data), overwrite=force)
    return path
