"""Running many documents: in `spawn` worker processes, each document within its time limit; in
this process only for a few documents of a bundled template.

The limits (issue 7): a template from a pull request must not hang or exhaust `civcat render`.
- Time: each document (Jinja and Typst both) runs in a worker process; one still running when its
  time is up (RenderOptions.timeout, `--timeout`) is killed, reported as failed, and replaced by a
  new worker; the other documents go on. A Jinja loop in the sandbox and a Typst loop in Rust can
  only be stopped this way: neither returns to code that could check a clock.
- Memory: each worker's data segment is capped (RLIMIT_DATA, Linux): a template building a huge
  string gets a MemoryError (reported), Typst an allocation failure (the worker dies; reported).
- Output size: compiler.render_template stops a template's output at RenderOptions.max_output.
- Runs: after MAX_OVER_LIMIT documents have failed by a limit, the rest are reported without being
  tried (Breaker): a template that loops on every document would otherwise cost a 296-document run
  hours (296 × 60 s on 2 cores) instead of a few minutes.
The workers never write files: they send the bytes back and this process writes them (api), so a
worker killed at any moment leaves nothing half-written.

Why `spawn`: Typst's compiler starts threads; a process forked after Typst ran in the parent
inherits its locks but not its threads and hangs. Spawned workers start clean, each builds one
compiler (compiler.DocumentRenderer) and reuses it for all its documents.

Why the pool is this module's own and not a ProcessPoolExecutor: an executor cannot stop one
task, and killing one of its processes breaks the whole pool. Here each worker has a pipe; it is
sent one document at a time, and the loop below waits on the pipes and the processes with the
nearest deadline as its timeout.

Why the pool can start early (Workers): starting Python, Typst and the fonts in a worker takes a
few tenths of a second, which the CLI overlaps with loading the repository. The parent prepares
documents (a context each, well under a millisecond) a few ahead, and hands each to the first idle
worker; it writes a finished document's files after handing that worker its next one.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..i18n import _, current_language, ngettext, set_language
from ..workers import die_with_parent as _die_with_parent  # the one helper for every pool
from ..workers import sigint_blocked  # a Ctrl-C while a worker starts waits, is not lost
from .compiler import DocumentJob, JobResult, Setup, WorkResult, size_label

#: Below this many documents a pool costs more (starting Python and Typst per worker) than it saves.
POOL_THRESHOLD = 12

#: How long a worker may take to start (Python, Typst, the fonts) on a busy machine.
STARTUP_LIMIT = 120.0

#: After this many documents failed by a limit (time, memory, output size), the rest are not tried.
MAX_OVER_LIMIT = 3

OnDone = Callable[[JobResult], None]
#: Turns what rendering gave into a document done: writes its files (api._Plan.finish).
Finish = Callable[[DocumentJob, WorkResult], JobResult]


@dataclass
class BatchOutcome:
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (code, message)


def worker_count(jobs: int | None, documents: int | None) -> int:
    """How many processes render: --jobs, else one per CPU for many documents, else one
    (documents=None: not known yet, as when the pool starts before the repository is loaded)."""
    if jobs is not None:
        return max(1, jobs if documents is None else min(jobs, documents))
    if documents is not None and documents < POOL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, documents or os.cpu_count() or 1))


def in_process(count: int, setup: Setup) -> bool:
    """Whether a run of `count` processes renders in this process instead, without a time limit.

    Only for one process and a bundled template. Those are trusted code: no loop in them runs
    longer than the data it walks, the data is escaped (it can never run code) and the loader
    bounds it (4 MB a file, 50,000 values): a charter at that bound renders in about 4 s and
    0.7 GB with the poster. Starting a worker would add a few tenths of a second to every
    one-document render. A repository template may loop forever: it always runs in a worker.
    """
    return count <= 1 and setup.spec.builtin


class Breaker:
    """Counts the documents failed by a limit; past MAX_OVER_LIMIT, the others are not tried:
    a template that loops or overflows once almost always does so for every document."""

    def __init__(self, spec):
        self.spec = spec
        self.count = 0

    def note(self, result: WorkResult) -> WorkResult:
        self.count += result.over_limit
        return result

    @property
    def tripped(self) -> bool:
        return self.count >= MAX_OVER_LIMIT

    def skipped(self, job: DocumentJob) -> WorkResult:
        message = ngettext(
            "{document}（{template}）：未排版：本次已有 {count} 份文件超出时间、内存或输出大小的上限，"
            "其余文件不再尝试；请先修正模板",
            "{document}（{template}）：未排版：本次已有 {count} 份文件超出时间、内存或输出大小的上限，"
            "其余文件不再尝试；请先修正模板",
            self.count,
        )
        return WorkResult(
            job.code, error=message.format(document=job.label, template=self.spec.label, count=self.count)
        )


def run(
    items: Iterable[DocumentJob | JobResult],
    *,
    setup: Setup,
    workers: int | Workers,
    timeout: float,
    finish: Finish,
    on_done: OnDone | None = None,
) -> BatchOutcome:
    """Render every job (JobResults, already decided by the caller, pass straight through): in
    worker processes (a count, or Workers already started), or in this process (in_process)."""
    outcome = BatchOutcome()

    def record(result: JobResult) -> None:
        outcome.written.extend(result.written)
        if result.error:
            outcome.failures.append((result.code, result.error))
        if on_done is not None:
            on_done(result)

    if isinstance(workers, Workers):
        workers.run(items, finish, record)
    elif in_process(workers, setup):
        _run_here(items, setup, finish, record)
    else:
        pool = Workers(workers, setup, timeout)
        try:
            pool.run(items, finish, record)
        finally:
            pool.close()
    return outcome


def _run_here(items: Iterable[DocumentJob | JobResult], setup: Setup, finish: Finish, record: OnDone) -> None:
    from .compiler import DocumentRenderer

    renderer = None
    breaker = Breaker(setup.spec)
    for item in items:
        if isinstance(item, JobResult):
            record(item)
            continue
        if breaker.tripped:
            record(finish(item, breaker.skipped(item)))
            continue
        if renderer is None:
            renderer = DocumentRenderer(setup)
        record(finish(item, breaker.note(renderer.render(item))))


class _Worker:
    """One worker process, its pipe, and the document it is rendering."""

    def __init__(self, context, setup: Setup, language: str):
        parent_end, child_end = context.Pipe(duplex=True)
        # A spawned process starts a new interpreter: it is told the interface language, which it
        # would otherwise choose afresh from the environment (and miss --lang).
        self.process = context.Process(
            target=worker_main, args=(child_end, setup, os.getpid(), language), name="civcat-render", daemon=True
        )
        # Spawned with SIGINT blocked (a new process inherits the mask; worker_main ignores it, then
        # unblocks): the parent handles Ctrl-C, and a worker interrupted while starting would only
        # print a traceback. Blocked, not ignored here: a Ctrl-C during the start is delivered to
        # this process after it, not lost (the run went on to the end).
        with sigint_blocked():
            self.process.start()
        child_end.close()  # so that the pipe reports the end when the worker dies
        self.conn = parent_end
        self.started = time.monotonic()
        self.ready = False
        self.job: DocumentJob | None = None
        self.deadline = 0.0

    @property
    def idle(self) -> bool:
        return self.ready and self.job is None

    def give(self, job: DocumentJob, timeout: float) -> None:
        self.job = job
        self.deadline = time.monotonic() + timeout
        self.conn.send(job)

    def stop(self) -> None:
        """End the process now (it writes nothing, so any moment is safe)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def how_it_ended(self) -> str:
        self.process.join(1)
        code = self.process.exitcode
        if code is None:
            return _("无响应")
        return _("信号 {number}").format(number=-code) if code < 0 else _("退出码 {code}").format(code=code)


