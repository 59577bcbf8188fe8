"""The command-line framework's own words in the interface language.

typer (and the click it builds on) writes some text itself: help headings ("Usage:", "Options"),
the help of the options it adds (--help, --install-completion) and the errors for a mistyped
command line ("No such option: --bogus"). They come in English only, so:
- help: `localize_help()` gives the help formatter the Chinese headings and option texts;
- errors: the entry point runs the app in non-standalone mode and prints `usage_error_line()`,
  one line in the interface language, with exit 2, as every civcat error.
The framework's English is the source here (a small table), unlike civcat's own messages.
"""

from __future__ import annotations

import re
from typing import Any

from .i18n import N_, _, current_language

# Framework text → Chinese, used when the interface is Chinese.
_HELP_CHINESE = {
    "Usage: ": "用法：",
    "Options": "选项",
    "Arguments": "参数",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Install completion for the current shell.": "为当前 shell 安装命令补全。",
    "Show completion for the current shell, to copy it or customize the installation.": "显示当前 shell 的命令补全脚本，供复制或自行安装。",
    "Install completion for the specified shell.": "为指定的 shell 安装命令补全。",
    "Show completion for the specified shell, to copy it or customize the installation.": "显示指定 shell 的命令补全脚本，供复制或自行安装。",
}
_BRACKETS_CHINESE = (("[default: ", "[默认："), ("[required]", "[必填]"), ("[env var: ", "[环境变量："))


def _chinese(text: str) -> str:
    text = _HELP_CHINESE.get(text, text)
    for english, chinese in _BRACKETS_CHINESE:
        text = text.replace(english, chinese)
    return _chinese_range(text)


#: The framework's number ranges (`[x>=1]`, `[1<=x<=9]`) in words.
_RANGES = (
    (re.compile(r"(-?[\d.]+)<=x<=(-?[\d.]+)"), r"\1–\2"),
    (re.compile(r"\bx>=(-?[\d.]+)"), r"至少 \1"),
    (re.compile(r"\bx<=(-?[\d.]+)"), r"至多 \1"),
    (re.compile(r"\bx>(-?[\d.]+)"), r"大于 \1"),
    (re.compile(r"\bx<(-?[\d.]+)"), r"小于 \1"),
)


def _chinese_range(text: str) -> str:
    """`[默认：20; x>=0]` → `[默认：20；至少 0]`."""
    if "x" not in text:
        return text
    for pattern, words in _RANGES:
        text = pattern.sub(words, text)
    return re.sub(r"(\[[^\]]*?); ", r"\1；", text)


def _formatter_classes() -> list[Any]:
    classes: list[Any] = []
    for module in ("typer._click.formatting", "click.formatting"):
        try:
            classes.append(__import__(module, fromlist=["HelpFormatter"]).HelpFormatter)
        except (ImportError, AttributeError):
            continue
    return classes


def localize_help() -> None:
    """In Chinese, translate the framework's headings and option texts as help is written.

    Patches the help formatter's three writing methods; if a typer release renames them, help
    simply stays as the framework writes it.
    """
    if current_language() != "zh":
        return
    for formatter in _formatter_classes():
        if getattr(formatter, "_civcat_localized", False):
            continue
        write_usage, write_heading = formatter.write_usage, formatter.write_heading

        def usage(self, prog, args="", prefix=None, _write=write_usage):
            _write(self, prog, args, _chinese(prefix if prefix is not None else "Usage: "))

        def heading(self, text, _write=write_heading):
            self.write(f"{'':>{self.current_indent}}{_chinese(text)}：\n")

        def definitions(self, rows, col_max=30, col_spacing=2):
            write_definitions(self, [(term, _chinese(text)) for term, text in rows], col_max, col_spacing)

        formatter.write_usage, formatter.write_heading, formatter.write_dl = usage, heading, definitions
        formatter._civcat_localized = True


