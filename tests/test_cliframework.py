"""The framework's own words (typer's help headings, brackets and command-line errors) in both languages.

Through the real command line: every text of typer's that civcat shows, in Chinese and in English.
Then typer's installed source, read with `ast`: every text it may show a clerk has an entry in
framework_words' catalog, so a typer release within the pin that adds or rewords one fails here.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import typing
from enum import Enum
from pathlib import Path

import pytest
import typer
import typer.main

from civcat import framework_words, i18n
from civcat.framework_words import FRAMEWORK_TEXT, framework_text

TYPER = Path(typer.__file__).parent


#: The installed entry point (`python -m civcat` would name itself so in the usage line).
CIVCAT = Path(sys.executable).with_name("civcat")


def civcat(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CIVCAT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200"},
        timeout=60,
    )


# --- help ------------------------------------------------------------------------------------------

HELP = [
    # (command, Chinese, English): parts of the help, each within one line (runs of spaces as one)
    (
        [],
        ["用法：civcat [OPTIONS] COMMAND [ARGS]...", "\n选项：\n", "\n命令：\n", "--help 显示本帮助并退出。"],
        [
            "Usage: civcat [OPTIONS] COMMAND [ARGS]...",
            "\nOptions:\n",
            "\nCommands:\n",
            "--help Show this message and exit.",
        ],
    ),
    (
        [],
        [
            "--install-completion 为当前 shell 安装命令补全。",
            "--show-completion 显示当前 shell 的命令补全脚本，供复制或自行安装。",
        ],
        ["--install-completion Install completion for the current shell.", "--show-completion Show completion for the"],
    ),
    (
        ["validate"],
        [
            "用法：civcat validate [OPTIONS] [路径]...",
            "\n参数：\n",
            "\n选项：\n",
            "输出格式 [默认：text]\n",
            "[至少 1]\n",
        ],
        [
            "Usage: civcat validate [OPTIONS] [PATH]...",
            "\nArguments:\n",
            "\nOptions:\n",
            "Output format [default: text]\n",
        ],
    ),
    (["diff"], ["--limit 数量", "[默认：20；至少 0]\n"], ["--limit COUNT", "[default:\n", "20; x>=0]\n"]),
    (["init"], ["--county 代码", "如 500243 [必填]\n"], ["--county CODE", "500243 [required]\n"]),
]


@pytest.mark.parametrize(("command", "chinese", "english"), HELP)
def test_help_in_both_languages(tmp_path, command, chinese, english):
    for lang, parts in (("zh", chinese), ("en", english)):
        run = civcat(*command, "--help", "--lang", lang, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        shown = re.sub(r" +", " ", run.stdout)
        for part in parts:
            assert part in shown, (lang, part, run.stdout)


def test_chinese_help_has_no_english_framework_words(tmp_path):
    run = civcat("validate", "--help", cwd=tmp_path)
    for english in ("Usage", "Options", "Arguments", "default", "Show this message", "x>="):
        assert english not in run.stdout, (english, run.stdout)


# --- command-line mistakes -------------------------------------------------------------------------

MISTAKES = [
    # (arguments, the Chinese line, the English line)
    (
        ["validate", "--formt", "json"],
        "没有选项 --formt（是不是：--format）。运行 `civcat validate --help` 查看用法。",
        "no such option --formt (did you mean: --format). Run `civcat validate --help` for usage.",
    ),
    (
        ["show", "--bogus"],
        "没有选项 --bogus。运行 `civcat show --help` 查看用法。",
        "no such option --bogus. Run `civcat show --help` for usage.",
    ),
    (
        ["show"],
        "缺少 代码或名称。运行 `civcat show --help` 查看用法。",
        "missing CODE|NAME. Run `civcat show --help` for usage.",
    ),
    (
        ["validate", "--format", "xml"],
        "--format / -f 的值不对：“xml”不在可选值之中，可选：`text`、`concise`、`json`、`github`、`sarif`。"
        "运行 `civcat validate --help` 查看用法。",
        "invalid value for --format / -f: “xml” is not one of the choices: `text`, `concise`, `json`, `github`, "
        "`sarif`. Run `civcat validate --help` for usage.",
    ),
    (
        ["validate", "--jobs", "0"],
        "--jobs / -j 的值不对：应不小于 1。运行 `civcat validate --help` 查看用法。",
        "invalid value for --jobs / -j: must be at least 1. Run `civcat validate --help` for usage.",
    ),
    (
        ["validate", "--jobs", "x"],
        "--jobs / -j 的值不对：“x”不是整数。运行 `civcat validate --help` 查看用法。",
        "invalid value for --jobs / -j: “x” is not a whole number. Run `civcat validate --help` for usage.",
    ),
    (
        ["render", "charter", "--ppi", "y"],
        "--ppi 的值不对：“y”不是数字。运行 `civcat render charter --help` 查看用法。",
        "invalid value for --ppi: “y” is not a number. Run `civcat render charter --help` for usage.",
    ),
    (
        ["validate", "--format"],
        "选项 --format 后面缺少值。运行 `civcat validate --help` 查看用法。",
        "option --format needs a value. Run `civcat validate --help` for usage.",
    ),
    (
        ["rule", "CV401", "extra"],
        "多余的参数：extra。运行 `civcat rule --help` 查看用法。",
        "unexpected extra arguments: extra. Run `civcat rule --help` for usage.",
    ),
    (
        ["valdate"],
        "没有命令 valdate（是不是：validate）。运行 `civcat --help` 查看用法。",
        "no such command valdate (did you mean: validate). Run `civcat --help` for usage.",
    ),
    (
        ["bogus"],
        "没有命令 bogus。运行 `civcat --help` 查看用法。",
        "no such command bogus. Run `civcat --help` for usage.",
    ),
]


@pytest.mark.parametrize(("arguments", "chinese", "english"), MISTAKES)
def test_command_line_mistakes_in_one_line(tmp_path, arguments, chinese, english):
    for lang, line in (("zh", chinese), ("en", english)):
        run = civcat(*arguments, "--lang", lang, cwd=tmp_path)
        assert run.returncode == 2, run.stderr
        assert run.stderr == f"civcat: {line}\n"
        assert run.stdout == ""


def _commands(command, path=()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def _value_type(param):
    annotation = param.type_descriptor.annotation
    while typing.get_args(annotation):
        annotation = typing.get_args(annotation)[0]
    return annotation


def _bad_values(param):
    kind = _value_type(param)
    if isinstance(kind, type) and issubclass(kind, Enum):
        yield "坏"
    elif kind in (int, float):
        yield "坏"
        if param.min is not None:
            yield str(param.min - 1)
        if param.max is not None:
            yield str(param.max + 1)


def test_every_bad_value_of_every_option_is_said_in_chinese():
    """Each number and choice option of each command, given a value it refuses: a Chinese sentence,
    never pydantic's English (a new kind of parameter with a new error type fails here)."""
    from typer._click.exceptions import BadParameter

    from civcat.cli import app

    i18n.set_language("zh")
    checked = 0
    for path, command in _commands(typer.main.get_command(app)):
        for param in command.params:
            if param.param_type_name != "option" or param.is_flag:
                continue
            for value in _bad_values(param):
                with pytest.raises(BadParameter) as caught:
                    app([*path, param.opts[0], value], standalone_mode=False)
                line = framework_words.usage_error_line(caught.value)
                words = re.sub(r"`[^`]*`|--?[\w-]+|“[^”]*”", "", line)
                assert not re.search(r"[A-Za-z]{2,}", words), (path, param.name, value, line)
                checked += 1
    assert checked > 30


