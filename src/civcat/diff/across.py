"""`civcat diff --across`: the county's communities compared with the references and with each other.

Three views, for the bureau's comparative questions:

* reference items and the communities that exclude them (how many, what share of those the item is
  meant for, their reasons grouped);
* local items grouped by matter across communities — the same or a near-same title after
  Chinese-aware normalisation (`normalize_title`: full-width/half-width, punctuation, 村/社区 wording;
  near-same: one title contains the other, ≥ 6 characters, or character similarity ≥ 0.8) — with how
  many communities invented each and the tiers they gave it: candidates for the county list, and tier
  conflicts;
* each community: its exclusions and additions, and its charter's distance from its model charter
  (articles kept, changed, added, removed; score = (changed + added + removed) / model articles),
  sorted so that the outliers come first.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import functools
import hashlib
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .. import summaries
from ..errors import UsageError
from ..i18n import N_, _
from ..models.catalogues import TRIAGE_LEVEL_LABELS
from ..repository import Document, Repository
from .textdiff import align, normalize_text, similarity

#: The fields of communities and charters the comparison reads of `civcat validate`'s summaries
#: (see civcat.summaries, which keeps them whatever the rules declare). A charter's articles are not
#: summarised: they are read from the file, once, and the distance kept (`Distances`).
SUMMARY_READS: dict[str, dict[str, Any]] = {
    "community": {
        "code": None,
        "name": None,
        "type": None,
        "triage": {"excluded": {"id": None, "reason": None}, "local": {"id": None, "tier": None, "title": None}},
        "consultation": {
            "excluded": {"id": None, "reason": None},
            "local": {"id": None, "title": None, "category": None},
        },
    },
    "charter": {"community": None, "type": None, "model": None, "filed_with": None},
}

KINDS = ("triage", "consultation", "charters")
NEAR_SAME = 0.8  # character similarity of two normalised titles that name the same matter


# --- results ---------------------------------------------------------------------------------------


@dataclass
class Reason:
    text: str  # the most common wording
    count: int
    communities: list[str]


@dataclass
class ReferenceItem:
    id: str
    title: str
    level: str  # township | street (triage references) | consultation
    tier: str | None  # major | minor | private; a consultation item's category id
    scope: int  # communities in scope that take this reference
    excluded_by: list[str] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)

    @property
    def share(self) -> float:
        return len(self.excluded_by) / self.scope if self.scope else 0.0

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "tier": self.tier,
            "excluded_by": self.excluded_by,
            "count": len(self.excluded_by),
            "scope": self.scope,
            "share": round(self.share, 4),
            "reasons": [{"reason": r.text, "count": r.count, "communities": r.communities} for r in self.reasons],
        }


@dataclass
class LocalOccurrence:
    community: str
    id: str
    title: str
    tier: str | None  # the tier (triage) or the category (consultation)


@dataclass
class LocalGroup:
    """One matter that communities added themselves, under the same or near-same titles."""

    list: str  # triage | consultation
    title: str  # the most common wording
    # builtins.list: the field `list` shadows the builtin in the class body
    occurrences: builtins.list[LocalOccurrence]
    candidate: bool = False  # common enough to be a candidate for the county list
    # A reference item of the same title (the local item repeats it): "乡镇层面 XS-01" in the JSON, the
    # same in every language (a key to match, not a sentence); `reference_item` is (level, id) for
    # text and markdown, which name the level in the reader's language.
    reference: str | None = None
    reference_item: tuple[str, str] | None = None

    @functools.cached_property
    def communities(self) -> builtins.list[str]:
        # Asked for many times (sorting, candidates, output); the occurrences do not change once grouped.
        return sorted({o.community for o in self.occurrences})

    @functools.cached_property
    def tiers(self) -> Counter:
        return Counter(o.tier or "" for o in self.occurrences)

    @functools.cached_property
    def titles(self) -> builtins.list[str]:
        # Asked for once per reference title when the group is matched to the references: counted once.
        return [t for t, _count in Counter(o.title for o in self.occurrences).most_common()]

    @property
    def conflict(self) -> bool:
        return self.list == "triage" and len(self.tiers) > 1

    def as_json(self) -> dict:
        counts = dict(self.tiers.most_common())
        return {
            "title": self.title,
            "list": self.list,
            "count": len(self.communities),
            "tiers": counts if self.list == "triage" else None,
            "categories": counts if self.list == "consultation" else None,
            "communities": self.communities,
            "titles": self.titles,
            "ids": sorted({o.id for o in self.occurrences}),
            "conflict": self.conflict,
            "candidate": self.candidate,
            "reference": self.reference,
        }


@dataclass
class CharterDistance:
    """How far a charter is from its model charter, article by article."""

    model: str
    model_articles: int
    articles: int
    kept: int
    changed: int
    added: int
    removed: int

    @property
    def score(self) -> float:
        return (self.changed + self.added + self.removed) / self.model_articles if self.model_articles else 0.0

    def as_json(self) -> dict:
        return {
            "model": self.model,
            "model_articles": self.model_articles,
            "articles": self.articles,
            "kept": self.kept,
            "changed": self.changed,
            "added": self.added,
            "removed": self.removed,
            "score": round(self.score, 4),
        }


@dataclass
class CommunityRow:
    code: str
    name: str
    type: str
    township: str
    excluded: int
    local: int
    charter: CharterDistance | None
    outlier: float = 0.0  # how far it stands out (largest z-score of its figures)
    flags: list[str] = field(default_factory=list)  # FLAG_NAMES: what stands out

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "type": self.type,
            "township": self.township,
            "excluded": self.excluded,
            "local": self.local,
            "charter_distance": self.charter.as_json() if self.charter else None,
            "outlier": round(self.outlier, 2),
            "flags": self.flags,
        }


@dataclass
class Across:
    township: str | None  # the township code the comparison is limited to
    township_name: str | None
    kinds: tuple[str, ...]
    communities_in_scope: int
    candidate_threshold: int
    reference_items: list[ReferenceItem]
    local_items: list[LocalGroup]
    communities: list[CommunityRow]

    def as_json(self) -> dict:
        return {
            "version": 1,
            "township": self.township,
            "kinds": list(self.kinds),
            "communities_in_scope": self.communities_in_scope,
            "candidate_threshold": self.candidate_threshold,
            "reference_items": [r.as_json() for r in self.reference_items],
            "local_items": [g.as_json() for g in self.local_items],
            "communities": [c.as_json() for c in self.communities],
        }


# --- the comparison --------------------------------------------------------------------------------


def load_county(
    root: Path, *, use_cache: bool = True, jobs: int | None = None, charters: bool = False, kept: bool = False
) -> tuple[Repository, Distances]:
    """The repository as `civcat validate` reads it, each community and charter as its summary.

    The per-file stage is validate's own (`Validator.check_files` with summaries): entries come from
    the content-hash cache that `civcat validate` fills and shares (same keys), new files are read
    on all cores, and the entries made are kept for the next run. The summaries carry what the
    comparison reads (see `summaries.REPOSITORY_FIELDS`), so 12,000 communities fit in a few
    hundred MiB instead of their full models. With it come the charter distances of earlier runs.

    `charters`: the caller compares the charters of the whole county (`across` without a township
    or another kind). The distances no earlier run kept then start computing in workers as soon as
    the cache's entries are found, while this process expands them (`Distances.start_early`).

    `kept`: the county is kept until the process ends (a command): the objects its loading made
    are moved out of the garbage collector's sight (`_collector_paused`).
    """
    from ..config import load_config
    from ..validate import Validator, open_cache

    config = load_config(root)
    as_of = dt.date.today()
    cache = open_cache(root, config, as_of=as_of) if use_cache else None
    validator = Validator.create(
        root, config=config, as_of=as_of, use_cache=use_cache, jobs=jobs, summaries=True, cache=cache
    )
    distances = Distances(_distance_cache(root) if use_cache else None)
    if charters:
        distances.fork_workers(jobs)  # now, while this process is small (see workers.fork_workers)
    try:
        files = _read_county(root, distances.digests)
        with _collector_paused(freeze=kept):
            found = validator.look_up(files)
            if charters:
                distances.start_early(root, files, found, jobs)
            checked = validator.check_files(files, found)
    except BaseException:
        distances.stop()
        raise
    del files, found
    validator.save()
    repository = Repository(
        root=root,
        sources=[c.source for c in checked],
        documents=[c.document for c in checked if c.document is not None],
    )
    distances.articles = {c.source.path: c.articles for c in checked if c.articles is not None}
    return repository, distances


def _read_county(root: Path, digests: dict[str, str]) -> list[tuple[str, Any, bool]]:
    """(path, bytes or the source that refuses the file, True) of every data file, in order; the
    SHA-256 of each charter's bytes in `digests` (what the distances' keys name)."""
    from ..repository import data_files, read_raw, relative_path

    folders: dict[str, str] = {}
    files = []
    for path in data_files(root):
        rel = relative_path(path, root)
        raw = read_raw(path, rel, root, folders)
        files.append((rel, raw, True))
        if isinstance(raw, bytes) and rel.startswith("charters/"):
            digests[rel] = hashlib.sha256(raw).hexdigest()
    return files


@contextlib.contextmanager
def _collector_paused(freeze: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector paused while the county's entries are read and expanded.

    Reading 24,000 entries makes millions of objects that all stay alive: each of the collector's
    passes over them (seven while a county of 12,000 loads) finds nothing to free, and they took a
    quarter of the loading time. Reference counting still frees what is dropped; any cycle left
    behind is collected after, as usual. Unless `freeze` (the county is kept until the process
    ends): then they are moved out of the collector's sight for good (`gc.freeze`), else its first
    pass after the pause would look at all of them once more (half a second on 12,000 communities).
    """
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if paused:
            gc.enable()


