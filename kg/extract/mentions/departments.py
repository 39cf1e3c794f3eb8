"""Departments named by their business: "the health department", "the local government
department".

News names a government department by the business in its title as often as by the title
itself. The words before "department" (or "ministry") that are words of exactly one listed
department's title, of the government the article is about, name that department: "the
local government department" is the Ministry of Housing, Communities and Local Government
in a UK article. The government is the one :mod:`~kg.extract.mentions.jurisdictions` reads
from the bodies the article names, else the UK Government.

Example: "the education department declined to comment" names the Department for Education.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.gazetteer import GazetteerEntry, read_once_per_gazetteer
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.jurisdictions import named_governments
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["DEPARTMENT_NOUNS", "departments_by_their_business"]

#: nouns of a department, and the first word of a department's name ("Department of Health")
DEPARTMENT_NOUNS = frozenset({"department", "ministry"})
#: the government a department is of when the article names no other (the gazetteer's id)
_UK_GOVERNMENT = "government"
#: at most this many words of business before the noun ("work and pensions")
_LONGEST_BUSINESS = 3


def departments_by_their_business(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """ "the health department", "the education ministry": the business words after "the"
    and before a singular department noun, with no owner after it ("the department of the
    council"), name the one listed department of the article's government with those words
    in its title."""
    doc = context.doc
    text = context.document.text.lower()
    if not context.gazetteer or not any(noun in text for noun in DEPARTMENT_NOUNS):
        return
    heads = [t for t in context.tokens if t.lower_ in DEPARTMENT_NOUNS and t.tag_ in ("NN", "NNP")]
    governments: set[str] | None = None
    for head in heads:
        business = _business_before(doc, head)
        if business is None:
            continue
        if governments is None:
            listed = [c.gazetteer_id for c in earlier if c.gazetteer_id is not None]
            governments = named_governments(context.gazetteer, listed)
        entry = _department(context.gazetteer, business.text.lower(), governments)
        if entry is not None:
            found = context.candidate(
                doc[business.start : head.i + 1], entry.type, "gazetteer", gazetteer_id=entry.id
            )
            if found is not None:
                yield found


def _business_before(doc: Doc, head: Token) -> Span | None:
    """The words between "the" and the department noun ("local government" of "the local
    government department"), when they are plain words and nothing follows the noun that
    says whose department it is ("of", "for", "at": "the health department of the
    council")."""
    if head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("of", "for", "at"):
        return None
    start = head.i
    while start > 0 and head.i - start < _LONGEST_BUSINESS + 1:
        token = doc[start - 1]
        if token.lower_ == "the":
            break
        if not (token.is_alpha and (token.is_lower or token.is_title)) or token.ent_type_ in (
            "GPE",
            "NORP",
            "PERSON",
        ):
            return None  # "the Welsh health department" is another government's
        start -= 1
    if start == head.i or start == 0 or doc[start - 1].lower_ != "the":
        return None
    return doc[start : head.i]


def _department(
    gazetteer: Mapping[str, GazetteerEntry], business: str, governments: Collection[str]
) -> GazetteerEntry | None:
    """The one department whose title has the words of ``business``, of the one other
    government the article names, else of the UK Government; none where the article names
    another government with no such department listed ("the Scottish Government ... the
    education department" is not the Department for Education)."""
    words = re.compile(rf"\b{re.escape(business)}\b")
    listed = _listed_departments(gazetteer)
    by_government: dict[str, list[GazetteerEntry]] = {}
    for title, entry in listed.departments:
        if words.search(title):
            by_government.setdefault(entry.government or "", []).append(entry)
    others = [g for g in by_government if g != _UK_GOVERNMENT and g in governments]
    if len(others) == 1:
        chosen = others[0]
    elif others or any(g != _UK_GOVERNMENT and g in governments for g in listed.governments):
        return None
    else:
        chosen = _UK_GOVERNMENT
    found = by_government.get(chosen, [])
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class _Listed:
    """The gazetteer's departments (lower-cased title, entry) and its governments: the
    bodies that govern a country ("Scottish Government", "European Commission")."""

    departments: tuple[tuple[str, GazetteerEntry], ...]
    governments: frozenset[str]


@read_once_per_gazetteer
def _listed_departments(gazetteer: Mapping[str, GazetteerEntry]) -> _Listed:
    """The departments and governments of ``gazetteer``."""
    departments = tuple(
        (title, entry)
        for entry in gazetteer.values()
        if entry.government and (title := entry.label.lower()).split(" ", 1)[0] in DEPARTMENT_NOUNS
    )
    governments = frozenset(
        e.id
        for e in gazetteer.values()
        if e.type == KG.GovernmentBody and e.area and not e.government
    )
    return _Listed(departments, governments)
