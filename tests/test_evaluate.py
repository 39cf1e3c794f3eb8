"""The scorer of ``kg eval``, on tiny hand-made gold files and graphs with known answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from kg.errors import InputError
from kg.evaluate import (
    MEASURES,
    EvalReport,
    Gold,
    Scores,
    evaluate_graph,
    format_report,
    load_gold,
    name_variants,
    normalise_name,
    parse_gold,
    predicted_from_graph,
    report_to_json,
    run_eval,
)
from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import ID, KG, document_iri

EX = Namespace("http://example.org/")

GOLD: dict[str, Any] = {
    "file": "article.txt",
    "entities": [
        {
            "id": "streeting",
            "name": "Wes Streeting",
            "type": "Person",
            "aliases": ["Wes Streeting", "Mr Streeting", "health secretary"],
        },
        {
            "id": "bma",
            "name": "British Medical Association (BMA)",
            "type": "Organisation",
            "aliases": ["BMA"],
        },
        {
            "id": "gpce",
            "name": "BMA GP Committee England (GPCE)",
            "type": "Organisation",
            "aliases": ["GPC England", "your committee"],
        },
        {"id": "gms_contract", "name": "GMS contract", "type": "Proposal", "aliases": []},
    ],
    "relations": [
        {
            "subject": "streeting",
            "predicate": "communicates_with",
            "object": "gpce",
            "evidence": "Wes Streeting has written to GPC England.",
        },
        {
            "subject": "gpce",
            "predicate": "member_of",
            "object": "bma",
            "evidence": "GPC England is the BMA's GP committee.",
        },
        {
            "subject": "streeting",
            "predicate": "proposes",
            "object": "gms_contract",
            "evidence": "He set out a new GMS contract.",
        },
    ],
}


def gold(data: dict[str, Any] | None = None) -> Gold:
    return parse_gold(data if data is not None else GOLD, source="test.gold.json")


def add_entity(graph: Graph, key: str, cls: URIRef, label: str, *aliases: str) -> URIRef:
    node = ID[key]
    graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(label)))
    for alias in aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    graph.add((node, KG.mentionedIn, document_iri("article")))
    return node


def relate(graph: Graph, subject: str, prop: URIRef, obj: str) -> None:
    graph.add((ID[subject], prop, ID[obj]))


def counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp, scores.fp, scores.fn


def perfect_graph() -> Graph:
    graph = Graph()
    add_entity(graph, "wes-streeting", KG.Person, "Wes Streeting")
    add_entity(graph, "bma", KG.TradeUnion, "BMA")
    add_entity(graph, "gpce", KG.Committee, "GPC England")
    add_entity(graph, "gms-contract", KG.Contract, "GMS contract")
    relate(graph, "wes-streeting", KG.communicatesWith, "gpce")
    relate(graph, "gpce", KG.memberOf, "bma")
    relate(graph, "wes-streeting", KG.proposes, "gms-contract")
    return graph


# ------------------------------------------------------------ scores


def test_scores_ratios_and_zero_when_undefined() -> None:
    scores = Scores(tp=2, fp=1, fn=3)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 5)
    assert scores.f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))
    assert (Scores().precision, Scores().recall, Scores().f1) == (0.0, 0.0, 0.0)
    assert Scores(1, 2, 3) + Scores(4, 5, 6) == Scores(5, 7, 9)


def test_evaluate_perfect_graph_scores_one() -> None:
    result = evaluate_graph(perfect_graph(), gold())
    for measure in MEASURES:
        assert result.scores[measure].f1 == 1.0, measure
    assert dict(result.matches)["gpce"] == str(ID["gpce"])


def test_evaluate_small_case_exact_numbers() -> None:
    graph = Graph()
    add_entity(graph, "wes-streeting", KG.Person, "Wes Streeting")
    add_entity(graph, "bma", KG.TradeUnion, "BMA")
    add_entity(graph, "gpce", KG.Committee, "GPC England")
    add_entity(graph, "nhs", KG.PublicBody, "NHS")  # not in the gold
    relate(graph, "wes-streeting", KG.communicatesWith, "gpce")  # right
    relate(graph, "gpce", KG.leads, "bma")  # wrong predicate, right pair
    relate(graph, "wes-streeting", KG.supports, "nhs")  # object not in the gold
    result = evaluate_graph(graph, gold())

    assert counts(result.scores["entities"]) == (3, 1, 1)
    assert result.scores["entities"].precision == pytest.approx(0.75)
    assert result.scores["entities"].recall == pytest.approx(0.75)
    assert result.scores["entities"].f1 == pytest.approx(0.75)
    assert counts(result.scores["relations"]) == (1, 2, 2)
    assert result.scores["relations"].precision == pytest.approx(1 / 3)
    assert result.scores["relations"].recall == pytest.approx(1 / 3)
    assert counts(result.scores["pairs"]) == (2, 1, 1)
    assert result.scores["pairs"].f1 == pytest.approx(2 / 3)
    assert [e.ref for e in result.missed_entities] == ["gms_contract"]
    assert [e.name for e in result.spurious_entities] == ["NHS"]
    missed = {(r.subject, r.predicate, r.object) for r in result.missed_relations}
    assert missed == {
        ("BMA GP Committee England (GPCE)", "member_of", "British Medical Association (BMA)"),
        ("Wes Streeting", "proposes", "GMS contract"),
    }
    spurious = {(r.subject, r.predicate, r.object, r.note) for r in result.spurious_relations}
    assert spurious == {
        ("GPC England", "leads", "BMA", ""),
        ("Wes Streeting", "supports", "NHS", "object not in the gold"),
    }


def test_breakdown_by_predicate_and_by_type_counts_each_error_once() -> None:
    graph = Graph()
    add_entity(graph, "wes-streeting", KG.Person, "Wes Streeting")
    add_entity(graph, "bma", KG.TradeUnion, "BMA")
    add_entity(graph, "gpce", KG.Committee, "GPC England")
    add_entity(graph, "nhs", KG.PublicBody, "NHS")  # not in the gold
    add_entity(graph, "gms", KG.Person, "GMS contract")  # right entity, wrong type
    relate(graph, "wes-streeting", KG.communicatesWith, "gpce")  # right
    relate(graph, "gpce", KG.leads, "bma")  # wrong predicate
    result = evaluate_graph(graph, gold())

    assert counts(result.by_predicate["communicates_with"]) == (1, 0, 0)
    assert counts(result.by_predicate["leads"]) == (0, 1, 0)
    assert counts(result.by_predicate["member_of"]) == (0, 0, 1)
    assert counts(result.by_predicate["proposes"]) == (0, 0, 1)
    assert counts(result.by_type["Person"]) == (1, 1, 0)  # the mistyped contract is a false Person
    assert counts(result.by_type["Organisation"]) == (2, 1, 0)
    assert counts(result.by_type["Proposal"]) == (0, 0, 1)
    total = sum(result.by_type.values(), Scores())
    assert counts(total) == counts(result.scores["typed_entities"])


def test_breakdown_by_rule_credits_each_rule_that_read_a_relation() -> None:
    graph = built_graph()  # "Wes Streeting has written to GPC England" by rule dep:verb-prep
    result = evaluate_graph(graph, gold())
    assert counts(result.by_rule["dep:verb-prep"]) == (1, 0, 2)  # found 1 of the 3 gold relations
    data = json.loads(json.dumps(GOLD))
    data["relations"] = []
    assert counts(evaluate_graph(graph, gold(data)).by_rule["dep:verb-prep"]) == (0, 1, 0)


def test_breakdown_by_rule_tells_apart_rules_that_share_a_method() -> None:
    """A statement with ``kg:rule`` (its method is another rule's) is scored under both."""
    result = evaluate_graph(built_graph(rule="letter"), gold())
    assert counts(result.by_rule["dep:verb-prep (letter)"]) == (1, 0, 2)
    assert "dep:verb-prep" not in result.by_rule


# ------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The BMA", "bma"),
        ("the BMA’s", "bma"),
        ("BMA's", "bma"),
        ("Dr Katie Bramall", "katie bramall"),
        ("Dr. Bramall", "bramall"),
        ("Mr Streeting", "streeting"),
        ("Sir James Mackey", "james mackey"),
        ("Baroness Smith", "smith"),
        ("Councillor Jane Osei", "jane osei"),
        ("Cllr Osei", "osei"),
        ("your committee", "committee"),
        ("  GPC   England. ", "gpc england"),
        ("GPCE’s executive", "gpce's executive"),
        ("The", "the"),
    ],
)
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


