"""Judged acts: a disapproving verdict on what an actor did criticises the actor.

"Harper described the move by the union to walk out as a kick in the teeth", "“This was a
shameful move from the ministry”", "the council's decision was a disgrace, she said": the
verdict (``lex:disapprovalWord``) is said of an act (``lex:conductNoun``: a move, a decision,
a response), and the act is told with its doer, by a possessive or after "by" or "from". To
judge the act is to judge the one who did it in public, which the annotation conventions
count as communication (``criticises``, a kind of ``communicatesWith``). An act that is
itself a proposal of the article ("the decision to close the ward", named as a proposal) is
judged as a proposal (:mod:`~kg.extract.relations.verdicts`: ``opposes``), not its maker.
Whoever judges never criticises themselves or their own body.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, objects_of, preps
from kg.extract.relations.speech import MAX_CLIMB, actors, hypothetical, judges_of
from kg.extract.relations.verdicts import COPULAS, verdict_word
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["judged_act"]

DOERS = ("by", "from")  # "the move by the union", "a shameful move from the ministry"


def judged_act(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The judge ``criticises`` the doer of an act that a disapproving word is said of: given
    by a verb of labelling ("described the move by X as a kick in the teeth"), said by a
    copula ("X's decision was a disgrace") or put before the act ("a shameful move from X")."""
    if token.pos_ not in ("NOUN", "ADJ") or verdict_word(context, token) is not False:
        return
    found = _act_judged(context, token)
    if found is None:
        return
    act, judges = found
    if context.entity(act, PROPOSALS) is not None:
        return  # a proposal judged: opposed (``verdicts``), its maker not criticised
    own = context.with_their_bodies(judges)
    doers = [(k, t) for k, t in _doers(context, act) if k not in own]
    yield from context.emit(rule, judges, KG.criticises, doers, [token], KG.Reported, act.lower_)


def _act_judged(context: Context, word: Token) -> tuple[Token, list[Found]] | None:
    """The act noun the verdict word is said of, with who says it; None when it is said of
    something else, negated or only supposed."""
    conduct = context.lexicon.conduct_nouns
    head = word.head
    if word.dep_ == "amod" and head.lemma_.lower() in conduct:  # "a shameful move from X"
        judges = judges_of(context, head) or judges_of(context, _clause(head))
        return (head, judges) if judges and not hypothetical(context, _clause(head)) else None
    if word.dep_ == "amod" and head.lower_ != "as":  # "was a shameful act": its noun
        word, head = head, head.head
    if word.dep_ in ("attr", "acomp") and head.lemma_.lower() in COPULAS:
        if has_child(head, "neg") or hypothetical(context, head, until=True):
            return None
        acts = [s for s in children(head, "nsubj") if s.lemma_.lower() in conduct]
        judges = judges_of(context, head)
        return (acts[0], judges) if acts and judges else None
    if word.dep_ in ("pobj", "amod", "acomp") and head.lower_ == "as":  # "... as a betrayal"
        verb = _labelling_verb(context, head)
        if verb is None or has_child(verb, "neg") or hypothetical(context, verb):
            return None
        acts = [o for o in children(verb, "dobj") if o.lemma_.lower() in conduct]
        judges = actors(context, context.subject_entities(verb))
        return (acts[0], judges) if acts and judges else None
    return None


def _labelling_verb(context: Context, as_: Token) -> Token | None:
    """The verb of labelling ``as`` belongs to, a few heads up: the parser may hang "as" on a
    noun of the object's own clause ("described the move to reject the offers as ...")."""
    current = as_
    for _ in range(MAX_CLIMB):
        if current.head is current:
            return None
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in context.lexicon.label_verbs:
            return current
    return None


def _doers(context: Context, act: Token) -> list[Found]:
    """Who did the act: its possessor ("the council's decision") or the actor after "by" or
    "from" ("the move by the union")."""
    owners = children(act, "poss") + [o for p in preps(act, *DOERS) for o in objects_of(p)]
    return actors(context, context.object_entities(owners, ACTORS, search=False))


def _clause(token: Token) -> Token:
    """The verb of the clause a noun is in (for who says it and whether it is supposed)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            return current
        current = current.head
    return current
