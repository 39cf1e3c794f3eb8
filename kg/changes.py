"""Change over time: who proposed, supported or opposed which proposal, when, and what changed.

For each actor–proposal pair the graph's stance statements (``kg:proposes``,
``kg:supports``, ``kg:opposes`` and their refinements such as ``kg:welcomes``
or ``kg:rejects``) are put in order of their documents' publication dates
(``dcterms:date``), each with its modality and the sentence it was read from.
Stances are *for* (proposes, supports) or *against* (opposes); only asserted,
reported and planned statements count as a stance held, since a conditional
("could oppose") or negated ("did not back") one says neither. Flags:

* ``reversal``: the pair's stance on a day is the opposite of its last held
  stance on an earlier day (supports → opposes, or back);
* ``new-actor`` / ``new-proposal``: the first day the actor (the proposal) is
  mentioned in any dated document of the graph;
* ``contradicted``: on the same day one document has the actor for and another
  against.

Statements from readers' comments are left out, and so are dates of documents
that have none: their stances are listed after the dated ones, unflagged.

Example:
    >>> histories = stance_changes("out/graph.ttl", actor="Homecare Workers Union")  # doctest: +SKIP
    >>> [(s.date.isoformat(), s.stance, s.flags) for s in histories[0].stances]  # doctest: +SKIP
    [('2024-03-05', 'supports', ('new-actor', 'new-proposal')), ..., ('2024-09-03', 'opposes', ('reversal',))]
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from kg.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from kg.sparql.engine import OxigraphGraph

__all__ = [
    "Stance",
    "StanceHistory",
    "stance_changes",
    "format_changes",
    "FORMATS",
    "STANCES",
    "HELD_MODALITIES",
]

#: The core stance relations, and which side each takes.
STANCES = {"proposes": "for", "supports": "for", "opposes": "against"}
#: Modalities of a stance held (conditional and negated statements hold none).
HELD_MODALITIES = frozenset({"asserted", "reported", "planned"})
FORMATS = ("table", "json", "md")

_STANCE_QUERY = """
SELECT DISTINCT ?actor ?actorName ?proposal ?proposalName ?predicate ?relation ?stance
       ?modality ?sentence ?start ?document ?identifier ?title ?date ?dateSource ?publisher