# What a value is, by the parameter's name in the command functions: shown in help instead of the
# framework's Python types (`<list[str]>`, `<int range>`). Same name, same word, in every command.
METAVARS = {
    "paths": N_("路径"),
    "as_of": N_("日期"),
    "select": N_("代码"),
    "extend_select": N_("代码"),
    "ignore": N_("代码"),
    "jobs": N_("数量"),
    "limit": N_("数量"),
    "min_count": N_("数量"),
    "code": N_("代码"),
    "county": N_("代码"),
    "urban_rural": N_("代码"),
    "township": N_("乡镇"),
    "target": N_("代码或名称"),
    "targets": N_("代码或名称"),
    "output": N_("路径"),
    "out": N_("文件夹"),
    "directory": N_("文件夹"),
    "font_dir": N_("文件夹"),
    "name": N_("名称"),
    "authority": N_("名称"),
    "divisions": N_("表格"),
    "table": N_("表格"),
    "civcat_source": N_("安装来源"),
    "kind": N_("类型"),
    "template": N_("模板"),
    "ppi": N_("数值"),
    "body_font": N_("字体"),
    "title_font": N_("字体"),
    "timeout": N_("秒数"),
}
#: For a parameter not named above, by the type of its value (the Python type typer knows, or the
#: class name of click's parameter type).
_TYPE_METAVARS = {
    "int": N_("数量"),
    "float": N_("数值"),
    "Path": N_("路径"),
    "str": N_("文本"),
    "IntRange": N_("数量"),
    "IntParamType": N_("数量"),
    "FloatRange": N_("数值"),
    "FloatParamType": N_("数值"),
    "StringParamType": N_("文本"),
}


def name_values(command) -> None:
    """Give each option and argument of `command` (and its subcommands) that has no metavar a word
    for its value, so help shows `--as-of 日期`, never the framework's `<str>` or `<int range>`.

    A flag has no value; a choice lists its values. Idempotent: a parameter named once keeps its word.
    """
    for param in getattr(command, "params", ()):
        if getattr(param, "is_flag", False):
            continue
        kind = _value_kind(param)
        if kind is None:
            continue
        word = METAVARS.get(param.name or "") or _TYPE_METAVARS.get(kind)
        if param.metavar is None and word:
            # English writes a value's word in capitals, as command-line help does (CODE, DATE).
            param.metavar = _(word) if current_language() == "zh" else _(word).upper()
        if param.metavar is not None and getattr(param, "param_type_name", "") == "argument":
            # typer writes an argument's type after its name even when it has a metavar (`路径 <list[str]>`)
            param.display_type_rich = _no_type
    for sub in getattr(command, "commands", {}).values():
        name_values(sub)


def _no_type(ctx=None) -> None:
    return None


def _value_kind(param) -> str | None:
    """The name of the type of one value of `param`; None for a choice (its values are listed)."""
    import typing

    descriptor = getattr(param, "type_descriptor", None)  # typer ≥ 0.20 describes the annotation
    if descriptor is not None:
        if descriptor.is_choice:
            return None
        annotation = descriptor.annotation
        while typing.get_args(annotation):
            annotation = typing.get_args(annotation)[0]
        return getattr(annotation, "__name__", None)
    click_type = getattr(param, "type", None)
    if click_type is None or getattr(click_type, "choices", None):
        return None
    return type(click_type).__name__


def group_class():
    """The root command's class: it names the values of a subcommand's parameters as the subcommand is
    looked up (for its help, its errors, its completion), and says a civcat UsageError raised in any
    command (or subcommand) in one line, exit 2: the one handler, for `civcat` and for callers of the app."""
    from typer.core import TyperGroup

    class CivcatGroup(TyperGroup):
        def get_command(self, ctx, cmd_name):
            command = super().get_command(ctx, cmd_name)
            if command is not None:
                name_values(command)
            return command

        def invoke(self, ctx):
            from .cliutil import fail
            from .errors import UsageError

            try:
                return super().invoke(ctx)
            except UsageError as error:
                fail(str(error))

    return CivcatGroup


