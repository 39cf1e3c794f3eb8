"""Bodies named by a short name that is also an ordinary word, where a head's title follows.

A listed body's short name that is an ordinary word ("Shelter", "Crisis": ``gaz:bareNameAmbiguous``)
names it only in an article that also names it in full; but right before the title of the
body's head ("Shelter chief executive Jo Reyes", "Crisis's chief executive"), or after one
and "of" ("chief executive of Shelter"), the title says the word names a body, which can only
be the listed one; so does a list of it with other listed bodies ("Shelter, Crisis and the
Trussell Trust").

Example: "Shelter chief executive Jo Reyes said ..." gives "Shelter" (id ``shelter``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import GAZETTEER_SPANS, UNSUPPORTED_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["bodies_before_their_heads_title"]

_HEADS = (KG.leads, KG.chairOf)


def bodies_before_their_heads_title(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """Each set-aside short name of a listed body, capitalised, in an article that writes it
    once directly before (or with "'s" before) the title of a body's head (chair, chief
    executive, general secretary, president) or after such a title and "of", or in a list with
    another listed body."""
    doc = context.doc
    name_words = context.lexicon.name_words  # "Council leader X": any council's leader
    spans = [
        s
        for s in doc.spans.get(UNSUPPORTED_SPANS, ())
        if s.id_ in context.gazetteer and name_words.get(s[-1].text) is None
    ]
    titled = {
        span.id_
        for span in spans
        if span[0].is_title
        and (
            _heads_title_at(
                context, doc, span.end + int(span.end < len(doc) and doc[span.end].tag_ == "POS")
            )
            or _heads_title_of(context, doc, span.start)
            or _listed_with_bodies(doc, span)
        )
    }
    for span in spans:  # once the title has said so, the word names the body throughout
        if span.id_ in titled and span[0].is_title:
            entry = context.gazetteer[span.id_]
            found = context.candidate(span, entry.type, "gazetteer", gazetteer_id=entry.id)
            if found is not None:
                yield found


def _heads_title_at(context: Context, doc: Doc, at: int) -> bool:
    """A title of a body's head starts at token ``at`` ("chief executive", "chair")."""
    if at >= len(doc):
        return False
    lexicon = context.lexicon
    for n in lexicon.role_lengths.get(doc[at].lower_, ()):
        role = lexicon.role(" ".join(t.lower_ for t in doc[at : at + n]))
        if role is not None and role.relation in _HEADS and not role.government_post:
            return True
    return False


def _heads_title_of(context: Context, doc: Doc, start: int) -> bool:
    """A title of a body's head ends right before "of" and the name at ``start`` ("chief
    executive of Shelter")."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    lexicon = context.lexicon
    for n in range(1, 5):
        first = start - 1 - n
        if first < 0:
            return False
        role = lexicon.role(" ".join(t.lower_ for t in doc[first : start - 1]))
        if role is not None and role.relation in _HEADS and not role.government_post:
            return True
    return False


def _listed_with_bodies(doc: Doc, span: Span) -> bool:
    """The name stands in a list beside another listed organisation ("Shelter, Crisis and the
    Trussell Trust"): a comma or "and" and then, or before it, a listed body's name."""
    bodies = [
        s
        for s in doc.spans.get(GAZETTEER_SPANS, ())
        if core_class(URIRef(s.label_)) == KG.Organisation
    ]
    starts = {s.start for s in bodies}
    ends = {s.end for s in bodies}
    after = (
        span.end < len(doc) - 1
        and doc[span.end].text in (",", "and")
        and (span.end + 1 in starts or doc[span.end + 1].lower_ == "the" and span.end + 2 in starts)
    )
    before = span.start >= 2 and doc[span.start - 1].text in (",", "and") and span.start - 1 in ends
    return after or before
