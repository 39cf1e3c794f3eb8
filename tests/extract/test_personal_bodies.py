"""The "personal-body" rule (``relations.personal_bodies``): a person's possessive before an
organisation written by its name, named after them, or their ministry, says they lead it."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import Name, build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_personal_body_a_body_written_by_its_name_after_a_person_s_possessive_is_led() -> None:
    parsed = build(
        """
        Reyes     PROPN poss     3
        's        PART  case     0  -  POS
        Ferry     PROPN compound 3
        Guild     PROPN nsubj    4
        objected  VERB  ROOT     4  object
        .         PUNCT punct    4
        """,
        names=[("Reyes", KG.Person), ("Ferry Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("personal-body")) == {("Reyes", KG.leads, "Ferry Guild")}


MINISTER_S_DEPARTMENT = """
    the        DET   det      1
    minister   NOUN  nsubj    2
    said       VERB  ROOT     2  say
    it         PRON  nsubj    5
    was        AUX   aux      5  be
    outside    ADP   prep     5
    his        PRON  poss     7
    department NOUN  pobj     5
    .          PUNCT punct    2
"""


def test_personal_body_a_minister_leads_their_own_department() -> None:
    parsed = build(
        MINISTER_S_DEPARTMENT,
        names=[Name("department", KG.GovernmentBody, "Harbour Department", "description")],
        roles=[("minister", "Ann Lee", None)],
        pronouns={6: "Ann Lee"},
    )
    assert facts(parsed.relations("personal-body")) == {("Ann Lee", KG.leads, "Harbour Department")}


def test_personal_body_no_post_no_ministry_led() -> None:
    """Without a government post the department is only named with the person: no relation."""
    parsed = build(
        MINISTER_S_DEPARTMENT,
        names=[
            ("minister", KG.Person, "Ann Lee"),
            Name("department", KG.GovernmentBody, "Harbour Department", "description"),
        ],
        pronouns={6: "Ann Lee"},
    )
    assert parsed.relations("personal-body") == []


def test_personal_body_her_union_is_no_leadership() -> None:
    parsed = build(
        """
        Lee    PROPN nsubj 1
        left   VERB  ROOT  1  leave
        her    PRON  poss  3
        union  NOUN  dobj  1
        .      PUNCT punct 1
        """,
        names=[("Lee", KG.Person), Name("union", KG.TradeUnion, "Ferry Guild", "description")],
        pronouns={2: "Lee"},
    )
    assert parsed.relations("personal-body") == []


def test_personal_body_a_minister_s_department_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Pay news\nThe Department of Health faces a shortfall, Health Minister Ann Lee warned.\n"
        "She said the money would have to be found outside her department."
    )
    led = [r for r in corpus.relations if r.predicate == KG.leads]
    assert [(r.subject, r.object, r.evidence.method) for r in led] == [
        ("Ann Lee", "Department of Health and Social Care", "personal-body")
    ]


def test_personal_body_a_name_modifying_a_noun_after_it_is_not_the_person_s_body() -> None:
    """ "Reyes's Ferry Guild speech": the possessive is the speech's (the person's speech), the
    body's name only says which speech."""
    parsed = build(
        """
        Reyes     PROPN poss     3
        's        PART  case     0  -  POS
        Ferry     PROPN compound 3
        Guild     PROPN compound 4
        speech    NOUN  nsubj    5
        ended     VERB  ROOT     5  end
        .         PUNCT punct    5
        """,
        names=[("Reyes", KG.Person), ("Ferry Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("personal-body")) == set()


def test_personal_body_real_parse_a_person_s_speech_named_after_a_body(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry unions praised Ida Moss.\n"
        "The unions referenced Moss's Harbour Board conference speech in May."
    )
    assert not any(r.predicate.endswith("leads") for r in corpus.relations)
