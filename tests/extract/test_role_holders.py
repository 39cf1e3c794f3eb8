"""Who holds a role phrase and in which body (``kg.extract.mentions.roles``,
``kg.extract.mentions.role_phrases``): titles in a list of appositions, a title whose "of"
names a body the model reads, the object of "re-elect X as", the antecedent of "who", and
posts still to be filled. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


# "Signatories include Ann Lee, chief executive of Shore Care, Bob Marsh, chief executive of the
# Dock Trust.", with the parser's misreading of the list: Bob Marsh a conjunct of Shore Care
_SIGNATORIES = """
    Signatories NOUN  nsubj    1  signatory NNS
    include     VERB  ROOT     1  -         VBP
    Ann         PROPN compound 3  -         NNP B-PERSON
    Lee         PROPN dobj     1  -         NNP I-PERSON
    ,           PUNCT punct    3  -         ,
    chief       ADJ   amod     6  -         JJ
    executive   NOUN  appos    3  -         NN
    of          ADP   prep     6  -         IN
    Shore       PROPN compound 9  -         NNP B-ORG
    Care        PROPN pobj     7  -         NNP I-ORG
    ,           PUNCT punct    9  -         ,
    Bob         PROPN compound 12 -         NNP B-PERSON
    Marsh       PROPN conj     9  -         NNP I-PERSON
    ,           PUNCT punct    12 -         ,
    chief       ADJ   amod     15 -         JJ
    executive   NOUN  appos    12 -         NN
    of          ADP   prep     15 -         IN
    the         DET   det      19 -         DT
    Dock        PROPN compound 19 -         NNP B-ORG
    Trust       PROPN pobj     16 -         NNP I-ORG
    .           PUNCT punct    1  -         .
"""


def test_role_holder_in_a_list_of_appositions_is_the_name_before_the_title() -> None:
    """Each bare title after a name and its comma is that name's, not the next one's, and its
    "of" names the body even when no list names it."""
    assert _links(_SIGNATORIES) == {
        ("chief executive", "Ann Lee", "Shore Care"),
        ("chief executive", "Bob Marsh", "Dock Trust"),
    }


def test_role_holder_after_a_title_with_a_determiner_is_still_the_name_after_it() -> None:
    """ "The chair of the Dock Trust, Bob Marsh, said": a title before its holder."""
    links = _links(
        """
        The    DET   det      1  -    DT
        chair  NOUN  nsubj    9  -    NN
        of     ADP   prep     1  -    IN
        the    DET   det      5  -    DT
        Dock   PROPN compound 5  -    NNP B-ORG
        Trust  PROPN pobj     2  -    NNP I-ORG
        ,      PUNCT punct    1  -    ,
        Bob    PROPN compound 8  -    NNP B-PERSON
        Marsh  PROPN appos    1  -    NNP I-PERSON
        said   VERB  ROOT     9  say  VBD
        .      PUNCT punct    9  -    .
        """
    )
    assert {(r, h) for r, h, _ in links} == {("chair", "Bob Marsh")}


def test_role_holder_after_a_title_with_a_function_after_for_is_the_name_after_it() -> None:
    """ "Dock Guild national officer for ports and justice Bob Marsh said": the function after
    "for" is part of the title, and the name after it holds it."""
    links = _links(
        """
        Dock     PROPN compound 1  -    NNP B-ORG
        Guild    PROPN compound 3  -    NNP I-ORG
        national ADJ   amod     3  -    JJ
        officer  NOUN  compound 9  -    NN
        for      ADP   prep     3  -    IN
        ports    NOUN  pobj     4  port NNS
        and      CCONJ cc       5  -    CC
        justice  NOUN  conj     5  -    NN
        Bob      PROPN compound 9  -    NNP B-PERSON
        Marsh    PROPN nsubj    10 -    NNP I-PERSON
        said     VERB  ROOT     10 say  VBD
        .        PUNCT punct    10 -    .
        """
    )
    assert {(h, o) for _, h, o in links} == {("Bob Marsh", "Dock Guild")}


def test_role_holder_is_the_object_of_a_verb_giving_the_role_with_as() -> None:
    """ "The Guild voted to elect Ann Lee as its president.": the one elected holds the post,
    not the subject of the verb above."""
    links = _links(
        """
        The       DET   det      1  -     DT
        Guild     PROPN nsubj    2  -     NNP B-ORG
        voted     VERB  ROOT     2  vote  VBD
        to        PART  aux      4  -     TO
        elect     VERB  xcomp    2  -     VB
        Ann       PROPN compound 6  -     NNP B-PERSON
        Lee       PROPN dobj     4  -     NNP I-PERSON
        as        ADP   prep     4  -     IN
        its       PRON  poss     9  -     PRP$
        president NOUN  pobj     7  -     NN
        .         PUNCT punct    2  -     .
        """
    )
    assert {(r, h) for r, h, _ in links} == {("president", "Ann Lee")}


def test_role_holder_of_a_relative_clause_is_the_antecedent_of_its_pronoun() -> None:
    """ "Dan Pike, who was elected chair of the Shore Council, said no.": "who" stands for Pike."""
    links = _links(
        """
        Dan     PROPN compound 1  -      NNP B-PERSON
        Pike    PROPN nsubj    12 -      NNP I-PERSON
        ,       PUNCT punct    1  -      ,
        who     PRON  nsubjpass 5 -      WP
        was     AUX   auxpass  5  be     VBD
        elected VERB  relcl    1  elect  VBN
        chair   NOUN  oprd     5  -      NN
        of      ADP   prep     6  -      IN
        the     DET   det      10 -      DT
        Shore   PROPN compound 10 -      NNP B-ORG
        Council PROPN pobj     7  -      NNP I-ORG
        ,       PUNCT punct    1  -      ,
        said    VERB  ROOT     12 say    VBD
        no      INTJ  dobj     12 -      UH
        .       PUNCT punct    12 -      .
        """
    )
    assert links == {("chair", "Dan Pike", "Shore Council")}


_NEXT_CHAIR = """
    Leaders   NOUN  nsubj    2  leader NNS
    will      AUX   aux      2  -      MD
    choose    VERB  ROOT     2  -      VB
    the       DET   det      5  -      DT
    {word}    ADJ   amod     5  -      JJ
    chair     NOUN  dobj     2  -      NN
    of        ADP   prep     5  -      IN
    the       DET   det      8  -      DT
    Trust     PROPN pobj     6  -      NNP B-ORG
    .         PUNCT punct    2  -      .
