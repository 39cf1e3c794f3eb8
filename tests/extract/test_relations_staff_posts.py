"""Posts that are not the head of an organisation: a director, a head of a field ("head of
policy"), and titles of a state's office ("French President"), which are no post in the
organisation an article is about (:mod:`kg.extract.relations.roles`)."""

from __future__ import annotations

from doc_builder import build, facts

from kg.rdf.namespaces import KG


def test_relations_director_holds_a_post_without_leading() -> None:
    """ "Ann Lowe, Guild director, said." """
    parsed = build(
        """
        Ann      PROPN compound 1
        Lowe     PROPN nsubj    6
        ,        PUNCT punct    1
        Guild    PROPN compound 4
        director NOUN  appos    1
        ,        PUNCT punct    1
        said     VERB  ROOT     6  say
        .        PUNCT punct    6
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person)],
        roles=[("director", "Ann Lowe", "Guild")],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.holdsPostIn, "Guild")}


def test_relations_head_of_a_field_is_a_post_in_the_organisation() -> None:
    """ "Ann Lowe, Guild head of policy, said.": she heads its policy work, not the Guild."""
    parsed = build(
        """
        Ann      PROPN compound 1
        Lowe     PROPN nsubj    8
        ,        PUNCT punct    1
        Guild    PROPN compound 4
        head     NOUN  appos    1
        of       ADP   prep     4
        policy   NOUN  pobj     5
        ,        PUNCT punct    1
        said     VERB  ROOT     8  say
        .        PUNCT punct    8
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person)],
        roles=[("head", "Ann Lowe", "Guild")],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.holdsPostIn, "Guild")}


def test_relations_head_of_an_organisation_leads_it() -> None:
    """ "Ann Lowe, head of the Guild, said." """
    parsed = build(
        """
        Ann      PROPN compound 1
        Lowe     PROPN nsubj    8
        ,        PUNCT punct    1
        head     NOUN  appos    1
        of       ADP   prep     3
        the      DET   det      6
        Guild    PROPN pobj     4
        ,        PUNCT punct    1
        said     VERB  ROOT     8  say
        .        PUNCT punct    8
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person)],
        roles=[("head", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.leads, "Guild")}


def test_relations_title_of_a_state_is_no_post_in_the_organisation_in_focus() -> None:
    """ "The Guild rejected the offer of French President Jo Reyes." """
    parsed = build(
        """
        The       DET   det      1
        Guild     PROPN nsubj    2
        rejected  VERB  ROOT     2  reject
        the       DET   det      4
        offer     NOUN  dobj     2
        of        ADP   prep     4
        French    ADJ   amod     7  french - B-NORP
        President PROPN compound 9
        Jo        PROPN compound 9
        Reyes     PROPN pobj     5
        .         PUNCT punct    2
        """,
        names=[("Guild", KG.TradeUnion), ("Jo Reyes", KG.Person)],
        roles=[("President", "Jo Reyes", None)],
    )
    assert parsed.relations("role") == []


def test_relations_title_naming_a_unit_is_no_post_leading_the_organisation() -> None:
    """ "Guild pay committee chair Jo Reyes spoke.": she chairs the committee, not the Guild."""
    parsed = build(
        """
        Guild     PROPN compound 3
        pay       NOUN  compound 2
        committee NOUN  compound 3
        chair     NOUN  compound 5
        Jo        PROPN compound 5
        Reyes     PROPN nsubj    6
        spoke     VERB  ROOT     6  speak
        .         PUNCT punct    6
        """,
        names=[("Guild", KG.TradeUnion), ("Jo Reyes", KG.Person)],
        roles=[("pay committee chair", "Jo Reyes", "Guild")],
    )
    assert parsed.relations("role") == []


def test_relations_a_committee_word_ending_the_organisation_s_name_is_no_unit() -> None:
    """ "Harbour City Council met. Harbour City Council chief executive Jo Reyes spoke.":
    "Council" ends the council's own name (the title's words name no other mention), so she
    leads it."""
    parsed = build(
        """
        Harbour   PROPN compound 2
        City      PROPN compound 2
        Council   PROPN nsubj    3
        met       VERB  ROOT     3  meet
        .         PUNCT punct    3
        Harbour   PROPN compound 7
        City      PROPN compound 7
        Council   PROPN compound 9
        chief     ADJ   amod     9
        executive NOUN  compound 11
        Jo        PROPN compound 11
        Reyes     PROPN nsubj    12
        spoke     VERB  ROOT     12 speak
        .         PUNCT punct    12
        """,
        names=[("Harbour City Council", KG.PublicBody), ("Jo Reyes", KG.Person)],
        roles=[("Harbour City Council chief executive", "Jo Reyes", "Harbour City Council")],
    )
    assert facts(parsed.relations("role")) == {("Jo Reyes", KG.leads, "Harbour City Council")}


def test_relations_head_of_a_body_named_with_its_kind_after_it_leads_it() -> None:
    """ "Ann Lowe, head of the Harbour Trust think tank, said.": "think tank" says what the
    Trust is; the object of "of" is the body, not a field."""
    parsed = build(
        """
        Ann      PROPN compound 1
        Lowe     PROPN nsubj    11
        ,        PUNCT punct    1
        head     NOUN  appos    1
        of       ADP   prep     3
        the      DET   det      9
        Harbour  PROPN compound 7
        Trust    PROPN compound 9
        think    NOUN  compound 9
        tank     NOUN  pobj     4
        ,        PUNCT punct    1
        said     VERB  ROOT     11  say
        .        PUNCT punct    11
        """,
        names=[("Harbour Trust", KG.ThinkTank), ("Ann Lowe", KG.Person)],
        roles=[("head", "Ann Lowe", "Harbour Trust")],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.leads, "Harbour Trust")}


def test_relations_a_body_chaired_by_someone_after_a_comma_is_led_by_them() -> None:
    """ "Talks began with the Guild's council, chaired by Ann Lowe.": the parser hangs
    "chaired" on the clause's verb; the noun before the comma is what is chaired."""
    parsed = build(
        """
        Talks    NOUN  nsubj  1 talk  NNS
        began    VERB  ROOT   1 begin VBD
        with     ADP   prep   1
        the      DET   det    6
        Guild    PROPN poss   6
        's       PART  case   4 -     POS
        council  NOUN  pobj   2
        ,        PUNCT punct  1
        chaired  VERB  advcl  1 chair VBN
        by       ADP   agent  8
        Ann      PROPN compound 11
        Lowe     PROPN pobj   9
        .        PUNCT punct  1
        """,
        names=[("council", KG.Committee), ("Ann Lowe", KG.Person)],
    )
    assert ("Ann Lowe", KG.leads, "council") in {
        (s, parsed.context().schema.core_property(p) or p, o)
        for s, p, o in facts(parsed.relations("verb"))
    }
