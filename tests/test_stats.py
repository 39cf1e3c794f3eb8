"""Tests of kg.stats and ``kg stats``: centrality, communities, shortest paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from typer.testing import CliRunner

from kg import stats as stats_module
from kg.cli.app import app
from kg.errors import InputError
from kg.rdf.namespaces import KG, entity_iri
from kg.rdf.turtle import write_turtle
from kg.stats import (
    centrality,
    communities,
    entity_graph,
    find_entity,
    format_path,
    format_stats,
    graph_stats,
    shortest_path,
)
from kg.view.projection import to_networkx

runner = CliRunner()

PEOPLE = {"Ann Lee": KG.Person, "Bob Kay": KG.Person, "Cy Orr": KG.Person}
ORGS = {
    "North Union": KG.TradeUnion,
    "South Council": KG.GovernmentBody,
    "Health Board": KG.Organisation,
}
OTHER = {"Funding plan": KG.Plan, "Spring talks": KG.Negotiation, "Lonely Trust": KG.Organisation}


def _graph(relations: list[tuple[str, URIRef, str, URIRef]]) -> Graph:
    """Entities of PEOPLE, ORGS and OTHER with hand-written statements between them."""
    g = Graph()
    for name, cls in {**PEOPLE, **ORGS, **OTHER}.items():
        g.add((entity_iri(name), RDF.type, cls))
        g.add((entity_iri(name), RDFS.label, Literal(name)))
    g.add(
        (
            entity_iri("North Union"),
            URIRef("http://www.w3.org/2004/02/skos/core#altLabel"),
            Literal("NU"),
        )
    )
    for i, (subject, predicate, obj, modality) in enumerate(relations):
        statement = URIRef(f"urn:x:statement-{i}")
        g.add((statement, RDF.type, KG.Statement))
        g.add((statement, RDF.subject, entity_iri(subject)))
        g.add((statement, RDF.predicate, predicate))
        g.add((statement, RDF.object, entity_iri(obj)))
        g.add((statement, KG.modality, modality))
    return g


# Two groups: the north (Ann, Bob, North Union, Spring talks) and the south (Cy, South
# Council, Health Board, Funding plan), joined by Bob meeting Cy. Ann's "could meet" Cy is
# conditional and connects nobody.
RELATIONS = [
    ("Ann Lee", KG.chairOf, "North Union", KG.Asserted),
    ("Bob Kay", KG.memberOf, "North Union", KG.Asserted),
    ("Ann Lee", KG.wroteTo, "Bob Kay", KG.Asserted),
    ("North Union", KG.participatesIn, "Spring talks", KG.Asserted),
    ("Ann Lee", KG.participatesIn, "Spring talks", KG.Planned),
    ("Bob Kay", KG.meets, "Cy Orr", KG.Reported),
    ("Cy Orr", KG.holdsPostIn, "South Council", KG.Asserted),
    ("South Council", KG.proposes, "Funding plan", KG.Asserted),
    ("Health Board", KG.rejects, "Funding plan", KG.Asserted),
    ("Health Board", KG.urges, "South Council", KG.Asserted),
    ("Cy Orr", KG.tells, "Health Board", KG.Asserted),
    ("Ann Lee", KG.meets, "Cy Orr", KG.Conditional),
    ("Ann Lee", KG.tells, "Lonely Trust", KG.Negated),
]


@pytest.fixture(scope="module")
def view():
    return to_networkx(_graph(RELATIONS))


def test_entity_graph_leaves_out_conditional_and_negated(view) -> None:
    simple = entity_graph(view)
    ann, cy, lonely = (str(entity_iri(n)) for n in ("Ann Lee", "Cy Orr", "Lonely Trust"))
    assert not simple.has_edge(ann, cy)
    assert simple.degree(lonely) == 0
    assert simple.number_of_nodes() == 9
    assert simple.edges[str(entity_iri("Bob Kay")), cy]["weight"] == 1


def test_centrality_ranks_actors_only_by_default(view) -> None:
    rows, exact = centrality(view)
    assert exact
    assert {row.type for row in rows} == {"Person", "Organisation"}
    labels = [row.label for row in rows]
    # Ann, Bob and Cy are each linked to three entities; the bridges Bob and Cy come first
    assert labels[:3] == ["Bob Kay", "Cy Orr", "Ann Lee"]
    assert labels[-1] == "Lonely Trust"
    cy = next(row for row in rows if row.label == "Cy Orr")
    assert cy.degree == 3 and cy.relations == 3
    assert cy.betweenness > next(row for row in rows if row.label == "Health Board").betweenness
    assert all(0.0 <= row.degree_centrality <= 1.0 for row in rows)


def test_centrality_every_type_and_top(view) -> None:
    rows, _ = centrality(view, types=None, top=4)
    assert len(rows) == 4
    everything, _ = centrality(view, types=None)
    assert {"Funding plan", "Spring talks"} <= {row.label for row in everything}


def test_centrality_estimates_betweenness_of_large_graphs(
    view, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stats_module, "_EXACT_BETWEENNESS", 3)
    rows, exact = centrality(view)
    assert not exact and rows


def test_communities_are_the_two_groups_and_reproducible(view) -> None:
    found = communities(view)
    groups = [set(c.members) for c in found]
    assert {"Ann Lee", "Bob Kay", "North Union", "Spring talks"} in groups
    assert {"Cy Orr", "South Council", "Health Board", "Funding plan"} in groups
    assert all(len(c.members) >= 2 for c in found)
    assert communities(view) == found


@pytest.mark.parametrize(
    ("name", "label"),
    [("Ann Lee", "Ann Lee"), ("ann  lee", "Ann Lee"), ("NU", "North Union"), ("nu", "North Union")],
)
def test_find_entity_by_name_or_alias(view, name: str, label: str) -> None:
    assert view.nodes[find_entity(view, name)]["label"] == label


def test_find_entity_unknown_name_suggests(view) -> None:
    with pytest.raises(InputError, match="no entity is named 'Ann Le'.*'Ann Lee'"):
        find_entity(view, "Ann Le")


def test_shortest_path_steps_and_directions(view) -> None:
    hops = shortest_path(view, "North Union", "Funding plan")
    assert [(h.source, h.target) for h in hops[:2]] == [
        ("North Union", "Bob Kay"),
        ("Bob Kay", "Cy Orr"),
    ]
    assert len(hops) == 4 and hops[-1].target == "Funding plan"
    assert hops[2].target in {"South Council", "Health Board"}
    assert hops[0].relations == (("member of", False),)
    assert hops[1].relations == (("meets [reported]", True),)
    text = format_path(hops, "North Union", "Funding plan")
    assert "Bob Kay —member of→ North Union" in text
    assert "4 steps from North Union to Funding plan" in text


def test_shortest_path_none_when_only_unasserted_links(view) -> None:
    assert shortest_path(view, "Ann Lee", "Lonely Trust") is None
    assert "no path between" in format_path(None, "Ann Lee", "Lonely Trust")


def test_graph_stats_counts_and_text(view) -> None:
    report = graph_stats(view)
    assert (report.entities, report.relations) == (9, 11)  # 13 statements, 2 unasserted
    assert (report.components, report.largest_component, report.isolated) == (1, 8, 1)
    text = format_stats(report)
    assert "Most central actors (people and organisations):" in text
    assert "Communities (Louvain):" in text
    assert text.index("Ann Lee") < text.index("Lonely Trust")


def test_graph_stats_of_an_empty_graph() -> None:
    report = graph_stats(Graph())
    assert report.entities == 0 and report.centrality == [] and report.communities == []
    assert "none" in format_stats(report)


def test_example_graph_path_from_nihr_to_gpce(example_graph: Graph) -> None:
    example = to_networkx(example_graph)
    hops = shortest_path(example, "NIHR", "GPCE")
    assert hops, "NIHR and GPCE are connected in the example article"
    assert hops[0].source == "National Institute for Health and Care Research"
    assert hops[-1].target == "GP Committee England"
    rows, _ = centrality(example, top=5)
    assert {"Wes Streeting", "GP Committee England"} <= {row.label for row in rows}


# ------------------------------------------------------------------ kg stats


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_turtle(_graph(RELATIONS), tmp_path_factory.mktemp("stats") / "graph.ttl")


def test_cli_stats_prints_actors_and_communities(graph_file: Path) -> None:
    result = runner.invoke(app, ["stats", str(graph_file), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "9 entities, 11 relations" in result.stdout
    assert "Most central actors" in result.stdout and "Communities" in result.stdout
    assert "Lonely Trust" not in result.stdout.split("Communities")[0]  # cut to the top 3


def test_cli_stats_path_and_json(graph_file: Path) -> None:
    result = runner.invoke(app, ["stats", str(graph_file), "--path", "NU", "Funding plan"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("4 steps from North Union to Funding plan")
    result = runner.invoke(app, ["stats", str(graph_file), "--path", "nu", "cy orr", "--json"])
    hops = json.loads(result.stdout)
    assert [h["target"] for h in hops] == ["Bob Kay", "Cy Orr"]
    result = runner.invoke(app, ["stats", str(graph_file), "--json", "--all-types"])
    report = json.loads(result.stdout)
    assert report["entities"] == 9 and len(report["centrality"]) == 9


def test_cli_stats_no_path_exits_1(graph_file: Path) -> None:
    result = runner.invoke(app, ["stats", str(graph_file), "--path", "Ann Lee", "Lonely Trust"])
    assert result.exit_code == 1
    assert "no path between 'Ann Lee' and 'Lonely Trust'" in result.stdout


def test_cli_stats_unknown_name_is_one_line_error(graph_file: Path) -> None:
    result = runner.invoke(app, ["stats", str(graph_file), "--path", "Nobody", "NU"])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: no entity is named 'Nobody'")


def test_cli_stats_missing_graph(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: ")


# ------------------------------------------------------------------ one count of relations


def test_relations_counted_alike_by_build_stats_view_and_graphml(example_graph: Graph) -> None:
    import re

    from kg.rdf.summary import summarise
    from kg.sparql.export import to_graphml_graph
    from kg.view import render_html
    from kg.view.projection import relation_counts

    summary = summarise(example_graph)
    example = to_networkx(example_graph)
    assert graph_stats(example).relations == summary["relations"]
    by_core = {k: v for k, v in summary["relations_by_property"].items() if v}
    assert relation_counts(example) == by_core
    header = re.search(r"<strong>(\d+)</strong> relations?\b", render_html(example_graph))
    assert header is not None and int(header.group(1)) == summary["relations"]
    assert to_graphml_graph(example_graph).number_of_edges() == summary["relations"]
    assert summary["relation_labels"]["communicatesWith"] == "communicates with"


# ------------------------------------------------------------------ names


def test_find_entity_by_surname_as_everywhere_else(view) -> None:
    assert find_entity(view, "Lee") == str(entity_iri("Ann Lee"))
    assert find_entity(view, "orr") == str(entity_iri("Cy Orr"))
    hops = shortest_path(view, "Lee", "Orr")
    assert hops and hops[0].source == "Ann Lee" and hops[-1].target == "Cy Orr"


def test_find_entity_surname_of_two_people_asks_for_a_full_name() -> None:
    g = _graph([])
    for name in ("Ann Smith", "Bob Smith"):
        g.add((entity_iri(name), RDF.type, KG.Person))
        g.add((entity_iri(name), RDFS.label, Literal(name)))
    with pytest.raises(InputError, match="surname of several people.*'Ann Smith', 'Bob Smith'"):
        find_entity(to_networkx(g), "Smith")


def test_cli_stats_path_by_surnames(graph_file: Path) -> None:
    result = runner.invoke(app, ["stats", str(graph_file), "--path", "Lee", "Orr"])
    assert result.exit_code == 0, result.output
    assert "from Ann Lee to Cy Orr" in result.stdout