def test_name_in_brackets_counts_as_two_names() -> None:
    assert name_variants("NHS England (NHSE)") == ("nhs england", "nhse")
    assert name_variants("Carr-Hill formula") == ("carr-hill formula",)


def test_matching_ignores_honorifics_possessives_and_articles() -> None:
    graph = Graph()
    add_entity(graph, "x1", KG.Person, "Mr. Wes Streeting")
    add_entity(graph, "x2", KG.Organisation, "the BMA’s")
    add_entity(graph, "x3", KG.Committee, "Your Committee")
    add_entity(graph, "x4", KG.Proposal, "The GMS Contract.")
    result = evaluate_graph(graph, gold())
    assert dict(result.matches) == {
        "streeting": str(ID["x1"]),
        "bma": str(ID["x2"]),
        "gpce": str(ID["x3"]),
        "gms_contract": str(ID["x4"]),
    }


def test_bracketed_part_of_gold_name_is_an_alias() -> None:
    graph = Graph()
    add_entity(graph, "gpce", KG.Committee, "GPCE")
    result = evaluate_graph(graph, gold())
    assert dict(result.matches) == {"gpce": str(ID["gpce"])}


def test_alt_labels_count_as_names() -> None:
    graph = Graph()
    add_entity(graph, "committee", KG.Committee, "GP committee of the BMA", "GPC England")
    result = evaluate_graph(graph, gold())
    assert dict(result.matches) == {"gpce": str(ID["committee"])}


