"""The bodies that run an organisation, named after it (kg/extract/mentions/governing_bodies.py),
on hand-built docs, and the relations that make such a body a member of its owner."""

from __future__ import annotations

import pytest
from doc_builder import Name, build, context_of, make_doc, mentions_of
from spacy.tokens import Doc

from kg.extract.mentions import Candidate
from kg.extract.mentions.descriptions import bodies_of_organisations
from kg.extract.mentions.governing_bodies import (
    bodies_named_after_their_owner,
    bodies_of_an_owning_pronoun,
    bodies_of_the_organisation_in_view,
)
from kg.rdf.namespaces import KG

GUILD_EXECUTIVE = """
The       DET   det      2 -    DT
Guild     PROPN compound 2 -    NNP B-ORG
Executive PROPN nsubj    4 -    NNP
will      AUX   aux      4 -    MD
meet      VERB  ROOT     4 -    VB
.         PUNCT punct    4 -    .
"""

WELSH_COUNCIL_CHAIR = """
Guild    PROPN compound 3 -    NNP B-ORG
Welsh    ADJ   amod     2 -    JJ
council  NOUN  compound 3 -    NN
chair    NOUN  compound 5 -    NN
Ann      PROPN compound 5 -    NNP B-PERSON
Hale     PROPN nsubj    6 -    NNP I-PERSON
spoke    VERB  ROOT     6 speak VBD
.        PUNCT punct    6 -    .
"""

ELECTED_COUNCIL = """
The       DET   det      1 -     DT
Guild     PROPN poss     5 -     NNP B-ORG
's        PART  case     1 -     POS
elected   VERB  amod     5 elect VBN
Executive PROPN compound 5 -     NNP B-ORG
Council   PROPN nsubj    6 -     NNP I-ORG
met       VERB  ROOT     6 meet  VBD
.         PUNCT punct    6 -     .
"""


def _owner(doc: Doc, start: int, end: int, cls: object = KG.Organisation) -> Candidate:
    return Candidate(doc[start:end], cls, "ner")  # type: ignore[arg-type]


def _found(doc: Doc, *earlier: Candidate) -> list[tuple[str, Candidate | None]]:
    return [
        (c.span.text, c.same_as)
        for c in bodies_named_after_their_owner(context_of(doc), tuple(earlier))
    ]


def test_governing_body_capitalised_after_its_owner_s_name() -> None:
    doc = make_doc(GUILD_EXECUTIVE)
    assert _found(doc, _owner(doc, 1, 2)) == [("Guild Executive", None)]


def test_governing_body_with_a_nation_s_adjective_before_a_role() -> None:
    # "Guild Welsh council chair Ann Hale": the branch's council, which the chair leads
    doc = make_doc(WELSH_COUNCIL_CHAIR)
    assert _found(doc, _owner(doc, 0, 1)) == [("Guild Welsh council", None)]


# "Guild ferry committee chair Ann Hale spoke": a classifying word, then a title and a name
FERRY_COMMITTEE_CHAIR = """
Guild     PROPN compound 3 -    NNP B-ORG
ferry     NOUN  compound 2 -    NN
committee NOUN  compound 3 -    NN
chair     NOUN  compound 5 -    NN
Ann       PROPN compound 5 -    NNP B-PERSON
Hale      PROPN nsubj    6 -    NNP I-PERSON
spoke     VERB  ROOT     6 speak VBD
.         PUNCT punct    6 -    .
"""

# "Guild ferry committee members met": no title after it, left to the description source
FERRY_COMMITTEE_MEMBERS = """
Guild     PROPN compound 2 -    NNP B-ORG
ferry     NOUN  compound 2 -    NN
committee NOUN  compound 3 -    NN
members   NOUN  nsubj    4 member NNS
met       VERB  ROOT     4 meet VBD
.         PUNCT punct    4 -    .
"""


def test_governing_body_with_a_classifying_word_before_a_title_and_a_name() -> None:
    doc = make_doc(FERRY_COMMITTEE_CHAIR)
    assert _found(doc, _owner(doc, 0, 1)) == [("Guild ferry committee", None)]


def test_governing_body_with_a_classifying_word_and_no_title_after_it_is_not_read_here() -> None:
    doc = make_doc(FERRY_COMMITTEE_MEMBERS)
    assert _found(doc, _owner(doc, 0, 1)) == []


def test_governing_body_after_a_possessive_is_the_name_the_model_gave_its_words() -> None:
    doc = make_doc(ELECTED_COUNCIL)
    council = _owner(doc, 4, 6, KG.Committee)
    assert _found(doc, _owner(doc, 1, 2), council) == [
        ("Guild's elected Executive Council", council)
    ]


