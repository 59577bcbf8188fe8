"""Validate a repository given as files in memory (a git revision), as `civcat validate` would on disk.

`Checker` runs validation's two stages on (path, bytes) pairs: the per-file stage (load, schema,
file rules) and the repository rules. Per-file results depend only on a file's path and bytes, so
a file that is byte-identical on both sides of a diff is checked once: the checker keeps what it
has checked in memory and also reads and writes validation's content-hash cache (`.civcat_cache/`,
the same keys `civcat validate` uses), so after a `civcat validate` the unchanged files cost nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..findings import Finding
from ..repository import Document, Repository
from ..loader import load_bytes
from ..validate import _Checked, _json_safe, _repository_findings, _restore, _run_per_file_stage, parse_source


@dataclass
class Snapshot:
    """One side of a diff: its files, the loaded repository and its findings (see `Checker.check`)."""

    files: dict[str, bytes]
    repository: Repository
    findings: list[Finding]

    def document(self, path: str) -> Document | None:
        return next((d for d in self.repository.documents if d.path == path), None)

    def data(self, path: str):
        source = next((s for s in self.repository.sources if s.path == path), None)
        return source.data if source is not None else None

    def source(self, path: str):
        return next((s for s in self.repository.sources if s.path == path), None)


def _parse_only(rel: str, raw: bytes) -> _Checked:
    """Load and parse one file into its document, without its file rules (and without findings)."""
    source = load_bytes(rel, raw)
    document = None
    if source.problem is None:
        document, _ = parse_source(source, True)
    return _Checked(source, document, [])


@dataclass
class Checker:
    """Validation of in-memory repositories with one configuration, rule selection and check date."""

    root: Path
    enabled: set[str]
    ctx: object
    cache: object | None = None
    jobs: int = 1
    _memo: dict[tuple[str, bytes], _Checked] = field(default_factory=dict)

    @classmethod
    def create(cls, root: Path, *, as_of: dt.date | None = None, use_cache: bool = True,
               jobs: int | None = None) -> Checker:
        """The repository's configuration (from the working tree), as `civcat validate` reads it."""
        from ..cache import Cache, package_stamp
        from ..config import enabled_codes, load_config, rule_options
        from ..rules import Context, all_rules

        config = load_config(root)
        rules = all_rules()
        enabled = enabled_codes(config, rules)
        ctx = Context(as_of=as_of or dt.date.today(), rule_options=rule_options(config, rules))
        cache = None
        if use_cache:
            # The same fingerprint as validate(): entries written by `civcat validate` are found here.
            fingerprint = json.dumps([package_stamp(), sorted(enabled), ctx.rule_options, ctx.as_of.isoformat()],
                                     sort_keys=True, default=str)
            cache = Cache.open(root, fingerprint)
        return cls(root, enabled, ctx, cache, jobs or os.cpu_count() or 1)

    def check(self, files: dict[str, bytes], unchanged: frozenset[str] | set[str] = frozenset()) -> Snapshot:
        """Validate the repository made of these files (paths relative to the root, data files only).

        Files named in `unchanged` are the same (path and bytes) on the other side of the diff: their
        per-file findings are the same there too, so they are only loaded and parsed (the repository
        rules need their documents), their file rules are not run and their per-file findings are left
        out. Repository-wide findings are always complete.
        """
        paths = sorted(files)
        checked: dict[str, _Checked] = {}
        pending, keys = [], {}
        for rel in paths:
            raw = files[rel]
            lite = rel in unchanged
            memo = self._memo.get((rel, raw)) or (self._memo.get((rel, raw, "lite")) if lite else None)
            if memo is not None:
                checked[rel] = memo
                continue
            key = self.cache.key(rel.encode(), raw) if self.cache is not None else None
            entry = self.cache.get(key) if key else None
            if entry is not None:
                source, document = _restore(rel, raw, entry["data"], entry["kind"], True)
                checked[rel] = _Checked(source, document, [Finding.from_tuple(f) for f in entry["findings"]])
                self._memo[(rel, raw)] = checked[rel]
            elif lite:
                checked[rel] = self._memo[(rel, raw, "lite")] = _parse_only(rel, raw)
            else:
                pending.append((rel, raw, True))
                keys[rel] = key
        if pending:
            results = _run_per_file_stage(pending, self.enabled, self.ctx, self.jobs)
            for (rel, raw, _), (data, kind, found) in zip(pending, results, strict=True):
                source, document = _restore(rel, raw, data, kind, True)
                checked[rel] = _Checked(source, document, [Finding.from_tuple(f) for f in found])
                self._memo[(rel, raw)] = checked[rel]
                if keys.get(rel) and _json_safe(data):
                    self.cache.put(keys[rel], {"data": data, "kind": kind, "findings": found})
        ordered = [checked[rel] for rel in paths]
        repository = Repository(root=self.root, sources=[c.source for c in ordered],
                                documents=[c.document for c in ordered if c.document is not None])
        findings = [f for rel, c in zip(paths, ordered, strict=True) if rel not in unchanged for f in c.findings]
        findings += _repository_findings(repository, self.enabled, self.ctx)
        findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
        return Snapshot(files, repository, findings)

    def save(self) -> None:
        if self.cache is not None:
            self.cache.save()