def test_surname_alone_names_a_gold_person() -> None:
    graph = Graph()
    add_entity(graph, "streeting", KG.Person, "Streeting")
    result = evaluate_graph(graph, gold())
    assert dict(result.matches) == {"streeting": str(ID["streeting"])}


def test_surname_of_a_predicted_person_matches_a_gold_name() -> None:
    data = {
        "file": "a.txt",
        "entities": [
            {"id": "buckman", "name": "Laurence Buckman", "type": "Person", "aliases": ["Buckman"]}
        ],
        "relations": [],
    }
    graph = Graph()
    add_entity(graph, "larry", KG.Person, "Larry Buckman")
    assert dict(evaluate_graph(graph, gold(data)).matches) == {"buckman": str(ID["larry"])}


def test_surname_rule_is_only_for_persons() -> None:
    data = {
        "file": "a.txt",
        "entities": [{"id": "review", "name": "Darzi review", "type": "Proposal", "aliases": []}],
        "relations": [],
    }
    graph = Graph()
    add_entity(graph, "review", KG.Proposal, "review")
    result = evaluate_graph(graph, gold(data))
    assert result.matches == ()
    assert counts(result.scores["entities"]) == (0, 1, 1)


def test_unmerged_duplicate_is_a_false_positive() -> None:
    graph = perfect_graph()
    add_entity(graph, "mr-streeting", KG.Person, "Mr Streeting")
    relate(graph, "mr-streeting", KG.proposes, "gms-contract")  # on the duplicate node
    result = evaluate_graph(graph, gold())
    assert counts(result.scores["entities"]) == (4, 1, 0)
    assert dict(result.matches)["streeting"] == str(ID["wes-streeting"])
    [duplicate] = result.spurious_entities
    assert duplicate.ref == str(ID["mr-streeting"])
    assert "duplicate" in duplicate.note and "streeting" in duplicate.note
    assert counts(result.scores["relations"]) == (3, 1, 0)
    assert result.spurious_relations[0].note == "subject not in the gold"


def test_best_overlap_wins_the_gold_entity() -> None:
    graph = Graph()
    add_entity(graph, "a", KG.Person, "health secretary")
    add_entity(graph, "b", KG.Person, "Wes Streeting", "Mr Streeting")
    result = evaluate_graph(graph, gold())
    assert dict(result.matches) == {"streeting": str(ID["b"])}


