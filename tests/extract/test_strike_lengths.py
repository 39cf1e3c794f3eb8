"""Strikes of different lengths are different strikes ("a 48-hour strike ... a 24 hour strike");
the strike action told with no length is the one told first. Sentences written for the tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from doc_builder import make_doc, mention

from kg.extract.entities.sieve import Sieve, one_collective_action
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG

# "A 48-hour strike ended; a {length} hour strike looms; strike action follows."
ROWS = """
A        DET   det      4
48       NUM   nummod   3 -      CD
-        PUNCT punct    3
hour     NOUN  compound 4
strike   NOUN  nsubj    5
ended    VERB  ROOT     5 end    VBD
;        PUNCT punct    5
a        DET   det      10
{length} NUM   nummod   9 -      CD
hour     NOUN  compound 10
strike   NOUN  nsubj    11
looms    VERB  conj     5 loom   VBZ
;        PUNCT punct    5
strike   NOUN  compound 14
action   NOUN  nsubj    15
follows  VERB  conj     5 follow VBZ
.        PUNCT punct    5
"""


def _strike(doc: Any, start: int, end: int) -> Mention:
    found = mention(
        doc[start:end].text,
        KG.CollectiveAction,
        "noun-phrase",
        start=doc[start].idx,
        token_start=start,
        head=doc[end - 1].lemma_,
    )
    return dataclasses.replace(found, token_end=end)


def _sieve(length: str) -> Sieve:
    doc = make_doc(ROWS.format(length=length))
    found = [_strike(doc, 1, 5), _strike(doc, 8, 11), _strike(doc, 13, 15)]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    one_collective_action(sieve)
    return sieve


def test_strike_lengths_strikes_of_two_lengths_are_two_strikes() -> None:
    sieve = _sieve("24")
    assert sieve.links.find(0) != sieve.links.find(1)
    assert sieve.links.find(0) == sieve.links.find(2)  # no length: the one told first


def test_strike_lengths_strikes_of_one_length_are_one_strike() -> None:
    sieve = _sieve("48")
    assert sieve.links.find(0) == sieve.links.find(1) == sieve.links.find(2)


def test_strike_lengths_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Porters to strike again\nHospital porters will stage a 24-hour strike next month."
        " The Porters Guild said its members held a 48-hour strike in the spring.\n"
    )
    strikes = [e for e in corpus.entities if e.type == KG.CollectiveAction]
    assert len(strikes) == 2
