"""Communication: sitting down with someone meets them; being or keeping in contact or in
touch with someone speaks to them; "no contact", "no talks" say that none was held."""

from __future__ import annotations

import pytest
from doc_builder import Name, build, facts
from rdflib import URIRef

from kg.rdf.namespaces import KG

# "Okafor sat down with Lind."
SAT_DOWN = """
Okafor PROPN nsubj 1
sat    VERB  ROOT  1 sit VBD
down   ADP   prt   1
with   ADP   prep  1
Lind   PROPN pobj  3
.      PUNCT punct 1
"""

# "Okafor <verb> <det> <noun> with Lind."
IN_CONTACT = """
Okafor  PROPN nsubj 1
{verb}  VERB  ROOT  1 {lemma} VBD
{det}   DET   det   3
{noun}  NOUN  dobj  1 {noun}
with    ADP   prep  3
Lind    PROPN pobj  4
.       PUNCT punct 1
"""

PEOPLE = [("Okafor", KG.Person), ("Lind", KG.Person)]


def test_relations_sitting_down_with_someone_meets_them() -> None:
    """ "Okafor sat down with Lind": ``kg:meets`` trigger "sit with"."""
    parsed = build(SAT_DOWN, names=PEOPLE)
    assert facts(parsed.relations("verb")) == {("Okafor", KG.meets, "Lind")}


@pytest.mark.parametrize(
    ("verb", "lemma", "det", "noun", "modality"),
    [
        ("made", "make", "a", "contact", KG.Asserted),
        ("had", "have", "no", "contact", KG.Negated),
    ],
)
def test_relations_contact_with_someone_communicates_unless_there_was_none(
    verb: str, lemma: str, det: str, noun: str, modality: URIRef
) -> None:
    """ "Okafor made a contact with Lind" speaks to Lind; "had no contact with Lind" says that
    Okafor did not (negated)."""
    rows = IN_CONTACT.format(verb=verb, lemma=lemma, det=det, noun=noun)
    parsed = build(rows, names=PEOPLE)
    found = parsed.relations("noun")
    assert facts(found) == {("Okafor", KG.communicatesWith, "Lind")}
    assert {r.modality for r in found} == {modality}


def test_relations_keeping_in_touch_with_someone_communicates() -> None:
    """ "Okafor kept in touch with Lind": ``kg:communicatesWith`` trigger "touch with"."""
    parsed = build(
        """
        Okafor PROPN nsubj 1
        kept   VERB  ROOT  1 keep VBD
        in     ADP   prep  1
        touch  NOUN  pobj  2
        with   ADP   prep  3
        Lind   PROPN pobj  4
        .      PUNCT punct 1
        """,
        names=PEOPLE,
    )
    assert facts(parsed.relations("noun")) == {("Okafor", KG.communicatesWith, "Lind")}


# "There were <det> talks with the Guild."
NO_TALKS = """
There  PRON  expl  1
were   VERB  ROOT  1 be VBD
{det}  DET   det   3
talks  NOUN  attr  1 talk NNS
with   ADP   prep  3
the    DET   det   6
Guild  PROPN pobj  4
.      PUNCT punct 1
"""


@pytest.mark.parametrize(("det", "modality"), [("two", KG.Asserted), ("no", KG.Negated)])
def test_relations_no_talks_with_a_body_are_none_it_takes_part_in(
    det: str, modality: URIRef
) -> None:
    """ "There were no talks with the Guild": the Guild takes part in none (negated)."""
    parsed = build(
        NO_TALKS.format(det=det),
        names=[("Guild", KG.TradeUnion), Name("talks", KG.Negotiation)],
    )
    found = parsed.relations("event-argument")
    assert facts(found) == {("Guild", KG.participatesIn, "talks")}
    assert {r.modality for r in found} == {modality}