def test_type_mismatch_affects_typed_score_only() -> None:
    graph = perfect_graph()
    graph.remove((ID["gms-contract"], RDF.type, KG.Contract))
    graph.add((ID["gms-contract"], RDF.type, KG.Meeting))  # an Event, gold says Proposal
    result = evaluate_graph(graph, gold())
    assert counts(result.scores["entities"]) == (4, 0, 0)
    assert counts(result.scores["typed_entities"]) == (3, 1, 1)
    assert counts(result.scores["relations"]) == (3, 0, 0)
    [mistyped] = result.mistyped_entities
    assert mistyped.type == "Event" and "Proposal" in mistyped.note


# ------------------------------------------------------------ relations


def test_subproperty_maps_to_core_relation() -> None:
    graph = perfect_graph()
    graph.remove((ID["wes-streeting"], KG.communicatesWith, ID["gpce"]))
    relate(graph, "wes-streeting", KG.wroteTo, "gpce")  # no core triple beside it
    predicted = predicted_from_graph(graph)
    wrote = [r for r in predicted.relations if r.predicate == "communicates_with"]
    assert [r.via for r in wrote] == [(str(KG.wroteTo),)]
    assert counts(evaluate_graph(graph, gold()).scores["relations"]) == (3, 0, 0)


def test_subproperty_declared_in_the_graph_itself() -> None:
    graph = perfect_graph()
    graph.remove((ID["wes-streeting"], KG.communicatesWith, ID["gpce"]))
    graph.add((EX.emailed, RDFS.subPropertyOf, KG.wroteTo))
    graph.add((ID["wes-streeting"], EX.emailed, ID["gpce"]))
    assert counts(evaluate_graph(graph, gold()).scores["relations"]) == (3, 0, 0)


def test_refinement_and_core_triple_count_once() -> None:
    graph = perfect_graph()
    relate(graph, "wes-streeting", KG.wroteTo, "gpce")
    relate(graph, "wes-streeting", KG.tells, "gpce")
    assert counts(evaluate_graph(graph, gold()).scores["relations"]) == (3, 0, 0)


def test_properties_outside_the_core_are_ignored() -> None:
    graph = perfect_graph()
    relate(graph, "wes-streeting", EX.likes, "bma")
    relate(graph, "wes-streeting", KG.mentionedIn, "bma")
    assert counts(evaluate_graph(graph, gold()).scores["relations"]) == (3, 0, 0)


def test_communicates_with_matches_either_direction_once() -> None:
    graph = perfect_graph()
    graph.remove((ID["wes-streeting"], KG.communicatesWith, ID["gpce"]))
    relate(graph, "gpce", KG.communicatesWith, "wes-streeting")
    assert counts(evaluate_graph(graph, gold()).scores["relations"]) == (3, 0, 0)
    relate(graph, "wes-streeting", KG.communicatesWith, "gpce")  # both directions now
    assert counts(evaluate_graph(graph, gold()).scores["relations"]) == (3, 0, 0)


def test_communicates_with_both_directions_in_gold_needs_both() -> None:
    data = json.loads(json.dumps(GOLD))
    data["relations"].append(
        {
            "subject": "gpce",
            "predicate": "communicates_with",
            "object": "streeting",
            "evidence": "The two parties called each other liars.",
        }
    )
    graph = perfect_graph()
    assert counts(evaluate_graph(graph, gold(data)).scores["relations"]) == (3, 0, 1)
    relate(graph, "gpce", KG.communicatesWith, "wes-streeting")
    assert counts(evaluate_graph(graph, gold(data)).scores["relations"]) == (4, 0, 0)


def test_other_predicates_keep_their_direction_but_pairs_do_not() -> None:
    graph = perfect_graph()
    graph.remove((ID["gpce"], KG.memberOf, ID["bma"]))
    relate(graph, "bma", KG.memberOf, "gpce")  # reversed
    result = evaluate_graph(graph, gold())
    assert counts(result.scores["relations"]) == (2, 1, 1)
    assert counts(result.scores["pairs"]) == (3, 0, 0)


def test_pairs_are_deduplicated_across_predicates() -> None:
    graph = perfect_graph()
    relate(graph, "gpce", KG.leads, "bma")
    relate(graph, "bma", KG.opposes, "gpce")
    result = evaluate_graph(graph, gold())
    assert counts(result.scores["relations"]) == (3, 2, 0)
    assert counts(result.scores["pairs"]) == (3, 0, 0)


