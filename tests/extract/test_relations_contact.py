"""Communication: sitting down with someone meets them; being or keeping in contact or in
touch with someone speaks to them; "no contact", "no talks" say that none was held; rejecting
or dismissing what an actor said answers them in public."""

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


# "The ministry dismissed <det> <noun> from the Guild."
DISMISSED = """
The       DET   det   1
ministry  NOUN  nsubj 2 ministry NN
dismissed VERB  ROOT  2 dismiss VBD
{noun}    NOUN  dobj  2 {lemma} NN
from      ADP   prep  3
the       DET   det   6
Guild     PROPN pobj  4
.         PUNCT punct 2
"""


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [
        ("criticism", "criticism", {("ministry", KG.communicatesWith, "Guild")}),
        ("proposal", "proposal", set()),
    ],
)
def test_relations_dismissing_what_an_actor_said_answers_them(
    noun: str, lemma: str, expected: set[tuple[str, URIRef, str]]
) -> None:
    """ "The ministry dismissed criticism from the Guild": an answer to the Guild in public
    (``lex:rebuttalVerb``, ``lex:utteranceNoun``); dismissing a proposal from it is a stance
    on the proposal, no reply."""
    parsed = build(
        DISMISSED.format(noun=noun, lemma=lemma),
        names=[("ministry", KG.GovernmentBody), ("Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("rebuttal")) == expected


def test_relations_words_rejected_in_the_passive_answer_their_owner() -> None:
    """ "The Guild's claims were rejected by the ministry": the ministry answers the Guild; a
    claim that names a proposal ("the Guild's pay claim") would be a stance instead."""
    parsed = build(
        """
        The      DET   det       1
        Guild    PROPN poss      3
        's       PART  case      1
        claims   NOUN  nsubjpass 5 claim NNS
        were     AUX   auxpass   5 be
        rejected VERB  ROOT      5 reject VBN
        by       ADP   agent     5
        the      DET   det       8
        ministry NOUN  pobj      6 ministry NN
        .        PUNCT punct     5
        """,
        names=[("ministry", KG.GovernmentBody), ("Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("rebuttal")) == {("ministry", KG.communicatesWith, "Guild")}
    pay_claim = build(
        """
        The      DET   det       1
        ministry NOUN  nsubj     2 ministry NN
        rejected VERB  ROOT      2 reject VBD
        the      DET   det       4
        Guild    PROPN poss      7
        's       PART  case      4
        pay      NOUN  compound  7
        claim    NOUN  dobj      2 claim NN
        .        PUNCT punct     2
        """,
        names=[
            ("ministry", KG.GovernmentBody),
            ("Guild", KG.TradeUnion),
            Name("pay claim", KG.Proposal),
        ],
    )
    assert facts(pay_claim.relations("rebuttal")) == set()


@pytest.mark.parametrize(("verb", "lemma"), [("raised", "raise"), ("discussed", "discuss")])
def test_relations_raising_or_discussing_a_matter_with_someone_addresses_them(
    verb: str, lemma: str
) -> None:
    """ "Okafor raised the issue with Lind", "discussed the offer with Lind"."""
    rows = IN_CONTACT.format(verb=verb, lemma=lemma, det="the", noun="issue").replace(
        "with    ADP   prep  3", "with    ADP   prep  1"
    )
    parsed = build(rows, names=PEOPLE)
    assert facts(parsed.relations("verb")) == {("Okafor", KG.communicatesWith, "Lind")}


# "Okafor told the Courier the plan would fail." with "Courier" read as the indirect object
TOLD_THE_OUTLET = """
Okafor   PROPN nsubj  1
told     VERB  ROOT   1 tell   VBD
the      DET   det    3
Courier  PROPN dative 1
the      DET   det    5
plan     NOUN  nsubj  7
would    AUX   aux    7
fail     VERB  ccomp  1
.        PUNCT punct  1
"""


def test_relations_the_indirect_object_of_a_verb_of_telling_is_the_one_told() -> None:
    """ "Okafor told the Courier the plan would fail": the parser's "dative" is who is told
    (``kg:tells``), as the direct object is in "told the Courier that ..."."""
    parsed = build(TOLD_THE_OUTLET, names=[("Okafor", KG.Person), ("Courier", KG.Organisation)])
    assert ("Okafor", KG.tells, "Courier") in facts(parsed.relations("verb"))


# "The guild reached agreement with the council on the levy."
REACHED_AGREEMENT = """
The        DET   det   1
guild      NOUN  nsubj 2
reached    VERB  ROOT  2 reach VBD
agreement  NOUN  dobj  2
with       ADP   prep  3
the        DET   det   6
council    NOUN  pobj  4
on         ADP   prep  3
the        DET   det   9
levy       NOUN  pobj  7
.          PUNCT punct 2
"""


def test_relations_an_agreement_reached_with_a_side_negotiates_with_it_and_backs_its_subject() -> (
    None
):
    """The actor after "with" of "agreement" is the other side (``lex:partyNoun``); what the
    agreement is on is backed."""
    parsed = build(
        REACHED_AGREEMENT,
        names=[("guild", KG.TradeUnion), ("council", KG.Organisation), ("levy", KG.Policy)],
    )
    found = facts(parsed.relations("noun"))
    assert ("guild", KG.negotiatesWith, "council") in found
    assert ("guild", KG.supports, "levy") in found


# "When asked by the Courier, the Guild declined to comment."
ASKED_BY = """
When      SCONJ advmod 1
asked     VERB  advcl  8 ask VBN
by        ADP   agent  1
the       DET   det    4
Courier   PROPN pobj   2
,         PUNCT punct  8
the       DET   det    7
Guild     PROPN nsubj  8
declined  VERB  ROOT   8 decline VBD
to        PART  aux    10
comment   VERB  xcomp  8
.         PUNCT punct  8
"""


def test_relations_a_passive_participle_s_understood_subject_is_the_one_acted_on() -> None:
    """ "When asked by the Courier, the Guild declined to comment": the Guild is asked."""
    parsed = build(ASKED_BY, names=[("Courier", KG.Organisation), ("Guild", KG.Organisation)])
    found = {(s, p, o) for s, p, o in facts(parsed.relations("verb"))}
    assert ("Courier", KG.urges, "Guild") in found
