"""Gold annotations: one ``*.gold.json`` file per article, checked as it is read.

The format is in ``../shared/dev/README.md``: the article's text file, its entities (id,
name, core type, aliases) and the relations between them (one of :data:`GOLD_PREDICATES`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef

from kg.errors import InputError
from kg.rdf.namespaces import KG
from kg.rdf.schema import CORE_CLASSES

__all__ = [
    "ENTITY_TYPES",
    "GOLD_PREDICATES",
    "GOLD_SUFFIX",
    "Gold",
    "GoldEntity",
    "GoldRelation",
    "load_gold",
    "parse_gold",
]

ENTITY_TYPES = tuple(str(cls).rsplit("#", 1)[-1] for cls in CORE_CLASSES)
GOLD_PREDICATES: dict[str, URIRef] = {
    "member_of": KG.memberOf,
    "leads": KG.leads,
    "communicates_with": KG.communicatesWith,
    "proposes": KG.proposes,
    "supports": KG.supports,
    "opposes": KG.opposes,
    "advises_on": KG.advisesOn,
    "part_of": KG.partOf,
    "participates_in": KG.participatesIn,
}
GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class GoldEntity:
    """One annotated entity: id, canonical name, core type name and surface forms."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldRelation:
    """One annotated triple between gold entity ids, with its evidence sentence."""

    subject: str
    predicate: str
    object: str
    evidence: str = ""


@dataclass(frozen=True)
class Gold:
    """The annotation of one article: the text file it annotates, entities, relations."""

    file: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    path: str | None = field(default=None, compare=False)


def _field(item: Mapping[str, Any], key: str, where: str, source: str) -> str:
    if key not in item:
        raise InputError(f"{source}: {where} has no {key!r} key")
    value = item[key]
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{source}: {where} has an empty or non-string {key!r}")
    return value


def parse_gold(data: Any, *, source: str = "<gold>") -> Gold:
    """Check and convert decoded gold JSON; ``source`` names it in error messages."""
    if not isinstance(data, Mapping):
        raise InputError(f"{source}: a gold file must hold one JSON object")
    file_name = _field(data, "file", "the gold object", source)
    for key in ("entities", "relations"):
        if key not in data:
            raise InputError(f"{source}: the gold object has no {key!r} key")
        if not isinstance(data[key], list):
            raise InputError(f"{source}: {key!r} must be a list")
    entities: list[GoldEntity] = []
    seen: set[str] = set()
    for number, item in enumerate(data["entities"], 1):
        where = f"entity {number}"
        if not isinstance(item, Mapping):
            raise InputError(f"{source}: {where} is not an object")
        entity_id = _field(item, "id", where, source)
        where = f"entity {entity_id!r}"
        if entity_id in seen:
            raise InputError(f"{source}: entity id {entity_id!r} is used twice")
        seen.add(entity_id)
        entity_type = _field(item, "type", where, source)
        if entity_type not in ENTITY_TYPES:
            raise InputError(
                f"{source}: {where} has type {entity_type!r}; use one of {', '.join(ENTITY_TYPES)}"
            )
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(f"{source}: {where} must have a list of strings as 'aliases'")
        entities.append(
            GoldEntity(entity_id, _field(item, "name", where, source), entity_type, tuple(aliases))
        )
    relations: list[GoldRelation] = []
    for number, item in enumerate(data["relations"], 1):
        where = f"relation {number}"
        if not isinstance(item, Mapping):
            raise InputError(f"{source}: {where} is not an object")
        subject = _field(item, "subject", where, source)
        predicate = _field(item, "predicate", where, source)
        obj = _field(item, "object", where, source)
        if predicate not in GOLD_PREDICATES:
            raise InputError(
                f"{source}: {where} has predicate {predicate!r}; "
                f"use one of {', '.join(GOLD_PREDICATES)}"
            )
        for role, entity_id in (("subject", subject), ("object", obj)):
            if entity_id not in seen:
                raise InputError(f"{source}: {where} has {role} {entity_id!r}, not an entity id")
        evidence = item.get("evidence", "")
        if not isinstance(evidence, str):
            raise InputError(f"{source}: {where} has a non-string 'evidence'")
        relations.append(GoldRelation(subject, predicate, obj, evidence))
    return Gold(file_name, tuple(entities), tuple(relations))


def load_gold(path: Path | str) -> Gold:
    """Read one ``*.gold.json`` file; a bad file raises :class:`InputError` naming it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such gold file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the gold file ({error})") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: not valid JSON (line {error.lineno} column {error.colno}: {error.msg})"
        ) from error
    gold = parse_gold(data, source=str(path))
    return Gold(gold.file, gold.entities, gold.relations, path=str(path))
