"""Changes to a proposal: "a rise in the cap on day-care places", "an extension of the rent
freeze to student flats", "an overhaul of the funding model" name a proposal of their own,
the change.

A noun of changing an instrument (``lex:policyChangeNoun``: "rise", "extension", "overhaul")
whose modifier after "in", "of", "to" or "on" is headed by a proposal noun ("cap", "levy",
"scheme", "rules") names a change that an actor demands, promises or criticises, whatever
verb governs it: a change to a policy is a policy, never a statistic. A change to what is no
proposal ("a rise in waiting lists", "an increase in the number of vacancies", "a cut in
the NHS budget") is not named here. The name runs from the change noun to the end of the
proposal's phrase ("rise in the cap"), with longer forms up to the proposal's own short
modifiers ("rise in the cap on day-care places"). A proposal with a name of its own ("an
extension of the Rural Rates Scheme") stays a thing of its own: its change is not named here.

Example: "The guild demanded a rise in the cap on day-care places." gives "rise in the cap"
(``kg:Reform``) and its longer form "rise in the cap on day-care places".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.demanded_changes import put_forward
from kg.extract.mentions.names import DEFINITE, determiner, head_class, is_acronym
from kg.extract.mentions.phrase_extent import long_form_ends, noun_phrase_bounds
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["changes_to_proposals", "changed_proposal"]

_PREPOSITIONS = frozenset({"in", "of", "to", "on"})
MAX_WORDS = 12  # a longer form of more words is a clause, not a name


def changes_to_proposals(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """A change noun with a proposal after its preposition, from the change noun to the
    proposal's head, then its longer forms."""
    for token in context.tokens:
        changed = changed_proposal(token, context.lexicon)
        if changed is None:
            continue
        start = noun_phrase_bounds(token)[0]
        method = "description" if _refers_back(token, changed) else "noun-phrase"
        first = context.candidate(
            context.doc[start : changed.i + 1], KG.Reform, method, head=token.lemma_.lower()
        )
        if first is None:
            continue
        yield first
        for end in sorted(set(long_form_ends(changed))):
            if end - start > MAX_WORDS:
                continue
            longer = context.candidate(
                context.doc[start:end],
                KG.Reform,
                "noun-phrase",
                head=token.lemma_.lower(),
                longer=True,
                same_as=first,
            )
            if longer is not None:
                yield longer


def changed_proposal(token: Token, lexicon: Lexicon) -> Token | None:
    """The head of the proposal a change noun changes ("cap" of "a rise in the cap on X"), or
    None: the change noun is a noun of ``lex:policyChangeNoun`` and the object of its "in",
    "of", "to" or "on" is headed by a proposal noun that names an instrument, not an amount
    of money ("funding", "budget": ``lex:quantityHeadNoun``, ``lex:accountHeadNoun``) or
    another change."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.policy_change_nouns:
        return None
    for preposition in token.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in _PREPOSITIONS:
            continue
        for obj in preposition.children:
            if obj.dep_ == "pobj" and _instrument(obj, lexicon):
                return obj
    return _money_put_forward(token, lexicon)


def _money_put_forward(token: Token, lexicon: Lexicon) -> Token | None:
    """The money a change is in ("pay" of "announced a rise in pay for nurses"), when an actor
    puts the change forward (the object of a relation verb, or after "for" of a word of calling):
    a change in money said of nothing put forward is a statistic ("a rise in spending")."""
    preposition = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if preposition is None or preposition.i != token.i + 1:
        return None
    money = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if money is None or money.lemma_.lower() not in lexicon.money_nouns:
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.blame_verbs:
        return None  # "blamed a rise in spending for the deficit": a cause, not a proposal
    return money if put_forward(token, lexicon) else None


def _refers_back(token: Token, changed: Token) -> bool:
    """ "the extension of the scheme": a definite change of a proposal named by its head noun
    alone describes a change named before ("an extension of the rent relief scheme"), as "the
    plan" does."""
    return (
        determiner(token) in DEFINITE
        and not any(c.dep_ not in ("det", "prep") for c in token.children)
        and all(c.dep_ == "det" and c.lower_ in DEFINITE for c in changed.children)
    )


def _instrument(token: Token, lexicon: Lexicon) -> bool:
    """A noun that heads a proposal's name and is no amount of money or change of its own."""
    lemma = token.lemma_.lower()
    cls = head_class(token, lexicon)
    return (
        cls is not None
        and core_class(cls) == KG.Proposal
        and token.pos_ in ("NOUN", "PROPN")
        and lemma not in lexicon.quantity_head_nouns
        and lemma not in lexicon.account_head_nouns
        and lemma not in lexicon.policy_change_nouns
        and not _named(token)
    )


def _named(token: Token) -> bool:
    """A proposal with a name of its own ("the Rural Rates Scheme", "the NHS pension cap"):
    it stays a thing of its own, whose change is read by the head noun's long forms."""
    start = noun_phrase_bounds(token)[0]
    return any(t.pos_ == "PROPN" or is_acronym(t.text) for t in token.doc[start : token.i + 1])
