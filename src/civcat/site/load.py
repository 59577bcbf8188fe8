"""The repository's models for the report, loaded lean, on all cores when there are many files.

Each file is read, parsed and made a model; charters become `LightCharter`s (light.py); its text,
data and positions are then let go, except for the files with findings, whose lines the pages
point at. Many files are loaded in fresh (spawned) worker processes, a batch of files each, whose
models come back pickled: spawned, not forked, so that a worker does not start as a copy of this
process and of everything validation left in it.
"""

from __future__ import annotations

import os
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..repository import Document, Repository

if TYPE_CHECKING:
    from ..loader import LoadProblem

#: Files to load before worker processes pay for their start-up (some 0.4 s each).
PARALLEL_FROM = 2000
BATCH = 400


def load_models(root: Path, keep_text: AbstractSet[str] = frozenset(), jobs: int | None = None) -> Repository:
    """The repository's documents with their models (charters light); see the module's docstring."""
    from ..loader import Positions, SourceFile
    from ..repository import data_files, read_source, relative_path

    files = [(relative_path(path, root), path) for path in data_files(root)]
    repository = Repository(root=root)
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) >= PARALLEL_FROM:
        results = _in_workers(files, root, jobs)
    else:
        results = (entry for batch in [files] for entry in _load_batch(batch, root))
    for rel, kind, model, problem in results:
        source = SourceFile(path=rel, problem=problem)
        if rel in keep_text:
            source = read_source(root / rel, rel, root)
            source.data = None
            source.positions = Positions(source.text) if source.text is not None else None
        repository.sources.append(source)
        if kind is not None:
            repository.documents.append(Document(source, kind, model, in_layout=not rel.startswith(("/", ".."))))
    return repository


def _load_batch(batch: list[tuple[str, Path]], root: Path) -> list[tuple]:
    """(path, kind, model, load problem) of each file: kind None when it has no document."""
    from ..repository import read_source
    from ..validate import parse_source
    from .light import light_charter

    loaded: list[tuple[str, str | None, Any, LoadProblem | None]] = []
    for rel, path in batch:
        source = read_source(path, rel, root)
        if source.problem is not None:
            loaded.append((rel, None, None, source.problem))
            continue
        document, _problems = parse_source(source, not rel.startswith(("/", "..")))
        if document is None:
            loaded.append((rel, None, None, None))
        else:
            model = light_charter(document.model) if document.kind == "charter" else document.model
            loaded.append((rel, document.kind, model, None))
    return loaded


def _in_workers(files: list[tuple[str, Path]], root: Path, jobs: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    batches = [files[i : i + BATCH] for i in range(0, len(files), BATCH)]
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for loaded in pool.map(_load_batch, batches, [root] * len(batches)):
            yield from loaded