"""


def test_role_phrase_of_a_post_still_to_be_filled_refers_to_no_one() -> None:
    """ "Leaders will choose the next chair of the Trust": no holder yet (lex:vacancyWord), so
    the phrase is no alias of whoever was called chair before; "the new chair" still refers to
    the post's holder."""
    assert _links(_NEXT_CHAIR.format(word="next")) == set()
    assert {r for r, _, _ in _links(_NEXT_CHAIR.format(word="new"))} == {"new chair"}


def test_extract_titles_listed_after_their_holders(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Care homes warn of closures\n"
        "Signatories to the letter include Cara Dunn, chief executive of Shore Care, Dan Pike, "
        "chief executive of the Home Support Association and Eve Ross, chief executive of "
        "Northern Homes.\n"
    )
    leads = {(r.subject, r.object) for r in corpus.relations if r.predicate == KG.leads}
    labels = {e.key: e.label for e in corpus.entities}
    assert {(labels.get(s, s), labels.get(o, o)) for s, o in leads} >= {
        ("Cara Dunn", "Shore Care"),
        ("Dan Pike", "Home Support Association"),
    }
    assert ("Dan Pike", "Shore Care") not in {
        (labels.get(s, s), labels.get(o, o)) for s, o in leads
    }


def test_extract_a_post_taken_in_a_relative_clause(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Union news\n"
        "Eve Ross, who became general secretary of the Port Workers Union in May, attacked the "
        "plan.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    leads = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.predicate == KG.leads
    }
    assert leads == {("Eve Ross", "Port Workers Union")}


def test_extract_re_electing_someone_as_president(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Guild vote\nThe Harbour Guild voted to re-elect Ann Lee as its president.\n")
    labels = {e.key: e.label for e in corpus.entities}
    leads = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.predicate == KG.leads
    }
    assert leads == {("Ann Lee", "Harbour Guild")}


