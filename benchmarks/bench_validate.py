"""``kg validate`` at scale: kg's SHACL-to-SPARQL engine on Oxigraph against pyshacl.

For each size a synthetic corpus in kg's shape (``bench_sparql.make_corpus``: documents,
sentences, entities with skewed popularity, mentions, relations with evidence and
modalities) goes through kg's own ``to_rdf`` into a kg store (one named graph per
document, as ``kg build --store`` writes it). Then, in the same run and on the same store:

* ``kg validate STORE`` as a user runs it (a fresh process: start-up, opening the store,
  checking, printing), ``--runs`` times;
* the library call alone (:func:`kg.sparql.validate.validate` on the opened store, with
  the default engine), ``--runs`` times;
* pyshacl (``engine="pyshacl"``, what ``kg validate`` used before) once, in a fresh process
  stopped after ``--pyshacl-timeout`` seconds; then the ratio is a lower bound (">").

Both engines must agree that the graph conforms; a run where they disagree fails.

Usage::

    python benchmarks/bench_validate.py [--sizes 2000 5000 100000] [--runs 3]
        [--pyshacl-timeout 900]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_sparql import make_corpus  # noqa: E402


def write_store(target_triples: int, folder: Path) -> int:
    """A kg store of the synthetic corpus of about ``target_triples``; its number of triples.

    The store is written the way ``kg build --store`` writes its graph (one named graph per
    document, the manifest beside it).
    """
    from kg.rdf.graph import to_rdf
    from kg.sparql import store_disk
    from kg.sparql.engine import quads_of
    from kg.sparql.named_graphs import split_by_document

    graph = to_rdf(*make_corpus(target_triples))
    folder.mkdir(parents=True)
    manifest: dict[str, Any] = {"kg_store": store_disk.STORE_FORMAT, "documents": [], "graphs": {}}

    def write(store: Any) -> None:
        for name, triples in split_by_document(graph).items():
            store.extend(quads_of(triples, name))

    manifest["data"] = store_disk.write_generation(folder, manifest, write, copy=False)
    manifest["prefixes"] = {p: str(n) for p, n in graph.namespaces() if p}
    store_disk.write_manifest(folder, manifest)
    return len(graph)


def time_cli(store: Path) -> float:
    """Seconds ``kg validate STORE`` takes in a fresh process (it must conform)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "validate", str(store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"kg validate {store} failed: {done.stdout[-500:]}{done.stderr[-500:]}")
    return seconds


def time_library(store: Path, engine: str = "auto") -> tuple[float, bool]:
    """Seconds :func:`validate` takes on the opened store, and whether it conforms."""
    from kg.sparql.source import open_graph
    from kg.sparql.validate import validate

    with open_graph(store) as opened:
        started = time.perf_counter()
        report = validate(opened, engine=engine)
        return time.perf_counter() - started, report.conforms


def time_pyshacl(store: Path, limit: float) -> tuple[float | None, bool | None]:
    """pyshacl on the store in a fresh process: seconds and conformance, None past ``limit``."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "
        "'/benchmarks'); from bench_validate import time_library; "
        "print(json.dumps(time_library(sys.argv[2], 'pyshacl')))"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT), str(store)],
            capture_output=True,
            text=True,
            timeout=limit,
        )
    except subprocess.TimeoutExpired:
        return None, None
    if done.returncode != 0:
        raise SystemExit(f"pyshacl failed on {store}: {done.stderr[-800:]}")
    seconds, conforms = json.loads(done.stdout.strip().splitlines()[-1])
    return float(seconds), bool(conforms)


def run_size(target: int, runs: int, limit: float, folder: Path) -> dict[str, Any]:
    store = folder / f"store-{target}"
    triples = write_store(target, store)
    library, conforms = [], set()
    for _ in range(runs):
        seconds, ok = time_library(store)
        library.append(seconds)
        conforms.add(ok)
    cli = [time_cli(store) for _ in range(runs)]
    pyshacl_seconds, pyshacl_conforms = time_pyshacl(store, limit)
    if pyshacl_conforms is not None:
        conforms.add(pyshacl_conforms)
    if conforms != {True}:
        raise SystemExit(
            f"the engines disagree, or the synthetic store does not conform: {conforms}"
        )
    best = min(library)
    return {
        "triples": triples,
        "library_s": library,
        "cli_s": cli,
        "pyshacl_s": pyshacl_seconds,
        "pyshacl_limit_s": limit,
        "ratio": (pyshacl_seconds if pyshacl_seconds is not None else limit) / best,
        "ratio_is_lower_bound": pyshacl_seconds is None,
    }


def _range(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f}" if len(values) > 1 else f"{values[0]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pyshacl-timeout", type=float, default=900.0)
    parser.add_argument("--json", type=Path, help="Also write the results to this file.")
    args = parser.parse_args()
    print(f"# {platform.platform()}, Python {platform.python_version()}, {args.runs} run(s)")
    print("triples   kg validate (CLI) s   validate() s   pyshacl s   pyshacl / validate()")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            row = run_size(size, args.runs, args.pyshacl_timeout, Path(tmp))
            results.append(row)
            pyshacl = (
                f"{row['pyshacl_s']:.1f}"
                if row["pyshacl_s"] is not None
                else f">{row['pyshacl_limit_s']:.0f}"
            )
            bound = ">" if row["ratio_is_lower_bound"] else ""
            print(
                f"{row['triples']:>7}   {_range(row['cli_s']):>19}   "
                f"{_range(row['library_s']):>12}   {pyshacl:>9}   {bound}{row['ratio']:.0f}x",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
