"""Changes argued over: "the guild opposed scrapping the ferry levy", "scrapping the levy is a
pay cut", "a lobby against the scrapping of the levy" name a proposal by the gerund of the
change.

News names a change that actors back or fight as often by a gerund as by a noun ("the
abolition of the board"). A gerund of a verb of changing a policy or a body
(``lex:pledgedChangeVerb``: "scrapping", "closing", "merging") names the proposal when it is
what a verb of stance is about (a ``lex:trigger`` without a preposition: "opposed scrapping X",
"backed extending X"), follows a preposition of stance ("campaigned against closing X",
"argued for abolishing X", "is against merging X") or is the subject of its clause
("Scrapping X is a pay cut"); so does the gerund used as a noun with "of" ("the scrapping of
X", "the axing of X"). Its object must be a policy or a body, as for pledged changes
(:mod:`~kg.extract.mentions.pledged_changes`: not "ending the strike"), and the name runs from
the gerund to the end of its object.

Example: "The guild opposed scrapping the ferry levy." gives "scrapping the ferry levy"
(``kg:Reform``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.pledged_changes import change_phrase_end
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["debated_changes"]

_STANCE_PREPOSITIONS = frozenset({"against"})  # "is against merging X", whatever the verb


def debated_changes(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """The gerund phrase of each change argued over (see the module's docstring)."""
    lexicon = context.lexicon
    verbs = lexicon.pledged_change_verbs
    nouns = _gerund_nouns(verbs)
    for token in context.tokens:
        if token.tag_ == "VBG" and token.lemma_.lower() in verbs:
            end = change_phrase_end(token, lexicon) if _argued_over(token, lexicon) else None
        elif token.pos_ == "NOUN" and token.lower_ in nouns:
            end = change_phrase_end(token, lexicon, after_of=True)  # "the scrapping of X"
        else:
            continue
        if end is None:
            continue
        found = context.candidate(  # settled last, over the names it holds
            context.doc[token.i : end],
            KG.Reform,
            "noun-phrase",
            head=token.lemma_.lower(),
            longer=True,
        )
        if found is not None:
            yield found


@functools.cache
def _gerund_nouns(verbs: frozenset[str]) -> frozenset[str]:
    """The gerunds of one-word verbs of change ("scrap" → "scrapping", "axe" → "axing",
    "close" → "closing"), spelt as English doubles or drops a final letter."""
    forms = set()
    for verb in (v for v in verbs if v.isalpha()):
        forms.update({f"{verb}ing", f"{verb}{verb[-1]}ing"})
        if verb.endswith("e"):
            forms.add(f"{verb[:-1]}ing")
    return frozenset(forms)


def _argued_over(token: Token, lexicon: Lexicon) -> bool:
    """The gerund is the subject of its clause ("Scrapping X is a pay cut"), what a verb of
    stance is about ("opposed scrapping X") or follows a preposition of stance ("campaigned
    against closing X", "argued for abolishing X")."""
    governor = token.head
    if token.dep_ == "csubj":
        return True
    if token.dep_ in ("xcomp", "dobj"):
        return governor.pos_ == "VERB" and (governor.lemma_.lower(), "") in lexicon.triggers
    if token.dep_ != "pcomp" or governor.dep_ != "prep":
        return False
    preposition = governor.lower_
    return (
        preposition in _STANCE_PREPOSITIONS
        or (governor.head.lemma_.lower(), preposition) in lexicon.triggers
    )
