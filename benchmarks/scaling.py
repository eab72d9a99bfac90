"""Scaling on one machine: ``analyze_many`` n_jobs 1 → 2, and Dask with 1 → 2 workers.

    python benchmarks/scaling.py [--corpora GLOB] [--docs 1200] [--no-dask]

Reports docs/s, the speed-up over one worker, the CPU time of all processes (parent and
workers: the work overhead of going parallel, independent of other load on the machine), the
peak resident memory of each worker process (sampled every 50 ms with psutil) and the 1-minute
load average (wall-clock speed-up is only meaningful when it is below the number of cores).
"""

from __future__ import annotations

import argparse
import os
import resource
import time
import warnings

from _bench import DEFAULT_CORPORA, RssSampler, doc_records, load_corpora, machine

import conflictlens as cl


def _cpu() -> float:
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _pool(recs: list[dict], n_jobs: int) -> tuple[float, float, float]:
    with RssSampler() as rss:
        cpu = _cpu()
        t = time.perf_counter()
        cl.analyze_many(recs, n_jobs=n_jobs, progress=False)
        secs = time.perf_counter() - t
        cpu = _cpu() - cpu  # workers have exited: their CPU time is in RUSAGE_CHILDREN
    peak = rss.max_child_mb() if n_jobs > 1 else rss.self_mb()
    return secs, peak, cpu


def _worker_cpu() -> float:
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def _dask(recs: list[dict], n_workers: int) -> tuple[float, float, float]:
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    from conflictlens import dask as cld

    df = pd.DataFrame(recs)
    with (
        LocalCluster(
            n_workers=n_workers, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        warm = dd.from_pandas(df.head(n_workers * 2), npartitions=n_workers * 2)
        client.compute(cld.analyze(warm, doc_id="doc_id"), sync=True)  # load data on workers
        ddf = dd.from_pandas(df, npartitions=max(8, 4 * n_workers))
        ddf = client.persist(ddf)
        before = client.run(_worker_cpu)
        with RssSampler() as rss:
            t = time.perf_counter()
            client.compute(
                cld.analyze(ddf, doc_id="doc_id", published="published", lang="lang"), sync=True
            )
            secs = time.perf_counter() - t
        after = client.run(_worker_cpu)
        cpu = sum(after[w] - before[w] for w in after)
        mem = client.run(lambda: __import__("psutil").Process().memory_info().rss)
        # The sampler sees nannies and workers as children; the workers report themselves too.
        peak = max(rss.max_child_mb(), max(mem.values()) / 2**20)
    return secs, peak, cpu


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpora", default=DEFAULT_CORPORA)
    p.add_argument("--docs", type=int, default=600, help="documents per corpus")
    p.add_argument("--no-dask", action="store_true")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    recs = doc_records(load_corpora(args.corpora, args.docs))
    chars = sum(len(r["text"]) for r in recs)
    print(f"machine: {machine()}")
    print(f"{len(recs)} documents, {chars / 1e6:.2f} M chars\n")
    cl.analyze_many(recs[:4], progress=False)  # warm this process (fork shares it with workers)
    print(
        "| runner | workers | wall s | docs/s | M chars/s | speed-up | CPU s (all processes) "
        "| peak RSS/worker MB | load avg |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    rows = [("analyze_many", n, _pool) for n in (1, 2)]
    if not args.no_dask:
        rows += [("dask LocalCluster", n, _dask) for n in (1, 2)]
    base: dict[str, float] = {}
    for name, n, fn in rows:
        secs, peak, cpu = fn(recs, n)
        base.setdefault(name, secs)
        print(
            f"| {name} | {n} | {secs:.2f} | {len(recs) / secs:.0f} | {chars / secs / 1e6:.2f} | "
            f"{base[name] / secs:.2f}x | {cpu:.2f} | {peak:.0f} | {os.getloadavg()[0]:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