class _Intake:
    """The items not yet handed out, read one at a time: a job joins the backlog, a result
    (decided by the caller) is recorded as it passes."""

    def __init__(self, items: Iterator[DocumentJob | JobResult], record: OnDone):
        self.items = items
        self.record = record
        self.backlog: deque[DocumentJob] = deque()
        self.exhausted = False

    def take(self) -> bool:
        """Take the next item. False at the end."""
        item = next(self.items, None)
        if item is None:
            self.exhausted = True
        elif isinstance(item, JobResult):
            self.record(item)
        else:
            self.backlog.append(item)
        return not self.exhausted


class Workers:
    """Spawned render workers, one Typst compiler each; started on creation, warmed up at once."""

    def __init__(self, count: int, setup: Setup, timeout: float):
        import multiprocessing

        self.count = count
        self.setup = setup
        self.timeout = timeout
        self.typst_root = setup.typst_root
        self.language = current_language()  # the workers' messages are said in it too
        self._context = multiprocessing.get_context("spawn")
        self._workers = [_Worker(self._context, setup, self.language) for _number in range(count)]
        self._closed = False
        self._breaker = Breaker(setup.spec)

    def run(self, items: Iterable[DocumentJob | JobResult], finish: Finish, record: OnDone) -> None:
        """Render every job; returns when all are done (the workers stay, for close)."""
        try:
            self._run(iter(items), finish, record)
        except BaseException:
            self.close()
            raise

    def _run(self, items: Iterator[DocumentJob | JobResult], finish: Finish, record: OnDone) -> None:
        intake = _Intake(items, record)
        done: list[tuple[DocumentJob, WorkResult]] = []
        while True:
            if self._breaker.tripped:
                done += self._skip_all(intake)
            self._hand_out(intake)
            # Written after the workers have their next documents: they compile while this writes.
            for job, result in done:
                record(finish(job, result))
            done = []
            busy = any(w.job is not None for w in self._workers)
            if intake.exhausted and not intake.backlog and not busy:
                return
            if not intake.exhausted and len(intake.backlog) < self.count + 2:
                intake.take()  # a document ready for the next idle worker; then look, without waiting
                wait = 0.0
            else:
                wait = self._next_deadline() - time.monotonic()
            done = self._collect(max(0.0, wait))

    def _skip_all(self, intake: _Intake) -> list[tuple[DocumentJob, WorkResult]]:
        """The breaker has tripped: every document not yet handed out is skipped."""
        skipped: list[tuple[DocumentJob, WorkResult]] = []
        while intake.backlog or not intake.exhausted:
            if intake.backlog:
                job = intake.backlog.popleft()
                skipped.append((job, self._breaker.skipped(job)))
            else:
                intake.take()
        return skipped

    def _hand_out(self, intake: _Intake) -> None:
        """Give each idle worker its next document, while there are documents."""
        for worker in list(self._workers):
            if not worker.idle:
                continue
            while not intake.backlog and intake.take():
                pass
            if not intake.backlog:
                break
            job = intake.backlog.popleft()
            try:
                worker.give(job, self.timeout)
            except OSError:  # the worker has gone while idle: the document waits for its successor
                intake.backlog.appendleft(job)
                self._restart(worker)

    def _next_deadline(self) -> float:
        return min(
            (
                (w.deadline if w.job is not None else w.started + STARTUP_LIMIT)
                for w in self._workers
                if w.job is not None or not w.ready
            ),
            default=time.monotonic() + 1,
        )

    def _collect(self, wait: float) -> list[tuple[DocumentJob, WorkResult]]:
        """Wait up to `wait` seconds for the workers; the documents finished (or failed) meanwhile."""
        from multiprocessing.connection import wait as wait_for

        watched = [w for w in self._workers if w.job is not None or not w.ready]
        if not watched:
            return []
        ready = set(wait_for([w.conn for w in watched] + [w.process.sentinel for w in watched], wait))
        done: list[tuple[DocumentJob, WorkResult]] = []
        for worker in watched:
            if worker.conn in ready or worker.process.sentinel in ready:
                self._read(worker, done)
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.job is not None and now >= worker.deadline:
                done.append(self._replace(worker, worker.job, self._timed_out(worker.job)))
            elif not worker.ready and now >= worker.started + STARTUP_LIMIT:
                raise UsageError(
                    _("排版进程在 {seconds} 秒内未能启动；机器可能过于繁忙，请稍后重试").format(
                        seconds=f"{STARTUP_LIMIT:g}"
                    )
                )
        return done

    def _read(self, worker: _Worker, done: list[tuple[DocumentJob, WorkResult]]) -> None:
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if isinstance(message, WorkResult):
                    assert worker.job is not None, "a worker sends a result only for the job it was given"
                    done.append((worker.job, self._breaker.note(message)))
                    worker.job = None
                elif message[0] == "ready":
                    worker.ready = True
                else:  # ("failed", why): the worker could not start; neither will the next one
                    raise UsageError(message[1])
        except (EOFError, OSError):
            pass
        if not worker.process.is_alive() and (worker.job is not None or not worker.ready):
            self._lost(worker, done)

    def _lost(self, worker: _Worker, done: list[tuple[DocumentJob, WorkResult]]) -> None:
        """A worker ended on its own: the document it had failed with it (Typst aborts the process
        when the memory limit refuses an allocation), or it died starting."""
        how = worker.how_it_ended()
        if worker.job is None:
            raise UsageError(_("排版进程未能启动（{how}）").format(how=how))
        job = worker.job
        limit = self.setup.memory_limit
        message = (
            _(
                "{document}（{template}）：排版进程意外退出（{how}），可能是内存用量超过了 {limit} 的上限，该文件未能生成"
            )
            if limit
            else _("{document}（{template}）：排版进程意外退出（{how}），该文件未能生成")
        )
        message = message.format(
            document=job.label, template=self.setup.spec.label, how=how, limit=size_label(limit) if limit else ""
        )
        done.append(
            self._replace(worker, job, self._breaker.note(WorkResult(job.code, error=message, over_limit=True)))
        )

    def _timed_out(self, job: DocumentJob) -> WorkResult:
        message = _(
            "{document}（{template}）：超过了每份 {seconds} 秒的时间上限，已停止（模板中可能有过于耗时的循环）；"
            "确需更长时间可用 --timeout 秒数"
        ).format(document=job.label, template=self.setup.spec.label, seconds=f"{self.timeout:g}")
        return self._breaker.note(WorkResult(job.code, error=message, over_limit=True))

    def _replace(self, worker: _Worker, job: DocumentJob, result: WorkResult) -> tuple[DocumentJob, WorkResult]:
        """Stop a worker and start another in its place; its document `job`, failed with `result`."""
        self._restart(worker)
        return job, result

    def _restart(self, worker: _Worker) -> None:
        worker.stop()
        self._workers[self._workers.index(worker)] = _Worker(self._context, self.setup, self.language)

    def close(self) -> None:
        """Stop every worker: idle ones are told to exit, busy ones are killed (they write nothing,
        so Ctrl-C leaves no half-written file under a final name). Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        for worker in self._workers:
            if worker.idle:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            elif worker.process.is_alive():
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(2)
            worker.stop()


# ---- in the worker process ---------------------------------------------------------------------


def worker_main(conn, setup: Setup, parent: int, language: str) -> None:
    """A worker: start the renderer, say so, then render each document sent until told to stop.

    `language`: the parent's interface language (i18n.current_language), for the messages made
    here (limits, template and Typst errors); a spawned process inherits no module state."""
    # Ctrl-C is handled by the parent, which stops the workers; one interrupted here would only
    # add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    set_language(language)
    _die_with_parent(parent)
    _limit_memory(setup.memory_limit)
    from .sandbox import deny_network

    deny_network()  # a package name built while Typst runs must not reach the network either
    if not os.environ.get("CIVCAT_DEBUG"):
        # Whatever a worker has to say reaches the parent through the pipe. A worker stopped by the
        # memory limit inside Typst would print Rust's allocation failure and backtrace: a clerk
        # gets the parent's one line instead (CIVCAT_DEBUG=1 shows it).
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.close(devnull)
    try:
        from .compiler import DocumentRenderer

        renderer = DocumentRenderer(setup)
        renderer.warm_up()
    except UsageError as error:
        conn.send(("failed", str(error)))
        return
    except Exception as error:
        conn.send(("failed", _("排版进程未能启动：{error}").format(error=f"{type(error).__name__}: {error}")))
        return
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = renderer.render(job)
        except Exception as error:  # an answer for this document, never a silent worker
            result = WorkResult(
                job.code,
                error=_("{document}（{template}）：排版出错：{error}").format(
                    document=job.label, template=setup.spec.label, error=f"{type(error).__name__}: {error}"
                ),
            )
        conn.send(result)


def _limit_memory(limit: int | None) -> None:
    """Cap this worker's memory (Linux). RLIMIT_DATA, not RLIMIT_AS: it counts the private writable
    memory a process uses (heap, what malloc maps, thread stacks), while the address space also
    holds reservations that are never used (each thread's malloc arena reserves 64 MB) and the
    font files Typst maps, and would refuse a normal document on a machine with many cores."""
    if limit is None or not sys.platform.startswith("linux"):
        return
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