# ------------------------------------------------------------ built graphs


def built_graph(rule: str = "") -> Graph:
    """A graph written by ``kg.rdf.graph.to_rdf`` from hand-made model objects (``rule``: the
    table rule that read the first relation, when its method is another rule's)."""
    text = "Wes Streeting has written to GPC England. He may back the BMA."
    document = Document("article", "article.txt", text, "A letter", len(text))
    first = Sentence("article", 0, 0, 41, text[:41])
    second = Sentence("article", 1, 42, len(text), text[42:])

    def mention(start: int, end: int, cls: URIRef, sentence: Sentence) -> Mention:
        return Mention("article", start, end, text[start:end], cls, sentence.index, "ner", 0.9)

    streeting = Entity(
        "streeting",
        "Wes Streeting",
        KG.Person,
        ("Wes Streeting",),
        (mention(0, 13, KG.Person, first),),
    )
    gpce = Entity(
        "gpce",
        "GPC England",
        KG.Committee,
        ("GPC England",),
        (mention(29, 40, KG.Committee, first),),
    )
    bma = Entity("bma", "BMA", KG.TradeUnion, ("BMA",), (mention(59, 62, KG.TradeUnion, second),))
    wrote = Relation(
        "streeting",
        KG.wroteTo,
        "gpce",
        Evidence(first, 0, 40, "dep:verb-prep", 0.8, "write to", rule),
        KG.Asserted,
    )
    backs = Relation(
        "streeting",
        KG.supports,
        "bma",
        Evidence(second, 42, 62, "dep:verb-obj", 0.5, "back"),
        KG.Conditional,
    )
    extraction = Extraction(document, [first, second], [streeting, gpce, bma], [wrote, backs])
    return to_rdf([extraction], [streeting, gpce, bma], [wrote, backs])


def test_predicted_from_built_graph() -> None:
    predicted = predicted_from_graph(built_graph())
    types = {e.label: e.type for e in predicted.entities}
    assert types == {
        "Wes Streeting": "Person",
        "GPC England": "Organisation",
        "BMA": "Organisation",
    }
    # the conditional "may back" has a statement node but no direct triple
    [relation] = predicted.relations
    assert relation.predicate == "communicates_with"
    assert set(relation.via) == {str(KG.wroteTo), str(KG.communicatesWith)}
    assert relation.sentences == ("Wes Streeting has written to GPC England.",)
    bma = next(e for e in predicted.entities if e.label == "BMA")
    assert bma.sentence == "He may back the BMA."


def test_predicted_from_graph_document_filter() -> None:
    graph = built_graph()
    assert len(predicted_from_graph(graph, document_id="article").entities) == 3
    assert predicted_from_graph(graph, document_id="other") == predicted_from_graph(Graph())


def test_spurious_relation_shows_its_sentence() -> None:
    data = json.loads(json.dumps(GOLD))
    data["relations"] = []
    result = evaluate_graph(built_graph(), gold(data))
    [spurious] = result.spurious_relations
    assert spurious.sentence == "Wes Streeting has written to GPC England."
    assert (spurious.subject, spurious.predicate, spurious.object) == (
        "Wes Streeting",
        "communicates_with",
        "GPC England",
    )


# ------------------------------------------------------------ gold files


def write_gold(folder: Path, name: str, data: dict[str, Any], text: str | None = "text") -> Path:
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    if text is not None:
        (folder / data["file"]).write_text(text, encoding="utf-8")
    return path


