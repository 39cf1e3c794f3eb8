"""Checks of the background gazetteers in ``ontology/gazetteers/`` (rdflib only).

Each file parses, opens with a comment naming its sources, and gives every
labelled entry one label and a class of ``ontology/kg.ttl`` (or ``org:Post``).
Ids are unique across the files and ``ontology/gazetteer.ttl``; no name is
shared by two entities unless one is a post (role phrases such as "First
Minister" name several posts); links point at declared entries; tenure dates
are ``xsd:date`` in order.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
GAZETTEERS = ONTOLOGY / "gazetteers"
FILES = sorted(GAZETTEERS.glob("*.ttl"))

KG = Namespace("https://w3id.org/kg-policy/ontology#")
GAZ = Namespace("https://w3id.org/kg-policy/gazetteer#")
ORG = Namespace("http://www.w3.org/ns/org#")

# Names knowingly shared by two entities (not posts), with the reason. A new
# collision fails the test until it is resolved or listed here.
# Names two entities may share (none today: gazetteer.ttl's single neighbourhood provider
# gives "SNP" as an ambiguous short name, so "SNP" alone is the Scottish National Party).
KNOWN_COLLISIONS: dict[str, str] = {}


def _normal(name: str) -> str:
    """How the matcher sees a name: apostrophes of both kinds are one."""
    return name.replace("’", "'").casefold()


@functools.cache
def _graph(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


@functools.lru_cache(maxsize=1)
def _kg_classes() -> frozenset[URIRef]:
    return frozenset(_graph(ONTOLOGY / "kg.ttl").subjects(RDF.type, OWL.Class))  # type: ignore[arg-type]


def _declared(graph: Graph) -> set[URIRef]:
    """Subjects a file declares: those with a type or a label (not blank tenure nodes)."""
    return {
        s
        for s in set(graph.subjects(RDF.type, None)) | set(graph.subjects(RDFS.label, None))
        if isinstance(s, URIRef)
    }


@functools.lru_cache(maxsize=1)
def _existing() -> Graph:
    return _graph(ONTOLOGY / "gazetteer.ttl")


def _all_declared() -> dict[URIRef, list[str]]:
    where: dict[URIRef, list[str]] = defaultdict(list)
    for path in FILES:
        for subject in _declared(_graph(path)):
            where[subject].append(path.name)
    return where


def _is_post(graph: Graph, subject: URIRef) -> bool:
    return (subject, RDF.type, ORG.Post) in graph


def test_there_are_gazetteer_files() -> None:
    assert FILES, f"no .ttl files in {GAZETTEERS}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_parses_and_opens_with_sources(path: Path) -> None:
    _graph(path)  # raises on invalid Turtle
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert header and header[0].lower().startswith("# source"), (
        f"{path.name} must open with a '# Sources:' comment naming the public lists"
    )
    assert any("http" in line for line in header), f"{path.name}: the source comment gives no URL"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_entries_have_one_label_and_a_kg_class(path: Path) -> None:
    graph = _graph(path)
    problems = []
    for subject in sorted(set(graph.subjects(RDFS.label, None))):
        labels = list(graph.objects(subject, RDFS.label))
        if len(labels) != 1:
            problems.append(f"{subject}: {len(labels)} labels")
        types = set(graph.objects(subject, RDF.type))
        if not types:
            problems.append(f"{subject}: no type")
        for cls in types:
            if cls not in _kg_classes() and cls != ORG.Post:
                problems.append(f"{subject}: class {cls} is not declared in kg.ttl")
        if not str(subject).startswith(str(GAZ)):
            problems.append(f"{subject}: not in the gaz: namespace")
        local = str(subject).removeprefix(str(GAZ))
        if local != local.lower() or not local.replace("_", "").isalnum():
            problems.append(f"{subject}: id is not lower_snake_case")
    assert not problems, "\n".join(problems)


def test_ids_are_unique_and_do_not_redeclare_gazetteer_ttl() -> None:
    existing = _declared(_existing())
    problems = []
    for subject, files in sorted(_all_declared().items()):
        if len(files) > 1:
            problems.append(f"{subject} declared in {files}")
        if subject in existing:
            problems.append(f"{subject} ({files[0]}) re-declares an entry of gazetteer.ttl")
    assert not problems, "\n".join(problems)


def _names() -> dict[str, set[tuple[URIRef, bool]]]:
    """Every label and alias (as the matcher sees it) -> {(entity, is a post)}."""
    owners: dict[str, set[tuple[URIRef, bool]]] = defaultdict(set)
    for graph in [_existing(), *(_graph(p) for p in FILES)]:
        for prop in (RDFS.label, SKOS.altLabel):
            for subject, name in graph.subject_objects(prop):
                owners[_normal(str(name))].add((subject, _is_post(graph, subject)))  # type: ignore[arg-type]
    return owners


def test_no_name_belongs_to_two_entities_unless_one_is_a_post() -> None:
    problems = []
    for name, owners in sorted(_names().items()):
        entities = {subject for subject, _ in owners}
        if len(entities) < 2 or any(is_post for _, is_post in owners):
            continue
        if name in KNOWN_COLLISIONS:
            continue
        problems.append(f"{name!r}: {sorted(str(e) for e in entities)}")
    assert not problems, "names shared by two entities:\n" + "\n".join(problems)


def test_known_collisions_are_still_collisions() -> None:
    names = _names()
    stale = [name for name in KNOWN_COLLISIONS if len({s for s, _ in names.get(name, ())}) < 2]
    assert not stale, f"no longer shared, remove from KNOWN_COLLISIONS: {stale}"


def test_links_point_at_declared_entries() -> None:
    declared = set(_all_declared()) | _declared(_existing())
    problems = []
    for path in FILES:
        graph = _graph(path)
        for prop in (GAZ.person, ORG.postIn, KG.memberOf):
            for subject, target in graph.subject_objects(prop):
                if target not in declared:
                    problems.append(f"{path.name}: {subject} {prop} {target}: not declared")
    assert not problems, "\n".join(problems)


def _person_types() -> dict[URIRef, set]:
    types: dict[URIRef, set] = defaultdict(set)
    for graph in [_existing(), *(_graph(p) for p in FILES)]:
        for subject, cls in graph.subject_objects(RDF.type):
            types[subject].add(cls)  # type: ignore[index]
    return types


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_tenures_name_a_person_and_have_ordered_dates(path: Path) -> None:
    graph = _graph(path)
    types = _person_types()
    problems = []
    for post, tenure in graph.subject_objects(GAZ.heldBy):
        if not _is_post(graph, post):  # type: ignore[arg-type]
            problems.append(f"{post}: gaz:heldBy on something that is not an org:Post")
        people = list(graph.objects(tenure, GAZ.person))
        if len(people) != 1:
            problems.append(f"{post}: a tenure with {len(people)} gaz:person")
        elif KG.Person not in types.get(people[0], set()):  # type: ignore[call-overload]
            problems.append(f"{post}: {people[0]} is not a kg:Person")
        dates = {}
        for prop in (GAZ["from"], GAZ.until):
            values = list(graph.objects(tenure, prop))
            if len(values) > 1:
                problems.append(f"{post}: {len(values)} values of {prop}")
            for value in values:
                if not isinstance(value, Literal) or value.datatype != XSD.date:
                    problems.append(f"{post}: {prop} {value!r} is not an xsd:date")
                elif not value.ill_typed:
                    dates[prop] = value.toPython()
                else:
                    problems.append(f"{post}: {prop} {value!r} is not a valid date")
        if len(dates) == 2 and dates[GAZ["from"]] > dates[GAZ.until]:
            problems.append(f"{post}: from {dates[GAZ['from']]} after until {dates[GAZ.until]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_tenures_of_a_post_do_not_overlap(path: Path) -> None:
    """One holder at a time: a tenure starts no earlier than the previous one ended,
    and only the latest tenure is open-ended."""
    graph = _graph(path)
    problems = []
    for post in set(graph.subjects(GAZ.heldBy, None)):
        spans = []
        for tenure in graph.objects(post, GAZ.heldBy):
            start = graph.value(tenure, GAZ["from"])
            end = graph.value(tenure, GAZ.until)
            if start is not None:
                spans.append((start.toPython(), end.toPython() if end is not None else None))
        spans.sort(key=lambda span: span[0])
        for (start, end), (next_start, _) in zip(spans, spans[1:], strict=False):
            if end is None or next_start < end:
                problems.append(f"{post}: tenure from {start} overlaps the one from {next_start}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_annotations_are_consistent(path: Path) -> None:
    """An ambiguous short form is not also a name; a name to match in case is a name;
    a person's alias is a full name, not a bare surname or first name."""
    graph = _graph(path)
    problems = []
    for subject in set(graph.subjects(RDFS.label, None)):
        names = {str(n) for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(subject, p)}
        folded = {_normal(n) for n in names}
        for short in graph.objects(subject, GAZ.bareNameAmbiguous):
            if _normal(str(short)) in folded:
                problems.append(f"{subject}: {short!r} is marked ambiguous but given as a name")
        for name in graph.objects(subject, GAZ.matchCase):
            if str(name) not in names:
                problems.append(f"{subject}: gaz:matchCase {name!r} is not one of its names")
        if (subject, RDF.type, KG.Person) in graph:
            for name in names:
                if len(name.split()) < 2:
                    problems.append(f"{subject}: person name {name!r} is a single word")
    assert not problems, "\n".join(problems)
