"""A bad feeling about what an actor did is public criticism of the actor (the ``attitude``
rule, :func:`kg.extract.relations.verdicts.attitude`): the clause it is felt at, an act
named with its actor, and the participle the tagger may read for the adjective."""

from __future__ import annotations

from doc_builder import build, facts

from kg.rdf.namespaces import KG

NAMES = [("Acme", KG.Organisation), ("Guild", KG.TradeUnion)]


def test_relations_disappointed_read_as_a_participle_still_criticises() -> None:
    """ "Acme is disappointed that the members of the Guild have struck.": the tagger reads
    "disappointed" as a participle; the members striking act for the Guild."""
    parsed = build(
        """
        Acme          PROPN nsubj  1
        is            AUX   ROOT   1  be
        disappointed  VERB  acomp  1  disappoint VBN
        that          SCONJ mark   10
        the           DET   det    5
        members       NOUN  nsubj  10 member
        of            ADP   prep   5
        the           DET   det    8
        Guild         PROPN pobj   6
        have          AUX   aux    10
        struck        VERB  ccomp  2  strike
        .             PUNCT punct  1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("attitude")) == {("Acme", KG.criticises, "Guild")}


def test_relations_disappointed_to_hear_of_an_actors_act_criticises_the_actor() -> None:
    """ "Acme is disappointed to hear of the Guild ballot." """
    parsed = build(
        """
        Acme          PROPN nsubj    1
        is            AUX   ROOT     1  be
        disappointed  ADJ   acomp    1
        to            PART  aux      4
        hear          VERB  xcomp    2  hear
        of            ADP   prep     4
        the           DET   det      8
        Guild         PROPN compound 8
        ballot        NOUN  pobj     5
        .             PUNCT punct    1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("attitude")) == {("Acme", KG.criticises, "Guild")}


def test_relations_disappointment_with_an_actors_proposal_opposes_only_the_proposal() -> None:
    """ "Acme is disappointed with the Guild's levy.": a stance on the levy, not criticism of
    its author."""
    parsed = build(
        """
        Acme          PROPN nsubj  1
        is            AUX   ROOT   1  be
        disappointed  ADJ   acomp  1
        with          ADP   prep   2
        the           DET   det    7
        Guild         PROPN poss   7
        's            PART  case   5
        levy          NOUN  pobj   3
        .             PUNCT punct  1
        """,
        names=[*NAMES, ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("attitude")) == {("Acme", KG.opposes, "levy")}


def test_relations_pleased_with_an_actor_is_no_criticism() -> None:
    """ "Acme is pleased with the Guild." """
    parsed = build(
        """
        Acme     PROPN nsubj  1
        is       AUX   ROOT   1  be
        pleased  VERB  acomp  1  please VBN
        with     ADP   prep   2
        the      DET   det    5
        Guild    PROPN pobj   3
        .        PUNCT punct  1
        """,
        names=NAMES,
    )
    assert parsed.relations("attitude") == []
