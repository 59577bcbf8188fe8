"""A content-hash cache of per-file results and of whole runs.

Where: in the user's cache folder (`~/.cache/civcat/repos/<repository>/` on Linux, as platformdirs
names it on each system: `~/Library/Caches/civcat/…` on macOS, `%LOCALAPPDATA%\\civcat\\Cache\\…` on
Windows), so that `civcat validate` and `civcat fmt` write nothing into the repository they read;
in `.civcat_cache/` at the repository root when that folder exists (a county that wants its cache
beside the data creates it once); or under `$CIVCAT_CACHE_DIR` when that is set. Per repository by
design (the key of a file is its path and bytes in that repository); the secret is per user.

What a file's checks find depends only on its path, its bytes, civcat itself, the configuration,
the rule selection and the check date; all of them are in the key, so the cache cannot hide a
finding: any change to any of them is a miss. Repository-wide rules always run (they see every file)
unless nothing at all changed, when the whole run's findings are reused.

Keys are HMACs with a secret kept in the user's cache folder, not in the repository: a pull request
that commits a `.civcat_cache/` of its own cannot plant results, because it cannot know the names
they would be found under. Every entry carries a second HMAC, over its key and its value: an entry
edited in place (its findings emptied, say) no longer matches and reads as missing, never as "no
problems". An empty or damaged secret is made afresh (the old entries then simply miss). Entries are
JSON, never pickle, so reading the cache runs no code.
A file's entry is what a summary run keeps of it (see `civcat.validate.compact_entry`): its kind,
the head of its data, the summary of its document and its findings (and a charter's articles digest);
not its text or all its data.
Entries are kept as JSON text, one line each (`<key>\t<HMAC of key and value>\t<JSON>`) in 16
shards (by the first hex digit of their key), and checked and parsed only when asked for. Each user
of the cache has its own part (`validate`'s per-file entries and runs, `fmt`'s canonical files), so
that one never drops the other's entries as stale. Writes are atomic (temporary file, rename), so
concurrent runs see old or new files, never a mix; a damaged file or line, or a value whose HMAC
does not match, reads as missing (and whoever reads an entry checks its shape: anything else is a
miss too).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__

CACHE_FOLDER = ".civcat_cache"
_FORMAT = "v1"  # the folder; the form of the entries is in every key (_ENTRY_FORMAT)
_ENTRY_FORMAT = "entries 3: kind, head, summary or data, findings, a charter's articles digest"
_RUNS_KEPT = 16


def _user_cache() -> Path:
    """civcat's folder in this user's cache folder, where each system keeps caches (platformdirs:
    `$XDG_CACHE_HOME/civcat` or `~/.cache/civcat` on Linux)."""
    from platformdirs import user_cache_path

    return user_cache_path("civcat", appauthor=False)


def cache_folder(root: Path) -> Path:
    """Where the cache of the repository at `root` lives (see the module's docstring)."""
    # The path as bytes: a folder name that is not UTF-8 (GBK from a Windows share) is a path too.
    name = hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:16]
    if os.environ.get("CIVCAT_CACHE_DIR"):
        return Path(os.environ["CIVCAT_CACHE_DIR"]) / name
    beside = root / CACHE_FOLDER
    if beside.is_dir() and not beside.is_symlink():
        return beside
    return _user_cache() / "repos" / name


_SECRET_BYTES = 32


def _secret() -> bytes | None:
    """This user's cache secret, made on first use (and again when it is empty or damaged); None
    when there is nowhere to keep it."""
    base = _user_cache()
    path = base / "secret"
    try:
        secret = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(secret) >= _SECRET_BYTES:
            return secret
    except (OSError, ValueError):
        pass
    try:
        from .fileio import atomic_write

        base.mkdir(parents=True, exist_ok=True)
        atomic_write(path, secrets.token_hex(_SECRET_BYTES))
        os.chmod(path, 0o600)
        secret = bytes.fromhex(path.read_text(encoding="ascii").strip())  # another run may have made it first
        return secret if len(secret) >= _SECRET_BYTES else None
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def package_stamp() -> str:
    """Names, sizes and times of civcat's own files: a developer's edit to a rule, or retrained weights of the
    clause analyser's learned complement (rules/clauses/learned_weights.json), is a new civcat. (Once per
    process: every cache a command opens keys by it.)"""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".json"):
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def entry_of(text: str | None) -> dict[str, Any] | None:
    """An entry's JSON text (`Cache.get_text`) read: the mapping, or None when it is none."""
    if text is None:
        return None
    try:
        entry = json.loads(text)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) else None


