"""kg validate: what kg build writes conforms to ontology/shapes.ttl; broken graphs do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli.app import app
from kg.errors import GraphError
from kg.rdf.namespaces import KG, PREFIXES, entity_iri
from kg.rdf.turtle import write_turtle
from kg.sparql.validate import format_report, shapes_path, validate

runner = CliRunner()
STREETING = entity_iri("Wes Streeting")
GPCE = entity_iri("GP Committee England")


@pytest.fixture(scope="module")
def report_of_example(example_graph: Graph):  # type: ignore[no-untyped-def]
    return validate(example_graph)


def copy_of(graph: Graph) -> Graph:
    from kg.rdf.graph import new_graph

    copy = new_graph()
    for triple in graph:
        copy.add(triple)
    return copy


def test_validate_what_kg_build_writes_conforms(report_of_example) -> None:  # type: ignore[no-untyped-def]
    assert report_of_example.conforms, format_report(report_of_example)
    assert format_report(report_of_example) == "the graph conforms to kg's shapes\n"


def test_validate_shapes_file_is_turtle_with_shapes() -> None:
    shapes = Graph().parse(shapes_path(), format="turtle")
    assert len(set(shapes.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))) >= 8


def _statement_of(graph: Graph, predicate: URIRef) -> URIRef:
    return next(
        st
        for st in graph.subjects(RDF.type, KG.Statement)
        if graph.value(st, RDF.predicate) == predicate and graph.value(st, RDF.subject) == STREETING
    )


def _break_second_label(graph: Graph) -> None:
    graph.add((STREETING, RDFS.label, Literal("Wes")))


def _break_no_label(graph: Graph) -> None:
    graph.remove((STREETING, RDFS.label, None))


def _break_core_type(graph: Graph) -> None:
    graph.remove((GPCE, RDF.type, KG.Organisation))


def _break_two_core_types(graph: Graph) -> None:
    graph.add((STREETING, RDF.type, KG.Organisation))


def _break_statement_sentence(graph: Graph) -> None:
    statement = _statement_of(graph, KG.wroteTo)
    graph.remove((statement, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))


def _break_offsets(graph: Graph) -> None:
    statement = _statement_of(graph, KG.wroteTo)
    graph.set((statement, KG.endOffset, Literal(99999)))


def _break_relation_without_statement(graph: Graph) -> None:
    graph.add((STREETING, KG.opposes, GPCE))


def _break_confidence(graph: Graph) -> None:
    statement = _statement_of(graph, KG.wroteTo)
    graph.set((statement, KG.confidence, Literal(Decimal_two())))


def Decimal_two():  # noqa: N802 - a tiny helper
    from decimal import Decimal

    return Decimal("2.0")


@pytest.mark.parametrize(
    ("breaker", "fragment"),
    [
        (_break_second_label, "exactly one rdfs:label"),
        (_break_no_label, "exactly one rdfs:label"),
        (_break_core_type, "typed kg:Organisation directly"),
        (_break_two_core_types, "exactly one core type"),
        (_break_statement_sentence, "wasDerivedFrom exactly one kg:Sentence"),
        (_break_offsets, "not a span inside the sentence"),
        (_break_relation_without_statement, "has no asserted kg:Statement"),
        (_break_confidence, "decimal from 0 to 1"),
    ],
    ids=lambda value: value.__name__ if callable(value) else None,
)
def test_validate_finds_what_is_broken(
    example_graph: Graph, breaker: Callable[[Graph], None], fragment: str
) -> None:
    broken = copy_of(example_graph)
    breaker(broken)
    report = validate(broken)
    assert not report.conforms
    assert any(fragment in violation.message for violation in report.violations), format_report(
        report
    )


def test_validate_conditional_statement_gives_no_fact(example_graph: Graph) -> None:
    broken = copy_of(example_graph)
    statement = _statement_of(broken, KG.wroteTo)
    for st in broken.subjects(RDF.type, KG.Statement):
        if broken.value(st, RDF.subject) == STREETING and broken.value(st, RDF.object) == GPCE:
            broken.set((st, KG.modality, KG.Conditional))
    assert broken.value(statement, KG.modality) == KG.Conditional
    report = validate(broken)
    assert any("has no asserted kg:Statement" in v.message for v in report.violations)


def test_cli_validate_conforming_graph(tmp_path: Path, example_graph: Graph) -> None:
    path = write_turtle(example_graph, tmp_path / "graph.ttl")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def test_cli_validate_broken_graph_exits_1(tmp_path: Path, example_graph: Graph) -> None:
    broken = copy_of(example_graph)
    _break_second_label(broken)
    path = write_turtle(broken, tmp_path / "broken.ttl")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "id:wes-streeting" in result.stdout and "rdfs:label" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "does not conform" in lines[0]


def test_cli_validate_extra_shapes(
    tmp_path: Path, example_graph: Graph, make_file: Callable[..., Path]
) -> None:
    path = write_turtle(example_graph, tmp_path / "graph.ttl")
    shapes = make_file(
        "strict.ttl",
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix kg: <https://w3id.org/kg-policy/ontology#> .\n"
        "<urn:x:shape> a sh:NodeShape ; sh:targetClass kg:Person ;\n"
        '  sh:property [ sh:path kg:nickname ; sh:minCount 1 ; sh:message "needs a nickname" ] .\n',
    )
    result = runner.invoke(app, ["validate", str(path), "--shapes", str(shapes)])
    assert result.exit_code == 1
    assert "needs a nickname" in result.stdout


def test_validate_bad_shapes_file(example_graph: Graph, make_file: Callable[..., Path]) -> None:
    with pytest.raises(GraphError, match="not valid Turtle"):
        validate(example_graph, shapes=[make_file("bad.ttl", "this is not turtle")])


def test_validate_engines_agree_on_a_broken_kg_graph(example_graph: Graph) -> None:
    broken = copy_of(example_graph)
    for breaker in (
        _break_second_label,
        _break_two_core_types,
        _break_offsets,
        _break_relation_without_statement,
        _break_confidence,
    ):
        breaker(broken)
    ours, theirs = validate(broken, engine="oxigraph"), validate(broken, engine="pyshacl")
    assert (ours.engine, theirs.engine) == ("oxigraph", "pyshacl")
    assert not ours.conforms and not theirs.conforms

    def short(message: str) -> str:  # kg's engine writes IRIs in messages with prefixes
        for prefix in ("kg", "id"):
            message = message.replace(str(PREFIXES[prefix]), f"{prefix}:")
        return message

    assert {(v.focus, v.message) for v in ours.violations} == {
        (v.focus, short(v.message)) for v in theirs.violations
    }


def test_validate_an_opened_store_or_file_without_rdflib(
    tmp_path: Path, example_graph: Graph
) -> None:
    from kg.sparql.source import open_graph

    seen: list[tuple[int, int]] = []
    with open_graph(write_turtle(example_graph, tmp_path / "graph.ttl")) as opened:
        report = validate(opened, progress=lambda done, total: seen.append((done, total)))
    assert report.conforms
    assert seen and seen[-1][0] == seen[-1][1] == len(seen)  # one step per check
