"""Running many compile jobs: in this process for a few documents, in `spawn` worker processes
for many.

Why `spawn`: Typst's compiler starts threads; a process forked after Typst ran in the parent
inherits its locks but not its threads and hangs. Spawned workers start clean, each builds one
compiler (compiler.init_worker) and reuses it for all its documents.

Why the pool can start early (Workers): starting Python, Typst and the fonts in a worker takes a
few tenths of a second, which the CLI overlaps with loading the repository. The parent prepares
documents (Jinja and the glyph preflight, a millisecond or two each) and hands each to the pool as
soon as it is ready, so workers compile while the rest is still being prepared.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .compiler import CompileJob, JobResult
from .fonts import FontChoice

#: Below this many documents a pool costs more (starting Python and Typst per worker) than it saves.
POOL_THRESHOLD = 12

OnDone = Callable[[JobResult], None]


@dataclass
class BatchOutcome:
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (code, message)


def worker_count(jobs: int | None, documents: int | None) -> int:
    """How many processes compile: --jobs, else one per CPU for many documents, else none extra
    (documents=None: not known yet, as when the pool starts before the repository is loaded)."""
    if jobs is not None:
        return max(1, jobs if documents is None else min(jobs, documents))
    if documents is not None and documents < POOL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, documents or os.cpu_count() or 1))


@contextlib.contextmanager
def _sigint_ignored():
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Workers:
    """Spawned compile workers, one Typst compiler each; started on creation, warmed up at once."""

    def __init__(self, count: int, fonts: FontChoice, typst_root: Path):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from .compiler import init_worker, warm_up

        self.count = count
        self.typst_root = typst_root
        self._pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=init_worker, initargs=(fonts, typst_root))
        # One warm-up task per worker: the pool spawns a process for each task submitted while none
        # is idle, and the task loads the fonts, so the first real document does not wait for them.
        # The workers are spawned with Ctrl-C ignored (a disposition a new process inherits): the
        # parent handles it, and a worker interrupted while starting would only print a traceback.
        with _sigint_ignored():
            for _ in range(count):
                self._pool.submit(warm_up)

    def run(self, items: Iterable[CompileJob | JobResult], record: OnDone) -> None:
        from .compiler import compile_in_worker

        def finished(future) -> None:
            if future.cancelled():
                return
            error = future.exception()
            if error is not None:
                record(JobResult("", error=f"排版进程出错：{type(error).__name__}: {error}"))
            else:
                record(future.result())

        try:
            for item in items:
                if isinstance(item, JobResult):
                    record(item)
                    continue
                self._pool.submit(compile_in_worker, item).add_done_callback(finished)
            self._pool.shutdown(wait=True)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop: documents being compiled finish their atomic write, the rest is cancelled
        (Ctrl-C leaves no half-written file under a final name)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def run(items: Iterable[CompileJob | JobResult], *, workers: int | Workers, fonts: FontChoice, typst_root: Path,
        on_done: OnDone | None = None) -> BatchOutcome:
    """Compile every job (JobResults, already decided by the caller, pass straight through), in
    this process (workers=1) or in worker processes (a count, or Workers already started)."""
    outcome = BatchOutcome()
    lock = threading.Lock()

    def record(result: JobResult) -> None:
        with lock:  # results of worker processes arrive on the pool's thread
            outcome.written.extend(result.written)
            if result.error:
                outcome.failures.append((result.code, result.error))
        if on_done is not None:
            on_done(result)

    if isinstance(workers, Workers):
        workers.run(items, record)
    elif workers > 1:
        pool = Workers(workers, fonts, typst_root)
        pool.run(items, record)
    else:
        _run_here(items, fonts, typst_root, record)
    return outcome


def _run_here(items: Iterable[CompileJob | JobResult], fonts: FontChoice, typst_root: Path, record: OnDone) -> None:
    from .compiler import compile_job, make_compiler

    compiler = None
    for item in items:
        if isinstance(item, JobResult):
            record(item)
            continue
        if compiler is None:
            compiler = make_compiler(fonts, typst_root)
        record(compile_job(compiler, item))
