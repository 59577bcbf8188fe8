"""The command-line framework's own words in the interface language.

typer (pinned to the 0.29 series in pyproject.toml) writes some text itself: help headings, the
help of the options it adds (--help, --install-completion), the `[默认：…]` brackets, and the errors
for a mistyped command line. Each such text has one entry in `FRAMEWORK_TEXT`: the framework's
English as written in its source → civcat's Chinese message, marked `N_` like every civcat message
(so the English interface reads it from civcat.po, as it reads everything else). Routes:

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
- help passes its texts through `framework_text` as cliframework's formatter writes them.

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
from enum import Enum
from functools import cache
from typing import Any

from typer._click import exceptions as click_errors

from .i18n import N_, _

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


def value_annotation(param) -> Any:
    """The type of one value of `param` (`list[int]` → `int`); None where typer does not describe it."""
    descriptor = getattr(param, "type_descriptor", None)
    annotation = descriptor.annotation if descriptor is not None else None
    while typing.get_args(annotation):
        annotation = typing.get_args(annotation)[0]
    return annotation


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
    annotation = value_annotation(param)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    return None


def _choices(values: list[str]) -> str:
    """A choice's values, each with its meaning when it is a value of the models."""
    from .models.types import label_of
    from .textutil import listing_with_labels

    return listing_with_labels(values, label_of(values))
