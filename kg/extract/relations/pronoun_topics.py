"""The proposal a sentence is about, when its main subject is an "it" that stands for one.

"It has been criticised, with the union saying it does not come close to what members want":
the first "it" is the offer (:mod:`kg.extract.entities.pronouns` reads a passive subject as a
proposal), and the second, in the clause the union says, goes on with it; read alone it would
be the union, the organisation just before it. A verdict of sufficiency said of that second
"it" ("falls short", "does not come close") is a verdict on the offer
(:mod:`~kg.extract.relations.verdicts`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.entities.pronouns import main_pronoun_subject
from kg.extract.relations.core import PROPOSALS, Context, Found

__all__ = ["main_it_topic"]


def main_it_topic(context: Context, subjects: list[Token]) -> list[Found]:
    """The proposal of the sentence's main subject "it", for a subject "it" later in the
    sentence (one of ``subjects``); none when the main subject is not an "it" that stands for
    a proposal."""
    later = [s for s in subjects if s.lower_ == "it"]
    if not later:
        return []
    subject = main_pronoun_subject(later[0].sent, ("it",))
    if subject is None or subject.i >= later[0].i:
        return []
    key = context.resolved.pronouns.get(subject.i)
    return [(key, later[0])] if key is not None and context.core(key) in PROPOSALS else []
