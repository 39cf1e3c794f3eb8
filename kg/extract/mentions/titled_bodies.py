"""Bodies named by a short name that is also an ordinary word, where a head's title follows.

A listed body's short name that is an ordinary word ("Shelter", "Crisis": ``gaz:bareNameAmbiguous``)
names it only in an article that also names it in full; but right before the title of the
body's head ("Shelter chief executive Jo Reyes", "Crisis's chief executive") the title says
the word names a body, which can only be the listed one.

Example: "Shelter chief executive Jo Reyes said ..." gives "Shelter" (id ``shelter``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import UNSUPPORTED_SPANS
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["bodies_before_their_heads_title"]

_HEADS = (KG.leads, KG.chairOf)


def bodies_before_their_heads_title(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """Each set-aside short name of a listed body, capitalised, in an article that writes it
    once directly before (or with "'s" before) the title of a body's head: chair, chief
    executive, general secretary, president."""
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
        and _heads_title_at(
            context, doc, span.end + int(span.end < len(doc) and doc[span.end].tag_ == "POS")
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
