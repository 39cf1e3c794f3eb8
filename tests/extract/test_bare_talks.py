"""Talks named by their bare head are the one round of talks the article names with more
words (:func:`kg.extract.entities.talks.bare_talks_to_the_round`). Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import make_doc, mention

from kg.extract.entities.sieve_base import Sieve
from kg.extract.entities.talks import bare_talks_to_the_round
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Corpus
from kg.rdf.namespaces import KG

# "negotiations ended ; talks with ministers began ; {first} talks resumed"
ROWS = """
negotiations NOUN  nsubj 1  negotiation NNS
ended        VERB  ROOT  1  end         VBD
;            PUNCT punct 1  -           :
talks        NOUN  nsubj 6  talk        NNS
with         ADP   prep  3
ministers    NOUN  pobj  4  minister    NNS
began        VERB  conj  1  begin       VBD
;            PUNCT punct 6  -           :
{first}      ADJ   amod  9  -           JJ
talks        NOUN  nsubj 10 talk        NNS
resumed      VERB  conj  6  resume      VBD
"""


def _sieve(first: str) -> Sieve:
    doc = make_doc(ROWS.format(first=first))
    mentions = [
        mention("negotiations", KG.Negotiation, "noun-phrase", head="negotiation"),
        mention(
            "talks with ministers",
            KG.Negotiation,
            "noun-phrase",
            start=doc[3].idx,
            token_start=3,
            head="talk",
        ),
        mention(
            f"{first} talks",
            KG.Negotiation,
            "noun-phrase",
            start=doc[8].idx,
            token_start=8,
            head="talk",
        ),
    ]
    found = MentionSet(mentions=list(mentions))
    return Sieve(found, mentions, load_lexicon(), {}, list(doc))


def test_sieve_bare_talks_are_the_one_round_named() -> None:
    sieve = _sieve("marathon")  # a second description, of the same round? joined by no pass
    sieve.union(1, 2)
    bare_talks_to_the_round(sieve)
    assert sieve.links.find(0) == sieve.links.find(1)


def test_sieve_bare_talks_join_nothing_beside_two_rounds_or_another_round() -> None:
    two = _sieve("marathon")
    bare_talks_to_the_round(two)
    assert two.links.find(0) != two.links.find(1) and two.links.find(0) != two.links.find(2)
    further = _sieve("further")
    further.union(1, 2)
    bare_talks_to_the_round(further)
    assert further.links.find(0) != further.links.find(1)


def test_extract_bare_talks_are_the_talks_with_ministers(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Porters weigh new offer\n"
        "The Porters Guild has been in talks with ministers in Belfast since May.\n"
        "The Guild returned to negotiations on Monday after a strike.\n"
    )
    talks = [e for e in corpus.entities if e.type == KG.Negotiation]
    assert len(talks) == 1
