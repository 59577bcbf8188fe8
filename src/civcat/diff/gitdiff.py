"""`civcat diff --git BASE [HEAD]`: what a change really changed, and the findings it brings and fixes.

Both sides are read with git itself, never by checking out: `git ls-tree` lists the data files of a
revision and one `git cat-file --batch` process reads every blob needed. HEAD defaults to the
working tree (the files `civcat validate` would read, untracked ones included). Files are compared
by their git blob id, so only the files that differ are diffed; a file renamed or moved is paired
with its old self by git's rename detection (`git diff -M`) and, failing that, by the code inside
(a community's `code`, a charter's `community`).

Findings: both sides are validated whole (the repository rules need every file), with the working
tree's configuration and one check date; a file byte-identical on both sides is loaded once, and its
file rules are not run at all (their findings would be the same on both sides, neither new nor fixed).
A finding is the same on both sides when its file (followed through a rename), its code and its
message agree, line and column left out: lines that merely moved are not a new finding.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..findings import Finding, Severity
from ..i18n import N_, _
from ..loader import SourceFile
from ..repository import DATA_FOLDERS, YAML_SUFFIXES, data_files, read_raw
from .changes import ADDED, CHANGED, REMOVED, Change, diff_data
from .snapshot import Checker, Snapshot

WORKING_TREE = N_("工作区")  # the HEAD of a diff against the working tree, in text and markdown


@dataclass
class FileChange:
    """One data file that differs: its old and new path (None on the side that lacks it)."""

    old: str | None
    new: str | None
    kind: str | None
    community: str | None  # the community code it belongs to (community and charter files)
    changes: list[Change] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.new or self.old or ""


@dataclass
class GitDiff:
    base: str
    head: str | None  # None: the working tree
    base_commit: str
    head_commit: str | None
    files: list[FileChange]
    new: list[Finding]
    fixed: list[Finding]
    names: dict[str, str]  # community code → name (from either side)
    townships: dict[str, str] = field(default_factory=dict)  # township code → name

    @property
    def changes(self) -> list[Change]:
        return [c for f in self.files for c in f.changes]

    @property
    def new_errors(self) -> int:
        return sum(1 for f in self.new if f.severity is Severity.ERROR)

    def as_json(self) -> dict:
        return {
            "version": 1,
            "base": self.base,
            "head": self.head,
            "base_commit": self.base_commit,
            "head_commit": self.head_commit,
            "changes": [c.as_json() for c in self.changes],
            "findings": {"new": [f.as_json() for f in self.new], "fixed": [f.as_json() for f in self.fixed]},
        }


# --- git plumbing ----------------------------------------------------------------------------------


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        run = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args], cwd=root, input=stdin, capture_output=True, env=env, check=False
        )
    except FileNotFoundError:
        raise UsageError(_("找不到 git 命令：--git 需要安装 git")) from None
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(
            _("git {command} 失败：{error}").format(command=args[0], error=message[-1] if message else run.returncode)
        )
    return run.stdout


def resolve(root: Path, revision: str) -> str:
    """The commit a revision names, or a usage error in words a clerk understands."""
    if revision.startswith("-"):
        raise UsageError(_("版本 {revision} 无效").format(revision=revision))
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        run = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
            cwd=root,
            capture_output=True,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise UsageError(_("找不到 git 命令：--git 需要安装 git")) from None
    if run.returncode != 0:
        inside = subprocess.run(
            ["git", "rev-parse", "--is-inside-work-tree"], cwd=root, capture_output=True, env=env, check=False
        )
        if inside.returncode != 0:
            raise UsageError(_("{folder} 不在 git 仓库中：--git 需要一个 git 仓库").format(folder=root))
        raise UsageError(_("git 中找不到版本 {revision}（分支、标签或提交号）").format(revision=revision))
    return run.stdout.decode().strip()


def _is_data_path(rel: str) -> bool:
    parts = rel.split("/")
    return (
        len(parts) >= 2
        and parts[0] in DATA_FOLDERS
        and rel.endswith(YAML_SUFFIXES)
        and not any(p.startswith(".") for p in parts[1:])
    )


def _ls_tree(root: Path, commit: str) -> dict[str, str]:
    """Data files of a revision: path (relative to the catalogue root) → blob id. Links and submodules are left out."""
    out = _git(root, "ls-tree", "-r", "-z", commit, "--", *DATA_FOLDERS)
    files = {}
    for entry in out.split(b"\0"):
        if not entry:
            continue
        meta, _tab, path = entry.partition(b"\t")
        mode, kind, sha = meta.split()
        rel = path.decode("utf-8", "surrogateescape")
        if kind == b"blob" and mode in (b"100644", b"100755") and _is_data_path(rel):
            files[rel] = sha.decode()
    return files


def _cat_blobs(root: Path, shas: list[str]) -> dict[str, bytes]:
    """Blob contents by id, all read by one `git cat-file --batch`."""
    if not shas:
        return {}
    out = _git(root, "cat-file", "--batch", stdin=("\n".join(shas) + "\n").encode())
    blobs, pos = {}, 0
    for sha in shas:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        if len(header) < 3:
            raise UsageError(_("git cat-file 读不到 {blob}").format(blob=sha))
        size = int(header[2])
        blobs[sha] = out[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return blobs


def printable(text: str) -> str:
    """`text` as valid UTF-8: a name in another encoding (GBK from a Windows zip, read from git or the
    disk with surrogateescape) shows its undecodable bytes as U+FFFD, as `civcat validate` prints it."""
    if _utf8(text):
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def _utf8(rel: str) -> bool:
    try:
        rel.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _blob_as_read(rel: str, sha: str, blobs: dict[str, bytes]) -> bytes | SourceFile:
    """A revision's file as `civcat validate` would read it from disk: a name that is not UTF-8 is
    refused (CV002, by read_raw's own words), its content never read."""
    if not _utf8(rel):
        return read_raw(Path(rel), rel, None)  # refused by its name before anything is opened
    return blobs[sha]


def _working_tree(root: Path, length: int) -> tuple[dict[str, bytes | SourceFile], dict[str, str], dict[str, bytes]]:
    """The working tree's data files read exactly as `civcat validate` reads them (`read_raw`: links
    inside the repository followed, those leading outside, pipes, unreadable files and names that
    are not UTF-8 refused as CV002), their blob ids, and the readable ones by blob id.

    A refused file gets an id no blob has ("refused:…"): it is never "unchanged", so its refusal is
    reported as validate reports it.
    """
    files: dict[str, bytes | SourceFile] = {}
    ids: dict[str, str] = {}
    folders: dict[str, str] = {}
    for path in data_files(root):
        rel = path.relative_to(root).as_posix()
        raw = read_raw(path, rel, root, folders)
        files[rel] = raw
        if isinstance(raw, SourceFile):
            reason = raw.problem.message if raw.problem else ""
            ids[rel] = "refused:" + hashlib.sha1(reason.encode("utf-8", "replace")).hexdigest()
        else:
            ids[rel] = _blob_id(raw, length)
    return files, ids, {ids[rel]: raw for rel, raw in files.items() if isinstance(raw, bytes)}


def _blob_id(raw: bytes, length: int) -> str:
    """The id git gives these bytes as a blob (sha1, or sha256 in a sha256 repository)."""
    digest = hashlib.sha1 if length == 40 else hashlib.sha256
    return digest(b"blob %d\0" % len(raw) + raw).hexdigest()


def _renames(root: Path, base: str, head: str | None) -> list[tuple[str, str]]:
    """(old, new) pairs git's rename detection finds among the data files."""
    args = ["diff", "-z", "--name-status", "-M", "--relative", base, *([head] if head else []), "--", *DATA_FOLDERS]
    parts = _git(root, *args).split(b"\0")
    pairs, index = [], 0
    while index < len(parts) and parts[index]:
        status = parts[index].decode()
        if status[:1] in "RC":
            old, new = (p.decode("utf-8", "surrogateescape") for p in parts[index + 1 : index + 3])
            if status[0] == "R":
                pairs.append((old, new))
            index += 3
        else:
            index += 2
    return pairs


# --- the diff --------------------------------------------------------------------------------------


def git_diff(
    root: Path,
    base: str,
    head: str | None = None,
    *,
    as_of: dt.date | None = None,
    use_cache: bool = True,
    checker: Checker | None = None,
) -> GitDiff:
    """The semantic change from revision `base` to revision `head` (None: the working tree) of the
    catalogue repository at `root`, with the findings the change introduces and fixes."""
    root = root.resolve()
    base_commit = resolve(root, base)
    head_commit = resolve(root, head) if head is not None else None

    base_tree = _ls_tree(root, base_commit)
    if head_commit is None:
        head_files, head_ids, by_id = _working_tree(root, len(next(iter(base_tree.values()), "0" * 40)))
        missing = sorted({sha for rel, sha in base_tree.items() if sha not in by_id and _utf8(rel)})
        by_id.update(_cat_blobs(root, missing))
    else:
        head_tree = _ls_tree(root, head_commit)
        wanted = sorted({sha for tree in (base_tree, head_tree) for rel, sha in tree.items() if _utf8(rel)})
        by_id = _cat_blobs(root, wanted)
        head_ids = head_tree
        head_files = {rel: _blob_as_read(rel, sha, by_id) for rel, sha in head_tree.items()}
    base_files = {rel: _blob_as_read(rel, sha, by_id) for rel, sha in base_tree.items()}

    # Files the same on both sides have the same per-file findings on both: only their documents are
    # needed (for the repository rules), not their file rules.
    unchanged = {rel for rel, sha in base_tree.items() if head_ids.get(rel) == sha}
    checker = checker or Checker.create(root, as_of=as_of, use_cache=use_cache)
    old_side = checker.check(base_files, unchanged)
    new_side = checker.check(head_files, unchanged)
    # The cache is read, not written: writing a whole cold county's entries costs more (~0.4 s) than a
    # diff saves from it; `civcat validate` fills it, and CI runs that anyway.

    removed = sorted(set(base_tree) - set(head_ids))
    added = sorted(set(head_ids) - set(base_tree))
    modified = sorted(rel for rel in set(base_tree) & set(head_ids) if base_tree[rel] != head_ids[rel])
    pairs = _pair_files(root, base_commit, head_commit, removed, added, old_side, new_side)

    titles = _item_titles(old_side, new_side)
    files = []
    for old, new in [*((rel, rel) for rel in modified), *pairs]:
        files.append(_file_change(old, new, old_side, new_side, titles))
    names = _community_names(old_side, new_side)
    townships = {code: t.name for side in (old_side, new_side) for code, t in side.repository.townships.items()}
    files.sort(key=lambda f: (f.community is None, f.community or "", f.path))
    files = [f for f in files if f.changes]
    renamed = {old: new for old, new in pairs if old and new}
    new_findings, fixed = compare_findings(old_side.findings, new_side.findings, renamed)
    return GitDiff(base, head, base_commit, head_commit, files, new_findings, fixed, names, townships)


def _identity(snapshot: Snapshot, rel: str) -> tuple[str, str] | None:
    data = snapshot.data(rel)
    if not isinstance(data, dict):
        return None
    kind = data.get("kind")
    code = data.get("code") if kind == "community" else data.get("community") if kind == "charter" else None
    if isinstance(code, str | int) and not isinstance(code, bool):
        return str(kind), str(code)
    return None


def _pair_files(
    root: Path,
    base: str,
    head: str | None,
    removed: list[str],
    added: list[str],
    old_side: Snapshot,
    new_side: Snapshot,
) -> list[tuple[str | None, str | None]]:
    """Removed and added files, paired when one is the other moved or renamed."""
    left, right = set(removed), set(added)
    pairs: list[tuple[str | None, str | None]] = []
    if left and right:
        for old, new in _renames(root, base, head):
            if old in left and new in right:
                pairs.append((old, new))
                left.discard(old)
                right.discard(new)
        by_identity: dict[tuple[str, str], list[str]] = {}
        for rel in sorted(left):
            identity = _identity(old_side, rel)
            if identity:
                by_identity.setdefault(identity, []).append(rel)
        for rel in sorted(right):
            identity = _identity(new_side, rel)
            if identity and by_identity.get(identity):
                old = by_identity[identity].pop(0)
                pairs.append((old, rel))
                left.discard(old)
                right.discard(rel)
    pairs += [(rel, None) for rel in sorted(left)]
    pairs += [(None, rel) for rel in sorted(right)]
    return pairs


def _item_titles(*sides: Snapshot) -> dict[str | None, dict[str, str]]:
    """Reference item titles by triage level (None: consultation and autonomy items), then id; the newer
    side wins. Triage ids repeat across levels (XS-07 of the street reference is another matter)."""
    from ..rules.catalogues import reference_items

    titles: dict[str | None, dict[str, str]] = {None: {}, "township": {}, "street": {}}
    for side in sides:
        for doc in side.repository.documents:
            if doc.kind in ("triage-reference", "consultation-reference", "autonomy-reference"):
                level = doc.model.level if doc.kind == "triage-reference" else None
                for _path, item, _prefix in reference_items(doc):
                    titles.setdefault(level, {})[item.id] = item.title
    return titles


def _titles_for(titles: dict, community: str | None, *sides: Snapshot) -> dict[str, str]:
    """The reference titles a community's ids refer to: its triage level's, with consultation and autonomy."""
    level = next((lvl for side in sides if community and (lvl := side.repository.triage_level_of(community))), None)
    return {**titles.get(None, {}), **titles.get(level, {})} if level else dict(titles.get(None, {}))


def _community_names(*sides: Snapshot) -> dict[str, str]:
    names: dict[str, str] = {}
    for side in sides:
        for source in side.repository.sources:
            data = source.data
            if isinstance(data, dict) and data.get("kind") == "community" and isinstance(data.get("name"), str):
                names[str(data.get("code"))] = data["name"]
    return names


def _summary(data: Any) -> Any:
    """What an added or removed file is, in a few fields (its whole content is in the file)."""
    if not isinstance(data, dict):
        return None
    keys = ("kind", "code", "name", "type", "community", "title", "level", "status")
    summary = {k: data[k] for k in keys if k in data}
    if data.get("kind") in ("charter", "charter-model") and isinstance(data.get("chapters"), list):
        from .changes import charter_articles

        summary["articles"] = len(charter_articles(data["chapters"]))
    return summary


def _file_change(
    old: str | None, new: str | None, old_side: Snapshot, new_side: Snapshot, titles: dict[str | None, dict[str, str]]
) -> FileChange:
    old_data = old_side.data(old) if old else None
    new_data = new_side.data(new) if new else None
    data = new_data if isinstance(new_data, dict) else old_data if isinstance(old_data, dict) else {}
    kind = data.get("kind") if isinstance(data.get("kind"), str) else None
    identity = (_identity(new_side, new) if new else None) or (_identity(old_side, old) if old else None)
    community = identity[1] if identity else None
    result = FileChange(old, new, kind, community)

    def add(change: str, target: str, before: Any, after: Any, label: str, **extra) -> None:
        result.changes.append(Change(result.path, community, kind, change, target, before, after, label, **extra))

    # Labels are for text and markdown; the JSON has the targets ("file", "path"). What a file that
    # cannot be compared is (`_unreadable`, "可以读取") is a message: it follows the language, as the
    # finding it quotes does.
    if old is None:
        add(ADDED, "file", None, _summary(new_data) or new, _("文件"))
        return result
    if new is None:
        add(REMOVED, "file", _summary(old_data) or old, None, _("文件"))
        return result
    if old != new:
        add(CHANGED, "path", old, new, _("文件位置"))
    old_problem, new_problem = _unreadable(old_side, old), _unreadable(new_side, new)
    if old_problem or new_problem:
        if old_problem != new_problem:
            add(CHANGED, "file", old_problem or _("可以读取"), new_problem or _("可以读取"), _("文件"))
        return result
    names = _titles_for(titles, community, new_side, old_side)
    for change, target, before, after, label, extra in diff_data(kind, old_data, new_data, titles=names):
        add(change, target, before, after, label, **extra)
    return result


def _unreadable(side: Snapshot, rel: str) -> str | None:
    """Why a file gives no data to compare (its load finding, or no mapping at all), or None."""
    rel = printable(rel)  # a refused name is reported as validate prints it
    source = side.source(rel)
    if source is not None and isinstance(source.data, dict):
        return None
    from ..rules.parse import DuplicateKey, NotUtf8, YamlSyntax
    from ..rules.text import InvisibleCharacters

    unreadable = (NotUtf8.code, YamlSyntax.code, DuplicateKey.code, InvisibleCharacters.code)
    found = next((f for f in side.findings if f.path == rel and f.code in unreadable), None)
    if found is not None:
        return _("无法读取（{code}）：{message}").format(code=found.code, message=found.message)
    if source is None or source.data is None:
        return _("空文件")
    return _("不是 YAML 映射")


# --- findings --------------------------------------------------------------------------------------

_LINE = re.compile(r"第\s*\d+\s*行(?:第\s*\d+\s*列)?|\d+:\d+")
_NUMBER = re.compile(r"\d+")


def _finding_key(finding: Finding, path: str, renamed: dict[str, str], numbers: bool = True) -> tuple:
    message = _LINE.sub("#", finding.message)
    for old, new in renamed.items():
        message = message.replace(old, new)
    if not numbers:
        message = _NUMBER.sub("#", message)
    return path, finding.code, message


def compare_findings(
    before: list[Finding], after: list[Finding], renamed: dict[str, str] | None = None
) -> tuple[list[Finding], list[Finding]]:
    """(new, fixed): findings only after the change, and findings only before it (as they were reported then).

    Findings match by file (an old path followed through `renamed`), code and message, line and
    column left out. What stays unmatched is matched once more with the numbers in the messages left
    out too: a quorum still missed with 460 people present instead of 450 is the same finding, not
    one fixed and one new. When the same finding occurs several times, the surplus counts.
    """
    renamed = renamed or {}
    new = list(after)
    fixed = list(before)
    for numbers in (True, False):
        left = Counter(_finding_key(f, renamed.get(f.path, f.path), renamed, numbers) for f in fixed)
        right = Counter(_finding_key(f, f.path, renamed, numbers) for f in new)
        still_new = []
        for f in new:
            key = _finding_key(f, f.path, renamed, numbers)
            if left[key] > 0:
                left[key] -= 1
            else:
                still_new.append(f)
        still_fixed = []
        for f in fixed:
            key = _finding_key(f, renamed.get(f.path, f.path), renamed, numbers)
            if right[key] > 0:
                right[key] -= 1
            else:
                still_fixed.append(f)
        new, fixed = still_new, still_fixed
    return new, fixed