def test_load_gold_reads_the_documented_format(tmp_path: Path) -> None:
    loaded = load_gold(write_gold(tmp_path, "a", GOLD))
    assert loaded == gold()
    assert loaded.entities[1].names == ("British Medical Association (BMA)", "BMA")
    assert loaded.relations[0].predicate == "communicates_with"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"entities": [], "relations": []}), "'file'"),
        (json.dumps({"file": "a.txt", "relations": []}), "'entities'"),
        (
            json.dumps(
                {"file": "a.txt", "entities": [{"id": "x", "type": "Person"}], "relations": []}
            ),
            "'name'",
        ),
        (
            json.dumps(
                {
                    "file": "a.txt",
                    "entities": [{"id": "x", "name": "X", "type": "Thing"}],
                    "relations": [],
                }
            ),
            "'Thing'",
        ),
        (
            json.dumps(
                {
                    "file": "a.txt",
                    "entities": [{"id": "x", "name": "X", "type": "Person"}],
                    "relations": [{"subject": "x", "predicate": "likes", "object": "x"}],
                }
            ),
            "'likes'",
        ),
        (
            json.dumps(
                {
                    "file": "a.txt",
                    "entities": [{"id": "x", "name": "X", "type": "Person"}],
                    "relations": [{"subject": "x", "predicate": "leads", "object": "y"}],
                }
            ),
            "'y'",
        ),
    ],
)
def test_load_gold_bad_files_raise_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "none.gold.json")


# ------------------------------------------------------------ run_eval


def second_gold() -> dict[str, Any]:
    return {
        "file": "second.txt",
        "entities": [
            {"id": "unison", "name": "Unison", "type": "Organisation", "aliases": []},
            {
                "id": "mcanea",
                "name": "Christina McAnea",
                "type": "Person",
                "aliases": ["Unison general secretary"],
            },
        ],
        "relations": [
            {
                "subject": "mcanea",
                "predicate": "leads",
                "object": "unison",
                "evidence": "Christina McAnea leads Unison.",
            },
        ],
    }


def fake_builder(calls: list[Path]) -> Any:
    def build(path: Path) -> Graph:
        calls.append(path)
        if path.name == "article.txt":
            graph = perfect_graph()
            add_entity(graph, "nhs", KG.PublicBody, "NHS")  # one FP
            return graph
        graph = Graph()
        add_entity(graph, "mcanea", KG.Person, "McAnea")
        relate(graph, "mcanea", KG.memberOf, "mcanea")  # a wrong self-relation
        return graph

    return build


def test_run_eval_micro_averages_over_articles(tmp_path: Path) -> None:
    write_gold(tmp_path, "01_first", GOLD)
    write_gold(tmp_path, "02_second", second_gold())
    calls: list[Path] = []
    seen: list[str] = []
    report = run_eval(
        tmp_path,
        build_corpus=fake_builder(calls),
        on_article=lambda result: seen.append(result.file),
    )
    assert [p.name for p in calls] == ["article.txt", "second.txt"]
    assert seen == ["article.txt", "second.txt"]
    first, second = report.articles
    assert counts(first.scores["entities"]) == (4, 1, 0)
    assert counts(second.scores["entities"]) == (1, 0, 1)
    assert counts(report.totals["entities"]) == (5, 1, 1)
    assert report.totals["entities"].precision == pytest.approx(5 / 6)
    # micro, not macro: relations 3/3 and 0/1 give P 3/4, not the mean of 1.0 and 0.0
    assert counts(report.totals["relations"]) == (3, 1, 1)
    assert report.totals["relations"].precision == pytest.approx(0.75)
    assert report.totals["relations"].recall == pytest.approx(0.75)
    assert report == EvalReport.from_articles(report.articles)


def test_run_eval_uses_texts_dir(tmp_path: Path) -> None:
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    write_gold(gold_dir, "a", GOLD, text=None)
    (texts / "article.txt").write_text("Wes Streeting wrote.", encoding="utf-8")
    calls: list[Path] = []
    run_eval(gold_dir, texts_dir=texts, build_corpus=fake_builder(calls))
    assert calls == [texts / "article.txt"]


def test_run_eval_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no \\*.gold.json"):
        run_eval(tmp_path, build_corpus=fake_builder([]))
    with pytest.raises(InputError, match="no such folder"):
        run_eval(tmp_path / "missing", build_corpus=fake_builder([]))
    write_gold(tmp_path, "a", GOLD, text=None)
    with pytest.raises(InputError, match="'article.txt' is not in"):
        run_eval(tmp_path, build_corpus=fake_builder([]))


