"""A body's owner marked by a possessive ending right before its name (``structure.possessors``,
``structure.marked_owner``), and a listed name that holds another listed one
(``mentions.settle``)."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.extract.gazetteer import GazetteerEntry
from kg.model import Corpus
from kg.rdf.namespaces import KG

# "the Guild's Welsh Retired Members Committee met.", the parser hanging "Guild" on the name as
# a modifier rather than as its possessor
MISHUNG_OWNER = """
    the      DET   det      1
    Guild    PROPN nmod     6
    's       PART  case     1  -  POS
    Welsh    PROPN compound 6
    Retired  PROPN compound 6
    Members  PROPN compound 6
    Committee PROPN nsubj   7
    met      VERB  ROOT     7  meet
    .        PUNCT punct    7
"""


def test_marked_owner_a_possessive_ending_before_a_body_marks_its_owner() -> None:
    parsed = build(
        MISHUNG_OWNER,
        names=[("Guild", KG.TradeUnion), ("Welsh Retired Members Committee", KG.Committee)],
    )
    assert facts(parsed.relations("possessive")) == {
        ("Welsh Retired Members Committee", KG.committeeOf, "Guild")
    }


def test_marked_owner_the_text_s_owner_over_the_gazetteer_s_parent() -> None:
    """The gazetteer puts the committee in the Guild's Welsh branch; the text, naming both,
    calls it the Guild's: the sub-unit rule leaves it to the possessive."""
    parsed = build(
        MISHUNG_OWNER,
        names=[
            ("Guild", KG.TradeUnion, "guild"),
            ("Welsh Retired Members Committee", KG.Committee, "wrmc"),
        ],
        gazetteer=[
            GazetteerEntry("guild", "Guild", KG.TradeUnion, ()),
            GazetteerEntry("guild_wales", "Guild Wales", KG.TradeUnion, (), parent="guild"),
            GazetteerEntry(
                "wrmc",
                "Welsh Retired Members Committee",
                KG.Committee,
                (),
                parent="guild_wales",
            ),
        ],
    )
    assert parsed.relations("sub-unit") == []
    assert facts(parsed.relations("possessive")) == {("wrmc", KG.committeeOf, "guild")}


def test_marked_owner_no_owner_without_a_possessive_ending() -> None:
    parsed = build(
        """
        the       DET   det      3
        Guild     PROPN compound 3
        retired   ADJ   amod     3
        Committee PROPN nsubj    4
        met       VERB  ROOT     4  meet
        .         PUNCT punct    4
        """,
        names=[("Guild", KG.TradeUnion), ("Committee", KG.Committee)],
    )
    assert parsed.relations("possessive") == []


def test_listed_name_holding_another_listed_name_is_the_listed_body(
    extract: Callable[..., Corpus],
) -> None:
    """The gazetteer lists both "NHS" and the longer "NHS Pay Review Body": the longer name is
    that listed body, not a new organisation around "NHS" (nor a branch of the NHS)."""
    corpus = extract(
        "Pay news\nMinisters set aside the advice of the NHS Pay Review Body on Tuesday.\n"
        "The NHS will pay for the award."
    )
    (body,) = [e for e in corpus.entities if "Pay Review Body" in e.label]
    assert body.gazetteer_id == "nhsprb"
    assert not [r for r in corpus.relations if r.predicate in (KG.memberOf, KG.committeeOf)]
