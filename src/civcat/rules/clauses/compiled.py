"""The analyser's patterns as compiled code kept between runs, so that a run does not parse them again.

Python's `re` compiles a pattern in two steps: it parses the source and writes the matching engine's code
(both in Python, slow for the analyser's long alternations: all its patterns take about half a second, one of
them a tenth), then hands that code to the engine (`_sre.compile`, in C, fast). This module keeps the code of
every pattern the analyser declares (vocabulary._lazy) in one file in the user's cache folder, per Python,
engine version and civcat build, and compiles a pattern from it when the file holds it. The object made either way is the same
(`re.Pattern` compares equal: the same source, flags and code); a pattern the file does not hold, or any
doubt about the file, falls back to `re.compile`. Like Python's own .pyc files it is a per-user artifact,
not a result cache: the content of a pattern is its key, so an edited pattern is simply compiled again.

The file is written (`keep`) by a run that analysed many articles (a county's `civcat validate`,
civcat.rules.legality.KEEP_PATTERNS_FROM), not by every small one: building it compiles every pattern once.

`_sre` and `re._parser`/`re._compiler` are CPython's own modules, not a documented API; their code format is
versioned by `_sre.MAGIC`, which names the file. Anything unexpected (another Python, a missing function, a
damaged file) means the pattern is compiled the documented way.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

_FORMAT = 1
_TABLE_PREFIX = "clause-patterns"


def _engine() -> Any:
    """CPython's regular-expression engine module, or None on a Python without one."""
    try:
        return importlib.import_module("_sre")
    except ImportError:
        return None


def table_path() -> Path | None:
    """Where the table of this Python, engine and civcat build lives (None where there is no such engine): one
    per build, so that whether a run must write it is one look at the disk, not an import of the analyser."""
    engine = _engine()
    if engine is None or getattr(engine, "CODESIZE", None) != array("I").itemsize:
        return None
    from platformdirs import user_cache_path

    from ...cache import package_stamp

    tag = f"{sys.implementation.cache_tag}-{engine.MAGIC}-{package_stamp()[:16]}"
    return user_cache_path("civcat", appauthor=False) / f"{_TABLE_PREFIX}-{tag}.bin"


def kept() -> bool:
    """Whether this build's table has been written (it may still lack a pattern: `holds` says)."""
    path = table_path()
    return path is not None and path.is_file()


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list], array] | None:
    """The kept table: {key: [flags, groups, groupindex, offset, length]} and the code of all patterns; None
    when there is none or it is damaged (its checksum covers the code; JSON parsing covers the rest)."""
    path = table_path()
    if path is None:
        return None
    try:
        head, _, blob = path.read_bytes().partition(b"\n")
        header = json.loads(head)
        if header.get("format") != _FORMAT or header.get("sha256") != hashlib.sha256(blob).hexdigest():
            return None
        code = array("I")
        code.frombytes(blob)
        entries = header["entries"]
        return (entries, code) if isinstance(entries, dict) else None
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the kept table when it holds the pattern."""
    table = _table()
    entry = table[0].get(_key(pattern, flags)) if table is not None else None
    if table is not None and entry is not None:
        try:
            final_flags, groups, groupindex, offset, length = entry
            indexgroup: list[str | None] = [None] * (groups + 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            code = table[1][offset : offset + length].tolist()
            return _engine().compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        except Exception:  # noqa: BLE001 - whatever is wrong with an entry, the pattern is compiled anew
            pass
    return re.compile(pattern, flags)


def holds(patterns: list[tuple[str, int]]) -> bool:
    """Whether the kept table holds every one of these patterns."""
    table = _table()
    return table is not None and all(_key(pattern, flags) in table[0] for pattern, flags in patterns)


def keep(patterns: list[tuple[str, int]]) -> None:
    """Write the table of these patterns (atomically; nothing when there is nowhere to write it)."""
    path = table_path()
    if path is None:
        return
    try:
        entries, code = _built(patterns)
    except Exception:  # noqa: BLE001 - another Python's internals: patterns are compiled the documented way
        return
    blob = code.tobytes()
    header = json.dumps({"format": _FORMAT, "sha256": hashlib.sha256(blob).hexdigest(), "entries": entries})
    from ...fileio import atomic_write

    try:
        atomic_write(path, header.encode() + b"\n" + blob, durable=False)
    except OSError:
        return  # a read-only home: patterns are compiled the documented way
    _table.cache_clear()
    for older in path.parent.glob(f"{_TABLE_PREFIX}-{sys.implementation.cache_tag}-*.bin"):  # another build's
        if older != path:
            try:
                older.unlink(missing_ok=True)
            except OSError:
                pass  # another user's file in a shared folder: it costs only its room


def _built(patterns: list[tuple[str, int]]) -> tuple[dict[str, list], array]:
    """The table's entries and code: each pattern parsed and written as `re.compile` does it."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    entries: dict[str, list] = {}
    code = array("I")
    for pattern, flags in patterns:
        parsed = parser.parse(pattern, flags)
        words = compiler._code(parsed, flags)
        entries[_key(pattern, flags)] = [
            flags | parsed.state.flags,
            parsed.state.groups - 1,
            dict(parsed.state.groupdict),
            len(code),
            len(words),
        ]
        code.extend(words)
    return entries, code