# "the Guild's National Council": the model's name may hold the nation's adjective
NATIONAL_COUNCIL = """
the      DET   det      1 -    DT
Guild    PROPN poss     4 -    NNP B-ORG
's       PART  case     1 -    POS
National PROPN compound 4 -    NNP B-ORG
Council  PROPN nsubj    5 -    NNP I-ORG
met      VERB  ROOT     5 meet VBD
"""


def test_governing_body_is_the_model_s_name_with_a_nation_s_adjective() -> None:
    doc = make_doc(NATIONAL_COUNCIL)
    council = _owner(doc, 3, 5, KG.Committee)
    assert _found(doc, _owner(doc, 1, 2), council) == [("Guild's National Council", council)]


@pytest.mark.parametrize(
    ("rows", "owner_class"),
    [
        # "the Guild's recent Council meeting": a word of when names no body
        (
            """
            the     DET   det      1 -  DT
            Guild   PROPN poss     5 -  NNP B-ORG
            's      PART  case     1 -  POS
            recent  ADJ   amod     5 -  JJ
            Council PROPN compound 5 -  NNP
            meeting NOUN  pobj     6 -  NN
            ended   VERB  ROOT     6 end VBD
            """,
            KG.Organisation,
        ),
        # "the Guild's chief executive": a post, not a body
        (
            """
            the       DET   det      1 -  DT
            Guild     PROPN poss     4 -  NNP B-ORG
            's        PART  case     1 -  POS
            chief     ADJ   amod     4 -  JJ
            executive NOUN  nsubj    5 -  NN
            spoke     VERB  ROOT     5 speak VBD
            """,
            KG.Organisation,
        ),
        # "a Labour council": a council the party runs, no body of the party
        (
            """
            a       DET   det   2 -  DT
            Labour  PROPN compound 2 - NNP B-ORG
            Council PROPN nsubj 3 -  NNP
            spoke   VERB  ROOT  3 speak VBD
            """,
            KG.PoliticalParty,
        ),
        # "the Guild council": lower case after a bare name is bodies_of_organisations's
        (
            """
            the     DET   det      2 -  DT
            Guild   PROPN compound 2 -  NNP B-ORG
            council NOUN  nsubj    3 -  NN
            met     VERB  ROOT     3 meet VBD
            """,
            KG.Organisation,
        ),
    ],
)
def test_governing_body_not_a_post_a_party_s_council_a_word_of_when_or_lowercase(
    rows: str, owner_class: object
) -> None:
    doc = make_doc(rows)
    assert _found(doc, _owner(doc, 1, 2, owner_class)) == []


OWN_EXECUTIVE = """
The       DET   det    1 -      DT
Guild     PROPN nsubj  2 -      NNP B-ORG
said      VERB  ROOT   2 say    VBD
its       PRON  poss   4 -      PRP$
executive NOUN  nsubj  5 -      NN
decided   VERB  ccomp  2 decide VBD
.         PUNCT punct  2 -      .
"""


def test_governing_body_of_an_owning_pronoun() -> None:
    doc = make_doc(OWN_EXECUTIVE)
    found = list(bodies_of_an_owning_pronoun(context_of(doc), ()))
    assert [(c.span.text, c.type, c.method) for c in found] == [
        ("executive", KG.Organisation, "noun-phrase")
    ]


def test_governing_body_of_an_owning_pronoun_is_settled_before_a_description() -> None:
    # "its executive" is a body of its own, not a description of the Guild
    mentions = mentions_of(make_doc(OWN_EXECUTIVE)).mentions
    assert [(m.text, m.method) for m in mentions if m.text == "executive"] == [
        ("executive", "noun-phrase")
    ]


def test_governing_body_of_an_owning_pronoun_not_a_post() -> None:
    # "the Guild said its executive director spoke": a post
    doc = make_doc(
        """
        The       DET   det      1 -     DT
        Guild     PROPN nsubj    2 -     NNP B-ORG
        said      VERB  ROOT     2 say   VBD
        its       PRON  poss     5 -     PRP$
        executive NOUN  compound 5 -     NN
        director  NOUN  nsubj    6 -     NN
        spoke     VERB  ccomp    2 speak VBD
        .         PUNCT punct    2 -     .
        """
    )
    assert list(bodies_of_an_owning_pronoun(context_of(doc), ())) == []


