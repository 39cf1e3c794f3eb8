"""The gazetteer: well-known entities, their types and other names, and the posts people hold.

Read from ``ontology/gazetteer.ttl``, every file of ``ontology/gazetteers/``
(public bodies, unions, parties, people and posts beyond health policy, each
file saying which public lists it comes from) and the user's own files.

An entry may mark a short name as ambiguous (``gaz:bareNameAmbiguous "EIS"``:
an ordinary word, or an acronym of something else too): such a name names the
entry only in a document that also names it unambiguously. ``gaz:matchCase``
lists names of ordinary words ("Home Office") that match only with their
capitals. A post (``org:Post``) lists its role phrases, the organisation it is
in and its holders with their dates.

Example:
    >>> entries = {entry.id: entry for entry in load_gazetteer()}
    >>> "British Medical Association" in entries["bma"].aliases
    True
    >>> posts = {post.id: post for post in load_posts()}
    >>> "Health Secretary" in posts["post_uk_health_secretary"].roles
    True
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import ORG, SDO
from rdflib.term import Node

from kg.errors import GraphError
from kg.rdf.namespaces import GAZ, KG
from kg.rdf.schema import core_class, ontology_dir, parse_turtle

T = TypeVar("T")

__all__ = [
    "GazetteerEntry",
    "Post",
    "Tenure",
    "load_gazetteer",
    "load_posts",
    "gazetteer_files",
    "posts_by_role",
    "read_once_per_gazetteer",
]


@dataclass(frozen=True)
class GazetteerEntry:
    """A well-known entity: its id, canonical name, type and other names.

    ``parent`` is the id of the organisation a sub-unit belongs to (``kg:memberOf``);
    ``ambiguous`` the short names that name it only where the document also names
    it unambiguously; ``match_case`` the names that match only with their capitals;
    ``government`` the government a department is part of (``org:subOrganizationOf``), or the
    one government whose posts a listed person has held (``gaz:heldBy``), and ``area`` the
    country it (or its government) serves (``schema:areaServed``).
    """

    id: str
    label: str
    type: URIRef
    aliases: tuple[str, ...]
    parent: str | None = None
    ambiguous: tuple[str, ...] = ()
    match_case: tuple[str, ...] = ()
    government: str | None = None
    area: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Tenure:
    """One holder of a post, from ``start`` until ``end`` (None: not known, or still in office)."""

    person: str
    start: datetime.date | None = None
    end: datetime.date | None = None

    def covers(self, day: datetime.date) -> bool:
        """True when the holder was in office on ``day`` (both ends included)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Post:
    """A post (Health Secretary, First Minister ...): its role phrases, organisation and holders.

    ``government`` is the government the organisation is part of (``org:subOrganizationOf``:
    the Department of Health and Social Care is part of the UK Government), else None;
    ``area`` the country that government (or the organisation) serves (``schema:areaServed``).
    """

    id: str
    label: str
    roles: tuple[str, ...]
    organisation: str | None
    tenures: tuple[Tenure, ...] = ()
    government: str | None = None
    area: str | None = None

    def holders(self, day: datetime.date | None = None) -> tuple[str, ...]:
        """The people who held the post on ``day`` (every holder when ``day`` is None)."""
        found = [t.person for t in self.tenures if day is None or t.covers(day)]
        return tuple(dict.fromkeys(found))


def _local_id(node: Node) -> str:
    return str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def gazetteer_files(extra_files: Iterable[Path | str] = ()) -> list[Path]:
    """The shipped gazetteer files, then the user's, in the order they are read."""
    folder = ontology_dir()
    shipped = [folder / "gazetteer.ttl", *sorted((folder / "gazetteers").glob("*.ttl"))]
    return [*shipped, *(Path(p) for p in extra_files)]


@functools.lru_cache(maxsize=64)
def _parse(path: Path, mtime: float) -> Graph:
    """A gazetteer file's graph, parsed once per version of the file."""
    return parse_turtle(path)


def _graphs(extra_files: Iterable[Path | str]) -> list[tuple[Path, Graph]]:
    graphs = []
    for path in gazetteer_files(extra_files):
        try:
            mtime = path.stat().st_mtime
        except OSError:
            mtime = 0.0  # parse_turtle says what is wrong with the path
        graphs.append((path, _parse(path, mtime)))
    return graphs


def _by_text(pair: tuple[Node, Node]) -> tuple[str, str]:
    return str(pair[0]), str(pair[1])


def _strings(graph: Graph, subject: Node, predicate: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(value) for value in graph.objects(subject, predicate)))


