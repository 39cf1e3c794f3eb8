"""Write and read graph files: deterministic Turtle, written atomically.

The same triples and prefixes always give the same bytes: kg writes Turtle
itself (rdflib's serializer orders subjects by reference counts and keeps
insertion order among equal literals), with subjects in natural order of
their IRIs, ``rdf:type`` first, predicates and objects sorted, and blank
nodes, if any, relabelled canonically. It is also several times faster.

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
import functools
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
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
        raise OutputError(f"{target}: is a folder; give the name of a file to write")
    ensure_output_dir(target.parent if str(target.parent) else Path("."))
    return target


# --------------------------------------------------------------------------- writing


@functools.cache
def _umask() -> int:
    """The process umask (read once: reading it means setting it for a moment)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
        os.chmod(tmp_name, 0o666 & ~_umask())
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


_PN_LOCAL = re.compile(r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?$")
_PN_PREFIX = re.compile(r"^(?:[A-Za-z](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_DECIMAL = re.compile(r"^[+-]?[0-9]*\.[0-9]+$")
_NATURAL = re.compile(r"([0-9]+)")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_NEEDS_ESCAPE = re.compile('[\\\\"\\x00-\\x1f\\x7f\\ud800-\\udfff]')
_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _escape_string(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        char = match.group(0)
        return _ESCAPES.get(char) or f"\\u{ord(char):04X}"

    return _NEEDS_ESCAPE.sub(replace, text)


def _natural_key(text: str) -> tuple[Any, ...]:
    """``"sentence/10"`` after ``"sentence/9"``: digit runs compare as numbers."""
    parts = _NATURAL.split(text)
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))


def _object_key(term: Any) -> tuple[Any, ...]:
    if isinstance(term, Literal):
        return (2, str(term), str(term.datatype or ""), term.language or "")
    return (0 if isinstance(term, URIRef) else 1, str(term), "", "")


class _TurtleWriter:
    """Render terms as Turtle, shortening IRIs with the prefixes of a graph; note those used."""

    def __init__(self, namespaces: Iterable[tuple[str, Any]]) -> None:
        usable = [(p, str(n)) for p, n in namespaces if _PN_PREFIX.match(p) and str(n)]
        self._namespaces = sorted(usable, key=lambda pn: (-len(pn[1]), pn[0]))
        self._cache: dict[Any, str] = {}
        self.used: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        for prefix, namespace in self._namespaces:
            if iri.startswith(namespace) and _PN_LOCAL.match(iri[len(namespace) :]):
                self.used[prefix] = namespace
                return f"{prefix}:{iri[len(namespace) :]}"
        return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", iri) + ">"

    def literal(self, literal: Literal) -> str:
        lexical = str(literal)
        datatype = literal.datatype
        if datatype == XSD.integer and _INTEGER.match(lexical):
            return lexical
        if datatype == XSD.decimal and _DECIMAL.match(lexical):
            return lexical
        if datatype == XSD.boolean and lexical in ("true", "false"):
            return lexical
        text = f'"{_escape_string(lexical)}"'
        if literal.language:
            return f"{text}@{literal.language}"
        if datatype is not None:
            return f"{text}^^{self.iri(str(datatype))}"
        return text

    def term(self, term: Any) -> str:
        cached = self._cache.get(term)
        if cached is None:
            if isinstance(term, URIRef):
                cached = self.iri(str(term))
            elif isinstance(term, BNode):
                cached = f"_:{term}"
            elif isinstance(term, Literal):
                cached = self.literal(term)
            else:  # pragma: no cover - rdflib graphs hold only these three
                raise OutputError(f"cannot write {term!r} as Turtle")
            self._cache[term] = cached
        return cached


def turtle_bytes(graph: Graph) -> bytes:
    """``graph`` as deterministic UTF-8 Turtle: the same triples and prefixes, the same bytes.

    Subjects are in natural order of their IRIs (``sentence/9`` before
    ``sentence/10``), ``rdf:type`` comes first as ``a``, then predicates and
    objects sorted; blank nodes get canonical labels.
    """
    triples = list(graph)
    if any(isinstance(s, BNode) or isinstance(o, BNode) for s, _p, o in triples):
        triples = list(to_canonical_graph(graph))
    writer = _TurtleWriter(graph.namespaces())
    rdf_type = RDF.type  # looked up once: namespace attributes are slow
    by_subject: dict[Any, dict[Any, list[Any]]] = {}
    for subject, predicate, obj in triples:
        by_subject.setdefault(subject, {}).setdefault(predicate, []).append(obj)

    blocks: list[str] = []
    subjects = sorted(
        by_subject, key=lambda s: (isinstance(s, BNode), _natural_key(str(s)), str(s))
    )
    for subject in subjects:
        properties = by_subject[subject]
        lines: list[str] = []
        for predicate in sorted(properties, key=lambda p: (p != rdf_type, str(p))):
            name = "a" if predicate == rdf_type else writer.term(predicate)
            objects = [writer.term(o) for o in sorted(properties[predicate], key=_object_key)]
            lines.append(f"{name} " + ",\n        ".join(objects))
        blocks.append(writer.term(subject) + " " + " ;\n    ".join(lines) + " .\n")

    header = "".join(f"@prefix {p}: <{n}> .\n" for p, n in sorted(writer.used.items()))
    return (header + "\n" + "\n".join(blocks)).encode("utf-8")


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
    or RDF/XML (``.rdf``, ``.xml``); or a store folder made by ``kg build --store``.

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
        from .store import is_store, open_store

        if is_store(source):  # a store made by kg build --store: the union of its graphs
            with open_store(source) as store:
                return store.to_rdflib()
        raise GraphError(
            f"{source}: is a folder; give a graph file, e.g. {source / 'graph.ttl'}, "
            "or a store folder made by kg build --store"
        )
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
        if fmt == "json-ld":  # rdflib's JSON-LD parser needs a context-aware store
            staging = Graph()
            staging.parse(data=data, format=fmt)
            for prefix, namespace in staging.namespaces():
                graph.bind(prefix, namespace, override=False)
            for triple in staging:
                graph.add(triple)
        else:
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
