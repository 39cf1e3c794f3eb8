"""Plural subjects that stand for bodies named together before (acoref30).

"Forsa and the INMO have written to the minister. The unions said ...", "Both unions have
now agreed", "the two unions", "They said": a plural description (a plural of a
``lex:descriptionNoun``, "the unions", "the organisations") or "they" refers back to the
bodies the article last named together, joined by "and"; what such a subject does, each of
them does. Resolution gives a pronoun one entity and a plural description none, so a relation
with such a subject reached at most one of the bodies.

The antecedent is the latest coordination of two or more organisations in the sentences
before (or earlier in the same sentence), each of the kind the noun names (its word in their
names, the class the word names as a name word, "unions" being trade unions, or no narrower
class than any organisation) unless the noun is generic ("the organisations"); a number
before the noun ("the two unions", "both unions") must agree with the count, and a
coordination of other things ("pay and conditions") is passed over. "They" stands for such a
coordination only where its resolution gives one of its bodies; a "they" resolution leaves
alone keeps the latest plural subject before it, in its sentence or the one before, when that
subject names two or more bodies ("The executives of X and Y decided there were proposals
they could not accept"; coord32). A modifier ("other unions",
"individual unions", "teachers' unions") picks out other bodies, and a bare plural may speak
of a kind in general: neither is read.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.entities import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import normalise_name
from kg.rdf.namespaces import KG

__all__ = ["bodies_named_together"]

Found = tuple[str, Token]

#: how many sentences back a plural description may reach for the bodies it stands for
REACH = 6
#: how many sentences back an unresolved "they" may reach for the subject it keeps
THEY_REACH = 1
#: determiners and numbers that make a plural noun definite, with the count they say
_DEFINITE = {"the": None, "these": None, "those": None, "both": 2, "two": 2, "three": 3}
_THEY = "they"


class Reader(Protocol):
    """What the rules' context gives here (``core.Context``)."""

    @property
    def resolved(self) -> ResolvedDocument: ...

    @property
    def lexicon(self) -> Lexicon: ...

    def entity(self, token: Token, types: Collection[URIRef] | None = None) -> str | None: ...

    def core(self, key: str) -> URIRef | None: ...


def bodies_named_together(context: Reader, subjects: Sequence[Token]) -> list[Found]:
    """The bodies a plural subject stands for: each of the organisations the article last
    named together, when the subject is a definite plural description that fits them all or a
    "they" resolved to one of them."""
    found: list[Found] = []
    for subject in subjects:
        if subject.lower_ == _THEY:
            resolved = context.entity(subject, (KG.Organisation,))
            if resolved is None:
                found += [(key, subject) for key in _plural_subject_before(context, subject)]
                continue
            bodies = _latest_coordination(context, subject, None, None)
            if resolved in bodies:
                found += [(key, subject) for key in bodies]
            continue
        owners = _bodies_after_of(context, subject)
        head = None if owners else _plural_description(context, subject)
        found += [(key, subject) for key in owners]
        if head is None:
            continue
        count = _count(subject)
        found += [(key, subject) for key in _latest_coordination(context, subject, head, count)]
    return found


def _plural_description(context: Reader, token: Token) -> str | None:
    """The singular description noun of a definite plural ("the unions", "both unions")."""
    if token.tag_ != "NNS" or context.resolved.entity_for_token(token.i) is not None:
        return None
    head = token.lemma_.lower()
    if head not in context.lexicon.description_nouns:
        return None
    if any(c.dep_ in ("amod", "compound", "poss") for c in token.lefts):
        return None  # "individual unions", "other unions", "teachers' unions": not those named
    words = {c.lower_ for c in token.lefts if c.dep_ in ("det", "predet", "nummod")}
    return head if words & _DEFINITE.keys() else None


def _bodies_after_of(context: Reader, token: Token) -> list[str]:
    """ "The executives of the Guild and the Forum decided": a plural description noun whose
    "of" names bodies joined by "and" is the bodies' own (an executive, a board each), which
    acts for its body as a group noun of its people does ("representatives of X and Y")."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in context.lexicon.description_nouns:
        return []
    if context.resolved.entity_for_token(token.i) is not None:
        return []
    bodies = _owners_after_of(context, token)
    return bodies if len(bodies) >= 2 else []


def _owners_after_of(context: Reader, token: Token) -> list[str]:
    """The bodies named after the "of" of a plural description noun ("the executives of X",
    "the boards of X and Y")."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in context.lexicon.description_nouns:
        return []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _coordinated_bodies(context, pobj)
    return []