# --- the catalog covers what the installed typer says ---------------------------------------------


def _template(node: ast.expr) -> str | None:
    """A message as its source writes it: a string, or an f-string with its `{fields}`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    text = ""
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += part.value
        else:
            assert isinstance(part, ast.FormattedValue)
            conversion = f"!{chr(part.conversion)}" if part.conversion != -1 else ""
            text += f"{{{ast.unparse(part.value)}{conversion}}}"
    return text


def _called(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


#: Calls whose arguments are a message the user sees, and which of their arguments it is.
_MESSAGE_CALLS = {"fail": 0, "UsageError": 0, "BadParameter": 0, "BadOptionUsage": 1, "BadArgumentUsage": 0}


def _messages(module: Path) -> set[str]:
    """The texts of `module` a user may see: gettext's `_()`, what is echoed, the messages of usage
    errors, an error's message rewritten, the help of options, the strings returned for display."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        candidates: list[ast.expr] = []
        if isinstance(node, ast.Call):
            name = _called(node)
            if name in ("_", "echo", "secho") and node.args:
                candidates.append(node.args[0])
            elif name in _MESSAGE_CALLS and len(node.args) > _MESSAGE_CALLS[name]:
                candidates.append(node.args[_MESSAGE_CALLS[name]])
            candidates += [keyword.value for keyword in node.keywords if keyword.arg == "help"]
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Attribute) and target.attr == "message" for target in node.targets
        ):
            candidates.append(node.value)
        elif isinstance(node, ast.Return) and module.name == "_display.py" and node.value is not None:
            candidates.append(node.value)
        found |= {text for text in map(_template, candidates) if text}
    return found


