"""Words per second of a whole kg build against bare spaCy on the same texts.

The corpus is made from the body of ``examples/streeting-letter-to-gpce.txt``:
numbered copies, each a separate document with small systematic changes
(title, day of the month, a rotating surname), written to a temporary folder
until there are at least ``--words`` words.

Both runs share one process and one loaded pipeline (kg's, from
``kg.extract.parse.load_pipeline``), and both are warmed up first. Each side is then
timed ``--rounds`` times (default 2), alternating (bare, kg, then kg, bare, ...) so that a
machine whose speed drifts during the run weighs on both alike; each round's ratio is
printed, and the ratio of the fastest run of each side (as ``timeit`` takes the fastest):

* bare: ``list(nlp.pipe(texts, batch_size=16))``;
* kg: ``read_documents`` → ``extract_documents`` → ``Corpus.to_rdf`` →
  ``turtle_bytes`` (Turtle serialisation, not written to disk).

Then, with ``--paired-rounds`` (default 1) and one process, a paired measurement: the corpus
is cut into chunks of 16 documents, and each chunk is parsed bare and built by kg one right
after the other (which side goes first alternates), so that a machine whose speed drifts
over minutes (this one's bare runs of the same corpus differ by up to a quarter) weighs on
both sides of each pair alike. kg's side is each chunk's ``read_documents`` and
``extract_each`` (one ``load_extractor`` for the whole corpus, timed), then the merge across
documents, the RDF graph and the Turtle of the whole corpus, timed once. The ratio printed
is that of the two sums; the spread of the chunks' own ratios shows how noisy the machine was.

Usage::

    python benchmarks/bench_pipeline.py [--words 100000] [--n-process 1] [--rounds 2]
        [--paired-rounds 1]
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.collection import fewer_collections  # noqa: E402
from kg.extract.entities import merge_documents  # noqa: E402
from kg.extract.parse import load_pipeline  # noqa: E402
from kg.extract.pipeline import extract_documents, extract_each, load_extractor  # noqa: E402
from kg.extract.read import find_body_end, read_documents  # noqa: E402
from kg.model import Corpus, Extraction  # noqa: E402
from kg.rdf.graph import corpus_graph  # noqa: E402
from kg.rdf.turtle import turtle_bytes  # noqa: E402

ARTICLE = ROOT / "examples" / "streeting-letter-to-gpce.txt"
SURNAMES = ("Streeting", "Smith", "Jones", "Patel", "Taylor", "Brown", "Khan", "Evans")
BATCH_SIZE = 16  # what kg.extract.parse.parse_documents uses


def make_corpus(folder: Path, min_words: int) -> list[Path]:
    """Write numbered variants of the example article body to ``folder`` until ``min_words``."""
    text = ARTICLE.read_text(encoding="utf-8")
    body = text[: find_body_end(text)].rstrip() + "\n"
    paths: list[Path] = []
    words = 0
    number = 0
    while words < min_words:
        number += 1
        surname = SURNAMES[number % len(SURNAMES)]
        title, _, rest = body.partition("\n")
        variant = f"{title} ({number})\n" + rest.replace("Streeting", surname).replace(
            "1 April", f"{number % 28 + 1} April"
        )
        path = folder / f"article-{number:04d}.txt"
        path.write_text(variant, encoding="utf-8")
        paths.append(path)
        words += len(variant.split())
    return paths


def count_words(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


def peak_rss_mib() -> float:
    """Peak resident memory so far of this process and of its finished children (MiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # ru_maxrss is in KiB on Linux


def run_bare(nlp: Any, paths: list[Path], n_process: int) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in paths]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
        pass
    return {"total": time.perf_counter() - start}


def run_kg(nlp: Any, paths: list[Path], n_process: int) -> dict[str, float]:
    times: dict[str, float] = {}
    start = mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        times[name] = now - mark
        mark = now

    documents = read_documents(paths)
    lap("read")
    corpus = extract_documents(documents, nlp=nlp, n_process=n_process)
    lap("extract")
    graph = corpus_graph(corpus)
    lap("to_rdf")
    data = turtle_bytes(graph)
    lap("turtle")
    times["total"] = time.perf_counter() - start
    times["triples"] = float(len(graph))
    times["turtle_bytes"] = float(len(data))
    return times


