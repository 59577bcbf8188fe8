"""Writing files so that nothing the user wrote is ever lost.

Every command that writes (fmt, render, export, import, new, init) goes through `atomic_write`:
the new content goes to a temporary file in the same folder, is flushed to disk, and replaces the
old file in one rename. An interrupted run leaves every file either old or new, never half-written.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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
    descriptor, temporary = tempfile.mkstemp(prefix=f".{_short(path.name)}.", suffix=".tmp", dir=path.parent)
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
        prefix = f".{_short(path.name)}."
        leftovers = [
            entry
            for entry in os.scandir(path.parent)
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp") and len(entry.name) == len(prefix) + 12
        ]  # ".name." 8 random ".tmp"
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


def _short(name: str, limit: int = 100) -> str:
    """The start of `name` in at most `limit` UTF-8 bytes: a temporary file's name must fit wherever
    the target's does (a 250-byte name plus ".….tmp" would not)."""
    return name.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore")


# ---------------------------------------------------------------------------------------------
# Output problems, said in one line


def os_error_line(error: OSError, path: Path | str) -> str:
    """One clear line (Chinese, translated) for an OSError met writing `path`: what is wrong, what to do.

    `path` is what the user asked for (the -o file or a document's PDF), never the temporary
    file the error may name. Commands show it with exit 2, or 1 in a batch whose other documents
    are still written (render). Used by export and render.
    """
    path = Path(path)
    number = error.errno
    if number in (errno.EEXIST, errno.ENOTDIR) and (blocking := _file_in_the_way(path)) is not None:
        return _("{path}：{file} 是一个文件，不是文件夹；请换一个输出位置").format(path=path, file=blocking)
    if number == errno.EISDIR or (number == errno.EEXIST and path.is_dir()):
        return _("{path}：已有同名的文件夹；请换一个文件名，或先移走这个文件夹").format(path=path)
    if number in (errno.EACCES, errno.EPERM):
        return _("{path}：没有写入权限；请换一个可以写入的文件夹，或请管理员开放权限").format(path=path)
    if number == errno.ENAMETOOLONG:
        return _name_too_long(path)
    if number in (errno.ENOSPC, errno.EDQUOT):
        return _("{path}：磁盘空间不足（或超出配额），文件未写入；请清理磁盘后重试").format(path=path)
    if number == errno.EROFS:
        return _("{path}：所在的磁盘是只读的；请换一个可以写入的位置").format(path=path)
    if number == errno.ENOENT:
        return _("{path}：所在的文件夹不存在或已被移走；请检查路径").format(path=path)
    return _("{path}：无法写入（{reason}）").format(path=path, reason=error.strerror or error)


@contextmanager
def output_errors(path: Path | str) -> Iterator[None]:
    """Turn an OSError met writing `path` into a UsageError with its one line (exit 2, no traceback)."""
    try:
        yield
    except OSError as error:
        raise UsageError(os_error_line(error, path)) from error


def check_output_folder(folder: Path | str, purpose: str) -> None:
    """Refuse, before any work, an output folder (-o) that cannot be written: a name over the limit, a
    file in its place or on its way, no write permission where it would be made (UsageError, one line).
    `purpose` says what the folder is for, in the refusal of a file given as the folder (translated)."""
    folder = Path(folder)
    if any(len(os.fsencode(part)) > 255 for part in folder.parts):  # NAME_MAX of the common file systems
        raise UsageError(os_error_line(OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG)), folder))
    existing = next((p for p in (folder, *folder.parents) if p.exists() or p.is_symlink()), Path("."))
    if existing == folder and not folder.is_dir():
        raise UsageError(
            _("-o {folder}：这是一个文件，不是文件夹；请给一个文件夹（{purpose}）").format(
                folder=folder, purpose=purpose
            )
        )
    if not existing.is_dir():
        raise UsageError(os_error_line(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), folder))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(os_error_line(OSError(errno.EACCES, os.strerror(errno.EACCES)), folder))


def check_output(path: Path | str) -> None:
    """Refuse, before any work, an output path that cannot be written: its name over the system's
    limit, a file where a folder of it should be, a folder without write permission (UsageError
    with os_error_line's words). Whatever slips through is still caught by `output_errors`."""
    path = Path(path)
    try:
        folder = next((p for p in path.parents if p.exists() or p.is_symlink()), Path("."))
        name_max = os.pathconf(folder, "PC_NAME_MAX") if folder.is_dir() else 255
    except (OSError, ValueError):
        folder, name_max = Path("."), 255
    if len(os.fsencode(path.name)) > name_max:
        raise UsageError(_name_too_long(path))
    if not folder.is_dir():
        raise UsageError(os_error_line(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), path))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(os_error_line(OSError(errno.EACCES, os.strerror(errno.EACCES)), path))
    if os.path.lexists(path) and not path.is_symlink() and not path.is_file() and not path.is_dir():
        # A pipe or a device (`-o /dev/full`): the atomic rename would replace it, not write into it.
        raise UsageError(
            _("{path}：不是普通文件（是管道、设备或套接字），不会被替换；请换一个文件名").format(path=path)
        )


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest existing ancestor of `path` (or `path`'s parent itself) that is not a folder."""
    for ancestor in path.parents:
        try:
            if ancestor.exists() or ancestor.is_symlink():
                return None if ancestor.is_dir() else ancestor
        except OSError:
            return None
    return None


def _name_too_long(path: Path) -> str:
    """The name's length against the system's limit, or the whole path's when the name fits."""
    folder = next((p for p in path.parents if p.is_dir()), Path("."))
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        name_max = 255
    length = len(os.fsencode(path.name))
    if length > name_max:
        return _("{path}：文件名太长（{length} 字节，系统上限 {limit} 字节）；请换一个短一些的名字").format(
            path=path, length=length, limit=name_max
        )
    return _("{path}：路径太长（{length} 字节）；请换一个短一些的文件夹或文件名").format(
        path=path, length=len(os.fsencode(str(path.absolute())))
    )
