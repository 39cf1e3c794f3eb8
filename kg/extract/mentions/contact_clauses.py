"""Contact clauses: a relative clause with no relative word after a proposal's head, whose
preposition is left at its end ("the pay award our members campaigned for", "the deal the
union signed up to").

With no "which" or "that" to open it, such a clause can only modify the noun right before it,
and the preposition left without its object says that the noun is what the clause is about:
the clause tells which award is meant, and a reader names the award with it. A clause with an
object of its own ("the service we provide to patients") or one longer than eight words is
left out: it says something of the thing rather than naming it.

Example: in "The offer falls short of the pay award our members campaigned for", the phrase
headed by "award" has the longer form "pay award our members campaigned for".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["contact_clause_end"]

_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_LONGEST = 8


def contact_clause_end(token: Token) -> int | None:
    """The end of a contact clause right after the head ``token`` that ends on its stranded
    preposition (see the module), else None."""
    doc = token.doc
    for clause in token.rights:
        if clause.dep_ != "relcl" or clause.left_edge.i != token.i + 1:
            continue
        words = doc[clause.left_edge.i : clause.right_edge.i + 1]
        if len(words) > _LONGEST or any(t.is_punct for t in words):
            return None
        if any(t.tag_ in _RELATIVE_TAGS or t.lower_ == "that" for t in words if t.i < clause.i):
            return None  # "the award that members wanted": a clause of its own kind
        last = words[-1]
        stranded = last.dep_ == "prep" and last.head.i == clause.i and not list(last.children)
        return words.end if stranded else None
    return None
