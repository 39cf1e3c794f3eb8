"""Shortfalls: a speaker who complains that a proposal was not taken up wants it.

"The union criticised the Government's failure to adopt the recommendations", "the college
is disappointed at the failure to implement the plan", "the BDA said the failure to embrace
reform risks ...": a failure, a lack or an absence (``lex:shortfallNoun``) presupposes that
what was not done should have been done, so whoever speaks of it ``supports`` the proposal
that was to be taken up or brought in (the object of an infinitive of accepting or bringing
in, ``lex:acceptWord``, ``lex:bringingInVerb``; or, for a lack, what is lacking, ``lex:lackNoun``:
"the lack of a workforce plan"). The one whose failure it is (a possessor: "the Government's failure to
accept the offer") did not accept it, and ``opposes`` it, but only for an act of accepting:
failing to deliver one's own plan is no stance against it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, is_verb, objects_of, preps
from kg.extract.relations.speech import hypothetical, judges_of
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["shortfall"]

MAX_CLIMB = 4  # steps from the noun up to the verb of the clause it is in
ANY = ("any", "no")  # "the absence of any proposal on pay": no proposal in particular (stance5)


def shortfall(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Whoever speaks of a failure to take up a proposal supports it; who failed to accept it
    opposes it."""
    words = context.lexicon
    lemma = token.lemma_.lower()
    if lemma not in words.shortfall_nouns:
        return
    acts = [a for a in children(token, "acl") if is_verb(a) and _takes_up(context, a)]
    objects = [o for a in acts for o in children(a, "dobj")]
    objects += [o for a in acts for p in preps(a) for o in objects_of(p)]
    if lemma in words.lack_nouns:  # "the lack of a workforce plan"
        objects += _of(token)
    objects += [o for t in objects if t.lower_ in words.partitive_words for o in _of(t)]
    objects = [o for o in objects if not any(d.lower_ in ANY for d in children(o, "det"))]
    wanted = context.object_entities(objects, PROPOSALS, search=False)
    clause = _clause(token)
    if not wanted or clause is None or hypothetical(context, clause) or _welcomed(context, token):
        return
    failing = [
        (k, t) for t in children(token, "poss") if (k := context.entity(t, ACTORS)) is not None
    ]
    owners = {k for k, _ in failing}
    speakers = [(k, t) for k, t in _complainers(context, token, clause) if k not in owners]
    yield from context.emit(rule, speakers, KG.supports, wanted, [token], KG.Reported, lemma)
    if any(_form(a) in words.accept_words for a in acts):
        yield from context.emit(
            rule, failing, KG.opposes, wanted, [token], KG.Asserted, lemma, case="failed"
        )


def _welcomed(context: Context, token: Token) -> bool:
    """True for a shortfall that is the object of a verb of backing ("welcomed the lack of
    cuts", "praised the absence of new charges"): what is missing was not wanted."""
    verb = token.head
    if token.dep_ != "dobj" or not is_verb(verb):
        return False
    return any(
        context.schema.core_property(r.predicate) == KG.supports for r in routes(context, verb)
    )


def _of(token: Token) -> list[Token]:
    return [o for p in preps(token, "of") for o in objects_of(p)]


def _takes_up(context: Context, verb: Token) -> bool:
    """True for an act of accepting a proposal or of bringing one in ("adopt", "implement")."""
    words = context.lexicon
    form = _form(verb)
    return (
        form in words.accept_words
        or verb.lemma_.lower() in words.accept_words
        or form in words.bringing_in_verbs
        or verb.lemma_.lower() in words.bringing_in_verbs
    )


def _form(verb: Token) -> str:
    """The verb's lemma with its particle or first preposition ("agree to", "bring in")."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "prep"):
            return f"{lemma} {child.lower_}"
    return lemma


def _clause(token: Token) -> Token | None:
    """The verb (or adjective of feeling) whose clause the noun is in."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            return current if is_verb(current) else None
        current = current.head
        if is_verb(current) or current.pos_ == "ADJ":
            return current
    return None


def _complainers(context: Context, token: Token, clause: Token) -> list[Found]:
    """Who speaks of the shortfall: the subject of the verb or the feeling it is the object
    of ("criticised the failure", "disappointed at the failure"), else the speaker of the
    clause it is in ("said the failure risks ...")."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ in ("dobj", "pobj") and head.i == clause.i:
        holder = clause if is_verb(clause) or clause.dep_ == "ROOT" else clause.head
        # "the union is disappointed at": the passive's subject is who feels
        found = [
            (k, t)
            for t in children(holder, "nsubj", "nsubjpass")
            if (k := context.entity(t, ACTORS)) is not None
        ] or context.subject_entities(holder)
        found = [(k, t) for k, t in found if context.core(k) in ACTORS]
        if found:
            return found
    return judges_of(context, clause)
