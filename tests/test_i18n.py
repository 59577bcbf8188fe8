"""The interface in Chinese and in English: the choice of language, the catalog, and what a clerk reads.

Chinese is the source; English comes from src/civcat/locale/en/LC_MESSAGES/civcat.mo. These tests
run civcat as a user does (a subprocess with its own environment) wherever the language matters.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import VILLAGE

from civcat import i18n
from civcat.__main__ import take_lang

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "civcat"
HAN = re.compile(r"[\u3400-\u9fff]")
QUOTED = re.compile(r"《[^》]*》|“[^”]*”|「[^」]*」")


def han_outside_quotes(text: str) -> list[str]:
    return HAN.findall(QUOTED.sub("", text))


def civcat(*args: str, cwd, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200", **env},
        timeout=60,
    )


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def _catalog_script():
    spec = importlib.util.spec_from_file_location("civcat_i18n_script", REPO / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- choosing the language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requested", "environ", "expected"),
    [
        (None, {}, "zh"),  # nothing set: Chinese
        (None, {"LANG": "C.UTF-8"}, "zh"),  # a CI machine
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, {"LANG": "fr_FR.UTF-8"}, "zh"),  # a locale civcat does not speak
        (None, {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),  # LC_ALL before LANG
        (None, {"LANGUAGE": "fr:en", "LANG": "zh_CN.UTF-8"}, "en"),  # LANGUAGE lists preferences
        (None, {"CIVCAT_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),  # CIVCAT_LANG before the locale
        ("zh", {"CIVCAT_LANG": "en"}, "zh"),  # --lang before CIVCAT_LANG
        ("zh-Hans", {}, "zh"),
        ("EN_gb", {}, "en"),
        ("zh_CN.UTF-8", {}, "zh"),
    ],
)
def test_choose(requested, environ, expected):
    assert i18n.choose(requested, environ) == expected


@pytest.mark.parametrize(("requested", "environ"), [("fr", {}), (None, {"CIVCAT_LANG": "klingon"})])
def test_a_language_asked_for_by_name_must_exist(requested, environ):
    with pytest.raises(i18n.UnknownLanguage, match="zh, en"):
        i18n.choose(requested, environ)


@pytest.mark.parametrize(
    ("argv", "lang", "rest"),
    [
        (["validate", "--lang", "en", "-f", "json"], "en", ["validate", "-f", "json"]),
        (["--lang=zh", "rule", "CV401"], "zh", ["rule", "CV401"]),
        (["fmt", "--", "--lang", "en"], None, ["fmt", "--", "--lang", "en"]),  # after --: a file name
        (["validate"], None, ["validate"]),
    ],
)
def test_take_lang(argv, lang, rest):
    assert take_lang(argv) == (lang, rest)


def test_unknown_language_is_one_line_and_exit_2(mini):
    for run in (civcat("--lang", "fr", "validate", cwd=mini.root), civcat("validate", cwd=mini.root, CIVCAT_LANG="xx")):
        assert run.returncode == 2
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
        assert "zh, en" in run.stderr


# --- the catalog ---------------------------------------------------------------------------------


def test_catalog_is_complete_consistent_and_compiled():
    assert _catalog_script().problems() == []


def test_catalog_check_notices_a_missing_translation(tmp_path):
    script = _catalog_script()
    source = tmp_path / "sample.py"
    source.write_text('from civcat.i18n import _\n_("一个没有译文的消息 {name}")\n', encoding="utf-8")
    part = tmp_path / "part.po"
    script.fragment(part, [source])
    assert any("no English" in line for line in script.problems(po=part, files=[source]))
    catalog = script.load_po(part)
    catalog.get("一个没有译文的消息 {name}").string = "A message {nom}"
    script.save_po(catalog, part)
    assert any("placeholders differ" in line for line in script.problems(po=part, files=[source]))


def test_no_throwaway_underscore_where_messages_are_translated():
    """`root, _ = …` in a module that imports `_` would turn the next message into a crash."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = any(
            isinstance(node, ast.ImportFrom) and any(a.name == "_" and a.asname is None for a in node.names)
            for node in ast.walk(tree)
        )
        if not imports:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                args = node.args
                for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                    if arg.arg == "_":
                        offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


# --- what a reader sees --------------------------------------------------------------------------


