"""The SPARQL 1.1 Protocol side of ``kg serve``: formats, content negotiation, answers as bytes.

:func:`answer` runs one :class:`Request` on an Oxigraph store and gives a
:class:`Reply` (status, media type, body): SELECT and ASK results as JSON,
XML, CSV or TSV, CONSTRUCT and DESCRIBE graphs as Turtle, N-Triples, JSON-LD
or RDF/XML, chosen by :func:`choose_format`. The worker processes call it.

Example:
    >>> choose_format("results", "text/csv;q=0.5, application/sparql-results+xml", None)
    'xml'
    >>> serialize_boolean(True, "json")
    (b'{"head": {}, "boolean": true}', 'json')
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from kg.errors import KGError

__all__ = [
    "ServeError",
    "Request",
    "Reply",
    "answer",
    "dataset_options",
    "text_reply",
    "choose_format",
    "media_type",
    "serialize_solutions",
    "serialize_boolean",
]


class ServeError(KGError):
    """The endpoint cannot start: the port is in use, the host is wrong, the graph unreadable."""

    exit_code = 2


# media types by short name; the first of each group is what the response says
_RESULT_TYPES = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
_GRAPH_TYPES = {
    "turtle": ("text/turtle", "application/x-turtle"),
    "nt": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/json"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_FORMAT_NAMES = {
    "json": "json",
    "srj": "json",
    "xml": "xml",
    "srx": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "rdfxml": "rdfxml",
    "rdf": "rdfxml",
    "rdf/xml": "rdfxml",
}


# --------------------------------------------------------------------------- content negotiation


def _accepted(accept: str) -> list[tuple[str, float]]:
    """The media types of an Accept header, best first (ties keep their order)."""
    items: list[tuple[str, float, int]] = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        weight = 1.0
        for parameter in fields[1:]:
            if parameter.startswith("q="):
                try:
                    weight = float(parameter[2:])
                except ValueError:
                    weight = 0.0
        items.append((media, weight, index))
    items.sort(key=lambda item: (-item[1], item[2]))
    return [(media, weight) for media, weight, _ in items if weight > 0]


def choose_format(kind: str, accept: str, requested: str | None) -> str:
    """The short name of the format to answer in: ``kind`` is ``results`` or ``graph``.

    A ``format``/``output`` parameter (``json``, ``csv``, ``turtle`` or a
    media type) wins over ``Accept``; without either, JSON results or Turtle.
    """
    table = _RESULT_TYPES if kind == "results" else _GRAPH_TYPES
    if requested:
        name = _FORMAT_NAMES.get(requested.strip().lower())
        if name in table:
            return name
        for short, types in table.items():
            if requested.strip().lower() in types:
                return short
    for media, _weight in _accepted(accept or ""):
        for short, types in table.items():
            if media in types:
                return short
    return "json" if kind == "results" else "turtle"


def media_type(kind: str, name: str) -> str:
    """The media type a response in format ``name`` (of ``kind``) says it is."""
    table = _RESULT_TYPES if kind == "results" else _GRAPH_TYPES
    return table[name][0]


# --------------------------------------------------------------------------- results as bytes


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        value = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            value["datatype"] = term.datatype.value
        return value
    return {"type": "triple", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{xml_escape(term.language)}">{xml_escape(term.value)}</literal>'
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            datatype = xml_escape(term.datatype.value, {'"': "&quot;"})
            return f'<literal datatype="{datatype}">{xml_escape(term.value)}</literal>'
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value) if hasattr(term, "value") else str(term)


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


Rows = Sequence[Sequence[Any]]


def _json_solutions(variables: Sequence[str], rows: Rows) -> bytes:
    bindings = [
        {
            name: _json_term(term)
            for name, term in zip(variables, row, strict=True)
            if term is not None
        }
        for row in rows
    ]
    data = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _xml_solutions(variables: Sequence[str], rows: Rows) -> bytes:
    parts = [
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>'
    ]
    parts += [f'<variable name="{xml_escape(name)}"/>' for name in variables]
    parts.append("</head>\n<results>")
    for row in rows:
        parts.append("<result>")
        parts += [
            f'<binding name="{xml_escape(name)}">{_xml_term(term)}</binding>'
            for name, term in zip(variables, row, strict=True)
            if term is not None
        ]
        parts.append("</result>")
    parts.append("</results>\n</sparql>\n")
    return "\n".join(parts).encode("utf-8")


def _csv_solutions(variables: Sequence[str], rows: Rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_csv_term(term) for term in row])
    return out.getvalue().encode("utf-8")


def _tsv_solutions(variables: Sequence[str], rows: Rows) -> bytes:
    lines = ["\t".join(f"?{name}" for name in variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_SOLUTION_WRITERS: dict[str, Callable[[Sequence[str], Rows], bytes]] = {
    "json": _json_solutions,
    "xml": _xml_solutions,
    "csv": _csv_solutions,
    "tsv": _tsv_solutions,
}


def serialize_solutions(variables: Sequence[str], rows: Rows, fmt: str) -> bytes:
    """SELECT results in the SPARQL 1.1 JSON, XML, CSV or TSV results format."""
    return _SOLUTION_WRITERS[fmt](variables, rows)


def serialize_boolean(answer: bool, fmt: str) -> tuple[bytes, str]:
    """An ASK answer in JSON or XML (CSV and TSV define none: JSON is sent)."""
    if fmt == "xml":
        body = (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
            f"<head/>\n<boolean>{'true' if answer else 'false'}</boolean>\n</sparql>\n"
        )
        return body.encode("utf-8"), "xml"
    return json.dumps({"head": {}, "boolean": answer}).encode("utf-8"), "json"


# --------------------------------------------------------------------------- answering


@dataclass(frozen=True)
class Request:
    """A query as a worker process gets it: the text, how to answer, which graphs to use.

    ``default_graphs``/``named_graphs`` are the protocol's dataset
    (``default-graph-uri``/``named-graph-uri``); ``base_iri`` resolves the
    query's relative IRIs.
    """

    sparql: str
    accept: str
    requested: str | None  # the ``format``/``output`` parameter, which wins over ``accept``
    max_results: int
    prefixes: dict[str, str]
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None
    allow_service: bool = False


@dataclass(frozen=True)
class Reply:
    """What the client gets: a status, a media type, a body; ``truncated`` past ``max_results``.

    ``fatal``: the worker that made it must not answer again (the engine panicked).
    """

    status: int
    content_type: str
    body: bytes
    truncated: bool = False
    fatal: bool = False


def dataset_options(request: Request) -> dict[str, Any]:
    """The dataset a query runs on (SPARQL 1.1 Protocol §2.1.4, Query §13.2).

    The protocol's graphs win over the query's ``FROM``/``FROM NAMED``; with
    only named graphs given the default graph is empty. A query that names
    no dataset, with none given by the protocol, sees the union of all graphs.
    """
    from kg.sparql.guard import declares_dataset

    options: dict[str, Any] = {}
    if request.default_graphs or request.named_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    elif not declares_dataset(request.sparql):
        options["use_default_graph_as_union"] = True
    return options


def answer(store: ox.Store, request: Request) -> Reply:
    """Check and run one query on ``store`` and serialize its answer (in a worker process).

    The query is parsed here, never in the server's process: ``SERVICE`` is
    refused unless allowed (:mod:`kg.sparql.guard`), invalid SPARQL and
    queries Oxigraph cannot evaluate (an unknown function) get ``400``, a
    panic of the engine ``503`` (and the worker is replaced).
    """
    from kg.errors import QueryError
    from kg.sparql.engine import check_service, sparql_message

    options: dict[str, Any] = {"prefixes": request.prefixes, "base_iri": request.base_iri}
    try:  # results are read lazily: a failure can come while they are serialized
        check_service(request.sparql, request.prefixes, allow_service=request.allow_service)
        result = store.query(request.sparql, **options, **dataset_options(request))
        if isinstance(result, ox.QueryBoolean):
            fmt = choose_format("results", request.accept, request.requested)
            body, fmt = serialize_boolean(bool(result), fmt)
            return Reply(200, media_type("results", fmt), body)
        if isinstance(result, ox.QueryTriples):
            return _graph_reply(result, request)
        return _solutions_reply(result, request)
    except QueryError as error:
        return text_reply(HTTPStatus.BAD_REQUEST, str(error))
    except SyntaxError as error:
        message = sparql_message(error, request.sparql, request.prefixes)
        return text_reply(HTTPStatus.BAD_REQUEST, f"invalid SPARQL: {message}")
    except OSError as error:
        return text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, f"SPARQL query failed: {error}")
    except (ValueError, RuntimeError, TypeError, NotImplementedError) as error:
        return text_reply(HTTPStatus.BAD_REQUEST, f"the query cannot be evaluated: {error}")
    except MemoryError:
        return _fatal("the query ran out of memory; make it more selective or add a LIMIT")
    except Exception as error:  # noqa: BLE001 - anything else the engine raises
        return text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, f"SPARQL query failed: {error}")
    except BaseException as error:  # pyo3's PanicException: the engine gave up
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        return _fatal(f"the SPARQL engine failed on this query ({type(error).__name__}: {error})")


def _fatal(message: str) -> Reply:
    reply = text_reply(HTTPStatus.SERVICE_UNAVAILABLE, message)
    return Reply(reply.status, reply.content_type, reply.body, fatal=True)


def _first(items: Iterable[Any], limit: int) -> tuple[list[Any], bool]:
    """The first ``limit`` of ``items``, and whether there were more."""
    kept: list[Any] = []
    for item in items:
        if len(kept) == limit:
            return kept, True
        kept.append(item)
    return kept, False


def _solutions_reply(result: ox.QuerySolutions, request: Request) -> Reply:
    variables = [v.value for v in result.variables]
    width = len(variables)
    solutions, truncated = _first(result, request.max_results)
    rows = [[solution[i] for i in range(width)] for solution in solutions]
    fmt = choose_format("results", request.accept, request.requested)
    body = serialize_solutions(variables, rows, fmt)
    return Reply(200, media_type("results", fmt), body, truncated)


def _graph_reply(result: ox.QueryTriples, request: Request) -> Reply:
    triples, truncated = _first(result, request.max_results)
    fmt = choose_format("graph", request.accept, request.requested)
    prefixes = request.prefixes if fmt == "turtle" else None
    body = ox.serialize(triples, format=_GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
    return Reply(200, media_type("graph", fmt), body, truncated)


def text_reply(status: int, message: str) -> Reply:
    """A plain-text reply: ``message`` on one line ending in a newline."""
    return Reply(
        int(status), "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8")
    )
