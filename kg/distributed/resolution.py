"""Cross-document resolution as a reduce over entity summaries, and one document's triples.

A worker reads a document and sends back a summary of each of its entities
(:class:`EntitySummary`: names, aliases, type, gazetteer id, how often it is
mentioned, the names it may merge on), never the document. :class:`Resolution`
takes the summaries in any order, as workers finish, and gives exactly what
:func:`kg.extract.entities.merge_documents` gives for the same documents in
the same order: which merged entity each document's entity belongs to, and its
label (hence its IRI). :func:`document_graph` then turns one document's
extraction into its triples with those labels, where the extraction is (on the
worker), and splits them into the document's named graph and its share of the
entities graph (:mod:`kg.sparql.named_graphs`).

Example:
    >>> resolution = Resolution()
    >>> resolution.add(0, summarise(extraction_a))  # doctest: +SKIP
    >>> resolution.add(1, summarise(extraction_b))  # doctest: +SKIP
    >>> resolved = resolution.resolve()  # doctest: +SKIP
    >>> resolved.assign["a#1"]  # doctest: +SKIP
    ('Wes Streeting', rdflib.term.URIRef('https://w3id.org/kg-policy/ontology#Person'))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.extract.entities.merge import _strong_names
from kg.model import Entity, Extraction, Quote, Relation
from kg.rdf.namespaces import document_iri, slug
from kg.rdf.schema import core_class

__all__ = [
    "EntitySummary",
    "summarise",
    "Resolution",
    "Resolved",
    "DocumentGraph",
    "document_graph",
    "entity_triples",
]

Triple = tuple[Any, Any, Any]
#: A document entity's merged label and type: what its document's triples need of the merge.
Assignment = tuple[str, URIRef]


@dataclass(frozen=True)
class EntitySummary:
    """What the merge across documents needs of one document's entity; no mention, no text.

    ``merge_keys`` are the (core class, name) pairs it merges on: its gazetteer
    id and its distinctive names (:mod:`kg.extract.entities.merge`).
    """

    key: str
    label: str
    type: URIRef
    aliases: tuple[str, ...]
    gazetteer_id: str | None
    details: tuple[tuple[str, str], ...]
    doc_ids: tuple[str, ...]
    mentions: int
    merge_keys: tuple[tuple[str, str], ...]


def summarise(extraction: Extraction) -> list[EntitySummary]:
    """The summaries of a document's entities, in the document's order."""
    summaries = []
    for entity in extraction.entities:
        cls = core_class(entity.type)
        cls_name = "" if cls is None else str(cls)
        keys = {(cls_name, "gaz:" + entity.gazetteer_id)} if entity.gazetteer_id else set()
        keys |= {(cls_name, name) for name in _strong_names(entity)}
        summaries.append(
            EntitySummary(
                entity.key,
                entity.label,
                entity.type,
                entity.aliases,
                entity.gazetteer_id,
                entity.details,
                entity.doc_ids,
                len(entity.mentions),
                tuple(sorted(keys)),
            )
        )
    return summaries


@dataclass
class Resolved:
    """The merge: each document entity's merged label and type, and the merged entities
    (without their mentions, which stay with their documents), sorted by label."""

    assign: dict[str, Assignment] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)


class Resolution:
    """The reduce: summaries in, one entity per real-world thing out.

    Memory grows with the summaries only. Documents may arrive in any order;
    ``position`` is the document's place in the build's order, which decides,
    as in :func:`~kg.extract.entities.merge_documents`, which of two things
    with one name keeps the plain label.
    """

    def __init__(self) -> None:
        self._summaries: dict[tuple[int, int], EntitySummary] = {}
        self._parent: dict[tuple[int, int], tuple[int, int]] = {}
        self._seen: dict[tuple[str, str], tuple[int, int]] = {}

    def __len__(self) -> int:
        return len(self._summaries)

    def add(self, position: int, summaries: Sequence[EntitySummary]) -> None:
        """Take the summaries of the document at ``position`` (its entities in order)."""
        for i, summary in enumerate(summaries):
            index = (position, i)
            self._summaries[index] = summary
            self._parent[index] = index
            for key in summary.merge_keys:
                other = self._seen.setdefault(key, index)
                if other != index:
                    self._union(other, index)

    def _find(self, index: tuple[int, int]) -> tuple[int, int]:
        parent = self._parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def _union(self, a: tuple[int, int], b: tuple[int, int]) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def resolve(self) -> Resolved:
        """The merged entities, and each document entity's merged label and type."""
        groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for index in sorted(self._summaries):
            groups.setdefault(self._find(index), []).append(index)
        resolved = Resolved()
        used_slugs: dict[str, URIRef | None] = {}
        for members in sorted(groups.values()):
            parts = [self._summaries[i] for i in members]
            entity = merged_entity(parts, used_slugs)
            resolved.entities.append(entity)
            for part in parts:
                resolved.assign[part.key] = (entity.label, entity.type)
        resolved.entities.sort(key=lambda e: e.key)
        return resolved