def test_descriptions_possessed_body_is_not_its_owner_whatever_its_word() -> None:
    # "the Guild's board": a board is a kind of organisation, yet the Guild's is a part of it
    doc = make_doc(
        """
        the    DET   det   1 -    DT
        Guild  PROPN poss  3 -    NNP B-ORG
        's     PART  case  1 -    POS
        board  NOUN  nsubj 4 -    NN
        met    VERB  ROOT  4 meet VBD
        """
    )
    guild = _owner(doc, 1, 2)
    (found,) = bodies_of_organisations(context_of(doc), (guild,))
    assert (found.span.text, found.same_as) == ("Guild's board", None)


def test_relations_capitalised_governing_body_is_a_member_of_the_name_before_it() -> None:
    parsed = build(
        GUILD_EXECUTIVE,
        names=[
            Name("Guild Executive", KG.Organisation, method="noun-phrase"),
            ("Guild", KG.Organisation),
        ],
    )
    found = [(r.subject, r.predicate, r.object) for r in parsed.relations("body-of")]
    assert found == [("Guild Executive", KG.memberOf, "Guild")]


def test_relations_body_known_by_a_common_noun_is_no_parent_of_a_name() -> None:
    # "its executive ... the Executive Council": "executive" names no parent by its start
    parsed = build(
        """
        its       PRON  poss     1 -  PRP$
        executive NOUN  nsubj    2 -  NN
        met       VERB  ROOT     2 meet VBD
        the       DET   det      5 -  DT
        Executive PROPN compound 5 -  NNP
        Council   PROPN dobj     2 -  NNP
        .         PUNCT punct    2 -  .
        """,
        names=[
            Name("executive", KG.Organisation, method="noun-phrase"),
            Name("Executive Council", KG.Committee),
        ],
    )
    assert parsed.relations("sub-unit") == []


CALFE = """
The       DET   det      1 -      DT
Guild     PROPN nsubj    2 -      NNP B-ORG
met       VERB  ROOT     2 meet   VBD
during    ADP   prep     2 -      IN
an        DET   det      7 -      DT
executive ADJ   amod     6 -      JJ
committee NOUN  compound 7 -      NN
meeting   NOUN  pobj     3 -      NN
.         PUNCT punct    2 -      .
"""


def test_governing_body_with_no_owner_named_is_a_name_an_event_may_hold() -> None:
    # "The Guild met during an executive committee meeting."
    doc = make_doc(CALFE)
    guild = _owner(doc, 1, 2)
    found = list(bodies_of_the_organisation_in_view(context_of(doc), (guild,)))
    assert [(c.span.text, c.method) for c in found] == [("executive committee", "name-part")]
    texts = {m.text for m in mentions_of(doc).mentions}
    assert {"executive committee", "executive committee meeting"} <= texts


@pytest.mark.parametrize(
    "rows",
    [
        # "the Guild's executive committee": the owner's possessive is the other sources'
        """
        the       DET   det      1 -  DT
        Guild     PROPN poss     4 -  NNP B-ORG
        's        PART  case     1 -  POS
        executive ADJ   amod     4 -  JJ
        committee NOUN  nsubj    5 -  NN
        met       VERB  ROOT     5 meet VBD
        """,
        # "the executive committee of the Guild": the owner is named after it
        """
        the       DET   det      2 -  DT
        executive ADJ   amod     2 -  JJ
        committee NOUN  nsubj    6 -  NN
        of        ADP   prep     2 -  IN
        the       DET   det      5 -  DT
        Guild     PROPN pobj     3 -  NNP B-ORG
        met       VERB  ROOT     6 meet VBD
        """,
    ],
)
def test_governing_body_with_its_owner_is_not_one_in_view(rows: str) -> None:
    doc = make_doc(rows)
    guild = next(_owner(doc, t.i, t.i + 1) for t in doc if t.text == "Guild")
    assert list(bodies_of_the_organisation_in_view(context_of(doc), (guild,))) == []


def test_relations_body_in_view_is_a_member_of_the_organisation_named_before_it() -> None:
    parsed = build(
        CALFE,
        names=[
            Name("executive committee", KG.Organisation, method="name-part"),
            ("Guild", KG.TradeUnion),
        ],
    )
    found = [(r.subject, r.predicate, r.object) for r in parsed.relations("body-in-view")]
    assert found == [("executive committee", KG.memberOf, "Guild")]
    government = build(
        CALFE,
        names=[
            Name("executive committee", KG.Organisation, method="name-part"),
            ("Guild", KG.GovernmentBody),
        ],
    )
    assert government.relations("body-in-view") == []  # a government's bodies are named so
