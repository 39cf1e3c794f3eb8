"""Precision of stances and parts (stance2): what is not done is not proposed ("the failure to
adopt the plan"), people delivering a service are no proposal's effect, an "it" that stands
for a clause after it judges no proposal, and "This is ..." judges the topic of the sentence
before; each on a hand-built parse of a sentence written for the test."""

from __future__ import annotations

from doc_builder import Parsed, build, facts
from rdflib import URIRef

from kg.extract.entities.quotations import Quotation
from kg.extract.lexicon import load_lexicon
from kg.extract.relations.modality import modality_of
from kg.rdf.namespaces import KG

SPEAKER = """
    Ferris PROPN nsubj 1
    spoke  VERB  ROOT  1 speak
    .      PUNCT punct 1
"""


def _spoken(rows: str, *names: tuple[str, URIRef]) -> Parsed:
    """The parse of "Ferris spoke." and then ``rows`` (heads counted from the rows' first
    token), its words from the opening mark to the closing one quoted by Ferris."""
    shifted = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + 3), *rest]))
    parsed = build(SPEAKER + "\n".join(shifted), names=[("Ferris", KG.Person), *names])
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), "Ferris", "continued", ("Ferris",))
    ]
    return parsed


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
    parsed = _spoken(
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
    parsed = _spoken(
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
