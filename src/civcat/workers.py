"""Worker processes that never outlive civcat and leave Ctrl-C to it.

Two guarantees for every pool civcat starts (fmt, validate; render keeps its own pool but the same
`die_with_parent`):
- A worker dies with its parent, however the parent ends: on Linux the kernel sends it SIGKILL when
  the parent dies (PR_SET_PDEATHSIG), so a `kill -9` of civcat leaves no orphan working or waiting on
  a queue for ever. Elsewhere an ordinary exit still stops the pool.
- Ctrl-C is the parent's: the workers ignore SIGINT (the terminal sends it to the whole process
  group, and a worker interrupted while waiting on its queue would print a traceback). SIGINT is
  blocked while a worker starts, so there is no moment in which it still has Python's default
  handler; the parent then kills the workers at once instead of waiting for their batches.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def die_with_parent(parent: int) -> None:
    """On Linux, have the kernel kill this process when the parent `parent` ends, however it ends."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


def _start_worker(parent: int, language: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent(parent)
    if language is not None:  # a spawned worker starts a new interpreter and would choose afresh
        from .i18n import set_language

        set_language(language)


@contextlib.contextmanager
def sigint_blocked() -> Iterator[None]:
    """SIGINT held back while workers are forked (they inherit the mask); delivered right after."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _pool(jobs: int, tasks: int | None = None) -> Any:
    """A process pool of `jobs` workers, no more than the `tasks` it will be given where they are known (-j far
    above the tasks would fork idle workers, or overflow a C int)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .i18n import current_language

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        jobs if tasks is None else min(jobs, max(tasks, 1)),
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(os.getpid(), current_language() if method == "spawn" else None),
    )


def map_in_workers(function: Callable[..., Any], *iterables: Iterable[Any], jobs: int) -> Iterator[Any]:
    """`function` over the iterables in `jobs` worker processes, results in order as they are done.

    fork where the platform has it (cheap: the workers share the parent's loaded modules), else
    spawn. Should the caller stop early or be interrupted, the workers are killed, not waited for.
    """
    tasks = list(zip(*iterables, strict=True))
    pool = _pool(jobs, len(tasks))
    try:
        # Submitted here, not with pool.map: its iterator cancels the pending futures when it is closed,
        # and the executor's manager thread, finding a killed worker, then sets BrokenProcessPool on a
        # cancelled future and dies with InvalidStateError. Nothing cancels these.
        with sigint_blocked():  # the workers start on the first task (all of them, under fork)
            futures = [pool.submit(function, *arguments) for arguments in tasks]
        for future in futures:
            yield future.result()
    except BaseException:
        _kill(pool)
        raise
    pool.shutdown()


class Started:
    """`function` over the iterables in worker processes that start at once (`start_in_workers`),
    while the caller does other work: `results()` then gives the results in order as `map_in_workers`
    does, and `stop()` kills workers whose results are not wanted any more (or not all taken)."""

    def __init__(self, function: Callable[..., Any], *iterables: Iterable[Any], jobs: int, pool: Any = None):
        tasks = list(zip(*iterables, strict=True))
        self._pool = pool if pool is not None else _pool(jobs, len(tasks))
        try:
            with sigint_blocked():  # the workers start with the first task, now (all of them, under fork)
                # submitted, not pool.map: see map_in_workers
                self._futures = [self._pool.submit(function, *arguments) for arguments in tasks]
        except BaseException:
            _kill(self._pool)
            raise
        self._done = False

    def results(self) -> Iterator[Any]:
        try:
            for future in self._futures:
                yield future.result()
        except BaseException:
            self.stop()
            raise
        self._done = True
        self._pool.shutdown()

    def stop(self) -> None:
        """Kill the workers, unless every result was taken (then they have ended already)."""
        if not self._done:
            self._done = True
            _kill(self._pool)


def start_in_workers(function: Callable[..., Any], *iterables: Iterable[Any], jobs: int, pool: Any = None) -> Started:
    """As `map_in_workers`, but the workers start now and the caller takes the results later
    (`pool`: workers forked earlier by `fork_workers`, then theirs to stop)."""
    return Started(function, *iterables, jobs=jobs, pool=pool)


def fork_workers(jobs: int) -> Any:
    """A pool whose workers are forked now, while this process is still small, for tasks it will
    give them later (`start_in_workers(..., pool=)`; `stop_workers` if it gives none).

    A worker forked from a large process shares its pages copy-on-write, and from then on both pay
    a page fault and a copy for each page either of them writes: forked before the county is read,
    the workers hold next to nothing of it, and this process reads it at full speed. (Under spawn
    the workers start with their first task, as in any pool.)
    """
    pool = _pool(jobs)
    try:
        with sigint_blocked():  # under fork, the first task starts all the workers
            pool.submit(int)
    except BaseException:
        _kill(pool)
        raise
    return pool


def stop_workers(pool: Any) -> None:
    """Stop the workers of a pool from `fork_workers` that was given no task (or whose tasks are
    not wanted any more)."""
    _kill(pool)


def _kill(pool: Any) -> None:
    """Stop the pool now: its processes are killed (they write nothing, so any moment is safe).

    The executor has no way to stop a running task. Its manager thread, finding a worker dead, fails
    every task left and closes the pool's pipes; it is waited for here, not left running: at exit
    `concurrent.futures` writes to that thread's wake-up pipe without a lock, and a pipe being closed
    at that moment gave "Exception ignored ... Bad file descriptor" after Ctrl-C (issue 17, item 12).
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.kill()
    pool.shutdown(wait=True)
