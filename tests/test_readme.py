"""The README is true on a fresh clone: its sample output is what kg prints, and the commands
it shows work with what the repository ships (no ../shared)."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from kg.rdf.summary import summarise

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_build_output_is_what_kg_build_prints(example_graph: Graph) -> None:
    summary = summarise(example_graph)
    shown = re.search(r"\$ kg build examples/\S+ -o out.*\n(.*)\n", README)
    assert shown is not None
    assert shown.group(1).startswith(
        f"1 document, {summary['entities']} entities, {summary['relations']} relations "
        f"({summary['statements']} statements, "
    )
    for label, count in (("member of", "memberOf"), ("communicates with", "communicatesWith")):
        line = re.search(rf"^{label} +(\d+)$", README, re.MULTILINE)
        assert line is not None and int(line.group(1)) == summary["relations_by_property"][count]


def test_readme_commands_need_nothing_outside_the_repository() -> None:
    commands = [line for line in README.splitlines() if line.startswith("$ kg ")]
    assert commands and not [c for c in commands if "../shared" in c]
    assert "$ kg eval examples" in README


def test_kg_eval_examples_scores_the_shipped_gold(nlp: object) -> None:
    from kg.evaluate import run_eval
    from kg.pipeline import build

    gold = sorted((ROOT / "examples").glob("*.gold.json"))
    assert [path.name for path in gold] == ["streeting-letter-to-gpce.gold.json"]
    report = run_eval(ROOT / "examples", build_corpus=lambda path: build([path], nlp=nlp))
    assert len(report.articles) == 1
    scores = report.articles[0].scores
    assert scores["entities"].recall > 0.8 and scores["relations"].f1 > 0.5


def test_readme_names_only_files_that_exist() -> None:
    named = set(
        re.findall(r"`((?:kg|tests|examples|benchmarks|docs|ontology|\.ci)/[\w./-]+)`", README)
    )
    named |= set(re.findall(r"\]\((docs/[\w./-]+)\)", README))
    missing = sorted(
        path for path in named if "*" not in path and not (ROOT / path.rstrip("/")).exists()
    )
    assert named and not missing, missing
