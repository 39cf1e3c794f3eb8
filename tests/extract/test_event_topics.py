"""Talks and votes named by their topic before or after the head are one event
(:func:`kg.extract.entities.event_topics.events_by_topic`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import make_doc, mention

from kg.extract.entities.event_topics import events_by_topic
from kg.extract.entities.sieve_base import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Corpus
from kg.rdf.namespaces import KG

# "pay talks ended ; talks on {topic} resumed ; {first} talks on pay began"
ROWS = """
pay      NOUN  compound 1  pay    NN
talks    NOUN  nsubj    2  talk   NNS
ended    VERB  ROOT     2  end    VBD
;        PUNCT punct    2  -      :
talks    NOUN  nsubj    7  talk   NNS
on       ADP   prep     4
{topic}  NOUN  pobj     5  -      NN
resumed  VERB  conj     2  resume VBD
;        PUNCT punct    7  -      :
{first}  ADJ   amod     10 -      JJ
talks    NOUN  nsubj    13 talk   NNS
on       ADP   prep     10
pay      NOUN  pobj     11 pay    NN
began    VERB  conj     7  begin  VBD
"""


def _sieve(topic: str, first: str) -> Sieve:
    doc = make_doc(ROWS.format(topic=topic, first=first))
    mentions = [
        mention("pay talks", KG.Negotiation, "noun-phrase", head="talk"),
        mention(
            f"talks on {topic}",
            KG.Negotiation,
            "noun-phrase",
            start=doc[4].idx,
            token_start=4,
            head="talk",
        ),
        mention(
            f"{first} talks on pay",
            KG.Negotiation,
            "noun-phrase",
            start=doc[9].idx,
            token_start=9,
            head="talk",
        ),
    ]
    found = MentionSet(mentions=list(mentions))
    return Sieve(found, mentions, load_lexicon(), {}, list(doc))


def test_sieve_talks_named_by_their_topic_before_and_after_the_head_are_one() -> None:
    sieve = _sieve("pay", "long")
    events_by_topic(sieve)
    assert sieve.links.find(0) == sieve.links.find(1) == sieve.links.find(2)


def test_sieve_talks_on_another_topic_or_another_round_stay_apart() -> None:
    sieve = _sieve("pensions", "new")
    events_by_topic(sieve)
    assert sieve.links.find(0) != sieve.links.find(1)
    assert sieve.links.find(2) not in (sieve.links.find(0), sieve.links.find(1))


def test_extract_easter_talks_are_the_talks_over_the_easter_holiday(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Harbour Guild offers Easter talks\n"
        "The Harbour Guild has offered Easter talks to end the dispute at the port.\n"
        "The Guild said it was ready to hold talks over the Easter holiday.\n"
    )
    talks = [e for e in corpus.entities if e.type == KG.Negotiation]
    assert len(talks) == 1
