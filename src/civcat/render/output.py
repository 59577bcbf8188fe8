"""Output problems of a render run, each said in one line: a file where the output folder should be,
a folder where a document's file should be, no write permission, a name over the system's limit.

The words are civcat.fileio's `os_error_line`, the one wording of an output problem for every
command; `check_output_folder` checks a render run's output folder before anything is rendered.
"""

from __future__ import annotations

from pathlib import Path

from .. import fileio
from ..i18n import _

#: Bytes of a document's file name at most: room for a PNG page number, and for the temporary
#: file's name (".NAME.XXXXXXXX.tmp") within the 255 bytes most file systems allow.
MAX_NAME_BYTES = 200


def check_output_folder(folder: Path) -> None:
    """Refuse, before anything is rendered, an output folder that cannot be written (fileio.check_output_folder)."""
    fileio.check_output_folder(folder, _("PDF 按乡镇写在其中"))


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
