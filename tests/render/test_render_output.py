"""Where rendered files go (issue 17 items 7 and 12): output problems in one line each, a batch
going on past a document that cannot be written, names that fit, papers that do not overwrite
each other, a time limit that means something.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pypdf
import pytest
from conftest import VILLAGE_CHARTER

from civcat.errors import UsageError
from civcat.render import RenderFailed, RenderOptions, render_charters
from civcat.validate import load_repository, parse_documents

VILLAGE_PDF = "charters/500243112/500243112201-石门村村规民约.pdf"
COMMUNITY_PDF = "charters/500243001/500243001001-三合社区居民公约.pdf"


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )


def one_line(run: subprocess.CompletedProcess) -> str:
    assert run.stderr.startswith("civcat: ") and run.stderr.count("\n") == 1, run.stderr
    assert "Traceback" not in run.stderr and "内部错误" not in run.stderr
    return run.stderr


def loaded(mini):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return repository


def test_output_that_is_a_file_is_refused_in_one_line(mini):
    mini.write("printed", "不是文件夹")
    for out in ("printed", "printed/sub"):
        run = civcat("render", "charter", "--all", "-o", out, cwd=mini.root)
        assert run.returncode == 2, run.stderr
        assert "printed" in one_line(run) and "不是文件夹" in run.stderr
    assert mini.read("printed") == "不是文件夹"


def test_output_folder_name_over_the_limit_is_refused_in_one_line(mini):
    run = civcat("render", "charter", "--all", "-o", "输出" * 50, cwd=mini.root)
    assert run.returncode == 2 and "太长" in one_line(run)


def test_a_document_whose_path_is_a_folder_fails_alone(mini):
    (mini.root / "out" / VILLAGE_PDF / "留着").mkdir(parents=True)
    run = civcat("render", "charter", "--all", cwd=mini.root)
    assert run.returncode == 1, run.stderr
    assert VILLAGE_PDF in run.stderr and "已有同名的文件夹" in run.stderr
    assert "Traceback" not in run.stderr and "内部错误" not in run.stderr
    assert (mini.root / "out" / VILLAGE_PDF / "留着").is_dir()  # nothing the user had is touched
    assert pypdf.PdfReader(mini.root / "out" / COMMUNITY_PDF).pages  # the other document is written


def test_a_write_refused_fails_its_document_and_the_batch_goes_on(mini, tmp_path, monkeypatch):
    import civcat.fileio

    real = civcat.fileio.atomic_write

    def refusing(path, data, **options):
        if "500243001001" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, data, **options)

    monkeypatch.setattr(civcat.fileio, "atomic_write", refusing)
    with pytest.raises(RenderFailed) as raised:
        render_charters(loaded(mini), None, RenderOptions(out_dir=tmp_path), everything=True)
    [failure] = raised.value.failures
    assert failure.code == "500243001001" and "没有写入权限" in failure.message and "\n" not in failure.message
    assert raised.value.written == [tmp_path / VILLAGE_PDF]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions do not bind root")
def test_output_folder_without_permission_is_refused_in_one_line(mini):
    locked = mini.root / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        run = civcat("render", "charter", "--all", "-o", "locked/out", cwd=mini.root)
    finally:
        locked.chmod(0o700)
    assert run.returncode == 2 and "没有写入权限" in one_line(run)


def test_a_long_title_gives_a_name_within_the_system_limit(mini, tmp_path):
    title = "桐梓村" + "关于加强人居环境整治和移风易俗推进乡村振兴" * 4 + "村规民约（2024年修订）"
    mini.replace(VILLAGE_CHARTER, "title: 石门村村规民约", f"title: {title}")
    options = RenderOptions(out_dir=tmp_path, template="charter-booklet", paper="A2")
    [path] = render_charters(loaded(mini), ["500243112201"], options)
    assert len(path.name.encode("utf-8")) <= 200 and path.name.endswith("-booklet-A2.pdf")
    assert path.name.startswith("500243112201-桐梓村关于加强")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "".join(title.split()) in "".join(text.split())


def test_a_paper_other_than_the_templates_own_is_in_the_file_name(mini, tmp_path):
    repository = loaded(mini)
    [a3] = render_charters(repository, ["500243112201"], RenderOptions(out_dir=tmp_path))
    [a2] = render_charters(repository, ["500243112201"], RenderOptions(out_dir=tmp_path, paper="A2"))
    [same] = render_charters(repository, ["500243112201"], RenderOptions(out_dir=tmp_path, paper="A3"))
    assert a3 == same and a3.name == "500243112201-石门村村规民约.pdf"
    assert a2.name == "500243112201-石门村村规民约-A2.pdf"
    widths = [round(float(pypdf.PdfReader(p).pages[0].mediabox.width)) for p in (a3, a2)]
    assert widths == [842, 1191]  # the A3 print is still there, not overwritten by the A2 one


def test_a_time_limit_beyond_a_day_is_refused(mini):
    with pytest.raises(UsageError, match="不超过 86400"):
        RenderOptions(timeout=1e9).checked()
    mini.write("civcat.toml", "[render]\ntimeout = 1e9\n")
    mini.write("templates/mine.typ.j2", "{#- civcat: kind=charter paper=A4 -#}\n{{ charter.title }}\n")
    run = civcat("render", "charter", "石门村", "-t", "mine", cwd=mini.root)
    assert run.returncode == 2 and "timeout" in one_line(run) and "86400" in run.stderr
    mini.write("civcat.toml", "[render]\ntimeout = 86400\n")
    run = civcat("render", "charter", "石门村", "-t", "mine", cwd=mini.root)
    assert run.returncode == 0, run.stderr
