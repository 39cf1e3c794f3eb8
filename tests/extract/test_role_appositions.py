"""Titles in apposition after a name (``kg.extract.mentions.roles``): an adverb of time or
letters after the name between it and its title ("X, then the chief executive of Y", "X, QC,
chairman of Y"), a title's body after "for" ("chief executive for Y"), and letters after a name
that are no entity of their own (``kg.extract.mentions.ner``). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import make_doc, mentions_of

from kg.model import Corpus
from kg.rdf.namespaces import KG


def _links(rows: str) -> set[tuple[str, str | None, str | None]]:
    """(role phrase, holder, organisation) of each role mention of a hand-built parse."""
    found = mentions_of(make_doc(rows))
    texts = [m.text for m in found.mentions]
    return {
        (
            texts[link.role_mention],
            None if link.holder is None else texts[link.holder],
            None if link.organisation is None else texts[link.organisation],
        )
        for link in found.roles
    }


def test_role_holder_past_an_adverb_of_time_is_the_name_before_it() -> None:
    """ "Lee Hunt, then the chief executive of the Lake Trust, said no.": the title dated by
    "then" is still Hunt's (lex:tenureAdverb)."""
    links = _links(
        """
        Lee       PROPN compound 1  -    NNP B-PERSON
        Hunt      PROPN nsubj    12 -    NNP I-PERSON
        ,         PUNCT punct    1  -    ,
        then      ADV   advmod   6  -    RB
        the       DET   det      6  -    DT
        chief     ADJ   amod     6  -    JJ
        executive NOUN  appos    1  -    NN
        of        ADP   prep     6  -    IN
        the       DET   det      10 -    DT
        Lake      PROPN compound 10 -    NNP B-ORG
        Trust     PROPN pobj     7  -    NNP I-ORG
        ,         PUNCT punct    1  -    ,
        said      VERB  ROOT     12 say  VBD
        no        INTJ  dobj     12 -    UH
        .         PUNCT punct    12 -    .
        """
    )
    assert links == {("chief executive", "Lee Hunt", "Lake Trust")}


# "Ray Bell, QC, chairman of the Bar Guild, said no.", with the model reading "QC" as a place
_LETTERS = """
    Ray      PROPN compound 1  -    NNP B-PERSON
    Bell     PROPN nsubj    11 -    NNP I-PERSON
    ,        PUNCT punct    1  -    ,
    QC       PROPN appos    1  -    NNP B-GPE
    ,        PUNCT punct    3  -    ,
    chairman NOUN  appos    3  -    NN
    of       ADP   prep     5  -    IN
    the      DET   det      9  -    DT
    Bar      PROPN compound 9  -    NNP B-ORG
    Guild    PROPN pobj     6  -    NNP I-ORG
    ,        PUNCT punct    1  -    ,
    said     VERB  ROOT     11 say  VBD
    no       INTJ  dobj     11 -    UH
    .        PUNCT punct    11 -    .
"""


def test_role_holder_past_letters_after_the_name_is_the_name() -> None:
    """The letters set off by commas between a name and its title are the name's
    (lex:postNominal), not a name of their own, and the title is the name's."""
    assert _links(_LETTERS) == {("chairman", "Ray Bell", "Bar Guild")}


def test_letters_after_a_name_are_no_entity() -> None:
    assert "QC" not in {m.text for m in mentions_of(make_doc(_LETTERS)).mentions}


def test_letters_right_after_a_name_are_no_organisation() -> None:
    """ "Professor Ann Lee OBE, chair of the Bar Guild, said no.": capital letters after a name
    are an honour (lex:postNominal), not a body the model missed."""
    found = mentions_of(
        make_doc(
            """
            Professor PROPN compound 2  -    NNP B-PERSON
            Ann       PROPN compound 2  -    NNP I-PERSON
            Lee       PROPN nsubj    11 -    NNP I-PERSON
            OBE       PROPN appos    2  -    NNP
            ,         PUNCT punct    2  -    ,
            chair     NOUN  appos    2  -    NN
            of        ADP   prep     5  -    IN
            the       DET   det      9  -    DT
            Bar       PROPN compound 9  -    NNP B-ORG
            Guild     PROPN pobj     6  -    NNP I-ORG
            ,         PUNCT punct    2  -    ,
            said      VERB  ROOT     11 say  VBD
            no        INTJ  dobj     11 -    UH
            .         PUNCT punct    11 -    .
            """
        )
    )
    assert "OBE" not in {m.text for m in found.mentions}


def test_role_organisation_after_for_is_the_body_named_there() -> None:
    """ "Sam Ford, chief executive for Riverside Care, said no.": the body after "for" is the
    title's, as after "of"."""
    links = _links(
        """
        Sam       PROPN compound 1  -    NNP B-PERSON
        Ford      PROPN nsubj    9  -    NNP I-PERSON
        ,         PUNCT punct    1  -    ,
        chief     ADJ   amod     4  -    JJ
        executive NOUN  appos    1  -    NN
        for       ADP   prep     4  -    IN
        Riverside PROPN compound 7  -    NNP B-ORG
        Care      PROPN pobj     5  -    NNP I-ORG
        ,         PUNCT punct    1  -    ,
        said      VERB  ROOT     9  say  VBD
        no        INTJ  dobj     9  -    UH
        .         PUNCT punct    9  -    .
        """
    )
    assert links == {("chief executive", "Sam Ford", "Riverside Care")}


