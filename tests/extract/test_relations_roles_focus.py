"""Bare titles ("X, vice-president, said"; "according to general secretary X"): the post is in
the organisation after the title, else the one named before it in its sentence, else the one
the article is about (:func:`kg.extract.relations.roles._organisation_in_focus`)."""

from __future__ import annotations

from doc_builder import build, facts

from kg.extract.gazetteer import GazetteerEntry
from kg.rdf.namespaces import KG


def test_relations_bare_title_is_a_post_in_the_organisation_named_before_it() -> None:
    """ "The Dockers Association rejected the offer, according to general secretary Jo Reyes." """
    parsed = build(
        """
        The       DET   det      2
        Dockers   PROPN compound 2
        Association PROPN nsubj  3
        rejected  VERB  ROOT     3  reject
        the       DET   det      5
        offer     NOUN  dobj     3
        ,         PUNCT punct    3
        according VERB  prep     3  accord
        to        ADP   prep     7
        general   ADJ   amod     10
        secretary NOUN  compound 12
        Jo        PROPN compound 12
        Reyes     PROPN pobj     8
        .         PUNCT punct    3
        """,
        names=[("Dockers Association", KG.TradeUnion), ("Jo Reyes", KG.Person)],
        roles=[("general secretary", "Jo Reyes", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Reyes", KG.leads, "Dockers Association")}


def test_relations_bare_title_is_a_post_in_the_organisation_the_article_is_about() -> None:
    """ "The Guild attacked the levy. The Guild said it was unfair. Ann Lowe, vice-president,
    spoke." """
    parsed = build(
        """
        The       DET   det      1
        Guild     PROPN nsubj    2
        attacked  VERB  ROOT     2  attack
        the       DET   det      4
        levy      NOUN  dobj     2
        .         PUNCT punct    2
        The       DET   det      7
        Guild     PROPN nsubj    8
        said      VERB  ROOT     8  say
        it        PRON  nsubj    10
        was       AUX   ccomp    8  be
        unfair    ADJ   acomp    10
        .         PUNCT punct    8
        Ann       PROPN compound 14
        Lowe      PROPN nsubj    20
        ,         PUNCT punct    14
        vice      NOUN  compound 18
        -         PUNCT punct    18
        president NOUN  appos    14
        ,         PUNCT punct    14
        spoke     VERB  ROOT     20 speak
        .         PUNCT punct    20
        """,
        names=[
            ("Guild", KG.TradeUnion, "guild"),
            ("Guild", KG.TradeUnion, "guild"),
            ("Ann Lowe", KG.Person),
        ],
        roles=[("vice - president", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.holdsPostIn, "guild")}


def test_relations_title_after_a_quotation_is_a_post_in_the_subject_before_it() -> None:
    """ "The Council met. The Guild urged the Council to act. 'We will strike,' said general
    secretary Jo Reyes.": the quotation goes on from the sentence before, whose subject is the
    Guild; the Council, named more often, is not the speaker's side."""
    parsed = build(
        """
        The       DET   det      1
        Council   PROPN nsubj    2
        met       VERB  ROOT     2  meet
        .         PUNCT punct    2
        The       DET   det      5
        Guild     PROPN nsubj    6
        urged     VERB  ROOT     6  urge
        the       DET   det      8
        Council   PROPN dobj     6
        to        PART  aux      10
        act       VERB  xcomp    6
        .         PUNCT punct    6
        '         PUNCT punct    18
        We        PRON  nsubj    15
        will      AUX   aux      15
        strike    VERB  ccomp    18
        ,         PUNCT punct    18
        '         PUNCT punct    18
        said      VERB  ROOT     18  say
        general   ADJ   amod     20
        secretary NOUN  compound 22
        Jo        PROPN compound 22
        Reyes     PROPN nsubj    18
        .         PUNCT punct    18
        """,
        names=[
            ("Council", KG.Organisation, "council"),
            ("Guild", KG.TradeUnion, "guild"),
            ("Council", KG.Organisation, "council"),
            ("Jo Reyes", KG.Person),
        ],
        roles=[("general secretary", "Jo Reyes", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Reyes", KG.leads, "guild")}


def test_relations_bare_title_followed_by_an_organisation_is_a_post_in_it() -> None:
    """ "The Guild welcomed it. Ann Lowe, chair, Harbor Trust, said so." """
    parsed = build(
        """
        The      DET   det      1
        Guild    PROPN nsubj    2
        welcomed VERB  ROOT     2  welcome
        it       PRON  dobj     2
        .        PUNCT punct    2
        Ann      PROPN compound 6
        Lowe     PROPN nsubj    13
        ,        PUNCT punct    6
        chair    NOUN  appos    6
        ,        PUNCT punct    8
        Harbor   PROPN compound 11
        Trust    PROPN appos    8
        ,        PUNCT punct    6
        said     VERB  ROOT     13 say
        so       ADV   advmod   13
        .        PUNCT punct    13
        """,
        names=[
            ("Guild", KG.TradeUnion),
            ("Ann Lowe", KG.Person),
            ("Harbor Trust", KG.Organisation),
        ],
        roles=[("chair", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.chairOf, "Harbor Trust")}


def test_relations_bare_title_naming_a_unit_or_a_seat_is_no_post_in_the_focus() -> None:
    """ "The Guild backed Ann Lowe MP and Jo Reyes, executive committee president." The seat
    is in a legislature, and the second title names a unit of its own."""
    parsed = build(
        """
        The       DET   det      1
        Guild     PROPN nsubj    2
        backed    VERB  ROOT     2  back
        Ann       PROPN compound 4
        Lowe      PROPN dobj     2
        MP        PROPN appos    4
        and       CCONJ cc       4
        Jo        PROPN compound 8
        Reyes     PROPN conj     4
        ,         PUNCT punct    8
        executive ADJ   amod     11
        committee NOUN  compound 12
        president NOUN  appos    8
        .         PUNCT punct    2
        """,
        names=[("Guild", KG.TradeUnion), ("Ann Lowe", KG.Person), ("Jo Reyes", KG.Person)],
        roles=[("MP", "Ann Lowe", None), ("executive committee president", "Jo Reyes", None)],
    )
    assert parsed.relations("role") == []


def test_relations_bare_title_is_never_a_post_in_a_government_body() -> None:
    """ "The Treasury rejected the bid, said Ann Lowe, director." """
    parsed = build(
        """
        The      DET   det      1
        Treasury PROPN nsubj    2
        rejected VERB  ccomp    6  reject
        the      DET   det      4
        bid      NOUN  dobj     2
        ,        PUNCT punct    6
        said     VERB  ROOT     6  say
        Ann      PROPN compound 8
        Lowe     PROPN nsubj    6
        ,        PUNCT punct    8
        director NOUN  appos    8
        .        PUNCT punct    6
        """,
        names=[("Treasury", KG.GovernmentBody), ("Ann Lowe", KG.Person)],
        roles=[("director", "Ann Lowe", None)],
    )
    assert parsed.relations("role") == []


def test_relations_title_after_a_name_is_not_bare() -> None:
    """ "The Guild criticised Harbour Commissioner Jo Reyes.": "Harbour" qualifies the title, so
    the post is not read as one in the Guild."""
    parsed = build(
        """
        The          DET   det      1
        Guild        PROPN nsubj    2
        criticised   VERB  ROOT     2  criticise
        Harbour      PROPN compound 4
        Commissioner PROPN compound 6
        Jo           PROPN compound 6
        Reyes        PROPN dobj     2
        .            PUNCT punct    2
        """,
        names=[("Guild", KG.TradeUnion), ("Jo Reyes", KG.Person)],
        roles=[("Commissioner", "Jo Reyes", None)],
    )
    assert parsed.relations("role") == []


# "The Guild attacked the levy. The Guild said so." before a sentence with Ann Lowe's title
_GUILD_SAID_SO = """
        The       DET   det      1
        Guild     PROPN nsubj    2
        attacked  VERB  ROOT     2  attack
        the       DET   det      4
        levy      NOUN  dobj     2
        .         PUNCT punct    2
        The       DET   det      7
        Guild     PROPN nsubj    8
        said      VERB  ROOT     8  say
        so        ADV   advmod   8
        .         PUNCT punct    8
"""
_GUILD_TWICE_AND_ANN_LOWE = [
    ("Guild", KG.TradeUnion, "guild"),
    ("Guild", KG.TradeUnion, "guild"),
    ("Ann Lowe", KG.Person),
]


def test_relations_bare_title_right_after_its_holder_is_read_as_in_a_signature() -> None:
    """ "The Guild attacked the levy. The Guild said so. Ann Lowe Vice President said no.":
    press releases write the title straight after the name; the name before it is its
    holder's, not a qualifier ("Harbour Commissioner"), and the title is the Guild's."""
    parsed = build(
        _GUILD_SAID_SO
        + """
        Ann       PROPN compound 12
        Lowe      PROPN compound 14
        Vice      PROPN compound 14
        President PROPN nsubj    15
        said      VERB  ROOT     15 say
        no        INTJ  dobj     15
        .         PUNCT punct    15
        """,
        names=_GUILD_TWICE_AND_ANN_LOWE,
        roles=[("Vice President", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.holdsPostIn, "guild")}


def test_relations_bare_title_before_its_holder_takes_no_article_focus() -> None:
    """ "The Guild attacked the levy. The Guild said so. Chairman Ann Lowe spoke.": a title of
    one word before the name may be of any body ("President X" of a state); only a title in
    apposition after its holder ("Ann Lowe, chairman,") or one of several words opening its
    sentence is read against the article's organisation."""
    parsed = build(
        _GUILD_SAID_SO
        + """
        Chairman  PROPN compound 13
        Ann       PROPN compound 13
        Lowe      PROPN nsubj    14
        spoke     VERB  ROOT     14 speak
        .         PUNCT punct    14
        """,
        names=_GUILD_TWICE_AND_ANN_LOWE,
        roles=[("Chairman", "Ann Lowe", None)],
    )
    assert parsed.relations("role") == []


def test_relations_title_of_several_words_opening_its_sentence_is_of_the_article_focus() -> None:
    """ "The Guild attacked the levy. The Guild said so. General Secretary Ann Lowe spoke.":
    news writes the official of the body under discussion so, as it writes "Ann Lowe,
    general secretary,"."""
    parsed = build(
        _GUILD_SAID_SO
        + """
        General   PROPN compound 13
        Secretary PROPN compound 14
        Ann       PROPN compound 14
        Lowe      PROPN nsubj    15
        spoke     VERB  ROOT     15 speak
        .         PUNCT punct    15
        """,
        names=_GUILD_TWICE_AND_ANN_LOWE,
        roles=[("General Secretary", "Ann Lowe", None)],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.leads, "guild")}


def test_relations_seat_title_is_membership_of_the_legislature_the_article_names() -> None:
    """ "Irish MEP Ann Lowe spoke in the European Parliament.": an MEP is a member of the
    European Parliament (``lex:seatIn``), when the article names it."""
    parliament = GazetteerEntry(
        "european_parliament", "European Parliament", KG.Legislature, ("European Parliament",)
    )
    parsed = build(
        """
        Irish      ADJ   amod     1
        MEP        PROPN compound 3
        Ann        PROPN compound 3
        Lowe       PROPN nsubj    4
        spoke      VERB  ROOT     4  speak
        in         ADP   prep     4
        the        DET   det      8
        European   PROPN compound 8
        Parliament PROPN pobj     5
        .          PUNCT punct    4
        """,
        names=[
            ("Ann Lowe", KG.Person),
            ("European Parliament", KG.Legislature, "european_parliament"),
        ],
        roles=[("MEP", "Ann Lowe", None)],
        gazetteer=[parliament],
    )
    assert facts(parsed.relations("role")) == {("Ann Lowe", KG.memberOf, "european_parliament")}


def test_relations_seat_title_without_its_legislature_gives_nothing() -> None:
    """ "Ann Lowe MP spoke." with no parliament named: no membership is made up."""
    parsed = build(
        """
        Ann   PROPN compound 1
        Lowe  PROPN nsubj    3
        MP    PROPN appos    1
        spoke VERB  ROOT     3  speak
        .     PUNCT punct    3
        """,
        names=[("Ann Lowe", KG.Person)],
        roles=[("MP", "Ann Lowe", None)],
    )
    assert parsed.relations("role") == []


def test_relations_bare_title_is_no_post_in_an_organisation_named_in_a_phrase() -> None:
    """ "After talks with the Guild, general secretary Jo Reyes spoke.": the Guild is the
    other side of the talks, not the title's organisation."""
    parsed = build(
        """
        After     ADP   prep     8
        talks     NOUN  pobj     0  talk
        with      ADP   prep     1
        the       DET   det      4
        Guild     PROPN pobj     2
        ,         PUNCT punct    8
        general   ADJ   amod     7
        secretary NOUN  compound 9
        Jo        PROPN compound 9
        Reyes     PROPN nsubj    10
        spoke     VERB  ROOT     10 speak
        .         PUNCT punct    10
        """,
        names=[("Guild", KG.TradeUnion), ("Jo Reyes", KG.Person)],
        roles=[("general secretary", "Jo Reyes", None)],
    )
    assert parsed.relations("role") == []


def test_relations_title_opening_a_sentence_is_a_post_in_the_subject_before_it() -> None:
    """ "The Council met. The Guild rejected the offer. General secretary Jo Reyes spoke.": the
    sentence goes on from the one before, whose subject is the Guild."""
    parsed = build(
        """
        The       DET   det      1
        Council   PROPN nsubj    2
        met       VERB  ROOT     2  meet
        .         PUNCT punct    2
        The       DET   det      5
        Guild     PROPN nsubj    6
        rejected  VERB  ROOT     6  reject
        the       DET   det      8
        offer     NOUN  dobj     6
        .         PUNCT punct    6
        General   ADJ   amod     11
        secretary NOUN  compound 13
        Jo        PROPN compound 13
        Reyes     PROPN nsubj    14
        spoke     VERB  ROOT     14 speak
        .         PUNCT punct    14
        """,
        names=[
            ("Council", KG.Organisation, "council"),
            ("Guild", KG.TradeUnion, "guild"),
            ("Jo Reyes", KG.Person),
        ],
        roles=[("General secretary", "Jo Reyes", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Reyes", KG.leads, "guild")}
