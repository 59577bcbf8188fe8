"""The validation pipeline: discover → load → parse into models → rules per file, then across files → findings.

`validate()` is the library entry point the CLI and the tests call.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import entry_of
from .config import Config, enabled_codes, load_config, rule_options
from .findings import Finding, Problem, Severity
from .loader import Positions, SourceFile, decode, load_bytes
from .repository import (
    Document,
    Repository,
    data_files,
    read_raw,
    read_source,
    relative_path,
    resolve_targets,
    yaml_files_under,
)

if TYPE_CHECKING:
    from .rules.legality import StoredMeasures

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
    from .schema import check_header, expected_kinds, validate_model

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
        width = _marked_width(lines, line, column, p.mark)
        findings.append(Finding(source.path, line, column, p.code, severity, p.message, width))
    return findings


def _marked_width(lines: list[str], line: int, column: int, mark: str | None) -> int:
    """How many characters from the column are the marked words, when the line holds them as written (not
    escaped, quoted across lines or folded); 0 otherwise, and the report marks from the column as before."""
    if not mark or not 0 < line <= len(lines):
        return 0
    return len(mark) if lines[line - 1].startswith(mark, column - 1) else 0


@dataclass
class Checked:
    """One file after the per-file stage: its source, its document (if it parsed) and its findings.

    A summary run (`Validator(summaries=True)`, what `civcat validate` runs) keeps no text, data or
    full model: the source holds the head of the data (`summaries.head`), the document a summary
    of its model (`civcat.summaries`), and `raw` the file's bytes, to locate what the repository
    rules find in it and to load the full model should a rule ask for more than the summary.
    """

    source: SourceFile
    document: Document | None
    findings: list[Finding]
    raw: bytes | None = field(default=None, repr=False)
    # A charter's article texts in one digest (`summaries.articles_digest`), from its entry: what
    # `civcat diff --across` checks its quick reading of the articles against (summary runs only).
    articles: str | None = None


def check_file(source: SourceFile, inside: bool, enabled: set[str], ctx, file_rules: list) -> Checked:
    """The per-file stage: load problem, header and schema, then the file rules; findings located.

    Its result depends on the file's path and bytes, civcat, the rule selection and options and the
    check date only: that is what the cache keys on.
    """
    if source.problem is not None:
        lp = source.problem
        findings = (
            [Finding(source.path, lp.line, lp.column, lp.code, lp.severity, lp.message)] if lp.code in enabled else []
        )
        return Checked(source, None, findings)
    document, schema_problems = parse_source(source, inside)
    problems = [(p, Severity.ERROR) for p in schema_problems if p.code in enabled]
    if document is not None:
        for rule in file_rules:
            if document.kind in rule.kinds:
                problems.extend((p, p.severity or rule.severity) for p in rule.check(document, ctx))
    return Checked(source, document, to_findings(source, problems) if problems else [])


# --- entries: what is kept of a file after its per-file stage, and what the cache stores ---------


def compact_entry(checked: Checked) -> dict[str, Any]:
    """A file's per-file result in plain values: its kind, the head of its data, the summary of its
    document (all its data for kinds that are not summarised: the county, the reference catalogues,
    the model charters) and its findings; for a charter, the digest of its article texts."""
    from . import summaries

    document = checked.document
    entry: dict[str, Any] = {
        "kind": document.kind if document is not None else None,
        "head": summaries.head(checked.source.data),
        "findings": [f.as_tuple() for f in checked.findings],
    }
    if document is not None:
        if summaries.summarised(document.kind):
            entry["summary"] = summaries.summarize(document.kind, document.model)
            if document.kind == "charter":
                entry["articles"] = summaries.articles_digest(document.model)
        else:
            entry["data"] = checked.source.data
    return entry


def _encoded(entry: dict[str, Any]) -> str | dict[str, Any]:
    """The entry as JSON text (what the cache stores) when JSON keeps it exactly, else the entry itself."""
    if not (_json_safe(entry["head"]) and _json_safe(entry.get("data"))):
        return entry  # mapping keys that are not text would come back as text: not cached
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def _full_model(rel: str, raw: bytes, kind: str) -> Any:
    """The full model of a summarised document, read again from its bytes (see civcat.summaries)."""
    from .models import KIND_MODELS

    return KIND_MODELS[kind].model_validate(load_bytes(rel, raw).data)


def _from_entry(rel: str, raw: bytes | SourceFile, inside: bool, entry: dict[str, Any]) -> Checked:
    """The summary run's Checked of a file from its entry (from a worker, this process or the cache)."""
    from functools import partial

    from . import summaries
    from .models import KIND_MODELS

    raw_bytes = raw if isinstance(raw, bytes) else None
    source = SourceFile(path=rel, data=entry["head"])
    kind, document = entry["kind"], None
    if kind is not None:
        if summaries.summarised(kind):
            model = summaries.expand(
                kind, entry["summary"], partial(_full_model, rel, raw_bytes, kind) if raw_bytes else None
            )
        else:
            model = KIND_MODELS[kind].model_validate(entry["data"])
        document = Document(source, kind, model, in_layout=inside)
    articles = entry.get("articles")
    return Checked(
        source,
        document,
        findings_from_rows(entry["findings"]),
        raw_bytes,
        articles if isinstance(articles, str) else None,
    )


