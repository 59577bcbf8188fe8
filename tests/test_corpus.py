"""The bad-input corpus (issue 7): every hostile or broken file gets its answer, in time, without a traceback.

Each case of tests/corpus/expected.yaml is put over the mini county: the committed ones are copied
from tests/corpus/<case>/, the generated ones (too big, binary, folders, links, pipes, names that
are not UTF-8) are made here. Then civcat runs as a clerk or CI runs it, in a subprocess with a
10-second limit, and the test checks the exit code, that no traceback is printed, that the file is
named, the code, line and a word of the message, and that nothing in the repository changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import MINI_COUNTY, VILLAGE, VILLAGE_CHARTER, MiniRepo
from ruamel.yaml import YAML

CORPUS = Path(__file__).parent / "corpus"
MANIFEST = YAML(typ="safe").load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
CACHE_FOLDER = ".civcat_cache"  # civcat's own cache (civcat.cache), not data: left to its own test below
TIME_LIMIT = 10

V = textwrap.dedent(MINI_COUNTY[VILLAGE])  # 19 lines
VC = textwrap.dedent(MINI_COUNTY[VILLAGE_CHARTER])


# ---------------------------------------------------------------------------------------------
# Generated cases: each writes its file (or folder, link, pipe) into the repository at `path`.


def _size_50_mb(path: Path, outside: Path) -> None:
    with open(path, "wb") as handle:
        handle.write(V.encode())
        handle.truncate(50 * 1024 * 1024)  # sparse where the file system allows


def _line_1_mb(path: Path, outside: Path) -> None:
    lines = V.split("\n")
    lines.insert(3, "# " + "x" * 1024 * 1024)
    path.write_text("\n".join(lines), encoding="utf-8")


def _line_1_mb_chinese(path: Path, outside: Path) -> None:
    path.write_text(VC.replace("村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。", "村" * 350_000), encoding="utf-8")


def _many_values(path: Path, outside: Path) -> None:
    path.write_text(V + "notes:\n" + "  - 备注\n" * 60_000, encoding="utf-8")


def _deep_1000_flow(path: Path, outside: Path) -> None:
    path.write_text(V + "notes: " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")


def _deep_1000_block(path: Path, outside: Path) -> None:
    path.write_text(V + "notes:\n" + "".join(" " * i + "k:\n" for i in range(1, 1001)), encoding="utf-8")


def _deep_100000_lines(path: Path, outside: Path) -> None:
    path.write_text(V + "notes:\n" + " [\n" * 100_000 + " ]\n" * 100_000, encoding="utf-8")


def _deep_compact_dashes(path: Path, outside: Path) -> None:
    path.write_text(V + "notes:\n" + "- " * 5000 + "x\n", encoding="utf-8")


def _alias_bomb(path: Path, outside: Path) -> None:
    lines = ['a0: &a0 ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    path.write_text(V + "\n".join(lines) + "\n", encoding="utf-8")


def _alias_deep(path: Path, outside: Path) -> None:
    lines = ["a0: &a0 " + "[" * 30 + "x" + "]" * 30]
    lines += [f"a{i}: &a{i} " + "[" * 30 + f"*a{i - 1}" + "]" * 30 for i in range(1, 40)]
    path.write_text(V + "\n".join(lines) + "\n", encoding="utf-8")


def _huge_integer_5000_digits(path: Path, outside: Path) -> None:
    path.write_text(VC.replace("eligible: 1000", "eligible: 1" + "0" * 5000), encoding="utf-8")


def _binary_random(path: Path, outside: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def _nul_byte_in_text(path: Path, outside: Path) -> None:
    path.write_bytes(V.replace("name: 石门村", "name: 石门\x00村").encode())


def _png_image(path: Path, outside: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\nIHDR" + bytes(range(128, 256)) * 8)


def _directory_named_yaml(path: Path, outside: Path) -> None:
    path.mkdir()
    (path / "inside.yaml").write_text("civcat: 1\n", encoding="utf-8")


def _directory_instead_of_file(path: Path, outside: Path) -> None:
    path.unlink()
    path.mkdir()


def _symlink(path: Path, target: str | Path) -> None:
    if path.exists() or path.is_symlink():
        path.unlink()
    try:
        os.symlink(target, path)
    except (OSError, NotImplementedError) as error:  # Windows without the privilege
        pytest.skip(f"cannot make symbolic links here: {error}")


def _symlink_to_etc_passwd(path: Path, outside: Path) -> None:
    target = Path("/etc/passwd")
    if not target.is_file():
        target = outside / "passwd"
        target.write_text(VC, encoding="utf-8")
    _symlink(path, target)


def _symlink_loop(path: Path, outside: Path) -> None:
    _symlink(path, path.name)


def _symlink_dangling(path: Path, outside: Path) -> None:
    _symlink(path, "missing.yaml")


def _symlink_folder_outside(path: Path, outside: Path) -> None:
    folder = outside / "township"
    folder.mkdir()
    (folder / "500243199201.yaml").write_text(VC, encoding="utf-8")
    _symlink(path, folder)


def _named_pipe(path: Path, outside: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(path)


def _unreadable(path: Path, outside: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("permissions do not stop root (or this is not POSIX)")
    path.chmod(0)


def _non_utf8_file_name(path: Path, outside: Path) -> None:
    name = os.fsencode(path.parent) + b"/" + "村".encode("gbk") + b".yaml"  # GBK bytes: not UTF-8
    try:
        with open(name, "wb") as handle:
            handle.write(VC.encode())
    except (OSError, ValueError) as error:  # file systems that insist on UTF-8 names (APFS, NTFS)
        pytest.skip(f"this file system refuses non-UTF-8 names: {error}")


GENERATORS = {
    name[1:]: function
    for name, function in globals().items()
    if name.startswith("_") and callable(function) and name[1:] in MANIFEST["generated"]
}


# ---------------------------------------------------------------------------------------------
# Running civcat


def civcat(root: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(home), "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    env.pop("CIVCAT_DEBUG", None)
    try:
        return subprocess.run(
            [sys.executable, "-m", "civcat", *args], cwd=root, capture_output=True, env=env, timeout=TIME_LIMIT
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"civcat {' '.join(args)} took more than {TIME_LIMIT} s")


def snapshot(root: Path) -> dict[str, str]:
    """Every entry of the repository (civcat's cache folder aside) with a digest of what it is."""
    found = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != CACHE_FOLDER]
        for name in [*dirs, *files]:
            path = Path(folder) / name
            rel = os.fsencode(path.relative_to(root)).decode("utf-8", "replace")
            if path.is_symlink():
                found[rel] = "link:" + os.readlink(path)
            elif path.is_file():
                try:
                    info = path.stat()
                    found[rel] = f"{info.st_size}:{info.st_mtime_ns}:{info.st_mode}"
                    if info.st_size < 1024 * 1024 and os.access(path, os.R_OK):
                        found[rel] += ":" + hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError:
                    found[rel] = "unreadable"
            else:
                found[rel] = "other"
    return found


