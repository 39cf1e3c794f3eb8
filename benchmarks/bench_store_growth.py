"""Time to add one document to a store of N documents (kg build --store), N = 100 ... 10,000.

Documents are synthetic extractions in kg's shape (as ``bench_sparql.py`` makes
them, per document): 10 sentences, 15 entities, 30 mentions and 12 relations;
five well-known actors (gazetteered) in 60 % of the documents, the rest drawn
from a long tail of names shared across documents with a Zipf-like
popularity, so entities merge across documents as in real news. They reach
the store through ``add_documents(..., extract=...)``, which takes the
extractions instead of parsing (the parse of one article is the same at every
N; ``bench_scale.py`` measures it). A store is grown to N in chunks through the
name index, kept under ``--cache`` if given, and copied for the measurement;
then ``--adds`` documents are added one at a time.

Usage::

    python benchmarks/bench_store_growth.py [--sizes 100,1000,10000] [--cache DIR] [--adds 5]
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence  # noqa: E402
from kg.rdf.namespaces import KG  # noqa: E402

KNOWN = [
    ("Wes Streeting", KG.Person, ("Mr Streeting", "health secretary"), "wes-streeting"),
    ("BMA", KG.TradeUnion, ("British Medical Association",), "bma"),
    ("GP Committee England", KG.Committee, ("GPCE", "GPC England"), "gpce"),
    ("Government", KG.GovernmentBody, (), "government"),
    ("Katie Bramall", KG.Person, ("Dr Bramall",), "katie-bramall"),
]
TYPES = [KG.Person, KG.Organisation, KG.TradeUnion, KG.Committee, KG.Proposal, KG.Meeting]
PREDICATES = [KG.wroteTo, KG.urges, KG.memberOf, KG.leads, KG.opposes, KG.supports, KG.proposes]
MODALITIES = [KG.Asserted] * 6 + [KG.Reported] * 2 + [KG.Planned, KG.Conditional, KG.Negated]
SENTENCES, ENTITIES, MENTIONS, RELATIONS, KNOWN_SHARE = 10, 15, 30, 12, 0.6
TAIL = 3000  # names in the long tail


def synthetic(number: int, seed: int = 7) -> Extraction:
    """Document ``number``'s extraction: the same for the same number and seed."""
    rng = random.Random(seed * 1_000_003 + number)
    doc_id = f"article-{number:05d}"
    sentences, parts, offset = [], [f"Article {number}\n"], len(f"Article {number}\n")
    for s in range(SENTENCES):
        body = f"Sentence {s} of article {number}, in which actors of policy news act. "
        sentences.append(Sentence(doc_id, s, offset, offset + len(body) - 1, body[:-1]))
        parts.append(body)
        offset += len(body)
    text = "".join(parts)
    document = Document(doc_id, f"{doc_id}.txt", text, f"Article {number}", len(text))
    present = [i for i in range(len(KNOWN)) if rng.random() < KNOWN_SHARE]
    weights = list(itertools.accumulate(1.0 / (1 + i) ** 0.8 for i in range(TAIL)))
    while len(present) < ENTITIES:
        index = len(KNOWN) + rng.choices(range(TAIL), cum_weights=weights)[0]
        if index not in present:
            present.append(index)
    chosen = present + rng.choices(present, k=MENTIONS - len(present))
    mentions: dict[int, list[Mention]] = {i: [] for i in present}
    for k, index in enumerate(chosen):
        sentence = sentences[k % SENTENCES]
        start = sentence.start + (k // SENTENCES) * 7
        label, type_ = _name(index)[:2]
        mention = Mention(doc_id, start, start + 6, label, type_, sentence.index, "ner", 0.8)
        mentions[index].append(mention)
    entities = []
    keys = {}
    for n, index in enumerate(present, start=1):
        label, type_, aliases, gazetteer = _name(index)
        keys[index] = f"{doc_id}#{n}"
        entities.append(
            Entity(keys[index], label, type_, aliases, tuple(mentions[index]), gazetteer)
        )
    relations = []
    for r in range(RELATIONS):
        subject, obj = rng.sample(present, 2)
        sentence = sentences[r % SENTENCES]
        evidence = Evidence(sentence, sentence.start, sentence.start + 20, "dep:verb", 0.7, "say")
        predicate, modality = rng.choice(PREDICATES), rng.choice(MODALITIES)
        relations.append(Relation(keys[subject], predicate, keys[obj], evidence, modality))
    return Extraction(document, sentences, entities, relations, [])


def _name(index: int) -> tuple[str, Any, tuple[str, ...], str | None]:
    if index < len(KNOWN):
        return KNOWN[index]
    type_ = TYPES[index % len(TYPES)]
    local = str(type_).rsplit("#", 1)[-1]
    return f"{local} {index}", type_, (f"the {local.lower()} {index}",), None


def reader(documents: Sequence[Document]) -> list[Extraction]:
    """``add_documents(extract=...)``: the synthetic extraction of each document."""
    return [synthetic(int(d.id.rsplit("-", 1)[1])) for d in documents]


def documents(numbers: range) -> list[Document]:
    return [synthetic(n).document for n in numbers]


def grow(store: Path, size: int, *, chunk: int = 500) -> float:
    """Make a store of ``size`` documents: 100 in a full build, the rest added in chunks."""
    from kg.sparql.store import add_documents

    start = time.perf_counter()
    first = min(size, 100)
    add_documents(store, documents(range(first)), extract=reader)
    for low in range(first, size, chunk):
        add_documents(store, documents(range(low, min(size, low + chunk))), extract=reader)
    return time.perf_counter() - start


def add_one_document(_nlp: Any, sizes: list[int], *, cache: Path | None, adds: int = 5) -> None:
    """Print the time to add one document at each size (range and median of ``adds``)."""
    from kg.sparql.store import add_documents

    print("\nadd one document to a store of N documents (synthetic extractions, no parse):")
    medians = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as scratch:
        for size in sizes:
            kept = (cache or Path(scratch)) / f"store-{size}"
            if not (kept / "kg-store.json").is_file():
                print(f"  building a store of {size:,} documents ...", flush=True)
                print(f"  built in {grow(kept, size):.0f} s", flush=True)
            work = Path(scratch) / f"work-{size}"
            shutil.copytree(kept, work)
            times = []
            for k in range(adds):
                one = documents(range(size + 100_000 + k, size + 100_001 + k))
                start = time.perf_counter()
                update = add_documents(work, one, extract=reader)
                times.append(time.perf_counter() - start)
                assert update.graph is None, "the store was merged in full, not through its index"
            shutil.rmtree(work)
            medians[size] = statistics.median(times)
            print(
                f"  N = {size:>6,}: {min(times) * 1000:6.0f}-{max(times) * 1000:6.0f} ms "
                f"(median {medians[size] * 1000:.0f} ms)",
                flush=True,
            )
    if len(medians) > 1:
        smallest, largest = medians[min(medians)], medians[max(medians)]
        print(f"  largest / smallest (medians): {largest / smallest:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep built stores")
    parser.add_argument("--adds", type=int, default=5, help="documents added one at a time")
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",") if n]
    add_one_document(None, sizes, cache=args.cache, adds=args.adds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
