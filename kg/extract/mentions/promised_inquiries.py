"""Inquiries still to come: "calling for him to launch an independent inquiry into the
regulator", "the minister will announce a review of business rates", "demanded an
investigation into the deal" name a proposal, an inquiry put forward.

An inquiry or review (``lex:inquiryNoun``) that an actor calls for, or promises, announces or
is to launch, does not exist yet: like a body still to be created it is a proposal, not an
inquiry held (:mod:`~kg.extract.mentions.inquiries` reads those, as the subject of a finding).
It is put forward as the object of "for" after a word of calling (``lex:demandingFor``: "calls
for", "pressure for"), the object of a verb of demanding or promising ("sought a review",
"has promised a review", ``lex:pledgingVerb``), or the object of another verb of proposing (a
``lex:trigger`` of ``kg:proposes`` or below: "launch", "set up") that is not told as done: the
past "launched an inquiry last year" reports one begun. A bare "an inquiry" (no modifier before or after it) tells neither which inquiry nor into
what, and names none. A span another source named first ("a judicial review", a court's hearing, an event)
is left to it.

Example: "The guild called for an independent inquiry into the harbour board." gives
"independent inquiry" and its longer form "independent inquiry into the harbour board"
(``kg:Proposal``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import head_class
from kg.extract.mentions.phrase_extent import long_form_ends, noun_phrase_bounds
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class, core_property

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["promised_inquiries", "inquiry_put_forward"]

_NOT_DONE = frozenset({"VB", "VBG", "VBZ", "VBP"})  # "to launch", "calling", "promises"


def promised_inquiries(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Each inquiry noun an actor calls for or promises, with a modifier, from its first
    modifier, with its longer forms ("independent inquiry into X")."""
    lexicon = context.lexicon
    taken = {i for c in earlier for i in range(c.span.start, c.span.end)}
    doc = context.doc
    for token in context.tokens:
        if (
            token.pos_ != "NOUN"
            or token.lemma_.lower() not in lexicon.inquiry_nouns
            or token.i in taken
            or any(c.pos_ == "PROPN" for c in token.lefts)  # "the Hale review": a report
            or _an_event(token, lexicon)
            or not inquiry_put_forward(token, lexicon)
        ):
            continue
        start = noun_phrase_bounds(token)[0]
        long_ends = long_form_ends(token)
        if start == token.i and not long_ends:
            continue  # "to launch an inquiry": which one, and into what, is told elsewhere
        first = context.candidate(
            doc[start : token.i + 1], KG.Proposal, "noun-phrase", head=token.lemma_.lower()
        )
        if first is None:
            continue
        yield first
        for end in long_ends:
            longer = context.candidate(
                doc[start:end],
                KG.Proposal,
                "noun-phrase",
                head=token.lemma_.lower(),
                longer=True,
                same_as=first,
            )
            if longer is not None:
                yield longer


def _an_event(token: Token, lexicon: Lexicon) -> bool:
    """The head with its modifier names an event of the lexicon ("judicial review")."""
    found = head_class(token, lexicon)
    return found is not None and core_class(found) == KG.Event


def inquiry_put_forward(token: Token, lexicon: Lexicon) -> bool:
    """The inquiry noun is called for, demanded, or promised, announced or to be launched."""
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "for":
        return governor.head.lemma_.lower() in lexicon.demanding_for
    if token.dep_ != "dobj" or governor.pos_ != "VERB":
        return False
    lemma = governor.lemma_.lower()
    if lemma in lexicon.demanding_for or lemma in lexicon.pledging_verbs:
        return True  # "sought a review"; "has promised a review": still to come
    if governor.tag_ not in _NOT_DONE:
        return False
    particles = [c.lower_ for c in governor.children if c.dep_ == "prt"] or [""]
    return any(
        core_property(lexicon.triggers[(lemma, p)]) == KG.proposes
        for p in particles
        if (lemma, p) in lexicon.triggers
    )
