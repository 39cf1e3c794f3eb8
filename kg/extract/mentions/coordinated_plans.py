"""Coordinated plans: "the council's plans to open two depots and to cut bus fares" put forward
two changes, the second named by its own verb phrase ("cut bus fares").

An infinitive coordinated with another by "and to" or "or to" says a second thing of the same
kind as the first: when the first infinitive is inside a proposal found before (the name of
"plans to open two depots", "pledged to scrap the levy"), the second is one too. It cannot be
named with the planning word, which stands before the first infinitive, so it is named as a
pledged change is, by its verb and the verb's object, which must be a policy or a body, not an
event or a person (:func:`~kg.extract.mentions.pledged_changes.change_phrase_end`: "and to end
the strike" names none).

Example: "The ministry announced plans to close the depot and to cut bus fares." gives "cut
bus fares" (``kg:Reform``) beside "plans to close the depot".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.pledged_changes import change_phrase_end
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["coordinated_plans", "second_infinitive"]


def coordinated_plans(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """The verb phrase of each infinitive coordinated with one a proposal found before holds."""
    proposals = [c.span for c in earlier if core_class(c.type) == KG.Proposal]
    if not proposals:
        return
    for token in context.tokens:
        if token.lower_ != "to" or token.dep_ != "aux":
            continue
        verb = token.head
        first = second_infinitive(verb)
        if first is None or not any(s.start <= first.i < s.end for s in proposals):
            continue
        end = change_phrase_end(verb, context.lexicon)
        if end is None:
            continue
        found = context.candidate(
            context.doc[verb.i : end], KG.Reform, "noun-phrase", head=verb.lemma_.lower()
        )
        if found is not None:
            yield found


def second_infinitive(verb: Token) -> Token | None:
    """The first infinitive of a pair that ``verb`` (an infinitive with its own "to") is the
    second of ("to open X and to cut Y": "open" for "cut"), or None."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or first.i >= verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children):
        return None
    return first
