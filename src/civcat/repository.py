"""Discover a catalogue repository and hold it loaded: files, parsed documents, and indexes.

The repository root is the nearest folder holding `catalogues/county.yaml`, as git finds `.git`.
Data files are the YAML files under `catalogues/` and `charters/`.
"""

from __future__ import annotations

import errno
import functools
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from .errors import UsageError
from .i18n import N_, _
from .loader import SourceFile
from .rules.parse import YamlSyntax

YAML_SUFFIXES = (".yaml", ".yml")
DATA_FOLDERS = ("catalogues", "charters")


def find_root(start: Path) -> Path | None:
    """The nearest ancestor of `start` (itself included) that holds catalogues/county.yaml.

    Ancestors as written come first: a linked folder inside a repository (`charters/x` → elsewhere)
    belongs to that repository, whose reading then refuses it; then the ancestors of the real path.
    """
    lexical = Path(os.path.abspath(start))
    for candidate in (lexical, start.resolve()):
        for folder in (candidate, *candidate.parents) if candidate.is_dir() else candidate.parents:
            if (folder / "catalogues" / "county.yaml").is_file():
                return folder.resolve()
    return None


class UnreadableFolders(UsageError):
    """Folders whose files could not be listed: each named on its own line (exit 2), since checking
    the rest would report "no problems" or a missing file for files that exist."""

    def __init__(self, problems: list[tuple[str, OSError]], root: Path | None):
        self.problems = problems
        lines = [
            _("{path}: {reason}").format(path=_shown_folder(folder, root), reason=_folder_error(error))
            for folder, error in problems
        ]
        super().__init__("\ncivcat: ".join(lines))  # printed after "civcat: ", as every one line


def _shown_folder(folder: str, root: Path | None) -> str:
    shown = os.path.relpath(folder, root) if root is not None else folder
    return _printable(shown.replace(os.sep, "/")) + "/"


def _folder_error(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return _("没有读取这个文件夹的权限，其中的文件无法检查；请检查文件夹的权限（Windows：属性 → 安全）。")
    if error.errno == errno.ENAMETOOLONG:
        return _("路径太长（文件夹嵌套太深），其中的文件无法读取；请把文件移到层级浅一些的文件夹。")
    return _("这个文件夹无法读取（{reason}），其中的文件无法检查；请检查这个文件夹。").format(
        reason=error.strerror or error
    )


def walk(base: Path, problems: list[tuple[str, OSError]]):
    """os.walk from `base` (top down, `dirs` may be pruned in place, links to folders not entered),
    without recursion, so no depth is too deep for it, and with every folder it cannot list added to
    `problems` (os.walk drops them unless told)."""
    stack = [os.fspath(base)]
    while stack:
        folder = stack.pop()
        dirs: list[str] = []
        files: list[str] = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    (dirs if is_dir else files).append(entry.name)
        except OSError as error:
            problems.append((folder, error))
            continue
        yield folder, dirs, files
        stack.extend(path for path in (os.path.join(folder, d) for d in reversed(dirs)) if not os.path.islink(path))


def data_files(root: Path) -> list[Path]:
    """Every YAML file under the repository's data folders, in a stable order.

    Symbolic links are not followed into folders; a linked file is listed and refused on reading
    if it points outside the repository. A folder named like a data file (`x.yaml`) and a linked
    folder leading outside the repository are listed too, so that reading them reports them.
    A folder that cannot be listed (no permission, a path too long) raises UnreadableFolders.
    Names starting with a dot are not data: among them the temporary files of an interrupted
    write (`.name.XXXXXXXX.tmp`, see fileio).
    """
    found: list[Path] = []
    problems: list[tuple[str, OSError]] = []
    for top in DATA_FOLDERS:
        base = root / top
        if not base.is_dir():
            continue
        for folder, dirs, files in walk(base, problems):
            listed = sorted(
                d
                for d in dirs
                if not d.startswith(".") and (d.endswith(YAML_SUFFIXES) or os.path.islink(os.path.join(folder, d)))
            )
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in listed)
            for name in sorted([*files, *listed]):
                if name in listed:
                    path = Path(folder) / name
                    if name.endswith(YAML_SUFFIXES) or not _inside(path, root):
                        found.append(path)
                elif name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                    found.append(Path(folder) / name)
    if problems:
        raise UnreadableFolders(problems, root)
    return found


