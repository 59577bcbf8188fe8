"""A content-hash cache of per-file results and of whole runs.

Where: in the user's cache folder (`~/.cache/civcat/repos/<repository>/`), so that `civcat
validate` writes nothing into the repository it checks; in `.civcat_cache/` at the repository root
when that folder exists (a county that wants its cache beside the data creates it once); or under
`$CIVCAT_CACHE_DIR` when that is set.

What a file's checks find depends only on its path, its bytes, civcat itself, the configuration,
the rule selection and the check date; all of them are in the key, so the cache cannot hide a
finding: any change to any of them is a miss. Repository-wide rules always run (they see every file)
unless nothing at all changed, when the whole run's findings are reused.

Keys are HMACs with a secret kept in the user's cache folder, not in the repository: a pull request
that commits a `.civcat_cache/` of its own cannot plant results, because it cannot know the names
they would be found under. Entries are JSON, never pickle, so reading the cache runs no code.
A file's entry is what a summary run keeps of it (see `civcat.validate.compact_entry`): its kind,
the head of its data, the summary of its document and its findings; not its text or all its data.
Entries are kept as JSON text, one line each (`<key>\t<JSON>`) in 256 shards, and parsed only when
asked for. Writes are atomic (temporary file, rename), so concurrent runs see old or new files,
never a mix; a damaged file or line reads as missing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from . import __version__

CACHE_FOLDER = ".civcat_cache"
_FORMAT = "v1"  # the folder; the form of the entries is in every key (_ENTRY_FORMAT)
_ENTRY_FORMAT = "entries 2: kind, head, summary or data, findings"
_RUNS_KEPT = 16


def _user_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "civcat"


def cache_folder(root: Path) -> Path:
    """Where the cache of the repository at `root` lives (see the module's docstring)."""
    name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    if os.environ.get("CIVCAT_CACHE_DIR"):
        return Path(os.environ["CIVCAT_CACHE_DIR"]) / name
    beside = root / CACHE_FOLDER
    if beside.is_dir() and not beside.is_symlink():
        return beside
    return _user_cache() / "repos" / name


def _secret() -> bytes | None:
    """This user's cache secret, made on first use; None when there is nowhere to keep it."""
    base = _user_cache()
    path = base / "secret"
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    try:
        from .fileio import atomic_write

        base.mkdir(parents=True, exist_ok=True)
        atomic_write(path, secrets.token_hex(32))
        os.chmod(path, 0o600)
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def package_stamp() -> str:
    """Names, sizes and times of civcat's own files: a developer's edit to a rule is a new civcat."""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml"):
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


class Cache:
    """Per-file entries in 256 shards (only the shards that changed are rewritten) and recent runs.

    `fingerprint` is the configuration part of the keys (`civcat.validate.cache_fingerprint`); the
    cache adds civcat's own stamp and the form of its entries.
    """

    def __init__(self, root: Path, fingerprint: str, secret: bytes):
        self.folder = cache_folder(root) / _FORMAT
        self._secret = secret
        self._fingerprint = json.dumps([_ENTRY_FORMAT, package_stamp(), fingerprint]).encode()
        self._shards: dict[str, dict[str, str]] = {}
        self._dirty: set[str] = set()
        self._used: dict[str, set[str]] = {}

    @classmethod
    def open(cls, root: Path, fingerprint: str) -> Cache | None:
        secret = _secret()
        return cls(root, fingerprint, secret) if secret else None

    def key(self, *parts: bytes) -> str:
        mac = hmac.new(self._secret, self._fingerprint, hashlib.sha256)
        for part in parts:
            mac.update(len(part).to_bytes(8, "little"))
            mac.update(part)
        return mac.hexdigest()

    def _read_json(self, name: str) -> dict:
        try:
            value = json.loads((self.folder / name).read_text(encoding="utf-8"))
            return value if isinstance(value, dict) else {}
        except (OSError, ValueError):
            return {}

    def _shard(self, key: str) -> dict[str, str]:
        """One shard's entries as JSON text by key (read on first use; a damaged line is left out)."""
        name = key[:2]
        if name not in self._shards:
            entries: dict[str, str] = {}
            try:
                text = (self.folder / f"files-{name}.tsv").read_text(encoding="utf-8")
            except (OSError, ValueError):
                text = ""
            for line in text.split("\n"):  # not splitlines: JSON text may hold U+2028
                key_part, tab, value = line.partition("\t")
                if tab and len(key_part) == 64:
                    entries[key_part] = value
            self._shards[name] = entries
        return self._shards[name]

    def get(self, key: str) -> dict[str, Any] | None:
        """The entry under this key (a mapping), or None."""
        text = self._shard(key).get(key)
        if text is None:
            return None
        try:
            entry = json.loads(text)
        except ValueError:
            return None
        if not isinstance(entry, dict):
            return None
        self._used.setdefault(key[:2], set()).add(key)
        return entry

    def put(self, key: str, entry: str | dict[str, Any]) -> None:
        """Keep an entry (a mapping, or its JSON text): serialised now, so the cache holds one string each."""
        if not isinstance(entry, str):
            entry = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        self._shard(key)[key] = entry
        self._used.setdefault(key[:2], set()).add(key)
        self._dirty.add(key[:2])

    def get_run(self, key: str) -> Any:
        return self._read_json("runs.json").get(key)

    def put_run(self, key: str, value: Any) -> None:
        runs = self._read_json("runs.json")
        runs.pop(key, None)
        runs[key] = value
        self._write("runs.json", dict(list(runs.items())[-_RUNS_KEPT:]))

    def save(self) -> None:
        """Write the shards that changed, keeping only the entries this run used (the rest are stale)."""
        for name in sorted(self._dirty):
            used = self._used.get(name, set())
            lines = [f"{k}\t{v}\n" for k, v in self._shards[name].items() if k in used]
            self._write(f"files-{name}.tsv", "".join(lines))
        if self._dirty:
            for legacy in self.folder.glob("files-??.json"):  # shards of the first form, with all the data
                legacy.unlink(missing_ok=True)
        self._dirty.clear()

    def _write(self, name: str, value: Any) -> None:
        from .fileio import atomic_write

        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.folder / name, text, durable=False)
        except (OSError, UnicodeError):
            pass  # a read-only checkout simply runs without a cache (and text JSON cannot write is not kept)
