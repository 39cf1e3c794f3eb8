"""The gazetteer: well-known entities, their types and other names (``ontology/gazetteer.ttl``).

Example:
    >>> entries = {entry.id: entry for entry in load_gazetteer()}
    >>> "British Medical Association" in entries["bma"].aliases
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, URIRef

from kg.errors import GraphError
from kg.rdf.schema import core_class, ontology_dir, parse_turtle

__all__ = ["GazetteerEntry", "load_gazetteer"]


@dataclass(frozen=True)
class GazetteerEntry:
    """A well-known entity: its id, canonical name, type and other names."""

    id: str
    label: str
    type: URIRef
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


def load_gazetteer(extra_files: Iterable[Path | str] = ()) -> tuple[GazetteerEntry, ...]:
    """The gazetteer shipped in ``ontology/gazetteer.ttl`` plus the user's own files.

    A user file uses the same shape: ``ex:x a kg:TradeUnion ; rdfs:label "..." ;
    skos:altLabel "..." .`` Entries of later files replace entries with the
    same canonical name.
    """
    paths = [ontology_dir() / "gazetteer.ttl", *[Path(p) for p in extra_files]]
    by_label: dict[str, GazetteerEntry] = {}
    for path in paths:
        graph = parse_turtle(path)
        for subject, label in sorted(graph.subject_objects(RDFS.label)):
            types = sorted(t for t in graph.objects(subject, RDF.type) if core_class(t))  # type: ignore[arg-type]
            if not types:
                raise GraphError(
                    f"{path}: {subject} has no kg type; give it one, e.g. 'a kg:Organisation'"
                )
            aliases = sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))
            entry_id = str(subject).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            entry = GazetteerEntry(entry_id, str(label), types[0], tuple(aliases))  # type: ignore[arg-type]
            by_label[entry.label.lower()] = entry
    return tuple(sorted(by_label.values(), key=lambda e: e.id))