def yaml_files_under(folder: Path) -> list[Path]:
    """The YAML files under a folder outside any repository (checked alone), sorted; folders that
    cannot be listed raise UnreadableFolders, as in a repository, and a folder with none is a UsageError."""
    problems: list[tuple[str, OSError]] = []
    found = [
        Path(parent) / name
        for parent, _dirs, files in walk(folder, problems)
        for name in files
        if Path(name).suffix in YAML_SUFFIXES
    ]
    if problems:
        raise UnreadableFolders(problems, None)
    if not found:  # "checked 0 files, no problems" would let a mistyped folder pass in CI
        raise UsageError(
            _("{path}: 这个文件夹（及其子文件夹）里没有 .yaml 数据文件，也不在 civcat 仓库中；请检查路径").format(
                path=folder
            )
        )
    return sorted(found)


def _inside(path: Path, root: Path, folders: dict[str, str] | None = None) -> bool:
    """Whether the path, every link followed, stays inside the repository (never raises).

    `folders` remembers the real path of each folder during one reading of the repository: a file
    that is not itself a link is then resolved with one system call, not one per folder above it.
    """
    # As text, not pathlib (a second saved over the 24,000 files of a large county): both are real
    # paths, so inside means the root itself or a path that starts with it and a separator.
    real = os.path.normcase(_real_path(os.fspath(path), folders))
    base = _real_root(os.fspath(root))
    return real == base or real.startswith(base if base.endswith(os.sep) else base + os.sep)


def _real_path(text: str, folders: dict[str, str] | None) -> str:
    if folders is None:
        return os.path.realpath(text)
    folder, name = os.path.split(text)
    if not name or name in (".", "..") or not os.path.isabs(text) or os.path.islink(text):
        return os.path.realpath(text)
    real_folder = folders.get(folder)
    if real_folder is None:
        real_folder = folders[folder] = os.path.realpath(folder)
    return os.path.join(real_folder, name)


@functools.lru_cache(maxsize=16)
def _real_root(root: str) -> str:
    return os.path.normcase(os.path.realpath(root))


def _printable(rel: str) -> str:
    """The path as it can be printed: a name in another encoding (GBK from a Windows zip) shows as U+FFFD."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _refused(rel: str, message: str) -> SourceFile:
    from .loader import LoadProblem

    return SourceFile(path=rel, problem=LoadProblem(YamlSyntax.code, 1, 1, message))


_OS_ERRORS = {
    errno.ENOENT: N_(
        "文件不存在（是一个指向不存在的文件的符号链接，或文件在检查时被删除了）；请删除这个链接或补上文件。"
    ),
    errno.ELOOP: N_("这是一个循环的符号链接（链接最终指回自己），无法读取；请删除这个链接。"),
    errno.EACCES: N_("没有读取这个文件的权限；请检查文件的权限（Windows：属性 → 安全）。"),
    errno.EPERM: N_("没有读取这个文件的权限；请检查文件的权限（Windows：属性 → 安全）。"),
}


def read_source(path: Path, rel: str, root: Path | None) -> SourceFile:
    """Load one file; refusals (see `read_raw`) become the file's finding."""
    from .loader import load_bytes

    raw = read_raw(path, rel, root)
    return raw if isinstance(raw, SourceFile) else load_bytes(rel, raw)


def read_raw(path: Path, rel: str, root: Path | None, folders: dict[str, str] | None = None) -> bytes | SourceFile:
    """The file's bytes, or the SourceFile that refuses it: a link leading outside the repository,
    a folder, a pipe or device, a file too large or unreadable, a file name that is not UTF-8.

    Never reads more than the size limit, never opens anything but a regular file (a pipe would
    block for ever), never raises for what it finds on disk. `folders`: see `_inside` (one per
    reading of the repository, never kept longer).
    """
    from .loader import MAX_FILE_BYTES

    shown = _printable(rel)
    if shown != rel:
        try:
            guess = _("（看起来是 GBK 编码的“{name}”）").format(name=os.fsencode(path.name).decode("gbk"))
        except (UnicodeDecodeError, ValueError):
            guess = ""
        return _refused(
            shown,
            _(
                "文件名不是 UTF-8 编码{guess}，常见于 Windows 压缩包解压出来的文件；"
                "请把文件改名（用 UTF-8 的中文名或代码）。"
            ).format(guess=guess),
        )
    lexically_inside = root is not None and not rel.startswith("../") and not os.path.isabs(rel)
    if lexically_inside and root is not None and not _inside(path, root, folders):
        message = (
            _(
                "这个文件夹是指向仓库之外的符号链接（或位于这样的链接之下），出于安全原因拒绝读取；"
                "请把文件本身复制到仓库中，而不是链接到别处。"
            )
            if path.is_dir()
            else _(
                "这个文件是指向仓库之外的符号链接（或位于这样的链接之下），出于安全原因拒绝读取；"
                "请把文件本身复制到仓库中，而不是链接到别处。"
            )
        )
        return _refused(rel, message)
    try:
        info = os.stat(path)
    except OSError as error:
        return _refused(rel, _os_error(error))
    if stat.S_ISDIR(info.st_mode):
        return _refused(rel, _(_FOLDER))
    if not stat.S_ISREG(info.st_mode):
        return _refused(rel, _("这不是普通文件（是管道、设备或套接字），拒绝读取；请删除它。"))
    if info.st_size > MAX_FILE_BYTES:
        return _refused(rel, _too_large(info.st_size))
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # a file growing while it is read still stops at the limit
    except IsADirectoryError:
        return _refused(rel, _(_FOLDER))
    except OSError as error:
        return _refused(rel, _os_error(error))
    if len(raw) > MAX_FILE_BYTES:
        return _refused(rel, _too_large(len(raw)))
    return raw


