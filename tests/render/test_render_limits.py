"""Limits (issue 7): a hostile repository template can neither hang nor exhaust `civcat render`.

Each document runs in a worker process within a time limit that covers Jinja and Typst; its
Typst markup is capped in size, its worker's memory too (Linux). A document over a limit fails
alone, with one line naming it, the template and the limit; the others are written.

The time limits here are small (2 s) and the bounds on the whole run generous (30 s), so that a
loaded 2-core machine cannot make the tests fail; nothing here measures speed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

from civcat.render import RenderFailed, RenderOptions, render_charters
from civcat.validate import load_repository, parse_documents

VILLAGE_CODE = "500243112201"
COMMUNITY_CODE = "500243001001"  # rendered first (codes in order): its worker is replaced after it
HEAD = '{#- civcat: kind=charter paper=A4 -#}\n#set text(font: {{ fonts.body|typst_string }}, lang: "zh")\n'
#: Hostile only for the community: the village's charter must still be written.
ONLY_COMMUNITY = '{% if community.code == "' + COMMUNITY_CODE + '" %}'
JINJA_LOOP = (
    ONLY_COMMUNITY + "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}{% endif %}"
)
TYPST_LOOP = ONLY_COMMUNITY + "#for i in range(100000) { for j in range(100000) { } }{% endif %}"
OUTPUT_BOMB = "{% for i in range(100000) %}{% for j in range(100000) %}村规民约村规民约村规民约{% endfor %}{% endfor %}"
GENEROUS = 30.0  # seconds: the bound on a run whose hostile document has a 2 s limit


def write_template(mini, name: str, body: str) -> None:
    mini.write(f"templates/{name}.typ.j2", HEAD + body + "\n{{ charter.title }}\n")


def render_all(mini, tmp_path, **options):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return render_charters(repository, None, RenderOptions(out_dir=tmp_path / "out", **options), everything=True)


def village_pdf(tmp_path):
    return tmp_path / "out/charters/500243112/500243112201-石门村村规民约-hostile.pdf"


@pytest.mark.parametrize("output_format", ["pdf", "typ"])
def test_jinja_loop_fails_its_document_at_the_time_limit(mini, tmp_path, output_format):
    write_template(mini, "hostile", JINJA_LOOP)
    started = time.monotonic()
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="hostile", timeout=2, output_format=output_format)
    assert time.monotonic() - started < GENEROUS
    [failure] = raised.value.failures
    assert failure.code == COMMUNITY_CODE
    assert "500243001001 三合社区居民公约" in failure.message and "hostile.typ.j2" in failure.message
    assert "2 秒的时间上限" in failure.message and "\n" not in failure.message
    # The stuck worker was killed and replaced: the next document was still rendered.
    assert [p.name for p in raised.value.written] == [f"500243112201-石门村村规民约-hostile.{output_format}"]


def test_typst_loop_fails_its_document_at_the_time_limit(mini, tmp_path):
    write_template(mini, "hostile", TYPST_LOOP)
    started = time.monotonic()
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="hostile", timeout=2)
    assert time.monotonic() - started < GENEROUS
    [failure] = raised.value.failures
    assert failure.code == COMMUNITY_CODE and "2 秒的时间上限" in failure.message
    assert raised.value.written == [village_pdf(tmp_path)]
    assert village_pdf(tmp_path).read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.rglob(".*"))  # a killed worker leaves no temporary file


def test_output_size_bomb_fails_with_the_size_limit(mini, tmp_path):
    write_template(mini, "hostile", OUTPUT_BOMB)
    started = time.monotonic()
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="hostile")  # the default limits
    assert time.monotonic() - started < GENEROUS
    assert [f.code for f in raised.value.failures] == [COMMUNITY_CODE, VILLAGE_CODE]
    for failure in raised.value.failures:
        assert "hostile.typ.j2" in failure.message and "Typst 源文件超过了 4 MB 的上限" in failure.message
    assert "500243112201 石门村村规民约" in raised.value.failures[1].message
    assert not list(tmp_path.rglob("*.pdf"))


def test_a_smaller_output_limit(mini, tmp_path):
    write_template(mini, "plain", "")
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="plain", max_output=50)
    assert all("50 B 的上限" in f.message for f in raised.value.failures)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit is set on Linux")
@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        # Jinja: the string (1.5 GB; not a constant, which would fail every document) is refused when
        # allocated: a MemoryError, caught in the worker …
        ('{% set big = "x" * (community.code|length * 125000000) %}', "内存用量超过了 512 MB 的上限"),
        # … Typst aborts its process when an allocation is refused.
        ("#let a = range(200000000)\n#a.len()", "排版进程意外退出"),
    ],
)
def test_memory_limit(mini, tmp_path, body, fragment):
    write_template(mini, "hostile", ONLY_COMMUNITY + body + "{% endif %}")
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="hostile", memory_limit=512 << 20)
    [failure] = raised.value.failures
    assert failure.code == COMMUNITY_CODE and fragment in failure.message, failure.message
    assert raised.value.written == [village_pdf(tmp_path)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit is set on Linux")
def test_huge_constant_is_compiled_within_the_limits(mini, tmp_path):
    # Jinja evaluates constant expressions when it compiles a template: a repository template is
    # compiled in the worker, never in the process that runs the whole render.
    write_template(mini, "hostile", '{{ ""|center(3000000000) }}')
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="hostile", memory_limit=512 << 20)
    assert [f.code for f in raised.value.failures] == [COMMUNITY_CODE, VILLAGE_CODE]
    assert all("内存用量超过了 512 MB 的上限" in f.message for f in raised.value.failures)


def test_after_three_documents_over_a_limit_the_rest_are_not_tried(mini, tmp_path, monkeypatch):
    from civcat.render import batch

    monkeypatch.setattr(batch, "MAX_OVER_LIMIT", 1)  # the mini county has two charters, not four
    write_template(mini, "hostile", OUTPUT_BOMB)
    with pytest.raises(RenderFailed) as raised:
        render_all(mini, tmp_path, template="hostile")
    first, second = raised.value.failures
    assert "4 MB 的上限" in first.message
    assert second.code == VILLAGE_CODE and "未排版" in second.message and "其余文件不再尝试" in second.message


def test_bad_timeouts_are_usage_errors(mini, tmp_path):
    from civcat.errors import UsageError

    for timeout in (0, -1, float("inf"), float("nan")):
        with pytest.raises(UsageError, match="--timeout"):
            render_all(mini, tmp_path, timeout=timeout)


# ---- the command line -------------------------------------------------------------------------


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )


def test_cli_timeout_option(mini):
    write_template(mini, "hostile", JINJA_LOOP)
    started = time.monotonic()
    run = civcat("render", "charter", "--all", "--template", "hostile", "--timeout", "2", cwd=mini.root)
    assert time.monotonic() - started < GENEROUS + 10
    assert run.returncode == 1, run.stderr
    [line, summary] = run.stderr.splitlines()
    assert line.startswith("civcat: 500243001001 三合社区居民公约（模板 templates/hostile.typ.j2）：")
    assert "2 秒的时间上限" in line and "--timeout" in line
    assert "已生成 1 个 PDF 文件" in summary and "1 份未能生成" in summary
    assert (mini.root / "out/charters/500243112/500243112201-石门村村规民约-hostile.pdf").is_file()


def test_timeout_from_the_configuration(mini):
    write_template(mini, "hostile", JINJA_LOOP)
    mini.write("civcat.toml", "[render]\ntimeout = 2\n")
    run = civcat("render", "charter", "--all", "--template", "hostile", cwd=mini.root)
    assert run.returncode == 1 and "2 秒的时间上限" in run.stderr, run.stderr
    mini.write("civcat.toml", "[render]\ntimeout = 0\n")
    run = civcat("render", "charter", "石门村", cwd=mini.root)
    assert run.returncode == 2 and "timeout = 0：应为大于 0、不超过 86400 的秒数" in run.stderr
    mini.write("civcat.toml", '[render]\ntimeout = "60"\n')
    run = civcat("render", "charter", "石门村", cwd=mini.root)
    assert run.returncode == 2 and "timeout 的值类型不对" in run.stderr


def test_cli_bad_timeout_is_one_line(mini):
    run = civcat("render", "charter", "石门村", "--timeout", "0", cwd=mini.root)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "--timeout" in run.stderr, run.stderr


@pytest.mark.parametrize(
    "asked",
    [
        {"CIVCAT_LANG": "en"},
        # --lang is not in the environment a worker inherits: the language must be handed to it.
        {"CIVCAT_LANG": "zh", "args": "--lang en"},
    ],
)
@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("#nosuchvariable", "Typst could not typeset the document"),  # a Typst error, framed by civcat
        (OUTPUT_BOMB, "went over the 4 MB limit"),  # a limit checked in the worker
    ],
)
def test_worker_messages_follow_the_interface_language(mini, body, words, asked):
    """Workers are spawned, not forked: they start without the parent's language and must be told it."""
    write_template(mini, "hostile", ONLY_COMMUNITY + body + "{% endif %}")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "civcat",
            *asked.get("args", "").split(),
            "render",
            "charter",
            "--all",
            "--template",
            "hostile",
        ],
        cwd=mini.root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "CIVCAT_LANG": asked["CIVCAT_LANG"]},
    )
    assert run.returncode == 1, run.stderr
    [line, summary] = run.stderr.splitlines()
    assert line.startswith("civcat: 500243001001 “三合社区居民公约” (template templates/hostile.typ.j2): "), line
    assert words in line
    assert "Made 1 PDF file in out/" in summary and "1 could not be made" in summary
    outside_quotes = re.sub(r"《[^》]*》|“[^”]*”|「[^」]*」", "", run.stderr)
    assert not re.search(r"[\u3400-\u9fff]", outside_quotes), run.stderr