def test_a_name_of_two_words_opening_the_sentence_before_a_role_is_its_organisation() -> None:
    """ "Harbour Isles TD Aoife Kerr spoke to the council.": the party's name opens the sentence, and the
    seat letters' organisation is that name, as after one word ("Labour TD"), also where the
    parser leaves the name out of the title."""

    doc = make_doc(
        """
        Harbour   PROPN compound 1 -     NNP
        Isles     PROPN npadvmod 4 -     NNP
        TD        PROPN compound 4 -     NNP
        Aoife     PROPN compound 4 -     NNP B-PERSON
        Kerr      PROPN nsubj    5 -     NNP I-PERSON
        spoke     VERB  ROOT     5 speak VBD
        to        ADP   prep     5 -     IN
        the       DET   det      8 -     DT
        council   NOUN  pobj     6 -     NN
        .         PUNCT punct    5 -     .
        """,
        gazetteer=[(0, 2, KG.PoliticalParty, "harbour_isles")],
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Harbour Isles"


def test_a_bodys_title_for_a_nation_reaches_the_holder_after_its_honorific() -> None:
    """ "Guild ferry committee chair for Wales Dr Ann Hale spoke to the council.": "for
    Wales" is the nation the post covers; the holder is the name after it."""
    doc = make_doc(
        """
        Guild     PROPN compound 3 -     NNP B-ORG
        ferry     NOUN  compound 2 -     NN
        committee NOUN  compound 3 -     NN
        chair     NOUN  nsubj    10 -    NN
        for       ADP   prep     3 -     IN
        Wales     PROPN pobj     4 -     NNP B-GPE
        Dr        PROPN compound 9 -     NNP
        Ann       PROPN compound 9 -     NNP B-PERSON
        Hale      PROPN appos    3 -     NNP I-PERSON
        spoke     VERB  ROOT     9 speak VBD
        to        ADP   prep     9 -     IN
        the       DET   det      12 -    DT
        council   NOUN  pobj     10 -    NN
        .         PUNCT punct    9 -     .
        """,
        gazetteer=[(0, 1, KG.TradeUnion, "guild"), (5, 6, KG.Country, "wales")],
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.holder is not None and "Ann Hale" in found.mentions[link.holder].text
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Guild ferry committee"


def test_a_title_set_off_by_dashes_after_a_name_is_the_names() -> None:
    """ "Pat Lee – general secretary of the Guild – spoke to the council.": dashes set off the
    apposition as commas do."""
    doc = make_doc(
        """
        Pat       PROPN compound 1 -     NNP B-PERSON
        Lee       PROPN nsubj    9 -     NNP I-PERSON
        –         PUNCT punct    1 -     :
        general   ADJ   amod     4 -     JJ
        secretary NOUN  appos    1 -     NN
        of        ADP   prep     4 -     IN
        the       DET   det      7 -     DT
        Guild     PROPN pobj     5 -     NNP B-ORG
        –         PUNCT punct    1 -     :
        spoke     VERB  ROOT     9 speak VBD
        to        ADP   prep     9 -     IN
        the       DET   det      12 -    DT
        council   NOUN  pobj     10 -    NN
        .         PUNCT punct    9 -     .
        """,
        gazetteer=[(7, 8, KG.TradeUnion, "guild")],
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Pat Lee"


def test_a_title_with_a_function_reaches_a_holder_the_model_reads_as_a_body() -> None:
    """ "Guild head of social care Gavin Lowe spoke.": the function "of social care" ends at
    a given name, though the model reads the name as an organisation's."""
    doc = make_doc(
        """
        Guild    PROPN compound 1 -     NNP
        head     NOUN  nsubj    7 -     NN
        of       ADP   prep     1 -     IN
        social   ADJ   amod     4 -     JJ
        care     NOUN  pobj     2 -     NN
        Gavin    PROPN compound 6 -     NNP B-ORG
        Lowe     PROPN appos    1 -     NNP I-ORG
        spoke    VERB  ROOT     7 speak VBD
        to       ADP   prep     7 -     IN
        the      DET   det      10 -    DT
        council  NOUN  pobj     8 -     NN
        .        PUNCT punct    7 -     .
        """,
        gazetteer=[(0, 1, KG.TradeUnion, "guild")],
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "Guild head of social care"
    assert link.holder is not None and found.mentions[link.holder].text == "Gavin Lowe"


# A bare role word refers back to the one holder of such a post the article named
# (kg.extract.entities.role_holders.roles_to_holders).


def _aliases(corpus: Any, label: str) -> set[str]:
    (entity,) = [e for e in corpus.entities if e.label == label]
    return {entity.label, *entity.aliases}


def test_the_minister_is_the_one_minister_named_before(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Port news\nMinister for Ports Jo Reid spoke on Monday.\n"
        "The Harbour Times asked the minister about the levy.\n"
    )
    assert "minister" in _aliases(corpus, "Jo Reid")


def test_the_minister_with_two_ministers_named_is_neither(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Port news\nMinister for Ports Jo Reid and Minister for Rail Sam Hale spoke on Monday.\n"
        "The Harbour Times asked the minister about the levy.\n"
    )
    assert "minister" not in _aliases(corpus, "Jo Reid") | _aliases(corpus, "Sam Hale")


def test_the_role_a_lede_gives_is_the_person_the_next_sentence_names(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nThe leader of the Harbour Guild has said pilots could strike.\n"
        "Jo Reid told journalists at the annual conference that a ballot was likely.\n"
    )
    assert "leader" in _aliases(corpus, "Jo Reid")


def test_a_role_after_a_person_was_named_is_not_read_from_the_lede(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nSam Hale said the leader of the Harbour Guild had warned of a strike.\n"
        "Jo Reid told journalists that a ballot was likely.\n"
    )
    assert "leader" not in _aliases(corpus, "Jo Reid")
