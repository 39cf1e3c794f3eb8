"""The query page of ``kg serve`` (``/``) and the library it offers (``/queries``).

The page is three files in ``assets/``: ``query.html``, a
:class:`string.Template` whose ``$`` placeholders take the values below;
``query.css``; and ``query.js``, which reads the query library from the
page's JSON data block (``<script type="application/json" id="library-data">``).
The script never changes, so the Content-Security-Policy allows it by its
hash and allows no other script.

Example:
    >>> page, policy = render_page(name="graph.ttl", max_results=100, timeout=30.0)
    >>> "<title>kg SPARQL: graph.ttl</title>" in page
    True
    >>> policy.startswith("default-src 'none'; script-src 'sha256-")
    True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
from importlib import resources
from string import Template
from typing import Any

from kg.errors import KGError
from kg.rdf.namespaces import BASE

__all__ = ["render_page", "library_listing"]

#: The query box's text when the library is missing.
_FALLBACK_QUERY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20"


@functools.cache
def _asset(name: str) -> str:
    """The text of ``assets/NAME``, shipped inside the package."""
    return (resources.files("kg.sparql.serve") / "assets" / name).read_text(encoding="utf-8")


@functools.cache
def _policy() -> str:
    """The page's Content-Security-Policy: its own script and requests to itself only."""
    digest = hashlib.sha256(_asset("query.js").encode("utf-8")).digest()
    script_hash = base64.b64encode(digest).decode("ascii")
    return (
        f"default-src 'none'; script-src 'sha256-{script_hash}'; style-src 'unsafe-inline'; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"
    )


def library_listing() -> list[dict[str, Any]]:
    """The library as the page and ``/queries`` give it: name, summary, text, parameters.

    Empty when kg's query library is missing.
    """
    from kg.sparql.library import library, query_parameters

    try:
        queries = library()
        texts = [item.path.read_text(encoding="utf-8") for item in queries]
    except KGError:
        return []
    return [
        {
            "name": item.name,
            "summary": item.summary,
            "query": text,
            "parameters": [
                {
                    "name": parameter.name,
                    "default": parameter.default,
                    "literal": parameter.literal,
                    "description": parameter.description,
                }
                for parameter in query_parameters(text)
            ],
        }
        for item, text in zip(queries, texts, strict=True)
    ]


def _json_for_html(data: Any) -> str:
    """``data`` as JSON that can stand inside a ``<script>`` element (no ``<`` in it)."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def render_page(*, name: str, max_results: int, timeout: float) -> tuple[str, str]:
    """The query page for the graph called ``name``, and its Content-Security-Policy."""
    queries = library_listing()
    first = queries[0]["query"] if queries else _FALLBACK_QUERY
    options = "\n".join(
        f'<option value="{i}"{" selected" if i == 0 else ""} title="{html.escape(q["summary"])}">'
        f"{html.escape(q['name'])}</option>"
        for i, q in enumerate(queries)
    )
    page = Template(_asset("query.html")).substitute(
        name=html.escape(name),
        style=_asset("query.css"),
        options=options,
        first=html.escape(first),
        limit=max_results,
        timeout=f"{timeout:g}",
        library=_json_for_html(queries),
        script=_asset("query.js"),
        base=html.escape(BASE),
    )
    return page, _policy()
