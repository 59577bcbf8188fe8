"""Findings out: text (grouped, with the source line and a marker, as rustc and ruff do), concise,
json and github (FORMAT.md §4), and SARIF 2.1.0 for code-scanning tools."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from itertools import groupby

from . import __version__
from .findings import Finding, Severity
from .i18n import _, ngettext
from .textutil import series

FORMATS = ("text", "concise", "json", "github", "sarif")


def _display_width(text: str) -> int:
    """Terminal columns: CJK characters take two, so the marker lands under the right character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _marker_length(line: str, column: int) -> int:
    rest = line[column - 1 :]
    token = rest.split(" #", 1)[0].rstrip() if rest else ""
    if token.endswith(":") and ": " not in token:
        token = token[:-1]
    return max(1, _display_width(token[:60]))


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


def _sarif_region(f: Finding) -> dict:
    """Where the finding is; with the words it quotes when it knows them (columns count code points, as the
    log's columnKind says; endColumn is the column just past the region)."""
    region = {"startLine": f.line, "startColumn": f.column}
    if f.width:
        region["endLine"], region["endColumn"] = f.line, f.column + f.width
    return region


def findings_text(findings: list[Finding], files: int, sources: dict[str, list[str]], *, color: bool = False) -> str:
    """The findings as `civcat validate` prints them by default: grouped by file, each with its source
    line and a marker under the column (named for what it makes; "render" means PDF in civcat)."""
    style = _Style(color)
    out: list[str] = []
    for path, group in groupby(findings, key=lambda f: f.path):
        out.append(style(path, "1"))
        lines = sources.get(path, [])
        for f in group:
            sev = style(_("错误"), "1;31") if f.severity is Severity.ERROR else style(_("警告"), "1;33")
            out.append(f"  {f.line}:{f.column}  {sev} {style(f.code, '1')}  {f.message}")
            if 0 < f.line <= len(lines):
                source_line = lines[f.line - 1].replace("\t", " ")
                gutter = str(f.line)
                pad = " " * len(gutter)
                indent = " " * _display_width(source_line[: f.column - 1])
                marker = "^" * (
                    _display_width(source_line[f.column - 1 : f.column - 1 + f.width])
                    if f.width
                    else _marker_length(source_line, f.column)
                )
                out.append(f"   {pad} {style('|', '34')}")
                out.append(f"   {style(gutter, '34')} {style('|', '34')} {source_line}")
                out.append(
                    f"   {pad} {style('|', '34')} {indent}{style(marker, '1;31' if f.severity is Severity.ERROR else '1;33')}"
                )
        out.append("")
    out.append(summary_line(findings, files))
    return "\n".join(out)


#: How many codes the summary line names as commands to run; more are counted.
SUMMARY_CODES = 3


def summary_line(findings: list[Finding], files: int) -> str:
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = len(findings) - errors
    if not findings:
        return ngettext("检查了 {files} 个文件，没有发现问题。", "检查了 {files} 个文件，没有发现问题。", files).format(
            files=files
        )
    # Three counts in one sentence: each is a phrase with its own plural, put into the sentence.
    return _("检查了 {files}：{errors}，{warnings}。{rules}").format(
        files=ngettext("{count} 个文件", "{count} 个文件", files).format(count=files),
        errors=ngettext("{count} 个错误", "{count} 个错误", errors).format(count=errors),
        warnings=ngettext("{count} 个警告", "{count} 个警告", warnings).format(count=warnings),
        rules=_rules_hint(findings),
    )


def _rules_hint(findings: list[Finding]) -> str:
    """What to run next, with the codes seen: the commands for the most frequent few, the rest counted."""
    counts = Counter(f.code for f in findings)
    codes = sorted(counts, key=lambda code: (-counts[code], code))
    commands = series(f"`civcat rule {code}`" for code in codes[:SUMMARY_CODES])
    if len(codes) > SUMMARY_CODES:
        more = len(codes) - SUMMARY_CODES
        return ngettext(
            "运行 {commands} 查看规则说明和修改方法（还有 {count} 条规则，代码见上）。",
            "运行 {commands} 查看规则说明和修改方法（还有 {count} 条规则，代码见上）。",
            more,
        ).format(commands=commands, count=more)
    return _("运行 {commands} 查看规则说明和修改方法。").format(commands=commands)


def findings_concise(findings: list[Finding], files: int) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" for f in findings]
    lines.append(summary_line(findings, files))
    return "\n".join(lines)


def findings_json(findings: list[Finding], files: int) -> str:
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    document = {
        "version": 1,
        "findings": [f.as_json() for f in findings],
        "summary": {"files": files, "errors": errors, "warnings": len(findings) - errors},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _github_escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def findings_github(findings: list[Finding], files: int) -> str:
    lines = []
    for f in findings:
        command = "error" if f.severity is Severity.ERROR else "warning"
        lines.append(
            f"::{command} file={_github_escape(f.path, property_value=True)},line={f.line},col={f.column},"
            f"title={f.code}::{_github_escape(f.message)}"
        )
    return "\n".join(lines)


def findings_sarif(findings: list[Finding], files: int) -> str:
    from .rules import all_rules

    rules = all_rules()
    used = sorted({f.code for f in findings} | set(rules))
    index = {code: i for i, code in enumerate(used)}
    descriptors = []

    def text(value: str | None) -> str:
        return _(value) if value else ""  # gettext("") would be the catalog's header

    for code in used:
        rule = rules.get(code)
        descriptors.append(
            {
                "id": code,
                "shortDescription": {"text": text(rule.summary) if rule else code},
                "fullDescription": {"text": (text(rule.why) if rule else "") or (text(rule.summary) if rule else code)},
                "help": {"text": text(rule.fix) if rule else ""},
                "defaultConfiguration": {
                    "level": "error" if rule is None or rule.severity is Severity.ERROR else "warning",
                    "enabled": bool(rule is None or rule.enabled_by_default),
                },
            }
        )
    results = [
        {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": "error" if f.severity is Severity.ERROR else "warning",
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                        "region": _sarif_region(f),
                    }
                }
            ],
        }
        for f in findings
    ]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "civcat", "version": __version__, "rules": descriptors}},
                "results": results,
                # civcat counts columns in characters (code points), not UTF-16 units (SARIF's default).
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


#: The reporter of each --format but text (findings_text also takes the source lines and colour).
REPORTERS: dict[str, Callable[[list[Finding], int], str]] = {
    "concise": findings_concise,
    "json": findings_json,
    "github": findings_github,
    "sarif": findings_sarif,
}
