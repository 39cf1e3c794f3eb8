"""SHACL compiled to SPARQL (kg.sparql.shacl): the same violations as pyshacl, on small graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.sparql.shacl import Unsupported, compile_shapes, fill_message
from kg.sparql.validate import ValidationReport, validate

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <urn:ex:> .
"""

# ex:Ann conforms to every shape below; Bob, Cy and Dee each break some
DATA = (
    PREFIXES
    + """
ex:Pet rdfs:subClassOf ex:Animal .
ex:Ann a ex:Person ; ex:name "Ann" ; ex:age 30 ; ex:owns ex:rex ; ex:kind ex:Good ;
    ex:code "AB-12" .
ex:rex a ex:Pet .
ex:Bob a ex:Person ; ex:name "Bob", "Robert" ; ex:age 300 ; ex:owns ex:stone ; ex:kind ex:Bad ;
    ex:code "ab" .
ex:stone a ex:Thing .
ex:Cy a ex:Person ; ex:age "old" ; ex:name "" ; ex:owns ex:rex, ex:tom .
ex:tom a ex:Pet .
ex:Dee a ex:Person ; ex:name ex:notALiteral ; ex:friend ex:Ann .
ex:Ann ex:friend ex:Bob .
"""
)

SHAPES = {
    "minCount": "sh:property [ sh:path ex:kind ; sh:minCount 1 ]",
    "minCount 2": "sh:property [ sh:path ex:name ; sh:minCount 2 ]",
    "maxCount": "sh:property [ sh:path ex:name ; sh:maxCount 1 ]",
    "datatype": "sh:property [ sh:path ex:name ; sh:datatype xsd:string ]",
    "nodeKind": "sh:property [ sh:path ex:name ; sh:nodeKind sh:Literal ]",
    "minLength": "sh:property [ sh:path ex:name ; sh:minLength 1 ]",
    "maxLength": "sh:property [ sh:path ex:name ; sh:maxLength 3 ]",
    "class through subClassOf": "sh:property [ sh:path ex:owns ; sh:class ex:Animal ]",
    "in": "sh:property [ sh:path ex:kind ; sh:in ( ex:Good ex:Fine ) ]",
    "hasValue": "sh:property [ sh:path ex:kind ; sh:hasValue ex:Good ]",
    "pattern": 'sh:property [ sh:path ex:code ; sh:pattern "^[A-Z]+-[0-9]+$" ]',
    "pattern with flags": 'sh:property [ sh:path ex:code ; sh:pattern "^[a-z]+-" ; sh:flags "i" ]',
    "range": "sh:property [ sh:path ex:age ; sh:minInclusive 0 ; sh:maxExclusive 150 ]",
    "inverse path": "sh:property [ sh:path [ sh:inversePath ex:friend ] ; sh:maxCount 0 ]",
    "sequence path": "sh:property [ sh:path ( ex:friend ex:kind ) ; sh:in ( ex:Good ) ]",
    "qualified": (
        "sh:property [ sh:path ex:owns ; sh:qualifiedValueShape [ sh:class ex:Pet ] ; "
        "sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ]"
    ),
    "sparql": """sh:sparql [ a sh:SPARQLConstraint ; sh:message "{$this} is older than {?age}" ;
        sh:select "SELECT $this ?age WHERE { $this <urn:ex:age> ?age . FILTER(isNumeric(?age) && ?age > 100) }" ]""",
}


def _report(shape: str, engine: str, tmp_path: Path) -> ValidationReport:
    path = tmp_path / "shapes.ttl"
    path.write_text(
        PREFIXES + f"ex:shape a sh:NodeShape ; sh:targetClass ex:Person ; {shape} .\n",
        encoding="utf-8",
    )
    data = Graph().parse(data=DATA, format="turtle")
    return validate(data, shapes=[path], engine=engine)


@pytest.mark.parametrize("shape", SHAPES.values(), ids=list(SHAPES))
def test_shacl_oxigraph_finds_what_pyshacl_finds(shape: str, tmp_path: Path) -> None:
    ours, theirs = _report(shape, "oxigraph", tmp_path), _report(shape, "pyshacl", tmp_path)
    assert theirs.violations, "each shape is broken by some person"
    assert {(v.focus, v.value) for v in ours.violations} == {
        (v.focus, v.value) for v in theirs.violations
    }
    assert ours.conforms == theirs.conforms
    assert all(v.severity == "sh:Violation" for v in ours.violations)


def test_shacl_messages_fill_variables(tmp_path: Path) -> None:
    report = _report(SHAPES["sparql"], "oxigraph", tmp_path)
    assert [v.message for v in report.violations] == ["<urn:ex:Bob> is older than 300"]
    assert (
        fill_message("{?a} and {$b} but not {?c}", {"a": "1", "b": "2"}) == "1 and 2 but not {?c}"
    )


def test_shacl_unsupported_shapes_fall_back_to_pyshacl(tmp_path: Path) -> None:
    shape = "sh:or ( [ sh:class ex:Pet ] [ sh:class ex:Thing ] )"
    with pytest.raises(Unsupported, match="or"):
        _report(shape, "oxigraph", tmp_path)
    assert _report(shape, "auto", tmp_path).engine == "pyshacl"


def test_shacl_kg_shapes_compile() -> None:
    from kg.sparql.validate import shapes_path

    checks = compile_shapes(Graph().parse(shapes_path(), format="turtle"))
    assert {"minCount", "maxCount", "datatype", "class", "sparql"} <= {c.component for c in checks}
