"""Finding the data files: a folder that cannot be listed is reported (one line naming it, exit 2),
never skipped; temporary files left by an interrupted write are not data."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest
from conftest import MINI_COUNTY, VILLAGE, VILLAGE_CHARTER
from typer.testing import CliRunner

from civcat import fileio
from civcat.cli import app
from civcat.repository import UnreadableFolders, data_files

CHARTER_FOLDER = "charters/500243112"


def run(*args: str, cwd: Path):
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("CIVCAT_CACHE_DIR", raising=False)


@pytest.fixture
def unlistable(mini, monkeypatch):
    """The village's charter folder cannot be listed (as without read permission: these tests run as
    root, whom file modes do not stop, so the refusal is the system call's own error, given to it)."""
    folder = os.fspath(mini.root / CHARTER_FOLDER)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == folder:
            raise PermissionError(errno.EACCES, "Permission denied", folder)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return mini


@pytest.mark.parametrize("command", [["validate"], ["validate", "--no-cache"], ["fmt", "--check"], ["fmt"]])
def test_a_folder_without_permission_is_named_and_nothing_passes(unlistable, command):
    result = run(*command, cwd=unlistable.root)
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"civcat: {CHARTER_FOLDER}/: 没有读取这个文件夹的权限，其中的文件无法检查；请检查文件夹的权限（Windows：属性 → 安全）。\n"
    )
    assert "没有发现问题" not in result.stdout and "CV212" not in result.stdout


def test_the_library_raises_with_every_folder(unlistable):
    with pytest.raises(UnreadableFolders) as caught:
        data_files(unlistable.root)
    assert [Path(folder) for folder, _error in caught.value.problems] == [unlistable.root / CHARTER_FOLDER]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder whatever its mode")
def test_a_real_folder_without_permission(mini):
    folder = mini.root / CHARTER_FOLDER
    folder.chmod(0)
    try:
        result = run("validate", cwd=mini.root)
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2 and f"civcat: {CHARTER_FOLDER}/: 没有读取这个文件夹的权限" in result.stderr


def test_a_folder_too_deep_to_read_is_named(mini):
    """Folders nested until their path passes the system's limit (PATH_MAX): os.walk dropped them."""
    name = "深" * 60  # 180 bytes a level
    base = os.open(mini.root / CHARTER_FOLDER, os.O_RDONLY)
    try:
        for _level in range(30):  # 5,400 bytes: past Linux's 4,096
            os.mkdir(name, dir_fd=base)
            deeper = os.open(name, os.O_RDONLY, dir_fd=base)
            os.close(base)
            base = deeper
        descriptor = os.open("500243112202.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=base)
        os.write(descriptor, b"civcat: 1\nkind: charter\n")
        os.close(descriptor)
    finally:
        os.close(base)
    result = run("validate", cwd=mini.root)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"civcat: {CHARTER_FOLDER}/{name}/")
    assert lines[0].endswith("路径太长（文件夹嵌套太深），其中的文件无法读取；请把文件移到层级浅一些的文件夹。")


def test_a_folder_checked_alone_outside_a_repository_is_walked_the_same(tmp_path, monkeypatch):
    outside = tmp_path / "loose"
    (outside / "inner").mkdir(parents=True)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == os.fspath(outside / "inner"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("validate", str(outside), cwd=tmp_path)
    assert result.exit_code == 2 and "inner/: 没有读取这个文件夹的权限" in result.stderr


# --- temporary files of an interrupted write ---------------------------------------------------------


def _leftover(mini, rel: str, age: float) -> Path:
    """What a write killed between its temporary file and its rename leaves: `.name.XXXXXXXX.tmp`."""
    target = mini.root / rel
    path = target.parent / f".{target.name}.k9x2ab7q.tmp"
    path.write_bytes(target.read_bytes()[:20])  # half written
    os.utime(path, (time.time() - age, time.time() - age))
    return path


def test_temporary_files_left_by_kill_9_are_not_data(mini):
    _leftover(mini, VILLAGE, 0)
    _leftover(mini, VILLAGE_CHARTER, 0)
    result = run("validate", cwd=mini.root)
    assert result.exit_code == 0, result.output
    assert f"检查了 {len(MINI_COUNTY)} 个文件" in result.stdout
    assert run("fmt", "--check", cwd=mini.root).exit_code == 0


def test_a_later_write_removes_old_leftovers_and_keeps_recent_ones(mini):
    old = _leftover(mini, VILLAGE, fileio.STALE_AFTER + 60)
    recent = _leftover(mini, VILLAGE, 5)  # perhaps another run's write still going: left alone
    recent = recent.rename(recent.with_name(f".{Path(VILLAGE).name}.r3c3nt00.tmp"))
    other = _leftover(mini, VILLAGE_CHARTER, fileio.STALE_AFTER + 60)  # another file's: its own write removes it
    fileio.atomic_write(mini.root / VILLAGE, mini.read(VILLAGE))
    assert not old.exists() and recent.exists() and other.exists()


def test_a_new_county_ignores_the_leftovers_in_git(tmp_path):
    """`civcat init` writes a .gitignore that keeps the temporary files of a killed write out of git."""
    import subprocess

    from civcat.onboarding import GITIGNORE

    (tmp_path / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".500243112201.yaml.k9x2ab7q.tmp").write_text("x", encoding="utf-8")
    (tmp_path / "500243112201.yaml").write_text("x", encoding="utf-8")
    listed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ".tmp" not in listed and "500243112201.yaml" in listed


def test_a_link_into_a_sibling_folder_whose_name_starts_like_the_root_is_outside(tmp_path):
    """`_inside` compares real paths as text: `/x/county2` is not inside `/x/county` though it starts
    with it; the root itself and what is under it are."""
    from civcat.repository import _inside

    root, sibling = tmp_path / "county", tmp_path / "county2"
    (root / "charters").mkdir(parents=True)
    sibling.mkdir()
    (sibling / "x.yaml").write_text("civcat: 1\n", encoding="utf-8")
    (root / "charters" / "own.yaml").write_text("civcat: 1\n", encoding="utf-8")
    link = root / "charters" / "linked.yaml"
    try:
        link.symlink_to(sibling / "x.yaml")
    except (OSError, NotImplementedError) as error:  # Windows without the privilege
        pytest.skip(f"cannot make symbolic links here: {error}")
    assert not _inside(link, root, {})
    assert not _inside(link, root)
    assert _inside(root / "charters" / "own.yaml", root, {})
    assert _inside(root, root)
    assert _inside(root / "charters" / "own.yaml", Path(str(root) + "/"))