def _leads(corpus: Corpus) -> set[tuple[str | None, str | None]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.predicate in (KG.leads, KG.chairOf)
    }


def test_extract_titles_in_apposition_past_adverbs_and_letters(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Care homes warn of closures\n"
        "Dan Pike, chief executive of the Home Support Association, wrote to the council.\n"
        "Lee Hunt, then the chief executive of the Lakeside Alliance, said the council was "
        "wrong.\n"
        "Ray Bell, QC, outgoing chairman of the Bar Guild, welcomed the plan.\n"
        "Sam Ford, chief executive for the Riverside Care Group, said he was worried.\n"
        "Professor Kay Dunn OBE, chair of the Harbour Trust, said she was worried.\n"
    )
    leads = _leads(corpus)
    assert {
        ("Lee Hunt", "Lakeside Alliance"),
        ("Ray Bell", "Bar Guild"),
        ("Sam Ford", "Riverside Care Group"),
    } <= leads
    assert ("Dan Pike", "Lakeside Alliance") not in leads
    assert not {"QC", "OBE"} & {e.label for e in corpus.entities}


def test_role_holder_named_after_a_title_and_its_body_after_for() -> None:
    """ "They met the Permanent Secretary for the Lake Trust, Lee Hunt.": the name in
    apposition after the title's "for" phrase holds the title, which heads the body."""
    links = _links(
        """
        They      PRON  nsubj    1  -    PRP
        met       VERB  ROOT     1  meet VBD
        the       DET   det      4  -    DT
        Permanent PROPN compound 4  -    NNP
        Secretary PROPN dobj     1  -    NNP
        for       ADP   prep     4  -    IN
        the       DET   det      8  -    DT
        Lake      PROPN compound 8  -    NNP B-ORG
        Trust     PROPN pobj     5  -    NNP I-ORG
        ,         PUNCT punct    4  -    ,
        Lee       PROPN compound 11 -    NNP B-PERSON
        Hunt      PROPN appos    4  -    NNP I-PERSON
        .         PUNCT punct    1  -    .
        """
    )
    assert ("Permanent Secretary", "Lee Hunt", "Lake Trust") in links


def test_role_no_holder_after_a_for_phrase_of_time() -> None:
    """ "They met the chair for ten years, Lee Hunt.": "for" names no body here."""
    links = _links(
        """
        They   PRON  nsubj    1  -    PRP
        met    VERB  ROOT     1  meet VBD
        the    DET   det      3  -    DT
        chair  NOUN  dobj     1  -    NN
        for    ADP   prep     3  -    IN
        ten    NUM   nummod   6  -    CD
        years  NOUN  pobj     4  year NNS
        ,      PUNCT punct    3  -    ,
        Lee    PROPN compound 9  -    NNP B-PERSON
        Hunt   PROPN appos    3  -    NNP I-PERSON
        .      PUNCT punct    1  -    .
        """
    )
    assert not any(holder == "Lee Hunt" for _, holder, _ in links)


def test_role_a_vice_chairwoman_holds_a_post_in_her_body(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry union warns\nThe Northern Ferry Union met. Councillor Ann Dale, Northern Ferry Union vice-chairwoman, said the"
        " plans were wrong.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Ann Dale", KG.holdsPostIn, "Northern Ferry Union") in found


def test_role_words_written_with_hyphens_name_the_same_role(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Port workers angry\nThe Harbour Workers Union is angry. Harbour Workers Union"
        " general-secretary Tom Reeve said the plan was wrong.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Tom Reeve", KG.leads, "Harbour Workers Union") in found
    assert not any(p == KG.memberOf and s == "Tom Reeve" for s, p, _ in found)


def test_role_hyphen_variants_of_listed_words() -> None:
    from kg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.role("general-secretary") == lexicon.role("general secretary")
    assert lexicon.role("deputy-general-secretary") == lexicon.role("deputy general secretary")


def test_role_titled_with_the_word_its_body_is_known_by_leads_that_body(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry fares\nThe Harbour Council has raised ferry fares. Council leader Tom Reeve said"
        " the rise was needed.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Tom Reeve", KG.leads, "Harbour Council") in found


def test_role_a_party_colleague_is_a_member_of_the_party(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry questions\nThe minister was questioned by his Plaid Cymru colleague"
        " Tom Reeve on Tuesday.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Tom Reeve", KG.holdsPostIn, "Plaid Cymru") in found  # a kind of member_of


def test_role_a_government_minister_is_not_made_a_post_in_the_last_department(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Rail row\nThe Department for Transport published the plan.\nThe government minister"
        " Ann Dale said the plan was fair.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], labels[r.object]) for r in corpus.relations}
    assert ("Ann Dale", "Department for Transport") not in found
