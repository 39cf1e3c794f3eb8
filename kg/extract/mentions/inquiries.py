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

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import DEFINITE, determiner
from kg.extract.mentions.phrase_extent import long_form_ends, noun_phrase_bounds
from kg.rdf.namespaces import KG

__all__ = ["inquiries_held"]


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
        first = context.candidate(doc[start:end], KG.Inquiry, method, head=token.lemma_)
        if first is None:
            continue
        yield first
        for long_end in [] if described else long_form_ends(token):
            longer = context.candidate(
                doc[start:long_end],
                KG.Inquiry,
                "noun-phrase",
                head=token.lemma_,
                longer=True,
                same_as=first,
            )
            if longer is not None:
                yield longer