def _distance_cache(root: Path) -> Any:
    """The cache the distances are kept in: validate's folder, with keys of their own. Validate's keys
    hold the check date and the interface language (its findings depend on them); a distance depends
    only on the charters' bytes, so it is kept from one day, and one language, to the next."""
    from ..cache import Cache

    return Cache.open(root, "across distances")


class Distances:
    """Charter distances computed by an earlier run, kept in the cache folder (`across.json`).

    A distance depends only on the charter's bytes, its model charter's bytes and the community's
    name: that is its key (an HMAC, as the cache's keys are), so an unchanged charter is not parsed
    nor aligned again. The file is authenticated as a whole (`Cache.put_file`: one HMAC over all the
    distances, not one per distance, which cost 12,000 HMACs a run on a large county): a file edited
    anywhere, or damaged, is ignored, and every distance is computed again. An entry of the wrong
    shape is a miss. Validate's summaries keep no article text (they would double the cache), hence
    this file.
    """

    NAME = "across.json"

    def __init__(
        self, cache: Any = None, digests: dict[str, str] | None = None, articles: dict[str, str] | None = None
    ):
        self.cache = cache
        self.digests = digests or {}  # path → SHA-256 of the bytes this run read
        self.articles = articles or {}  # a charter's path → digest of its article texts (validate's entry)
        self.running: Any = None  # workers computing distances (`prefetch`), their results not yet taken
        self.expected: set[str] = set()  # the keys of the distances they compute
        self.pool: Any = None  # workers forked early (`fork_workers`), not yet given their tasks
        self.keys: dict[tuple[str, str, str | None], str] = {}  # (charter, model, name) → the distance's key
        self.known: dict[str, list[Any]] = {}
        self.used: dict[str, list[Any]] = {}
        self.computed: dict[str, list[Any]] = {}  # by `prefetch`, this run: new, to be saved
        if cache is not None:
            stored = cache.get_file(self.NAME)
            self.known = stored if isinstance(stored, dict) else {}

    def _key(self, charter: Document, model: Document, name: str | None) -> str | None:
        return self._key_of(charter.path, model.path, name)

    def _key_of(self, charter: str, model: str, name: str | None) -> str | None:
        known = self.keys.get((charter, model, name))  # asked for by the early start, prefetch and the rows
        if known is not None:
            return known
        digest, template = self.digests.get(charter), self.digests.get(model)
        if self.cache is None or digest is None or template is None:
            return None
        key = self.keys[charter, model, name] = str(
            self.cache.key(b"across distance 1", digest.encode(), template.encode(), (name or "").encode())
        )
        return key

    def _kept(self, key: str) -> CharterDistance | None:
        if self.running is not None:
            self._take()
        value = self.known.get(key) or self.computed.get(key)
        if isinstance(value, list) and len(value) == 7:
            with contextlib.suppress(TypeError, ValueError):
                distance = CharterDistance(*value)
                self.used[key] = value
                return distance
        return None

    def get(self, charter: Document, model: Document, name: str | None) -> CharterDistance:
        key = self._key(charter, model, name)
        if key is None:
            return charter_distance(charter, model, name)
        kept = self._kept(key)
        if kept is not None:
            return kept
        distance = charter_distance(charter, model, name)
        summaries.release(charter.model)  # the full model read for the articles is not kept
        self.used[key] = _distance_value(distance)
        return distance

    def prefetch(
        self, root: Path | None, wanted: list[tuple[Document, Document, str | None]], jobs: int | None
    ) -> None:
        """Start computing on all cores the distances no earlier run kept, and return: the caller
        compares the catalogues meanwhile, and the rows take the results (`get`). The first
        comparison after a county's charters changed reads each of them once, in the workers.
        Distances that workers started early compute (`start_early`) are not asked for twice."""
        todo = []
        for charter, model, name in wanted:
            key = self._key(charter, model, name)
            if key is not None and key not in self.known and key not in self.expected:
                todo.append(self._task(key, charter, model, name))
        if len(todo) >= PARALLEL_DISTANCES and self.running is not None:
            self._take()  # rare: the early reading missed many; one pool at a time
        self._start(root, todo, jobs)

    def start_early(
        self, root: Path, files: list[tuple[str, Any, bool]], found: list[tuple[str | None, Any]], jobs: int | None
    ) -> None:
        """Start computing the distances no earlier run kept from the cache's entries of the files, as
        they are found, before they are expanded: the workers align the charters while this process
        expands the summaries (about half of the first comparison's time each, on a large county).

        The pairs are read from the entries as the Repository pairs the documents (the first
        community and charter of each code, the model charter named or the first of the type), but
        a distance is only ever taken under its key, which names the bytes and the name it was
        computed from: where this reading and the Repository's differ, the rows compute theirs.
        Not when many files are new (validate's workers read those first, `prefetch` follows)."""
        from ..validate import PARALLEL_FROM

        missing = sum(1 for _key, entry in found if entry is None)
        if missing >= PARALLEL_FROM:
            return
        try:
            todo = self._early_tasks([rel for rel, _raw, _inside in files], [text for _key, text in found])
        except Exception:  # noqa: BLE001 - an entry of another shape: the rows' prefetch will do
            return
        if not todo and missing < PARALLEL_DISTANCES and self.pool is not None:
            # Every distance kept (the usual run), and too few files new for the rows not to compute
            # the rest themselves: no work for the workers.
            from ..workers import stop_workers

            pool, self.pool = self.pool, None
            stop_workers(pool)
        self._start(root, todo, jobs)

    def _early_tasks(self, paths: list[str], texts: list[str | None]) -> list[_Task]:
        """The distances to compute, from the entries' texts (see `start_early`)."""
        from ..cache import entry_of

        names: dict[str, str | None] = {}  # community code → name
        charters: dict[str, tuple[str, list, Any]] = {}  # community code → path, summary, articles digest
        models: dict[str, tuple[str, Any]] = {}  # stem → path, type (as Repository.charter_models)
        for path, text in zip(paths, texts, strict=True):
            entry = entry_of(text)
            if entry is None:
                continue  # a damaged or missing entry: the file is read again later, as validate does
            kind = entry.get("kind")
            if kind == "community":
                values = entry["summary"]
                names.setdefault(
                    summaries.plain_field(kind, values, "code"), summaries.plain_field(kind, values, "name")
                )
            elif kind == "charter":
                values = entry["summary"]
                charters.setdefault(
                    summaries.plain_field(kind, values, "community"), (path, values, entry.get("articles"))
                )
            elif kind == "charter-model":
                models[_stem(path)] = (path, entry["data"].get("type"))
        todo = []
        for code, name in sorted(names.items()):
            if code not in charters:
                continue
            path, values, articles = charters[code]
            charter_type, named = (
                summaries.plain_field("charter", values, "type"),
                summaries.plain_field("charter", values, "model"),
            )
            model = models.get(named) if named else None
            model = model or next((m for m in models.values() if m[1] == charter_type), None)
            key = self._key_of(path, model[0], name) if model is not None else None
            if model is None or key is None or key in self.known:
                continue
            filed_with = summaries.plain_field("charter", values, "filed_with")
            todo.append(
                _Task(
                    key,
                    path,
                    self.digests[path],
                    articles if isinstance(articles, str) else None,
                    charter_type,
                    filed_with,
                    name,
                    model[0],
                    self.digests[model[0]],
                    _stem(model[0]),
                )
            )
        return todo

    def fork_workers(self, jobs: int | None) -> None:
        """Fork the workers that will compute the distances now, before the county is read (they
        then share none of it: `workers.fork_workers`); `_start` gives them their tasks."""
        from ..workers import fork_workers

        workers = _workers(jobs)
        if self.cache is not None and workers >= 2:
            self.pool = fork_workers(workers)

    def _start(self, root: Path | None, todo: list[_Task], jobs: int | None) -> None:
        """Workers computing these distances (not when they are few, or there are not two cores):
        those forked early, else forked now."""
        workers = _workers(jobs)
        if self.cache is None or root is None or workers < 2 or len(todo) < PARALLEL_DISTANCES:
            return  # a few: the rows compute them, no workers to start
        import gc

        from ..workers import start_in_workers

        size = max(20, len(todo) // (workers * 4))
        batches = [todo[i : i + size] for i in range(0, len(todo), size)]
        pool, self.pool = self.pool, None
        frozen = gc.get_freeze_count()  # the county frozen for good (`load_county(kept=True)`): left so
        gc.freeze()  # workers forked now leave the county's objects alone (no copy of their pages)
        try:
            self.running = start_in_workers(_distances_of, batches, [str(root)] * len(batches), jobs=workers, pool=pool)
        finally:
            if not frozen:
                gc.unfreeze()
        self.expected.update(task.key for task in todo)

    def _task(self, key: str, charter: Document, model: Document, name: str | None) -> _Task:
        return _Task(
            key,
            charter.path,
            self.digests[charter.path],
            self.articles.get(charter.path),
            charter.model.type,
            charter.model.filed_with,
            name,
            model.path,
            self.digests[model.path],
            model.stem,
        )

    def _take(self) -> None:
        """The distances the workers computed (waiting for them)."""
        running, self.running = self.running, None
        for results in running.results():
            for key, value in results:
                if value is not None:  # a file a worker could not read, or changed: its row computes it
                    self.computed[key] = value

    def stop(self) -> None:
        """Workers still running (the comparison stopped before the rows), or forked early and given
        no task: killed, their work dropped."""
        running, self.running = self.running, None
        if running is not None:
            running.stop()
        pool, self.pool = self.pool, None
        if pool is not None:
            from ..workers import stop_workers

            stop_workers(pool)

    def save(self, *, complete: bool) -> None:
        """Keep the distances this run used, when anything changed. A run over the whole county
        (`complete`) drops the others (stale: their charter or model changed); a run over one
        township or without charters keeps them too."""
        if self.cache is None or (
            not self.used.keys() - self.known.keys() and (not complete or self.used.keys() == self.known.keys())
        ):
            return
        if not complete:
            self.used = {**self.known, **self.used}
        self.cache.put_file(self.NAME, self.used)


def find_township(repository: Repository, wanted: str) -> tuple[str, str]:
    """(code, name) of a township given by its code or its name (civcat.naming)."""
    from ..naming import resolve_township

    try:
        code = resolve_township(repository, wanted)
    except UsageError as error:
        raise UsageError(f"--township {error}") from None
    return code, repository.townships[code].name


def across(
    repository: Repository,
    *,
    township: str | None = None,
    kind: str | None = None,
    min_count: int | None = None,
    distances: Distances | None = None,
    jobs: int | None = None,
) -> Across:
    """Compare the communities of the county (or of one township) with the references and each other.

    `kind` limits the comparison to triage, consultation or charters; `min_count` is how many
    communities must share a local matter for it to be a candidate for the county list (default:
    5 % of the communities compared, at least 3).
    """
    if kind is not None and kind not in KINDS:
        raise UsageError(_("--kind {kind}：只能是 {choices}").format(kind=kind, choices=_("、").join(KINDS)))
    kinds = (kind,) if kind else KINDS
    code, name = find_township(repository, township) if township else (None, None)
    communities = sorted(
        (d for c, d in repository.communities.items() if code is None or c.startswith(code)), key=lambda d: d.model.code
    )
    threshold = min_count if min_count is not None else max(3, math.ceil(0.05 * len(communities)))

    distances = distances or Distances()
    try:  # workers started early (`load_county`) or here are stopped whatever happens
        if "charters" in kinds:  # the workers compute the new distances while the catalogues are compared
            distances.prefetch(repository.root, _charters_to_compare(repository, communities), jobs)
        references: list[ReferenceItem] = []
        groups: list[LocalGroup] = []
        if "triage" in kinds:
            references += _triage_references(repository, communities)
            groups += _local_groups(repository, communities, "triage", threshold)
        if "consultation" in kinds:
            references += _consultation_references(repository, communities)
            groups += _local_groups(repository, communities, "consultation", threshold)
        rows = [_community_row(repository, doc, kinds, distances) for doc in communities]
    finally:
        distances.stop()
    distances.save(complete=code is None and "charters" in kinds)
    _rank(rows, kinds)
    return Across(code, name, kinds, len(communities), threshold, references, groups, rows)


@functools.lru_cache(maxsize=65536)
def _reason_key(reason: str) -> str:
    from ..rules.catalogues import normalize_title

    return re.sub(r"^(本|该|我)", "", normalize_title(reason))


def _exclusions(scope: list[Document], excluded_of) -> dict[str, list[tuple[str, Any]]]:
    """Item id → (community code, exclusion) in the scope's order: one pass over the communities,
    not one per reference item."""
    by_id: dict[str, list[tuple[str, Any]]] = {}
    for doc in scope:
        for exclusion in excluded_of(doc):
            by_id.setdefault(exclusion.id, []).append((doc.model.code, exclusion))
    return by_id


def _reference_item(
    item: Any, level: str, tier: str | None, scope: list[Document], exclusions: dict[str, list[tuple[str, Any]]]
) -> ReferenceItem:
    entry = ReferenceItem(item.id, item.title, level, tier, len(scope))
    reasons: dict[str, list[tuple[str, str]]] = {}
    for code, exclusion in exclusions.get(item.id, ()):
        entry.excluded_by.append(code)
        reasons.setdefault(_reason_key(exclusion.reason), []).append((exclusion.reason, code))
    for found in sorted(reasons.values(), key=len, reverse=True):
        wording = Counter(text for text, _code in found).most_common(1)[0][0]
        entry.reasons.append(Reason(wording, len(found), [c for _text, c in found]))
    return entry


def _triage_references(repository: Repository, communities: list[Document]) -> list[ReferenceItem]:
    items = []
    for level in ("township", "street"):
        reference = repository.triage_references.get(level)
        scope = [d for d in communities if repository.triage_level_of(d.model.code) == level]
        if reference is None or not scope:
            continue
        exclusions = _exclusions(scope, lambda d: d.model.triage.excluded)
        for item in reference.model.items:
            items.append(_reference_item(item, level, item.tier, scope, exclusions))
    return items


def _consultation_references(repository: Repository, communities: list[Document]) -> list[ReferenceItem]:
    reference = repository.consultation_reference
    if reference is None or not communities:
        return []
    exclusions = _exclusions(communities, lambda d: d.model.consultation.excluded if d.model.consultation else [])
    return [
        _reference_item(item, "consultation", category.id, communities, exclusions)
        for category in reference.model.categories
        for item in category.items
    ]


def _local_groups(repository: Repository, communities: list[Document], which: str, threshold: int) -> list[LocalGroup]:
    from ..rules.catalogues import normalize_title, reference_items, titles_match

    by_key: dict[str, list[LocalOccurrence]] = {}
    for doc in communities:
        if which == "triage":
            items = [(i, i.tier) for i in doc.model.triage.local]
        else:
            items = [(i, i.category) for i in doc.model.consultation.local] if doc.model.consultation else []
        for item, tier in items:
            key = normalize_title(item.title)
            by_key.setdefault(key, []).append(LocalOccurrence(doc.model.code, item.id, item.title, tier))

    # Near-same titles: join keys into one matter (single linkage over the distinct titles).
    keys = sorted(by_key, key=lambda k: (-len(by_key[k]), k))
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if find(a) != find(b) and near_same(a, b, titles_match):
                parent[find(b)] = find(a)
    merged: dict[str, list[LocalOccurrence]] = {}
    for k in keys:
        merged.setdefault(find(k), []).extend(by_key[k])

    # normalised title → (the JSON's "reference", (level, id)); the JSON's words stay Chinese (see LocalGroup)
    reference_titles: dict[str, tuple[str, tuple[str, str]]] = {}
    docs = (
        [*repository.triage_references.values()]
        if which == "triage"
        else ([repository.consultation_reference] if repository.consultation_reference else [])
    )
    for doc in docs:
        level = getattr(doc.model, "level", "") or "consultation"
        where = TRIAGE_LEVEL_LABELS.get(level, "")
        for _path, ref, _prefix in reference_items(doc):
            reference_titles.setdefault(normalize_title(ref.title), (f"{where} {ref.id}".strip(), (level, ref.id)))

    groups = []
    for occurrences in merged.values():
        title = Counter(o.title for o in occurrences).most_common(1)[0][0]
        group = LocalGroup(which, title, occurrences)
        group.candidate = len(group.communities) >= threshold
        group.reference, group.reference_item = next(
            (
                found
                for key, found in reference_titles.items()
                if any(titles_match(key, normalize_title(t)) for t in group.titles)
            ),
            (None, None),
        )
        groups.append(group)
    groups.sort(key=lambda g: (-len(g.communities), not g.conflict, g.title))
    return groups


def near_same(a: str, b: str, titles_match=None) -> bool:
    """Two normalised titles that name the same matter: one contains the other (≥ 6 characters), or
    they are alike character by character (≥ 0.8: 山坪塘日常维护 ~ 山坪塘日常管护)."""
    if titles_match is None:
        from ..rules.catalogues import titles_match
    if titles_match(a, b):
        return True
    if min(len(a), len(b)) < 4:
        return False
    return similarity(a, b) >= NEAR_SAME


# --- charters --------------------------------------------------------------------------------------

#: Phrases a model charter leaves for the community to fill in with its own filing authority.
FILING_PHRASES = ("乡（镇）人民政府（街道办事处）", "街道办事处（乡、镇人民政府）")
_FILING = "〔备案机关〕"


def model_of(repository: Repository, charter: Document) -> Document | None:
    """The model charter a charter adapts: the one it names, else the one of its type."""
    models = repository.charter_models
    if charter.model.model and charter.model.model in models:
        return models[charter.model.model]
    return next((m for m in models.values() if m.model.type == charter.model.type), None)


def _workers(jobs: int | None) -> int:
    import os

    return jobs or os.cpu_count() or 1


def _stem(path: str) -> str:
    """A file's name without its suffix (as `Document.stem`)."""
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _articles(doc: Document) -> list[str]:
    return summaries.article_texts(doc.model)


#: Distances to compute before worker processes pay for their start-up (each charter takes ~1 ms).
PARALLEL_DISTANCES = 400


def _distance_value(distance: CharterDistance) -> list[Any]:
    return [
        distance.model,
        distance.model_articles,
        distance.articles,
        distance.kept,
        distance.changed,
        distance.added,
        distance.removed,
    ]


class _Task(NamedTuple):
    """One distance for a worker to compute: the files as this run read them (their SHA-256), and
    what the charter's summary says."""

    key: str
    charter: str  # path
    charter_sha256: str
    articles: str | None  # digest of the charter's article texts (validate's entry), None: unknown
    type: str
    filed_with: str | None
    name: str | None  # the community's
    model: str  # path of the model charter
    model_sha256: str
    model_stem: str


def _read_as_run_read(root: Path, rel: str, sha256: str) -> bytes | None:
    """The file's bytes when they are still those this run read (the digest), else None: a file
    changed since is left to the row, which computes from what the run read, never the reverse."""
    try:
        raw = (root / rel).read_bytes()
    except OSError:
        return None
    return raw if hashlib.sha256(raw).hexdigest() == sha256 else None


def _document_of(rel: str, raw: bytes) -> Document | None:
    """A charter or model charter read whole from its bytes (in a worker), None when it does not read."""
    from ..loader import load_bytes
    from ..validate import parse_source

    source = load_bytes(rel, raw)
    if source.problem is not None:
        return None
    document, _problems = parse_source(source, inside=False)
    return document if document is not None and document.kind in ("charter", "charter-model") else None


#: A line of an article as `civcat fmt` writes it: `- text: ` and the text, plain, on one line (spaces
#: and a CR at its end are stripped after: a greedy match with no lazy part is 2.5 times as quick).
_ARTICLE_LINE = re.compile(r"^[ ]*- text:[ ]+([^\n]*)$", re.MULTILINE)
_NOT_PLAIN = tuple("'\"|>&*!%@`[]{}#,?:-~")


def quick_articles(raw: bytes) -> list[str] | None:
    """A charter's article texts read from its bytes without YAML: one `- text: 条文` line each, as
    `civcat fmt` writes them (None when a text starts like quoted or block text). Not a reading of
    YAML (a comment after the text, a text continued on the next line, a `- text:` line elsewhere
    would be misread): whoever uses it checks the texts against the digest validate kept of the
    parsed articles (`summaries.articles_digest`) and reads the file as YAML when they differ."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    texts = [t.rstrip(" \r") for t in _ARTICLE_LINE.findall(text)]
    if any(not t or t.startswith(_NOT_PLAIN) for t in texts):
        return None
    return texts


def _charter_articles(root: Path, task: _Task) -> list[str] | None:
    """The charter's article texts: read quickly, or as YAML when the quick reading is not the one
    validate's digest vouches for; None when the file changed since this run read it."""
    raw = _read_as_run_read(root, task.charter, task.charter_sha256)
    if raw is None:
        return None
    texts = quick_articles(raw)
    if texts is not None and task.articles is not None and summaries.articles_digest(texts) == task.articles:
        return texts
    charter = _document_of(task.charter, raw)
    return summaries.article_texts(charter.model) if charter is not None else None


def _distances_of(batch: list[_Task], root: str) -> list[tuple[str, list[Any] | None]]:
    """(key, distance value) for each task of a batch (a worker's); None where a file did not read."""
    folder = Path(root)
    models: dict[tuple[str, str], list[str] | None] = {}
    out: list[tuple[str, list[Any] | None]] = []
    for task in batch:
        if (task.model, task.model_sha256) not in models:
            raw = _read_as_run_read(folder, task.model, task.model_sha256)
            model = _document_of(task.model, raw) if raw is not None else None
            models[task.model, task.model_sha256] = (
                [_model_key(t) for t in summaries.article_texts(model.model)] if model is not None else None
            )
        model_keys = models[task.model, task.model_sha256]
        texts = _charter_articles(folder, task) if model_keys is not None else None
        value = None
        if texts is not None and model_keys is not None:
            distance = articles_distance(texts, model_keys, task.model_stem, task.type, task.filed_with, task.name)
            value = _distance_value(distance)
        out.append((task.key, value))
    return out


def charter_distance(charter: Document, model: Document, community_name: str | None = None) -> CharterDistance:
    """Articles kept, changed, added and removed against the model charter (see `articles_distance`)."""
    return articles_distance(
        _articles(charter), _model_keys(model), model.stem, charter.model.type, charter.model.filed_with, community_name
    )


def articles_distance(
    articles: list[str],
    model_keys: list[str],
    model_stem: str,
    charter_type: str,
    filed_with: str | None,
    community_name: str | None = None,
) -> CharterDistance:
    """Articles kept, changed, added and removed against the model charter (its articles' `_model_key`).

    Filling in the blanks the model leaves is not a change: the community's own name for 本村/本社区,
    its filing authority for “乡（镇）人民政府（街道办事处）”. Texts are compared without spaces and
    with full-width and half-width characters alike.
    """
    own = "本村" if charter_type == "village_rules" else "本社区"
    fills = [(community_name, own)] if community_name else []
    if filed_with:
        fills.append((filed_with, _FILING))

    def charter_key(text: str) -> str:
        for value, blank in fills:
            text = text.replace(value, blank)
        return _model_key(text)

    old = model_keys
    new = [charter_key(t) for t in articles]
    if new == old:  # the model adopted as it is: no alignment to compute
        counts = Counter({"equal": len(old)})
    else:
        counts = Counter(p.op for p in align(old, new, score=lambda i, j: _similarity(old[i], new[j])))
    return CharterDistance(
        model_stem,
        len(old),
        len(new),
        counts["equal"] + counts["moved"],
        counts["changed"],
        counts["added"],
        counts["removed"],
    )


@functools.lru_cache(maxsize=65536)
def _model_key(text: str) -> str:
    for phrase in FILING_PHRASES:
        text = text.replace(phrase, _FILING)
    return normalize_text(text)


_MODEL_KEYS: dict[int, tuple[Any, list[str]]] = {}


def _model_keys(model: Document) -> list[str]:
    """The model charter's article keys, computed once per model document (not once per charter)."""
    known = _MODEL_KEYS.get(id(model))
    if known is None or known[0] is not model:
        known = _MODEL_KEYS[id(model)] = (model, [_model_key(t) for t in _articles(model)])
    return known[1]


@functools.lru_cache(maxsize=262144)
def _similarity(a: str, b: str) -> float:
    """similarity(), remembered: across a county the same edit of a model article recurs many times."""
    return similarity(a, b)


def _charters_to_compare(
    repository: Repository, communities: list[Document]
) -> list[tuple[Document, Document, str | None]]:
    """(charter, its model charter, the community's name) of each community compared that has both."""
    pairs = ((_charter_and_model(repository, doc.model.code), doc.model.name) for doc in communities)
    return [(charter, template, name) for (charter, template), name in pairs if charter and template]


def _charter_and_model(repository: Repository, code: str) -> tuple[Document | None, Document | None]:
    """A community's charter and the model charter it adapts (None where either is missing)."""
    charter = repository.charters.get(code)
    return charter, model_of(repository, charter) if charter is not None else None


def _community_row(repository: Repository, doc: Document, kinds: tuple[str, ...], distances: Distances) -> CommunityRow:
    model = doc.model
    excluded = local = 0
    if "triage" in kinds:
        excluded += len(model.triage.excluded)
        local += len(model.triage.local)
    if "consultation" in kinds and model.consultation is not None:
        excluded += len(model.consultation.excluded)
        local += len(model.consultation.local)
    distance = None
    if "charters" in kinds:
        charter, template = _charter_and_model(repository, model.code)
        if charter is not None and template is not None:
            distance = distances.get(charter, template, model.name)
    township = repository.township_of(model.code)
    return CommunityRow(
        model.code, model.name, model.type, township.name if township else "", excluded, local, distance
    )


FLAG_NAMES = {
    "no_charter": N_("没有公约或示范文本"),
    "charter_rewritten": N_("公约改动特别多"),
    "many_excluded": N_("排除特别多"),
    "many_local": N_("新增特别多"),
}
OUTLIER_Z = 2.0  # a figure this many standard deviations above the mean stands out


def _rank(rows: list[CommunityRow], kinds: tuple[str, ...]) -> None:
    """Outliers first, and flagged.

    With charters compared, rows are sorted by the charter's distance from its model (the largest
    first; a community without a charter or model first of all), then by exclusions and additions;
    without, by exclusions and additions. A figure at least two standard deviations above the
    county's (or township's) mean is flagged; `outlier` is the largest such z-score of the row.
    """
    catalogue = "triage" in kinds or "consultation" in kinds
    charters = "charters" in kinds
    figures: list[tuple[str, Callable[[CommunityRow], float | None]]] = []
    if catalogue:
        figures += [("many_excluded", lambda r: float(r.excluded)), ("many_local", lambda r: float(r.local))]
    if charters:
        figures.append(("charter_rewritten", lambda r: r.charter.score if r.charter else None))
    for flag, figure in figures:
        values = [figure(r) for r in rows]
        present = [v for v in values if v is not None]
        mean = statistics.fmean(present) if present else 0.0
        spread = statistics.pstdev(present) if len(present) > 1 else 0.0
        for row, value in zip(rows, values, strict=True):
            if value is None or not spread:
                continue
            z = (value - mean) / spread
            row.outlier = max(row.outlier, z)
            if z >= OUTLIER_Z:
                row.flags.append(flag)
    if charters:
        for row in rows:
            if row.charter is None:
                row.flags.insert(0, "no_charter")

    def key(r: CommunityRow):
        charter = (-(r.charter.score if r.charter else 2.0),) if charters else ()
        return (*charter, -(r.excluded + r.local), -r.outlier, r.code)

    rows.sort(key=key)