def run_paired(nlp: Any, paths: list[Path], chunk_docs: int) -> tuple[float, float, list[float]]:
    """Bare and kg timed chunk by chunk, alternating which side goes first; returns the bare
    total, the kg total (with loading the extractor and the whole corpus's merge, graph and
    Turtle) and each chunk's bare/kg ratio."""
    start = time.perf_counter()
    extractor = load_extractor(nlp=nlp)
    kg_total = time.perf_counter() - start
    bare_total = 0.0
    extractions: list[Extraction] = []
    ratios: list[float] = []
    chunks = [paths[k : k + chunk_docs] for k in range(0, len(paths), chunk_docs)]
    for number, chunk in enumerate(chunks):
        texts = [p.read_text(encoding="utf-8") for p in chunk]
        took: dict[str, float] = {}
        for side in ("bare", "kg") if number % 2 else ("kg", "bare"):
            start = time.perf_counter()
            if side == "bare":
                for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
                    pass
            else:
                extractions.extend(extract_each(extractor, read_documents(chunk)))
            took[side] = time.perf_counter() - start
        bare_total += took["bare"]
        kg_total += took["kg"]
        ratios.append(took["bare"] / took["kg"])
    start = time.perf_counter()
    with fewer_collections():
        merged = merge_documents(extractions)
    corpus = Corpus(extractions, merged.entities, merged.relations, merged.quotes)
    turtle_bytes(corpus_graph(corpus))
    kg_total += time.perf_counter() - start
    return bare_total, kg_total, ratios


def paired_rounds(nlp: Any, paths: list[Path], rounds: int, words: int) -> list[str]:
    """Each paired round's totals and ratios, a line each (see the module's docstring)."""
    lines: list[str] = []
    for number in range(1, rounds + 1):
        bare, built, ratios = run_paired(nlp, paths, BATCH_SIZE)
        ratios.sort()
        quarter = len(ratios) // 4
        lines.append(
            f"paired round {number}: bare {bare:.1f} s, kg {built:.1f} s "
            f"({words / built:,.0f} words/s); kg/bare words/s ratio {bare / built:.2f}; "
            f"chunks' ratios median {ratios[len(ratios) // 2]:.2f}, middle half "
            f"{ratios[quarter]:.2f}-{ratios[-1 - quarter]:.2f}, {len(ratios)} chunks"
        )
    return lines


def timed(label: str, run: Callable[[], dict[str, float]], words: int) -> dict[str, float]:
    result = run()
    rate = words / result["total"]
    print(
        f"{label:<5} {result['total']:8.1f} s  {rate:9,.0f} words/s  "
        f"peak RSS {peak_rss_mib():7.0f} MiB"
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="minimum corpus size in words")
    parser.add_argument("--n-process", type=int, default=1, help="processes for nlp.pipe")
    parser.add_argument("--warmup-docs", type=int, default=4, help="documents in the warm-up runs")
    parser.add_argument(
        "--rounds", type=int, default=2, help="timed runs of each side, alternating (default 2)"
    )
    parser.add_argument(
        "--paired-rounds",
        type=int,
        default=1,
        help="rounds of the paired, chunk-by-chunk measurement (default 1; 0: none; one process)",
    )
    args = parser.parse_args(argv)

    print(f"python {platform.python_version()} on {platform.machine()}")
    load_start = time.perf_counter()
    nlp = load_pipeline()
    print(f"pipeline {nlp.meta.get('name')} {nlp.meta.get('version')}: {', '.join(nlp.pipe_names)}")
    print(f"loaded in {time.perf_counter() - load_start:.1f} s")

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        paths = make_corpus(Path(folder), args.words)
        words = count_words(paths)
        print(f"corpus: {len(paths)} documents, {words:,} words; n_process={args.n_process}")

        warm = paths[: args.warmup_docs]
        run_bare(nlp, warm, 1)
        run_kg(nlp, warm, 1)

        bares: list[dict[str, float]] = []
        builds: list[dict[str, float]] = []
        for number in range(1, args.rounds + 1):
            # bare then kg, then kg then bare: a machine that speeds up or slows down during
            # the run weighs on both sides alike
            order = ("bare", "kg") if number % 2 else ("kg", "bare")
            for side in order:
                if side == "bare":
                    bares.append(timed("bare", lambda: run_bare(nlp, paths, args.n_process), words))
                else:
                    builds.append(timed("kg", lambda: run_kg(nlp, paths, args.n_process), words))
            print(f"round {number}: ratio {bares[-1]['total'] / builds[-1]['total']:.2f}")
        paired = paired_rounds(nlp, paths, args.paired_rounds, words) if args.n_process == 1 else []

    bare = min(bares, key=lambda r: r["total"])
    built = min(builds, key=lambda r: r["total"])
    stages = ("read", "extract", "to_rdf", "turtle")
    print("kg stages (fastest round): " + ", ".join(f"{n} {built[n]:.1f} s" for n in stages))
    megabytes = built["turtle_bytes"] / 2**20
    print(f"graph: {int(built['triples']):,} triples, Turtle {megabytes:.1f} MiB")
    ratio = bare["total"] / built["total"]
    slower = built["total"] / bare["total"]
    print(
        f"kg/bare words/s ratio: {ratio:.2f} (kg takes {slower:.2f}x the bare time; "
        f"fastest of {args.rounds} round(s) each)"
    )
    for line in paired:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
