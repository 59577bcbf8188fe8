"""One way to name a community or a township (civcat.naming), the same in show, render and diff,
on the bundled county: 石门村 is the name of three villages, 青杠村 of two, 桐梓村 of one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from civcat.errors import UsageError
from civcat.naming import resolve_community, resolve_township
from civcat.repository import Repository

REPO = Path(__file__).resolve().parent.parent
SHIMEN = ("500243102206", "500243104203", "500243226202")


@pytest.fixture(scope="module")
def county():
    return Repository.load(REPO)


@pytest.mark.parametrize(
    "selector",
    [
        "500243112201",
        "桐梓村",
        "长生镇/桐梓村",
        "长生镇／桐梓村",
        "长生镇 桐梓村",
        "长生镇桐梓村",
        "500243112/桐梓村",
        "长生/桐梓村",
        " 桐梓村 ",
    ],
)
def test_every_form_names_the_same_village(county, selector):
    assert resolve_community(county, selector) == "500243112201"


def test_the_township_decides_between_villages_of_one_name(county):
    assert resolve_community(county, "连湖镇/青杠村") == "500243109206"
    assert resolve_community(county, "龙溪镇/青杠村") == "500243116206"
    assert resolve_community(county, "郁山镇/石门村") == "500243102206"


def test_an_ambiguous_name_lists_every_candidate_with_its_code_in_one_line(county):
    with pytest.raises(UsageError) as caught:
        resolve_community(county, "石门村")
    message = str(caught.value)
    assert "\n" not in message
    assert all(code in message for code in SHIMEN)
    assert "郁山镇/石门村" in message and "乡镇名/村名" in message


def test_a_village_not_in_the_named_township_is_not_taken_from_another(county):
    with pytest.raises(UsageError) as caught:
        resolve_community(county, "长生镇/青杠村")
    message = str(caught.value)
    assert message.startswith("长生镇没有名为“青杠村”的村（社区）")
    assert "500243109206 连湖镇/青杠村" in message and "500243116206 龙溪镇/青杠村" in message
    assert "是否应为 龙溪镇" not in message
    # (长生镇/桐梓 names 桐梓村 itself since the sixteenth session: a short name; a slip still gets the hint)
    with pytest.raises(UsageError, match="是否应为 桐梓村（500243112201）"):
        resolve_community(county, "长生镇/同梓村")


def test_codes_that_are_not_a_community(county):
    with pytest.raises(UsageError, match="是乡镇（街道）长生镇 的代码"):
        resolve_community(county, "500243112")
    with pytest.raises(UsageError, match="没有这个代码的村（社区）"):
        resolve_community(county, "500243112299")


@pytest.mark.parametrize("selector", ["500243112", "长生镇", "长生", " 长生镇"])
def test_townships_by_code_name_or_short_name(county, selector):
    assert resolve_township(county, selector) == "500243112"


def test_unknown_township_suggests_the_nearest(county):
    with pytest.raises(UsageError, match="是否应为 长生镇"):
        resolve_township(county, "长生乡")


def civcat(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "CIVCAT_LANG": "zh"},
    )


def test_show_render_and_diff_take_the_same_names(tmp_path):
    show = civcat("show", "长生镇/桐梓村", "--format", "json")
    assert show.returncode == 0, show.stderr
    render = civcat("render", "charter", "长生镇/桐梓村", "-f", "typ", "-o", str(tmp_path))
    assert render.returncode == 0, render.stderr
    assert [p.name for p in tmp_path.rglob("*.typ")] == ["500243112201-桐梓村村规民约.typ"]
    township = civcat("render", "charter", "--all", "--township", "长生镇", "-f", "typ", "-o", str(tmp_path / "t"))
    assert township.returncode == 0, township.stderr
    assert len(list((tmp_path / "t").rglob("*.typ"))) == 7
    pair = civcat("diff", "长生镇/桐梓村", "郁山镇/石门村", "--format", "json")
    assert pair.returncode == 0, pair.stderr
    across = civcat("diff", "--across", "--township", "长生", "--format", "json")
    assert across.returncode == 0, across.stderr


@pytest.mark.parametrize(
    "command", [("show", "石门村"), ("render", "charter", "石门村", "-f", "typ"), ("diff", "石门村", "桐梓村")]
)
def test_every_command_refuses_an_ambiguous_name_alike(command, tmp_path):
    extra = ("-o", str(tmp_path)) if command[0] == "render" else ()
    run = civcat(*command, *extra)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and all(code in lines[0] for code in SHIMEN), run.stderr
    assert not list(tmp_path.iterdir())


def test_export_template_names_its_township_the_same_way():
    from civcat.export import _township

    document = {"townships": [{"code": "500243112", "name": "长生镇"}, {"code": "500243001", "name": "汉葭街道"}]}
    assert [_township(document, s) for s in ("500243112", "长生镇", "长生")] == [("500243112", "长生镇")] * 3
    with pytest.raises(UsageError, match="^--township “汉葭镇”：县里没有这个乡镇（街道），是否应为 汉葭街道"):
        _township(document, "汉葭镇")


# Clerks say a village's name without its 村 or 社区 (桐梓, 连湖的青杠): a short name is read when no full name fits,
# with the same ambiguity rules as a full one (sixteenth session).
@pytest.mark.parametrize("selector", ["桐梓", "长生镇/桐梓", "长生桐梓", "500243112/桐梓"])
def test_a_village_named_without_its_ending(county, selector):
    assert resolve_community(county, selector) == "500243112201"


def test_a_short_name_that_fits_several_lists_them_all(county):
    with pytest.raises(UsageError) as caught:
        resolve_community(county, "石门")
    assert all(code in str(caught.value) for code in SHIMEN)
    assert resolve_community(county, "郁山镇/石门") == "500243102206"


def test_a_short_name_missing_from_its_township_names_where_it_is(county):
    with pytest.raises(UsageError) as caught:
        resolve_community(county, "长生镇/青杠")
    assert "500243109206" in str(caught.value) and "500243116206" in str(caught.value)
