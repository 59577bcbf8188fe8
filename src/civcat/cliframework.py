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

from .i18n import _, current_language

# Framework text → Chinese, used when the interface is Chinese.
_HELP_CHINESE = {
    "Usage: ": "用法：",
    "Options": "选项",
    "Arguments": "参数",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Install completion for the current shell.": "为当前 shell 安装命令补全。",
    "Show completion for the current shell, to copy it or customize the installation.":
        "显示当前 shell 的命令补全脚本，供复制或自行安装。",
    "Install completion for the specified shell.": "为指定的 shell 安装命令补全。",
    "Show completion for the specified shell, to copy it or customize the installation.":
        "显示指定 shell 的命令补全脚本，供复制或自行安装。",
}
_BRACKETS_CHINESE = (("[default: ", "[默认："), ("[required]", "[必填]"), ("[env var: ", "[环境变量："))


def _chinese(text: str) -> str:
    text = _HELP_CHINESE.get(text, text)
    for english, chinese in _BRACKETS_CHINESE:
        text = text.replace(english, chinese)
    return text


def _formatter_classes() -> list[type]:
    classes = []
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
        write_usage, write_heading, write_dl = formatter.write_usage, formatter.write_heading, formatter.write_dl

        def usage(self, prog, args="", prefix=None, _write=write_usage):
            _write(self, prog, args, _chinese(prefix if prefix is not None else "Usage: "))

        def heading(self, text, _write=write_heading):
            self.write(f"{'':>{self.current_indent}}{_chinese(text)}：\n")

        def definitions(self, rows, *args, _write=write_dl, **kwargs):
            _write(self, [(term, _chinese(text)) for term, text in rows], *args, **kwargs)

        formatter.write_usage, formatter.write_heading, formatter.write_dl = usage, heading, definitions
        formatter._civcat_localized = True


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
        text = _("{name} 的值不对：{problem}").format(name=_param_name(error) or "", problem=_value_problem(error.message))
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
            hint = error.param.get_error_hint(error.ctx)   # click
        except TypeError:
            hint = error.param.get_error_hint()            # typer's own click takes no context
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(hint)
    return str(hint or "").replace("'", "")


def _value_problem(message: str) -> str:
    """The framework's sentence about a bad value, in the interface language where it is a known one."""
    message = message.removeprefix("Value error, ")
    if match := re.match(r"Input should be greater than or equal to (\S+)", message):
        return _("应不小于 {minimum}").format(minimum=match.group(1))
    if match := re.match(r"'?(.*?)'? is not one of (.+)\.$", message):
        return _("“{value}”不在可选值之中，可选：{choices}").format(value=match.group(1), choices=match.group(2))
    if match := re.match(r"'?(.*?)'? is not a valid (integer|float|boolean)", message):
        return _("“{value}”不是有效的数字或开关值").format(value=match.group(1))
    if match := re.match(r"(.+) is not in the range (.+)\.$", message):
        return _("{value} 超出范围 {range}").format(value=match.group(1), range=match.group(2))
    return message
