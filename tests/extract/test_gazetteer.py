"""The gazetteer (gazetteer.ttl and users' files) agrees with the ontology; user files load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph

from kg.errors import GraphError
from kg.extract.gazetteer import load_gazetteer
from kg.model import Corpus
from kg.rdf.namespaces import KG
from kg.rdf.schema import (
    CORE_CLASSES,
    core_class,
    load_ontology,
    ontology_dir,
)

KG_NS = str(KG._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def test_ontology_every_gazetteer_entry_type_reaches_a_core_class() -> None:
    entries = load_gazetteer()
    assert entries
    for entry in entries:
        assert core_class(entry.type) in CORE_CLASSES, entry


def test_ontology_gazetteer_file_types_are_declared_classes(ontology: Graph) -> None:
    graph = Graph().parse(ontology_dir() / "gazetteer.ttl", format="turtle")
    for subject in set(graph.subjects(RDFS.label, None)):
        types = set(graph.objects(subject, RDF.type))
        assert types, subject
        for cls in types:
            assert (cls, RDF.type, OWL.Class) in ontology, (subject, cls)


def test_ontology_gazetteer_ids_are_unique_and_names_unambiguous() -> None:
    entries = load_gazetteer()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for entry in entries:
        for name in entry.names:
            assert owner.setdefault(name, entry.id) == entry.id, name


@pytest.mark.parametrize(
    ("entry_id", "name"),
    [
        ("gpce", "GPC England"),
        ("bma", "BMA"),
        ("carr_hill", "Carr-Hill formula"),
        ("agenda_for_change", "Agenda for Change"),
    ],
)
def test_ontology_gazetteer_entry_lists_its_names(entry_id: str, name: str) -> None:
    entries = {e.id: e for e in load_gazetteer()}
    assert name in entries[entry_id].names


def test_police_areas_listed_after_for_are_places(extract: Callable[..., Corpus]) -> None:
    # police areas (Police Act 1996, Schedule 1) named alone in a list, as news writes the
    # areas of forces or commissioners: each is a place, "Avon and Somerset" one of them
    corpus = extract(
        "Commissioners write\n"
        "The commissioners for Gwent, Avon and Somerset, Dorset and West Mercia wrote to the "
        "policing minister.\n"
    )
    places = {e.label for e in corpus.entities if core_class(e.type) == KG.Place}
    assert places == {"Gwent", "Avon and Somerset", "Dorset", "West Mercia"}


def test_regions_of_england_and_yorkshire_are_places(extract: Callable[..., Corpus]) -> None:
    # regions of England (ONS) and Yorkshire named alone: places, in a headline too, where the
    # model may read a lone name as a person's
    corpus = extract(
        "Paramedics In Yorkshire To Strike\n"
        "Paramedics across Yorkshire and the East Midlands will strike on Monday.\n"
    )
    places = {e.label for e in corpus.entities if core_class(e.type) == KG.Place}
    assert places == {"Yorkshire", "East Midlands"}
    assert not [e for e in corpus.entities if core_class(e.type) == KG.Person]


def test_another_countrys_government_is_its_own(extract: Callable[..., Corpus]) -> None:
    # "the Hungarian government" (FCDO country adjectives, ireland-eu.ttl) is Hungary's
    # government, not the UK Government the bare word names
    corpus = extract(
        "Ministers agree deal\n"
        "The Dutch government backed the plan, but the Polish government rejected it.\n"
        "The Government in London said it would study the plan.\n"
    )
    governments = {e.label: set(e.aliases) for e in corpus.entities if "overnment" in e.label}
    assert governments.keys() == {
        "Government",
        "Government of the Netherlands",
        "Government of Poland",
    }
    assert "Polish government" in governments["Government of Poland"]


def _user_gazetteer(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "user.ttl"
    path.write_text(
        "@prefix kg: <https://w3id.org/kg-policy/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n" + body,
        encoding="utf-8",
    )
    return path


def test_ontology_user_gazetteer_adds_entries(tmp_path: Path) -> None:
    path = _user_gazetteer(
        tmp_path,
        '<https://example.org/g#frc> a kg:TradeUnion ; rdfs:label "Federation of Rural Clinics" ; skos:altLabel "FRC" .\n',
    )
    entries = {e.id: e for e in load_gazetteer([path])}
    assert entries["frc"].type == KG.TradeUnion
    assert entries["frc"].names == ("Federation of Rural Clinics", "FRC")
    assert "bma" in entries


def test_load_gazetteer_people_know_the_one_government_they_served(tmp_path: Path) -> None:
    entries = {e.id: e for e in load_gazetteer()}
    assert entries["robin_swann"].government == "ni_executive"
    assert entries["streeting"].government == "government"
    # a person who held posts in two governments is of neither
    path = _user_gazetteer(
        tmp_path,
        "@prefix org: <http://www.w3.org/ns/org#> .\n"
        "@prefix gaz: <https://w3id.org/kg-policy/gazetteer#> .\n"
        'gaz:ann_tarrow a kg:Person ; rdfs:label "Ann Tarrow" .\n'
        'gaz:p1 a org:Post ; rdfs:label "Minister A" ; org:postIn gaz:dhsc ;\n'
        "    gaz:heldBy [ gaz:person gaz:ann_tarrow ] .\n"
        'gaz:p2 a org:Post ; rdfs:label "Minister B" ; org:postIn gaz:ni_department_of_health ;\n'
        "    gaz:heldBy [ gaz:person gaz:ann_tarrow ] .\n",
    )
    assert {e.id: e for e in load_gazetteer([path])}["ann_tarrow"].government is None


def test_ontology_user_gazetteer_entry_without_kg_type_is_an_error(tmp_path: Path) -> None:
    path = _user_gazetteer(tmp_path, '<https://example.org/g#x> rdfs:label "Nameless Trust" .\n')
    with pytest.raises(GraphError) as error:
        load_gazetteer([path])
    assert str(path) in str(error.value)


def test_ontology_invalid_turtle_is_a_graph_error(tmp_path: Path) -> None:
    path = _user_gazetteer(tmp_path, "this is not turtle\n")
    with pytest.raises(GraphError) as error:
        load_gazetteer([path])
    assert str(path) in str(error.value)


# ------------------------------------------------------------------ lexicon
