"""The "joined" rule (``verbs.joined``): joining an organisation makes the joiner a member."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_relations_joining_an_organisation_is_membership() -> None:
    parsed = build(
        """
        Marta         PROPN compound 1
        Lind          PROPN nsubj    2
        joined        VERB  ROOT     2  join
        the           DET   det      5
        Pharmacists   PROPN compound 5
        Guild         PROPN dobj     2
        .             PUNCT punct    2
        """,
        names=[("Marta Lind", KG.Person), ("Pharmacists Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("joined")) == {("Marta Lind", KG.memberOf, "Pharmacists Guild")}


def test_relations_joining_others_in_an_act_is_no_membership() -> None:
    """ "joined the guild in calling for ...": the comitative "in" + clause."""
    parsed = build(
        """
        Lind          PROPN nsubj    1
        joined        VERB  ROOT     1  join
        the           DET   det      3
        Guild         PROPN dobj     1
        in            ADP   prep     1
        calling       VERB  pcomp    4  call
        for           ADP   prep     5
        talks         NOUN  pobj     6  talk
        .             PUNCT punct    1
        """,
        names=[("Lind", KG.Person), ("Guild", KG.TradeUnion)],
    )
    assert parsed.relations("joined") == []


def test_relations_joining_an_event_is_left_to_the_verb_rule() -> None:
    """memberOf needs an organisation: "joined the strike" takes part in it (rule "verb")."""
    parsed = build(
        """
        Lind          PROPN nsubj    1
        joined        VERB  ROOT     1  join
        the           DET   det      3
        strike        NOUN  dobj     1
        .             PUNCT punct    1
        """,
        names=[("Lind", KG.Person), ("strike", KG.CollectiveAction)],
    )
    assert parsed.relations("joined") == []
    assert facts(parsed.find()) == {("Lind", KG.participatesIn, "strike")}


def test_relations_affiliating_to_a_federation_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Pay news\nThe Radiographers Union will affiliate to the Trades Union Congress next year."
    )
    (relation,) = [r for r in corpus.relations if r.predicate == KG.memberOf]
    assert (relation.subject, relation.object) == ("Radiographers Union", "Trades Union Congress")
    assert (relation.evidence.method, relation.modality) == ("joined", KG.Planned)
