"""Measures named by the noun of their act: "welcomed the introduction of nursing associates",
"called for the integration of health and social care", "stressed the need for greater
investment in nurse education", "a transfer of staff to the watchdog has been proposed" name
a proposal, the act.

News names a measure an actor backs, asks for or fights as often by the noun of its act with
the act's complement as by a head noun of a plan. A noun of an agent's act on a policy, a
service, a body or a group (``lex:measureActNoun``: "introduction", "expansion",
"integration", "transfer", "postponement") with its complement right after it ("of", "in",
"to", "on", "into", or "away from") names the measure where it is put forward: the object of
an actor's relation verb or of its preposition ("welcomed the shift away from X", "called for
the establishment of X"), after "for" of a word of calling or of "need" ("the need for the
introduction of X"), an item of a list that is, or the subject of a passive verb of proposing
("a review of X has been proposed"). The same noun said of no one's stance ("the introduction
of the scheme last year cut waiting times") names none, nor does a change in a quantity ("a
rise in waiting lists": :mod:`~kg.extract.mentions.policy_changes` names changes in
instruments). A complement that is an event ("the postponement of the strike") or a
definite description of a proposal named before ("the withdrawal of the proposal") leaves
the act unnamed: the event or the proposal is what the sentence is about.

The name runs from the act noun to the end of its complement's noun phrase, with longer forms
through the complement's own modifiers ("investment in the education of nurses") and with
the adjectives before the noun ("strategic investment in ..."), never past a comma, a clause
or a second complement of the act ("to Wales" of "the introduction of X to Wales").

Example: "The college welcomed the introduction of nursing associates." gives "introduction
of nursing associates" (``kg:Reform``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.demanded_changes import put_forward
from kg.extract.mentions.names import DEFINITE, head_class
from kg.extract.mentions.phrase_extent import breaks_a_name, clause_of_its_own
from kg.extract.mentions.policy_changes import changed_proposal
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["measures_named_by_their_act", "act_complement"]

MAX_WORDS = 12  # a longer phrase is a clause, not a name
_PREPOSITIONS = frozenset({"of", "in", "to", "on", "into"})
_BEFORE = frozenset({"amod", "compound", "nummod"})
_GOING_ON = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})  # a noun phrase going on


def measures_named_by_their_act(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """Each act noun with its complement where an actor puts it forward (see the module)."""
    lexicon = context.lexicon
    doc = context.doc
    for token in context.tokens:
        complement = act_complement(token, lexicon)
        if complement is None or not _put_forward(token, lexicon):
            continue
        ends = _ends(token, complement)
        if not ends:
            continue
        starts = [token.i, *_modifier_start(token)]
        head = token.lemma_.lower()
        first = context.candidate(doc[token.i : ends[0]], KG.Reform, "noun-phrase", head=head)
        if first is None:
            continue
        yield first
        for start in starts:
            for end in ends:
                if (start, end) == (token.i, ends[0]) or end - start > MAX_WORDS:
                    continue
                longer = context.candidate(
                    doc[start:end], KG.Reform, "noun-phrase", head=head, longer=True, same_as=first
                )
                if longer is not None:
                    yield longer


def act_complement(token: Token, lexicon: Lexicon) -> Token | None:
    """The object of the preposition right after an act noun ("apprenticeships" of "the
    expansion of apprenticeships", "reliance" of "a shift away from reliance on X"), or None:
    no act noun, no such preposition, an event or a proposal named before as its object, or a
    change in an instrument (:func:`~kg.extract.mentions.policy_changes.changed_proposal`)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.measure_act_nouns:
        return None
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    after = doc[token.i + 1]
    if after.lower_ == "away" and after.head.i == token.i:  # "a shift away from X"
        after = next((c for c in after.children if c.dep_ == "prep" and c.lower_ == "from"), after)
    elif after.lower_ not in _PREPOSITIONS:
        return None
    if after.dep_ != "prep" or after.i > token.i + 2:
        return None
    obj = next((c for c in after.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    cls = head_class(obj, lexicon)
    if cls is not None and core_class(cls) == KG.Event:
        return None  # "the postponement of the strike": the event is what is talked about
    if cls is not None and _described_again(obj):
        return None  # "the withdrawal of the proposal"
    if changed_proposal(token, lexicon) is not None:
        return None
    return obj


def _described_again(token: Token) -> bool:
    """A bare definite description ("the proposal", "this plan"): only a determiner before it."""
    return all(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.lefts)


def _put_forward(token: Token, lexicon: Lexicon) -> bool:
    """What an actor's relation verb is about, or is asked for (:func:`put_forward`), "the
    need for" it, or the subject of a passive verb of proposing ("has been proposed")."""
    if put_forward(token, lexicon):
        return True
    while token.dep_ == "conj" and token.head.pos_ == "NOUN":
        token = token.head
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "for":
        needing = governor.head
        return needing.pos_ == "NOUN" and needing.lemma_.lower() in lexicon.needed_verbs
    if token.dep_ != "nsubjpass":
        return False
    return lexicon.triggers.get((governor.lemma_.lower(), "")) == KG.proposes


def _ends(token: Token, complement: Token) -> list[int]:
    """Where the name may end: after the complement's noun phrase, then after each noun of
    its own modifiers ("in the education", "in the education of nurses"), its conjuncts
    kept ("of health and social care"); never past punctuation or a clause of its own."""
    doc = token.doc
    limit = complement.head.right_edge.i + 1
    cut = next(
        (t.i for t in doc[complement.head.i : limit] if breaks_a_name(t) or clause_of_its_own(t)),
        None,
    )
    if cut is not None:
        limit = cut
    ends: list[int] = []
    for noun in doc[complement.i : limit]:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "conj"):
            continue
        end = _noun_end(noun)
        if end < len(doc) and doc[end].pos_ in _GOING_ON:
            continue  # "a pause to the job cuts policy", "cuts" read as a verb: no end
        if end <= limit and end - token.i <= MAX_WORDS and end not in ends:
            ends.append(end)
    return sorted(ends)


def _noun_end(noun: Token) -> int:
    """After a noun and the nouns joined to it by "and" or "or" ("health and social care")."""
    last = noun
    for conj in noun.conjuncts:
        if conj.i > last.i and conj.pos_ in ("NOUN", "PROPN"):
            last = conj
    return last.i + 1


def _modifier_start(token: Token) -> list[int]:
    """The first word of the adjectives and nouns before the act noun ("strategic" of
    "strategic investment"), when there are any."""
    before = [c.left_edge.i for c in token.lefts if c.dep_ in _BEFORE]
    return [min(before)] if before else []
