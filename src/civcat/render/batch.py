"""Running many compile jobs: in this process for a few documents, in `spawn` worker processes
for many.

Why `spawn`: Typst's compiler starts threads; a process forked after Typst ran in the parent
inherits its locks but not its threads and hangs. Spawned workers start clean, each builds one
compiler (init_worker) and reuses it for all its documents.

The parent prepares documents (Jinja rendering and the glyph preflight, a millisecond or two each)
and hands each one to the pool as soon as it is ready, so workers start compiling while the rest
is still being prepared.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .compiler import CompileJob, JobResult
from .fonts import FontChoice

#: Below this many documents a pool costs more (starting Python and Typst per worker) than it saves.
POOL_THRESHOLD = 12


@dataclass
class BatchOutcome:
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (code, message)


def worker_count(jobs: int | None, documents: int) -> int:
    if jobs is not None:
        return max(1, min(jobs, documents))
    if documents < POOL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, documents))


def run(items: Iterable[CompileJob | JobResult], *, workers: int, fonts: FontChoice, typst_root: Path,
        on_done: Callable[[JobResult], None] | None = None) -> BatchOutcome:
    """Compile every job (JobResults, already decided by the caller, pass straight through)."""
    outcome = BatchOutcome()
    lock = threading.Lock()

    def record(result: JobResult) -> None:
        with lock:
            outcome.written.extend(result.written)
            if result.error:
                outcome.failures.append((result.code, result.error))
        if on_done is not None:
            on_done(result)

    if workers <= 1:
        from .compiler import compile_job, make_compiler

        compiler = None
        for item in items:
            if isinstance(item, JobResult):
                record(item)
                continue
            if compiler is None:
                compiler = make_compiler(fonts, typst_root)
            record(compile_job(compiler, item))
        return outcome

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .compiler import compile_in_worker, init_worker

    def finished(future) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            record(JobResult("", error=f"排版进程出错：{type(error).__name__}: {error}"))
        else:
            record(future.result())

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(fonts, typst_root))
    try:
        futures = []
        for item in items:
            if isinstance(item, JobResult):
                record(item)
                continue
            future = pool.submit(compile_in_worker, item)
            future.add_done_callback(finished)
            futures.append(future)
        pool.shutdown(wait=True)
    except BaseException:
        # Interrupted (Ctrl-C): documents being compiled finish their atomic write, the rest is
        # cancelled; no half-written file is left under a final name.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return outcome
