"""Shared helpers of the corpus-scale and reliability benchmarks (not part of the package).

Run the benchmarks by hand or with ``make bench``; they are not part of the test suite.
"""

from __future__ import annotations

import glob
import gzip
import json
import multiprocessing as mp
import os
import platform
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = str(REPO.parent / "shared" / "corpora" / "*.jsonl.gz")


def machine() -> str:
    """One line describing the machine (CPU, cores usable, memory, Python, key libraries)."""
    import pandas as pd

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cpu}, {cores} cores usable{mem}; Linux {platform.release()}; "
        f"Python {platform.python_version()}, pandas {pd.__version__}"
    )


def load_corpora(pattern: str = DEFAULT_CORPORA, limit: int | None = None) -> list[dict]:
    """Read the benchmark corpora (gzip JSON Lines); ``limit`` docs per file, evenly spaced."""
    out: list[dict] = []
    paths = sorted(glob.glob(pattern))
    if not paths:
        raise SystemExit(f"no corpus files match {pattern!r}")
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh if line.strip()]
        if limit is not None and limit < len(recs):
            step = len(recs) / limit
            recs = [recs[int(i * step)] for i in range(limit)]
        for r in recs:
            r["corpus"] = Path(path).name.split(".")[0]
        out.extend(recs)
    return out


def doc_records(recs: list[dict]) -> list[dict]:
    """Keep only the fields ``analyze_many`` reads."""
    keys = ("doc_id", "text", "lang", "published")
    return [{k: r[k] for k in keys if r.get(k) is not None} for r in recs]


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Return (best wall time of ``repeat`` runs, last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def median(xs: list[float]) -> float:
    return statistics.median(xs)


class RssSampler:
    """Sample the resident memory of this process and its children (peak per process)."""

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self._psutil = psutil
        self.interval = interval
        self.peak: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = self._psutil.Process()
        while not self._stop.is_set():
            try:
                procs = [me, *me.children(recursive=True)]
            except self._psutil.Error:
                procs = [me]
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except self._psutil.Error:
                    continue
                self.peak[p.pid] = max(self.peak.get(p.pid, 0), rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def max_child_mb(self) -> float:
        me = os.getpid()
        kids = [v for pid, v in self.peak.items() if pid != me]
        return max(kids, default=0) / 2**20

    def self_mb(self) -> float:
        return self.peak.get(os.getpid(), 0) / 2**20


def _child(conn, fn, args) -> None:
    try:
        conn.send(("ok", fn(*args)))
    except BaseException as exc:  # report any failure to the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_with_timeout(fn: Callable[..., Any], args: tuple, timeout: float) -> tuple[str, Any]:
    """Run ``fn(*args)`` in a forked child; ('ok', result), ('error', msg) or ('timeout', None).

    A super-linear regex can run for hours: the child is killed at ``timeout`` seconds.
    """
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args))
    proc.start()
    child.close()
    if parent.poll(timeout):
        status = parent.recv()
        proc.join()
        return status
    proc.kill()
    proc.join()
    return ("timeout", None)


STAGES = [
    ("document", "conflictlens.document", "make_document"),
    ("published", "conflictlens.extract.temporal", "infer_published"),
    ("temporal", "conflictlens.extract.temporal", "extract"),
    ("places", "conflictlens.extract.places", "extract"),
    ("quantities", "conflictlens.extract.quantities", "extract"),
    ("facts", "conflictlens.facts", "build"),
]


@contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """Time each pipeline stage by wrapping the module functions the pipeline calls."""
    import importlib

    from conflictlens import analysis, corpus, pipeline

    totals: dict[str, float] = {}
    saved = []
    for label, module, name in STAGES:
        mod = importlib.import_module(module)
        real = getattr(mod, name, None)
        if real is None:
            continue

        def wrapper(*a, _real=real, _label=label, **k):
            t = time.perf_counter()
            try:
                return _real(*a, **k)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - t

        saved.append((mod, name, real))
        setattr(mod, name, wrapper)
        # make_document is imported by name into the modules that call it.
        if name == "make_document":
            for user in (analysis, corpus):
                saved.append((user, name, getattr(user, name)))
                setattr(user, name, wrapper)
    real_frames = pipeline.frames

    def frames(*a, **k):
        t = time.perf_counter()
        try:
            return real_frames(*a, **k)
        finally:
            totals["frames"] = totals.get("frames", 0.0) + time.perf_counter() - t

    saved.append((pipeline, "frames", real_frames))
    pipeline.frames = frames
    try:
        yield totals
    finally:
        for mod, name, real in reversed(saved):
            setattr(mod, name, real)


def write_json(path: str | None, data: Any) -> None:
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(data, indent=1, default=str) + "\n")
