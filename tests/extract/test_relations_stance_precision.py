"""Precision of stances and parts: what is not done is not proposed ("the failure to
adopt the plan"), people delivering a service are no proposal's effect, an "it" that stands
for a clause after it judges no proposal, and "This is ..." judges the topic of the sentence
before; each on a hand-built parse of a sentence written for the test."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import Parsed, build, facts, spoken_by_ferris
from rdflib import URIRef

from kg.extract.lexicon import load_lexicon
from kg.extract.relations.modality import modality_of
from kg.model import Corpus
from kg.rdf.namespaces import KG

FAILURE_TO_ADOPT = """
    The       DET   det      2
    ferry     NOUN  compound 2
    guild     NOUN  nsubj    3
    regretted VERB  ROOT     3 regret
    the       DET   det      7
    council   NOUN  poss     7
    's        PART  case     5
    failure   NOUN  dobj     3
    to        PART  aux      9
    adopt     VERB  acl      7
    the       DET   det      12
    Quay      PROPN compound 12
    Plan      PROPN dobj     9
    .         PUNCT punct    3
"""


def test_modality_what_an_actor_fails_to_do_is_negated() -> None:
    parsed = build(FAILURE_TO_ADOPT, names=[("council", KG.GovernmentBody), ("Quay Plan", KG.Plan)])
    adopt = parsed.token("adopt")
    assert modality_of(adopt, lexicon=load_lexicon()) == KG.Negated


def test_relations_failing_to_adopt_a_plan_does_not_propose_it() -> None:
    parsed = build(FAILURE_TO_ADOPT, names=[("council", KG.GovernmentBody), ("Quay Plan", KG.Plan)])
    proposed = [r for r in parsed.find() if r.predicate == KG.proposes]
    assert all(r.modality == KG.Negated for r in proposed)


def _said_deliver(doer: str, doer_pos: str) -> Parsed:
    """ "Ferris said <doer> would deliver the Ferry Service." """
    return build(
        f"""
        Ferris   PROPN nsubj    1
        said     VERB  ROOT     1 say
        {doer}   {doer_pos} nsubj 4
        would    AUX   aux      4
        deliver  VERB  ccomp    1 deliver
        the      DET   det      7
        Ferry    PROPN compound 7
        Service  PROPN dobj     4 Service
        .        PUNCT punct    1
        """,
        names=[("Ferris", KG.Person), ("Ferry Service", KG.Service)]
        + ([("levy", KG.Policy)] if doer == "levy" else []),
    )


def test_relations_a_proposal_delivering_a_service_backs_the_service() -> None:
    parsed = _said_deliver("levy", "NOUN")
    assert ("Ferris", KG.supports, "Ferry Service") in facts(parsed.relations("evaluation"))


def test_relations_people_delivering_a_service_are_no_proposals_effect() -> None:
    """ "the clinics deliver the service": what people do is no good done by a proposal."""
    parsed = _said_deliver("clinics", "NOUN")
    assert facts(parsed.relations("evaluation")) == set()


def test_speech_an_it_standing_for_a_clause_after_it_judges_no_proposal() -> None:
    """ "It is important for councils to save": the saving is judged, not the levy before."""
    parsed = spoken_by_ferris(
        """
        “         PUNCT punct  3
        The       DET   det    2
        levy      NOUN  nsubj  3
        passed    VERB  ROOT   3 pass
        .         PUNCT punct  3
        It        PRON  nsubj  6
        is        AUX   ROOT   6 be
        important ADJ   acomp  6
        for       ADP   prep   7
        councils  NOUN  pobj   8 council
        to        PART  aux    11
        save      VERB  advcl  6
        .         PUNCT punct  6
        ”         PUNCT punct  6
        """,
        ("levy", KG.Proposal),
    )
    assert parsed.relations("verdict") == []


def test_speech_this_is_a_step_forward_judges_the_topic_of_the_sentence_before() -> None:
    """ "The offer includes a bonus. This is a step forward.": the offer, not the bonus."""
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct  3
        The      DET   det    2
        offer    NOUN  nsubj  3
        includes VERB  ROOT   3 include
        a        DET   det    5
        bonus    NOUN  dobj   3
        .        PUNCT punct  3
        This     PRON  nsubj  8
        is       AUX   ROOT   8 be
        a        DET   det    11
        step     NOUN  attr   8
        forward  ADV   advmod 10
        .        PUNCT punct  8
        ”        PUNCT punct  8
        """,
        ("offer", KG.Proposal),
        ("bonus", KG.Proposal),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.supports, "offer")}


