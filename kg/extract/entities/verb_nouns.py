"""An event told first by its verb and named later by the noun of its kind: "Council workers
are to be balloted for industrial action ... An industrial action ballot will begin on 30
August", "the union will consult its members ... the consultation closes on Friday". The verb
names no event of its own (``lex:verbEventNoun`` pairs each verb with the nouns of its act:
"ballot" a ballot, "negotiate" negotiations or talks), so the first later noun of its kind is
the same event, unless a word of another version sets it apart ("a new ballot",
``lex:versionWord``) or it is told as held before ("ran a consultative ballot in May").

:func:`~kg.extract.entities.phrase_passes.events_by_verb` asks this only when no event of the
verb's class is named before it or in its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.entities.sieve_base import Sieve
from kg.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["named_after"]


def named_after(sieve: Sieve, verb: Mention, nouns: Sequence[int]) -> list[int]:
    """The first of the mentions ``nouns`` (of the verb's class, named by nouns) after the verb
    whose head is a noun of the verb's act (``lex:verbEventNoun``) and that no word of
    another version sets apart; empty when there is none."""
    tokens = sieve.tokens
    if not tokens:
        return []
    lemma = tokens[verb.token_start].lemma_.lower()
    pairs = sieve.lexicon.verb_event_nouns
    versions = sieve.lexicon.version_words
    later = sorted(
        (k for k in nouns if sieve.mentions[k].start > verb.start),
        key=lambda k: sieve.mentions[k].start,
    )
    for k in later:
        noun = sieve.mentions[k]
        if f"{lemma} {noun.head}" not in pairs:
            continue
        words = tokens[noun.token_start : noun.token_end]
        if not any(t.lower_ in versions for t in words) and not _held_before(words):
            return [k]
    return []


def _held_before(words: Sequence[Token]) -> bool:
    """The noun phrase is the object of a verb in the past ("the union ran a consultative
    ballot in May"): an act told as done, not the one the verb plans ("are to be balloted",
    "will consult": a verb names an event only as a plan or passive)."""
    inside = range(words[0].i, words[-1].i + 1)
    root = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[-1])
    return root.dep_ == "dobj" and root.head.tag_ == "VBD"