def _located(checked: Checked) -> SourceFile:
    """The file's source with its text and positions, to locate findings (read again from its bytes
    in a summary run, which keeps no text)."""
    source = checked.source
    if source.text is not None or checked.raw is None:
        return source
    text, _ = decode(checked.raw)
    return SourceFile(
        path=source.path, text=text, data=source.data, positions=Positions(text) if text is not None else None
    )


def _check_batch(
    batch: list[tuple[str, bytes, bool]], enabled: set[str], ctx, with_data: bool
) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """The per-file stage in a worker process: (entry as JSON text or dict, data or None) for each file,
    and the clause analyses it made, for the parent to keep (`civcat.rules.legality.StoredMeasures`).

    Only the entry crosses back to the parent (the data too when it keeps full models: diff), so
    the parent never holds the text or the models of the files that the workers check.
    """
    from .rules.legality import stored_since

    file_rules = _file_rules(enabled)
    results = []
    for rel, raw, inside in batch:
        checked = check_file(load_bytes(rel, raw), inside, enabled, ctx, file_rules)
        results.append((_encoded(compact_entry(checked)), checked.source.data if with_data else None))
    return results, stored_since()


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
    """Source and document with the full model of a file whose per-file stage ran in a worker."""
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
BATCH_MOST = 200  # files per batch sent to a worker: results come back (and are reduced) as they are done