#: Where typer's texts that reach civcat's clerks are made: the help and errors of typer.core, the
#: parser and command of its click, the help of the completion and --help options, the range words.
SHOWN = ["core.py", "_click/core.py", "_click/parser.py", "_click/decorators.py", "completion.py", "_display.py"]
#: Texts of typer's that civcat cannot show, and why.
NOT_SHOWN = {
    # values are checked by pydantic; the error's type and limit make civcat's sentence (tested above)
    "Value must be an iterable.": "only for a multi-value parameter given a string from Python, not a command line",
    "Value {value!r} is not a valid {label}.": "for a type pydantic cannot check; civcat's types are str, int, float, Path, Enum",
    "Value {value!r} is not a valid {annotation.__name__}.": "prompts; civcat prompts for nothing",
    # path checks typer can make; civcat checks paths itself, in Chinese (test_no_parameter_asks_typer_to_check_a_path)
    "{label} {format_filename(value)!r} does not exist.": "no parameter sets exists=True",
    "{label} {loc} is a file.": "no parameter sets file_okay=False",
    "{label} {loc} is a directory.": "no parameter sets dir_okay=False",
    "{label} {loc} is not readable.": "no parameter sets readable=True",
    "{label} {loc} is not writable.": "no parameter sets writable=True",
    "'{filename}': {exc.strerror}": "no parameter is an open file",
    # click's own way of showing an error and of prompting
    "Error: {self.format_message()}": "civcat runs typer not standalone and says errors itself",
    "{self.ctx.get_usage()}\n{hint}": "civcat runs typer not standalone and says errors itself",
    "Error: {e.message}": "civcat prompts for nothing",
    "Error: invalid input": "civcat prompts for nothing",
    "Error: The value you entered was invalid.": "civcat prompts for nothing",
    "Error: The two entered values do not match.": "civcat prompts for nothing",
}
#: Texts of typer's completion that civcat does not show: its options' callbacks are civcat's
#: (cliframework._install_completion), which report, and refuse a shell typer has no script for, themselves.
NOT_SHOWN |= {
    "{shell} completion installed in {path}": "civcat's --install-completion reports itself",
    "Completion will take effect once you restart the terminal": "civcat's --install-completion reports itself",
    "Shell {shell} not supported.": "civcat checks the shell before typer does",
    "Shell {shell} is not supported.": "civcat checks the shell before typer does",
}
#: Texts of typer's that civcat still shows in English: failures inside the completion installer on
#: PowerShell, and what shell completion itself writes while a clerk presses Tab in an old bash.
ENGLISH = {
    "Couldn't get PowerShell user profile",
    "Couldn't decode the path automatically",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    'Completion instruction "{instruction}" not supported.',
    "Invalid completion instruction.",
}


def test_the_catalog_has_every_text_typer_may_show():
    shown = set().union(*(_messages(TYPER / module) for module in SHOWN))
    assert "Got unexpected extra argument(s) ({extra_args})" in shown  # the reading works
    missing = sorted(shown - FRAMEWORK_TEXT.keys() - NOT_SHOWN.keys() - ENGLISH)
    assert missing == [], f"typer shows texts framework_words.FRAMEWORK_TEXT does not translate: {missing}"


