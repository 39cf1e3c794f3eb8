"""Programmes and shows that are broadcasts, not plans (``lex:outletNoun``).

"Programme" names a plan ("the council's building programme") or a broadcast ("the BBC's
Today programme"). A programme owned by a news organisation is a broadcast, and so is one
that someone speaks to or on (``lex:mediaWord``: "told the Sunday Politics programme",
"speaking on the Morning Show programme"): one tells a broadcast, or speaks on it, never a
plan.

Example: in "The mayor told the Weekend Review programme that fares would rise", "Weekend
Review programme" names no plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["names_a_broadcast"]


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
