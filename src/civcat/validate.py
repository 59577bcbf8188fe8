"""The validation pipeline: discover → load → parse into models → rules per file, then across files → findings.

`validate()` is the library entry point the CLI and the tests call.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config, enabled_codes, load_config, rule_options
from .findings import Finding, Problem, Severity
from .loader import Positions, SourceFile, load_bytes
from .repository import Document, Repository, data_files, read_raw, read_source, relative_path, resolve_targets
from .schema import check_header, expected_kinds, validate_model

_IGNORE_LINE = re.compile(r"#\s*civcat:\s*ignore\[([A-Za-z0-9,\s]+)\]")
_IGNORE_FILE = re.compile(r"^\s*#\s*civcat:\s*ignore-file\[([A-Za-z0-9,\s]+)\]\s*$", re.MULTILINE)


@dataclass
class Result:
    root: Path | None
    findings: list[Finding]
    files: int
    repository: Repository | None = field(default=None, repr=False)  # None when the whole run came from the cache

    def source_lines(self, path: str) -> list[str]:
        """The lines of a reported file, read again for display (the run may have come from the cache)."""
        file = Path(path) if self.root is None or Path(path).is_absolute() else self.root / path
        raw = read_raw(file, path, self.root)  # never a pipe, a device or a file past the size limit
        return raw.decode("utf-8-sig", errors="replace").splitlines() if isinstance(raw, bytes) else []

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


def load_repository(root: Path | None, extra_files: Iterable[Path] = ()) -> Repository:
    """Read and parse every data file of the repository (and files given from outside it)."""
    paths = data_files(root) if root else []
    known = set(paths)
    paths += [p for p in extra_files if p not in known]
    repository = Repository(root=root)
    for path in paths:
        rel = relative_path(path, root)
        source = read_source(path, rel, root)
        repository.sources.append(source)
    return repository


def parse_source(source: SourceFile, inside: bool) -> tuple[Document | None, list[Problem]]:
    """Header and schema of one loaded file: its Document, or the problems that prevent one.

    `inside` says the file sits in a repository's layout, so its place is checked against its kind.
    """
    kind, problems = check_header(source.data, expected_kinds(source.path) if inside else None)
    if kind is None:
        return None, problems
    model, problems = validate_model(kind, source.data, source.positions)
    return (Document(source, kind, model, in_layout=inside) if model is not None else None), problems


def parse_documents(repository: Repository) -> dict[str, list[Problem]]:
    """Header and schema of every loaded file: fills repository.documents, returns problems by path."""
    problems: dict[str, list[Problem]] = {}
    for source in repository.sources:
        if source.problem is not None:
            continue
        inside = repository.root is not None and not source.path.startswith(("/", ".."))
        document, found = parse_source(source, inside)
        if found:
            problems.setdefault(source.path, []).extend(found)
        if document is not None:
            repository.documents.append(document)
    return problems


def _suppressed_in_file(text: str | None) -> set[str]:
    codes: set[str] = set()
    for match in _IGNORE_FILE.finditer(text or ""):
        codes.update(c.strip().upper() for c in match.group(1).split(","))
    return codes


def _suppressed_on_line(line: str) -> set[str]:
    match = _IGNORE_LINE.search(line)
    return {c.strip().upper() for c in match.group(1).split(",")} if match else set()


def to_findings(source: SourceFile, problems: list[tuple[Problem, Severity]]) -> list[Finding]:
    """Locate problems in the file and drop those its `# civcat: ignore[...]` comments suppress."""
    file_ignored = _suppressed_in_file(source.text)
    lines = source.lines()
    findings = []
    for p, severity in problems:
        if p.code in file_ignored:
            continue
        line, column = source.positions.locate(p.at, key=p.key, needle=p.needle) if source.positions else (1, 1)
        if 0 < line <= len(lines) and p.code in _suppressed_on_line(lines[line - 1]):
            continue
        findings.append(Finding(source.path, line, column, p.code, severity, p.message))
    return findings


@dataclass
class Checked:
    """One file after the per-file stage: its source, its document (if it parsed) and its findings."""

    source: SourceFile
    document: Document | None
    findings: list[Finding]


def check_file(source: SourceFile, inside: bool, enabled: set[str], ctx, file_rules: list) -> Checked:
    """The per-file stage: load problem, header and schema, then the file rules; findings located.

    Its result depends on the file's path and bytes, civcat, the rule selection and options and the
    check date only: that is what the cache keys on.
    """
    if source.problem is not None:
        lp = source.problem
        findings = [Finding(source.path, lp.line, lp.column, lp.code, lp.severity, lp.message)] if lp.code in enabled else []
        return Checked(source, None, findings)
    document, schema_problems = parse_source(source, inside)
    problems = [(p, Severity.ERROR) for p in schema_problems if p.code in enabled]
    if document is not None:
        for rule in file_rules:
            if document.kind in rule.kinds:
                problems.extend((p, p.severity or rule.severity) for p in rule.check(document, ctx))
    return Checked(source, document, to_findings(source, problems) if problems else [])


def _check_batch(batch: list[tuple[str, bytes, bool]], enabled: set[str], ctx) -> list[tuple[Any, str | None, list]]:
    """The per-file stage in a worker process: (data, kind, findings as tuples) for each file."""
    file_rules = _file_rules(enabled)
    results = []
    for rel, raw, inside in batch:
        checked = check_file(load_bytes(rel, raw), inside, enabled, ctx, file_rules)
        kind = checked.document.kind if checked.document else None
        results.append((checked.source.data, kind, [f.as_tuple() for f in checked.findings]))
    return results


def _file_rules(enabled: set[str]) -> list:
    from .rules import all_rules

    return [r() for c, r in all_rules().items() if c in enabled and r.scope == "file"]


def _json_safe(data: Any) -> bool:
    """Whether JSON keeps this data as it is (mapping keys that are not text would come back as text)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if type(node) is dict:
            for key, value in node.items():
                if type(key) is not str:
                    return False
                if type(value) in (dict, list):
                    stack.append(value)
        elif type(node) is list:
            stack.extend(v for v in node if type(v) in (dict, list))
    return True


