"""Reviews and inquiries told of as carried out ("the minister launched an independent
inquiry into the harbour board", "a review of the guild") are events (``kg:Inquiry``); one
called for stays a proposal, one put into an offer a part of it, and what is examined after
"of" takes no part in it. Sentences written for the tests."""

from __future__ import annotations

from doc_builder import build, context_of, facts, make_doc
from test_promised_inquiries import (
    CALLED_FOR_AN_INDEPENDENT_INQUIRY,
    LAUNCHED_AN_INDEPENDENT_INQUIRY,
)

from kg.extract.mentions import SOURCES
from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.inquiries import inquiries_under_way
from kg.rdf.namespaces import KG


def _found(rows: str) -> dict[str, object]:
    """What the sources before :func:`inquiries_under_way` find, then what it adds."""
    context = context_of(make_doc(rows))
    earlier: list[Candidate] = []
    for source in SOURCES[: SOURCES.index(inquiries_under_way)]:
        earlier.extend(source(context, tuple(earlier)))
    return {c.span.text: c.type for c in inquiries_under_way(context, tuple(earlier))}


def test_an_inquiry_launched_is_an_inquiry_held() -> None:
    found = _found(LAUNCHED_AN_INDEPENDENT_INQUIRY)
    assert found.get("independent inquiry") == KG.Inquiry
    assert found.get("independent inquiry into the harbour board") == KG.Inquiry


def test_an_inquiry_called_for_is_left_a_proposal() -> None:
    assert _found(CALLED_FOR_AN_INDEPENDENT_INQUIRY) == {}


def test_a_review_an_offer_includes_is_part_of_the_offer() -> None:
    found = _found(
        """
        The       DET   det    1
        offer     NOUN  nsubj  2
        includes  VERB  ROOT   2  include  VBZ
        a         DET   det    5
        pay       NOUN  compound 5
        rise      NOUN  dobj   2
        and       CCONJ cc     5
        a         DET   det    8
        review    NOUN  conj   5  review   NN
        of        ADP   prep   8
        grading   NOUN  pobj   9
        .         PUNCT punct  2
        """
    )
    assert found == {}


def test_what_a_review_examines_takes_no_part_in_it() -> None:
    """ "The Guild welcomed the review of the Port Board.": the board is examined."""
    parsed = build(
        """
        The      DET   det      1
        Guild    PROPN nsubj    2
        backed   VERB  ROOT     2  back
        the      DET   det      4
        review   NOUN  dobj     2  review
        of       ADP   prep     4
        the      DET   det      8
        Port     PROPN compound 8
        Board    PROPN pobj     5
        .        PUNCT punct    2
        """,
        names=[("Guild", KG.TradeUnion), ("review", KG.Inquiry), ("Port Board", KG.Committee)],
    )
    assert ("Port Board", KG.participatesIn, "review") not in facts(
        parsed.relations("event-argument")
    )


def test_whoever_conducts_an_investigation_takes_part_in_it() -> None:
    """ "The Port Board will conduct a targeted investigation into X": its own inquiry."""
    parsed = build(
        """
        The           DET   det      2
        Port          PROPN compound 2
        Board         PROPN nsubj    4
        will          AUX   aux      4
        conduct       VERB  ROOT     4  conduct
        a             DET   det      7
        targeted      ADJ   amod     7
        investigation NOUN  dobj     4  investigation
        .             PUNCT punct    4
        """,
        names=[("Port Board", KG.Committee), ("targeted investigation", KG.Inquiry)],
    )
    assert ("Port Board", KG.participatesIn, "targeted investigation") in facts(parsed.find())


def test_a_hyphenated_word_of_its_kind_is_named_whole() -> None:
    """ "the minister began the fan-led review": "fan-led", not "led", is its kind."""
    found = _found(
        """
        The      DET   det    1
        minister NOUN  nsubj  2
        began    VERB  ROOT   2  begin  VBD
        the      DET   det    7
        fan      NOUN  npadvmod 6
        -        PUNCT punct  6
        led      VERB  amod   7  lead   VBN
        review   NOUN  dobj   2  review NN
        .        PUNCT punct  2
        """
    )
    assert found.get("fan-led review") == KG.Inquiry
    assert "led review" not in found


def test_a_review_word_modifying_a_noun_names_no_inquiry() -> None:
    """ "The ministers accepted the pay review body's report.": the body is no review."""
    found = _found(
        """
        The       DET   det    1
        ministers NOUN  nsubj  2  minister NNS
        accepted  VERB  ROOT   2  accept   VBD
        the       DET   det    6
        pay       NOUN  compound 5
        review    NOUN  compound 6  review NN
        body      NOUN  poss   8
        's        PART  case   6
        report    NOUN  dobj   2
        .         PUNCT punct  2
        """
    )
    assert "pay review" not in found
