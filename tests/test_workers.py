"""Worker processes of fmt and validate: none outlives a civcat killed with kill -9, and Ctrl-C ends a
run with one line and exit 130, never a traceback (from the parent or from a worker)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; the guarantee is Linux's")


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Path:
    """A copy of the bundled county (599 files: enough for both commands to start worker processes)."""
    root = tmp_path_factory.mktemp("county")
    for folder in ("catalogues", "charters"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return found


def _alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie (a dead child nobody has reaped yet)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


def _start(command: list[str], cwd: Path, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "CIVCAT_CACHE_DIR": str(tmp_path / "cache"), "CIVCAT_LANG": "zh"}
    # Output to files, not pipes: a surviving worker would hold a pipe open and hang the test.
    return subprocess.Popen(
        [sys.executable, "-m", "civcat", *command],
        cwd=cwd,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "stderr", "wb"),
    )


def _wait_for_workers(process: subprocess.Popen, count: int = 2) -> list[int]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        if len(workers) >= count:
            return workers
        time.sleep(0.005)
    pytest.fail("the command ended before its worker processes were seen")


COMMANDS = [["fmt", "--check", "--no-cache", "-j", "2"], ["validate", "--no-cache", "-j", "2"]]


@pytest.mark.parametrize("command", COMMANDS, ids=["fmt", "validate-cold"])
def test_no_worker_outlives_kill_9(county, tmp_path, command):
    process = _start(command, county, tmp_path)
    workers = _wait_for_workers(process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:  # leave the machine clean even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []


def _wait_for_cpu(process: subprocess.Popen, seconds: float) -> None:
    """Until the process has used this much CPU time (it is then well into its work, past start-up)."""
    ticks = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with open(f"/proc/{process.pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / ticks >= seconds:  # utime + stime
            return
        time.sleep(0.005)
    pytest.fail("the command ended before it could be interrupted")


RENDER = ["render", "charter", "--all", "-o", "out-ctrl-c", "-j", "2"]


@pytest.mark.parametrize(
    "command", [*COMMANDS, ["diff", "--across"], RENDER], ids=["fmt", "validate-cold", "diff-across", "render"]
)
def test_ctrl_c_says_one_line_and_exits_130(county, tmp_path, command):
    process = _start(command, county, tmp_path)
    if command[0] == "diff":  # in this process only: no workers to wait for
        _wait_for_cpu(process, 0.4)
    else:
        _wait_for_workers(process)
    os.killpg(process.pid, signal.SIGINT)  # as the terminal sends it: to the whole process group
    try:
        process.wait(timeout=120)
    except subprocess.TimeoutExpired:  # a hang is a failure too; leave nothing running
        os.killpg(process.pid, signal.SIGKILL)
        raise
    err = (tmp_path / "stderr").read_text(encoding="utf-8")
    assert process.returncode == 130, err
    if command is RENDER:  # render says what is left on disk; nothing half-written under any name
        assert err == "civcat: 已中断；已写出的文件完整可用，未写完的没有留下\n"
        assert list((county / "out-ctrl-c").rglob("*.tmp")) == []
    else:
        assert err == "civcat: 已中断\n"


def test_ctrl_c_that_python_wrapped_is_still_an_interruption():
    """Ctrl-C arriving while a module imported late defines a class surfaces (Python 3.11) as RuntimeError "Error
    calling __set_name__", caused by the KeyboardInterrupt; it is said as an interruption (exit 130), not as an
    internal error (seen once in CI: test_ctrl_c_says_one_line_and_exits_130[render])."""
    from civcat.cliutil import interrupted_by

    class Interrupted:
        def __set_name__(self, owner, name):
            raise KeyboardInterrupt

    with pytest.raises(BaseException) as caught:
        type("DefinedLate", (), {"raw": Interrupted()})
    assert interrupted_by(caught.value)
    assert not interrupted_by(RuntimeError("Error calling __set_name__"))
    assert not interrupted_by(ValueError("a real fault"))
