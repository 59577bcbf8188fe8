"""What a repository's templates/ may hold (issue 17 items 3–5, 12): regular files only, read
bounded; no package reaches the network however its name is built; no run folder outlives its run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading

import pytest

from civcat.errors import UsageError
from civcat.render import RenderFailed, RenderOptions, render_charters
from civcat.render import templates as render_templates
from civcat.validate import load_repository, parse_documents

CODE = "500243112201"
HEAD = '{#- civcat: kind=charter paper=A4 -#}\n#set text(font: {{ fonts.body|typst_string }}, lang: "zh")\n'
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs, /dev/zero and seccomp: Linux")


def render(mini, tmp_path, **options):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return render_charters(repository, [CODE], RenderOptions(out_dir=tmp_path / "out", **options))


def test_a_link_in_templates_is_refused_by_name(mini, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密：cache secret", encoding="utf-8")
    mini.write("templates/.keep", "")
    (mini.root / "templates/leak.typ.j2").symlink_to(secret)
    with pytest.raises(UsageError) as raised:
        render(mini, tmp_path)
    message = str(raised.value)
    assert "leak.typ.j2" in message and "符号链接" in message and "\n" not in message
    assert "机密" not in message and not list(tmp_path.rglob("*.pdf"))


def test_an_included_link_is_refused_not_followed(mini, tmp_path):
    """A regular template including a link, or a file in a linked folder: Jinja's own loader follows both."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.txt").write_text("机密", encoding="utf-8")
    mini.write("templates/with-include.typ.j2", HEAD + '{% include "parts/key.txt" %}\n{{ charter.title }}\n')
    (mini.root / "templates/parts").symlink_to(secret)
    with pytest.raises(UsageError) as raised:
        render(mini, tmp_path, template="with-include")
    assert "parts" in str(raised.value) and "符号链接" in str(raised.value)
    assert not list(tmp_path.rglob("*.pdf"))


