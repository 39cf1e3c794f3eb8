"""Titles of laws with a bracketed part (:mod:`kg.extract.mentions.law_titles`), on
hand-built parses of sentences written for the tests."""

from __future__ import annotations

from doc_builder import make_doc, mentions_of

from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

# "Ministers brought in the Ferries (Minimum Crew Levels) Bill." as the parser may misread it:
# the brackets' words an apposition of "Ferries", and "Bill" a root of its own
WRECKED = """
Ministers PROPN nsubj    1 -     NNPS
brought   VERB  ROOT     1 bring VBD
in        ADP   prt      1 -     RP
the       DET   det      4 -     DT
Ferries   PROPN dobj     1 -     NNPS
(         PUNCT punct    4 -     -LRB-
Minimum   PROPN compound 8 -     NNP B-ORG
Crew      PROPN compound 8 -     NNP I-ORG
Levels    PROPN appos    4 -     NNPS I-ORG
)         PUNCT punct    1 -     -RRB-
Bill      PROPN ROOT     10 -    NNP
.         PUNCT punct    10 -    .
"""


def test_a_law_title_with_a_bracketed_part_is_one_proposal() -> None:
    found = mentions_of(make_doc(WRECKED))
    names = {m.text: core_class(m.type) for m in found.mentions}
    assert names.get("Ferries (Minimum Crew Levels) Bill") == KG.Proposal
    assert "Minimum Crew Levels" not in names


def test_a_bracketed_part_with_a_year_and_linking_words() -> None:
    doc = make_doc(
        """
        The       DET   det      4 -      DT
        Ferries   PROPN compound 4 -      NNP
        (         PUNCT punct    4 -      -LRB-
        Wales     PROPN appos    1 -      NNP
        )         PUNCT punct    4 -      -RRB-
        Act       PROPN nsubj    7 -      NNP
        2024      NUM   nummod   5 -      CD
        passed    VERB  ROOT     7 pass   VBD
        .         PUNCT punct    7 -      .
        """
    )
    names = {m.text for m in mentions_of(doc).mentions}
    assert "Ferries (Wales) Act 2024" in names


def test_brackets_after_a_name_that_is_no_law_are_no_title() -> None:
    doc = make_doc(
        """
        The       DET   det      1 -      DT
        Guild     PROPN nsubj    5 -      NNP
        (         PUNCT punct    1 -      -LRB-
        Ferries   PROPN appos    1 -      NNP
        )         PUNCT punct    1 -      -RRB-
        met       VERB  ROOT     5 meet   VBD
        .         PUNCT punct    5 -      .
        """
    )
    assert not any("(" in m.text for m in mentions_of(doc).mentions)


# "Ministers brought in the Ferries and Harbours Bill." as the parser may read it: the first
# topic a nationality of its own, "Bill" a conjunct of it
JOINED = """
Ministers PROPN nsubj    1 -     NNPS
brought   VERB  ROOT     1 bring VBD
in        ADP   prt      1 -     RP
the       DET   det      4 -     DT
Ferries   PROPN dobj     1 -     NNPS B-NORP
and       CCONJ cc       4 -     CC
Harbours  PROPN compound 7 -     NNPS
Bill      PROPN conj     4 -     NNP
.         PUNCT punct    1 -     .
"""


def test_a_law_title_that_joins_its_topics_is_one_proposal() -> None:
    names = {m.text: core_class(m.type) for m in mentions_of(make_doc(JOINED)).mentions}
    assert names.get("Ferries and Harbours Bill") == KG.Proposal
    assert "Bill" not in names


def _possessive_title(owner: str, owner_tag: str) -> str:
    return f"""
    Ministers  PROPN nsubj    1 -       NNPS
    backed     VERB  ROOT     1 back    VBD
    {owner}    PROPN poss     5 -       {owner_tag}
    '          PART  case     2 -       POS
    Rights     PROPN compound 5 -       NNPS
    Bill       PROPN dobj     1 -       NNP
    .          PUNCT punct    1 -       .
    """


def test_a_plural_possessive_opens_the_title_itself() -> None:
    names = {m.text for m in mentions_of(make_doc(_possessive_title("Tenants", "NNPS"))).mentions}
    assert "Tenants' Rights Bill" in names
    assert "Rights Bill" not in names


def test_a_singular_proper_possessive_is_the_owner_not_the_title() -> None:
    found = mentions_of(make_doc(_possessive_title("Harris", "NNP"))).mentions
    assert "Harris' Rights Bill" not in {m.text for m in found}


def test_capitalised_words_without_a_joining_word_are_left_to_the_noun_phrase() -> None:
    doc = make_doc(
        """
        The       DET   det      2 -      DT
        Harbours  PROPN compound 2 -      NNPS
        Bill      PROPN nsubj    3 -      NNP
        passed    VERB  ROOT     3 pass   VBD
        .         PUNCT punct    3 -      .
        """
    )
    names = {m.text: m.method for m in mentions_of(doc).mentions}
    assert "Harbours Bill" in names