def _restore(rel: str, raw: bytes, data: Any, kind: str | None, inside: bool) -> tuple[SourceFile, Document | None]:
    """Source and document of a file whose per-file stage ran elsewhere (the cache, a worker)."""
    from .models import KIND_MODELS

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # CV001: the file has no text, and no document
        return SourceFile(path=rel, data=data), None
    source = SourceFile(path=rel, text=text, data=data, positions=Positions(text))
    if kind is None:
        return source, None
    return source, Document(source, kind, KIND_MODELS[kind].model_validate(data), in_layout=inside)


PARALLEL_FROM = 400  # files to check before worker processes pay for their start-up


def _run_per_file_stage(pending: list[tuple[str, bytes, bool]], enabled: set[str], ctx, jobs: int) -> list[Checked]:
    """The per-file stage for each pending file, in order; in worker processes when there are many."""
    if jobs > 1 and len(pending) >= PARALLEL_FROM:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fork is cheap and safe here (validation runs no Typst); other platforms start fresh processes.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        size = max(50, len(pending) // (jobs * 4))
        batches = [pending[i:i + size] for i in range(0, len(pending), size)]
        results = []
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as pool:
            for batch_result in pool.map(_check_batch, batches, [enabled] * len(batches), [ctx] * len(batches)):
                results.extend(batch_result)
        checked = []
        for (rel, raw, inside), (data, kind, found) in zip(pending, results, strict=True):
            source, document = _restore(rel, raw, data, kind, inside)
            checked.append(Checked(source, document, [Finding.from_tuple(f) for f in found]))
        return checked
    file_rules = _file_rules(enabled)
    return [check_file(load_bytes(rel, raw), inside, enabled, ctx, file_rules) for rel, raw, inside in pending]


@dataclass
class Validator:
    """Validation with one configuration, rule selection and check date.

    Its two stages are what `validate()` runs on files read from disk and what `civcat diff` runs on
    files read from git: `check_files`, the per-file stage (from the content-hash cache, or on all
    cores when many files are new), and `check_repository`, the repository-wide rules.
    """

    root: Path | None
    enabled: set[str]
    ctx: Any
    cache: Any = None
    jobs: int = 1

    @classmethod
    def create(cls, root: Path | None, *, config: Config | None = None, as_of: dt.date | None = None,
               select: list[str] | None = None, extend_select: list[str] | None = None,
               ignore: list[str] | None = None, use_cache: bool = True, jobs: int | None = None) -> Validator:
        """A validator with the repository's configuration (and the command line's selection)."""
        import json
        import os

        from .cache import Cache, package_stamp
        from .rules import Context, all_rules

        config = config if config is not None else load_config(root)
        rules = all_rules()
        enabled = enabled_codes(config, rules, select=select, extend_select=extend_select, ignore=ignore)
        ctx = Context(as_of=as_of or dt.date.today(), rule_options=rule_options(config, rules))
        cache = None
        if use_cache and root is not None:
            # Everything a file's findings depend on besides its path and bytes.
            fingerprint = json.dumps([package_stamp(), sorted(enabled), ctx.rule_options, ctx.as_of.isoformat()],
                                     sort_keys=True, default=str)
            cache = Cache.open(root, fingerprint)
        return cls(root, enabled, ctx, cache, jobs or os.cpu_count() or 1)

    def file_key(self, rel: str, raw: bytes | SourceFile) -> str | None:
        """The cache key of a file's per-file results (None: not cacheable, or no cache)."""
        if self.cache is None or not isinstance(raw, bytes):
            return None
        return self.cache.key(rel.encode("utf-8", "surrogateescape"), raw)  # a GBK name from a Windows zip too

    def run_key(self, files: list[tuple[str, bytes | SourceFile, bool]]) -> str | None:
        """The cache key of a whole run over these files (None when any of them is not cacheable)."""
        keys = [self.file_key(rel, raw) for rel, raw, _ in files]
        if self.cache is None or not all(keys):
            return None
        return self.cache.key(b"run", *(key.encode() for key in keys))

    def check_files(self, files: list[tuple[str, bytes | SourceFile, bool]]) -> list[Checked]:
        """The per-file stage for (path, bytes or refused source, inside the layout) triples, in order."""
        checked: list[Checked | None] = [None] * len(files)
        pending, pending_index, keys = [], [], {}
        for index, (rel, raw, inside) in enumerate(files):
            key = self.file_key(rel, raw)
            entry = self.cache.get(key) if key else None
            if entry is not None:
                source, document = _restore(rel, raw, entry["data"], entry["kind"], inside)
                checked[index] = Checked(source, document, [Finding.from_tuple(f) for f in entry["findings"]])
            elif isinstance(raw, SourceFile):
                checked[index] = check_file(raw, inside, self.enabled, self.ctx, [])
            else:
                pending.append((rel, raw, inside))
                pending_index.append(index)
                keys[index] = key
        for index, result in zip(pending_index, _run_per_file_stage(pending, self.enabled, self.ctx, self.jobs),
                                 strict=True):
            checked[index] = result
            data = result.source.data
            if keys[index] and _json_safe(data):
                kind = result.document.kind if result.document else None
                self.cache.put(keys[index], {"data": data, "kind": kind, "findings": [f.as_tuple() for f in result.findings]})
        return checked

    def check_repository(self, checked: list[Checked]) -> tuple[Repository, list[Finding]]:
        """The repository of the checked files and what the repository-wide rules find in it."""
        from .rules import all_rules

        repository = Repository(root=self.root, sources=[c.source for c in checked],
                                documents=[c.document for c in checked if c.document is not None])
        if self.root is None:
            return repository, []  # files checked alone: nothing across files to compare
        found: dict[str, list[tuple[Problem, Severity]]] = {}
        sources = {doc.path: doc.source for doc in repository.documents}
        for code, rule_class in all_rules().items():
            if code in self.enabled and rule_class.scope == "repository":
                for doc, p in rule_class().check(repository, self.ctx):
                    found.setdefault(doc.path, []).append((p, p.severity or rule_class.severity))
        return repository, [f for path, problems in found.items() for f in to_findings(sources[path], problems)]

    def save(self, run_key: str | None = None, findings: list[Finding] | None = None) -> None:
        if self.cache is not None:
            self.cache.save()
            if run_key and findings is not None:
                self.cache.put_run(run_key, {"findings": [f.as_tuple() for f in findings]})


def validate(paths: list[str] | None = None, *, cwd: Path | None = None, as_of: dt.date | None = None,
             select: list[str] | None = None, extend_select: list[str] | None = None,
             ignore: list[str] | None = None, config: Config | None = None, use_cache: bool = True,
             jobs: int | None = None) -> Result:
    """Validate a repository, or the given files and folders within it (the whole repository is context).

    Each file is parsed once; per-file results come from the content-hash cache when the file, civcat
    and the configuration are unchanged; many uncached files are checked on all cores.
    """
    root, targets = resolve_targets(list(paths or []), cwd or Path.cwd())
    validator = Validator.create(root, config=config, as_of=as_of, select=select, extend_select=extend_select,
                                 ignore=ignore, use_cache=use_cache, jobs=jobs)
    extra = []
    for target in targets:
        if target.is_file() and (root is None or not target.resolve().is_relative_to(root)
                                 or relative_path(target, root).split("/")[0] not in ("catalogues", "charters")):
            extra.append(target)
        elif target.is_dir() and root is None:
            extra.extend(sorted(p for p in target.rglob("*") if p.suffix in (".yaml", ".yml")))
    paths_to_read = data_files(root) if root else []
    known = set(paths_to_read)
    paths_to_read += [p for p in extra if p not in known]

    files = []
    for path in paths_to_read:
        rel = relative_path(path, root)
        files.append((rel, read_raw(path, rel, root), root is not None and _is_under(path, root)))
    run_key = validator.run_key(files)
    if run_key is not None:
        hit = validator.cache.get_run(run_key)
        if hit is not None:
            return _result(root, targets, [Finding.from_tuple(f) for f in hit["findings"]], [rel for rel, *_ in files])

    checked = validator.check_files(files)
    repository, findings = validator.check_repository(checked)
    findings += [f for c in checked for f in c.findings]
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    validator.save(run_key, findings)
    result = _result(root, targets, findings, [c.source.path for c in checked])
    result.repository = repository
    return result


def _is_under(path: Path, root: Path) -> bool:
    try:
        path.absolute().relative_to(root)
        return True
    except ValueError:
        return False


def _result(root: Path | None, targets: list[Path], findings: list[Finding], paths: list[str]) -> Result:
    """The result for the requested targets: findings and files under them (all, when none were named)."""
    wanted = [relative_path(t, root) for t in targets]

    def requested(path: str) -> bool:
        return not wanted or any(w == "." or path == w or path.startswith(w.rstrip("/") + "/") for w in wanted)

    return Result(root=root, findings=[f for f in findings if requested(f.path)],
                  files=sum(1 for p in paths if requested(p)))
