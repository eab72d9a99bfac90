"""A process pool that survives dying workers and stuck tasks, for :func:`analyze_many`.

Chunks of ``(index, record)`` pairs go to ``n_jobs`` worker processes and their results come
back in input order, with at most two chunks per worker in flight. A worker that dies breaks a
:class:`~concurrent.futures.ProcessPoolExecutor`: the chunks that finished are kept, the others
are retried record by record in a fresh single worker, and a record that kills its worker (or
runs out of time) again is handed to ``on_failure``, which turns it into error rows.

Examples
--------
>>> out = list(run_pool(sum, iter([[1, 2], [3]]), 1, on_failure=lambda c, e, t: -1))
>>> out
[3, 3]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

R = TypeVar("R")
Chunk = list[Any]
#: ``on_failure(chunk, exception, timeout)``: the result standing in for a chunk that failed.
OnFailure = Callable[[Chunk, BaseException, "float | None"], Any]


def new_pool(n: int, initializer: Callable[[], None] | None = None) -> ProcessPoolExecutor:
    """Return a pool of ``n`` workers, each running ``initializer`` once at start."""
    return ProcessPoolExecutor(max_workers=n, initializer=initializer)


def _stop(pool: ProcessPoolExecutor, kill: bool = False) -> None:
    """Shut ``pool`` down; with ``kill``, first kill its workers (a task is stuck)."""
    if kill:
        # The executor has no public way to stop a running task; its processes are known.
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, fn: Callable[[Chunk], R], chunk: Chunk) -> Future:
    """Submit ``fn(chunk)``; a pool that broke before the call gives a failed future.

    A worker can die between two submissions; the chunk is then handled like any other chunk of
    the broken pool when its turn comes.
    """
    try:
        return pool.submit(fn, chunk)
    except BrokenProcessPool as exc:
        fut: Future = Future()
        fut.set_exception(exc)
        return fut


def _isolate(
    fn: Callable[[Chunk], R],
    chunk: Chunk,
    timeout: float | None,
    initializer: Callable[[], None] | None,
    on_failure: OnFailure,
) -> Iterator[R]:
    """Retry the items of a chunk one at a time in a fresh single worker.

    A worker that dies again, or an item that runs past ``timeout`` seconds alone, pins the
    fault on that one item; the others are kept.
    """
    pool: ProcessPoolExecutor | None = None
    try:
        for item in chunk:
            if pool is None:
                pool = new_pool(1, initializer)
            try:
                yield _submit(pool, fn, [item]).result(timeout=timeout)
            except (BrokenProcessPool, FutureTimeout) as exc:
                _stop(pool, kill=isinstance(exc, FutureTimeout))
                pool = None
                yield on_failure([item], exc, timeout)
            except Exception as exc:  # result could not be pickled, MemoryError, ...
                yield on_failure([item], exc, timeout)
    finally:
        if pool is not None:
            _stop(pool)


def run_pool(
    fn: Callable[[Chunk], R],
    chunks: Iterator[Chunk],
    n_jobs: int,
    timeout: float | None = None,
    *,
    initializer: Callable[[], None] | None = None,
    on_failure: OnFailure,
) -> Iterator[R]:
    """Yield ``fn(chunk)`` for each chunk, in input order, from ``n_jobs`` worker processes.

    Parameters
    ----------
    fn : callable
        Picklable function of one chunk (a list of items).
    chunks : iterator of list
        Consumed lazily: memory is bounded by ``2 * n_jobs`` chunks in flight.
    n_jobs : int
        Worker processes.
    timeout : float, optional
        Seconds per item: a chunk that takes longer than ``timeout`` times its size has its
        workers killed and its items retried one by one.
    initializer : callable, optional
        Run once in each worker (and, with fork, first in this process so workers inherit it).
    on_failure : callable
        ``on_failure(items, exception, timeout)`` returns the result standing in for items
        whose worker died, ran out of time or could not send its result back.

    Examples
    --------
    >>> list(run_pool(len, iter([[1, 2], [3]]), 2, on_failure=lambda c, e, t: 0))
    [2, 1]
    """
    if initializer is not None:
        initializer()  # with fork, workers inherit the loaded data instead of each loading it
    pool = new_pool(n_jobs, initializer)
    pending: deque[tuple[Chunk, Future]] = deque()
    try:
        while True:
            while len(pending) < 2 * n_jobs:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, _submit(pool, fn, chunk)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                out = fut.result(timeout=None if timeout is None else timeout * len(chunk))
            except (BrokenProcessPool, FutureTimeout) as exc:
                # Every future still pending is lost with the pool; keep the ones that finished.
                failed = [(chunk, fut), *pending]
                pending.clear()
                _stop(pool, kill=isinstance(exc, FutureTimeout))
                for c, f in failed:
                    if f.done() and not f.cancelled() and f.exception() is None:
                        yield f.result()
                    else:
                        yield from _isolate(fn, c, timeout, initializer, on_failure)
                pool = new_pool(n_jobs, initializer)
                continue
            except Exception:  # the result could not be sent back: retry items alone
                yield from _isolate(fn, chunk, timeout, initializer, on_failure)
                continue
            yield out
    finally:
        _stop(pool)
