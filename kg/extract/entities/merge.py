"""Across documents: one entity per real-world thing.

Entities merge when they share the gazetteer entry, or a distinctive name (a full personal
name, an acronym, a multi-word proper name) and their core class. Two people who share only
a surname are never merged; neither are bare common nouns ("motion") or roles ("health
secretary"), which name different things in different articles.

Example: "Wes Streeting" in one article and "Mr Wes Streeting" in another are one entity;
"Mr Streeting" alone in a third stays apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from rdflib import URIRef

from kg.extract.entities.names import name_words
from kg.extract.entities.resolved import UnionFind
from kg.extract.mentions import normalise_name
from kg.model import Entity, Extraction, Quote, Relation
from kg.rdf.namespaces import KG, slug
from kg.rdf.schema import core_class

__all__ = ["merge_documents", "Merged"]


class Merged(NamedTuple):
    """Entities, relations and quotations of a corpus, with one entity per real-world thing."""

    entities: list[Entity]
    relations: list[Relation]
    quotes: list[Quote]


def merge_documents(extractions: Sequence[Extraction]) -> Merged:
    """One entity per real-world thing across all documents; relations and quotations re-pointed
    to the merged keys."""
    entities = [e for x in extractions for e in x.entities]
    merged, new_key = _merge_entities(entities)
    relations: list[Relation] = []
    seen_relations: set[tuple[str, URIRef, str, str, int, int]] = set()
    for x in extractions:
        for r in x.relations:
            s, o = new_key.get(r.subject), new_key.get(r.object)
            if s is None or o is None or s == o:
                continue
            signature = (s, r.predicate, o, r.evidence.doc_id, r.evidence.start, r.evidence.end)
            if signature in seen_relations:
                continue
            seen_relations.add(signature)
            relations.append(Relation(s, r.predicate, o, r.evidence, r.modality))
    quotes = [
        Quote(new_key.get(q.speaker) if q.speaker else None, q.text, q.evidence)
        for x in extractions
        for q in x.quotes
    ]
    return Merged(sorted(merged, key=lambda e: e.key), relations, quotes)


def _merge_entities(entities: Sequence[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """The merged entities, and each document entity's key → its merged entity's key."""
    merged: list[Entity] = []
    new_key: dict[str, str] = {}
    used_slugs: dict[str, URIRef | None] = {}
    for members in _groups(entities):
        parts = [entities[i] for i in members]
        gazetteered = [e for e in parts if e.gazetteer_id]
        lead = (
            gazetteered[0]
            if gazetteered
            else max(parts, key=lambda e: (len(e.mentions), len(e.label), e.label))
        )
        label = _unique_label(lead, used_slugs)
        aliases = sorted({a for e in parts for a in (e.label, *e.aliases)} - {label})
        mentions = tuple(
            sorted((m for e in parts for m in e.mentions), key=lambda m: (m.doc_id, m.start, m.end))
        )
        details = tuple(sorted({d for e in parts for d in e.details}))
        entity = Entity(
            label, label, lead.type, tuple(aliases), mentions, lead.gazetteer_id, details
        )
        merged.append(entity)
        for e in parts:
            new_key[e.key] = entity.key
    return merged, new_key


def _groups(entities: Sequence[Entity]) -> list[list[int]]:
    """Indices of the entities that name one thing, group by group."""
    links = UnionFind(len(entities))
    seen: dict[tuple[URIRef | None, str], int] = {}
    for i, entity in enumerate(entities):
        cls = core_class(entity.type)
        keys = {(cls, "gaz:" + entity.gazetteer_id)} if entity.gazetteer_id else set()
        keys |= {(cls, name) for name in _strong_names(entity)}
        for key in sorted(keys, key=str):
            if key in seen:
                links.union(seen[key], i)
            else:
                seen[key] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entities)):
        groups[links.find(i)].append(i)
    return sorted(groups.values())


def _unique_label(lead: Entity, used_slugs: dict[str, URIRef | None]) -> str:
    """The lead's label, qualified by its class or its document when another thing took it."""
    label = lead.label
    cls = core_class(lead.type)
    if slug(label) in used_slugs:
        # another thing with the same name: qualify it so that it gets its own IRI
        if used_slugs[slug(label)] != cls:
            label = f"{label} ({str(cls).rsplit('#', 1)[-1]})"
        if slug(label) in used_slugs:
            label = f"{label} ({lead.doc_ids[0]})"
    used_slugs.setdefault(slug(label), cls)
    return label


def _strong_names(entity: Entity) -> set[str]:
    """Names distinctive enough to identify the entity in another article.

    A full personal name; otherwise a name with a capital, a digit or several
    words. A bare common noun ("motion", "negotiations") names different
    things in different articles, and so do roles ("health secretary").
    """
    names: set[str] = set()
    role_texts = {
        normalise_name(m.text) for m in entity.mentions if m.is_role or m.method == "description"
    }
    for alias in (entity.label, *entity.aliases):
        norm = normalise_name(alias)
        if not norm or norm in role_texts:
            continue
        if core_class(entity.type) == KG.Person:
            if len(name_words(alias)) >= 2:
                names.add(norm)
        elif any(c.isupper() for c in alias) or any(c.isdigit() for c in alias) or " " in norm:
            names.add(norm)
    return {n for n in names if n}
