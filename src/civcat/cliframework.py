"""The command-line framework's own words in the interface language, and its help laid out for Chinese.

typer (pinned to the 0.29 series in pyproject.toml) writes some text itself: help headings, the
help of the options it adds (--help, --install-completion), the `[默认：…]` brackets, and the errors
for a mistyped command line. Each such text has one entry in `FRAMEWORK_TEXT`: the framework's
English as written in its source → civcat's Chinese message, marked `N_` like every civcat message
(so the English interface reads it from civcat.po, as it reads everything else). Three routes:

- typer.core marks its words with gettext (`from gettext import gettext as _`: the headings,
  `default:`, `required`, "No such command"). `localize_framework()` sets that module's `_` to
  `framework_text`. Not `gettext.textdomain()`/`bindtextdomain()`: the domain is process-wide (argparse
  and every library calling `gettext.gettext` would look in civcat's catalog), and gettext picks
  its language from LANGUAGE/LC_* rather than `--lang`.
- typer ≥ 0.26 carries its own copy of click (typer._click) with the gettext calls taken out, so
  its words cannot be looked up as they are made. Its errors carry their parts as attributes
  (the unknown option and its close matches, the parameter, pydantic's error type and limit behind
  a bad value): `usage_error_line` builds civcat's sentence from those. The few texts that carry
  nothing else (`Got unexpected extra argument(s) (…)`, `Option '--x' requires an argument.`,
  `x>=1`, the help of --help) are looked up by their template in `FRAMEWORK_TEXT`: the text is
  matched against the template the framework formats it from, and civcat's words get its fields.
- `--install-completion` reports through civcat's callback around typer's installer.
- help goes through `HelpFormatter`, which click lets a command choose (`Context.formatter_class`,
  via `context_class`): the `用法：` prefix, the full-width colon, the framework's help texts, and
  columns measured in terminal cells (a Chinese character takes two; click counts one).

tests/test_cliframework.py reads the installed typer's source with `ast` and fails when a text
civcat may show has no entry here, so a typer release within the pin that adds or rewords one
fails CI instead of showing English to a clerk. click itself is not a dependency: typer's copy is
the one that runs.
"""

from __future__ import annotations

import ast
import re
import string
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from functools import cache
from typing import Any

import typer
from typer import _click
from typer._click import exceptions as click_errors
from typer.core import TyperGroup

from .i18n import N_, _, current_language

#: The framework's English (as its source writes it, `{fields}` and all) → civcat's Chinese message.
FRAMEWORK_TEXT = {
    # typer's click: the usage line's prefix
    "Usage: ": N_("用法："),
    # typer.core, through its gettext `_`
    "Arguments": N_("参数"),
    "Options": N_("选项"),
    "Commands": N_("命令"),
    "default: {default}": N_("默认：{default}"),
    "required": N_("必填"),
    "env var: {var}": N_("环境变量：{var}"),
    "(dynamic)": N_("（动态）"),
    "Aborted!": N_("已中断"),
    "Missing command.": N_("缺少命令"),
    "No such command {name!r}.": N_("没有命令 {name}"),
    # typer.core, unmarked: the close matches added to "No such command"
    "{message}. Did you mean {suggestions}?": N_("{message}（是不是：{suggestions}）"),
    # typer's click: the help of the options every command has, and those of the root command
    "Show this message and exit.": N_("显示本帮助并退出。"),
    "Install completion for the current shell.": N_("为当前 shell 安装命令补全。"),
    "Show completion for the current shell, to copy it or customize the installation.": N_(
        "显示当前 shell 的命令补全脚本，供复制或自行安装。"
    ),
    "Install completion for the specified shell.": N_("为指定的 shell 安装命令补全。"),
    "Show completion for the specified shell, to copy it or customize the installation.": N_(
        "显示指定 shell 的命令补全脚本，供复制或自行安装。"
    ),
    # typer's number ranges in the help brackets, and the brackets' separator
    "x>={min}": N_("至少 {min}"),
    "x<={max}": N_("至多 {max}"),
    "{min}<=x<={max}": N_("{min}–{max}"),
    "; ": N_("；"),
    # typer's click: mistakes that carry nothing but their text
    "Got unexpected extra argument(s) ({extra_args})": N_("多余的参数：{extra_args}"),
    "Option {option_name!r} requires {msg}": N_("选项 {option_name} 后面缺少值"),
    "Option {opt!r} does not take a value.": N_("选项 {opt} 不带值"),
    "Argument {self.dest!r} takes {self.nargs} values.": N_("参数 {dest} 需要 {nargs} 个值"),
}


def _field(name: str) -> str:
    """A template's field as civcat's message names it: `self.dest` → `dest`."""
    return name.rsplit(".", 1)[-1]


@cache
def _pattern(template: str) -> re.Pattern[str] | None:
    """The texts `template` formats to, its fields captured in order; None for a template without fields."""
    parts, fields = [], 0
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append("(.+?)")
            fields += 1
    return re.compile("".join(parts), re.DOTALL) if fields else None


