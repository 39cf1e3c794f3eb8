"""Write and read graph files: deterministic Turtle, written atomically.

The same graph always gives the same bytes: triples are fed to rdflib's
Turtle serializer in sorted order (so any generated prefix is numbered the
same way every run), blank nodes, if any, are relabelled canonically, and
the serializer sorts subjects, predicates and objects itself.

Every file is written to a temporary file in the target folder and moved
into place with :func:`os.replace`, so a failed write never leaves a
half-written file behind.

Example:
    >>> from kg.graph import new_graph
    >>> from rdflib import RDFS, Literal, URIRef
    >>> graph = new_graph()
    >>> _ = graph.add((URIRef("https://w3id.org/kg-policy/id/bma"), RDFS.label, Literal("BMA")))
    >>> print(turtle_bytes(graph).decode().strip())
    @prefix id: <https://w3id.org/kg-policy/id/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    id:bma rdfs:label "BMA" .
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from rdflib import RDF, BNode, Graph
from rdflib.compare import to_canonical_graph

from .errors import GraphError, OutputError
from .namespaces import KG

__all__ = [
    "write_turtle",
    "turtle_bytes",
    "load_graph",
    "ensure_output_dir",
    "check_output_file",
    "atomic_write_bytes",
    "atomic_write_text",
    "summarise",
    "GRAPH_FORMATS",
]

#: rdflib parser names by file suffix; anything else is read as Turtle.
GRAPH_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".n3": "n3",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}


def _one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line, whitespace collapsed, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    if error.errno == errno.EROFS:
        return "read-only file system"
    return _one_line(error.strerror or str(error))


# --------------------------------------------------------------------------- folders


def ensure_output_dir(path: Path | str) -> Path:
    """Create the folder ``path`` (and its parents) and check that files can be written in it.

    Raises :class:`OutputError` when ``path`` is a file, lies under a file, or
    cannot be created or written to.
    """
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file, not a folder; choose another output folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as error:
        blocker = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
        where = f"{blocker} is a file" if blocker else "a part of its path is a file"
        raise OutputError(
            f"{folder}: cannot create the folder because {where}; choose another output folder"
        ) from error
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot create the folder ({_os_reason(error)}); "
            "choose a folder you can write to"
        ) from error
    try:  # os.access says yes to root everywhere: try for real
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".kg-write-test-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot write files in this folder ({_os_reason(error)}); "
            "choose a folder you can write to"
        ) from error
    return folder


def check_output_file(path: Path | str) -> Path:
    """Check, before any heavy work, that the file ``path`` can be written; create its folder.

    Raises :class:`OutputError` when ``path`` is a folder or its folder cannot be written.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a folder; give a file name, e.g. {target / 'graph.ttl'}")
    ensure_output_dir(target.parent if str(target.parent) else Path("."))
    return target


# --------------------------------------------------------------------------- writing


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and :func:`os.replace`.

    Nothing is left behind when writing fails; raises :class:`OutputError`.
    """
    target = check_output_file(path)
    tmp_name: str | None = None
    try:
        handle, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise OutputError(
            f"{target}: cannot write the file ({_os_reason(error)}); "
            "free some space or choose another output folder"
        ) from error
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def atomic_write_text(path: Path | str, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def _sorted_copy(graph: Graph) -> Graph:
    """A copy of ``graph`` with triples inserted in sorted order and the same prefixes."""
    source = graph
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        source = to_canonical_graph(graph)
    copy = Graph(bind_namespaces="none")
    for prefix, namespace in sorted(graph.namespaces()):
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in sorted(source):
        copy.add(triple)
    return copy


def turtle_bytes(graph: Graph) -> bytes:
    """``graph`` as deterministic UTF-8 Turtle: the same triples and prefixes, the same bytes."""
    return _sorted_copy(graph).serialize(format="turtle", encoding="utf-8")


def write_turtle(graph: Graph, path: Path | str) -> Path:
    """Write ``graph`` to ``path`` as deterministic Turtle, atomically; return the path.

    Raises :class:`OutputError` when the file cannot be written.
    """
    return atomic_write_bytes(path, turtle_bytes(graph))


# --------------------------------------------------------------------------- reading


def _parse_message(error: Exception) -> str:
    why = getattr(error, "_why", None)
    lines = getattr(error, "lines", None)
    if why is not None and isinstance(lines, int):  # rdflib's notation3 BadSyntax
        return _one_line(f"line {lines + 1}: {why}")
    return _one_line(str(error) or type(error).__name__)


def load_graph(path: Path | str) -> Graph:
    """Read a graph file: Turtle, or by suffix N-Triples (``.nt``), JSON-LD (``.jsonld``)
    or RDF/XML (``.rdf``, ``.xml``).

    Raises :class:`GraphError` when the file is missing, empty or not valid.
    """
    from .graph import new_graph

    source = Path(path)
    fmt = GRAPH_FORMATS.get(source.suffix.lower(), "turtle")
    if not source.exists():
        raise GraphError(
            f"{source}: no such file; give a graph file written by kg build (graph.ttl)"
        )
    if source.is_dir():
        raise GraphError(f"{source}: is a folder; give a graph file, e.g. {source / 'graph.ttl'}")
    try:
        data = source.read_bytes()
    except OSError as error:
        raise GraphError(
            f"{source}: cannot be read ({_os_reason(error)}); check its permissions"
        ) from error
    if not data.strip():
        raise GraphError(f"{source}: is empty; give a graph file written by kg build")
    if b"\x00" in data[:8192]:
        raise GraphError(
            f"{source}: is a binary file, not an RDF graph; give a Turtle file written by kg build"
        )
    graph = new_graph()
    try:
        graph.parse(data=data, format=fmt)
    except Exception as error:  # rdflib's parsers raise many unrelated types
        raise GraphError(
            f"{source}: is not valid {fmt.upper() if fmt != 'turtle' else 'Turtle'} "
            f"({_parse_message(error)}); give a graph file written by kg build"
        ) from error
    if len(graph) == 0:
        raise GraphError(f"{source}: holds no triples; give a graph file written by kg build")
    return graph


# --------------------------------------------------------------------------- summary


def _local_name(iri: Any) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def summarise(graph: Graph) -> dict[str, Any]:
    """Counts for a build summary.

    Returns a dict with ``documents``, ``entities`` (total), ``entities_by_type``
    (core class local name → distinct entities), ``relations`` (total direct
    core triples), ``relations_by_property`` (core property local name →
    direct triples), ``statements``, ``mentions``, ``sentences`` and ``triples``.
    Every core class and property is present, with 0 when absent.
    """
    from .ontology import CORE_CLASSES, CORE_PROPERTIES

    by_type: dict[str, int] = {}
    entities: set[Any] = set()
    for cls in CORE_CLASSES:
        members = set(graph.subjects(RDF.type, cls))
        by_type[_local_name(cls)] = len(members)
        entities |= members
    by_property: Counter[str] = Counter({_local_name(p): 0 for p in CORE_PROPERTIES})
    for prop in CORE_PROPERTIES:
        by_property[_local_name(prop)] = sum(1 for _ in graph.subject_objects(prop))

    def count(cls: Any) -> int:
        return sum(1 for _ in graph.subjects(RDF.type, cls))

    return {
        "documents": count(KG.Document),
        "entities": len(entities),
        "entities_by_type": by_type,
        "relations": sum(by_property.values()),
        "relations_by_property": dict(by_property),
        "statements": count(KG.Statement),
        "mentions": count(KG.Mention),
        "sentences": count(KG.Sentence),
        "triples": len(graph),
    }
