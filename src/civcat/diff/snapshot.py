"""Validate a repository given as files in memory (a git revision), as `civcat validate` would on disk.

`Checker` runs validation's two stages on (path, bytes) pairs: the per-file stage (load, schema,
file rules) and the repository rules. Per-file results depend only on a file's path and bytes, so
a file that is byte-identical on both sides of a diff is checked once: the checker keeps what it
has checked in memory and also reads validation's content-hash cache (the same keys `civcat
validate` uses), so after a `civcat validate` the unchanged files run no file rules. The cache keeps
findings and summaries, not documents: a diff, which compares documents, parses those files again.
Unlike `civcat validate`, the checker keeps full models (`Validator(summaries=False)`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..findings import Finding
from ..loader import SourceFile
from ..repository import Document, Repository
from ..validate import Checked, Validator, parse_only


@dataclass
class Snapshot:
    """One side of a diff: its files, the loaded repository and its findings (see `Checker.check`)."""

    files: dict[str, bytes | SourceFile]  # bytes, or the refusal of a file validate would not read
    repository: Repository
    findings: list[Finding]

    def document(self, path: str) -> Document | None:
        return next((d for d in self.repository.documents if d.path == path), None)

    def data(self, path: str):
        source = next((s for s in self.repository.sources if s.path == path), None)
        return source.data if source is not None else None

    def source(self, path: str):
        return next((s for s in self.repository.sources if s.path == path), None)


@dataclass
class Checker:
    """Validation of in-memory repositories with one configuration, rule selection and check date."""

    validator: Validator
    _memo: dict[tuple, Checked] = field(default_factory=dict)

    @classmethod
    def create(
        cls, root: Path, *, as_of: dt.date | None = None, use_cache: bool = True, jobs: int | None = None
    ) -> Checker:
        """The repository's configuration (from the working tree), as `civcat validate` reads it."""
        return cls(Validator.create(root, as_of=as_of, use_cache=use_cache, jobs=jobs))

    @property
    def root(self) -> Path:
        root = self.validator.root
        if root is None:  # create() takes a root: only a Validator built by hand lacks one
            raise ValueError("a Checker validates a repository with a root")
        return root

    def check(
        self, files: dict[str, bytes | SourceFile], unchanged: frozenset[str] | set[str] = frozenset()
    ) -> Snapshot:
        """Validate the repository made of these files (paths relative to the root, data files only).

        Files named in `unchanged` are the same (path and bytes) on the other side of the diff: their
        per-file findings are the same there too, so they are only loaded and parsed (the repository
        rules need their documents), their file rules are not run and their per-file findings are left
        out. Repository-wide findings are always complete.
        """
        paths = sorted(files)
        checked: dict[str, Checked] = {}
        pending: list[tuple[str, bytes | SourceFile, bool]] = []
        for rel in paths:
            raw = files[rel]
            if isinstance(raw, SourceFile):  # refused as validate refuses it (see gitdiff._working_tree)
                pending.append((rel, raw, True))
                continue
            lite = rel in unchanged
            memo = self._memo.get((rel, raw)) or (self._memo.get((rel, raw, "lite")) if lite else None)
            if memo is not None:
                checked[rel] = memo
            elif lite and not (self.validator.cache and self.validator.cache.get(self.validator.file_key(rel, raw))):
                checked[rel] = self._memo[(rel, raw, "lite")] = parse_only(rel, raw)
            else:
                pending.append((rel, raw, True))
        for (rel, raw, _inside), result in zip(pending, self.validator.check_files(pending), strict=True):
            checked[rel] = result
            if isinstance(raw, bytes):
                self._memo[(rel, raw)] = result
        ordered = [checked[rel] for rel in paths]
        repository, findings = self.validator.check_repository(ordered)
        findings += [f for rel, c in zip(paths, ordered, strict=True) if rel not in unchanged for f in c.findings]
        findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
        return Snapshot(files, repository, findings)

    def save(self) -> None:
        self.validator.save()