def _bare(value: str) -> str:
    """The framework quotes values as Python literals (`'--format'`, `'a', 'b'`); civcat shows them bare."""
    try:
        values = ast.literal_eval(f"({value},)")
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):  # not literals: as typed
        return value
    return ", ".join(values) if all(isinstance(v, str) for v in values) else value


#: Fields the framework fills with Python literals without saying `!r`: typer joins the close
#: matches' reprs into `suggestions`.
_QUOTED_FIELDS = {"suggestions"}


def framework_text(message: str) -> str:
    """`message`, one of the framework's texts, in the interface language; any other text unchanged."""
    if message in FRAMEWORK_TEXT:
        return _(FRAMEWORK_TEXT[message])
    for template, words in FRAMEWORK_TEXT.items():
        pattern = _pattern(template)
        match = pattern.fullmatch(message) if pattern else None
        if match:
            fields = [
                (name, conversion)
                for _lit, name, _s, conversion in string.Formatter().parse(template)
                if name is not None
            ]
            values = {
                _field(name): _bare(value) if conversion == "r" or name in _QUOTED_FIELDS else value
                for (name, conversion), value in zip(fields, match.groups(), strict=True)
            }
            return _(words).format(**values)
    return message


def localize_framework() -> None:
    """Give typer.core's gettext-marked words (headings, `default:`, "No such command") civcat's catalog."""
    import typer.core

    typer.core._ = framework_text


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


def _annotation(param) -> Any:
    """The type of one value of `param` (`list[int]` → `int`); None where typer does not describe it."""
    descriptor = getattr(param, "type_descriptor", None)
    annotation = descriptor.annotation if descriptor is not None else None
    while typing.get_args(annotation):
        annotation = typing.get_args(annotation)[0]
    return annotation


def _value_kind(param) -> str | None:
    """The name of the type of one value of `param`; None for a choice (its values are listed)."""
    annotation = _annotation(param)
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
    looked up (for its help, its errors, its completion)."""

    class CivcatGroup(TyperGroup):
        context_class = Context

        def get_command(self, ctx, cmd_name):
            command = super().get_command(ctx, cmd_name)
            if command is not None:
                localize_commands(command)
            return command

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


def usage_error_line(error: click_errors.UsageError) -> str:
    """One line for a command-line mistake (click's UsageError and its kinds), with where to look."""
    command = error.ctx.command_path if error.ctx is not None else "civcat"
    return _("{problem}。运行 `{command} --help` 查看用法。").format(
        problem=_problem(error).rstrip("。."), command=command
    )


def _problem(error: click_errors.UsageError) -> str:
    """What is wrong, from the parts the error carries; a bare text from its template in the catalog."""
    if isinstance(error, click_errors.NoSuchOption):
        text = _("没有选项 {option}").format(option=error.option_name)
        if error.possibilities:
            text += _("（是不是：{options}）").format(options=", ".join(sorted(error.possibilities)))
        return text
    if isinstance(error, click_errors.MissingParameter):
        return _("缺少 {name}").format(name=_param_name(error))
    if isinstance(error, click_errors.BadParameter):
        return _("{name} 的值不对：{problem}").format(name=_param_name(error), problem=_value_problem(error))
    return framework_text(error.message)


def _param_name(error: click_errors.BadParameter) -> str:
    hint = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint()
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(hint)
    return str(hint or "").replace("'", "")


#: pydantic's error types for a bad value of the parameters civcat declares (numbers, choices),
#: with the key of the error's context that the message shows.
_VALUE_PROBLEMS = {
    "greater_than_equal": (N_("应不小于 {limit}"), "ge"),
    "greater_than": (N_("应大于 {limit}"), "gt"),
    "less_than_equal": (N_("应不大于 {limit}"), "le"),
    "less_than": (N_("应小于 {limit}"), "lt"),
    "int_parsing": (N_("“{value}”不是整数"), None),
    "int_from_float": (N_("“{value}”不是整数"), None),
    "float_parsing": (N_("“{value}”不是数字"), None),
}


def _value_problem(error: click_errors.BadParameter) -> str:
    """Why a value was refused: from the validation error behind it (typer checks values with pydantic)."""
    errors_of = getattr(error.__cause__, "errors", None)  # a pydantic ValidationError
    errors = errors_of() if callable(errors_of) else []
    if not errors:
        return framework_text(error.message)
    kind, value, context = errors[0]["type"], errors[0].get("input"), errors[0].get("ctx") or {}
    choices = _choice_values(error.param)
    if choices is not None and kind == "value_error":
        return _("“{value}”不在可选值之中，可选：{choices}").format(value=value, choices=_choices(choices))
    if kind in _VALUE_PROBLEMS:
        message, limit = _VALUE_PROBLEMS[kind]
        return _(message).format(value=value, limit=context.get(limit or "", ""))
    return framework_text(error.message)


def _choice_values(param) -> list[str] | None:
    """The values a choice parameter accepts, in their order; None for any other parameter."""
    annotation = _annotation(param)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    return None


def _choices(values: list[str]) -> str:
    """A choice's values, each with its meaning when it is a value of the models."""
    from .models.types import label_of
    from .textutil import listing_with_labels

    return listing_with_labels(values, label_of(values))
