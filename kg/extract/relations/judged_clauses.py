"""Judged clauses: a verdict said of an act told by a clause is a verdict on the proposal the act
carries out.

A speaker who reacts to a measure often tells it again as an act, by a gerund or an
infinitive, and judges that: "Scrapping the levy would be a mistake", "Cutting the budget is
unforgivable", "It is wrong to close the ward", "For the council to cut the grant is a
disgrace". The clause is the subject of the copula (``csubj``), an infinitive after "for X"
before it, or the infinitive an extraposed "it" stands for. The verdict word is the
lexicon's (``lex:approvalWord``, ``lex:disapprovalWord``: :func:`verdicts.verdict_word`).

What the act is about:

* a proposal named as the act's object ("scrapping the levy", "to introduce the levy"): the
  verdict is on doing that to it, so an act that goes against it ("scrap", "cut", "delay":
  :func:`verdicts.reverses`) turns the stance round ("Scrapping the levy would be a
  mistake" backs the levy);
* else the proposal, named before in the article, that the clause names again by its words:
  a mention holding the act's verb or the head noun of its object ("cutting the budget" is the
  "cut to the budget" named before, "taking an axe to these jobs" the "decision to cut jobs",
  "bringing it forward" the "plans to bring forward the process"); news names a measure by a
  noun phrase and its critics by the act. The latest such proposal is taken.

A negated approval ("is not a sensible step") disapproves; a negated disapproval says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, objects_of, preps
from kg.extract.relations.speech import hypothetical, judges_of
from kg.extract.relations.verdicts import COPULAS, reverses, verdict_word
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["judged_clause"]

PREDICATES = ("attr", "acomp")
REACH = 400  # tokens back to the proposal a clause names again (a few paragraphs)
EXTRAPOSED = ("xcomp", "ccomp", "advcl")  # "it is wrong to cut", hung on "is" or on "wrong"
WORD_CLASSES = ("NOUN", "VERB")  # not names: "to act" is no "Care Act"


def judged_clause(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The speaker ``supports`` or ``opposes`` the proposal a judged clause's act carries out."""
    token = _opening(token)
    positive = verdict_word(context, token)
    if positive is None:
        return
    predicate = _predicate(token)
    if predicate is None:
        return
    copula = predicate.head
    if has_child(copula, "neg") or has_child(predicate, "neg"):
        if not positive:
            return
        positive = False
    acts = _acts(context, copula, predicate)
    if not acts or hypothetical(context, copula, until=True):
        return
    judges = judges_of(context, copula)
    if not judges:
        return
    for act in acts:
        named, turned = _proposals_of(context, act)
        stance = positive != turned
        yield from context.emit(
            rule,
            judges,
            KG.supports if stance else KG.opposes,
            named,
            [token],
            KG.Reported,
            f"{act.lemma_.lower()} {token.lower_}",
        )


def _predicate(word: Token) -> Token | None:
    """The attribute or adjective a copula says, with the verdict word in it: the word itself
    ("is unforgivable"), or the noun it modifies ("is an ill-judged strategy", "a simple and
    welcome step")."""
    token = _whole_word(word)
    if token.dep_ == "conj" and token.head.lemma_.lower() in COPULAS:
        return token  # "is unhelpful and misguided", the second hung on the copula
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "amod":
        token = token.head
    if token.dep_ in PREDICATES and token.head.lemma_.lower() in COPULAS:
        return token
    return None


def _opening(token: Token) -> Token:
    """The first token of the hyphenated word a token ends or is inside ("thought" in
    "ill-thought-out": "ill", an adverb no rule is called at), else the token."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text == "-":
        start -= 2
    return doc[start]


def _whole_word(token: Token) -> Token:
    """The head of the hyphenated word a token opens ("ill-thought-out": the parser's head
    inside it), else the token."""
    doc = token.doc
    end = token.i
    while end + 2 < len(doc) and doc[end + 1].text == "-":
        end += 2
    while token.head.i != token.i and token.i < token.head.i <= end:
        token = token.head
    return token


def _acts(context: Context, copula: Token, predicate: Token) -> list[Token]:
    """The verbs of the clauses the copula's verdict is said of: a clausal subject ("Cutting
    the grant is ..."), an infinitive after "for X" before the copula ("For the council to cut
    the grant is ..."), or, with an "it" subject, the infinitive it stands for ("It is wrong to
    cut the grant")."""
    acts = [c for c in copula.children if c.dep_ == "csubj" and c.pos_ == "VERB"]
    acts += [
        c
        for c in copula.children
        if c.dep_ == "advcl" and c.i < copula.i and _infinitive(c) and has_child(c, "nsubj")
    ]
    acts += [act for s in children(copula, "nsubj") for act in _wrapped(context, s)]
    if any(s.lower_ == "it" for s in children(copula, "nsubj")):
        acts += [
            c
            for t in (copula, predicate)
            for c in t.children
            if c.dep_ in EXTRAPOSED and c.i > predicate.i and _infinitive(c)
        ]
    return acts


def _wrapped(context: Context, subject: Token) -> list[Token]:
    """The act a subject noun that names nothing holds: a gerund after its "of" ("the threat
    of stripping councils of their powers is misguided", "the idea of scrapping the levy") or
    its infinitive ("the move to use wardens was dangerous"). A noun that names a proposal
    is judged itself (:mod:`~kg.extract.relations.verdicts`)."""
    if subject.pos_ != "NOUN" or context.entity(subject) is not None:
        return []
    acts = [a for p in preps(subject, "of") for a in children(p, "pcomp") if a.tag_ == "VBG"]
    return acts + [a for a in children(subject, "acl") if _infinitive(a)]


def _infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _objects(act: Token) -> list[Token]:
    """What the act is done to: its object, or the object of a preposition on it ("taking an
    axe to these jobs")."""
    found = children(act, "dobj")
    found += [o for p in children(act, "prep") for o in objects_of(p)]
    return found


def _proposals_of(context: Context, act: Token) -> tuple[list[Found], bool]:
    """The proposals the act is about, and whether the act goes against them."""
    objects = _objects(act)
    named = context.object_entities(objects, PROPOSALS, search=False)
    if named:
        return named, reverses(context, act)
    words = {act.lemma_.lower()} | {
        o.lemma_.lower() for o in objects if o.pos_ in ("NOUN", "PROPN")
    }
    key = _named_before(context, act, words)
    return ([(key, act)] if key is not None else []), False


def _named_before(context: Context, act: Token, words: set[str]) -> str | None:
    """The latest proposal named before the act's sentence (within ``REACH`` tokens) by a
    mention that holds one of ``words`` (as a noun or verb)."""
    resolved = context.resolved
    doc = context.doc
    start = act.sent.start
    best: tuple[int, str] | None = None
    for k, mention in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if (
            key is None
            or not start - REACH <= mention.token_start < start
            or context.core(key) not in PROPOSALS
        ):
            continue
        held = {
            t.lemma_.lower()
            for t in doc[mention.token_start : mention.token_end]
            if t.pos_ in WORD_CLASSES
        }
        if held & words and (best is None or mention.token_start > best[0]):
            best = (mention.token_start, key)
    return best[1] if best is not None else None