def test_templates_folder_itself_as_a_link_is_refused(mini, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (mini.root / "templates").symlink_to(elsewhere)
    with pytest.raises(UsageError, match="templates.*符号链接"):
        render(mini, tmp_path)


def test_a_link_in_a_templates_own_folder_is_refused(mini, tmp_path):
    """Typst's root receives the template's own files: never a link (it used to be skipped silently)."""
    mini.write("templates/with-notice.typ.j2", HEAD + '{{ charter.title }} #read("notice.txt")\n')
    mini.write("templates/with-notice/logo.txt", "徽标")
    (mini.root / "templates/with-notice/notice.txt").symlink_to("/etc/hostname")
    with pytest.raises(UsageError) as raised:
        render(mini, tmp_path, template="with-notice")
    assert "notice.txt" in str(raised.value) and "符号链接" in str(raised.value)


@linux_only
def test_a_fifo_named_like_a_template_neither_hangs_nor_is_read(mini, tmp_path):
    mini.write("templates/.keep", "")
    os.mkfifo(mini.root / "templates/stuck.typ.j2")
    done: list[BaseException] = []
    thread = threading.Thread(target=lambda: done.append(_raised(render, mini, tmp_path)), daemon=True)
    thread.start()
    thread.join(60)  # a bound on a hang, not a measure of speed: the refusal takes milliseconds
    if thread.is_alive():  # unblock the reader so the test process can end, then fail
        with open(mini.root / "templates/stuck.typ.j2", "wb"):
            pass
        pytest.fail("reading a FIFO in templates/ hangs")
    [error] = done
    assert isinstance(error, UsageError) and "stuck.typ.j2" in str(error) and "不是普通文件" in str(error)


@linux_only
def test_dev_zero_linked_as_a_template_is_refused_without_reading_it(mini, tmp_path):
    mini.write("templates/.keep", "")
    (mini.root / "templates/zero.typ.j2").symlink_to("/dev/zero")
    with pytest.raises(UsageError, match="zero.typ.j2"):
        render(mini, tmp_path)


def test_header_is_read_bounded(tmp_path, monkeypatch):
    """Only the first line's first kilobyte is read for the header: a huge template costs nothing to list."""
    big = tmp_path / "big.typ.j2"
    big.write_text("{#- civcat: kind=charter paper=A3 -#}\n" + "x" * (3 << 20), encoding="utf-8")
    sizes = []
    real_fdopen = os.fdopen

    class Counting:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def read(self, size=-1):
            sizes.append(size)
            return self.handle.read(size)

    monkeypatch.setattr(render_templates.os, "fdopen", lambda fd, mode: Counting(real_fdopen(fd, mode)))
    assert render_templates._read_header(big) == {"kind": "charter", "paper": "A3"}
    assert sizes and all(0 < size <= render_templates.MAX_HEADER_BYTES + 1 for size in sizes)


def test_an_oversized_template_is_refused(mini, tmp_path):
    mini.write("templates/huge.typ.j2", HEAD + "{{ charter.title }}\n" + "字" * (1 << 20))
    with pytest.raises(UsageError, match="huge.typ.j2.*过大"):
        render(mini, tmp_path, template="huge")


def _raised(function, *args):
    try:
        function(*args)
    except BaseException as error:  # noqa: BLE001 -- handed to the test's thread
        return error
    return None


# ---- packages: no network, however the name is built --------------------------------------------


class RecordingProxy:
    """A local TCP server given to the workers as their HTTPS proxy: it records each connection.
    Typst's downloader honours https_proxy, so any attempt to fetch a package reaches it first."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.server.settimeout(0.2)
        self.connections = 0
        self.stopped = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.getsockname()[1]}"

    def _serve(self):
        while not self.stopped:
            try:
                connection, _address = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self):
        self.stopped = True
        self.thread.join()
        self.server.close()


@linux_only
@pytest.mark.parametrize("built", ['"@pre" + "view/cetz:0.3.0"', '("@", "preview/cetz:0.3.0").join()'])
def test_a_package_name_built_at_run_time_never_reaches_the_network(mini, tmp_path, monkeypatch, built):
    proxy = RecordingProxy()
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy.url)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    mini.write("templates/sneaky.typ.j2", HEAD + f"#import {built}: canvas\n{{{{ charter.title }}}}\n")
    try:
        with pytest.raises(RenderFailed) as raised:
            render(mini, tmp_path, template="sneaky")
    finally:
        proxy.close()
    assert proxy.connections == 0
    [failure] = raised.value.failures
    assert "Typst 包 @preview/cetz:0.3.0" in failure.message and "渲染不访问网络" in failure.message
    assert not list(tmp_path.rglob("*.pdf"))


@linux_only
def test_a_worker_cannot_open_a_network_socket():
    code = (
        "import socket\nfrom civcat.render.sandbox import deny_network\nassert deny_network()\n"
        "a, b = socket.socketpair()\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept PermissionError:\n    print('refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "refused", result.stderr


# ---- run folders ----------------------------------------------------------------------------------


def test_a_killed_runs_folder_is_removed_by_the_next_run(mini, tmp_path):
    """kill -9 leaves a run's civcat-typst-* folder behind; the next run removes it, never a running one's."""
    code = (
        "import os, sys\nfrom civcat.render.templates import find_template, make_typst_root\n"
        "root = make_typst_root(find_template(None, None, 'charter'))\nprint(root, flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    killed = os.path.dirname(result.stdout.strip())
    assert os.path.isdir(killed) and os.path.basename(killed).startswith("civcat-typst-")
    spec = render_templates.find_template(None, None, "charter")
    running = render_templates.make_typst_root(spec)  # holds its lock
    try:
        assert not os.path.exists(killed)
        render_templates.remove_stale_runs()
        assert running.is_dir()  # another run's sweep leaves a live run alone
    finally:
        render_templates.remove_typst_root(running)
    assert not running.parent.exists()
    assert running.parent.parent == __import__("pathlib").Path(tempfile.gettempdir())


def test_a_run_folder_removed_by_another_sweep_meanwhile_is_no_crash(tmp_path):
    """Two renders at once: between listing the temporary folder and looking at one run's folder, the
    other render may have removed it. The sweep then has nothing to do; it must not fail the render."""
    gone = tmp_path / "civcat-typst-gone"
    gone.mkdir()
    [entry] = list(os.scandir(tmp_path))
    gone.rmdir()
    assert render_templates._stale(entry) is False
