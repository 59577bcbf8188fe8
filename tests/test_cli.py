"""The command line as a clerk and CI use it: exit codes, the output formats, no tracebacks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import VILLAGE, VILLAGE_CHARTER


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=60,
    )


def test_clean_repository_exits_0(mini):
    run = civcat("validate", cwd=mini.root)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "没有发现问题" in run.stdout


def test_errors_exit_1_and_text_shows_source_line_with_marker(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    run = civcat("validate", cwd=mini.root)
    assert run.returncode == 1
    assert VILLAGE in run.stdout
    assert "5:7" in run.stdout and "CV104" in run.stdout
    assert re.search(r"5 \| type: vilage\n\s+\|\s{7}\^{6}", run.stdout), run.stdout


def test_a_clause_finding_underlines_the_words_it_quotes(mini):
    """A clause finding marks the words it quotes (the measure), not the rest of the line: two findings on one
    article show where each is. A quoted scalar that the file holds otherwise than as read (an escape) is
    marked from its column as before."""
    mini.replace(
        VILLAGE_CHARTER,
        "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。",
        "乱倒垃圾的，罚款五十元，并在村务公开栏曝光。",
    )
    run = civcat("validate", cwd=mini.root)
    assert run.returncode == 1, run.stdout + run.stderr
    marks = re.findall(r"\| +- text: 乱倒垃圾的.*\n +\|( *)(\^+)", run.stdout)
    # 罚款五十元 (5 characters, 10 columns) and 在村务公开栏曝光 (8 characters, 16 columns)
    assert [len(m) for _, m in marks] == [10, 16], run.stdout
    assert len(marks[1][0]) - len(marks[0][0]) == 2 * len("罚款五十元，并"), run.stdout
    mini.replace(VILLAGE_CHARTER, "- text: 乱倒垃圾的，罚款五十元", '- text: "乱倒垃圾的，\\u7f5a款五十元')
    mini.replace(VILLAGE_CHARTER, "并在村务公开栏曝光。", '并在村务公开栏曝光。"')
    run = civcat("validate", cwd=mini.root)
    assert "CV601" in run.stdout and "\\u7f5a" in run.stdout, run.stdout
    escaped = re.findall(r"\| +- text: \"乱倒垃圾的.*\n +\|( *)(\^+)", run.stdout)
    assert len(escaped[0][1]) > 10, run.stdout  # marked from its column to the end of the value, as before


def test_json_output_shape(mini):
    mini.replace(VILLAGE, "  members: 5", "  membrs: 5")
    run = civcat("validate", "--format", "json", cwd=mini.root)
    assert run.returncode == 1
    document = json.loads(run.stdout)
    assert document["version"] == 1
    assert document["summary"] == {"files": 11, "errors": 1, "warnings": 0}
    [finding] = document["findings"]
    assert finding == {
        "path": VILLAGE,
        "line": 9,
        "column": 3,
        "code": "CV103",
        "severity": "error",
        "message": finding["message"],
    }


def test_github_output_lines_parse(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    run = civcat("validate", "--format", "github", cwd=mini.root)
    pattern = re.compile(r"^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=(CV\d{3})::(.+)$")
    lines = run.stdout.strip().splitlines()
    assert lines and all(pattern.match(line) for line in lines), run.stdout
    assert pattern.match(lines[0]).groups()[:5] == ("error", VILLAGE, "5", "7", "CV104")


def test_sarif_output_is_json_with_rules(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    document = json.loads(civcat("validate", "--format", "sarif", cwd=mini.root).stdout)
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    assert run["results"][0]["ruleId"] == "CV104"
    assert any(rule["id"] == "CV104" for rule in run["tool"]["driver"]["rules"])


def test_given_file_reports_only_that_file(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    other = civcat("validate", "--format", "json", "catalogues/county.yaml", cwd=mini.root)
    assert other.returncode == 0 and json.loads(other.stdout)["findings"] == []
    same = civcat("validate", "--format", "json", VILLAGE, cwd=mini.root)
    assert same.returncode == 1 and json.loads(same.stdout)["summary"]["files"] == 1


def test_usage_errors_exit_2_in_one_line(mini, tmp_path_factory):
    outside = tmp_path_factory.mktemp("not-a-repository")
    for args, cwd in (
        (("validate",), outside),
        (("validate", "--as-of", "2021-13-01"), mini.root),
        (("validate", "no/such/file.yaml"), mini.root),
        (("validate", "--select", "XX9"), mini.root),
        (("rule", "CV999"), mini.root),
    ):
        run = civcat(*args, cwd=cwd)
        assert run.returncode == 2, (args, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr and run.stderr.strip().startswith("civcat:"), run.stderr


def test_broken_config_exits_2(mini):
    (mini.root / "civcat.toml").write_text("select = [", encoding="utf-8")
    run = civcat("validate", cwd=mini.root)
    assert run.returncode == 2 and "civcat.toml" in run.stderr and "Traceback" not in run.stderr


def test_strict_fails_on_warnings(mini):
    mini.replace(VILLAGE, "women: 1", "women: 0")  # CV402 is a warning
    assert civcat("validate", cwd=mini.root).returncode == 0
    assert civcat("validate", "--strict", cwd=mini.root).returncode == 1


def test_version_and_help_describe_every_command(mini):
    assert re.match(r"civcat \d+\.\d+\.\d+", civcat("--version", cwd=mini.root).stdout)
    help_text = civcat("--help", cwd=mini.root).stdout
    for command in ("validate", "stats", "rules", "rule"):
        assert re.search(rf"^\s+{command}\s+\S", help_text, re.MULTILINE), help_text


def test_rules_and_rule_page(mini):
    listing = civcat("rules", cwd=mini.root)
    assert listing.returncode == 0 and "CV001" in listing.stdout and "CV102" in listing.stdout
    page = civcat("rule", "cv102", cwd=mini.root)
    assert page.returncode == 0 and page.stdout.startswith("CV102") and "怎么改" in page.stdout


def test_file_outside_any_repository_is_checked_alone(tmp_path_factory):
    folder = tmp_path_factory.mktemp("loose")
    (folder / "draft.yaml").write_text(
        'civcat: 1\nkind: charter\ncommunity: "500243112201"\ntype: village_rules\ntitle: 石门村村规民约\n'
        "status: draft\nchapters:\n  - title: 总则\n    articles:\n      - text: 违者罚款200元。\n",
        encoding="utf-8",
    )
    run = civcat("validate", "--format", "json", "draft.yaml", cwd=folder)
    findings = json.loads(run.stdout)["findings"]
    assert [(f["path"], f["line"], f["code"]) for f in findings] == [("draft.yaml", 10, "CV601")]


def test_shell_completion_offers_rule_codes(mini):
    env = {
        "PATH": "/usr/bin:/bin",
        "COMP_WORDS": "civcat rule CV40",
        "COMP_CWORD": "2",
        "_CIVCAT_COMPLETE": "complete_bash",
    }
    # The installed `civcat` script: completion is keyed by the program's name.
    script = Path(sys.executable).parent / "civcat"
    run = subprocess.run([str(script)], cwd=mini.root, capture_output=True, text=True, env=env, timeout=60)
    assert run.stdout.split() == ["CV401", "CV402", "CV403"], run.stdout + run.stderr


def test_summary_line_names_the_codes_seen():
    """Not "civcat rule 代码": the commands for the codes found, the most frequent first, at most three."""
    from civcat.findings import Finding, Severity
    from civcat.report import summary_line

    def found(*codes):
        return [Finding("a.yaml", 1, 1, code, Severity.ERROR, "x") for code in codes]

    assert summary_line(found("CV504"), 1).endswith("运行 `civcat rule CV504` 查看规则说明和修改方法。")
    line = summary_line(found("CV211", "CV504", "CV504", "CV002"), 2)
    assert "运行 `civcat rule CV504`、`civcat rule CV002`、`civcat rule CV211` 查看" in line
    line = summary_line(found("CV101", "CV102", "CV103", "CV104", "CV105"), 2)
    assert "`civcat rule CV103`" in line and "CV104" not in line and "还有 2 条规则" in line
    assert "代码`" not in summary_line(found("CV101"), 1)


HELP_COMMANDS = [
    ("validate",),
    ("stats",),
    ("rule",),
    ("diff",),
    ("export",),
    ("fmt",),
    ("init",),
    ("schema",),
    ("show",),
    ("render", "charter"),
    ("render", "catalogue"),
    ("import", "divisions"),
    ("new", "community"),
    ("new", "charter"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_names_values_in_words_not_python_types(lang, tmp_path):
    """`--as-of 日期`, `-j, --jobs 数量  … [至少 1]`: never `<list[str]>`, `<int range>`, `<str>`."""
    import re
    import unicodedata

    def width(text):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    for command in HELP_COMMANDS:
        run = subprocess.run(
            [sys.executable, "-m", "civcat", *command, "--help", "--lang", lang],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "COLUMNS": "100"},
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        found = re.findall(r"<(?:list\[[^>]*|int[^>|]*|str|float|path|bool|text|dir|file)>", run.stdout)
        assert found == [], (command, found)
        if lang == "zh":
            assert "x>=" not in run.stdout and "[default" not in run.stdout, command
            # The help column starts at one display column in each section (Chinese takes two).
            columns = {
                width(m.group(1))
                for m in re.finditer(r"^(  \S.*?  +)(?=\S)", run.stdout, re.MULTILINE)
                if not m.group(1).startswith("    ")
            }
            assert len(columns) <= 2, (command, columns, run.stdout)  # 参数 and 选项 may differ
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "validate", "--help", "--lang", "zh"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert "--as-of 日期" in run.stdout and "--select 代码" in run.stdout and "[至少 1]" in run.stdout


def test_output_to_a_file_or_pipe_is_not_wrapped(mini):
    """A clerk's `civcat rules > 规则.txt`: every rule on one line, whatever COLUMNS says (80 by default)."""
    from civcat.i18n import _
    from civcat.rules import all_rules

    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "80", "CIVCAT_LANG": "zh"}
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "rules"], cwd=mini.root, capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    for code, rule in all_rules().items():
        assert any(code in line and _(rule.summary) in line for line in lines), code
    mini.replace(
        VILLAGE,
        "  - {id: XS-L01, tier: minor, title: 山坪塘日常维护",
        "  - {id: XS-L01, tier: minor, title: 山坪塘日常维护和灌溉渠道清淤疏浚以及机耕道路面修补（共计 1234567 元）",
    )
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "show", "石门村"],
        cwd=mini.root,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "山坪塘日常维护和灌溉渠道清淤疏浚以及机耕道路面修补（共计 1234567 元）（本地）" in run.stdout


