"""Checks on SPARQL from people kg does not know, before Oxigraph evaluates it.

Two dangers come with a query's text:

* **Federation.** ``SERVICE <IRI> { ... }`` makes Oxigraph send HTTP requests
  to any address, from the machine that runs the query (in ``kg serve``: a
  server-side request forgery). Oxigraph sends them as soon as the query is
  planned, even on an empty store, and it matches keywords without word
  boundaries (``SERVICE:x``, ``1SERVICE<...>``) and takes anything up to ``>``
  as an IRI, so no scan of the text can be sure to find them. kg asks
  Oxigraph's own parser instead: :func:`uses_service` parses the query with
  every ``service`` (in any case, anywhere in the text) changed to
  ``servicx``. That probe holds no ``SERVICE`` keyword, so it sends nothing;
  and it parses only if no ``service`` in the query was the keyword (a
  string, IRI, name or comment that holds the word stays valid). Where the
  query is evaluated in a process of its own (``kg serve``'s workers,
  ``kg query``), that process cannot open network sockets either
  (:mod:`kg.sparql.sandbox`).
* **Depth.** Oxigraph's parser and evaluator recurse: 3,000 nested ``{`` (6 KB)
  or a few hundred nested function calls overflow the stack and kill the
  process. :func:`check_depth` refuses brackets nested more than
  :data:`MAX_DEPTH` deep before any parsing; other shapes that recurse (very
  long chains of ``UNION`` or ``+``) are why untrusted queries only ever run
  in a process that may die.

Example:
    >>> nesting_depth("SELECT * WHERE { { ?s ?p ?o } FILTER(CONTAINS(?o, '((')) }")
    3
    >>> check_depth("SELECT * WHERE " + "{" * 500 + "}" * 500)
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: the query nests brackets 500 deep; kg accepts at most 100 (deeper nesting can crash the SPARQL engine): simplify it
    >>> from kg.sparql.engine import empty_store
    >>> def parse(text: str) -> None:
    ...     empty_store().query(text)
    >>> uses_service("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", parse)
    True
    >>> uses_service("SELECT ?service WHERE { ?service ?p 'public service' }", parse)
    False
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.errors import QueryError

__all__ = [
    "MAX_DEPTH",
    "SERVICE_REFUSED",
    "nesting_depth",
    "check_depth",
    "uses_service",
    "declares_dataset",
]

#: The deepest nesting of brackets (``{``, ``(``, ``[``, ``<<``) kg accepts.
MAX_DEPTH = 100
SERVICE_REFUSED = (
    "the query uses SERVICE (a federated query), which would make this machine send "
    "HTTP requests; kg refuses it unless federation is allowed (kg query --allow-service, "
    "kg serve --allow-service)"
)

# strings (long ones first) and comments: brackets inside them do not nest
_SKIP = re.compile(
    r'"""[\s\S]*?(?:"""|$)|\'\'\'[\s\S]*?(?:\'\'\'|$)|"(?:[^"\\\n]|\\.)*"?|\'(?:[^\'\\\n]|\\.)*\'?|#[^\n]*'
)
_BRACKETS = re.compile(r"<<|>>|[{(\[}\])]")
_OPENING = frozenset(("{", "(", "[", "<<"))


def nesting_depth(sparql: str) -> int:
    """How deep brackets nest in ``sparql``, strings and comments left out."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(_SKIP.sub(" ", sparql)):
        if match.group() in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return deepest


def check_depth(sparql: str, limit: int = MAX_DEPTH) -> None:
    """Raise :class:`QueryError` when brackets nest deeper than ``limit`` in ``sparql``."""
    depth = nesting_depth(sparql)
    if depth > limit:
        raise QueryError(
            f"the query nests brackets {depth} deep; kg accepts at most {limit} "
            "(deeper nesting can crash the SPARQL engine): simplify it"
        )


_SERVICE = re.compile("service", re.IGNORECASE)
_POSITION = re.compile(r"^error at (\d+):(\d+)")


def _probe(sparql: str) -> str:
    """``sparql`` with each ``service`` (any case) made ``servicx``: same length, no keyword."""
    return _SERVICE.sub(lambda m: m.group()[:-1] + ("x" if m.group()[-1] == "e" else "X"), sparql)


def uses_service(sparql: str, parse: Callable[[str], object]) -> bool:
    """True when ``SERVICE`` is a keyword of ``sparql``, as Oxigraph's parser reads it.

    ``parse`` parses a query with Oxigraph (on an empty store) and raises
    :class:`SyntaxError` when it is invalid. It is only given the probe (see
    the module's docstring), which holds no ``SERVICE`` keyword. Its
    :class:`SyntaxError` is raised again when the probe is invalid for
    another reason (the query is not valid SPARQL; the probe and the query
    have the same length, so the position holds for the query).
    """
    if _SERVICE.search(sparql) is None:
        return False
    try:
        parse(_probe(sparql))
    except SyntaxError as error:
        if _near_a_service(sparql, str(error)):
            return True
        raise
    return False


def _near_a_service(sparql: str, message: str) -> bool:
    """True when the probe's error lies at or just after a ``service`` of the query."""
    position = _POSITION.match(message)
    if position is None:
        return True  # no position: assume the worst
    line, column = int(position.group(1)), int(position.group(2))
    lines = sparql.split("\n")
    offset = sum(len(text) + 1 for text in lines[: line - 1]) + column - 1
    for match in _SERVICE.finditer(sparql):
        gap = sparql[match.end() : offset]
        if match.start() <= offset and len(gap.split()) <= 2 and len(gap) <= 200:
            return True
    return False


_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*'
)
_FROM = re.compile(r"(?<![\w?$:.\-])FROM\s+(?:NAMED\s+)?(?:<|[A-Za-z_][\w.\-]*:|:)", re.IGNORECASE)


def declares_dataset(sparql: str) -> bool:
    """True when ``sparql`` names its own dataset (``FROM`` or ``FROM NAMED``).

    Such a query is run on the graphs it names; others see the union of the
    graphs as their default graph.

    Example:
        >>> declares_dataset("SELECT * FROM <http://a/g> WHERE { ?s ?p ?o }")
        True
        >>> declares_dataset("SELECT ?from WHERE { ?from ?p 'FROM <x>' } # FROM <y>")
        False
    """
    return _FROM.search(_STRINGS_AND_COMMENTS.sub(" ", sparql)) is not None
