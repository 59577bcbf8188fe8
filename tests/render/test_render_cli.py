"""`civcat render` as a clerk runs it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import subprocess
import sys

from conftest import VILLAGE_CHARTER


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )


def test_render_one_charter_by_name(mini):
    run = civcat("render", "charter", "石门村", "-o", "printed", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    path = mini.root / "printed/charters/500243112/500243112201-石门村村规民约.pdf"
    assert run.stdout.strip() == str(path.relative_to(mini.root))
    assert path.read_bytes().startswith(b"%PDF-")


def test_render_all_catalogues(mini):
    run = civcat("render", "catalogue", "--all", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (mini.root / "out/catalogues").rglob("*.pdf")) == [
        "500243001001-三合社区事项清单.pdf",
        "500243112201-石门村事项清单.pdf",
    ]
    assert "已生成 2 个 PDF 文件" in run.stdout


def test_usage_errors_exit_2_with_one_line(mini):
    for args in (
        ["charter", "999999999999"],
        ["charter"],
        ["charter", "--all", "--township", "500243999"],
        ["charter", "石门村", "--template", "nope"],
    ):
        run = civcat("render", *args, cwd=mini.root)
        assert run.returncode == 2, (args, run.stdout, run.stderr)
        assert run.stderr.startswith("civcat: ") and run.stderr.count("\n") == 1, run.stderr
        assert "Traceback" not in run.stderr


def test_missing_glyph_exits_1_and_writes_only_the_good_documents(mini):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔，爱护𠮷祥山林。")
    run = civcat("render", "charter", "--all", cwd=mini.root)
    assert run.returncode == 1
    assert "U+20BB7" in run.stderr and VILLAGE_CHARTER in run.stderr and "Traceback" not in run.stderr
    assert [p.name for p in (mini.root / "out").rglob("*.pdf")] == ["500243001001-三合社区居民公约.pdf"]


def test_outside_a_repository(tmp_path):
    run = civcat("render", "charter", "--all", cwd=tmp_path)
    assert run.returncode == 2 and "不在 civcat 仓库中" in run.stderr


def test_templates_are_listed(mini):
    run = civcat("render", "templates", cwd=mini.root)
    assert run.returncode == 0
    assert "charter-poster" in run.stdout and "charter-booklet" in run.stdout and "catalogue-poster" in run.stdout


def test_fonts_from_the_configuration(mini):
    mini.write("civcat.toml", '[render]\nbody-font = "Nope Serif"\n')
    run = civcat("render", "charter", "石门村", cwd=mini.root)
    assert run.returncode == 2 and "找不到正文字体“Nope Serif”" in run.stderr
    run = civcat("render", "charter", "石门村", "--body-font", "Civcat Noto Serif SC", cwd=mini.root)
    assert run.returncode == 0, run.stderr  # the command line wins
    mini.write("civcat.toml", '[render]\nbody-fonts = "x"\n')
    run = civcat("render", "charter", "石门村", cwd=mini.root)
    assert run.returncode == 2 and "未知的配置项 body-fonts" in run.stderr