_FOLDER = N_("这是一个文件夹，名字却以 .yaml 结尾；请改名（数据文件夹的名字不带 .yaml）。")


def _too_large(size: int) -> str:
    from .loader import too_large_message

    return too_large_message(size)


def _os_error(error: OSError) -> str:
    known = _OS_ERRORS.get(error.errno) if error.errno is not None else None
    return _(known) if known else _("文件无法读取（{reason}）；请检查文件。").format(reason=error.strerror or error)


M = TypeVar("M")


@dataclass(slots=True)
class Document(Generic[M]):
    """A file whose header and schema are right: its source and its model (`Document[Charter]`: a
    charter's; in a summary run, the repository rules see a summary in the model's place)."""

    source: SourceFile
    kind: str
    model: M
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


#: The fields of communities and charters the Repository's indexes read (`communities`, `charters`):
#: summaries keep them whatever the rules declare (see civcat.summaries and RepositoryRule.reads).
SUMMARY_READS: dict[str, dict[str, Any]] = {"community": {"code": None}, "charter": {"community": None}}


@dataclass
class Repository:
    """The loaded repository: every source file, the documents that parsed, and indexes over them."""

    root: Path | None
    sources: list[SourceFile] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path | None) -> Repository:
        """Every data file under `root` read and its header and schema checked: the repository that
        show, stats, diff, render and review start from. Files that do not parse are left out of
        `documents` (saying why is validate's work)."""
        from .validate import load_repository, parse_documents

        repository = load_repository(root)
        parse_documents(repository)
        return repository

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

    def unread(self, kind: str) -> int:
        """How many files at `kind`'s place could not be read as that kind: a YAML or encoding error,
        not a mapping, or another or no `kind:` (CV001–CV004 report each).

        How repository rules see such files: they are not documents, so no index holds them; their
        own findings explain them. A rule that counts files (CV211) leaves out a difference these
        files could account for, and a rule that pairs files asks `files_claiming`, which counts a
        file by its place and name: one broken file gives one finding, never a knock-on one.
        """

        def build() -> int:
            return sum(
                1
                for source in self.sources
                if _kind_from_place(source.path) == kind
                and not (isinstance(source.data, dict) and source.data.get("kind") == kind)
            )

        return self._index(f"unread:{kind}", build)


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


def relative_path(path: Path, root: Path | None, cwd: Path | None = None) -> str:
    """The path as findings name it: from the repository root, else from the working folder."""
    if root is not None and os.sep == "/":
        # The common case, without pathlib: an absolute path under an absolute root, as data_files lists them.
        text, base = os.fspath(path), os.fspath(root).rstrip("/") + "/"
        if text.startswith(base) and base.startswith("/") and "//" not in text and "/./" not in text:
            return text[len(base) :]
    for folder in (root, cwd or Path.cwd()):
        if folder is not None:
            try:
                return path.absolute().relative_to(folder.absolute()).as_posix()
            except ValueError:
                pass
    return path.as_posix()


def resolve_targets(paths: list[str], cwd: Path) -> tuple[Path | None, list[Path]]:
    """The repository root and the absolute targets for the given command-line paths (or the cwd)."""
    targets = [(cwd / p).absolute() for p in paths] if paths else []
    for target in targets:
        if not target.exists():
            raise UsageError(_("{path}: 没有这个文件或文件夹").format(path=target))
    root = find_root(targets[0] if targets else cwd)
    if root is None and not targets:
        raise UsageError(
            _("{path}: 不在 civcat 仓库中（本文件夹及上级文件夹都没有 catalogues/county.yaml）").format(path=cwd)
        )
    for target in targets[1:]:
        other = find_root(target)
        if other != root:
            raise UsageError(_("{path}: 与其他路径不在同一个仓库中；请分别检查").format(path=target))
    return root, targets
