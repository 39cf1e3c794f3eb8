"""How kg scales: Dask workers against bare spaCy and one process; adding to a large store.

All ratios come from one run on the same texts (the corpus of
``bench_pipeline.py``: numbered variants of the example article):

* **bare-2**: ``nlp.pipe(texts, n_process=2)`` of kg's pipeline (parse only);
* **kg-1**: the plain single-process build (read, extract, RDF, Turtle bytes);
* **kg-w1**, **kg-w2**: the same build on a local Dask cluster of 1 and 2 worker
  processes (``kg build --workers N -o DIR --no-html``: the workers render each
  document's Turtle, the client puts it together), checked to be the same
  bytes as kg-1's Turtle; the cluster is started and its workers have
  loaded the pipeline before the clock starts (the start-up is reported apart);
* peak resident memory of each worker and of the client;
* **add one document** to stores of N = 100, 1,000 and 10,000 documents
  (``--store-sizes``), synthetic documents in kg's shape; each store is built
  once under ``--cache`` and copied for each measurement.

Usage::

    python benchmarks/bench_scale.py [--words 100000] [--repeat 1] [--store-sizes 100,1000,10000]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import BATCH_SIZE, count_words, make_corpus  # noqa: E402

from kg.extract.parse import load_pipeline  # noqa: E402
from kg.rdf.turtle import turtle_bytes  # noqa: E402


def own_peak_mib() -> float:
    """Peak resident memory of this process (MiB); run on workers by ``client.run``."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bare(nlp: Any, paths: list[Path], n_process: int) -> float:
    texts = [p.read_text(encoding="utf-8") for p in paths]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
        pass
    return time.perf_counter() - start


def run_single(nlp: Any, paths: list[Path]) -> tuple[float, bytes]:
    from kg.pipeline import build

    start = time.perf_counter()
    data = turtle_bytes(build(paths, nlp=nlp))
    return time.perf_counter() - start, data


def run_cluster(client: Any, paths: list[Path]) -> tuple[float, bytes]:
    from kg.distributed.build import items_of, run_build
    from kg.distributed.sinks import TurtleSink

    start = time.perf_counter()
    sink = TurtleSink()  # kg build --workers N -o DIR --no-html
    report = run_build(client, items_of(paths), sink)
    assert not report.partial, report.failures
    data = sink.turtle()
    return time.perf_counter() - start, data


def started_cluster(workers: int, paths: list[Path]) -> tuple[Any, float]:
    """A warm cluster: started, pipeline loaded on every worker (one warm-up build)."""
    from kg.distributed.build import connect

    start = time.perf_counter()
    context = connect(workers=workers)
    client = context.__enter__()
    run_cluster(client, paths[:workers])
    client._kg_context = context  # closed by stop_cluster
    return client, time.perf_counter() - start


def stop_cluster(client: Any) -> None:
    client._kg_context.__exit__(None, None, None)


def throughput(args: argparse.Namespace, nlp: Any, paths: list[Path], words: int) -> None:
    rows: dict[str, list[float]] = {}
    single_bytes = b""
    for round_ in range(args.repeat):
        rows.setdefault("bare-2", []).append(run_bare(nlp, paths, 2))
        seconds, single_bytes = run_single(nlp, paths)
        rows.setdefault("kg-1", []).append(seconds)
        for workers in (1, 2):
            client, startup = started_cluster(workers, paths)
            try:
                seconds, data = run_cluster(client, paths)
                assert data == single_bytes, "the cluster's Turtle differs from one process's"
                rows.setdefault(f"kg-w{workers}", []).append(seconds)
                rows.setdefault(f"start-w{workers}", []).append(startup)
                peaks = client.run(own_peak_mib)
                rows.setdefault(f"worker-peak-w{workers}", []).append(max(peaks.values()))
            finally:
                stop_cluster(client)
        print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in rows.items()))
    print(f"\ncorpus: {len(paths)} documents, {words:,} words; {os.cpu_count()} cores")
    for name in ("bare-2", "kg-1", "kg-w1", "kg-w2"):
        times = rows[name]
        rates = [words / t for t in times]
        print(
            f"{name:<7} {min(times):6.1f}-{max(times):6.1f} s  "
            f"{min(rates):7,.0f}-{max(rates):7,.0f} words/s"
        )
    pairs = [
        ("kg-w2 / bare-2 (words/s)", "bare-2", "kg-w2"),
        ("kg-w2 / kg-1   (speed-up)", "kg-1", "kg-w2"),
        ("kg-w1 / kg-1   (words/s)", "kg-1", "kg-w1"),
    ]
    for label, slow, fast in pairs:
        ratios = [a / b for a, b in zip(rows[slow], rows[fast], strict=True)]
        print(f"{label}: {min(ratios):.2f}-{max(ratios):.2f}")
    for workers in (1, 2):
        print(
            f"cluster of {workers}: start-up and pipeline load "
            f"{min(rows[f'start-w{workers}']):.1f}-{max(rows[f'start-w{workers}']):.1f} s, "
            f"peak RSS per worker {max(rows[f'worker-peak-w{workers}']):.0f} MiB"
        )
    print(f"client peak RSS {own_peak_mib():.0f} MiB (holds the graph for Turtle, as kg-1 does)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="minimum corpus size in words")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the throughput runs")
    parser.add_argument(
        "--store-sizes", default="100,1000,10000", help="store sizes for add-one-document"
    )
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep built stores")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-store", action="store_true")
    args = parser.parse_args(argv)

    print(f"python {platform.python_version()} on {platform.machine()}; load {os.getloadavg()}")
    nlp = load_pipeline()
    if not args.skip_throughput:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
            paths = make_corpus(Path(folder), args.words)
            run_bare(nlp, paths[:4], 1)
            run_single(nlp, paths[:4])
            throughput(args, nlp, paths, count_words(paths))
    if not args.skip_store:
        from bench_store_growth import add_one_document

        sizes = [int(n) for n in args.store_sizes.split(",") if n]
        add_one_document(nlp, sizes, cache=args.cache)
    print(f"load after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