def _said_not(verb: str, lemma: str, negated: bool = True) -> Parsed:
    """ "Ferris said the levy would (not) <verb> the shortage." """
    rows = [
        "Ferris   PROPN nsubj    1",
        "said     VERB  ROOT     1 say",
        "the      DET   det      3",
        "levy     NOUN  nsubj    6",
        "would    AUX   aux      6",
        "not      PART  neg      6" if negated else "really   ADV   advmod   6",
        f"{verb}   VERB  ccomp    1 {lemma}",
        "the      DET   det      8",
        "shortage NOUN  dobj     6",
        ".        PUNCT punct    1",
    ]
    return build("\n".join(rows), names=[("Ferris", KG.Person), ("levy", KG.Policy)])


def test_relations_a_proposal_said_not_to_do_good_is_opposed() -> None:
    parsed = _said_not("fix", "fix")
    assert facts(parsed.relations("evaluation")) == {("Ferris", KG.opposes, "levy")}


def test_relations_a_proposal_said_not_to_do_harm_is_no_stance() -> None:
    assert facts(_said_not("worsen", "worsen").relations("evaluation")) == set()


def test_relations_a_proposal_said_to_fix_something_is_supported() -> None:
    parsed = _said_not("fix", "fix", negated=False)
    assert facts(parsed.relations("evaluation")) == {("Ferris", KG.supports, "levy")}


def test_speech_a_proposal_that_will_not_help_in_a_quotation_is_opposed() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct  5
        The      DET   det    2
        levy     NOUN  nsubj  5
        will     AUX   aux    5
        not      PART  neg    5
        help     VERB  ROOT   5 help
        patients NOUN  dobj   5 patient
        .        PUNCT punct  5
        ”        PUNCT punct  5
        """,
        ("levy", KG.Policy),
    )
    assert facts(parsed.relations("effect")) == {("Ferris", KG.opposes, "levy")}


BROUGHT_IN = """
    The      DET   det      2
    Quay     PROPN compound 2
    Plan     PROPN nsubj    3
    sets     VERB  ROOT     3 set
    up       ADP   prt      3
    a        DET   det      7
    mooring  NOUN  compound 7
    levy     NOUN  dobj     3
    .        PUNCT punct    3
