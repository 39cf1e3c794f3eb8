"""The terms of an offer, told where the offer is made (stance26): on hand-built parses of
sentences written for the test, and on real parses."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

TERMS = [
    ("Harbour Board", KG.GovernmentBody),
    ("harbour offer", KG.FundingPackage),
    ("bonus payment", KG.FundingPackage),
    ("4 % rise", KG.FundingPackage),
]


def _found(corpus: Corpus) -> set[tuple[str, object, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}


def _offer_of(items: str) -> set[tuple[str, object, str]]:
    """ "The Harbour Board tabled the harbour offer of a bonus payment <items>." """
    rows = """
        The      DET   det      2
        Harbour  PROPN compound 2
        Board    PROPN nsubj    3
        tabled   VERB  ROOT     3 table
        the      DET   det      6
        harbour  NOUN  compound 6
        offer    NOUN  dobj     3
        of       ADP   prep     6
        a        DET   det      10
        bonus    NOUN  compound 10
        payment  NOUN  pobj     7
        """
    if items:
        rows += """
        and      CCONJ cc       10
        a        DET   det      15
        4        NUM   nummod   14
        %        NOUN  compound 15
        rise     NOUN  conj     10
        """
    rows += """
        .        PUNCT punct    3
        """
    parsed = build(rows, names=TERMS if items else TERMS[:3])
    return facts(parsed.relations("offer-of"))


def test_relations_an_offer_of_a_list_holds_each_item() -> None:
    assert _offer_of("and") == {
        ("bonus payment", KG.partOf, "harbour offer"),
        ("4 % rise", KG.partOf, "harbour offer"),
    }


def test_relations_an_offer_of_one_thing_may_be_that_thing_and_holds_nothing() -> None:
    """ "the harbour offer of a bonus payment": perhaps the offer under another name."""
    assert _offer_of("") == set()


LEDE = """
    Staff      NOUN  nsubj    2 staff
    will       AUX   aux      2
    consider   VERB  ROOT     2 consider
    the        DET   det      5
    harbour    NOUN  compound 5
    offer      NOUN  dobj     2
    .          PUNCT punct    2
"""


def _offered(lede: str) -> set[tuple[str, object, str]]:
    """ "<lede> The Harbour Board is offering staff a bonus payment and a 4% rise." """
    shift = len([line for line in lede.strip().splitlines() if line.strip()])
    rows = """
        The      DET   det      2
        Harbour  PROPN compound 2
        Board    PROPN nsubj    4
        is       AUX   aux      4
        offering VERB  ROOT     4 offer
        staff    NOUN  dative   4 staff
        a        DET   det      8
        bonus    NOUN  compound 8
        payment  NOUN  dobj     4
        and      CCONJ cc       8
        a        DET   det      13
        4        NUM   nummod   12
        %        NOUN  compound 13
        rise     NOUN  conj     8
        .        PUNCT punct    4
    """
    shifted = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + shift), *rest]))
    names = [n for n in TERMS if n[0] != "harbour offer" or "harbour" in lede]
    parsed = build(lede + "\n".join(shifted), names=names)
    return facts(parsed.relations("offered-terms"))


def test_relations_terms_offered_after_the_offer_is_named_are_its_parts() -> None:
    assert _offered(LEDE) == {
        ("bonus payment", KG.partOf, "harbour offer"),
        ("4 % rise", KG.partOf, "harbour offer"),
    }


def test_relations_terms_offered_with_no_offer_named_before_are_parts_of_nothing() -> None:
    lede = """
    Staff      NOUN  nsubj    2 staff
    will       AUX   aux      2
    strike     VERB  ROOT     2 strike
    .          PUNCT punct    2
    """
    assert _offered(lede) == set()


def test_relations_offer_terms_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry pay\n"
        "Ferry crews will consider a new pay offer from the Harbour Board.\n"
        "The Harbour Board is offering crews a one-off £900 payment and a 4% pay rise.\n"
    )
    found = {(s, o) for s, p, o in _found(corpus) if p == KG.partOf}
    assert found and all("offer" in o for _, o in found)