def test_missed_entity_shows_a_sentence_from_the_text(tmp_path: Path) -> None:
    text = "Headline\nThe letter was long. Wes Streeting set out a new GMS contract. It ends.\n"
    write_gold(tmp_path, "a", GOLD, text=text)
    report = run_eval(tmp_path, build_corpus=lambda path: Graph())
    missed = {e.ref: e.sentence for e in report.articles[0].missed_entities}
    assert missed["gms_contract"] == "Wes Streeting set out a new GMS contract."
    assert missed["bma"] == ""


# ------------------------------------------------------------ reports


def two_article_report(tmp_path: Path) -> EvalReport:
    write_gold(tmp_path, "01_first", GOLD)
    write_gold(tmp_path, "02_second", second_gold())
    return run_eval(tmp_path, build_corpus=fake_builder([]))


def test_format_report_last_four_lines_are_totals(tmp_path: Path) -> None:
    report = two_article_report(tmp_path)
    lines = format_report(report).splitlines()
    assert lines[-4:] == [
        "entities        P 0.833  R 0.833  F1 0.833",
        "typed entities  P 0.833  R 0.833  F1 0.833",
        "relations       P 0.750  R 0.750  F1 0.750",
        "pairs           P 0.750  R 0.750  F1 0.750",
    ]
    assert any(line.startswith("article.txt ") for line in lines)
    assert any(line.startswith("TOTAL ") for line in lines)
    assert format_report(report, verbose=True).splitlines()[-4:] == lines[-4:]


def test_format_report_table_is_aligned(tmp_path: Path) -> None:
    lines = format_report(two_article_report(tmp_path)).splitlines()
    rows = [line for line in lines if line.startswith(("article.txt", "second.txt", "TOTAL"))]
    assert len(rows) == 3
    assert len({len(row) for row in rows}) == 1
    assert rows[-1].split()[1:4] == ["0.833", "0.833", "0.833"]


def test_format_report_verbose_lists_errors_with_sentences() -> None:
    data = json.loads(json.dumps(GOLD))
    data["relations"] = data["relations"][:1]
    data["relations"][0]["object"] = "bma"
    result = evaluate_graph(built_graph(), gold(data))
    text = format_report(EvalReport.from_articles([result]), verbose=True)
    assert "== article.txt ==" in text
    assert "missed entities (1):" in text and "GMS contract [Proposal]" in text
    assert "missed relations (1):" in text
    assert "Wes Streeting --communicates_with--> British Medical Association (BMA)" in text
    assert '"Wes Streeting has written to GPC England."' in text
    assert "spurious relations (1):" in text
    assert text.index("== article.txt ==") < text.index("TOTAL")


def test_report_to_json_is_serialisable(tmp_path: Path) -> None:
    data = report_to_json(two_article_report(tmp_path))
    again = json.loads(json.dumps(data))
    assert again["totals"]["entities"] == {
        "tp": 5,
        "fp": 1,
        "fn": 1,
        "precision": pytest.approx(5 / 6, abs=1e-6),
        "recall": pytest.approx(5 / 6, abs=1e-6),
        "f1": pytest.approx(5 / 6, abs=1e-6),
    }
    assert [a["file"] for a in again["articles"]] == ["article.txt", "second.txt"]
    assert again["articles"][0]["spurious_entities"][0]["name"] == "NHS"
    assert again["articles"][0]["matches"]["bma"] == str(ID["bma"])


def test_format_report_breakdowns_come_before_the_totals(tmp_path: Path) -> None:
    report = two_article_report(tmp_path)
    text = format_report(report, by_rule=True)
    assert "by entity type" in text and "by predicate" in text and "by rule" in text
    assert "by rule" not in format_report(report)
    lines = text.splitlines()
    assert lines[-4].startswith("entities ") and lines[-1].startswith("pairs ")
    # the breakdown rows are indented, so only the totals start with a measure's name
    assert sum(line.startswith(("entities ", "relations ")) for line in lines) == 2


def test_cli_eval_by_rule(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path / "gold"
    folder.mkdir()
    write_gold(folder, "article", GOLD, text="Wes Streeting has written to GPC England.")
    result = CliRunner().invoke(app, ["eval", str(folder), "--by-rule"])
    assert result.exit_code == 0, result.output
    assert "by rule" in result.output and "by predicate" in result.output