"""


def test_relations_what_a_plan_sets_up_is_part_of_it() -> None:
    parsed = build(BROUGHT_IN, names=[("Quay Plan", KG.Plan), ("mooring levy", KG.Policy)])
    assert facts(parsed.relations("brought-in")) == {("mooring levy", KG.partOf, "Quay Plan")}


def test_relations_what_an_actor_sets_up_is_no_part_of_anything() -> None:
    parsed = build(
        BROUGHT_IN.replace("Quay     PROPN", "Harbour  PROPN").replace(
            "Plan     PROPN", "Board    PROPN"
        ),
        names=[("Harbour Board", KG.Committee), ("mooring levy", KG.Policy)],
    )
    assert parsed.relations("brought-in") == []


def test_relations_what_a_bill_creates_is_part_of_it_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Harbour news\nThe Ports Minister published the Harbour Safety Bill on Monday.\n"
        "The Harbour Safety Bill will create a Harbour Safety Fund.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.partOf and r.evidence.method == "brought-in"
    }
    assert found == {("Harbour Safety Fund", "Harbour Safety Bill")}


def _voted_to_accept(owner: str, owner_type: URIRef) -> Parsed:
    """ "<owner> porters voted to accept the Quay Plan." """
    return build(
        f"""
        {owner}  PROPN compound 1
        porters  NOUN  nsubj    2 porter NNS
        voted    VERB  ROOT     2 vote
        to       PART  aux      4
        accept   VERB  xcomp    2 accept
        the      DET   det      7
        Quay     PROPN compound 7
        Plan     PROPN dobj     4
        .        PUNCT punct    2
        """,
        names=[(owner, owner_type), ("Quay Plan", KG.Plan)],
    )


def test_relations_the_staff_of_a_public_body_do_not_speak_for_it() -> None:
    """ "Harbourcare porters voted to accept": people who work for the body, not the body."""
    parsed = _voted_to_accept("Harbourcare", KG.PublicBody)
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_public_body_s_ministers_still_act_for_it() -> None:
    """ "Harbourcare ministers voted to accept": not a workforce (``lex:workforceNoun``)."""
    parsed = build(
        """
        Harbourcare PROPN compound 1
        ministers   NOUN  nsubj    2 minister NNS
        voted       VERB  ROOT     2 vote
        to          PART  aux      4
        accept      VERB  xcomp    2 accept
        the         DET   det      7
        Quay        PROPN compound 7
        Plan        PROPN dobj     4
        .           PUNCT punct    2
        """,
        names=[("Harbourcare", KG.GovernmentBody), ("Quay Plan", KG.Plan)],
    )
    assert facts(parsed.relations("verb")) == {("Harbourcare", KG.supports, "Quay Plan")}


def test_relations_the_members_named_after_a_union_vote_for_it() -> None:
    parsed = _voted_to_accept("Dockguild", KG.TradeUnion)
    assert facts(parsed.relations("verb")) == {("Dockguild", KG.supports, "Quay Plan")}


def test_relations_a_pronoun_said_to_feel_is_the_speaker_not_a_proposal() -> None:
    """ "The guild said it was disappointed": whatever "it" was resolved to, a proposal does
    not feel, so no stance on one is read."""
    parsed = build(
        """
        The          DET   det    1
        guild        NOUN  nsubj  2
        said         VERB  ROOT   2 say
        it           PRON  nsubj  4
        was          AUX   ccomp  2 be
        disappointed ADJ   acomp  4
        .            PUNCT punct  2
        """,
        names=[("guild", KG.TradeUnion), ("it", KG.Plan)],
    )
    assert facts(parsed.relations("appraisal")) == set()


def test_relations_a_speaker_disappointed_by_a_plan_opposes_it() -> None:
    """ "The guild said it was disappointed by the Quay Plan": the guild feels it."""
    parsed = build(
        """
        The          DET   det       1
        guild        NOUN  nsubj     2
        said         VERB  ROOT      2 say
        it           PRON  nsubjpass 5
        was          AUX   auxpass   5 be
        disappointed VERB  ccomp     2 disappoint VBN
        by           ADP   agent     5
        the          DET   det       9
        Quay         PROPN compound  9
        Plan         PROPN pobj      6
        .            PUNCT punct     2
        """,
        names=[("guild", KG.TradeUnion), ("Quay Plan", KG.Plan)],
    )
    assert facts(parsed.relations("appraisal")) == {("guild", KG.opposes, "Quay Plan")}


def _pleased_that(verb: str, lemma: str) -> Parsed:
    """ "The guild is pleased that the council <verb> the Quay Plan." """
    return build(
        f"""
        The      DET   det      1
        guild    NOUN  nsubj    2
        is       AUX   ROOT     2 be
        pleased  ADJ   acomp    2
        that     SCONJ mark     7
        the      DET   det      6
        council  NOUN  nsubj    7
        {verb}   VERB  ccomp    3 {lemma}
        the      DET   det      10
        Quay     PROPN compound 10
        Plan     PROPN dobj     7
        .        PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("council", KG.GovernmentBody), ("Quay Plan", KG.Plan)],
    )


def test_relations_pleased_that_others_rejected_a_plan_opposes_it() -> None:
    parsed = _pleased_that("rejected", "reject")
    assert ("guild", KG.opposes, "Quay Plan") in facts(parsed.relations("attitude"))
    assert ("guild", KG.supports, "Quay Plan") not in facts(parsed.relations("attitude"))


def test_relations_pleased_that_others_adopted_a_plan_supports_it() -> None:
    parsed = _pleased_that("adopted", "adopt")
    assert ("guild", KG.supports, "Quay Plan") in facts(parsed.relations("attitude"))


def test_speech_a_proposal_not_fit_for_purpose_is_opposed() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct  3
        The      DET   det    2
        levy     NOUN  nsubj  3
        is       AUX   ROOT   3 be
        not      PART  neg    3
        fit      ADJ   acomp  3
        for      ADP   prep   5
        purpose  NOUN  pobj   6
        .        PUNCT punct  3
        ”        PUNCT punct  3
        """,
        ("levy", KG.Policy),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "levy")}