def _width(text: str) -> int:
    """Terminal columns: a Chinese character takes two (the framework counts one, which misaligns)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_NO_LINE_START = "）。，、；：！？」』】》)]"
_NO_LINE_END = "（「『【《(["


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns: Chinese breaks between characters, other text at spaces."""
    lines, line = [], ""
    for token in re.findall(r"\[[^\]\n]{1,30}\]\s*|[\x00-\u10ff]+?(?=\s|[^\x00-\u10ff]|$)\s*|.", text):
        # No closing punctuation at a line start, no opening one at a line end (Chinese typesetting).
        if line and _width(line + token.rstrip()) > width and token[0] not in _NO_LINE_START:
            carried = line[-1] if line[-1] in _NO_LINE_END else ""
            lines.append(line[: len(line) - len(carried)].rstrip())
            line = carried + token.lstrip()
        else:
            line += token
    return [*lines, line.rstrip()] if line.strip() else lines


def write_definitions(formatter, rows, col_max: int = 30, col_spacing: int = 2) -> None:
    """The framework's definition list (options and their help), measured in terminal columns."""
    rows = list(rows)
    first_col = min(max((_width(term) for term, _text in rows), default=0), col_max) + col_spacing
    indent = formatter.current_indent
    for term, text in rows:
        formatter.write(f"{'':>{indent}}{term}")
        if not text:
            formatter.write("\n")
            continue
        if _width(term) <= first_col - col_spacing:
            formatter.write(" " * (first_col - _width(term)))
        else:
            formatter.write("\n" + " " * (first_col + indent))
        lines = _wrap(text, max(formatter.width - first_col - 2, 10)) or [""]
        formatter.write(lines[0] + "\n")
        for line in lines[1:]:
            formatter.write(f"{'':>{first_col + indent}}{line}\n")


def usage_error_line(error) -> str:
    """One line for a command-line mistake (click's UsageError and its kinds), with where to look."""
    kind = type(error).__name__
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else "civcat"
    if kind == "NoSuchOption":
        text = _("没有选项 {option}").format(option=error.option_name)
        if getattr(error, "possibilities", None):
            text += _("（是不是：{options}）").format(options=", ".join(sorted(error.possibilities)))
    elif kind == "MissingParameter":
        text = _("缺少 {name}").format(name=_param_name(error) or message)
    elif kind == "BadParameter":
        text = _("{name} 的值不对：{problem}").format(
            name=_param_name(error) or "", problem=_value_problem(error.message)
        )
    elif match := re.match(r"No such command '([^']+)'", message):
        text = _("没有命令 {name}").format(name=match.group(1))
        if suggestion := re.search(r"Did you mean '([^']+)'", message):
            text += _("（是不是：{options}）").format(options=suggestion.group(1))
    elif match := re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", message):
        text = _("多余的参数：{arguments}").format(arguments=match.group(1))
    elif message == "Missing command.":
        text = _("缺少命令")
    else:
        text = message
    return _("{problem}。运行 `{command} --help` 查看用法。").format(problem=text.rstrip("。."), command=command)


def _param_name(error) -> str:
    hint = getattr(error, "param_hint", None)
    if hint is None and getattr(error, "param", None) is not None:
        try:
            hint = error.param.get_error_hint(error.ctx)  # click
        except TypeError:
            hint = error.param.get_error_hint()  # typer's own click takes no context
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(hint)
    return str(hint or "").replace("'", "")


def _choices(listed: str) -> str:
    """The framework's `'village', 'community'` with each value's meaning when it is a value of the models."""
    values = re.findall(r"'([^']*)'", listed)
    if not values:
        return listed
    from .models.types import label_of
    from .textutil import listing_with_labels

    return listing_with_labels(values, label_of(values))


def _value_problem(message: str) -> str:
    """The framework's sentence about a bad value, in the interface language where it is a known one."""
    message = message.removeprefix("Value error, ")
    if match := re.match(r"Input should be greater than or equal to (\S+)", message):
        return _("应不小于 {minimum}").format(minimum=match.group(1))
    if match := re.match(r"'?(.*?)'? is not one of (.+)\.$", message):
        return _("“{value}”不在可选值之中，可选：{choices}").format(
            value=match.group(1), choices=_choices(match.group(2))
        )
    if match := re.match(r"'?(.*?)'? is not a valid (integer|float|boolean)", message):
        return _("“{value}”不是有效的数字或开关值").format(value=match.group(1))
    if match := re.match(r"(.+) is not in the range (.+)\.$", message):
        return _("{value} 超出范围 {range}").format(value=match.group(1), range=match.group(2))
    return message
