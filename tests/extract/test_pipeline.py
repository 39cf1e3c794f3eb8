"""End to end on the example article with the real model, asked through SPARQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal

from kg.extract.pipeline import extract_documents
from kg.extract.read import read_file
from kg.model import Document
from kg.pipeline import build

PREFIXES = """
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kg:   <https://w3id.org/kg-policy/ontology#>
"""

# Names by which the article's entities are found: an exact label or alternative label.
STREETING = "Wes Streeting"
BRAMALL = "Katie Bramall"
GPCE = "GPCE"
BMA = "BMA"
NIHR = "NIHR"
GOVERNMENT = "Government"


def _ask(graph: Graph, body: str, **names: str) -> bool:
    """``body`` with ``?name_x`` bound to each entity named ``names[x]`` (label or altLabel)."""
    bindings = "".join(
        f"?{var} rdfs:label|skos:altLabel ?{var}_name . FILTER (STR(?{var}_name) = {Literal(name).n3()})\n"
        for var, name in names.items()
    )
    result = graph.query(f"{PREFIXES} ASK {{ {bindings} {body} }}")
    return bool(result.askAnswer)


def _select(graph: Graph, query: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in graph.query(PREFIXES + query)]


def _names_of(graph: Graph, name: str) -> set[str]:
    rows = _select(
        graph,
        f"""SELECT ?other WHERE {{
            ?e rdfs:label|skos:altLabel {Literal(name).n3()} ; rdfs:label|skos:altLabel ?other .
        }}""",
    )
    return {str(row[0]) for row in rows}


# ------------------------------------------------------------------ people


@pytest.mark.parametrize("name", [STREETING, BRAMALL])
def test_pipeline_people_are_persons(example_graph: Graph, name: str) -> None:
    assert _ask(example_graph, "?p a kg:Person .", p=name)


def test_pipeline_streeting_aliases(example_graph: Graph) -> None:
    aliases = {name.lower() for name in _names_of(example_graph, STREETING)}
    assert "mr streeting" in aliases
    assert "health secretary" in aliases


def test_pipeline_bramall_aliases(example_graph: Graph) -> None:
    aliases = _names_of(example_graph, BRAMALL)
    assert "Dr Bramall" in aliases


def test_pipeline_easter_is_not_a_person(example_graph: Graph) -> None:
    rows = _select(
        example_graph,
        """SELECT ?p WHERE { ?p a kg:Person ; rdfs:label|skos:altLabel ?n .
                              FILTER (CONTAINS(LCASE(STR(?n)), "easter")) }""",
    )
    assert rows == []


def test_pipeline_only_the_articles_people_are_persons(example_graph: Graph) -> None:
    rows = _select(example_graph, "SELECT ?label WHERE { ?p a kg:Person ; rdfs:label ?label }")
    assert sorted(str(row[0]) for row in rows) == [BRAMALL, STREETING]


# ------------------------------------------------------------------ organisations


ORGANISATION_FILTERS = {
    "BMA": 'STR(?n) = "BMA"',
    "GP Committee England": 'STR(?n) = "GP Committee England"',
    "NIHR": 'STR(?n) = "NIHR"',
    "Government": 'STR(?n) = "Government"',
    "GPCE executive": 'CONTAINS(LCASE(STR(?n)), "gpce") && CONTAINS(LCASE(STR(?n)), "executive")',
    "primary care networks": 'LCASE(STR(?n)) = "primary care networks"',
}


@pytest.mark.parametrize("name", sorted(ORGANISATION_FILTERS))
def test_pipeline_organisations_reach_organisation(example_graph: Graph, name: str) -> None:
    rows = _select(
        example_graph,
        f"""SELECT DISTINCT ?e WHERE {{
            ?e rdfs:label|skos:altLabel ?n . FILTER ({ORGANISATION_FILTERS[name]})
            ?e a ?type . ?type rdfs:subClassOf* kg:Organisation .
        }}""",
    )
    assert len(rows) == 1, rows


def test_pipeline_gpce_alt_labels(example_graph: Graph) -> None:
    rows = _select(
        example_graph,
        """SELECT ?alt WHERE { ?e rdfs:label "GP Committee England" ; skos:altLabel ?alt }""",
    )
    alt = {str(row[0]) for row in rows}
    assert {"GPCE", "GPC England"} <= alt


def test_pipeline_each_entity_has_one_label(example_graph: Graph) -> None:
    rows = _select(
        example_graph,
        """SELECT ?e (COUNT(?l) AS ?n) WHERE { ?e kg:mentionedIn ?d ; rdfs:label ?l }
           GROUP BY ?e HAVING (COUNT(?l) > 1)""",
    )
    assert rows == []


# ------------------------------------------------------------------ relations as direct triples


@pytest.mark.parametrize(
    ("description", "body", "names"),
    [
        (
            "Streeting communicatesWith GPCE",
            "?a kg:communicatesWith ?b .",
            {"a": STREETING, "b": GPCE},
        ),
        ("Streeting wroteTo GPCE", "?a kg:wroteTo ?b .", {"a": STREETING, "b": GPCE}),
        ("GPCE memberOf BMA", "?a kg:memberOf ?b .", {"a": GPCE, "b": BMA}),
        ("Bramall leads GPCE", "?a kg:leads ?b .", {"a": BRAMALL, "b": GPCE}),
        (
            "Streeting communicatesWith Bramall",
            "?a kg:communicatesWith ?b .",
            {"a": STREETING, "b": BRAMALL},
        ),
        ("Streeting memberOf Government", "?a kg:memberOf ?b .", {"a": STREETING, "b": GOVERNMENT}),
        (
            "NIHR advisesOn Carr-Hill formula",
            "?a kg:advisesOn ?b .",
            {"a": NIHR, "b": "Carr-Hill formula"},
        ),
        (
            "NIHR communicatesWith Streeting",
            "?a kg:communicatesWith ?b .",
            {"a": NIHR, "b": STREETING},
        ),
        (
            "Government proposes MNP",
            "?a kg:proposes ?b .",
            {"a": GOVERNMENT, "b": "multi-neighbourhood provider"},
        ),
        (
            "Government proposes SNP",
            "?a kg:proposes ?b .",
            {"a": GOVERNMENT, "b": "single neighbourhood provider"},
        ),
        ("Government proposes PCN DES", "?a kg:proposes ?b .", {"a": GOVERNMENT, "b": "PCN DES"}),
        (
            "Government proposes GMS reform",
            "?a kg:proposes ?b .",
            {"a": GOVERNMENT, "b": "GMS reform"},
        ),
        (
            "BMA opposes 2026/27 contract changes",
            "?a kg:opposes ?b .",
            {"a": BMA, "b": "2026/27 contract changes"},
        ),
    ],
)
def test_pipeline_relation_is_a_direct_triple(
    example_graph: Graph, description: str, body: str, names: dict[str, str]
) -> None:
    assert _ask(example_graph, body, **names), description


def test_pipeline_pcn_des_is_the_gazetteer_service(example_graph: Graph) -> None:
    names = _names_of(example_graph, "PCN DES")
    assert "Primary Care Network Directed Enhanced Service" in names


# ------------------------------------------------------------------ provenance


def test_pipeline_which_sentence_says_streeting_wrote_to_gpce(example_graph: Graph) -> None:
    rows = _select(
        example_graph,
        """SELECT DISTINCT ?text WHERE {
            ?st a kg:Statement ; rdf:subject ?w ; rdf:predicate kg:wroteTo ; rdf:object ?r ;
                prov:wasDerivedFrom ?s .
            ?s a kg:Sentence ; kg:text ?text .
            ?w rdfs:label "Wes Streeting" .
            ?r skos:altLabel "GPCE" .
        }""",
    )
    texts = [str(row[0]) for row in rows]
    assert len(texts) == 1, texts
    assert texts[0].startswith("Health secretary Wes Streeting has written to")


def test_pipeline_statement_sentence_text_is_in_the_article(
    example_graph: Graph, example_article: Path
) -> None:
    article = read_file(example_article).text
    rows = _select(
        example_graph,
        """SELECT DISTINCT ?text ?start ?end WHERE {
            ?st a kg:Statement ; prov:wasDerivedFrom ?s .
            ?s kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end .
        }""",
    )
    assert rows
    for text, start, end in rows:
        assert article[int(start) : int(end)] == str(text)


# ------------------------------------------------------------------ readers' comments


@pytest.mark.parametrize(
    "name", ["rcgp", "nhs confederation", "royal college of gps", "ken dodd", "dave"]
)
def test_pipeline_nothing_from_readers_comments(example_graph: Graph, name: str) -> None:
    rows = _select(
        example_graph,
        f"""SELECT ?e WHERE {{ ?e rdfs:label|skos:altLabel ?n .
                               FILTER (LCASE(STR(?n)) = {Literal(name).n3()}) }}""",
    )
    assert rows == []


def test_pipeline_no_fact_marked_from_readers_comments(example_graph: Graph) -> None:
    rows = _select(example_graph, "SELECT ?x WHERE { ?x kg:fromReaderComments true }")
    assert rows == []


def test_pipeline_comments_included_on_request(nlp: Any, example_article: Path) -> None:
    graph = build([example_article], nlp=nlp, include_comments=True)
    rows = _select(
        graph,
        """SELECT DISTINCT ?e WHERE { ?e rdfs:label|skos:altLabel "RCGP" .
              ?m kg:mentionOf ?e ; prov:wasDerivedFrom ?s . ?s kg:fromReaderComments true }""",
    )
    assert len(rows) == 1


# ------------------------------------------------------------------ API


def test_pipeline_extract_documents_calls_back_per_document(
    nlp: Any, example_article: Path
) -> None:
    seen: list[Document] = []
    documents = [read_file(example_article, doc_id="one"), read_file(example_article, doc_id="two")]
    corpus = extract_documents(documents, nlp=nlp, on_document=seen.append)
    assert [d.id for d in seen] == ["one", "two"]
    assert [x.document.id for x in corpus.extractions] == ["one", "two"]
    streeting = next(e for e in corpus.entities if e.label == STREETING)
    assert streeting.doc_ids == ("one", "two")
