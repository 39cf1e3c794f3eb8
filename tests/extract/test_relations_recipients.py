"""Verbs of telling and asking that name who is told or asked (``lex:trigger`` of kg:tells and
kg:communicatesWith, read by the rule "verb"): "advised the board of its plans" (the direct
object), "reached out to the board" (after "to"), "sought answers from the board" (after
"from"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_relations_advising_someone_of_a_thing_tells_them() -> None:
    """ "The Guild advised Reyes of its plans.": Reyes is told."""
    parsed = build(
        """
        The     DET   det   1
        Guild   PROPN nsubj 2
        advised VERB  ROOT  2  advise
        Reyes   PROPN dobj  2
        of      ADP   prep  3
        its     PRON  poss  6
        plans   NOUN  pobj  4  plan
        .       PUNCT punct 2
        """,
        names=[("Guild", KG.Organisation), ("Reyes", KG.Person)],
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.tells, "Reyes")}


def test_relations_reaching_out_to_someone_communicates_with_them() -> None:
    """ "The Guild reached out to the Trust for comment.": the particle's verb, its "to"."""
    parsed = build(
        """
        The     DET   det   1
        Guild   PROPN nsubj 2
        reached VERB  ROOT  2  reach
        out     ADP   prt   2
        to      ADP   prep  2
        the     DET   det   6
        Trust   PROPN pobj  4
        for     ADP   prep  2
        comment NOUN  pobj  7
        .       PUNCT punct 2
        """,
        names=[("Guild", KG.Organisation), ("Trust", KG.Organisation)],
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.communicatesWith, "Trust")}


@pytest.mark.parametrize("on", ["verb", "object"])
def test_relations_seeking_a_thing_from_someone_communicates_with_them(on: str) -> None:
    """ "The Guild sought answers from the Trust.": asked of the Trust, whether the parser hangs
    "from" on the verb or on its object."""
    head = 2 if on == "verb" else 3
    parsed = build(
        f"""
        The     DET   det   1
        Guild   PROPN nsubj 2
        sought  VERB  ROOT  2  seek
        answers NOUN  dobj  2  answer
        from    ADP   prep  {head}
        the     DET   det   6
        Trust   PROPN pobj  4
        .       PUNCT punct 2
        """,
        names=[("Guild", KG.Organisation), ("Trust", KG.Organisation)],
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.communicatesWith, "Trust")}


def test_relations_seeking_alone_asks_no_one() -> None:
    """ "The Guild sought a meeting.": no one named is asked."""
    parsed = build(
        """
        The     DET   det   1
        Guild   PROPN nsubj 2
        sought  VERB  ROOT  2  seek
        a       DET   det   4
        meeting NOUN  dobj  2
        .       PUNCT punct 2
        """,
        names=[("Guild", KG.Organisation)],
    )
    assert parsed.relations("verb") == []


def test_extract_telling_and_asking_verbs_name_who_is_told(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Union sets out plans\n"
        "The Port Workers Union has advised the Harbour Trust of its next steps.\n"
        "The Northern Teachers Union has reached out to the Lakeside Council for a comment.\n"
        "The Dock Staff Association has sought answers from the Riverside Board on many "
        "occasions.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    pairs = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.predicate in (KG.tells, KG.communicatesWith)
    }
    assert {
        ("Port Workers Union", "Harbour Trust"),
        ("Northern Teachers Union", "Lakeside Council"),
        ("Dock Staff Association", "Riverside Board"),
    } <= pairs


def test_relations_a_bodys_spokesperson_named_with_a_name_of_several_words_speaks_for_it() -> None:
    """ "A Ministry of Ports spokesperson told the Courier.": the parser hangs a name of
    several words on the noun as ``nmod``, not ``compound``; the ministry tells."""
    parsed = build(
        """
        A            DET   det   4
        Ministry     PROPN nmod  4
        of           ADP   prep  1
        Ports        PROPN pobj  2
        spokesperson NOUN  nsubj 5
        told         VERB  ROOT  5  tell
        the          DET   det   7
        Courier      PROPN dobj  5
        .            PUNCT punct 5
        """,
        names=[("Ministry of Ports", KG.Organisation), ("Courier", KG.Organisation)],
    )
    assert facts(parsed.relations("verb")) == {("Ministry of Ports", KG.tells, "Courier")}


def test_relations_announcing_in_a_legislature_addresses_it() -> None:
    """ "Reid announced the levy in the Assembly.": the Assembly is addressed; "in May" is
    no one."""
    parsed = build(
        """
        Reid      PROPN nsubj 1
        announced VERB  ROOT  1  announce
        the       DET   det   3
        levy      NOUN  dobj  1
        in        ADP   prep  1
        the       DET   det   6
        Assembly  PROPN pobj  4
        in        ADP   prep  1
        May       PROPN pobj  7
        .         PUNCT punct 1
        """,
        names=[("Reid", KG.Person), ("Assembly", KG.Legislature), ("levy", KG.Policy)],
    )
    found = facts(parsed.relations("verb"))
    assert ("Reid", KG.communicatesWith, "Assembly") in found
    assert all(o != "May" for _, _, o in found)
