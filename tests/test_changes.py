"""Change over time: dated stances per actor and proposal, reversals, first appearances,
same-day contradictions; from a graph file, a store and the command line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg.changes import format_changes, stance_changes
from kg.cli.app import app
from kg.errors import InputError
from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import KG

D = dt.date
UNION, PLAN, MINISTER = "Ferry Pilots Guild", "Harbour Reform Plan", "Alan Brice"
TYPES = {UNION: KG.TradeUnion, PLAN: KG.Plan, MINISTER: KG.Person}


def _graph(
    stances: Sequence[tuple[str, D | None, str, URIRef, str, URIRef]],
    *,
    mentions_only: Sequence[tuple[str, D | None, str]] = (),
    comments: bool = False,
) -> Graph:
    """A kg graph of stances ``(document id, date, actor, predicate, proposal, modality)``;
    ``mentions_only`` adds documents ``(id, date, entity)`` that only mention an entity."""
    documents: dict[str, Document] = {}
    sentences: dict[str, list[Sentence]] = {}
    mentions: dict[str, list[Mention]] = {name: [] for name in TYPES}
    relations: list[Relation] = []

    def sentence(doc_id: str, date: D | None, text: str) -> Sentence:
        if doc_id not in documents:
            documents[doc_id] = Document(
                doc_id,
                doc_id,
                "",
                doc_id,
                10**6,
                date=date,
                date_source="metadata" if date else None,
            )
            sentences[doc_id] = []
        index = len(sentences[doc_id])
        found = Sentence(
            doc_id, index, index * 100, index * 100 + len(text), text, in_comments=comments
        )
        sentences[doc_id].append(found)
        return found

    def mention(name: str, found: Sentence) -> None:
        mentions[name].append(
            Mention(
                found.doc_id,
                found.start,
                found.start + 5,
                name,
                TYPES[name],
                found.index,
                "test",
                1.0,
            )
        )

    for doc_id, date, name in mentions_only:
        found = sentence(doc_id, date, f"{name} was in the news.")
        mention(name, found)
    for doc_id, date, actor, predicate, proposal, modality in stances:
        found = sentence(
            doc_id,
            date,
            f"{actor} {predicate.split('#')[-1]} {proposal} ({modality.split('#')[-1]}).",
        )
        mention(actor, found)
        mention(proposal, found)
        evidence = Evidence(found, found.start, found.end, "test", 0.9)
        relations.append(Relation(actor, predicate, proposal, evidence, modality))
    entities = [
        Entity(
            name,
            name,
            TYPES[name],
            aliases=("the guild",) if name == UNION else (),
            mentions=tuple(found),
        )
        for name, found in mentions.items()
        if found
    ]
    extractions = [Extraction(documents[d], sentences[d]) for d in documents]
    return to_rdf(extractions, entities, relations)


def _summary(graph: Graph, **options: Any) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
    return [
        (h.actor, h.proposal, [(s.date, s.stance, s.modality, s.flags) for s in h.stances])
        for h in stance_changes(graph, **options)
    ]


A, R, C, N, P = KG.Asserted, KG.Reported, KG.Conditional, KG.Negated, KG.Planned


# ------------------------------------------------------------------ reversals


def test_changes_supports_then_opposes_is_a_reversal() -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 10), UNION, KG.welcomes, PLAN, A),
            ("a2", D(2024, 4, 2), UNION, KG.rejects, PLAN, R),
            ("a3", D(2024, 6, 1), UNION, KG.supports, PLAN, A),
        ]
    )
    ((actor, proposal, stances),) = _summary(graph)
    assert (actor, proposal) == (UNION, PLAN)
    assert stances == [
        (D(2024, 1, 10), "supports", "asserted", ("new-actor", "new-proposal")),
        (D(2024, 4, 2), "opposes", "reported", ("reversal",)),
        (D(2024, 6, 1), "supports", "asserted", ("reversal",)),
    ]
    history = stance_changes(graph)[0]
    assert [s.was for s in history.stances] == [None, "supports", "opposes"]
    assert [s.relation for s in history.stances] == ["welcomes", "rejects", "supports"]
    assert history.reversals == 2


def test_changes_proposes_then_supports_is_no_reversal() -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 10), MINISTER, KG.announces, PLAN, A),
            ("a2", D(2024, 2, 10), MINISTER, KG.supports, PLAN, P),
        ]
    )
    ((_a, _p, stances),) = _summary(graph)
    assert [flags for *_rest, flags in stances] == [("new-actor", "new-proposal"), ()]


@pytest.mark.parametrize("modality", [C, N])
def test_changes_conditional_or_negated_stance_is_not_held(modality: URIRef) -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 10), UNION, KG.supports, PLAN, A),
            ("a2", D(2024, 2, 10), UNION, KG.opposes, PLAN, modality),
            ("a3", D(2024, 3, 10), UNION, KG.opposes, PLAN, A),
        ]
    )
    ((_a, _p, stances),) = _summary(graph)
    assert [flags for *_rest, flags in stances] == [
        ("new-actor", "new-proposal"),
        (),
        ("reversal",),
    ]


# ------------------------------------------------------------------ contradictions


def test_changes_two_sources_disagreeing_the_same_day_are_flagged() -> None:
    day = D(2024, 6, 20)
    graph = _graph(
        [
            ("a0", D(2024, 1, 1), UNION, KG.supports, PLAN, A),
            ("coast", day, UNION, KG.supports, PLAN, A),
            ("gazette", day, UNION, KG.rejects, PLAN, A),
        ]
    )
    ((_a, _p, stances),) = _summary(graph)
    assert [flags for *_rest, flags in stances][1:] == [("contradicted",), ("contradicted",)]


def test_changes_one_article_reporting_both_sides_is_no_contradiction() -> None:
    day = D(2024, 6, 20)
    graph = _graph(
        [("a1", day, UNION, KG.supports, PLAN, A), ("a1", day, UNION, KG.opposes, PLAN, R)]
    )
    ((_a, _p, stances),) = _summary(graph)
    assert all("contradicted" not in flags for *_rest, flags in stances)


# ------------------------------------------------------------------ first appearances


def test_changes_first_appearance_counts_any_earlier_mention() -> None:
    graph = _graph(
        [("a1", D(2024, 3, 1), UNION, KG.supports, PLAN, A)],
        mentions_only=[("a0", D(2024, 1, 1), UNION)],
    )
    ((_a, _p, stances),) = _summary(graph)
    assert stances[0][3] == ("new-proposal",)


def test_changes_first_appearance_flags_each_pair_once() -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 1), UNION, KG.supports, PLAN, A),
            ("a2", D(2024, 1, 1), UNION, KG.welcomes, PLAN, R),
        ]
    )
    ((_a, _p, stances),) = _summary(graph)
    assert [s[3] for s in stances] == [("new-actor", "new-proposal"), ()]


# ------------------------------------------------------------------ undated, since, actor


def test_changes_undated_stances_come_last_unflagged() -> None:
    graph = _graph(
        [
            ("u", None, UNION, KG.opposes, PLAN, A),
            ("a1", D(2024, 1, 1), UNION, KG.supports, PLAN, A),
        ]
    )
    ((_a, _p, stances),) = _summary(graph)
    assert [(s[0], s[3]) for s in stances] == [
        (D(2024, 1, 1), ("new-actor", "new-proposal")),
        (None, ()),
    ]


def test_changes_since_keeps_later_stances_and_their_flags() -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 10), UNION, KG.supports, PLAN, A),
            ("a2", D(2024, 4, 2), UNION, KG.opposes, PLAN, A),
            ("u", None, UNION, KG.opposes, PLAN, A),
            ("a3", D(2024, 1, 5), MINISTER, KG.announces, PLAN, A),
        ]
    )
    assert _summary(graph, since=D(2024, 4, 2)) == [
        (UNION, PLAN, [(D(2024, 4, 2), "opposes", "asserted", ("reversal",))])
    ]
    assert _summary(graph, since=D(2025, 1, 1)) == []


@pytest.mark.parametrize("name", ["Ferry Pilots Guild", "ferry pilots guild", "The Guild"])
def test_changes_actor_by_name_or_alias_any_case(name: str) -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 10), UNION, KG.supports, PLAN, A),
            ("a2", D(2024, 1, 11), MINISTER, KG.announces, PLAN, A),
        ]
    )
    assert [h.actor for h in stance_changes(graph, actor=name)] == [UNION]


def test_changes_unknown_actor_is_an_input_error_with_suggestions() -> None:
    graph = _graph([("a1", D(2024, 1, 10), UNION, KG.supports, PLAN, A)])
    with pytest.raises(InputError) as error:
        stance_changes(graph, actor="Ferry Pilot Guild")
    assert "did you mean 'Ferry Pilots Guild'" in str(error.value)


def test_changes_statements_from_readers_comments_are_left_out() -> None:
    graph = _graph([("a1", D(2024, 1, 10), UNION, KG.supports, PLAN, A)], comments=True)
    assert stance_changes(graph) == []


# ------------------------------------------------------------------ formats


def test_changes_formats_link_each_stance_to_its_sentence() -> None:
    graph = _graph(
        [
            ("a1", D(2024, 1, 10), UNION, KG.welcomes, PLAN, A),
            ("a2", D(2024, 4, 2), UNION, KG.rejects, PLAN, A),
        ]
    )
    histories = stance_changes(graph)
    table = format_changes(histories, "table")
    assert f"{UNION} → {PLAN}" in table
    assert "REVERSAL (was supports)" in table
    assert "“Ferry Pilots Guild rejects Harbour Reform Plan (Asserted).” (a2)" in table
    data = json.loads(format_changes(histories, "json"))
    assert data[0]["reversals"] == 1
    last = data[0]["stances"][-1]
    assert (last["date"], last["stance"], last["relation"], last["flags"], last["document"]) == (
        "2024-04-02",
        "opposes",
        "rejects",
        ["reversal"],
        "a2",
    )
    assert last["sentence"].startswith("Ferry Pilots Guild rejects")
    markdown = format_changes(histories, "md")
    assert markdown.startswith(f"## {UNION} → {PLAN}")
    assert "| 2024-04-02 | opposes (rejects) | asserted | REVERSAL (was supports) |" in markdown
    assert format_changes([], "table") == "no stances found\n"
    with pytest.raises(InputError):
        format_changes(histories, "xml")


# ------------------------------------------------------------------ end to end: real articles

CORPUS = {
    "a1.txt": "---\ndate: 2024-01-10\npublisher: Harbour Gazette\n---\nGuild welcomes harbour plan\n"
    "The Ferry Pilots Guild has welcomed the Harbour Reform Plan.\n"
    "Transport minister Alan Brice announced the Harbour Reform Plan on Monday.\n",
    "a2.txt": "---\ndate: 2024-04-02\npublisher: Harbour Gazette\n---\nGuild turns on harbour plan\n"
    "The Ferry Pilots Guild has rejected the Harbour Reform Plan.\n",
    "a3.txt": "---\ndate: 2024-06-20\npublisher: Coast News\n---\nGuild split over plan\n"
    "The Ferry Pilots Guild still supports the Harbour Reform Plan.\n",
    "a4.txt": "---\ndate: 2024-06-20\npublisher: Harbour Gazette\n---\nGuild against plan\n"
    "The Ferry Pilots Guild has rejected the Harbour Reform Plan.\n",
}

EXPECTED = [
    (D(2024, 1, 10), "supports", ("new-actor", "new-proposal"), "a1"),
    (D(2024, 4, 2), "opposes", ("reversal",), "a2"),
    (D(2024, 6, 20), "supports", ("contradicted",), "a3"),
    (D(2024, 6, 20), "opposes", ("contradicted",), "a4"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _guild(histories: Any) -> list[tuple[Any, ...]]:
    (history,) = [h for h in histories if h.actor == UNION and h.proposal == PLAN]
    return [(s.date, s.stance, s.flags, s.document) for s in history.stances]


def test_changes_on_a_built_graph_file_reports_the_reversal(
    corpus: Path, nlp: Any, tmp_path: Path
) -> None:
    from kg.pipeline import build
    from kg.rdf.turtle import write_turtle

    path = write_turtle(build([corpus], nlp=nlp), tmp_path / "graph.ttl")
    assert _guild(stance_changes(path)) == EXPECTED


def test_changes_on_a_store_reports_the_reversal(corpus: Path, nlp: Any, tmp_path: Path) -> None:
    from kg.extract.read import read_documents
    from kg.sparql.store import add_documents

    documents = read_documents([corpus])
    add_documents(tmp_path / "store", documents[:2], nlp=nlp)
    add_documents(tmp_path / "store", documents[2:], nlp=nlp)
    assert _guild(stance_changes(tmp_path / "store")) == EXPECTED


def test_changes_cli(corpus: Path, shared_pipeline: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    built = runner.invoke(
        app, ["build", str(corpus), "-o", str(tmp_path / "out"), "-q", "--no-html"]
    )
    assert built.exit_code == 0, built.output
    graph = str(tmp_path / "out" / "graph.ttl")
    result = runner.invoke(
        app, ["changes", graph, "--actor", "ferry pilots guild", "--since", "2024-04-01"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"{UNION} → {PLAN}"
    assert "REVERSAL (was supports)" in result.stdout
    assert "2024-01-10" not in result.stdout
    data = json.loads(runner.invoke(app, ["changes", graph, "--format", "json"]).stdout)
    assert {(h["actor"], h["proposal"]) for h in data} >= {(UNION, PLAN), (MINISTER, PLAN)}
    for args, fragment in (
        (["--since", "April"], "YYYY-MM-DD"),
        (["--format", "xml"], "unknown format"),
        (["--actor", "Nobody Atall"], "no person or organisation"),
    ):
        bad = runner.invoke(app, ["changes", graph, *args])
        assert bad.exit_code == 2
        (line,) = bad.stderr.splitlines()
        assert line.startswith("kg: error: ") and fragment in line
    missing = runner.invoke(app, ["changes", str(tmp_path / "nope.ttl")])
    assert missing.exit_code == 2 and len(missing.stderr.splitlines()) == 1
