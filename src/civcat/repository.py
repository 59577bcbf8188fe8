"""Discover a catalogue repository and hold it loaded: files, parsed documents, and indexes.

The repository root is the nearest folder holding `catalogues/county.yaml`, as git finds `.git`.
Data files are the YAML files under `catalogues/` and `charters/`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError
from .loader import SourceFile

YAML_SUFFIXES = (".yaml", ".yml")
DATA_FOLDERS = ("catalogues", "charters")


def find_root(start: Path) -> Path | None:
    """The nearest ancestor of `start` (itself included) that holds catalogues/county.yaml."""
    start = start.resolve()
    for folder in (start, *start.parents) if start.is_dir() else start.parents:
        if (folder / "catalogues" / "county.yaml").is_file():
            return folder
    return None


def data_files(root: Path) -> list[Path]:
    """Every YAML file under the repository's data folders, in a stable order.

    Symbolic links are not followed into folders; a linked file is listed and refused on reading
    if it points outside the repository.
    """
    found: list[Path] = []
    for top in DATA_FOLDERS:
        base = root / top
        if not base.is_dir():
            continue
        for folder, dirs, files in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                    found.append(Path(folder) / name)
    return found


def read_source(path: Path, rel: str, root: Path | None) -> SourceFile:
    """Load one file; refusals (a link leading outside the repository, unreadable file) become findings."""
    from .loader import LoadProblem, load_bytes

    if root is not None and path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            return SourceFile(path=rel, problem=LoadProblem("CV002", 1, 1, "这个文件是指向仓库之外的符号链接，出于安全原因拒绝读取。"))
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        return SourceFile(path=rel, problem=LoadProblem("CV002", 1, 1, "这是一个文件夹，名字却以 .yaml 结尾；请改名。"))
    except OSError as error:
        return SourceFile(path=rel, problem=LoadProblem("CV002", 1, 1, f"文件无法读取：{error.strerror}。"))
    return load_bytes(rel, raw)


@dataclass(slots=True)
class Document:
    """A file whose header and schema are right: its source and its model."""

    source: SourceFile
    kind: str
    model: Any
    in_layout: bool = True  # False for a file checked alone, outside any repository's layout

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def stem(self) -> str:
        return self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]

    @property
    def folder(self) -> str:
        """The name of the folder holding the file (a township code for communities and charters)."""
        parts = self.path.split("/")
        return parts[-2] if len(parts) >= 2 else ""


@dataclass
class Repository:
    """The loaded repository: every source file, the documents that parsed, and indexes over them."""

    root: Path | None
    sources: list[SourceFile] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Document]:
        return [d for d in self.documents if d.kind == kind]

    # The indexes are derived on first use and cached: rules ask for them many times.
    def _index(self, name: str, build):
        cache = self.__dict__.setdefault("_cache", {})
        if name not in cache:
            cache[name] = build()
        return cache[name]

    @property
    def county(self) -> Document | None:
        return self._index("county", lambda: next(iter(self.of_kind("county")), None))

    @property
    def townships(self) -> dict[str, Any]:
        """Township models by code, from county.yaml."""
        return self._index("townships", lambda: {t.code: t for t in self.county.model.townships} if self.county else {})

    @property
    def communities(self) -> dict[str, Document]:
        """Community documents by code (the first file for a duplicated code)."""
        return self._index("communities", lambda: _first_by(self.of_kind("community"), lambda d: d.model.code))

    @property
    def charters(self) -> dict[str, Document]:
        """Charter documents by the community code they belong to."""
        return self._index("charters", lambda: _first_by(self.of_kind("charter"), lambda d: d.model.community))

    @property
    def charter_models(self) -> dict[str, Document]:
        return self._index("charter_models", lambda: {d.stem: d for d in self.of_kind("charter-model")})

    @property
    def triage_references(self) -> dict[str, Document]:
        """Triage reference documents by level ("township", "street")."""
        return self._index("triage", lambda: _first_by(self.of_kind("triage-reference"), lambda d: d.model.level))

    @property
    def consultation_reference(self) -> Document | None:
        return self._index("consultation", lambda: next(iter(self.of_kind("consultation-reference")), None))

    @property
    def autonomy_reference(self) -> Document | None:
        return self._index("autonomy", lambda: next(iter(self.of_kind("autonomy-reference")), None))

    def township_of(self, community_code: str) -> Any:
        return self.townships.get(community_code[:9])

    def triage_level_of(self, community_code: str) -> str | None:
        """The reference level a community takes: street under a 街道, township under a 镇 or 乡."""
        township = self.township_of(community_code)
        if township is None:
            return None
        return "street" if township.type == "street" else "township"

    def files_claiming(self, kind: str) -> set[str]:
        """Codes named by files of a kind even when they failed the schema (so CV212 does not pile on)."""
        def build() -> set[str]:
            key = "community" if kind == "charter" else "code"
            claimed = set()
            for source in self.sources:
                data = source.data
                if isinstance(data, dict) and data.get("kind") == kind and isinstance(data.get(key), str | int):
                    claimed.add(str(data[key]))
                elif source.data is None and _kind_from_place(source.path) == kind:
                    claimed.add(source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
            return claimed
        return self._index(f"claims:{kind}", build)


def _kind_from_place(rel: str) -> str | None:
    parts = rel.split("/")
    if len(parts) == 4 and parts[:2] == ["catalogues", "communities"]:
        return "community"
    if len(parts) == 3 and parts[0] == "charters" and parts[1] != "model":
        return "charter"
    return None


def _first_by(documents: list[Document], key) -> dict[str, Document]:
    index: dict[str, Document] = {}
    for doc in documents:
        index.setdefault(key(doc), doc)
    return index


def resolve_targets(paths: list[str], cwd: Path) -> tuple[Path | None, list[Path]]:
    """The repository root and the absolute targets for the given command-line paths (or the cwd)."""
    targets = [(cwd / p).absolute() for p in paths] if paths else []
    for target in targets:
        if not target.exists():
            raise UsageError(f"{target}: 没有这个文件或文件夹")
    root = find_root(targets[0] if targets else cwd)
    if root is None and not targets:
        raise UsageError(f"{cwd}: 不在 civcat 仓库中（本文件夹及上级文件夹都没有 catalogues/county.yaml）")
    for target in targets[1:]:
        other = find_root(target)
        if other != root:
            raise UsageError(f"{target}: 与其他路径不在同一个仓库中；请分别检查")
    return root, targets
