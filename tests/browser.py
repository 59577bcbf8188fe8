"""A real browser for the tests: headless Chromium driven over the DevTools protocol, through a pipe.

`--remote-debugging-pipe` makes Chromium read protocol messages from file descriptor 3 and write
its answers to descriptor 4, each a JSON text ended by a NUL byte: no websocket, no port, no
library. Debian's `chromium` package is what CI installs (.ci/run); `find_chromium()` is None
where there is none, and the browser tests are skipped saying so.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
TIMEOUT = 60.0  # seconds for any one answer; a page of the report loads in well under one


def find_chromium() -> str | None:
    given = os.environ.get("CIVCAT_CHROMIUM")
    if given:
        return given
    return next((found for name in NAMES if (found := shutil.which(name))), None)


@dataclass
class PageLoad:
    """What opening one page gave: its problems (console errors, exceptions, failed loads)."""

    url: str
    problems: list[str] = field(default_factory=list)


class Browser:
    """One headless Chromium with one tab; `open(url, width)` loads a page at a window width."""

    def __init__(self, executable: str):
        self.profile = tempfile.mkdtemp(prefix="civcat-chromium-")
        parent_read, child_write = os.pipe()
        child_read, parent_write = os.pipe()

        # The child's descriptors 3 and 4 must be the pipe ends: dup them there in the child.
        def place() -> None:
            import fcntl

            read, write = fcntl.fcntl(child_read, fcntl.F_DUPFD, 10), fcntl.fcntl(child_write, fcntl.F_DUPFD, 10)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-sync",
                "--mute-audio",
                "--hide-scrollbars",
                f"--user-data-dir={self.profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=place,
            pass_fds=(3, 4),
            close_fds=True,
        )
        os.close(child_read)
        os.close(child_write)
        self.writer = os.fdopen(parent_write, "wb", buffering=0)
        self.reader = os.fdopen(parent_read, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    # --- the protocol -----------------------------------------------------------------------------

    def _send(self, message: dict) -> None:
        self.writer.write(json.dumps(message).encode() + b"\0")

    def _receive(self, deadline: float) -> dict:
        import select

        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.reader], [], [], remaining)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = self.reader.read(1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, session: bool = False, **params) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + TIMEOUT
        while True:
            answer = self._receive(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def wait_for(self, method: str) -> dict:
        deadline = time.monotonic() + TIMEOUT
        while True:
            for n, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(n)
            self.events.append(self._receive(deadline))

    # --- pages ------------------------------------------------------------------------------------

    def open(self, url: str, width: int = 1280, height: int = 900, settle: float = 0.3) -> PageLoad:
        """Load `url` at a window `width` (CSS pixels; `mobile` below 600) and collect its problems."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")
        time.sleep(settle)  # scripts the page loads after its load event (search shards)
        self.call("Runtime.evaluate", session=True, expression="1")  # drain the events sent meanwhile
        return PageLoad(url, [p for e in self.events if (p := _problem(e))])

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self) -> bytes:
        """The page as PNG, the whole of it (beyond the window too)."""
        data = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True)["data"]
        return base64.b64decode(data)

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.writer.close()
        self.reader.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def _problem(event: dict) -> str | None:
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.exceptionThrown":
        details = params["exceptionDetails"]
        return f"exception: {details.get('exception', {}).get('description') or details.get('text')}"
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
        return f"console.{params['type']}: {[a.get('value') for a in params.get('args', [])]}"
    if method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
        return f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}"
    if method == "Network.loadingFailed":
        return f"failed to load: {params.get('errorText')}"
    return None


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def file_url(path: Path) -> str:
    return path.resolve().as_uri()
