"""Names joined by "and" that the parser hung inside the next one's premodifiers (stance29).

News names two people or bodies before one verb with their titles or a shared class noun
after them: "QNI chief executive Ann Lowe and chair Tom Hart said", "both the Guild of
Nurses Wales and Unison Cymru unions have been in talks". The small English model often reads
such a subject as one noun phrase: the last name (or the class noun) is the head, and the
first name hangs inside its premodifiers as a ``compound`` or ``nmod`` with the "and" on it
(or on a word of its name). English coordinates them all the same: each name is a subject
of the verb.

:func:`premodifier_conjuncts` gives the last word of each such earlier name; the callers
(the relation rules' subjects, the speakers of a quotation) keep one only when it names an
actor of the same kind as the subject (two people, two bodies): in "former BMA and RCN chair
Jo Lowe said" the bodies before "chair" are Lowe's posts, not speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["premodifier_conjuncts"]


def premodifier_conjuncts(head: Token) -> list[Token]:
    """The last words of the names that an "and" inside ``head``'s premodifiers joins to it
    ("Lowe" of "chief executive Ann Lowe and chair Tom Hart", head "Hart"): a proper noun
    right before an "and" that is not the head's own (an ordinary "X and Y" hangs its "and" on
    the first conjunct, outside the head's premodifiers), with a proper noun and no verb or
    punctuation between the "and" and the head. A name of its own with "and" in it ("the
    Nursing and Midwifery Council") gives a word of the head's own entity, which callers drop.
    """
    doc = head.doc
    found: list[Token] = []
    for i in range(head.left_edge.i + 1, head.i):
        word = doc[i]
        if word.dep_ != "cc" or word.lower_ != "and" or word.head == head:
            continue
        before = doc[i - 1]
        if before.pos_ != "PROPN":
            continue
        between = doc[i + 1 : head.i + 1]
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
            continue
        if any(t.pos_ == "PROPN" for t in between):
            found.append(before)
    return found