def _plural_subject_before(context: Reader, pronoun: Token) -> list[str]:
    """The bodies an unresolved "they" stands for: those of the latest plural subject before
    it, in its sentence or the one before ("The executives of X and Y decided there were
    proposals they could not accept"; "X and Y met the minister. They said ..."), a pronoun
    keeping the subject of the clause before it (subject parallelism). A plural subject that
    names no set of bodies stops the search ("members said they ...")."""
    doc = pronoun.doc
    sentences = 0
    first = pronoun.sent.start
    i = pronoun.i - 1
    while i >= 0:
        if i < first:
            sentences += 1
            if sentences > THEY_REACH:
                return []
            first = doc[i].sent.start
        token = doc[i]
        i -= 1
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ == _THEY:
            continue
        if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
            bodies = _subject_bodies(context, token)
            return bodies if len(bodies) >= 2 else []
    return []


def _subject_bodies(context: Reader, subject: Token) -> list[str]:
    """The organisations a subject and the words joined to it by "and" name, a plural
    description noun standing for the bodies after its "of" ("the executives of X and Y");
    none when one of them names no body."""
    keys: list[str] = []
    stack = [subject]
    while stack:
        token = stack.pop()
        key = context.resolved.entity_for_token(token.i, (KG.Organisation,))
        owners = [key] if key is not None else _owners_after_of(context, token)
        if not owners:
            return []
        keys += [k for k in owners if k not in keys]
        stack += [c for c in token.children if c.dep_ == "conj"]
    return keys


def _count(token: Token) -> int | None:
    """The number a plural's determiner or numeral says ("both", "the two"), if any."""
    counts = [_DEFINITE[c.lower_] for c in token.lefts if c.lower_ in _DEFINITE]
    return next((n for n in counts if n is not None), None)


def _latest_coordination(
    context: Reader, token: Token, head: str | None, count: int | None
) -> list[str]:
    """The organisations of the latest coordination before ``token`` within ``REACH``
    sentences that fit ``head`` (any, with None), as many as ``count`` says."""
    doc = token.doc
    first = max(0, token.sent.start)
    sentences = 0
    i = token.i - 1
    while i >= 0 and sentences <= REACH:
        t = doc[i]
        if i < first:
            first = t.sent.start
            sentences += 1
        if t.dep_ == "conj" and t.head.i < t.i:
            opening = _first_conjunct(t)
            bodies = _coordinated_bodies(context, opening)
            if len(bodies) >= 2:
                fits = head is None or all(_fits(context, head, key) for key in bodies)
                if fits and (count is None or count == len(bodies)):
                    return bodies
                return []  # the latest set of bodies named together is another
            i = opening.i  # "the headcount reduction and pay terms": no bodies, read on before
        i -= 1
    return []


def _first_conjunct(token: Token) -> Token:
    """The first of the tokens joined by "and" ("PCS" of "PCS, Prospect and the FDA")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _coordinated_bodies(context: Reader, first: Token) -> list[str]:
    """The distinct organisations named by ``first`` and the tokens joined to it by "and"."""
    keys: list[str] = []
    stack = [first]
    while stack:
        token = stack.pop()
        key = context.resolved.entity_for_token(token.i, (KG.Organisation,))
        if key is None:
            return []  # "the union and its members": not a set of bodies
        if key not in keys:
            keys.append(key)
        stack += [c for c in token.children if c.dep_ == "conj"]
    return keys


def _fits(context: Reader, head: str, key: str) -> bool:
    """A body fits a description noun: a generic noun, a name holding the word, of the class
    the word names as a name word, or of no narrower class (a body named only by its acronym,
    "PCS", is any organisation; a government department is no union)."""
    lexicon = context.lexicon
    if head in lexicon.generic_organisation_nouns:
        return True
    entity = context.resolved.by_key[key]
    if entity.type in (lexicon.name_words.get(head.title()), KG.Organisation):
        return True  # of the class, or of no narrower class than any organisation
    names = [entity.label, *entity.aliases]
    return any(head in normalise_name(n).lower().replace("-", " ").split() for n in names)
