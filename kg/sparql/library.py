"""kg's query library, and queries given as text, ``.rq`` files or library names.

The library is a folder of ``.rq`` files (``examples/queries`` in a checkout,
``kg/queries`` in a wheel). Each opens with a comment whose first line says
what it answers; a ``# Parameter NAME = "value": what it is`` line declares a
value its user may change (``kg query NAME -p NAME=VALUE``).

Example:
    >>> text = resolve_query("everything-about", {"name": "NHS England"})
    >>> '"NHS England"' in text
    True
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

__all__ = [
    "LibraryQuery",
    "QueryParameter",
    "QUERY_SUFFIXES",
    "library",
    "library_dir",
    "find_library_query",
    "query_parameters",
    "apply_parameters",
    "sparql_string",
    "resolve_query",
    "read_query",
]

QUERY_SUFFIXES = (".rq", ".sparql")


@dataclass(frozen=True)
class LibraryQuery:
    """A query of kg's library: its name (the file name without ``.rq``), file and summary."""

    name: str
    path: Path
    summary: str

    @property
    def parameters(self) -> list[QueryParameter]:
        return query_parameters(self.path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class QueryParameter:
    """A value a query lets its user change, declared in its opening comment.

    ``# Parameter name = "BMA": the entity`` declares ``name``; the literal
    ``"BMA"`` stands in the query where the value goes.
    """

    name: str
    default: str
    literal: str
    description: str


_PARAMETER = re.compile(
    r'^#[ \t]*Parameter[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*")[ \t]*:?[ \t]*(.*)$',
    re.MULTILINE,
)


def query_parameters(text: str) -> list[QueryParameter]:
    """The parameters ``text`` declares (``# Parameter NAME = "default": what it is``).

    Example:
        >>> [p.name for p in query_parameters('# Parameter who = "BMA": an actor\\nASK {}')]
        ['who']
    """
    found = []
    for match in _PARAMETER.finditer(text):
        name, literal, description = match.groups()
        default = re.sub(r"\\(.)", r"\1", literal[1:-1])
        found.append(QueryParameter(name, default, literal, description.strip()))
    return found


def sparql_string(value: str) -> str:
    """``value`` as a SPARQL string literal, quotes and backslashes escaped."""
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def apply_parameters(text: str, values: Mapping[str, str]) -> str:
    """``text`` with the declared parameters in ``values`` set (escaped as SPARQL strings).

    Each declared parameter's default literal is replaced wherever it stands in the
    query (comment lines are left as they are). Raises :class:`QueryError` for a
    name the query does not declare.

    Example:
        >>> query = '# Parameter who = "BMA": an actor\\nSELECT * { ?x ?p "BMA" }'
        >>> apply_parameters(query, {"who": "NHS England"}).splitlines()[1]
        'SELECT * { ?x ?p "NHS England" }'
    """
    if not values:
        return text
    declared = {parameter.name: parameter for parameter in query_parameters(text)}
    for name in values:
        if name not in declared:
            known = ", ".join(declared) if declared else "none"
            raise QueryError(
                f"the query has no parameter {name!r} (its parameters: {known}); "
                "parameters are declared as '# Parameter NAME = \"value\": ...'"
            )
    lines = text.splitlines(keepends=True)
    for name, value in values.items():
        parameter = declared[name]
        replaced = False
        for i, line in enumerate(lines):
            if not line.lstrip().startswith("#") and parameter.literal in line:
                lines[i] = line.replace(parameter.literal, sparql_string(value))
                replaced = True
        if not replaced:
            raise QueryError(
                f"the query declares parameter {name!r} but never uses {parameter.literal}; "
                "fix the query"
            )
    return "".join(lines)


def library_dir() -> Path:
    """The folder of kg's query library: ``kg/queries`` in a wheel, ``examples/queries`` in a checkout."""
    package = Path(__file__).resolve().parent.parent  # kg/
    for candidate in (package / "queries", package.parent / "examples" / "queries"):
        if candidate.is_dir() and any(candidate.glob("*.rq")):
            return candidate
    raise QueryError("kg's query library is missing: reinstall kg (pip install -e .)")


def library() -> list[LibraryQuery]:
    """Every query of the library, by name; the summary is the first line of its opening comment."""
    found = []
    for path in sorted(library_dir().glob("*.rq")):
        summary = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                summary = line.lstrip("#").strip()
                break
        found.append(LibraryQuery(path.stem, path, summary))
    return found


def find_library_query(name: str) -> LibraryQuery | None:
    """The library query called ``name``, or the only one whose name starts with ``name``.

    Returns ``None`` when none matches; raises :class:`QueryError` when several do.
    """
    queries = library()
    for item in queries:
        if item.name == name:
            return item
    matches = [item for item in queries if item.name.startswith(name)]
    if len(matches) > 1:
        names = ", ".join(item.name for item in matches)
        raise QueryError(f"{name!r} names several library queries ({names}); give more of the name")
    return matches[0] if matches else None


def similar_query_names(name: str, *, count: int = 2) -> list[str]:
    """Library query names close to a misspelt ``name`` ("who-opose" → "who-opposes-what").

    Example:
        >>> similar_query_names("who-opose")
        ['who-opposes-what']
    """
    names = [item.name for item in library()]
    close = difflib.get_close_matches(name, names, n=count, cutoff=0.6)
    if not close:  # a misspelt start of a long name: compare with starts of the same length
        starts = {n[: len(name)]: n for n in names}
        close = [starts[s] for s in difflib.get_close_matches(name, starts, n=count, cutoff=0.75)]
    return close


_QUERY_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def resolve_query(
    text_path_or_name: str | Path, parameters: Mapping[str, str] | None = None
) -> str:
    """The text of a query given as SPARQL, a ``.rq`` file, or the name of a library query.

    A lowercase word such as ``who-opposes`` that is no file is looked up in the
    library (``kg query --list``); anything else is read by :func:`read_query`.
    ``parameters`` sets the query's declared parameters (:func:`apply_parameters`).
    """
    if isinstance(text_path_or_name, str):
        candidate = text_path_or_name.strip()
        if _QUERY_NAME.match(candidate) and not _is_file(candidate):
            item = find_library_query(candidate)
            if item is None:
                close = similar_query_names(candidate)
                hint = f"did you mean {' or '.join(close)}? " if close else ""
                raise QueryError(
                    f"no library query is named {candidate!r}; {hint}kg query --list shows them "
                    "(or give SPARQL text or a .rq file)"
                )
            return apply_parameters(item.path.read_text(encoding="utf-8"), parameters or {})
    return apply_parameters(read_query(text_path_or_name), parameters or {})


def read_query(text_or_path: str | Path) -> str:
    """The text of a query given as a string, or as a path to a ``.rq``/``.sparql`` file.

    A string is read as a path when it ends in ``.rq``/``.sparql`` or names an
    existing file; raises :class:`QueryError` when that file cannot be read.
    """
    if isinstance(text_or_path, str):
        candidate = text_or_path.strip()
        is_path = "\n" not in candidate and (
            candidate.lower().endswith(QUERY_SUFFIXES) or _is_file(candidate)
        )
        if not is_path:
            if not candidate:
                raise QueryError("the SPARQL query is empty; give a query or a .rq file")
            return text_or_path
        path = Path(candidate)
    else:
        path = Path(text_or_path)
    if not path.exists():
        raise QueryError(f"{path}: no such query file; give a .rq file or the query text itself")
    if path.is_dir():
        raise QueryError(f"{path}: is a folder; give a .rq file or the query text itself")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QueryError(f"{path}: is not UTF-8 text; save the query as UTF-8") from error
    except OSError as error:
        raise QueryError(
            f"{path}: cannot be read ({error.strerror}); check its permissions"
        ) from error
    if not text.strip():
        raise QueryError(f"{path}: is empty; write a SPARQL query in it")
    return text


def _is_file(text: str) -> bool:
    try:
        return len(text) < 4096 and Path(text).is_file()
    except (OSError, ValueError):
        return False
