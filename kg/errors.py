"""One exception hierarchy: every message says what is wrong and what to do.

The CLI prints ``str(error)`` on one line and exits non-zero; library users
catch :class:`KGError`.
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "InputError",
    "PageError",
    "ModelError",
    "GraphError",
    "QueryError",
    "OutputError",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input article or folder cannot be read."""

    exit_code = 2


class PageError(InputError):
    """A web page (a URL or a saved ``.html`` file) cannot be fetched or holds no article.

    A build reports it on one line and goes on with the other inputs.
    """


class ModelError(KGError):
    """No spaCy pipeline can be loaded."""

    exit_code = 3


class GraphError(KGError):
    """A graph file cannot be read."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query cannot be parsed or run."""

    exit_code = 2


class OutputError(KGError):
    """An output file cannot be written."""

    exit_code = 4
