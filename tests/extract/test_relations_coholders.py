"""The "co-holders" rule (``relations.coholders``): each holder of a post held jointly ("co-chairs",
"joint chairs") holds it in the organisation its title names. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

Extract = Callable[..., Corpus]

CO_CHAIRS = """
Ann    PROPN compound 1
Lowe   PROPN nsubj    11 -
and    CCONJ cc       1
Tom    PROPN compound 4
Hale   PROPN conj     1
,      PUNCT punct    1
co     NOUN  compound 8 -
-      PUNCT punct    8
{word} NOUN  appos    1 {lemma} NNS
of     ADP   prep     8
Guild  PROPN pobj     9
said   VERB  ROOT     11 say
so     ADV   advmod   11
.      PUNCT punct    11
"""


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [
        ("chairs", "chair", KG.chairOf),  # "Ann Lowe and Tom Hale, co-chairs of Guild, said so."
        ("owners", "owner", None),  # no role word
    ],
)
def test_relations_each_co_holder_holds_the_post(word: str, lemma: str, expected: object) -> None:
    parsed = build(
        CO_CHAIRS.format(word=word, lemma=lemma),
        names=[("Ann Lowe", KG.Person), ("Tom Hale", KG.Person), ("Guild", KG.TradeUnion)],
    )
    found = facts(parsed.relations("co-holders"))
    if expected is None:
        assert found == set()
    else:
        assert found == {("Ann Lowe", expected, "Guild"), ("Tom Hale", expected, "Guild")}


def test_relations_co_holders_of_the_body_named_before_the_title() -> None:
    """ "Guild co-chairs, Ann Lowe and Tom Hale, said so.": the body's name before the title
    is whose post it is."""
    parsed = build(
        """
        Guild  PROPN compound 3
        co     NOUN  compound 3
        -      PUNCT punct    3
        chairs NOUN  nsubj    10 chair NNS
        ,      PUNCT punct    3
        Ann    PROPN compound 6
        Lowe   PROPN appos    3
        and    CCONJ cc       6
        Tom    PROPN compound 9
        Hale   PROPN conj     6
        said   VERB  ROOT     10 say
        so     ADV   advmod   10
        .      PUNCT punct    10
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person), ("Tom Hale", KG.Person)],
    )
    assert facts(parsed.relations("co-holders")) == {
        ("Ann Lowe", KG.chairOf, "Guild"),
        ("Tom Hale", KG.chairOf, "Guild"),
    }


def test_relations_a_bare_plural_role_is_a_group_not_a_shared_post() -> None:
    """ "Ann Lowe and Tom Hale, chairs of Guild, said so.": not said to be shared."""
    rows = CO_CHAIRS.format(word="chairs", lemma="chair").replace(
        "co     NOUN  compound 8 -\n-      PUNCT punct    8\n",
        "the    DET   det      8\nsame   ADJ   amod     8\n",
    )
    parsed = build(
        rows, names=[("Ann Lowe", KG.Person), ("Tom Hale", KG.Person), ("Guild", KG.TradeUnion)]
    )
    assert facts(parsed.relations("co-holders")) == set()


def test_relations_joint_chairs_named_after_the_title(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe Ferry Pilots Union said the offer was poor."
        "\nThe union's joint chairs, Kim Park and Lee Ross, wrote to the minister."
    )
    labels = {e.key: e.label for e in corpus.entities}
    leads = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if str(r.predicate).endswith("#chairOf")
    }
    assert leads == {("Kim Park", "Ferry Pilots Union"), ("Lee Ross", "Ferry Pilots Union")}


def test_relations_joint_holders_of_a_title_of_several_words() -> None:
    """ "Ann Lowe and Tom Hale, joint general secretaries of Guild, said so." """
    parsed = build(
        """
        Ann         PROPN compound 1
        Lowe        PROPN nsubj    12 -
        and         CCONJ cc       1
        Tom         PROPN compound 4
        Hale        PROPN conj     1
        ,           PUNCT punct    1
        joint       ADJ   amod     9
        general     ADJ   amod     9
        secretaries NOUN  appos    1  secretary NNS
        of          ADP   prep     9
        Guild       PROPN pobj     10
        ,           PUNCT punct    1
        said        VERB  ROOT     12 say
        so          ADV   advmod   12
        .           PUNCT punct    12
        """,
        names=[("Ann Lowe", KG.Person), ("Tom Hale", KG.Person), ("Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("co-holders")) == {
        ("Ann Lowe", KG.leads, "Guild"),
        ("Tom Hale", KG.leads, "Guild"),
    }


def test_relations_co_holders_organisation_read_off_the_words_after_the_title() -> None:
    """ "Ann Lowe and Tom Hale, co-chairs of Guild, said so.", "of" hung on Lowe."""
    rows = CO_CHAIRS.format(word="chairs", lemma="chair").replace(
        "of     ADP   prep     8", "of     ADP   prep     1"
    )
    parsed = build(
        rows, names=[("Ann Lowe", KG.Person), ("Tom Hale", KG.Person), ("Guild", KG.TradeUnion)]
    )
    assert facts(parsed.relations("co-holders")) == {
        ("Ann Lowe", KG.chairOf, "Guild"),
        ("Tom Hale", KG.chairOf, "Guild"),
    }