def load_gazetteer(extra_files: Iterable[Path | str] = ()) -> tuple[GazetteerEntry, ...]:
    """Every entity of the shipped gazetteer files plus the user's own files.

    A user file uses the same shape: ``ex:x a kg:TradeUnion ; rdfs:label "..." ;
    skos:altLabel "..." .`` Entries of later files replace entries with the
    same canonical name. Posts (``org:Post``) are read by :func:`load_posts`.
    """
    by_label: dict[str, GazetteerEntry] = {}
    graphs = _graphs(extra_files)
    part_of, served = _governments_and_areas(graphs)
    ministers = _ministers(graphs, part_of)
    for path, graph in graphs:
        for subject, label in sorted(graph.subject_objects(RDFS.label), key=_by_text):
            if (subject, RDF.type, ORG.Post) in graph:
                continue
            types = sorted(
                (
                    t
                    for t in graph.objects(subject, RDF.type)
                    if isinstance(t, URIRef) and core_class(t)
                ),
                key=str,
            )
            if not types:
                raise GraphError(
                    f"{path}: {subject} has no kg type; give it one, e.g. 'a kg:Organisation'"
                )
            parent = graph.value(subject, KG.memberOf)
            entry = GazetteerEntry(
                _local_id(subject),
                str(label),
                types[0],
                _strings(graph, subject, SKOS.altLabel),
                _local_id(parent) if parent is not None else None,
                _strings(graph, subject, GAZ.bareNameAmbiguous),
                _strings(graph, subject, GAZ.matchCase),
                government := part_of.get(_local_id(subject)) or ministers.get(_local_id(subject)),
                served.get(government or _local_id(subject)),
            )
            by_label[entry.label.lower()] = entry
    return tuple(sorted(by_label.values(), key=lambda e: e.id))


def _governments_and_areas(
    graphs: Sequence[tuple[Path, Graph]],
) -> tuple[dict[str, str], dict[str, str]]:
    """Body id → the government it is part of, and body id → the country it serves."""
    part_of = {
        _local_id(part): _local_id(whole)
        for _path, graph in graphs
        for part, whole in graph.subject_objects(ORG.subOrganizationOf)
    }
    served = {
        _local_id(body): _local_id(area)
        for _path, graph in graphs
        for body, area in graph.subject_objects(SDO.areaServed)
    }
    return part_of, served


def _ministers(graphs: Sequence[tuple[Path, Graph]], part_of: Mapping[str, str]) -> dict[str, str]:
    """Person id → the government whose posts (in it or in one of its departments) they held,
    for the listed people who held posts of one government only."""
    governments = set(part_of.values())
    served_in: dict[str, set[str]] = {}
    for _path, graph in graphs:
        for post, organisation in graph.subject_objects(ORG.postIn):
            org_id = _local_id(organisation)
            government = part_of.get(org_id) or (org_id if org_id in governments else None)
            if government is None:
                continue
            for tenure in graph.objects(post, GAZ.heldBy):
                person = graph.value(tenure, GAZ.person)
                if person is not None:
                    served_in.setdefault(_local_id(person), set()).add(government)
    return {person: next(iter(found)) for person, found in served_in.items() if len(found) == 1}


def _date(value: Node | None) -> datetime.date | None:
    if isinstance(value, Literal):
        python = value.toPython()
        if isinstance(python, datetime.date):
            return python
    return None


def load_posts(extra_files: Iterable[Path | str] = ()) -> tuple[Post, ...]:
    """Every post (``org:Post``) of the gazetteer files, with its role phrases and holders."""
    posts: dict[str, Post] = {}
    graphs = _graphs(extra_files)
    part_of, served = _governments_and_areas(graphs)
    for _path, graph in graphs:
        for subject in sorted(graph.subjects(RDF.type, ORG.Post), key=str):
            tenures: list[Tenure] = []
            for tenure in graph.objects(subject, GAZ.heldBy):
                person = graph.value(tenure, GAZ.person)
                if person is None:
                    continue
                start = _date(graph.value(tenure, GAZ["from"]))
                end = _date(graph.value(tenure, GAZ.until))
                tenures.append(Tenure(_local_id(person), start, end))
            tenures.sort(key=lambda t: (t.start or datetime.date.min, t.person))
            organisation = graph.value(subject, ORG.postIn)
            org_id = _local_id(organisation) if organisation is not None else None
            government = part_of.get(org_id or "")
            post = Post(
                _local_id(subject),
                str(graph.value(subject, RDFS.label) or _local_id(subject)),
                _strings(graph, subject, SKOS.altLabel),
                org_id,
                tuple(tenures),
                government,
                served.get(government or org_id or ""),
            )
            posts[post.id] = post
    return tuple(posts[key] for key in sorted(posts))


def posts_by_role(posts: Sequence[Post]) -> dict[str, tuple[Post, ...]]:
    """Role phrase (lower case) → the posts it names ("health secretary" names several)."""
    found: dict[str, list[Post]] = {}
    for post in posts:
        for role in (post.label, *post.roles):
            found.setdefault(role.lower(), []).append(post)
    return {role: tuple(items) for role, items in found.items()}


def read_once_per_gazetteer(
    read: Callable[[Mapping[str, GazetteerEntry]], T],
) -> Callable[[Mapping[str, GazetteerEntry]], T]:
    """``read`` (an index built from a whole gazetteer: its departments, its names) computed
    once for each gazetteer and kept, so that a rule looks things up there instead of scanning
    the ~1,350 entries for each word or mention. A gazetteer is known by its identity (a
    mapping is not hashable); a few are kept, for tests that build their own."""
    kept: dict[int, tuple[Mapping[str, GazetteerEntry], T]] = {}

    @functools.wraps(read)
    def once(gazetteer: Mapping[str, GazetteerEntry]) -> T:
        found = kept.get(id(gazetteer))
        if found is not None and found[0] is gazetteer:
            return found[1]
        if len(kept) > 8:
            kept.clear()
        value = read(gazetteer)
        kept[id(gazetteer)] = (gazetteer, value)
        return value

    return once
