"""Charges (stance31): the gerund after the "of" or "for" of a verb of criticising or praising
is the act of the one accused or praised, not the critic's ("Unite accused the Treasury of
backing the levy": the Treasury backs it), and the critic takes the other side ("Unite
opposes the levy"; "blamed the minister for scrapping the levy" backs it). On hand-built
parses of sentences written for the test, with a real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import Parsed, build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Unite", KG.TradeUnion), ("Treasury", KG.Organisation), ("levy", KG.Policy)]


def _accused(verb: str, lemma: str, prep: str, act: str, act_lemma: str) -> Parsed:
    """ "Unite <verb> the Treasury <prep> <act> the levy." ("of" hung on the verb.)"""
    return build(
        f"""
        Unite      PROPN nsubj    1
        {verb}     VERB  ROOT     1 {lemma}
        the        DET   det      3
        Treasury   PROPN dobj     1
        {prep}     ADP   prep     1
        {act}      VERB  pcomp    4 {act_lemma} VBG
        the        DET   det      7
        levy       NOUN  dobj     5
        .          PUNCT punct    1
        """,
        names=NAMES,
    )


def test_relations_the_act_a_charge_names_is_the_accused_ones() -> None:
    parsed = _accused("accused", "accuse", "of", "backing", "back")
    assert facts(parsed.relations("verb")) >= {("Treasury", KG.supports, "levy")}
    assert ("Unite", KG.supports, "levy") not in facts(parsed.relations("verb"))


def test_relations_a_critic_opposes_what_the_accused_is_charged_with_backing() -> None:
    parsed = _accused("accused", "accuse", "of", "backing", "back")
    assert facts(parsed.relations("charged-act")) == {("Unite", KG.opposes, "levy")}


def test_relations_a_critic_backs_what_the_accused_is_blamed_for_scrapping() -> None:
    parsed = _accused("blamed", "blame", "for", "scrapping", "scrap")
    assert facts(parsed.relations("charged-act")) == {("Unite", KG.supports, "levy")}
    assert facts(parsed.relations("verb")) >= {("Treasury", KG.opposes, "levy")}


def test_relations_praise_for_an_act_takes_its_side() -> None:
    parsed = _accused("praised", "praise", "for", "backing", "back")
    assert facts(parsed.relations("charged-act")) == {("Unite", KG.supports, "levy")}


def test_relations_of_hung_on_the_object_still_names_the_charge() -> None:
    """ "Unite accused the Treasury of backing the levy", "of" hung on "Treasury"."""
    parsed = build(
        """
        Unite      PROPN nsubj    1
        accused    VERB  ROOT     1 accuse
        the        DET   det      3
        Treasury   PROPN dobj     1
        of         ADP   prep     3
        backing    VERB  pcomp    4 back VBG
        the        DET   det      7
        levy       NOUN  dobj     5
        .          PUNCT punct    1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("charged-act")) == {("Unite", KG.opposes, "levy")}
    assert ("Treasury", KG.supports, "levy") in facts(parsed.relations("verb"))


def test_relations_a_gerund_after_another_verb_keeps_its_subject() -> None:
    """ "Unite insisted on backing the levy": no charge, Unite backs it."""
    parsed = build(
        """
        Unite      PROPN nsubj    1
        insisted   VERB  ROOT     1 insist
        on         ADP   prep     1
        backing    VERB  pcomp    2 back VBG
        the        DET   det      5
        levy       NOUN  dobj     3
        .          PUNCT punct    1
        """,
        names=[NAMES[0], NAMES[2]],
    )
    assert facts(parsed.relations("charged-act")) == set()
    assert ("Unite", KG.supports, "levy") in facts(parsed.relations("verb"))


def test_relations_a_charge_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Levy row\n\nThe Treasury announced a new parking levy in May.\n\n"
        "Unison accused the Treasury of backing the levy.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate in (KG.opposes, KG.supports)
    }
    assert ("Unison", KG.opposes, "new parking levy") in found
    assert ("Unison", KG.supports, "new parking levy") not in found