class Cache:
    """Per-file entries in 16 shards (only the shards that changed are rewritten) and recent runs.

    Why 16: a cold run writes every shard, and each file written atomically costs a temporary file, a
    rename and a few system calls whatever its size (256 shards were a tenth of the bundled county's cold
    `validate`); a warm run reads every shard whatever their number, and an edit that rewrites 1/16 of the
    entries of 12,000 communities (about 1 MB) still writes in milliseconds.

    `fingerprint` is the configuration part of the keys (`civcat.validate.cache_fingerprint`); the
    cache adds civcat's own stamp and the form of its entries.
    """

    def __init__(self, root: Path, fingerprint: str, secret: bytes, part: str = ""):
        self.folder = cache_folder(root) / _FORMAT / part if part else cache_folder(root) / _FORMAT
        self._secret = secret
        self._fingerprint = json.dumps([_ENTRY_FORMAT, package_stamp(), fingerprint]).encode()
        self._shards: dict[str, dict[str, str]] = {}
        self._dirty: set[str] = set()
        self._used: dict[str, set[str]] = {}

    @classmethod
    def open(cls, root: Path, fingerprint: str, part: str = "") -> Cache | None:
        """The cache of the repository at `root`; `part`: a user's own part of it (see the module's docstring)."""
        secret = _secret()
        return cls(root, fingerprint, secret, part) if secret else None

    def key(self, *parts: bytes) -> str:
        mac = hmac.new(self._secret, self._fingerprint, hashlib.sha256)
        for part in parts:
            mac.update(len(part).to_bytes(8, "little"))
            mac.update(part)
        return mac.hexdigest()

    def _seal(self, key: str, text: str) -> str:
        """The HMAC that vouches for this value under this key (the value as stored, in UTF-8)."""
        return hmac.new(
            self._secret, b"value\0" + key.encode() + b"\0" + text.encode("utf-8", "surrogatepass"), hashlib.sha256
        ).hexdigest()

    def _unsealed(self, key: str, stored: Any) -> str | None:
        """The value's text when `stored` is `[HMAC, text]` and the HMAC matches, else None."""
        if not (isinstance(stored, list | tuple) and len(stored) == 2 and all(isinstance(s, str) for s in stored)):
            return None
        seal, text = stored
        return text if hmac.compare_digest(seal, self._seal(key, text)) else None

    def _read_json(self, name: str) -> dict:
        try:
            value = json.loads((self.folder / name).read_text(encoding="utf-8"))
            return value if isinstance(value, dict) else {}
        except (OSError, ValueError):
            return {}

    def _shard(self, key: str) -> dict[str, str]:
        """One shard's stored lines by key: `<HMAC>\t<JSON>` (read on first use; a damaged line is left out)."""
        name = _shard_name(key)
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
        """The entry under this key (a mapping), or None: none, damaged, or not vouched for by its HMAC."""
        return entry_of(self.get_text(key))

    def get_text(self, key: str) -> str | None:
        """The entry under this key as the JSON text kept (vouched for by its HMAC), or None; `entry_of`
        reads it. For a caller that holds many entries before it reads them: their text is smaller."""
        stored = self._shard(key).get(key)
        if stored is None:
            return None
        text = self._unsealed(key, stored.split("\t", 1))
        if text is not None:
            self._used.setdefault(_shard_name(key), set()).add(key)
        return text

    def put(self, key: str, entry: str | dict[str, Any]) -> None:
        """Keep an entry (a mapping, or its JSON text): serialised now, so the cache holds one string each."""
        if not isinstance(entry, str):
            entry = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        self._shard(key)[key] = f"{self._seal(key, entry)}\t{entry}"
        self._used.setdefault(_shard_name(key), set()).add(key)
        self._dirty.add(_shard_name(key))

    def get_run(self, key: str) -> Any:
        """The value kept for a whole run under this key, or None (none, damaged, not vouched for)."""
        return _json_or_none(self._unsealed(key, self._read_json("runs.json").get(key)))

    def put_run(self, key: str, value: Any) -> None:
        runs = self._read_json("runs.json")
        runs.pop(key, None)
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        runs[key] = [self._seal(key, text), text]
        self._write("runs.json", dict(list(runs.items())[-_RUNS_KEPT:]))

    def get_file(self, name: str) -> Any:
        """The value kept whole in the cache's file `name` (`put_file`), or None: no such file, damaged,
        or not vouched for by its HMAC (one over the whole value: any edit anywhere in it is a miss)."""
        try:
            stored = json.loads((self.folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return _json_or_none(self._unsealed(f"file {name}", stored))

    def put_file(self, name: str, value: Any) -> None:
        """Keep a value whole in the cache's file `name`, with one HMAC over all of it: `[HMAC, JSON
        text]` (one HMAC for a file of thousands of entries instead of one each; read with `get_file`)."""
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        self._write(name, [self._seal(f"file {name}", text), text])

    def save(self, prune: bool = True, most: int | None = None) -> None:
        """Write the shards that changed, keeping only the entries this run used (the rest are stale);
        with prune=False (a run over some files only) the entries it did not look at are kept too, and
        with `most` at most that many per shard, the ones this run used last."""
        for name in sorted(self._dirty):
            used = self._used.get(name, set())
            kept = [(k, v) for k, v in self._shards[name].items() if k not in used and not prune]
            kept += [(k, v) for k, v in self._shards[name].items() if k in used]
            if most is not None:
                kept = kept[-most:] if most > 0 else []
            self._write(f"files-{name}.tsv", "".join(f"{k}\t{v}\n" for k, v in kept))
        if self._dirty:
            # shards of earlier forms: files-XY.json with all the data, then files-XY.tsv (256 shards)
            for legacy in (*self.folder.glob("files-??.json"), *self.folder.glob("files-??.tsv")):
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


def _shard_name(key: str) -> str:
    """The shard that keeps `key`: its first hex digit (16 shards; see `Cache`)."""
    return key[:1]


def _json_or_none(text: str | None) -> Any:
    """The value of a vouched-for JSON text, or None when there is none or it does not parse."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
