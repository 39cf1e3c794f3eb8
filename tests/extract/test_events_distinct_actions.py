"""Events (events9): a boycott or an overtime ban is action short of a strike, an event of its
own beside the article's strikes (``lex:distinctActionNoun``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import make_doc, mention

from kg.extract.entities.sieve import Sieve, one_collective_action
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.rdf.namespaces import KG

# "The strike grew ; a boycott followed ; the strikes went on ."
ROWS = """
The      DET   det      1
strike   NOUN  nsubj    2
grew     VERB  ROOT     2 grow VBD
;        PUNCT punct    2
a        DET   det      5
{other}  NOUN  nsubj    6
followed VERB  conj     2 follow VBD
;        PUNCT punct    2
the      DET   det      9
strikes  NOUN  nsubj    10 strike NNS
went     VERB  conj     2 go VBD
on       ADP   prt      10
.        PUNCT punct    2
"""


def _sieve(other: str) -> Sieve:
    doc = make_doc(ROWS.format(other=other))
    found = [
        mention(
            "strike", KG.CollectiveAction, "noun-phrase", start=4, token_start=1, head="strike"
        ),
        mention(other, KG.CollectiveAction, "noun-phrase", start=20, token_start=5, head=other),
        mention(
            "strikes",
            KG.CollectiveAction,
            "noun-phrase",
            start=doc[9].idx,
            token_start=9,
            head="strike",
        ),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    one_collective_action(sieve)
    return sieve


def test_sieve_a_boycott_is_not_one_with_the_strikes() -> None:
    sieve = _sieve("boycott")
    assert sieve.links.find(0) == sieve.links.find(2)
    assert sieve.links.find(1) != sieve.links.find(0)


def test_sieve_a_walkout_is_one_with_the_strikes() -> None:
    sieve = _sieve("walkout")
    assert sieve.links.find(0) == sieve.links.find(1) == sieve.links.find(2)


def test_entities_a_strike_and_a_boycott_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Ferry Guild has voted to hold a national strike in June, and it also"
        " backed plans to look into a boycott of the new tests."
    )
    events = sorted(e.label for e in corpus.entities if e.type == KG.CollectiveAction)
    assert len(events) == 2
    assert any("strike" in label for label in events)