def test_every_rule_page_reads_in_english(english):
    from civcat.i18n import _
    from civcat.rules import all_rules

    untranslated = {}
    for code, rule in all_rules().items():
        for part in ("summary", "why", "basis", "fix"):
            text = getattr(rule, part)
            if text and han_outside_quotes(_(text)):
                untranslated[f"{code}.{part}"] = _(text)[:80]
        # Examples are YAML whose data stays Chinese; their comments are translated.
        for line in _(rule.example).splitlines():
            comment = line.split("#", 1)[1] if "#" in line else ""
            if han_outside_quotes(comment):
                untranslated[f"{code}.example"] = line
    assert untranslated == {}


def test_validate_speaks_english_and_chinese(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    english = civcat("validate", "--format", "json", cwd=mini.root, CIVCAT_LANG="en")
    chinese = civcat("validate", "--format", "json", cwd=mini.root, CIVCAT_LANG="zh")
    assert english.returncode == chinese.returncode == 1
    [en] = json.loads(english.stdout)["findings"]
    [zh] = json.loads(chinese.stdout)["findings"]
    assert (en["code"], en["line"], en["column"]) == (zh["code"], zh["line"], zh["column"]) == ("CV104", 5, 7)
    assert han_outside_quotes(en["message"]) == [] and "vilage" in en["message"]
    assert HAN.search(zh["message"])


def test_the_cache_keeps_languages_apart(mini):
    """A result cached in Chinese must not be shown to an English reader (the key holds the language)."""
    mini.replace(VILLAGE, "  members: 5", "  members: 12")
    cache = {"CIVCAT_CACHE_DIR": str(mini.root.parent / "cache")}
    first = civcat("validate", "--format", "concise", cwd=mini.root, CIVCAT_LANG="zh", **cache)
    second = civcat("validate", "--format", "concise", cwd=mini.root, CIVCAT_LANG="en", **cache)
    assert "CV401" in first.stdout and "CV401" in second.stdout
    assert "村民委员会成员 12 人" in first.stdout
    assert "Organic Law of the Villagers' Committees (2025), Article 8(1)" in second.stdout, second.stdout
    assert han_outside_quotes(second.stdout.split("CV401", 1)[1].splitlines()[0]) == []


def test_text_report_in_english(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    run = civcat("validate", cwd=mini.root, LANG="en_US.UTF-8")
    assert run.returncode == 1
    assert "error" in run.stdout and "CV104" in run.stdout
    assert han_outside_quotes(run.stdout) == [], run.stdout


def test_clean_run_in_both_languages(mini):
    assert "没有发现问题" in civcat("validate", cwd=mini.root).stdout
    english = civcat("validate", "--lang", "en", cwd=mini.root).stdout
    assert han_outside_quotes(english) == [] and "11" in english


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["validate"],
        ["rule"],
        ["rules"],
        ["stats"],
        ["fmt"],
        ["schema"],
        ["show"],
        ["export"],
        ["diff"],
        ["init"],
        ["new", "community"],
        ["import", "divisions"],
        ["render", "charter"],
        ["render", "catalogue"],
    ],
)
def test_help_in_english_has_no_chinese(mini, command):
    run = civcat("--lang", "en", *command, "--help", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert han_outside_quotes(run.stdout) == [], run.stdout


def test_help_in_chinese(mini):
    run = civcat("validate", "--help", cwd=mini.root)
    assert "要检查的文件或文件夹" in run.stdout


def test_rule_page_in_english_cites_the_law_in_english(mini):
    run = civcat("rule", "CV401", "--lang", "en", cwd=mini.root)
    assert run.returncode == 0
    assert "Organic Law of the Villagers' Committees" in run.stdout
    # Every line but the YAML example's data reads in English.
    prose = [line for line in run.stdout.splitlines() if not re.match(r"^\s*[a-z_]+:|^\s*-", line)]
    assert han_outside_quotes("\n".join(prose)) == [], run.stdout


def test_command_line_mistakes_in_one_line_in_both_languages(mini):
    chinese = civcat("validate", "--bogus", cwd=mini.root)
    english = civcat("validate", "--bogus", "--lang", "en", cwd=mini.root)
    for run in (chinese, english):
        assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "没有选项 --bogus" in chinese.stderr and "civcat validate --help" in chinese.stderr
    assert "no such option --bogus" in english.stderr
    wrong = civcat("validate", "--format", "xml", cwd=mini.root)
    assert wrong.returncode == 2 and "“xml”不在可选值之中" in wrong.stderr, wrong.stderr


def test_help_headings_follow_the_language(mini):
    assert "选项：" in civcat("validate", "--help", cwd=mini.root).stdout
    assert "Options:" in civcat("validate", "--help", "--lang", "en", cwd=mini.root).stdout
