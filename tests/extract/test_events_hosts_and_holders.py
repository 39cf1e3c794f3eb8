"""Events (events9): who hosts talks ("talks at the Arbitration Board"), who has them ("we have
had talks with the guild", "the discussions that we have been having"), and "discussions" as
talks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import Name, build, facts

from kg.rdf.namespaces import KG

# "The Dockers Guild and Acme will hold talks at {host} on Friday ."
HELD_AT = """
The      DET   det      2
Dockers  PROPN compound 2
Guild    PROPN nsubj    6
and      CCONJ cc       2
Acme     PROPN conj     2
will     AUX   aux      6
hold     VERB  ROOT     6 hold VB
talks    NOUN  dobj     6 talk NNS
at       ADP   prep     6
{host}   PROPN pobj     8
on       ADP   prep     6
Friday   PROPN pobj     10
.        PUNCT punct    6
"""


def _hosted(host_type: Any) -> set[tuple[str, Any, str]]:
    parsed = build(
        HELD_AT.format(host="Mediators"),
        names=[
            ("Dockers Guild", KG.TradeUnion),
            ("Acme", KG.Organisation),
            ("Mediators", host_type),
            Name("talks", KG.Negotiation, "talks", "noun-phrase"),
        ],
    )
    return facts(parsed.relations("event-host"))


def test_relations_an_organisation_talks_are_held_at_hosts_them() -> None:
    assert _hosted(KG.Organisation) == {("Mediators", KG.participatesIn, "talks")}


@pytest.mark.parametrize("host_type", [KG.Place, KG.Person])
def test_relations_a_place_or_person_talks_are_held_at_hosts_nothing(host_type: Any) -> None:
    """ "talks at Leeds" are set there; only an organisation holds them."""
    assert _hosted(host_type) == set()


def test_relations_a_strike_at_a_company_is_not_the_companys() -> None:
    """ "The guild will stage a walkout at Acme": Acme employs the strikers, it holds no
    gathering."""
    parsed = build(
        """
        The      DET   det      2
        Dockers  PROPN compound 2
        Guild    PROPN nsubj    4
        will     AUX   aux      4
        stage    VERB  ROOT     4 stage VB
        a        DET   det      6
        walkout  NOUN  dobj     4
        at       ADP   prep     4
        Acme     PROPN pobj     7
        .        PUNCT punct    4
        """,
        names=[
            ("Dockers Guild", KG.TradeUnion),
            ("Acme", KG.Organisation),
            Name("walkout", KG.CollectiveAction, "walkout", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("event-host")) == set()


def test_relations_talks_under_the_auspices_of_a_body_are_hosted_by_it() -> None:
    parsed = build(
        """
        Talks     NOUN  nsubj    6 talk NNS
        under     ADP   prep     0
        the       DET   det      3
        auspices  NOUN  pobj     1 auspices NNS
        of        ADP   prep     3
        Mediators PROPN pobj     4
        resumed   VERB  ROOT     6 resume VBD
        .         PUNCT punct    6
        """,
        names=[
            ("Mediators", KG.Organisation),
            Name("Talks", KG.Negotiation, "talks", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("event-host")) == {("Mediators", KG.participatesIn, "talks")}


# "Acme said it had had talks with the guild ." / "... the discussions that Acme has been having
# with the Dockers Guild ."
HAD = """
Acme     PROPN nsubj    1
said     VERB  ROOT     1 say VBD
it       PRON  nsubj    4
had      AUX   aux      4 have VBD
had      VERB  ccomp    1 have VBN
talks    NOUN  dobj     4 talk NNS
.        PUNCT punct    1
"""

RELATIVE = """
Acme        PROPN nsubj    1
welcomed    VERB  ROOT     1 welcome VBD
the         DET   det      3
discussions NOUN  dobj     1 discussion NNS
that        PRON  dobj     8 - WDT
it          PRON  nsubj    8
has         AUX   aux      8 have VBZ
been        AUX   aux      8 be VBN
having      VERB  relcl    3 have VBG
with        ADP   prep     8
the         DET   det      12
Dockers     PROPN compound 12
Guild       PROPN pobj     9
.           PUNCT punct    1
"""


def test_relations_who_has_talks_holds_them() -> None:
    parsed = build(
        HAD,
        names=[("Acme", KG.Organisation), Name("talks", KG.Negotiation, "talks", "noun-phrase")],
        pronouns={2: "Acme"},
    )
    assert facts(parsed.relations("event-holder")) == {("Acme", KG.participatesIn, "talks")}


def test_relations_a_relative_clause_of_having_names_both_sides() -> None:
    parsed = build(
        RELATIVE,
        names=[
            ("Acme", KG.Organisation),
            ("Dockers Guild", KG.TradeUnion),
            Name("discussions", KG.Negotiation, "discussions", "noun-phrase"),
        ],
        pronouns={5: "Acme"},
    )
    assert facts(parsed.relations("event-holder")) == {
        ("Acme", KG.participatesIn, "discussions"),
        ("Dockers Guild", KG.participatesIn, "discussions"),
    }


def test_relations_having_another_event_is_no_part_in_it() -> None:
    """ "it had had a strike" is no construction of taking part; only gatherings are had."""
    parsed = build(
        HAD.replace("talks    NOUN  dobj     4 talk NNS", "strikes  NOUN  dobj     4 strike NNS"),
        names=[
            ("Acme", KG.Organisation),
            Name("strikes", KG.CollectiveAction, "strikes", "noun-phrase"),
        ],
        pronouns={2: "Acme"},
    )
    assert facts(parsed.relations("event-holder")) == set()


def _participants(corpus: Any) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }


def test_relations_talks_hosted_and_had_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Ferry Guild and Harbour Lines will hold talks at the Arbitration Board"
        " on Friday.\nHarbour Lines said it had had constructive talks with the Ferry Guild."
    )
    found = _participants(corpus)
    assert any(s == "Arbitration Board" for s, _ in found)
    assert any(s == "Harbour Lines" for s, _ in found)


def test_mentions_discussions_are_talks_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Ferry Guild held discussions with Harbour Lines on Monday about pay."
    )
    events = [e for e in corpus.entities if e.type == KG.Negotiation]
    assert [e.label.split()[0] for e in events] == ["discussions"]
    assert ("Ferry Guild", events[0].label) in _participants(corpus)