def test_allowed_values_are_listed_with_their_meaning(mini):
    run = civcat("new", "community", "500243112299", "--name", "测试村", "--type", "villag", cwd=mini.root)
    assert run.returncode == 2
    assert "可选：`village`（村）、`community`（社区）" in run.stderr, run.stderr


def test_a_usage_error_in_any_command_is_one_line_and_exit_2_through_the_app(mini, monkeypatch):
    """One handler, in the root group: `app` called as tests and other programs call it says a civcat
    UsageError raised inside a command (or a group's subcommand) as `civcat: …` on stderr, exit 2."""
    from typer.testing import CliRunner

    from civcat.cli import app

    monkeypatch.chdir(mini.root)
    for args in (
        ["show", "不存在村"],
        ["review", "不存在村", "-o", str(mini.root.parent / "opinions")],
        ["report", "-o", str(mini.root / "catalogues")],
        ["render", "charter", "不存在村", "-o", str(mini.root.parent / "printed")],
        ["new", "charter", "不存在村"],
        ["import", "divisions", str(mini.root / "no-such-table.csv")],
    ):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, (args, result.output, result.exception)
        assert result.stdout == "", (args, result.stdout)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("civcat: "), (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_the_root_group_says_a_usage_error_its_commands_do_not_catch():
    """The mechanism itself, on an app of two commands that raise and catch nothing."""
    import typer
    from typer.testing import CliRunner

    from civcat.cliframework import group_class
    from civcat.errors import UsageError

    app = typer.Typer(cls=group_class())
    sub = typer.Typer()

    @app.command("plain")
    def plain() -> None:
        raise UsageError("没有这个村")

    @sub.command("nested")
    def nested() -> None:
        raise UsageError("嵌套的命令")

    app.add_typer(sub, name="group")
    result = CliRunner().invoke(app, ["plain"])
    assert (result.exit_code, result.stderr, result.stdout) == (2, "civcat: 没有这个村\n", "")
    result = CliRunner().invoke(app, ["group", "nested"])
    assert (result.exit_code, result.stderr) == (2, "civcat: 嵌套的命令\n")


def test_the_root_lists_each_command_once_in_its_place():
    """Every command a module of civcat/commands/; `import charter` is a subcommand of `import` only,
    never a root command `civcat charter` as well."""
    import typer

    from civcat.cli import app

    root = typer.main.get_command(app)
    assert list(root.commands) == [
        "validate",
        "stats",
        "rules",
        "rule",
        "diff",
        "export",
        "fmt",
        "init",
        "report",
        "review",
        "schema",
        "show",
        "render",
        "import",
        "new",
    ]
    assert {name: sorted(root.commands[name].commands) for name in ("render", "import", "new")} == {
        "render": ["catalogue", "charter", "templates"],
        "import": ["catalogue", "charter", "divisions"],
        "new": ["charter", "community"],
    }
