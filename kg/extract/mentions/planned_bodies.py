"""Bodies still to be created, named by a common noun: "a new regulator", "this new watchdog",
"a new NHS leadership body", "a super regulator will be created".

The annotation conventions make a body that does not exist yet a proposal, not an actor. A
body's noun (``lex:plannedBodyNoun``) with "new" before it names one in news of policy (what a
government sets up, or is asked to), and so does one that a verb of creating still to come is
about (``lex:creationVerb``: "will be set up", "to establish", "creating"), or that an actor
asks for ("called for an independent body", ``lex:demandingFor``). A plural ("new
bodies") names no one body, and a capitalised head is a name ("a new power-sharing Executive").
When a noun or name still stands before the head without "new" ("new negotiating body"), that
shorter form is kept as another name of the body.

Example: "Ministers will create a new water regulator." gives "new water regulator"
(``kg:PlannedBody``) and its other name "water regulator".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.phrase_extent import MODIFIER_DEPS, noun_phrase_bounds
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.lexicon import Lexicon

__all__ = ["planned_bodies", "created_later", "verb_words", "demanded_body"]

_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "to"})


def planned_bodies(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Common-noun phrases of a body not yet created, and their forms without "new"."""
    doc, lexicon = context.doc, context.lexicon
    for token in context.tokens:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ == "compound":
            continue
        if token.lemma_.lower() not in lexicon.planned_body_nouns and not _hyphened_body(
            token, lexicon
        ):
            continue
        start = _start(doc, token)
        new = [t for t in doc[start : token.i] if t.lower_ == "new"]
        if not new and not created_later(token, lexicon) and not demanded_body(token, lexicon):
            continue
        if new and not created_later(token, lexicon) and _already_at_work(token):
            continue  # "the new authority has failed crews since it opened": it exists
        found = context.candidate(
            doc[start : token.i + 1], KG.PlannedBody, "noun-phrase", head=token.lemma_.lower()
        )
        if found is None:
            continue
        yield found
        rest = doc[new[-1].i + 1 : token.i] if new else doc[start:start]
        if any(t.pos_ in ("NOUN", "PROPN") for t in rest):
            shorter = context.candidate(
                doc[rest.start : token.i + 1],
                KG.PlannedBody,
                "noun-phrase",
                head=token.lemma_.lower(),
                longer=True,
                same_as=found,
            )
            if shorter is not None:
                yield shorter


def demanded_body(token: Token, lexicon: Lexicon) -> bool:
    """ "called for an independent body", "demanded a regulator": a body an actor asks for, with
    "a" or "an", is one still to be created (``lex:demandingFor``: after "for" of a word of
    calling, or the object of a verb of it, unless the object is who is asked: "asked an
    independent body to examine the claims")."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts):
        return False
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "for":
        return governor.head.lemma_.lower() in lexicon.demanding_for
    return (
        token.dep_ == "dobj"
        and governor.lemma_.lower() in lexicon.demanding_for
        and not _addressed(governor, lexicon)
    )


def _addressed(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's object is who is asked, not what is asked for: a verb of asking someone
    (``lex:addresseeVerb``: "asked a panel", "pressed an agency for answers"), or one with an
    act its object is to do after it ("asked a body to examine the claims", object control)."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.addressee_verbs or any(
        c.dep_ in ("xcomp", "ccomp") for c in verb.children
    )


def _already_at_work(token: Token) -> bool:
    """The body is the subject of a verb in the past or perfect ("the new authority had
    failed", "the new regulator has fined"): it exists already."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUX for a in auxiliaries):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(a in ("has", "have", "had") for a in auxiliaries)


def _hyphened_body(token: Token, lexicon: Lexicon) -> bool:
    """The last word of a hyphened compound of a body's noun ("super-regulator", split by the
    tokenizer into "super", "-", "regulator")."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and f"{doc[token.i - 2].lower_}-{token.lower_}" in lexicon.planned_body_nouns
    )


def _start(doc: Doc, token: Token) -> int:
    """Where the phrase headed by ``token`` starts: its compact noun phrase, with a hyphened
    first part ("super-") and the modifiers the parser hung on that part ("a new super-")."""
    start = noun_phrase_bounds(token)[0]
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].is_punct:
        start -= 2
    while (
        start > 0
        and doc[start - 1].dep_ in MODIFIER_DEPS
        and start <= doc[start - 1].head.i <= token.i
    ):
        start -= 1
    return start


def created_later(head: Token, lexicon: Lexicon, *, listed: bool = False) -> bool:
    """Whether a name whose head is ``head`` is what a verb or noun of creating, still to come,
    is about ("will be set up", "to establish X", "creating X", "the creation of X"). A noun of
    creating says nothing of when, so it counts only for a name the gazetteer does not list
    (``listed``): "the creation of the NHS" is history."""
    verbs, nouns = lexicon.creation_verbs, lexicon.creation_nouns
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # "rail company Great British Railways will be launched"
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "of":
        return not listed and governor.head.lemma_.lower() in nouns
    if head.dep_ not in ("nsubjpass", "dobj") or governor.pos_ not in ("VERB", "AUX"):
        return False
    if verb_words(governor) not in verbs:
        return False
    if head.dep_ == "dobj" and governor.tag_ == "VBG":
        return True
    auxiliaries = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & _FUTURE_AUX) and "was" not in auxiliaries


def verb_words(verb: Token) -> str:
    """A verb's lemma with its particle ("set up")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])
