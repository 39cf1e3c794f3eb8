"""Programmes and shows that are broadcasts, not plans (``lex:outletNoun``).

"Programme" names a plan ("the council's building programme") or a broadcast ("the BBC's
Today programme"). A programme owned by a news organisation is a broadcast, and so is one
that someone speaks to or on (``lex:mediaWord``: "told the Sunday Politics programme",
"speaking on the Morning Show programme"): one tells a broadcast, or speaks on it, never a
plan.

Example: in "The mayor told the Weekend Review programme that fares would rise", "Weekend
Review programme" names no plan.

A broadcast named in capitals ("the Weekend Review programme", "BBC Radio 4's Today
programme") is a news organisation of its own, which speakers tell (:func:`named_programmes`);
with its owner's name before it, that longer form is another of its names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["names_a_broadcast", "named_programmes"]


def names_a_broadcast(token: Token, lexicon: Lexicon) -> bool:
    """The outlet noun ``token`` names a broadcast: a news organisation's, or one spoken to
    or on (see the module's docstring)."""
    return token.lemma_.lower() in lexicon.outlet_nouns and (
        _news_organisation_s(token) or _spoken_through(token, lexicon)
    )


def _news_organisation_s(token: Token) -> bool:
    """A programme or show whose owner or modifier is a news organisation the gazetteer lists
    ("the BBC's Today programme", "Sky's breakfast show")."""
    owners = {t.i for c in token.lefts if c.dep_ in ("poss", "compound") for t in c.subtree}
    news = str(KG.NewsOrganisation)
    return any(
        span.label_ == news and not owners.isdisjoint(range(span.start, span.end))
        for span in token.doc.spans.get(GAZETTEER_SPANS, ())
    )


def _spoken_through(token: Token, lexicon: Lexicon) -> bool:
    """The noun is what a verb of speaking through the media is about: the object of "tell"
    ("told the Weekend Review programme", and after any preposition the parser hangs on
    "tell") or of "on" or "to" after a verb of speaking ("speaking on the programme", "said on
    the show"); "said in its programme for government" is a plan."""
    media = lexicon.media_words
    head = token.head
    if token.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in media
    if token.dep_ != "pobj" or head.dep_ != "prep":
        return False
    verb = head.head.lemma_.lower()
    return verb in media or head.lower_ in ("on", "to") and f"{verb} {head.lower_}" in media


def named_programmes(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Broadcasts named in capitals before their noun ("Today programme", "Weekend Review
    show"): news organisations, with the owner's possessive form as a longer name ("BBC Radio
    4's Today programme")."""
    doc = context.doc
    for token in context.tokens:
        if not names_a_broadcast(token, context.lexicon) or not token.is_lower:
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].dep_ == "compound":
            start -= 1
        if start == token.i or doc[start - 1].tag_ == "NNP" and doc[start - 1].dep_ == "compound":
            continue  # no name of its own, or one that runs on past what was read
        found = context.candidate(doc[start : token.i + 1], KG.NewsOrganisation, "name-part")
        if found is None:
            continue
        yield found
        owner = start - 1 if start >= 1 and doc[start - 1].tag_ == "POS" else None
        if owner is not None and owner >= 1:
            first = doc[owner - 1].left_edge.i
            longer = context.candidate(
                doc[first : token.i + 1],
                KG.NewsOrganisation,
                "name-part",
                longer=True,
                same_as=found,
            )
            if longer is not None:
                yield longer