def test_every_other_text_of_typer_is_known_not_to_be_shown():
    """Outside SHOWN, typer's texts are known not to reach a clerk; rich_utils is left out because civcat's
    commands turn rich's help off (checked here), and typer/cli.py is typer's own command."""
    from civcat.cli import app

    assert all(command.rich_markup_mode is None for _p, command in _commands(typer.main.get_command(app)))
    others = set().union(*(_messages(module) for module in TYPER.rglob("*.py") if module.name != "rich_utils.py"))
    unknown = sorted(others - FRAMEWORK_TEXT.keys() - NOT_SHOWN.keys() - ENGLISH - _cli_texts())
    assert unknown == [], f"new texts in typer: translate them in FRAMEWORK_TEXT or say in NOT_SHOWN why not: {unknown}"


def _cli_texts() -> set[str]:
    """The help of typer's own `typer` command (typer/cli.py), which civcat does not run."""
    return _messages(TYPER / "cli.py")


def test_every_catalog_entry_is_a_text_of_typer():
    """A catalog entry whose text typer no longer writes would hide that its replacement is missing."""
    source = "".join(module.read_text(encoding="utf-8") for module in TYPER.rglob("*.py"))
    constants = {
        node.value
        for module in TYPER.rglob("*.py")
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    shown = set().union(*(_messages(TYPER / module) for module in SHOWN))
    stale = [text for text in FRAMEWORK_TEXT if text not in shown and text not in constants]
    assert stale == [] and "Usage: " in source, stale


def test_no_parameter_asks_typer_to_check_a_path():
    from civcat.cli import app

    for path, command in _commands(typer.main.get_command(app)):
        for param in command.params:
            info = getattr(getattr(param, "type_descriptor", None), "parameter_info", None)
            if info is None:
                continue
            checks = (info.exists, info.readable is False, info.writable, not info.file_okay, not info.dir_okay)
            assert not any(checks), (path, param.name)
            assert getattr(param.type_descriptor, "file_annotation", None) is None, (path, param.name)


# --- the catalog's lookup --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "chinese", "english"),
    [
        ("Options", "选项", "Options"),
        ("x>=3", "至少 3", "x>=3"),
        ("x<=9", "至多 9", "x<=9"),
        ("1<=x<=9", "1–9", "1<=x<=9"),
        ("Option '--out' requires 2 arguments.", "选项 --out 后面缺少值", "option --out needs a value"),
        ("Argument 'paths' takes 2 values.", "参数 paths 需要 2 个值", "argument paths takes 2 values"),
        ("No such thing", "No such thing", "No such thing"),  # not the framework's: unchanged
    ],
)
def test_framework_text(text, chinese, english):
    try:
        for lang, expected in (("zh", chinese), ("en", english)):
            i18n.set_language(lang)
            assert framework_text(text) == expected
    finally:
        i18n.set_language("zh")


def test_civcat_runs_without_the_click_package():
    """typer carries its own click; civcat's command line imports no other (so click is not pinned)."""
    code = "import sys, civcat.cli, civcat.__main__; sys.exit('click' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


@pytest.mark.parametrize(
    ("lang", "installed", "restart"),
    [
        ("zh", "已为 bash 安装命令补全：{path}", "重新打开终端后生效。"),
        ("en", "bash completion installed in {path}", "Completion will take effect once you restart the terminal."),
    ],
)
def test_install_completion_reports_in_the_interface_language(tmp_path, lang, installed, restart):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    run = subprocess.run(
        [str(CIVCAT), "--lang", lang, "--install-completion", "bash"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    script = tmp_path / ".bash_completions" / "civcat.sh"
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [installed.format(path=script), restart]
    assert "_CIVCAT_COMPLETE" in script.read_text() and f"source '{script}'" in (tmp_path / ".bashrc").read_text()
    shown = subprocess.run(
        [str(CIVCAT), "--lang", lang, "--show-completion", "zsh"], capture_output=True, text=True, env=env, timeout=60
    )
    assert shown.returncode == 0 and shown.stdout.startswith("#compdef civcat"), shown.stderr
