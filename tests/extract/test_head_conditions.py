"""Conditions a head noun puts on its phrase: a pay or funding rise named by a head of two
words is a proposal when an actor asks for it ("asking for a pay increase"), not when it is
had; a period after "for" ("for the next two years") does not name which rise it is; a word
of such a head the parser reads as a verb ("pay" of "an above-inflation pay rise") is still
part of the name; a cut of a sum of money ("the £40 million cut") is a measure, a percentage
cut of pay ("a 20% pay cut") is not named by its amount alone. Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import make_doc, mentions_of

ASKING_FOR_A_PAY_INCREASE = """
The       DET   det      1  -        DT
guild     NOUN  nsubj    3  -        NN
is        AUX   aux      3  be       VBZ
asking    VERB  ROOT     3  ask      VBG
for       ADP   prep     3  -        IN
a         DET   det      7  -        DT
pay       NOUN  compound 7  -        NN
increase  NOUN  pobj     4  -        NN
.         PUNCT punct    3  -        .
"""

HAD_NO_PAY_INCREASE = """
Porters   NOUN  nsubj    2  porter   NNS
have      AUX   aux      2  -        VBP
had       VERB  ROOT     2  have     VBN
a         DET   det      5  -        DT
pay       NOUN  compound 5  -        NN
increase  NOUN  dobj     2  -        NN
.         PUNCT punct    2  -        .
"""


GOT_A_PAY_RISE_FOR_TWO_YEARS = """
Porters   NOUN  nsubj    1  porter   NNS
got       VERB  ROOT     1  get      VBD
a         DET   det      4  -        DT
pay       NOUN  compound 4  -        NN
rise      NOUN  dobj     1  -        NN
for       ADP   prep     4  -        IN
the       DET   det      9  -        DT    B-DATE
next      ADJ   amod     9  -        JJ    I-DATE
two       NUM   nummod   9  -        CD    I-DATE
years     NOUN  pobj     5  year     NNS   I-DATE
.         PUNCT punct    1  -        .
"""

WANT_A_PAY_RISE_FOR_THE_YEAR = """
Porters   NOUN  nsubj    1  porter   NNS
want      VERB  ROOT     1  -        VBP
a         DET   det      4  -        DT
pay       NOUN  compound 4  -        NN
rise      NOUN  dobj     1  -        NN
for       ADP   prep     4  -        IN
2025/26   NUM   pobj     5  -        CD    B-DATE
.         PUNCT punct    1  -        .
"""

DEMANDING_AN_ABOVE_INFLATION_PAY_RISE = """
The       DET   det      1  -        DT
guild     NOUN  nsubj    3  -        NN
is        AUX   aux      3  be       VBZ
demanding VERB  ROOT     3  demand   VBG
a         DET   det      10 -        DT
fully     ADV   advmod   6  -        RB
funded    VERB  amod     10 fund     VBN
,         PUNCT punct    10 -        ,
above     ADP   amod     10 -        IN
-         PUNCT punct    10 -        HYPH
inflation NOUN  nsubj    11 -        NN
pay       VERB  compound 12 -        VBP
rise      NOUN  dobj     3  -        NN
.         PUNCT punct    3  -        .
"""


# "The £40 million cut was criticised. Crews had a 20% pay cut."
CUTS_OF_A_SUM_AND_OF_A_SHARE = """
The        DET   det       4  -         DT
£          SYM   quantmod  3  -         $
40         NUM   compound  3  -         CD
million    NUM   nummod    4  -         CD
cut        NOUN  nsubjpass 6  -         NN
was        AUX   auxpass   6  be        VBD
criticised VERB  ROOT      6  criticise VBN
.          PUNCT punct     6  -         .
Crews      NOUN  nsubj     9  crew      NNS
had        VERB  ROOT      9  have      VBD
a          DET   det       14 -         DT
20         NUM   nummod    12 -         CD
%          NOUN  compound  14 -         NN
pay        NOUN  compound  14 -         NN
cut        NOUN  dobj      9  -         NN
.          PUNCT punct     9  -         .
"""


def _named(rows: str) -> list[str]:
    return [m.text for m in mentions_of(make_doc(rows)).mentions]


def test_head_conditions_a_pay_increase_asked_for_is_a_proposal_one_had_is_not() -> None:
    assert "pay increase" in _named(ASKING_FOR_A_PAY_INCREASE)
    assert "pay increase" not in _named(HAD_NO_PAY_INCREASE)


def test_head_conditions_a_period_after_for_does_not_name_a_rise_a_year_does() -> None:
    assert not any("pay rise" in n for n in _named(GOT_A_PAY_RISE_FOR_TWO_YEARS))
    assert "pay rise for 2025/26" in _named(WANT_A_PAY_RISE_FOR_THE_YEAR)


def test_head_conditions_a_word_of_a_two_word_head_read_as_a_verb_keeps_the_name() -> None:
    assert "fully funded, above-inflation pay rise" in _named(DEMANDING_AN_ABOVE_INFLATION_PAY_RISE)


def test_head_conditions_a_cut_of_a_sum_of_money_is_a_measure_a_share_of_pay_is_not() -> None:
    named = _named(CUTS_OF_A_SUM_AND_OF_A_SHARE)
    assert "£ 40 million cut" in named  # the hand-built words are joined by spaces
    assert not any(n.endswith("pay cut") for n in named)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Harbour news\nIn addition to asking for a pay increase, the Boatmen's Guild "
            "proposed a shorter season.",
            ["pay increase"],
            [],
        ),
        ("Harbour news\nFerry crews have not had a pay rise for years.", [], ["pay rise"]),
        (
            "Harbour news\nThe £40 million cut was taken from the ferry budget.",
            ["£40 million cut"],
            [],
        ),
        (
            "Harbour news\nThe guild is demanding a fully funded, above-inflation pay rise for "
            "deckhands and pilots.",
            ["fully funded, above-inflation pay rise"],
            [],
        ),
    ],
)
def test_head_conditions_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
    assert not any(d in n for d in dropped for n in names)


def _guild_verb_the(verb: str, lemma: str, words: list[str], head_lemma: str) -> str:
    """ "The guild <verb> the <words...> <head>." with the words as compounds of the head."""
    rows = [
        "The   DET  det   1 - DT",
        "guild NOUN nsubj 2 - NN",
        f"{verb} VERB ROOT 2 {lemma} VBD",
        "the   DET  det   {head} - DT",
    ]
    head = 3 + len(words)
    rows[3] = rows[3].format(head=head)
    rows += [f"{w} NOUN compound {head} - NN" for w in words[:-1]]
    tag = "NNS" if words[-1] != head_lemma else "NN"
    rows += [f"{words[-1]} NOUN dobj 2 {head_lemma} {tag}", ". PUNCT punct 2 - ."]
    return "\n".join(rows)


@pytest.mark.parametrize(
    ("verb", "lemma", "words", "head_lemma", "name"),
    [
        ("opposed", "oppose", ["ferry", "fare", "rise"], "rise", "ferry fare rise"),
        ("condemned", "condemn", ["ward", "closures"], "closure", "ward closures"),
        ("welcomed", "welcome", ["college", "merger"], "merger", "college merger"),
        ("criticised", "criticise", ["speed", "limit"], "limit", "speed limit"),
        ("opposed", "oppose", ["booking", "requirement"], "requirement", "booking requirement"),
    ],
)
def test_a_change_named_by_what_it_changes_is_a_proposal_when_a_relation_verb_is_about_it(
    verb: str, lemma: str, words: list[str], head_lemma: str, name: str
) -> None:
    """A rise with a word of money before it ("the ferry fare rise", as "a rise in ferry
    fares"), and a closure, merger or limit with a modifier, name what an actor's stance is
    about."""
    doc = make_doc(_guild_verb_the(verb, lemma, words, head_lemma))
    assert name in {m.text for m in mentions_of(doc).mentions}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            """
            Ward      NOUN compound 1 -        NN
            closures  NOUN nsubj    2 closure  NNS
            rose      VERB ROOT     2 rise     VBD
            .         PUNCT punct   2 -        .
            """,
            "Ward closures",
        ),
        (
            """
            The       DET  det      1 -        DT
            closure   NOUN nsubj    2 -        NN
            angered   VERB ROOT     2 anger    VBD
            staff     NOUN dobj     2 -        NNS
            .         PUNCT punct   2 -        .
            """,
            "closure",
        ),
    ],
)
def test_a_change_that_no_relation_verb_is_about_names_no_proposal(
    sentence: str, name: str
) -> None:
    """ "Ward closures rose" reports what happened; "the closure" alone names nothing new."""
    assert name not in {m.text for m in mentions_of(make_doc(sentence)).mentions}


def test_a_whole_that_something_is_part_of_is_no_proposal_by_that_alone() -> None:
    """ "any part of our health service": "part of" relates a part to a whole; the service is
    still what is provided, not a proposal (``lex:properHeadNoun``)."""
    doc = make_doc(
        """
        Staff    NOUN  nsubj    1 -       NNS
        help     VERB  ROOT     1 -       VBP
        every    DET   det      3 -       DT
        part     NOUN  dobj     1 -       NN
        of       ADP   prep     3 -       IN
        our      PRON  poss     7 -       PRP$
        health   NOUN  compound 7 -       NN
        service  NOUN  pobj     4 -       NN
        .        PUNCT punct    1 -       .
        """
    )
    assert "health service" not in {m.text for m in mentions_of(doc).mentions}


def test_a_weak_head_named_with_its_year_after_it_is_a_proposal() -> None:
    """ "Budget 2024": a capitalised head with its year after it is a name, though "budget"
    alone is too vague (``lex:weakHeadNoun``). After a first sentence: a headline's words
    are all capitalised."""
    doc = make_doc(
        """
        Talks    NOUN  nsubj    1 talk    NNS
        ended    VERB  ROOT     1 end     VBD
        .        PUNCT punct    1 -       .
        The      DET   det      4 -       DT
        guild    NOUN  nsubj    5 -       NN
        lobbied  VERB  ROOT     5 lobby   VBD
        before   ADP   prep     5 -       IN
        Budget   PROPN pobj     6 -       NNP
        2024     NUM   nummod   7 -       CD
        .        PUNCT punct    5 -       .
        """
    )
    assert "Budget 2024" in {m.text for m in mentions_of(doc).mentions}


def test_a_head_of_two_words_ending_in_a_complement_head_names_itself() -> None:
    """ "The 10% pay claim was fair.": "pay claim" is a head of its own (``lex:headNoun``); only
    "claim" alone needs a "for" after it (``lex:complementHeadNoun``)."""
    doc = make_doc(
        """
        Talks    NOUN  nsubj    1 talk    NNS
        ended    VERB  ROOT     1 end     VBD
        .        PUNCT punct    1 -       .
        The      DET   det      7 -       DT
        10       NUM   nummod   5 -       CD
        %        NOUN  compound 7 -       NN
        pay      NOUN  compound 7 -       NN
        claim    NOUN  nsubj    8 -       NN
        was      AUX   ROOT     8 be      VBD
        fair     ADJ   acomp    8 -       JJ
        .        PUNCT punct    8 -       .
        """
    )
    assert "10 % pay claim" in {m.text for m in mentions_of(doc).mentions}
