"""Writing files so that nothing the user wrote is ever lost.

Every command that writes (fmt, render, export, import, new, init) goes through `atomic_write`:
the new content goes to a temporary file in the same folder, is flushed to disk, and replaces the
old file in one rename. An interrupted run leaves every file either old or new, never half-written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UsageError
from .i18n import _


def atomic_write(path: Path, data: bytes | str, *, overwrite: bool = True, durable: bool = True) -> None:
    """Write `data` to `path` atomically (temporary file in the same folder, fsync, rename).

    With overwrite=False an existing file is refused with a UsageError (the caller's `--force`
    decides), so a command never replaces a file it did not generate without being told to.
    durable=False skips the fsync, for files that may be lost in a power cut (the cache): the
    rename still makes the write all-or-nothing for every other process.
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise UsageError(_("{path}: 文件已存在；确认要覆盖请加 --force").format(path=path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        # mkstemp makes files readable by their owner only; keep the old file's mode, or give a new
        # file the mode a plain open() would.
        os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
