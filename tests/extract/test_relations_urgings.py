"""An extraposed "it is time / up to / vital for X to ..." urges X (``extraposed-urging``,
:mod:`kg.extract.relations.urgings`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Lowe", KG.Person), ("Guild", KG.TradeUnion)]

# "Lowe said it was {predicate} for the Guild to act."
FOR_CLAUSE = """
Lowe    PROPN nsubj  1
said    VERB  ROOT   1  say
it      PRON  nsubj  3
was     AUX   ccomp  1  be
{rows}
for     SCONJ mark   {verb}
the     DET   det    {guild}
Guild   PROPN nsubj  {verb}
to      PART  aux    {verb}
act     VERB  advcl  3
.       PUNCT punct  1
"""


def _for_clause(rows: str) -> str:
    """The sentence with ``rows`` (heads already counted) after "was"."""
    n = len(rows.strip().splitlines())
    first = 4 + n
    return FOR_CLAUSE.format(rows=rows.strip(), verb=first + 4, guild=first + 2)


@pytest.mark.parametrize(
    "rows",
    [
        "time NOUN attr 3",
        "vital ADJ acomp 3",
        "not PART neg 3\ntoo ADV advmod 6\nlate ADJ acomp 3",
    ],
)
def test_relations_it_is_time_for_an_actor_to_act_urges_it(rows: str) -> None:
    """ "Lowe said it was time / vital / not too late for the Guild to act." """
    parsed = build(_for_clause(rows), names=NAMES)
    assert facts(parsed.relations("extraposed-urging")) == {("Lowe", KG.urges, "Guild")}


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        ("too ADV advmod 5\nlate ADJ acomp 3", "too late urges no one"),
        ("likely ADJ acomp 3", "no word of duty or time"),
        ("not PART neg 3\ntime NOUN attr 3", "a duty denied"),
    ],
)
def test_relations_no_urging_without_a_predicate_of_duty(rows: str, why: str) -> None:
    parsed = build(_for_clause(rows), names=NAMES)
    assert parsed.relations("extraposed-urging") == [], why


def test_relations_it_is_up_to_an_actor_to_act_urges_it() -> None:
    """ "Lowe said it was up to the Guild to act." """
    parsed = build(
        """
        Lowe    PROPN nsubj  1
        said    VERB  ROOT   1  say
        it      PRON  nsubj  3
        was     AUX   ccomp  1  be
        up      ADP   prep   3
        to      ADP   prep   4
        the     DET   det    7
        Guild   PROPN pobj   5
        to      PART  aux    9
        act     VERB  xcomp  3
        .       PUNCT punct  1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("extraposed-urging")) == {("Lowe", KG.urges, "Guild")}


def test_relations_it_is_time_for_the_speakers_own_body_urges_no_one() -> None:
    """ "Guild chair Lowe said it was time for the Guild to act." """
    parsed = build(
        """
        Guild   PROPN compound 2
        chair   NOUN  compound 2
        Lowe    PROPN nsubj  3
        said    VERB  ROOT   3  say
        it      PRON  nsubj  5
        was     AUX   ccomp  3  be
        time    NOUN  attr   5
        for     SCONJ mark   11
        the     DET   det    9
        Guild   PROPN nsubj  11
        to      PART  aux    11
        act     VERB  relcl  6
        .       PUNCT punct  3
        """,
        names=[("Lowe", KG.Person), ("Guild", KG.TradeUnion), ("Guild", KG.TradeUnion)],
        roles=[("chair", "Lowe", "Guild")],
    )
    assert parsed.relations("extraposed-urging") == []


def test_extract_it_is_time_for_an_actor_to_act_in_a_quotation(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry strike\n"
        "Ann Lowe, general secretary of the Harbour Workers Union, spoke on Monday.\n"
        "She said: “It is now time for the Harbour Authority to return to talks.”\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.urges
    }
    assert ("Ann Lowe", "Harbour Authority") in found
