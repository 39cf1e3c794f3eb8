"""A group noun with "for" stands for the body it speaks or acts for ("a spokesperson for the
Guild told Reyes": the Guild tells Reyes), as with "of" and "from" (``Context.entity``,
``core.GROUP_PREPOSITIONS``; the quotations stage reads such speakers so already). Sentences
written for the tests."""

from __future__ import annotations

from doc_builder import build, facts

from kg.rdf.namespaces import KG


def test_relations_a_spokesperson_for_a_body_acts_for_it() -> None:
    parsed = build(
        """
        A            DET   det   1
        spokesperson NOUN  nsubj 5  spokesperson
        for          ADP   prep  1
        the          DET   det   4
        Guild        PROPN pobj  2
        told         VERB  ROOT  5  tell
        Reyes        PROPN dobj  5
        .            PUNCT punct 5
        """,
        names=[("Guild", KG.Organisation), ("Reyes", KG.Person)],
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.tells, "Reyes")}


def test_relations_a_member_for_a_place_stands_for_no_body() -> None:
    """ "The member for Leeds told Reyes": a seat, not a body."""
    parsed = build(
        """
        The    DET   det   1
        member NOUN  nsubj 4  member
        for    ADP   prep  1
        Leeds  PROPN pobj  2
        told   VERB  ROOT  4  tell
        Reyes  PROPN dobj  4
        .      PUNCT punct 4
        """,
        names=[("Leeds", KG.Place), ("Reyes", KG.Person)],
    )
    assert parsed.relations("verb") == []