def text(process: subprocess.CompletedProcess) -> str:
    return (process.stdout + process.stderr).decode("utf-8", "replace")


def setup_case(name: str, tmp_path: Path) -> tuple[Path, dict]:
    expected = MANIFEST["cases"].get(name) or MANIFEST["generated"][name]
    repo = MiniRepo(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    if name in MANIFEST["cases"]:
        for source in (CORPUS / name).rglob("*"):
            if source.is_file():
                target = repo.root / source.relative_to(CORPUS / name)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    else:
        path = repo.root / expected["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        GENERATORS[name](path, outside)
    return repo.root, expected


ALL_CASES = sorted([*MANIFEST["cases"], *MANIFEST["generated"]])


def test_manifest_and_corpus_agree():
    committed = {p.name for p in CORPUS.iterdir() if p.is_dir()}
    assert committed == set(MANIFEST["cases"]), "every folder of tests/corpus/ is a case of expected.yaml, and back"
    assert set(GENERATORS) == set(MANIFEST["generated"]), "every generated case has its generator"
    for name in MANIFEST["cases"]:
        files = [p.relative_to(CORPUS / name).as_posix() for p in (CORPUS / name).rglob("*") if p.is_file()]
        assert files == [MANIFEST["cases"][name]["file"]], name


@pytest.mark.parametrize("name", ALL_CASES)
def test_corpus_case(name, tmp_path):
    root, expected = setup_case(name, tmp_path)
    home = tmp_path / "xdg-cache"
    before = snapshot(root)

    # As CI runs it: the whole repository, JSON.
    process = civcat(root, "validate", "--format", "json", home=home)
    output = text(process)
    assert "Traceback" not in output, output[-3000:]
    assert process.returncode == expected["exit"], output[-3000:]
    findings = [f for f in json.loads(process.stdout)["findings"] if f["path"] == expected["file"]]
    if expected["exit"] == 0:
        assert findings == []
    else:
        assert findings, f"no finding names {expected['file']}: {output[-3000:]}"
        wanted = [
            f
            for f in findings
            if f["code"] == expected["code"] and ("line" not in expected or f["line"] == expected["line"])
        ]
        assert wanted, [(f["code"], f["line"], f["message"]) for f in findings]
        assert any(str(expected["says"]) in f["message"] for f in wanted), [f["message"] for f in wanted]
    assert snapshot(root) == before, "civcat validate changed or created a file in the repository"

    # As a clerk runs it: that one file, text output (which shows the file's lines again). The
    # committed cases get this run together, in test_every_case_in_one_repository_in_time.
    if name not in MANIFEST["generated"] or name == "non_utf8_file_name":
        return  # (a name that is not UTF-8 cannot be typed: it is reported above under a printable name)
    process = civcat(root, "validate", expected["file"], home=home)
    output = text(process)
    assert "Traceback" not in output, output[-3000:]
    if expected["exit"] == 0:
        assert process.returncode == 0, output[-3000:]
    else:
        assert process.returncode in (1, 2), output[-3000:]
        assert expected["file"] in output, output[-3000:]
        if process.returncode == 2:  # a usage or I/O failure: one line
            assert len(process.stderr.decode("utf-8", "replace").strip().splitlines()) == 1, output
    assert snapshot(root) == before, "civcat validate changed or created a file in the repository"


def test_validate_writes_nothing_in_the_repository(tmp_path):
    """`civcat validate` only reads: not even a cache folder appears in the repository (issue 7)."""
    repo = MiniRepo(tmp_path / "repo")
    repo.write(VILLAGE, V.replace("members: 5", "members: 99"))
    before = set(os.listdir(repo.root))
    process = civcat(repo.root, "validate", home=tmp_path / "xdg-cache")
    assert process.returncode == 1, text(process)
    assert set(os.listdir(repo.root)) == before, "civcat validate created files in the repository"


def test_every_case_in_one_repository_in_time(tmp_path):
    """All committed cases side by side in one repository: every file named, no traceback, in time."""
    repo = MiniRepo(tmp_path / "repo")
    placed = []
    for name in sorted(MANIFEST["cases"]):
        rel = Path(MANIFEST["cases"][name]["file"])
        rel = rel.with_name(f"{rel.stem}-{name}{rel.suffix}")  # side by side, not over each other
        target = repo.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / name / MANIFEST["cases"][name]["file"], target)
        placed.append(rel.as_posix())
    before = snapshot(repo.root)
    process = civcat(repo.root, "validate", "--format", "json", home=tmp_path / "xdg-cache")
    output = text(process)
    assert "Traceback" not in output
    assert process.returncode == 1, output[-3000:]
    named = {f["path"] for f in json.loads(process.stdout)["findings"]}
    assert set(placed) <= named, set(placed) - named
    process = civcat(repo.root, "validate", home=tmp_path / "xdg-cache")  # text, as a clerk reads it
    output = text(process)
    assert "Traceback" not in output
    assert process.returncode == 1, output[-3000:]
    assert [p for p in placed if p not in output] == []
    assert snapshot(repo.root) == before
