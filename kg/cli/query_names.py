"""What ``kg query`` says besides the answer: arguments swapped, defaults used, names unknown.

* ``kg query who-opposes out/graph.ttl`` (the query first) is an error that says so;
* a library query run without one of its parameters gets a note naming the default used;
* a parameter that names an entity (``-p name=...``) is looked up as ``kg stats`` looks
  names up (:class:`kg.rdf.names.NameIndex`): a surname that one person has is taken as
  that person's name, and a name that matches nothing gets a note with the closest names,
  rather than an empty answer and no word why.

Notes go to stderr as ``kg: note: ...``, so piped answers stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import QueryError

if TYPE_CHECKING:
    from kg.rdf.names import NameIndex
    from kg.sparql.engine import OxigraphGraph
    from kg.sparql.library import LibraryQuery, QueryParameter

__all__ = [
    "note",
    "check_argument_order",
    "library_item",
    "notes_on_defaults",
    "names_an_entity",
    "resolve_entity_names",
    "looked_up_query",
]


def note(message: str) -> None:
    """One line on stderr: ``kg: note: message``."""
    sys.stderr.write(f"kg: note: {message}\n")
    sys.stderr.flush()


def _exists(text: str) -> bool:
    try:
        return "\n" not in text and len(text) < 4096 and Path(text).exists()
    except (OSError, ValueError):
        return False


def check_argument_order(graph: Path, query: str) -> None:
    """Raise :class:`QueryError` when the query was given first and the graph second."""
    from kg.sparql.library import QUERY_SUFFIXES

    if graph.exists() or not _exists(query) or query.strip().lower().endswith(QUERY_SUFFIXES):
        return
    raise QueryError(
        f"{query!s} is a graph or store, and {str(graph)!r} is no file: the arguments are the "
        f"wrong way round; give the graph first: kg query {query} {graph}"
    )


def library_item(query: str) -> LibraryQuery | None:
    """The library query ``query`` names (as :func:`kg.sparql.library.resolve_query` reads
    it), or None for SPARQL text or a file."""
    from kg.sparql.library import _QUERY_NAME, find_library_query

    candidate = query.strip()
    if not _QUERY_NAME.match(candidate) or _exists(candidate):
        return None
    return find_library_query(candidate)


def notes_on_defaults(item: LibraryQuery | None, values: Mapping[str, str]) -> list[str]:
    """A note for each parameter of ``item`` left to its default."""
    if item is None:
        return []
    return [
        f"-p {parameter.name} not given: {item.name} answers for its default, "
        f"{parameter.name}={parameter.literal} ({parameter.description})"
        for parameter in item.parameters
        if parameter.name not in values
    ]


def names_an_entity(parameter: QueryParameter) -> bool:
    """Whether the parameter is an entity's whole name (not a word of one)."""
    description = parameter.description.lower()
    return ("entity" in description or "name or alias" in description) and not (
        description.startswith("a word")
    )


def _name_index(graph: OxigraphGraph) -> NameIndex:
    from kg.rdf.names import NameIndex

    answer = graph.query(
        """SELECT ?entity ?label ?alias ?core WHERE {
            VALUES ?core { kg:Person kg:Organisation kg:Proposal kg:Event kg:Place }
            ?entity a ?core ; rdfs:label ?label .
            OPTIONAL { ?entity skos:altLabel ?alias }
        }"""
    )
    found: dict[str, tuple[str, set[str], str]] = {}
    for entity, label, alias, core in answer:  # type: ignore[misc]
        key = str(entity)
        _, aliases, _ = found.setdefault(key, (str(label), set(), str(core).rsplit("#")[-1]))
        if alias is not None:
            aliases.add(str(alias))
    return NameIndex((key, label, sorted(a), t) for key, (label, a, t) in found.items())


def looked_up_query(
    sparql: str,
    item: LibraryQuery,
    values: Mapping[str, str],
    graph: OxigraphGraph,
    text: str,
) -> tuple[str, list[str]]:
    """``text``, the library query ``sparql`` with ``values``, once its entity names are looked
    up in ``graph`` (:func:`resolve_entity_names`), and the notes on them; run where the graph
    is open."""
    from kg.sparql.query import resolve_query

    notes: list[str] = []
    resolved = resolve_entity_names(graph, item, values, on_note=notes.append)
    return (text if resolved == values else resolve_query(sparql, resolved)), notes


def resolve_entity_names(
    graph: OxigraphGraph,
    item: LibraryQuery,
    values: Mapping[str, str],
    *,
    on_note: Callable[[str], None] = note,
) -> dict[str, str]:
    """``values`` with each entity-naming parameter looked up in ``graph``: a surname of one
    person becomes the person's name (with a note); an unknown name gets a note."""
    resolved = dict(values)
    wanted = [p for p in item.parameters if names_an_entity(p)]
    if not wanted:
        return resolved
    names = _name_index(graph)
    for parameter in wanted:
        given = values.get(parameter.name, parameter.default)
        kind, found = names.lookup(given)
        if kind == "surname" and len(found) == 1:
            resolved[parameter.name] = names.label(found[0])
            on_note(f"{parameter.name}={given!r} taken as {names.label(found[0])!r}, its surname")
        elif kind == "surname":
            people = ", ".join(sorted(repr(names.label(key)) for key in found))
            on_note(f"{given!r} is the surname of several people ({people}); give a full name")
        elif not found:
            close = names.suggest(given)
            hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            on_note(f"no entity is named {given!r} in the graph{hint}")
    return resolved
