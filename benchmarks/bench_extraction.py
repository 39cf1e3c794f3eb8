"""Extraction quality: kg against a naive baseline, both scored by ``kg eval``.

The baseline is what a builder gets from spaCy alone: the statistical
entities of ``en_core_web_sm`` (PERSON → Person, ORG/NORP → Organisation,
GPE/LOC → Place, EVENT → Event, LAW → Proposal; one entity per distinct name
in an article) and an edge for every pair of entities in a sentence, typed by
the entities' types (actor → organisation: memberOf, actor → actor:
communicatesWith, actor → proposal: proposes, actor → event: participatesIn,
proposal → proposal: partOf). Both graphs are scored with the same matching
rules (:mod:`kg.evaluate`), so the margin is kg's rules.

Usage::

    python3 benchmarks/bench_extraction.py ../shared/dev

It also reports the time each takes, as a ratio measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import combinations
from pathlib import Path

from rdflib import Graph

from kg.evaluate import MEASURES, EvalReport, run_eval
from kg.extract.mentions import sentences_of
from kg.extract.parse import _load_statistical_model, load_pipeline
from kg.extract.read import read_file
from kg.model import Entity, Evidence, Extraction, Mention, Relation
from kg.pipeline import build
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

NER_TYPES = {
    "PERSON": KG.Person,
    "ORG": KG.Organisation,
    "NORP": KG.Organisation,
    "GPE": KG.Place,
    "LOC": KG.Place,
    "EVENT": KG.Event,
    "LAW": KG.Proposal,
}
ACTORS = (KG.Person, KG.Organisation)


def _predicate(subject: type, obj: type) -> object | None:
    if subject in ACTORS and obj == KG.Organisation:
        return KG.memberOf
    if subject in ACTORS and obj == KG.Person:
        return KG.communicatesWith
    if subject in ACTORS and obj == KG.Proposal:
        return KG.proposes
    if subject in ACTORS and obj == KG.Event:
        return KG.participatesIn
    if subject == KG.Proposal and obj == KG.Proposal:
        return KG.partOf
    return None


def baseline_graph(nlp, path: Path) -> Graph:  # type: ignore[no-untyped-def]
    """spaCy NER plus same-sentence co-occurrence, in kg's RDF shape."""
    document = read_file(path)
    doc = nlp(document.text[: document.body_end])
    sentences = sentences_of(document, doc)
    starts = [s.start for s in sentences]
    entities: dict[str, Entity] = {}
    mentions_by_sentence: dict[int, list[tuple[str, Mention]]] = {}
    for ent in doc.ents:
        cls = NER_TYPES.get(ent.label_)
        if cls is None:
            continue
        index = max(0, sum(1 for s in starts if s <= ent.start_char) - 1)
        mention = Mention(
            document.id, ent.start_char, ent.end_char, ent.text, cls, index, "ner", 0.5
        )
        key = ent.text.lower()
        old = entities.get(key)
        entities[key] = Entity(
            key, ent.text, old.type if old else cls, (), (*(old.mentions if old else ()), mention)
        )
        mentions_by_sentence.setdefault(index, []).append((key, mention))
    relations = []
    for index, found in mentions_by_sentence.items():
        for (a, ma), (b, mb) in combinations(found, 2):
            for (s, ms), (o, mo) in (((a, ma), (b, mb)), ((b, mb), (a, ma))):
                if s == o:
                    continue
                predicate = _predicate(core_class(entities[s].type), core_class(entities[o].type))
                if predicate is None:
                    continue
                evidence = Evidence(
                    sentences[index],
                    min(ms.start, mo.start),
                    max(ms.end, mo.end),
                    "cooccurrence",
                    0.1,
                )
                relations.append(Relation(s, predicate, o, evidence, KG.Asserted))
    extraction = Extraction(document, sentences, list(entities.values()), relations)
    return to_rdf([extraction], list(entities.values()), relations)


def _row(name: str, report: EvalReport, seconds: float) -> str:
    cells = [
        f"{report.totals[m].precision:.3f} / {report.totals[m].recall:.3f} / {report.totals[m].f1:.3f}"
        for m in MEASURES
    ]
    return f"| {name} | " + " | ".join(cells) + f" | {seconds:.1f} s |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path, help="folder of *.gold.json files and their texts")
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    bare = _load_statistical_model(None)  # spaCy alone, without kg's components

    started = time.perf_counter()
    kg_report = run_eval(args.gold_dir, build_corpus=lambda p: build([p], nlp=nlp))
    kg_seconds = time.perf_counter() - started
    started = time.perf_counter()
    baseline_report = run_eval(args.gold_dir, build_corpus=lambda p: baseline_graph(bare, p))
    baseline_seconds = time.perf_counter() - started

    print(
        "| system | entities P / R / F1 | typed entities P / R / F1 | relations P / R / F1 | pairs P / R / F1 | time |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    print(_row("kg", kg_report, kg_seconds))
    print(
        _row("naive baseline (spaCy NER + same-sentence pairs)", baseline_report, baseline_seconds)
    )
    for measure in MEASURES:
        margin = kg_report.totals[measure].f1 - baseline_report.totals[measure].f1
        print(f"F1 margin, {measure}: {margin:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
