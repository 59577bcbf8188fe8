"""`civcat diff` checks its options before it reads anything: a combination that does not fit is what
is reported, even in a folder that is neither a civcat repository nor a git repository."""

from __future__ import annotations

import subprocess
import sys

import pytest

REFUSED = [
    (["--across", "--git", "main"], "--across 和 --git 不能同时使用"),
    (["--township", "长生镇"], "--township 和 --kind 只能与 --across 一起使用"),
    (["--exit-code", "石门村", "桐梓村"], "--exit-code 和 --as-of 只能与 --git 一起使用"),
    (["--git", "main", "HEAD", "HEAD~1"], "--git BASE 之后最多再给一个版本（HEAD）"),
    (["--git", "main", "--as-of", "2025-13-01"], "--as-of 2025-13-01: 日期应写成 YYYY-MM-DD"),
    (["--across", "石门村"], "--across 不需要村（社区）名称；只比较一个乡镇时用 --township"),
    (["石门村"], "请给出两个村（社区）的代码或名称（civcat diff A B），或使用 --across、--git BASE"),
]


@pytest.mark.parametrize(("args", "message"), REFUSED, ids=[" ".join(a) for a, _m in REFUSED])
def test_a_combination_that_does_not_fit_is_refused_before_anything_is_read(tmp_path, args, message):
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "diff", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "GIT_CEILING_DIRECTORIES": str(tmp_path.parent), "HOME": str(tmp_path)},
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stderr == f"civcat: {message}\n"
    assert run.stdout == ""
