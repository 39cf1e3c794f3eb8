"""Relation recall (ext-recall): the constructions added to reach relations the rules missed,
each on a hand-built parse of a sentence written for the test."""

from __future__ import annotations

from doc_builder import build, facts

from kg.rdf.namespaces import KG

# ------------------------------------------------------------------ roles


def test_relations_role_titled_of_an_organisation_leads_it() -> None:
    parsed = build(
        """
        Jo        PROPN compound 1
        Reyes     PROPN nsubj    10 Reyes
        ,         PUNCT punct    1
        general   ADJ   amod     4
        secretary NOUN  appos    1
        of        ADP   prep     4
        the       DET   det      8
        Dockers   PROPN compound 8
        Association PROPN pobj   5
        ,         PUNCT punct    1
        spoke     VERB  ROOT     10 speak
        .         PUNCT punct    10
        """,
        names=[("Jo Reyes", KG.Person), ("Dockers Association", KG.TradeUnion)],
        roles=[("general secretary", "Jo Reyes", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Reyes", KG.leads, "Dockers Association")}


def test_relations_role_of_a_body_named_with_its_possessor_is_the_body_s() -> None:
    parsed = build(
        """
        Ann     PROPN compound 1
        Lowe    PROPN nsubj    10 Lowe
        ,       PUNCT punct    1
        chair   NOUN  appos    1
        of      ADP   prep     3
        the     DET   det      6
        Guild   PROPN poss     9
        's      PART  case     6
        Finance PROPN compound 9
        Board   PROPN pobj     4
        spoke   VERB  ROOT     10 speak
        .       PUNCT punct    10
        """,
        names=[("Ann Lowe", KG.Person), ("Guild", KG.TradeUnion), ("Finance Board", KG.Committee)],
        roles=[("chair", "Ann Lowe", "Guild")],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.chairOf, "Finance Board")}


def test_relations_role_at_a_noun_followed_by_a_name_is_a_post_in_the_name() -> None:
    parsed = build(
        """
        Ann    PROPN compound 1
        Lowe   PROPN nsubj    10 Lowe
        ,      PUNCT punct    1
        senior ADJ   amod     4
        fellow NOUN  appos    1
        at     ADP   prep     4
        the    DET   det      7
        tank   NOUN  pobj     5
        Harbor PROPN compound 9
        Trust  PROPN dobj     7
        spoke  VERB  ROOT     10 speak
        .      PUNCT punct    10
        """,
        names=[("Ann Lowe", KG.Person), ("Harbor Trust", KG.ThinkTank)],
        roles=[("senior fellow", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.holdsPostIn, "Harbor Trust")}


# ------------------------------------------------------------------ relative clauses

HEADS_OF_A_BOARD = """
    Tom    PROPN compound 1
    Hale   PROPN nsubj    11 Hale
    and    CCONJ cc       1
    Ann    PROPN compound 4
    Lowe   PROPN conj     1 Lowe
    ,      PUNCT punct    1
    who    PRON  nsubj    7
    {verb} VERB  relcl    1 chair {tag}
    the    DET   det      9
    board  NOUN  dobj     7
    ,      PUNCT punct    1
    spoke  VERB  ROOT     11 speak
    .      PUNCT punct    11
"""
BOARD_NAMES = [("Tom Hale", KG.Person), ("Ann Lowe", KG.Person), ("board", KG.Committee)]


def test_relations_relative_clause_after_a_coordination_is_of_each_item() -> None:
    parsed = build(HEADS_OF_A_BOARD.format(verb="chair", tag="VBP"), names=BOARD_NAMES)
    assert facts(parsed.relations("verb")) == {
        ("Tom Hale", KG.leads, "board"),
        ("Ann Lowe", KG.leads, "board"),
    }


def test_relations_singular_relative_clause_is_of_the_item_before_it() -> None:
    parsed = build(HEADS_OF_A_BOARD.format(verb="chairs", tag="VBZ"), names=BOARD_NAMES)
    assert facts(parsed.relations("verb")) == {("Ann Lowe", KG.leads, "board")}


# ------------------------------------------------------------------ lexicon


def test_relations_winning_an_election_takes_part_in_it() -> None:
    parsed = build(
        """
        The      DET   det   1
        party    NOUN  nsubj 2
        won      VERB  ROOT  2 win
        the      DET   det   5
        general  ADJ   amod  5
        election NOUN  dobj  2
        .        PUNCT punct 2
        """,
        names=[("party", KG.PoliticalParty, "Greens"), ("general election", KG.Vote)],
    )
    assert facts(parsed.relations("verb")) == {("Greens", KG.participatesIn, "general election")}


def test_relations_a_places_leader_leads_the_council_of_that_place() -> None:
    """ "Tynemouth Council cut bus routes. Tynemouth leader Ann Lowe spoke.": the leader of a
    place named beside its council is the council's leader."""
    parsed = build(
        """
        Tynemouth PROPN compound 1
        Council   PROPN nsubj    2
        cut       VERB  ROOT     2 cut
        routes    NOUN  dobj     2 route
        .         PUNCT punct    2
        Tynemouth PROPN compound 6
        leader    NOUN  compound 8
        Ann       PROPN compound 8
        Lowe      PROPN nsubj    9 Lowe
        spoke     VERB  ROOT     9 speak
        .         PUNCT punct    9
        """,
        names=[
            ("Tynemouth Council", KG.Organisation),
            ("Tynemouth", KG.Place),  # the first "Tynemouth" is the council's own word
            ("Tynemouth", KG.Place),
            ("Ann Lowe", KG.Person),
        ],
        roles=[("leader", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.leads, "Tynemouth Council")}
