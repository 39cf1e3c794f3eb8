"""IRIs are minted in one place: stable, ASCII slugs of canonical names."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.rdf.namespaces import DOC, ID, KG, PREFIXES, document_iri, entity_iri, slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Carr-Hill formula", "carr-hill-formula"),
        ("Wes Streeting", "wes-streeting"),
        ("GP Committee England", "gp-committee-england"),
        ("2026/27 contract changes", "2026-27-contract-changes"),
        ("Café Société", "cafe-societe"),
        ("Zoë Ní Bhriain", "zoe-ni-bhriain"),
        ("  Federation of Rural Clinics (FRC)  ", "federation-of-rural-clinics-frc"),
        ("multi--neighbourhood   provider", "multi-neighbourhood-provider"),
        ("NHS", "nhs"),
    ],
)
def test_namespaces_slug_is_lower_case_ascii_words(name: str, expected: str) -> None:
    assert slug(name) == expected


@pytest.mark.parametrize("name", ["—", "£€", "中文", "日本語"])
def test_namespaces_slug_without_latin_letters_is_a_stable_hash(name: str) -> None:
    assert slug(name).startswith("x-")
    assert slug(name) == slug(name)


def test_namespaces_names_without_latin_letters_get_distinct_iris() -> None:
    assert len({slug(name) for name in ["—", "£€", "中文", "日本語"]}) == 4


@pytest.mark.parametrize(
    "name",
    ["Carr-Hill formula", "Café Société", "Dr Jane O’Neill", "“Quoted” name", "a/b\\c?d#e"],
)
def test_namespaces_slug_is_iri_safe(name: str) -> None:
    value = slug(name)
    assert value.isascii()
    assert all(c.isalnum() or c == "-" for c in value)
    assert not value.startswith("-") and not value.endswith("-")


def test_namespaces_entity_iri_is_stable() -> None:
    assert entity_iri("Carr-Hill formula") == URIRef(
        "https://w3id.org/kg-policy/id/carr-hill-formula"
    )
    assert entity_iri("Carr-Hill formula") == entity_iri("Carr-Hill formula")
    assert entity_iri("Wes Streeting") == ID["wes-streeting"]


@pytest.mark.parametrize(("a", "b"), [("Café plan", "Cafe plan"), ("GPC England", "gpc  england")])
def test_namespaces_entity_iri_ignores_accents_case_and_spacing(a: str, b: str) -> None:
    assert entity_iri(a) == entity_iri(b)


def test_namespaces_apostrophe_style_does_not_change_the_iri() -> None:
    assert entity_iri("Dockers’ Union") == entity_iri("Dockers' Union")
    assert entity_iri("King’s Fund") == entity_iri("King's Fund")


def test_namespaces_document_iri_is_a_slug_under_doc() -> None:
    assert document_iri("streeting-letter-to-gpce") == DOC["streeting-letter-to-gpce"]
    assert document_iri("My Article") == DOC["my-article"]


def test_namespaces_kg_is_closed() -> None:
    assert KG.Person == URIRef("https://w3id.org/kg-policy/ontology#Person")
    with pytest.raises(AttributeError):
        KG.Persn  # noqa: B018 - a misspelt term must raise


def test_namespaces_prefixes_are_bound_to_the_namespaces() -> None:
    assert str(PREFIXES["kg"]) == str(KG._NS)
    assert str(PREFIXES["id"]) == str(ID)
    assert str(PREFIXES["doc"]) == str(DOC)