WHERE {
  {
    SELECT ?predicate ?stance WHERE {
      VALUES ?stance { kg:proposes kg:supports kg:opposes }
      ?predicate rdfs:subPropertyOf* ?stance .
    }
  }
  ?statement a kg:Statement ;
      rdf:subject ?actor ;
      rdf:predicate ?predicate ;
      rdf:object ?proposal ;
      kg:modality/skos:prefLabel ?modality ;
      prov:wasDerivedFrom ?source .
  ?proposal a kg:Proposal .
  FILTER (EXISTS { ?actor a kg:Person } || EXISTS { ?actor a kg:Organisation })
  FILTER NOT EXISTS { ?statement kg:fromReaderComments true }
  ?source kg:text ?sentence ;
      kg:startOffset ?start ;
      dcterms:isPartOf ?document .
  { SELECT ?actor ?actorName WHERE { ?actor rdfs:label ?actorName } }
  { SELECT ?proposal ?proposalName WHERE { ?proposal rdfs:label ?proposalName } }
  OPTIONAL { ?predicate rdfs:label ?relation }
  OPTIONAL { ?document dcterms:identifier ?identifier }
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document dcterms:date ?date }
  OPTIONAL { ?document kg:dateSource ?dateSource }
  OPTIONAL { ?document dcterms:publisher ?publisher }
}
"""

# the first dated document that mentions each entity
_FIRST_SEEN_QUERY = """
SELECT ?entity (MIN(?date) AS ?first)
WHERE {
  ?entity kg:mentionedIn ?document .
  ?document dcterms:date ?date .
}
GROUP BY ?entity
"""

_NAMES_QUERY = """
SELECT DISTINCT ?entity ?label ?name
WHERE {
  ?entity rdfs:label ?label .
  { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
  FILTER (EXISTS { ?entity a kg:Person } || EXISTS { ?entity a kg:Organisation })
}
"""


@dataclass(frozen=True)
class Stance:
    """One stance statement: when, which stance (and its refinement), how sure, and where read.

    ``stance`` is the core relation (``"supports"``), ``relation`` the label of the
    one read (``"welcomes"``, ``"consults on"``, or the same); ``was`` is, for a
    reversal, the stance held before.
    """

    date: dt.date | None
    stance: str
    relation: str
    modality: str
    sentence: str
    document: str
    title: str | None = None
    publisher: str | None = None
    date_source: str | None = None
    flags: tuple[str, ...] = ()
    was: str | None = None

    @property
    def side(self) -> str:
        """``"for"`` or ``"against"``."""
        return STANCES[self.stance]

    @property
    def held(self) -> bool:
        """True when the statement holds a stance (not conditional, not negated)."""
        return self.modality in HELD_MODALITIES


@dataclass(frozen=True)
class StanceHistory:
    """An actor's stances on a proposal in date order (undated ones last)."""

    actor: str
    proposal: str
    actor_iri: str
    proposal_iri: str
    stances: tuple[Stance, ...] = field(default_factory=tuple)

    @property
    def reversals(self) -> int:
        return sum("reversal" in s.flags for s in self.stances)


def _value(term: Any) -> Any:
    return None if term is None else term.toPython()


def _as_date(term: Any) -> dt.date | None:
    value = _value(term)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").replace("‘", "'").split()).casefold()


def _rows(graph: Graph | OxigraphGraph, sparql: str) -> list[Any]:
    from kg.sparql.query import query

    return list(query(graph, sparql))


def _actors_named(graph: Graph | OxigraphGraph, name: str) -> set[str]:
    """The IRIs of the people and organisations called ``name`` (canonical name first, else
    an alias; any case); :class:`InputError` with the closest names when none is."""
    wanted = _fold(name)
    canonical: set[str] = set()
    aliases: set[str] = set()
    names: dict[str, str] = {}
    for row in _rows(graph, _NAMES_QUERY):
        iri, label, alias = str(row[0]), str(row[1]), str(row[2])
        names.setdefault(_fold(alias), alias)
        if _fold(alias) == wanted:
            (canonical if alias == label else aliases).add(iri)
    if canonical or aliases:
        return canonical or aliases
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    contained = sorted(key for key in names if wanted and wanted in key)[:3]
    suggestions = [names[key] for key in dict.fromkeys(close + contained)][:3]
    hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    raise InputError(
        f"no person or organisation is named {name!r} in the graph{hint} "
        "(give a canonical name or an alias)"
    )


def _flag(
    stances: list[Stance], first_seen: dict[str, dt.date], actor: str, proposal: str
) -> list[Stance]:
    """``stances`` (one pair's, dated first in date order) with their flags set."""
    out = list(stances)
    held_side: str | None = None
    held_stance: str | None = None
    marked_actor = marked_proposal = False
    dates = sorted({s.date for s in out if s.date is not None})
    for day in dates:
        indices = [i for i, s in enumerate(out) if s.date == day]
        flags: dict[int, list[str]] = {i: [] for i in indices}
        if not marked_actor and first_seen.get(actor) == day:
            flags[indices[0]].append("new-actor")
            marked_actor = True
        if not marked_proposal and first_seen.get(proposal) == day:
            flags[indices[0]].append("new-proposal")
            marked_proposal = True
        held = [i for i in indices if out[i].held]
        sides_by_document: dict[str, set[str]] = {}
        for i in held:
            sides_by_document.setdefault(out[i].document, set()).add(out[i].side)
        sides = {side for found in sides_by_document.values() for side in found}
        if len(sides) > 1:
            # one document for and another against (not one article that reports both)
            for_docs = [d for d, found in sides_by_document.items() if "for" in found]
            against_docs = [d for d, found in sides_by_document.items() if "against" in found]
            if any(a != b for a in for_docs for b in against_docs):
                for i in held:
                    flags[i].append("contradicted")
        elif sides:
            (side,) = sides
            if held_side is not None and side != held_side:
                for i in held:
                    flags[i].append("reversal")
                    out[i] = replace(out[i], was=held_stance)
            held_side = side
            held_stance = out[held[-1]].stance
        for i, found in flags.items():
            if found:
                out[i] = replace(out[i], flags=tuple(found))
    return out


def stance_changes(
    graph: Graph | OxigraphGraph | Path | str,
    *,
    actor: str | None = None,
    since: dt.date | None = None,
) -> list[StanceHistory]:
    """The dated stances of every actor–proposal pair in ``graph``, with reversals, first
    appearances and same-day contradictions flagged (see the module's docstring).

    ``graph`` is an rdflib graph, an open :class:`~kg.sparql.engine.OxigraphGraph`,
    or the path of a graph file or store folder. ``actor`` keeps the pairs of the
    person or organisation of that name or alias (any case); ``since`` keeps the
    stances dated on or after it (flags still see the earlier ones) and drops
    undated ones. Pairs are sorted by actor, then proposal.
    """
    if isinstance(graph, (str, Path)):
        from kg.sparql.source import open_graph

        with open_graph(graph) as loaded:
            return stance_changes(loaded, actor=actor, since=since)
    wanted = _actors_named(graph, actor) if actor is not None else None
    first_seen: dict[str, dt.date] = {}
    for row in _rows(graph, _FIRST_SEEN_QUERY):
        day = _as_date(row[1])
        if day is not None:
            first_seen[str(row[0])] = day
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _rows(graph, _STANCE_QUERY):
        actor_iri, proposal_iri = str(row.actor), str(row.proposal)
        if wanted is not None and actor_iri not in wanted:
            continue
        pair = pairs.setdefault(
            (actor_iri, proposal_iri),
            {"actor": str(row.actorName), "proposal": str(row.proposalName), "rows": []},
        )
        document = _value(row.identifier) or _local_name(str(row.document))
        stance = Stance(
            date=_as_date(row.date),
            stance=_local_name(str(row.stance)),
            relation=str(_value(row.relation) or _local_name(str(row.predicate))),
            modality=str(row.modality),
            sentence=str(row.sentence),
            document=str(document),
            title=_value(row.title),
            publisher=_value(row.publisher),
            date_source=_value(row.dateSource),
        )
        pair["rows"].append((int(_value(row.start) or 0), stance))
    histories: list[StanceHistory] = []
    for (actor_iri, proposal_iri), pair in pairs.items():
        ordered = [
            stance
            for _start, stance in sorted(
                set(pair["rows"]),
                key=lambda item: (
                    item[1].date is None,
                    item[1].date or dt.date.min,
                    item[1].document,
                    item[0],
                    item[1].relation,
                    item[1].modality,
                ),
            )
        ]
        flagged = _flag(ordered, first_seen, actor_iri, proposal_iri)
        if since is not None:
            flagged = [s for s in flagged if s.date is not None and s.date >= since]
        if flagged:
            histories.append(
                StanceHistory(
                    pair["actor"], pair["proposal"], actor_iri, proposal_iri, tuple(flagged)
                )
            )
    histories.sort(
        key=lambda h: (h.actor.casefold(), h.proposal.casefold(), h.actor_iri, h.proposal_iri)
    )
    return histories


# --------------------------------------------------------------------------- output

_FLAG_TEXT = {
    "reversal": "REVERSAL",
    "new-actor": "new actor",
    "new-proposal": "new proposal",
    "contradicted": "CONTRADICTED the same day",
}


def _flag_text(stance: Stance) -> str:
    parts: list[str] = []
    for flag in stance.flags:
        text = _FLAG_TEXT.get(flag, flag)
        if flag == "reversal" and stance.was:
            text = f"{text} (was {stance.was})"
        parts.append(text)
    return ", ".join(parts)


def _relation_text(stance: Stance) -> str:
    if stance.relation == stance.stance:
        return stance.stance
    return f"{stance.stance} ({stance.relation})"


def _source_text(stance: Stance) -> str:
    parts = [stance.document]
    if stance.publisher:
        parts.append(stance.publisher)
    return ", ".join(parts)


def _table(histories: Sequence[StanceHistory]) -> str:
    lines: list[str] = []
    for history in histories:
        if lines:
            lines.append("")
        lines.append(f"{history.actor} → {history.proposal}")
        rows = [
            (
                s.date.isoformat() if s.date else "undated",
                _relation_text(s),
                s.modality,
                _flag_text(s),
            )
            for s in history.stances
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for stance, row in zip(history.stances, rows, strict=True):
            cells = [row[i].ljust(widths[i]) for i in range(3)]
            lines.append(("  " + "  ".join(cells) + ("  " + row[3] if row[3] else "")).rstrip())
            lines.append(f"      “{stance.sentence}” ({_source_text(stance)})")
    return "\n".join(lines) + "\n" if lines else "no stances found\n"


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _markdown(histories: Sequence[StanceHistory]) -> str:
    if not histories:
        return "No stances found.\n"
    lines: list[str] = []
    for history in histories:
        lines += [
            f"## {_md_cell(history.actor)} → {_md_cell(history.proposal)}",
            "",
            "| date | stance | modality | flags | sentence | document |",
            "|---|---|---|---|---|---|",
        ]
        for s in history.stances:
            cells = [
                s.date.isoformat() if s.date else "undated",
                _relation_text(s),
                s.modality,
                _flag_text(s),
                s.sentence,
                _source_text(s),
            ]
            lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _json(histories: Sequence[StanceHistory]) -> str:
    def stance_dict(s: Stance) -> dict[str, Any]:
        record = asdict(s)
        record["date"] = s.date.isoformat() if s.date else None
        record["flags"] = list(s.flags)
        return record

    data = [
        {
            "actor": h.actor,
            "proposal": h.proposal,
            "actor_iri": h.actor_iri,
            "proposal_iri": h.proposal_iri,
            "reversals": h.reversals,
            "stances": [stance_dict(s) for s in h.stances],
        }
        for h in histories
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def format_changes(histories: Iterable[StanceHistory], fmt: str = "table") -> str:
    """The histories as a plain-text table, Markdown (``"md"``) or JSON."""
    items = list(histories)
    if fmt == "table":
        return _table(items)
    if fmt == "md":
        return _markdown(items)
    if fmt == "json":
        return _json(items)
    raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
