"""Action referred back to (events26): "the planned action", "such action", "this action" after
the article has named strikes or industrial action describe that action, as "the plan" describes
a plan named before.

"Action" alone names nothing ("take action on waiting lists", "action to cut costs"), so only a
definite description with no more than adjectives or participles before it ("the planned
action by the two unions was suspended") is one, and only after a collective action named with
"action" as its head ("three days of industrial action", "collective action"): resolution joins
it to that one (a description whose head no earlier name shares is dropped), so that its
arguments ("by the two unions") are read as the action's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG

__all__ = ["action_descriptions"]

ACTION = "action"
REFERRING = frozenset({"the", "this", "that", "such", "these", "those"})
DESCRIBING = ("ADJ", "VERB", "ADV")


def action_descriptions(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """A definite "action" with only describing words before it, after a collective action
    whose head is "action" (see the module)."""
    named = [
        c.span.root.i
        for c in earlier
        if c.type == KG.CollectiveAction and c.span.root.lemma_.lower() == ACTION
    ]
    if not named:
        return
    doc = context.doc
    for token in context.tokens:
        if token.lower_ != ACTION or token.pos_ != "NOUN" or token.i <= min(named):
            continue
        start = _description_start(token)
        if start is None:
            continue
        found = context.candidate(
            doc[start : token.i + 1], KG.CollectiveAction, "description", head=ACTION
        )
        if found is not None:
            yield found


def _description_start(token: Token) -> int | None:
    """Where the definite description headed by "action" starts, or None when it is none: a
    referring word first ("the", "such"), then only adjectives, participles and adverbs."""
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ not in REFERRING:
        return None
    if any(t.pos_ not in DESCRIBING for t in lefts[1:]):
        return None
    if token.dep_ == "compound":
        return None
    return lefts[0].i
