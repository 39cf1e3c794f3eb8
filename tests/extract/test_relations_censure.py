"""A speaker's verdict on an actor is public criticism of it (``censure``,
:mod:`kg.extract.relations.censure`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# "Lowe said the Guild was {verdict}."
VERDICT = """
Lowe    PROPN nsubj  1
said    VERB  ROOT   1  say
the     DET   det    3
Guild   PROPN nsubj  4
was     AUX   ccomp  1  be
{rows}
.       PUNCT punct  1
"""
NAMES = [("Lowe", KG.Person), ("Guild", KG.TradeUnion)]


def test_relations_not_fit_for_purpose_said_of_an_actor_criticises_it() -> None:
    """ "Lowe said the Guild was not fit for purpose." """
    rows = """
    not     PART  neg    4
    fit     ADJ   acomp  4
    for     ADP   prep   6
    purpose NOUN  pobj   7
    """
    parsed = build(VERDICT.format(rows=rows.strip()), names=NAMES)
    assert facts(parsed.relations("censure")) == {("Lowe", KG.criticises, "Guild")}


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        ("fit ADJ acomp 4\nfor ADP prep 5\npurpose NOUN pobj 6", "approval"),
        ("angry ADJ acomp 4", "a feeling, not a verdict"),
        ("not PART neg 4\nunfair ADJ acomp 4", "a disapproval denied"),
    ],
)
def test_relations_no_censure_without_a_verdict_against_the_actor(rows: str, why: str) -> None:
    """ "Lowe said the Guild was fit for purpose / angry / not unfair." """
    parsed = build(VERDICT.format(rows=rows), names=NAMES)
    assert parsed.relations("censure") == [], why


def test_relations_censure_of_coordinated_actors_is_of_each() -> None:
    """ "Lowe said the Guild and the ministry were a shambles." """
    parsed = build(
        """
        Lowe     PROPN nsubj  1
        said     VERB  ROOT   1  say
        the      DET   det    3
        Guild    PROPN nsubj  7
        and      CCONJ cc     3
        the      DET   det    6
        ministry NOUN  conj   3
        were     AUX   ccomp  1  be
        a        DET   det    9
        shambles NOUN  attr   7
        .        PUNCT punct  1
        """,
        names=[*NAMES, ("ministry", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("censure")) == {
        ("Lowe", KG.criticises, "Guild"),
        ("Lowe", KG.criticises, "ministry"),
    }


def test_relations_a_speaker_does_not_censure_their_own_body() -> None:
    """ "Guild chair Lowe said the Guild was a shambles." """
    parsed = build(
        """
        Guild    PROPN compound 2
        chair    NOUN  compound 2
        Lowe     PROPN nsubj    3
        said     VERB  ROOT     3  say
        the      DET   det      5
        Guild    PROPN nsubj    6
        was      AUX   ccomp    3  be
        a        DET   det      8
        shambles NOUN  attr     6
        .        PUNCT punct    3
        """,
        names=[("Lowe", KG.Person), ("Guild", KG.TradeUnion), ("Guild", KG.TradeUnion)],
        roles=[("chair", "Lowe", "Guild")],
    )
    assert parsed.relations("censure") == []


def test_extract_verdict_on_an_actor_in_a_quotation(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour news\n"
        "Ann Lowe, the Dockers Association's chair, spoke on Monday.\n"
        "She said: “The Harbour Authority is not fit for purpose.”\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.criticises
    }
    assert ("Ann Lowe", "Harbour Authority") in found
