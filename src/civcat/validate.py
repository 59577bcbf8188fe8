"""The validation pipeline: discover → load → parse into models → rules per file, then across files → findings.

`validate()` is the library entry point the CLI and the tests call.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config, enabled_codes, load_config, rule_options
from .findings import Finding, Problem, Severity
from .loader import SourceFile
from .repository import Document, Repository, data_files, read_source, resolve_targets
from .schema import check_header, expected_kinds, validate_model

_IGNORE_LINE = re.compile(r"#\s*civcat:\s*ignore\[([A-Za-z0-9,\s]+)\]")
_IGNORE_FILE = re.compile(r"^\s*#\s*civcat:\s*ignore-file\[([A-Za-z0-9,\s]+)\]\s*$", re.MULTILINE)


@dataclass
class Result:
    root: Path | None
    findings: list[Finding]
    files: int
    repository: Repository | None = field(default=None, repr=False)

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
        rel = _relative(path, root)
        source = read_source(path, rel, root)
        repository.sources.append(source)
    return repository


def _relative(path: Path, root: Path | None) -> str:
    """The path as findings name it: from the repository root, else from the working folder."""
    for base in (root, Path.cwd()):
        if base is not None:
            try:
                return path.absolute().relative_to(base.absolute()).as_posix()
            except ValueError:
                pass
    return path.as_posix()


def parse_documents(repository: Repository) -> dict[str, list[Problem]]:
    """Header and schema of every loaded file: fills repository.documents, returns problems by path."""
    problems: dict[str, list[Problem]] = {}
    for source in repository.sources:
        if source.problem is not None:
            continue
        inside = repository.root is not None and not Path(source.path).is_absolute() and not source.path.startswith("..")
        kind, found = check_header(source.data, expected_kinds(source.path) if inside else None)
        model = None
        if kind is not None:
            model, found = validate_model(kind, source.data, source.positions)
        if found:
            problems.setdefault(source.path, []).extend(found)
        if model is not None:
            repository.documents.append(Document(source, kind, model, in_layout=inside))
    return problems


def run_rules(repository: Repository, enabled: set[str], ctx) -> dict[str, list[tuple[Problem, Severity]]]:
    """Run the enabled file and repository rules; problems (with their severities) by path."""
    from .rules import all_rules

    rules = all_rules()
    found: dict[str, list[tuple[Problem, Severity]]] = {}

    def add(doc: Document, p: Problem, rule) -> None:
        found.setdefault(doc.path, []).append((p, p.severity or rule.severity))

    file_rules = [r() for c, r in rules.items() if c in enabled and r.scope == "file"]
    for doc in repository.documents:
        for rule in file_rules:
            if doc.kind in rule.kinds:
                for p in rule.check(doc, ctx):
                    add(doc, p, rule)
    if repository.root is None:
        return found  # files checked alone: nothing across files to compare
    for code, rule_class in rules.items():
        if code in enabled and rule_class.scope == "repository":
            rule = rule_class()
            for doc, p in rule.check(repository, ctx):
                add(doc, p, rule)
    return found


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


def validate(paths: list[str] | None = None, *, cwd: Path | None = None, as_of: dt.date | None = None,
             select: list[str] | None = None, extend_select: list[str] | None = None,
             ignore: list[str] | None = None, config: Config | None = None) -> Result:
    """Validate a repository, or the given files and folders within it (the whole repository is context)."""
    from .rules import Context, all_rules

    root, targets = resolve_targets(list(paths or []), cwd or Path.cwd())
    config = config if config is not None else load_config(root)
    rules = all_rules()
    enabled = enabled_codes(config, rules, select=select, extend_select=extend_select, ignore=ignore)
    ctx = Context(as_of=as_of or dt.date.today(), rule_options=rule_options(config, rules))

    extra = []
    for target in targets:
        if target.is_file() and (root is None or not target.resolve().is_relative_to(root)
                                 or _relative(target, root).split("/")[0] not in ("catalogues", "charters")):
            extra.append(target)
        elif target.is_dir() and root is None:
            extra.extend(sorted(p for p in target.rglob("*") if p.suffix in (".yaml", ".yml")))
    repository = load_repository(root, extra)
    schema_problems = parse_documents(repository)
    rule_problems = run_rules(repository, enabled, ctx)

    findings: list[Finding] = []
    for source in repository.sources:
        if source.problem is not None:
            lp = source.problem
            if lp.code in enabled:
                findings.append(Finding(source.path, lp.line, lp.column, lp.code, lp.severity, lp.message))
            continue
        problems = [(p, Severity.ERROR) for p in schema_problems.get(source.path, []) if p.code in enabled]
        problems += rule_problems.get(source.path, [])
        if problems:
            findings.extend(to_findings(source, problems))

    wanted = [_relative(t, root) for t in targets]
    if wanted:
        findings = [f for f in findings if any(f.path == w or f.path.startswith(w.rstrip("/") + "/") or w == "."
                                               for w in wanted)]
        files = sum(1 for s in repository.sources
                    if any(s.path == w or s.path.startswith(w.rstrip("/") + "/") or w == "." for w in wanted))
    else:
        files = len(repository.sources)
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return Result(root=root, findings=findings, files=files, repository=repository)
