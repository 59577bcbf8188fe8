"""civcat's seams in the command-line framework: help laid out for Chinese, values named, completion.

What typer's help and errors say comes from `framework_words` (the framework's words in the interface
language). Here, through the seams click documents rather than patches to its classes:

- `HelpFormatter`, chosen by the commands' context class (`Context.formatter_class`): the `用法：`
  prefix, the full-width colon, the framework's help texts and brackets in the interface language,
  and, in Chinese, columns measured in terminal cells (a Chinese character takes two; click counts
  one) with Chinese line breaking;
- `name_values`: a word for each option's value (`--as-of 日期`), not typer's Python types;
- `Context`: the root's completion options report through civcat's callbacks around typer's
  installer; a usage error raised without a context (typer's parser does so) gets the command's;
- `group_class()`: the root command, which prepares each subcommand as it is looked up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

import typer
from typer import _click
from typer._click import exceptions as click_errors
from typer.core import TyperGroup

from .framework_words import framework_text, value_annotation
from .i18n import N_, _, current_language

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
#: For a parameter not named above, by the Python type of its value.
_TYPE_METAVARS = {"int": N_("数量"), "float": N_("数值"), "Path": N_("路径"), "str": N_("文本")}


def name_values(command) -> None:
    """Give each option and argument of `command` that has no metavar a word for its value, so help
    shows `--as-of 日期`, never the framework's `<str>` or `<int range>`.

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


def _no_type(ctx=None) -> None:
    return None


def _value_kind(param) -> str | None:
    """The name of the type of one value of `param`; None for a choice (its values are listed)."""
    annotation = value_annotation(param)
    if annotation is None or (isinstance(annotation, type) and issubclass(annotation, Enum)):
        return None
    return getattr(annotation, "__name__", None)


def localize_commands(command) -> None:
    """`command` and its subcommands write their help with civcat's formatter (click's documented
    seam for it: the command's context class), and name their values (`name_values`)."""
    command.context_class = Context
    name_values(command)
    for sub in getattr(command, "commands", {}).values():
        localize_commands(sub)


def group_class():
    """The root command's class: it names the values of a subcommand's parameters as the subcommand is
    looked up (for its help, its errors, its completion), and says a civcat UsageError raised in any
    command (or subcommand) in one line, exit 2: the one handler, for `civcat` and for callers of the app."""

    class CivcatGroup(TyperGroup):
        context_class = Context

        def get_command(self, ctx, cmd_name):
            command = super().get_command(ctx, cmd_name)
            if command is not None:
                localize_commands(command)
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


def _help_text(text: str) -> str:
    """An option's help in the interface language: the framework's own help texts, and the parts of
    the bracket typer adds (`[default: 20; x>=0]`: each part one of its texts, joined by `; `)."""
    head, bracket, parts = text.rpartition("  [")
    if not bracket or not text.endswith("]"):
        return framework_text(text)
    words = framework_text("; ").join(framework_text(part) for part in parts[:-1].split("; "))
    return f"{head}  [{words}]"


class HelpFormatter(_click.HelpFormatter):
    """click's help formatter in the interface language, measuring columns as a terminal shows them."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, framework_text("Usage: ") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        line = _("{heading}：").format(heading=heading)
        self.write(f"{'':>{self.current_indent}}{line}\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(term, _help_text(text)) for term, text in rows]
        if current_language() != "zh":  # click's layout; Chinese terms quoted in English stay whole
            return super().write_dl(rows, col_max, col_spacing)
        first_col = min(max((_width(term) for term, _text in rows), default=0), col_max) + col_spacing
        indent = self.current_indent
        for term, text in rows:
            self.write(f"{'':>{indent}}{term}")
            if not text:
                self.write("\n")
                continue
            if _width(term) <= first_col - col_spacing:
                self.write(" " * (first_col - _width(term)))
            else:
                self.write("\n" + " " * (first_col + indent))
            lines = _wrap(text, max(self.width - first_col - 2, 10)) or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + indent}}{line}\n")


class Context(_click.Context):
    """click's context with civcat's help formatter; the root's also reports completion in the
    interface language (typer's completion options are added to the root after it is built, so
    they are found here, where every run starts)."""

    formatter_class = HelpFormatter

    def __init__(self, command, *args, **kwargs) -> None:
        super().__init__(command, *args, **kwargs)
        if self.parent is None:
            callbacks = _completion_callbacks()
            for param in command.params:  # typer wraps each callback (functools.update_wrapper)
                param.callback = callbacks.get(getattr(param.callback, "__wrapped__", None), param.callback)

    @contextmanager
    def scope(self, cleanup: bool = True) -> Iterator[_click.Context]:
        """The context's scope; a usage error raised in it without a context (typer's parser raises
        `Option '--x' requires an argument.` so) gets this one, so the error line names the command."""
        try:
            with super().scope(cleanup) as ctx:
                yield ctx
        except click_errors.UsageError as error:
            if error.ctx is None:
                error.ctx, error.cmd = self, self.command
            raise


def _completion_callbacks() -> dict[Any, Any]:
    import typer.completion

    return {typer.completion.install_callback: _install_completion, typer.completion.show_callback: _show_completion}


def _completion_shell(ctx: _click.Context, value: Any) -> str:
    """The shell `--install-completion`/`--show-completion` is for: the one named, else the one running."""
    from typer._completion_shared import _completion_scripts, _get_shell_name

    shell = value if isinstance(value, str) else _get_shell_name()
    if shell not in _completion_scripts:
        message = _("不能为 {shell} 提供命令补全：只支持 bash、zsh、fish 和 PowerShell")
        raise click_errors.UsageError(message.format(shell=shell or _("当前 shell")), ctx)
    return str(shell)


def _install_completion(ctx: _click.Context, param: Any, value: Any) -> Any:
    """typer's `--install-completion`, reporting in the interface language."""
    from typer._completion_shared import install

    if not value or ctx.resilient_parsing:
        return value
    shell, path = install(shell=_completion_shell(ctx, value))
    print(_("已为 {shell} 安装命令补全：{path}").format(shell=shell, path=path))
    print(_("重新打开终端后生效。"))
    raise typer.Exit(0)


def _show_completion(ctx: _click.Context, param: Any, value: Any) -> Any:
    """typer's `--show-completion` (it prints the script), once the shell is known to be one it supports."""
    import typer.completion

    if value and not ctx.resilient_parsing:
        _completion_shell(ctx, value)
    return typer.completion.show_callback(ctx, param, value)
