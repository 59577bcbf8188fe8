"""Writing files so that nothing the user wrote is ever lost.

Every command that writes (fmt, render, export, import, new, init) goes through `atomic_write`:
the new content goes to a temporary file in the same folder, is flushed to disk, and replaces the
old file in one rename. An interrupted run leaves every file either old or new, never half-written.
"""

from __future__ import annotations

import os
import stat
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
    temporary = _temporary_copy(path, payload, durable)
    try:
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def replace_if_unchanged(path: Path, data: bytes, expected: bytes, *, durable: bool = True) -> bool:
    """Replace `path` with `data` atomically, but only if it still holds exactly `expected` (what
    the caller read): False, and nothing written, when it changed since (an edit saved meanwhile
    is never overwritten unseen), was removed, or is no longer a regular file.

    The new content is written and flushed first, so the comparison and the rename follow each
    other as closely as a file system allows.
    """
    path = Path(path)
    temporary = _temporary_copy(path, data, durable)
    try:
        if _current(path, len(expected)) != expected:
            Path(temporary).unlink(missing_ok=True)
            return False
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _current(path: Path, size: int) -> bytes | None:
    """The file's bytes (at most one more than `size`), or None when it is not a regular file now."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            return handle.read(size + 1)
    except OSError:
        return None


def _temporary_copy(path: Path, payload: bytes, durable: bool) -> str:
    """A temporary file beside `path` holding `payload`, with the mode `path` has (or would get).

    Its name starts with a dot and ends in `.tmp` (`.name.XXXXXXXX.tmp`): data discovery skips it,
    and one left by a killed run is removed by the next write of the same file (STALE_AFTER).
    """
    _remove_stale_temporaries(path)
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
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


#: A temporary file of ours older than this was left by a run that was killed (no write takes an
#: hour); younger ones may belong to a run still going, and are left alone.
STALE_AFTER = 3600.0


def _remove_stale_temporaries(path: Path) -> None:
    import time

    now = time.time()
    try:
        leftovers = [entry for entry in os.scandir(path.parent)
                     if entry.name.startswith(f".{path.name}.") and entry.name.endswith(".tmp")
                     and len(entry.name) == len(path.name) + 14]  # "." name "." 8 random ".tmp"
    except OSError:
        return
    for entry in leftovers:
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                os.unlink(entry.path)
        except OSError:
            pass


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