def merged_entity(parts: Sequence[EntitySummary], used_slugs: dict[str, URIRef | None]) -> Entity:
    """The entity that ``parts`` (in document order) make, as the merge across documents makes it.

    ``used_slugs`` holds the slugs of the labels given so far and is updated.
    """
    gazetteered = [e for e in parts if e.gazetteer_id]
    lead = (
        gazetteered[0]
        if gazetteered
        else max(parts, key=lambda e: (e.mentions, len(e.label), e.label))
    )
    label = _unique_label(lead, used_slugs)
    aliases = sorted({a for e in parts for a in (e.label, *e.aliases)} - {label})
    details = tuple(sorted({d for e in parts for d in e.details}))
    return Entity(label, label, lead.type, tuple(aliases), (), lead.gazetteer_id, details)


def _unique_label(lead: EntitySummary, used_slugs: dict[str, URIRef | None]) -> str:
    """The lead's label, qualified by its class or its document when another thing took it
    (as :mod:`kg.extract.entities.merge` does)."""
    label = lead.label
    cls = core_class(lead.type)
    if slug(label) in used_slugs:
        if used_slugs[slug(label)] != cls:
            label = f"{label} ({str(cls).rsplit('#', 1)[-1]})"
        if slug(label) in used_slugs:
            label = f"{label} ({lead.doc_ids[0]})"
    used_slugs.setdefault(slug(label), cls)
    return label


@dataclass(frozen=True)
class DocumentGraph:
    """One document's triples: its named graph, and what it adds to the entities graph.

    When rendered with ``turtle=True``, the subjects that belong to the document
    (its node, sentences, mentions, statements, quotations) come as Turtle
    ``blocks`` (:func:`kg.rdf.turtle.turtle_blocks`, with the prefixes ``used``)
    and ``triples`` holds only the rest of its graph (``kg:mentionedIn`` links,
    whose subjects are entities).
    """

    doc_id: str
    triples: list[Triple]
    entity_triples: list[Triple]
    blocks: list[tuple[tuple[Any, ...], str]] | None = None
    used: dict[str, str] = field(default_factory=dict)


def document_graph(
    extraction: Extraction, assign: Mapping[str, Assignment], *, turtle: bool = False
) -> DocumentGraph:
    """The triples of one document once its entities are merged across documents.

    The union of every document's triples, of :func:`entity_triples` of the
    merged entities and of the ontology is the graph of the whole build.
    """
    from kg.rdf.graph import new_graph, to_rdf
    from kg.rdf.turtle import turtle_blocks
    from kg.sparql.named_graphs import ENTITIES_GRAPH, split_by_document

    entities, relations, quotes = _remapped(extraction, assign)
    graph = to_rdf([extraction], entities, relations, quotes, include_ontology=False)
    groups = split_by_document(graph)
    own = document_iri(extraction.document.id)
    unexpected = set(groups) - {own, ENTITIES_GRAPH}
    if unexpected:  # pragma: no cover - every node of a document's graph is the document's
        raise ValueError(f"triples of {extraction.document.id} outside its graphs: {unexpected}")
    triples, entity_part = groups.get(own, []), groups.get(ENTITIES_GRAPH, [])
    if not turtle:
        return DocumentGraph(extraction.document.id, triples, entity_part)
    prefix = str(own) + "/"
    local = [t for t in triples if t[0] == own or str(t[0]).startswith(prefix)]
    rest = [t for t in triples if not (t[0] == own or str(t[0]).startswith(prefix))]
    blocks, used = turtle_blocks(local, new_graph().namespaces())
    return DocumentGraph(extraction.document.id, rest, entity_part, blocks, used)


def _remapped(
    extraction: Extraction, assign: Mapping[str, Assignment]
) -> tuple[list[Entity], list[Relation], list[Quote]]:
    """The document's entities, relations and quotations re-pointed to merged entities
    (as :func:`~kg.extract.entities.merge_documents` re-points them)."""
    mentions: dict[str, list[Any]] = {}
    types: dict[str, URIRef] = {}
    for entity in extraction.entities:
        label, type_ = assign[entity.key]
        mentions.setdefault(label, []).extend(entity.mentions)
        types[label] = type_
    entities = [
        Entity(label, label, types[label], (), tuple(found)) for label, found in mentions.items()
    ]
    new_key = {key: assign[key][0] for key in (e.key for e in extraction.entities)}
    relations: list[Relation] = []
    seen: set[tuple[str, URIRef, str, int, int]] = set()
    for r in extraction.relations:
        s, o = new_key.get(r.subject), new_key.get(r.object)
        if s is None or o is None or s == o:
            continue
        signature = (s, r.predicate, o, r.evidence.start, r.evidence.end)
        if signature not in seen:
            seen.add(signature)
            relations.append(Relation(s, r.predicate, o, r.evidence, r.modality))
    quotes = [
        Quote(new_key.get(q.speaker) if q.speaker else None, q.text, q.evidence)
        for q in extraction.quotes
    ]
    return entities, relations, quotes


def entity_triples(entities: Iterable[Entity]) -> list[Triple]:
    """What is said of merged entities across documents: types, labels, other names, details."""
    from kg.rdf.graph import to_rdf

    return list(to_rdf([], list(entities), [], include_ontology=False))
