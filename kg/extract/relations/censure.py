"""Censure: a speaker's verdict on an actor is public criticism of it.

"“The regulator is not fit for purpose”", "the union said the ministry was a disgrace": a word
of disapproval (``lex:disapprovalWord``), or one of approval denied, said of an actor by a
copula judges that actor, and the annotation conventions count public criticism as
communication (``criticises``, a kind of ``communicatesWith``). The same words said of a
proposal are a stance on it (:mod:`~kg.extract.relations.verdicts`). A word of feeling
("the union is angry", ``lex:feelingWord``) tells how its subject feels, not what it is, and
whoever speaks never censures themselves or their own body.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import children, conjuncts, has_child
from kg.extract.relations.speech import actors, hypothetical, judges_of
from kg.extract.relations.verdicts import COPULAS, verdict_word
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["censure"]


def censure(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The speaker ``criticises`` the actor a copula says a disapproving word of: "the regulator is
    not fit for purpose", "the council is a shambles" (in a quotation or a reported clause)."""
    if token.dep_ not in ("acomp", "attr") or token.lower_ in context.lexicon.feeling_words:
        return
    copula = token.head
    if copula.lemma_.lower() not in COPULAS:
        return
    positive = verdict_word(context, token)
    if positive is None or hypothetical(context, copula, until=True):
        return
    if has_child(copula, "neg") == (positive is False):
        return  # "is a disgrace" and "is not fit" censure; "is not a disgrace", "is fit" do not
    judges = judges_of(context, copula)
    judged = _judged_actors(context, copula, judges)
    yield from context.emit(rule, judges, KG.criticises, judged, [token], KG.Reported, token.lower_)


def _judged_actors(context: Context, copula: Token, judges: list[Found]) -> list[Found]:
    """The actors the copula's subject names, other than the judges and their bodies; not a
    pronoun ("we are ..."; "it is unfair to ..." judges an act)."""
    if not judges:
        return []
    own = context.with_their_bodies(judges)
    subjects = [
        c for s in children(copula, "nsubj") for c in conjuncts(s) if c.pos_ != "PRON"
    ]  # "the council and the ministry are a disgrace": both
    found = actors(context, context.object_entities(subjects, ACTORS, search=False))
    return [(k, t) for k, t in found if k not in own]
