"""Where kg's extraction time goes: each mention source, sieve pass, entity pass and
relation rule, as a share of the extraction and against spaCy's parse of the same texts.

The texts are parsed once (timed: the bare spaCy baseline ``bench_pipeline.py`` compares
against), then each parsed document is read by ``extract_parsed`` with every registered
step wrapped in a timer. The registries are the tuples the stages run
(``kg.extract.mentions.SOURCES``, ``kg.extract.entities.resolve.PASSES`` and
``ENTITY_PASSES``, ``kg.extract.relations.RULES``); the wrappers replace them for the run
only. A relation rule's time is what its ``find`` takes at the items it is called at; a
relation pass's own line is its walk (what it iterates) plus the calls. Timing adds a
little to every call, most to rules called at many tokens: read the shares, not the sums.

The corpus is ``bench_pipeline.py``'s (variants of the example article), or the ``.txt``
files of ``--texts DIR`` (e.g. a gold set's folder) read as they are.

Usage::

    python benchmarks/bench_rules.py [--words 30000] [--texts DIR] [--top 30]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import count_words, make_corpus  # noqa: E402

import kg.extract.entities.resolve as resolve_module  # noqa: E402
import kg.extract.mentions as mentions_module  # noqa: E402
import kg.extract.relations as relations_module  # noqa: E402
import kg.extract.relations.core as relations_core  # noqa: E402
from kg.extract import pipeline  # noqa: E402
from kg.extract.parse import load_pipeline, parse_documents  # noqa: E402
from kg.extract.read import read_documents  # noqa: E402

Clock = dict[str, list[float]]  # step → [seconds, calls]


def timed_function(
    clock: Clock, label: str, function: Callable[..., Any], *, lazy: bool = False
) -> Callable[..., Any]:
    """``function``, adding its time and calls to ``clock[label]``; with ``lazy`` (a
    function that returns a generator) the time to run the generator to its end."""

    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            result = function(*args, **kwargs)
            return iter(list(result)) if lazy else result
        finally:
            entry = clock[label]
            entry[0] += time.perf_counter() - start
            entry[1] += 1

    return run


def timed_find(clock: Clock, label: str, find: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
    """A relation rule's ``find``, run to the end under the clock (rules are generators)."""

    def run(*args: Any) -> Iterator[Any]:
        start = time.perf_counter()
        found = list(find(*args))
        entry = clock[label]
        entry[0] += time.perf_counter() - start
        entry[1] += 1
        return iter(found)

    return run


def timed_relation_passes(clock: Clock, passes: tuple[Any, ...]) -> tuple[Any, ...]:
    """The relation passes, each rule's ``find`` and each pass's walk under the clock."""
    out = []
    for step in passes:
        rules = tuple(
            dataclasses.replace(rule, find=timed_find(clock, f"rule {rule.name}", rule.find))
            for rule in step.rules
        )
        walk = step.walk
        timed_walk = (
            walk
            if walk is relations_core.tokens
            else timed_function(clock, f"walk {step.name}", walk, lazy=True)
        )
        out.append(dataclasses.replace(step, rules=rules, walk=timed_walk))
    return tuple(out)


def install_clock(clock: Clock) -> None:
    """Replace the stages' registries and entry points by timed ones."""
    mentions_module.SOURCES = tuple(
        timed_function(clock, f"mentions {f.__name__}", f, lazy=True)
        for f in mentions_module.SOURCES
    )
    resolve_module.PASSES = tuple(
        timed_function(clock, f"sieve {f.__name__}", f) for f in resolve_module.PASSES
    )
    resolve_module.ENTITY_PASSES = tuple(
        timed_function(clock, f"entities {f.__name__}", f) for f in resolve_module.ENTITY_PASSES
    )
    relations_module.RULES = timed_relation_passes(clock, relations_module.RULES)
    for module, names in (
        (mentions_module, ("settle", "people_named_as_organisations", "add_role_mentions")),
        (resolve_module, ("add_name_parts", "Sieve", "entities_of")),
    ):
        for name in names:
            setattr(module, name, timed_function(clock, f"step {name}", getattr(module, name)))
    for stage, name in (
        (pipeline.mentions_stage, "find_mentions"),
        (pipeline.entities_stage, "resolve_document"),
        (pipeline.relations_stage, "find_relations"),
        (pipeline.quotes_stage, "find_quotes"),
    ):
        setattr(stage, name, timed_function(clock, f"stage {name}", getattr(stage, name)))


def report(clock: Clock, parse_seconds: float, extract_seconds: float, top: int) -> None:
    """The stages, then the ``top`` slowest steps, each as a share of the extraction."""
    print(
        f"spaCy parse {parse_seconds:.2f} s; kg extraction after it {extract_seconds:.2f} s "
        f"(ratio to the parse {extract_seconds / parse_seconds:.2f})"
    )
    stages = sorted((k for k in clock if k.startswith("stage ")), key=lambda k: -clock[k][0])
    for label in stages:
        seconds = clock[label][0]
        print(f"  {label:<48} {seconds:7.2f} s {100 * seconds / extract_seconds:5.1f}%")
    steps = sorted((k for k in clock if not k.startswith("stage ")), key=lambda k: -clock[k][0])
    kinds: dict[str, float] = defaultdict(float)
    for label in steps:
        kinds[label.split()[0]] += clock[label][0]
    print(
        "summed by kind: "
        + ", ".join(
            f"{kind} {100 * seconds / extract_seconds:.1f}%" for kind, seconds in kinds.items()
        )
    )
    print(f"slowest {top} steps (share of the extraction; ratio to the parse; calls):")
    for label in steps[:top]:
        seconds, calls = clock[label]
        print(
            f"  {label:<48} {100 * seconds / extract_seconds:5.1f}%  "
            f"{seconds / parse_seconds:6.3f}  {int(calls):>9,}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000, help="minimum corpus size in words")
    parser.add_argument("--texts", type=Path, help="read the .txt files of this folder instead")
    parser.add_argument("--top", type=int, default=30, help="how many of the slowest steps")
    args = parser.parse_args(argv)

    nlp = load_pipeline()
    extractor = pipeline.load_extractor(nlp=nlp)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        paths = (
            sorted(args.texts.glob("*.txt"))
            if args.texts
            else make_corpus(Path(folder), args.words)
        )
        print(f"corpus: {len(paths)} documents, {count_words(paths):,} words")
        documents = list(read_documents(paths))
        start = time.perf_counter()
        parsed = list(parse_documents(nlp, documents))
        parse_seconds = time.perf_counter() - start

    clock: Clock = defaultdict(lambda: [0.0, 0])
    extract = pipeline.extract_parsed
    for document, spacy_doc in parsed[:2]:  # warm-up: lexicon and gazetteer caches
        extract(extractor, document, spacy_doc)
    install_clock(clock)
    start = time.perf_counter()
    for document, spacy_doc in parsed:
        extract(extractor, document, spacy_doc)
    report(clock, parse_seconds, time.perf_counter() - start, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