def _per_file_stage(
    pending: list[tuple[str, bytes, bool]], enabled: set[str], ctx, jobs: int, with_data: bool
) -> Iterator[tuple[str | dict, Checked | None, Any]]:
    """The per-file stage for each pending file, in order: (encoded entry, the full Checked when it
    ran in this process, the data when it ran in a worker and `with_data`).

    Many files are checked in worker processes; their results are taken as each batch is done.
    """
    if jobs > 1 and len(pending) >= PARALLEL_FROM:
        import gc

        from .rules.legality import keep_stored
        from .workers import map_in_workers

        size = max(25, min(BATCH_MOST, len(pending) // (jobs * 8)))
        batches = [pending[i : i + size] for i in range(0, len(pending), size)]
        # Frozen objects are left alone by the collector: a forked worker does not copy the pages of
        # everything it inherited just to walk them. (Validation runs no Typst, so fork is safe.)
        gc.freeze()
        try:
            for batch_result in map_in_workers(
                _check_batch,
                batches,
                [enabled] * len(batches),
                [ctx] * len(batches),
                [with_data] * len(batches),
                jobs=jobs,
            ):
                rows, analysed = batch_result
                keep_stored(analysed)
                for encoded, data in rows:
                    yield encoded, None, data
        finally:
            gc.unfreeze()
        return
    file_rules = _file_rules(enabled)
    for rel, raw, inside in pending:
        checked = check_file(load_bytes(rel, raw), inside, enabled, ctx, file_rules)
        yield _encoded(compact_entry(checked)), checked, None


def cache_fingerprint(
    config: Config,
    *,
    as_of: dt.date,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> str:
    """The configuration part of every cache key: everything a file's findings depend on besides
    its path, its bytes and civcat itself (whose stamp the cache adds): the configuration, the
    command line's selection, the check date; messages are cached as written, so the interface
    language is part of it. These are the inputs the rule selection is made from, not the selection:
    a run found in the cache then needs no rule loaded (civcat's stamp covers the rules themselves).
    """
    from .i18n import current_language

    return json.dumps(
        [
            config.select,
            config.extend_select,
            config.ignore,
            config.rules,
            select,
            extend_select,
            ignore,
            as_of.isoformat(),
            current_language(),
        ],
        sort_keys=True,
        default=str,
    )


def open_cache(
    root: Path | None,
    config: Config,
    *,
    as_of: dt.date,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> Any:
    """The content-hash cache for this repository and configuration (None: no repository, or nowhere to keep it)."""
    from .cache import Cache

    if root is None:
        return None
    return Cache.open(
        root, cache_fingerprint(config, as_of=as_of, select=select, extend_select=extend_select, ignore=ignore)
    )


def _file_key(cache: Any, rel: str, raw: bytes | SourceFile) -> str | None:
    if cache is None or not isinstance(raw, bytes):
        return None
    return cache.key(rel.encode("utf-8", "surrogateescape"), raw)  # a GBK name from a Windows zip too


def _run_key(cache: Any, files: list[tuple[str, bytes | SourceFile, bool]]) -> str | None:
    keys = [_file_key(cache, rel, raw) for rel, raw, _ in files]
    if cache is None or not all(keys):
        return None
    return cache.key(b"run", *(key.encode() for key in keys if key is not None))


@dataclass
class Validator:
    """Validation with one configuration, rule selection and check date.

    Its two stages are what `validate()` runs on files read from disk and what `civcat diff` runs on
    files read from git: `check_files`, the per-file stage (from the content-hash cache, or on all
    cores when many files are new), and `check_repository`, the repository-wide rules.

    With `summaries`, what the per-file stage keeps of each file is its summary (see `Checked`):
    the repository rules see summaries of communities and charters, not their full models.
    Without (diff, which compares documents), it keeps each file's text, data and full model.
    """

    root: Path | None
    enabled: set[str]
    ctx: Any
    cache: Any = None
    jobs: int = 1
    summaries: bool = False
    # the clause analyses kept by article text (opened on the first file checked; `dataclasses.replace` shares it)
    stored: StoredMeasures | None = field(default=None, repr=False)

    @classmethod
    def create(
        cls,
        root: Path | None,
        *,
        config: Config | None = None,
        as_of: dt.date | None = None,
        select: list[str] | None = None,
        extend_select: list[str] | None = None,
        ignore: list[str] | None = None,
        use_cache: bool = True,
        jobs: int | None = None,
        summaries: bool = False,
        cache: Any = None,
    ) -> Validator:
        """A validator with the repository's configuration (and the command line's selection).

        `cache`: the one `open_cache` gave for the same arguments (else it is opened here, if `use_cache`).
        """
        from .rules import Context, all_rules

        config = config if config is not None else load_config(root)
        as_of = as_of or dt.date.today()
        rules = all_rules()
        enabled = enabled_codes(config, rules, select=select, extend_select=extend_select, ignore=ignore)
        ctx = Context(as_of=as_of, rule_options=rule_options(config, rules))
        if cache is None and use_cache:
            cache = open_cache(root, config, as_of=as_of, select=select, extend_select=extend_select, ignore=ignore)
        return cls(root, enabled, ctx, cache, jobs or os.cpu_count() or 1, summaries)

    def file_key(self, rel: str, raw: bytes | SourceFile) -> str | None:
        """The cache key of a file's per-file results (None: not cacheable, or no cache)."""
        return _file_key(self.cache, rel, raw)

    def run_key(self, files: list[tuple[str, bytes | SourceFile, bool]]) -> str | None:
        """The cache key of a whole run over these files (None when any of them is not cacheable)."""
        return _run_key(self.cache, files)

    def _cached(self, rel: str, raw: bytes, inside: bool, entry: dict[str, Any]) -> Checked | None:
        """A file's Checked from its cache entry; None when the entry is not one (a damaged cache)."""
        try:
            if self.summaries:
                return _from_entry(rel, raw, inside, entry)
            findings = findings_from_rows(entry["findings"])
        except Exception:  # noqa: BLE001 - whatever is wrong with an entry, it is a miss
            return None
        checked = parse_only(rel, raw, inside)  # the cache keeps no text or data: read them again
        checked.findings = findings
        return checked

    def look_up(self, files: list[tuple[str, bytes | SourceFile, bool]]) -> list[tuple[str | None, str | None]]:
        """(cache key, the entry found as its JSON text, or None) of each file, in order: what
        `check_files` starts from. A caller that reads the entries before they are checked (diff
        --across, with `cache.entry_of`) passes them on to it. As text, since all of them are held
        at once: the parsed entries of a large county took 40 MiB more."""
        return [self._found(rel, raw) for rel, raw, _inside in files]

    def _found(self, rel: str, raw: bytes | SourceFile) -> tuple[str | None, str | None]:
        key = self.file_key(rel, raw)
        return key, self.cache.get_text(key) if key else None

    def check_files(
        self,
        files: list[tuple[str, bytes | SourceFile, bool]],
        found: list[tuple[str | None, str | None]] | None = None,
    ) -> list[Checked]:
        """The per-file stage for (path, bytes or refused source, inside the layout) triples, in order
        (`found`: what `look_up` gave for them, when the caller has it; emptied as it is used, so that
        each entry goes as its summary comes)."""
        checked: list[Checked | None] = [None] * len(files)
        pending, pending_index, keys = [], [], {}
        for index, (rel, raw, inside) in enumerate(files):
            if found is not None:
                (key, text), found[index] = found[index], (None, None)
            else:
                key, text = self._found(rel, raw)
            entry = entry_of(text)
            if (
                entry is not None
                and isinstance(raw, bytes)
                and (hit := self._cached(rel, raw, inside, entry)) is not None
            ):
                checked[index] = hit
            elif isinstance(raw, SourceFile):
                result = check_file(raw, inside, self.enabled, self.ctx, [])
                checked[index] = _from_entry(rel, raw, inside, compact_entry(result)) if self.summaries else result
            else:
                pending.append((rel, raw, inside))
                pending_index.append(index)
                keys[index] = key
        if pending:
            from .rules.legality import stored_measures  # the rules are loaded only when a file is checked

            with stored_measures(self._stored_measures()):
                self._check_pending(files, pending, pending_index, keys, checked)
        return [c for c in checked if c is not None]  # every place is filled by now

    def _stored_measures(self) -> StoredMeasures | None:
        """The analyses of earlier runs by article text (opened on the first file to check, kept for `save`)."""
        if self.cache is None or self.root is None:
            return None
        if self.stored is None:
            from .rules.legality import StoredMeasures

            self.stored = StoredMeasures(self.root)
        return self.stored

    def _check_pending(self, files, pending, pending_index, keys, checked: list[Checked | None]) -> None:
        """Run the per-file stage on the files the cache did not hold, and fill their places in `checked`."""
        results = _per_file_stage(pending, self.enabled, self.ctx, self.jobs, with_data=not self.summaries)
        for index, (encoded, full, data) in zip(pending_index, results, strict=True):
            rel, raw, inside = files[index]
            assert isinstance(raw, bytes)  # only files read as bytes go to the per-file stage
            if keys[index] and isinstance(encoded, str):
                self.cache.put(keys[index], encoded)
            entry = json.loads(encoded) if isinstance(encoded, str) else encoded
            if self.summaries:
                checked[index] = _from_entry(rel, raw, inside, entry)
            elif full is not None:
                checked[index] = full
            else:
                source, document = _restore(rel, raw, data, entry["kind"], inside)
                checked[index] = Checked(source, document, [Finding.from_tuple(f) for f in entry["findings"]])

    def check_repository(self, checked: list[Checked]) -> tuple[Repository, list[Finding]]:
        """The repository of the checked files and what the repository-wide rules find in it."""
        from .rules import all_rules

        repository = Repository(
            root=self.root,
            sources=[c.source for c in checked],
            documents=[c.document for c in checked if c.document is not None],
        )
        if self.root is None:
            return repository, []  # files checked alone: nothing across files to compare
        found: dict[str, list[tuple[Problem, Severity]]] = {}
        for code, rule_class in all_rules().items():
            if code in self.enabled and rule_class.scope == "repository":
                for doc, p in rule_class().check(repository, self.ctx):
                    found.setdefault(doc.path, []).append((p, p.severity or rule_class.severity))
        if not found:
            return repository, []
        by_path = {c.document.path: c for c in checked if c.document is not None}
        return repository, [
            f for path, problems in found.items() for f in to_findings(_located(by_path[path]), problems)
        ]

    def save(self, run_key: str | None = None, findings: list[Finding] | None = None) -> None:
        if self.stored is not None:
            self.stored.save()
        if self.cache is not None:
            self.cache.save()
            if run_key and findings is not None:
                self.cache.put_run(run_key, {"findings": [f.as_tuple() for f in findings]})


def parse_only(rel: str, raw: bytes, inside: bool = True) -> Checked:
    """Load and parse one file into its document, without its file rules (and without findings)."""
    source = load_bytes(rel, raw)
    document = None
    if source.problem is None:
        document, _ = parse_source(source, inside)
    return Checked(source, document, [])


def validate(
    paths: list[str] | None = None,
    *,
    cwd: Path | None = None,
    as_of: dt.date | None = None,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    config: Config | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
) -> Result:
    """Validate a repository, or the given files and folders within it (the whole repository is context).

    Each file is parsed once; per-file results come from the content-hash cache when the file, civcat
    and the configuration are unchanged; many uncached files are checked on all cores.
    """
    root, targets = resolve_targets(list(paths or []), cwd or Path.cwd())
    config = config if config is not None else load_config(root)
    as_of = as_of or dt.date.today()
    selection = {"select": select, "extend_select": extend_select, "ignore": ignore}
    cache = open_cache(root, config, as_of=as_of, **selection) if use_cache else None
    extra = []
    for target in targets:
        if target.is_file() and (
            root is None
            or not target.resolve().is_relative_to(root)
            or relative_path(target, root).split("/")[0] not in ("catalogues", "charters")
        ):
            extra.append(target)
        elif target.is_dir() and root is None:
            extra.extend(yaml_files_under(target))
    paths_to_read = data_files(root) if root else []
    known = set(paths_to_read)
    paths_to_read += [p for p in extra if p not in known]

    files = []
    folders: dict[str, str] = {}  # real paths of folders, for this reading only (see read_raw)
    for path in paths_to_read:
        rel = relative_path(path, root)
        files.append((rel, read_raw(path, rel, root, folders), root is not None and _is_under(path, root)))
    run_key = _run_key(cache, files)
    if run_key is not None and cache is not None:  # nothing changed: the run's findings, before any rule is loaded
        hit = _run_findings(cache.get_run(run_key))
        if hit is not None:
            return _result(root, targets, hit, [rel for rel, *_ in files])

    validator = Validator.create(
        root, config=config, as_of=as_of, **selection, use_cache=use_cache, jobs=jobs, summaries=True, cache=cache
    )
    checked = validator.check_files(files)
    repository, findings = validator.check_repository(checked)
    findings += [f for c in checked for f in c.findings]
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    validator.save(run_key, findings)
    result = _result(root, targets, findings, [c.source.path for c in checked])
    result.repository = repository
    return result


_FINDING_TYPES = (str, int, int, str, str, str, int)  # Finding.as_tuple


def findings_from_rows(rows: Any) -> list[Finding]:
    """Findings from the rows of a cache entry; ValueError when the rows are not what `as_tuple` writes."""
    if not isinstance(rows, list):
        raise ValueError("findings: not a list")
    findings = []
    for row in rows:
        if not (
            isinstance(row, list | tuple)
            and len(row) == len(_FINDING_TYPES)
            and all(type(value) is kind for value, kind in zip(row, _FINDING_TYPES, strict=True))
        ):
            raise ValueError(f"findings: not a finding: {row!r}"[:200])
        findings.append(Finding.from_tuple(row))  # an unknown severity is a ValueError too
    return findings


def _run_findings(hit: Any) -> list[Finding] | None:
    """A whole run's findings from the cache, or None when the value is not of that shape (a miss)."""
    try:
        return findings_from_rows(hit["findings"]) if isinstance(hit, dict) else None
    except (KeyError, ValueError):
        return None


def _is_under(path: Path, root: Path) -> bool:
    text, base = os.fspath(path), os.fspath(root).rstrip("/") + "/"
    if os.sep == "/" and text.startswith(base) and base.startswith("/"):
        return True  # an absolute path under the root, as data_files lists them
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

    return Result(
        root=root, findings=[f for f in findings if requested(f.path)], files=sum(1 for p in paths if requested(p))
    )
