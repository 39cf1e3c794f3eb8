"""The "affiliation" rule (``structure.affiliation``): a person named with the organisation
they are from ("the Guild's Ann Lowe", "Ann Lowe of the Guild") is a member of it; and a
share of a group stands for its organisation ("78% of its members",
``phrase_search.share_of_a_group``)."""

from __future__ import annotations

from doc_builder import build, facts
from rdflib import URIRef

from kg.rdf.namespaces import KG


def test_relations_person_of_an_organisation_is_its_member() -> None:
    """ "Ann Lowe of the Ferry Guild said so." """
    parsed = build(
        """
        Ann    PROPN compound 1
        Lowe   PROPN nsubj    6
        of     ADP   prep     1
        the    DET   det      5
        Ferry  PROPN compound 5
        Guild  PROPN pobj     2
        said   VERB  ROOT     6 say
        so     ADV   advmod   6
        .      PUNCT punct    6
        """,
        names=[("Ann Lowe", KG.Person), ("Ferry Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("affiliation")) == {("Ann Lowe", KG.memberOf, "Ferry Guild")}


def test_relations_person_after_an_organisation_s_possessive_is_its_member() -> None:
    """ "The Guild's Ann Lowe said so." """
    parsed = build(
        """
        The    DET   det      1
        Guild  PROPN poss     4
        's     PART  case     1
        Ann    PROPN compound 4
        Lowe   PROPN nsubj    5
        said   VERB  ROOT     5 say
        so     ADV   advmod   5
        .      PUNCT punct    5
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person)],
    )
    assert facts(parsed.relations("affiliation")) == {("Ann Lowe", KG.memberOf, "Guild")}


def test_relations_possessive_of_a_title_before_the_name_is_left_to_the_role() -> None:
    """ "The Guild's chair Ann Lowe said so.": the Guild's is the title's (rule "role")."""
    parsed = build(
        """
        The    DET   det      1
        Guild  PROPN poss     5
        's     PART  case     1
        chair  NOUN  compound 5
        Ann    PROPN compound 5
        Lowe   PROPN nsubj    6
        said   VERB  ROOT     6 say
        so     ADV   advmod   6
        .      PUNCT punct    6
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person)],
    )
    assert parsed.relations("affiliation") == []


def test_relations_person_of_a_place_is_no_member() -> None:
    """ "Ann Lowe of Leeds said so.": only an organisation has members."""
    parsed = build(
        """
        Ann    PROPN compound 1
        Lowe   PROPN nsubj    4
        of     ADP   prep     1
        Leeds  PROPN pobj     2
        said   VERB  ROOT     4 say
        so     ADV   advmod   4
        .      PUNCT punct    4
        """,
        names=[("Ann Lowe", KG.Person), ("Leeds", KG.City)],
    )
    assert parsed.relations("affiliation") == []


def test_relations_person_formerly_of_an_organisation_is_no_member() -> None:
    """ "Ann Lowe, formerly of the Guild, said so.": a past tie."""
    parsed = build(
        """
        Ann      PROPN compound 1
        Lowe     PROPN nsubj    8
        ,        PUNCT punct    1
        formerly ADV   advmod   4
        of       ADP   prep     1
        the      DET   det      6
        Guild    PROPN pobj     4
        ,        PUNCT punct    1
        said     VERB  ROOT     8 say
        so       ADV   advmod   8
        .        PUNCT punct    8
        """,
        names=[("Ann Lowe", KG.Person), ("Guild", KG.TradeUnion)],
    )
    assert parsed.relations("affiliation") == []


def test_relations_a_share_of_an_organisation_s_members_stands_for_it() -> None:
    """ "78% of the Guild's members voted to reject the Quay Plan": the Guild rejects it."""
    parsed = build(
        """
        78      NUM   nummod   1
        %       NOUN  nsubj    6
        of      ADP   prep     1
        the     DET   det      4
        Guild   PROPN poss     5
        members NOUN  pobj     2 member NNS
        voted   VERB  ROOT     6 vote
        to      PART  aux      8
        reject  VERB  xcomp    6 reject
        the     DET   det      11
        Quay    PROPN compound 11
        Plan    PROPN dobj     8
        .       PUNCT punct    6
        """,
        names=[("Guild", KG.TradeUnion), ("Quay Plan", KG.Plan)],
    )
    assert ("Guild", KG.rejects, "Quay Plan") in facts(parsed.relations("verb"))


def _before_honorific(body: URIRef) -> set[tuple[str, URIRef, str]]:
    """ "Harbour Alliance councillor Ann Lowe said so." with the Harbour Alliance a ``body``."""
    parsed = build(
        """
        Harbour    PROPN compound 1
        Alliance   PROPN compound 4
        councillor NOUN  compound 4
        Ann        PROPN compound 4
        Lowe       PROPN nsubj    5
        said       VERB  ROOT     5 say
        so         ADV   advmod   5
        .          PUNCT punct    5
        """,
        names=[("Harbour Alliance", body), ("councillor Ann Lowe", KG.Person)],
    )
    return facts(parsed.relations("affiliation"))


def test_relations_a_party_before_an_honorific_and_a_name_has_that_member() -> None:
    assert _before_honorific(KG.PoliticalParty) == {
        ("councillor Ann Lowe", KG.memberOf, "Harbour Alliance")
    }


def test_relations_a_body_before_an_honorific_that_is_no_party_is_left_alone() -> None:
    assert _before_honorific(KG.TradeUnion) == set()
