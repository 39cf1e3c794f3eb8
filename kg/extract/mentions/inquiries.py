"""Reviews and inquiries held (events26): "a review into the regulator found ...", "the
inquiry, by a former judge, concluded that ..." tell of an inquiry carried out, an event that
its reviewer takes part in, not of a proposal.

A review or an inquiry (``lex:inquiryNoun``) that is the subject of a verb of finding
(``lex:inquiryFindingVerb``: "found", "revealed", "concluded") has been held: it is a
``kg:Inquiry``. One only called for or promised ("calls for an inquiry", "will launch a review")
is a proposal, and a review named after its author that stands for its recommendations
("the Hale review") a report (``kg:Report``): neither is the subject of a finding.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.components import component_class
from kg.extract.mentions.names import DEFINITE, determiner
from kg.extract.mentions.phrase_extent import long_form_ends, noun_phrase_bounds
from kg.extract.mentions.promised_inquiries import inquiry_put_forward
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["inquiries_held", "inquiries_under_way"]


def inquiries_held(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """An inquiry noun that is the subject of a verb of finding, with its longer forms ("review
    into the regulator")."""
    lexicon = context.lexicon
    doc = context.doc
    for token in context.tokens:
        if (
            token.pos_ != "NOUN"
            or token.lemma_.lower() not in lexicon.inquiry_nouns
            or token.dep_ != "nsubj"
            or token.head.lemma_.lower() not in lexicon.inquiry_finding_verbs
        ):
            continue
        start, end = noun_phrase_bounds(token)
        if any(t.pos_ == "PROPN" for t in doc[start : token.i]):
            continue  # "the Hale review found": a report named after its author
        described = start == token.i and determiner(token) in DEFINITE  # "the review found"
        method = "description" if described else "noun-phrase"
        yield from _with_longer_forms(context, token, start, end, method, not described)


#: prepositions after an inquiry noun that say what is examined ("a review of X", "into X")
_EXAMINED = frozenset({"of", "into"})


def inquiries_under_way(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """A review or inquiry told of as carried out, not called for: with what it examines after
    "of" or "into" ("the review of the arts council", "a major review into the rules") or a
    word of its kind before it ("a judicial review", "the fan-led review", "a targeted
    investigation"). Not one an actor calls for or promises, nor one put into a proposal as a
    part of it ("the offer includes a review of grading"), both proposals
    (:mod:`~kg.extract.mentions.promised_inquiries`), nor one named after its author ("the
    Hale review": a report), nor a word that only modifies another noun ("the pay review
    body"), nor a span another source named first."""
    lexicon = context.lexicon
    doc = context.doc
    taken = {i for c in earlier for i in range(c.span.start, c.span.end)}
    for token in context.tokens:
        if (
            token.pos_ != "NOUN"
            or token.lemma_.lower() not in lexicon.inquiry_nouns
            or token.i in taken
            or any(c.pos_ == "PROPN" for c in token.lefts)
            or token.dep_ == "compound"  # "the pay review body": it names the body
            or inquiry_put_forward(token, lexicon)
            or component_class(token, lexicon) is not None  # "the offer includes a review of X"
            or _included(token, lexicon)
        ):
            continue
        start, _ = noun_phrase_bounds(token)
        kinds = [t for t in doc[start : token.i] if t.dep_ in ("amod", "compound") and t.is_lower]
        examined = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _EXAMINED]
        if not kinds and not examined:
            continue  # "the review": which one is told elsewhere
        start = kinds[0].i if kinds else token.i
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].is_punct:
            start -= 2  # "fan-led review": the hyphenated word whole
        yield from _with_longer_forms(context, token, start, token.i + 1, "noun-phrase", True)


def _with_longer_forms(
    context: Context, token: Token, start: int, end: int, method: str, longer: bool
) -> Iterator[Candidate]:
    """The inquiry named from ``start`` to ``end``, then (with ``longer``) its longer forms up
    to the end of what follows its head ("review into the regulator")."""
    doc = context.doc
    first = context.candidate(doc[start:end], KG.Inquiry, method, head=token.lemma_)
    if first is None:
        return
    yield first
    for long_end in long_form_ends(token) if longer else []:
        found = context.candidate(
            doc[start:long_end],
            KG.Inquiry,
            "noun-phrase",
            head=token.lemma_,
            longer=True,
            same_as=first,
        )
        if found is not None:
            yield found


def _included(token: Token, lexicon: Lexicon) -> bool:
    """The noun (or the list it is an item of) is what a verb of including takes ("which
    includes a pay rise and a review of grading", ``lex:inverseTrigger``): a part of something
    offered, whatever the parser hung the verb on."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.inverse
