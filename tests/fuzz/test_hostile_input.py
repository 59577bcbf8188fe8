"""Hostile values found by hand-fuzzing the commands (made-up data: the mini county of conftest.py).

Each was an internal error before its fix; the rule is one line and exit 2, or a finding, never a
traceback or "internal error".
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from conftest import AS_OF, COMMUNITY, VILLAGE, VILLAGE_CHARTER

from civcat.dates import months_after, years_after
from civcat.importers.documents import decode_text
from civcat.site import SiteOptions, build_site
from civcat.workers import map_in_workers, start_in_workers


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civcat", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def no_internal_error(run: subprocess.CompletedProcess) -> None:
    assert "内部错误" not in run.stderr and "Traceback" not in run.stderr, run.stderr


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (dt.date(2024, 2, 29), 5, dt.date(2029, 2, 28)),
        (dt.date(9999, 3, 4), 5, dt.date.max),
        (dt.date(1, 1, 1), -5, dt.date.min),
        (dt.date(2026, 11, 28), -(10**20), dt.date.min),
    ],
)
def test_years_after_stops_at_the_ends_of_the_calendar(day, years, expected):
    assert years_after(day, years) == expected


def test_months_after_stops_at_the_ends_of_the_calendar():
    assert months_after(dt.date(9999, 12, 31), 6) == dt.date.max
    assert months_after(dt.date(1, 3, 1), -6) == dt.date.min


def test_an_election_in_year_9999_is_no_internal_error(mini):
    mini.replace(VILLAGE, "elected: 2026-03-01", "elected: 9999-03-01")
    mini.validate()  # the term would end in 10004: past the calendar
    for command in (["validate"], ["show", "500243112201"]):
        no_internal_error(civcat(*command, "--as-of", "2026-11-28", cwd=mini.root))


def test_a_charter_voted_in_year_9999_is_no_internal_error(mini):
    mini.replace(VILLAGE_CHARTER, "voted: 2021-08-15", "voted: 9999-08-15")
    mini.validate(extend_select=["CV510"])  # its revision would be due past the calendar


@pytest.mark.parametrize("older_than", [10_000, 10**20])
def test_report_older_than_past_the_calendar(mini, older_than):
    build_site(mini.root, SiteOptions(out=mini.root.parent / "site", as_of=AS_OF, old_years=older_than))


@pytest.mark.parametrize("as_of", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_report_as_of_at_the_ends_of_the_calendar(mini, as_of):
    build_site(mini.root, SiteOptions(out=mini.root.parent / "site", as_of=as_of))


def test_report_into_a_file_or_a_dangling_link_is_one_line(mini):
    (mini.root.parent / "dangling").symlink_to(mini.root.parent / "nowhere" / "site")
    for out in ("catalogues/county.yaml/site", str(mini.root.parent / "dangling")):
        run = civcat("report", "-o", out, "--as-of", "2026-11-28", cwd=mini.root)
        no_internal_error(run)
        assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert (mini.root / "catalogues/county.yaml").is_file()


def test_more_jobs_than_the_machine_can_count():
    """`-j 99999999999999999999` reached the process pool (OverflowError): a pool has at most one
    worker per task."""
    assert list(map_in_workers(abs, [-1, -2], jobs=10**20)) == [1, 2]
    assert list(start_in_workers(abs, [-3], jobs=10**20).results()) == [3]


@pytest.mark.parametrize("stray", [b"\x00", b"\xff", b"\xed\xa0\x80"])
def test_a_utf8_text_with_one_stray_byte_is_not_read_as_gb18030(stray):
    """One NUL, one byte no encoding has, or an encoded lone surrogate in a UTF-8 charter made the whole
    file GB18030 mojibake (“鏉戞皯…”), which then imported as if it were the text."""
    raw = "第一条 村民应当爱护公共环境。\n第二条 村民应当和睦相处。\n".encode().replace("公共".encode(), stray)
    text = decode_text(raw)
    assert "村民应当爱护" in text and "村民应当和睦相处。" in text


def test_new_with_a_file_where_the_township_folder_should_be(mini):
    """`new charter` and `new community` made the township's folder with mkdir: FileExistsError."""
    mini.remove(VILLAGE_CHARTER)
    (mini.root / "charters/500243112").rmdir()
    mini.write("charters/500243112", "a file, not a folder\n")
    mini.remove(COMMUNITY)
    (mini.root / "catalogues/communities/500243001").rmdir()
    mini.write("catalogues/communities/500243001", "a file, not a folder\n")
    for command in (["new", "charter", "500243112201"], ["new", "community", "500243001002", "--name", "试验社区"]):
        run = civcat(*command, cwd=mini.root)
        no_internal_error(run)
        assert run.returncode == 2 and "不是文件夹" in run.stderr, run.stderr
    assert (mini.root / "charters/500243112").read_text() == "a file, not a folder\n"


def test_a_paragraph_longer_than_a_line_may_be_is_the_documents_shape_not_a_bug_to_report(mini, tmp_path):
    """A whole file pasted as one paragraph (made-up text): the importer says which paragraph and what to do,
    instead of writing YAML the loader refuses and asking the clerk to report a civcat bug."""
    source = tmp_path / "长段.txt"
    source.write_text("石门村村规民约\n第一条 " + "村民应当爱护公共设施。" * 3000 + "\n", encoding="utf-8")
    run = civcat("import", "charter", "--dry-run", "--community", "500243112201", str(source), cwd=mini.root)
    no_internal_error(run)
    assert run.returncode == 2
    assert "请报告" not in run.stderr
    assert "每条另起一段" in run.stderr and "村民应当爱护公共设施" in run.stderr


def test_a_folder_outside_any_repository_without_yaml_is_a_mistyped_path_not_a_pass(tmp_path):
    """`civcat validate /some/folder` with no data file in it and no repository above once said "检查了 0 个文件，
    没有发现问题" and exit 0, which lets a CI job with a mistyped path pass."""
    folder = tmp_path / "空文件夹"
    (folder / "子").mkdir(parents=True)
    (folder / "子" / "说明.txt").write_text("不是数据文件\n", encoding="utf-8")
    run = civcat("validate", str(folder), cwd=tmp_path)
    no_internal_error(run)
    assert run.returncode == 2
    assert "没有 .yaml 数据文件" in run.stderr and str(folder) in run.stderr
