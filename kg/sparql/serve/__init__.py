"""A read-only SPARQL 1.1 Protocol endpoint over a graph file or a store: ``kg serve``.

``GET``/``POST`` ``/sparql`` (also ``/query``, and ``/`` with a ``query``
parameter) answer SPARQL queries: SELECT and ASK results as JSON, XML, CSV or
TSV, CONSTRUCT and DESCRIBE graphs as Turtle, N-Triples, JSON-LD or RDF/XML,
chosen by the ``Accept`` header or a ``format``/``output`` parameter. The
dataset is the protocol's (``default-graph-uri``, ``named-graph-uri``), else the
query's (``FROM``, ``FROM NAMED``), else the union of all graphs, as for
``kg query``.

It is read-only: an update (``update=`` parameter, ``application/sparql-update``
body, ``INSERT``/``DELETE``/``LOAD`` ... as a query, ``PUT``/``DELETE``) gets
``403`` with a message. It binds to loopback unless told otherwise, answers
only requests for its own addresses, ``localhost`` and names it was given
(DNS rebinding), sends CORS headers (so browser clients such as YASGUI can
use it), refuses ``SERVICE`` unless told otherwise, and limits every query:

* **isolation**: each query is parsed and run in a worker process that holds
  the data and cannot open network sockets; the server's own process never
  parses a query (a query that crashes the engine costs one worker, ``500``);
* **timeout**: a query still running after ``timeout`` seconds is stopped by
  ending its process (Oxigraph has no way to cancel a query inside a process),
  the client gets ``503``, and a fresh worker takes its place;
* **memory**: so is a query that uses more than ``memory_mib`` MiB beyond the
  data (``503``);
* **result size**: at most ``max_results`` solutions (or triples) are sent;
  when more were found the response carries ``X-KG-Truncated: true``.

``/`` is a small page with a query box, the query library one click away,
results as a table, and a link to the graph view (``/view``).

The modules: :mod:`~kg.sparql.serve.protocol` (formats, content negotiation,
answers as bytes), :mod:`~kg.sparql.serve.pool` (the worker processes),
:mod:`~kg.sparql.serve.server` (the HTTP handler),
:mod:`~kg.sparql.serve.page` (the query page, from the files in ``assets/``)
and :mod:`~kg.sparql.serve.start` (binding, readying the data, stopping).

Example (a server on a free port, in a thread)::

    server = make_server("out/graph.ttl", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.url)         # http://127.0.0.1:PORT/
    server.close()
"""

from __future__ import annotations

from kg.sparql.serve.protocol import ServeError, choose_format
from kg.sparql.serve.server import EndpointServer
from kg.sparql.serve.start import (
    DEFAULT_MAX_RESULTS,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    is_loopback,
    make_server,
    serve,
)

__all__ = [
    "ServeError",
    "make_server",
    "serve",
    "is_loopback",
    "choose_format",
    "EndpointServer",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RESULTS",
]
