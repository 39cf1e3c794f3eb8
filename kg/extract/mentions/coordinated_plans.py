"""Coordinated plans: "the council's plans to open two depots and to cut bus fares" put forward
two changes, the second named by its own verb phrase ("cut bus fares").

An infinitive coordinated with another by "and" or "or" ("and to cut", "and cut") says a second
thing of the same kind as the first: when the first infinitive is inside a proposal found before (the name of
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
    for verb in context.tokens:
        if verb.dep_ != "conj" or not _bare(verb):
            continue
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


def _bare(verb: Token) -> bool:
    """A verb in its bare form with no subject of its own: tagged so, or a form that is its
    own lemma the tagger reads as a past or present ("cut" of "to scrap X and cut Y")."""
    if verb.tag_ == "VB":
        return True
    return (
        verb.tag_ in ("VBD", "VBP")
        and verb.lower_ == verb.lemma_.lower()
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def second_infinitive(verb: Token) -> Token | None:
    """The first infinitive of a pair that ``verb`` (a bare verb, with its own "to" or not) is
    the second of ("to open X and to cut Y", "to open X and cut Y": "open" for "cut"), or
    None."""
    first = verb.head
    if verb.dep_ != "conj" or first.tag_ != "VB" or first.i >= verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children):
        return None
    return first
