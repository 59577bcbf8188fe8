"""Output problems of a render run, each said in one line: a file where the output folder should be,
a folder where a document's file should be, no write permission, a name over the system's limit.

The words are civcat.fileio's `os_error_line`, the one wording of an output problem for every
command; `check_output_folder` checks a render run's output folder before anything is rendered.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ..errors import UsageError
from ..fileio import os_error_line  # the one wording of an output problem, for every command
from ..i18n import _

#: Bytes of a document's file name at most: room for a PNG page number, and for the temporary
#: file's name (".NAME.XXXXXXXX.tmp") within the 255 bytes most file systems allow.
MAX_NAME_BYTES = 200


def check_output_folder(folder: Path) -> None:
    """Refuse, before anything is rendered, an output folder that cannot be written: a name over the
    limit, a file in its place or on its way, no write permission where it would be made (UsageError,
    one line)."""
    folder = Path(folder)
    if any(len(os.fsencode(part)) > 255 for part in folder.parts):  # NAME_MAX of the common file systems
        raise UsageError(os_error_line(OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG)), folder))
    existing = next((p for p in (folder, *folder.parents) if p.exists() or p.is_symlink()), Path("."))
    if not existing.is_dir():
        if existing == folder:
            raise UsageError(
                _("-o {folder}：这是一个文件，不是文件夹；请给一个文件夹（PDF 按乡镇写在其中）").format(folder=folder)
            )
        raise UsageError(os_error_line(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), folder / "x"))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(
            _("-o {folder}：没有写入权限；请换一个可以写入的文件夹，或请管理员开放权限").format(folder=folder)
        )


def bounded_name(stem: str, suffix: str) -> str:
    """`stem` + `suffix` (".pdf", "-booklet.pdf"), the stem cut so the name fits MAX_NAME_BYTES."""
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .") + suffix


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest existing ancestor of `path` when it is not a folder."""
    for ancestor in path.parents:
        try:
            if ancestor.exists() or ancestor.is_symlink():
                return None if ancestor.is_dir() else ancestor
        except OSError:
            return None
    return None
