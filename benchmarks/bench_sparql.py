"""SPARQL at scale: rdflib's engine against Oxigraph on synthetic graphs in kg's own shape.

A synthetic corpus is made of kg's typed values (``kg.model``): documents,
sentences, entities drawn with a skewed popularity (a few actors, such as
"Wes Streeting", "BMA" and "Government", appear in most documents, as in real
policy news), mentions, and relations with evidence and modalities. It goes
through kg's own ``to_rdf`` and Turtle writer, so the graph has exactly the
shape ``kg build`` writes, in sizes of about 100k and 1M triples.

For each size it measures, in one run:

* **load**: reading the Turtle file into rdflib (``Graph.parse``) and into
  Oxigraph (``kg.sparql.engine.OxigraphGraph.from_file``), each in a fresh process,
  with the resident memory the loaded graph takes;
* **queries**: every query of the library (``examples/queries``) on rdflib's
  engine and on Oxigraph through ``kg.query`` (results converted to rdflib
  terms, as users get them), and the ratio. A query still running on rdflib
  after ``--rdflib-timeout`` seconds is stopped and shown as ">".

Usage::

    python benchmarks/bench_sparql.py [--sizes 100000 1000000] [--rdflib-timeout 120]
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence  # noqa: E402
from kg.rdf.namespaces import KG  # noqa: E402

# entities every library query asks about, made popular so the queries have work to do
KNOWN = [
    ("Wes Streeting", KG.Person, ("Mr Streeting", "health secretary")),
    ("BMA", KG.TradeUnion, ("British Medical Association",)),
    ("GP Committee England", KG.Committee, ("GPCE", "GPC England")),
    ("Government", KG.GovernmentBody, ()),
    ("Katie Bramall", KG.Person, ("Dr Bramall",)),
]
TYPES = [
    KG.Person,
    KG.Person,
    KG.Organisation,
    KG.TradeUnion,
    KG.Committee,
    KG.GovernmentBody,
    KG.ThinkTank,
    KG.Proposal,
    KG.Contract,
    KG.Reform,
    KG.Event,
    KG.Meeting,
    KG.Vote,
    KG.Place,
]
PREDICATES = [
    KG.wroteTo,
    KG.urges,
    KG.communicatesWith,
    KG.memberOf,
    KG.committeeOf,
    KG.holdsPostIn,
    KG.leads,
    KG.chairOf,
    KG.opposes,
    KG.rejects,
    KG.supports,
    KG.welcomes,
    KG.proposes,
    KG.consultsOn,
    KG.participatesIn,
    KG.advisesOn,
    KG.partOf,
]
MODALITIES = [KG.Asserted] * 6 + [KG.Reported] * 2 + [KG.Planned, KG.Conditional, KG.Negated]
# per document, as kg builds the development articles (10 to 60 sentences, 13 to 30
# entities, 30 to 85 mentions, 9 to 31 relations; the five most named actors take a
# quarter of all mentions and each is in more than half of the articles)
SENTENCES_PER_DOC = 10
ENTITIES_PER_DOC = 15
MENTIONS_PER_DOC = 30
RELATIONS_PER_DOC = 12
KNOWN_SHARE_OF_DOCS = 0.6
KNOWN_MENTION_WEIGHT = 2.0
TRIPLES_PER_DOC = 490  # measured: what one synthetic document adds to the graph


def make_corpus(
    target_triples: int, seed: int = 7
) -> tuple[list[Extraction], list[Entity], list[Relation]]:
    """Synthetic extractions, merged entities and relations of about ``target_triples``.

    Each document names ``ENTITIES_PER_DOC`` distinct entities: each of the
    ``KNOWN`` actors with probability ``KNOWN_SHARE_OF_DOCS``, the rest drawn
    from a long tail with a Zipf-like popularity. Its mentions favour the
    known actors (``KNOWN_MENTION_WEIGHT``), and its relations link two of its
    entities. These figures come from ``kg build`` on the development articles.
    """
    rng = random.Random(seed)
    documents = max(1, target_triples // TRIPLES_PER_DOC)
    pool = max(50, documents * 3)
    names = [(name, cls, aliases) for name, cls, aliases in KNOWN]
    names += [
        (f"{cls.split('#')[-1]} {i}", cls, (f"the {cls.split('#')[-1].lower()} {i}",))
        for i, cls in ((i, rng.choice(TYPES)) for i in range(pool))
    ]
    tail = range(len(KNOWN), len(names))
    tail_weights = list(itertools.accumulate(1.0 / (1 + i) ** 0.8 for i in range(pool)))
    mentions: dict[int, list[Mention]] = {i: [] for i in range(len(names))}
    extractions: list[Extraction] = []
    relations: list[Relation] = []
    for d in range(documents):
        doc_id = f"article-{d:05d}"
        sentences = []
        text_parts = [f"Article {d}\n"]
        offset = len(text_parts[0])
        for s in range(SENTENCES_PER_DOC):
            body = (
                f"Sentence {s} of article {d}, in which actors of policy news say and do things. "
            )
            sentences.append(Sentence(doc_id, s, offset, offset + len(body) - 1, body[:-1]))
            text_parts.append(body)
            offset += len(body)
        text = "".join(text_parts)
        document = Document(doc_id, f"{doc_id}.txt", text, f"Article {d}", len(text))
        present = [i for i in range(len(KNOWN)) if rng.random() < KNOWN_SHARE_OF_DOCS]
        while len(present) < ENTITIES_PER_DOC:
            index = rng.choices(tail, cum_weights=tail_weights)[0]
            if index not in present:
                present.append(index)
        weights = [KNOWN_MENTION_WEIGHT if i < len(KNOWN) else 1.0 for i in present]
        chosen = present + rng.choices(present, weights=weights, k=MENTIONS_PER_DOC - len(present))
        for k, index in enumerate(chosen):
            sentence = sentences[k % SENTENCES_PER_DOC]
            start = sentence.start + (k // SENTENCES_PER_DOC) * 7
            surface = names[index][0]
            mentions[index].append(
                Mention(
                    doc_id, start, start + 6, surface, names[index][1], sentence.index, "ner", 0.8
                )
            )
        for r in range(RELATIONS_PER_DOC):
            subject, obj = rng.sample(present, 2)
            sentence = sentences[r % SENTENCES_PER_DOC]
            evidence = Evidence(
                sentence, sentence.start, sentence.start + 20, "dep:verb", 0.7, "say"
            )
            relations.append(
                Relation(
                    f"e{subject}",
                    rng.choice(PREDICATES),
                    f"e{obj}",
                    evidence,
                    rng.choice(MODALITIES),
                )
            )
        extractions.append(Extraction(document, sentences))
    entities = [
        Entity(f"e{i}", name, cls, (name, *aliases), tuple(mentions[i]))
        for i, (name, cls, aliases) in enumerate(names)
        if mentions[i]
    ]
    used = {entity.key for entity in entities}
    relations = [r for r in relations if r.subject in used and r.object in used]
    return extractions, entities, relations


def hub_share(entities: list[Entity]) -> float:
    """The share of all mentions that name one of the ``KNOWN`` actors."""
    known = {name for name, _, _ in KNOWN}
    total = sum(len(entity.mentions) for entity in entities)
    return sum(len(e.mentions) for e in entities if e.label in known) / max(total, 1)


def write_graph(target_triples: int, folder: Path) -> tuple[Path, int, float]:
    """Build the synthetic graph with kg's ``to_rdf``, write it as kg's Turtle.

    Returns the file, its number of triples and the known actors' share of mentions.
    """
    from kg.rdf.graph import to_rdf
    from kg.rdf.turtle import write_turtle

    extractions, entities, relations = make_corpus(target_triples)
    graph = to_rdf(extractions, entities, relations)
    path = write_turtle(graph, folder / f"synthetic-{target_triples}.ttl")
    return path, len(graph), hub_share(entities)


# --------------------------------------------------------------------------- load, in a fresh process


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure_load(engine: str, path: str) -> dict[str, float]:
    """Load ``path`` with ``engine``; seconds and the memory the graph takes (RSS growth, MiB)."""
    import gc

    if engine == "rdflib":
        from rdflib import Graph

        gc.collect()
        before = _rss_mib()
        start = time.perf_counter()
        graph: Any = Graph()
        graph.parse(path, format="turtle")
        seconds = time.perf_counter() - start
    else:
        from kg.sparql.engine import OxigraphGraph

        gc.collect()
        before = _rss_mib()
        start = time.perf_counter()
        graph = OxigraphGraph.from_file(path)
        seconds = time.perf_counter() - start
    gc.collect()
    return {"seconds": seconds, "memory_mib": _rss_mib() - before, "triples": len(graph)}


def load_in_subprocess(engine: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--measure-load", engine, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# --------------------------------------------------------------------------- queries


class _Timeout(BaseException):  # not caught by kg.query's "except Exception"
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Timeout


def time_query(graph: Any, text: str, engine: str, limit: float | None) -> tuple[float | None, int]:
    """Seconds to run ``text`` fully through ``kg.query`` and its row count; None past ``limit``."""
    from kg.sparql.query import query

    if limit is not None:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        result = query(graph, text, engine=engine)
        rows = len(result) if result.type == "SELECT" else 1
        return time.perf_counter() - start, rows
    except _Timeout:
        return None, -1
    finally:
        if limit is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)


def run_size(
    target: int, folder: Path, rdflib_timeout: float, only: list[str] | None = None
) -> dict[str, Any]:
    from rdflib import Graph

    from kg.sparql.engine import OxigraphGraph
    from kg.sparql.query import library

    start = time.perf_counter()
    path, triples, share = write_graph(target, folder)
    made = time.perf_counter() - start
    print(
        f"# {triples:,} triples, {path.stat().st_size / 2**20:.0f} MiB of Turtle, made in "
        f"{made:.0f} s; the {len(KNOWN)} known actors take {share:.0%} of the mentions",
        flush=True,
    )
    loads = {engine: load_in_subprocess(engine, path) for engine in ("oxigraph", "rdflib")}
    for engine, load in loads.items():
        print(f"load {engine:9} {load['seconds']:7.2f} s {load['memory_mib']:8.0f} MiB", flush=True)
    oxigraph = OxigraphGraph.from_file(path)
    rdflib_graph = Graph()
    rdflib_graph.parse(path, format="turtle")
    queries = []
    for item in library():
        if only and item.name not in only:
            continue
        text = item.path.read_text(encoding="utf-8")
        ox_seconds, ox_rows = time_query(oxigraph, text, "oxigraph", None)
        rd_seconds, rd_rows = time_query(rdflib_graph, text, "rdflib", rdflib_timeout)
        ratio = (rd_seconds if rd_seconds is not None else rdflib_timeout) / max(
            ox_seconds or 0, 1e-6
        )
        queries.append(
            {
                "query": item.name,
                "rows": ox_rows,
                "oxigraph_s": ox_seconds,
                "rdflib_s": rd_seconds,
                "rdflib_rows": rd_rows,
                "ratio": ratio,
                "ratio_is_lower_bound": rd_seconds is None,
            }
        )
        shown = f"{rd_seconds:8.3f}" if rd_seconds is not None else f">{rdflib_timeout:7.0f}"
        print(
            f"{item.name:28} rows {ox_rows:7} oxigraph {ox_seconds:7.3f} s  rdflib {shown} s  "
            f"{'>=' if rd_seconds is None else '  '}{ratio:7.0f}x",
            flush=True,
        )
    total = sum(q["oxigraph_s"] for q in queries)
    print(f"whole library on oxigraph: {total:.2f} s", flush=True)
    return {
        "target": target,
        "triples": triples,
        "known_share_of_mentions": share,
        "load": loads,
        "queries": queries,
        "oxigraph_total_s": total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    parser.add_argument("--queries", nargs="+", help="Run only these library queries.")
    parser.add_argument("--json", type=Path, help="Also write the results as JSON to this file.")
    parser.add_argument(
        "--measure-load", nargs=2, metavar=("ENGINE", "FILE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.measure_load:
        print(json.dumps(measure_load(*args.measure_load)))
        return
    import pyoxigraph
    import rdflib

    print(
        f"# Python {platform.python_version()}, rdflib {rdflib.__version__}, "
        f"pyoxigraph {pyoxigraph.__version__}, {platform.machine()}",
        flush=True,
    )
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-sparql-") as tmp:
        for size in args.sizes:
            results.append(run_size(size, Path(tmp), args.rdflib_timeout, args.queries))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
