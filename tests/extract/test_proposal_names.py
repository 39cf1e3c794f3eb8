"""Which noun phrases name proposals, and which of them name one proposal (ext-props).
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc, resolved_of

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG


def _named(rows: str) -> set[tuple[str, str]]:
    return {
        (c.span.text, c.type.rsplit("#", 1)[-1])
        for c in head_noun_phrases(context_of(make_doc(rows)))
    }


FUEL_FREEZE = """
The        DET   det      2  -         DT
Ferry      PROPN compound 2  -         NNP
Guild      PROPN nsubj    3  -         NNP
criticised VERB  ROOT     3  criticise VBD
the        DET   det      6  -         DT
fuel       NOUN  compound 6  -         NN
freeze     NOUN  dobj     3  -         NN
.          PUNCT punct    3  -         .
"""

GRAZING_INCENTIVE = """
The        DET   det      3  -         DT
Upland     PROPN compound 3  -         NNP
Grazing    PROPN compound 3  -         NNP
Incentive  PROPN nsubj    4  -         NNP
pays       VERB  ROOT     4  pay       VBZ
farmers    NOUN  dobj     4  farmer    NNS
a          DET   det      8  -         DT
financial  ADJ   amod     8  -         JJ
incentive  NOUN  npadvmod 4  -         NN
.          PUNCT punct    4  -         .
"""


def test_proposals_a_freeze_names_a_measure() -> None:
    assert ("fuel freeze", "Policy") in _named(FUEL_FREEZE)


def test_proposals_an_incentive_names_a_proposal_only_with_a_name() -> None:
    named = _named(GRAZING_INCENTIVE)
    assert ("Upland Grazing Incentive", "Policy") in named
    assert not any(text.endswith("financial incentive") for text, _ in named)


OLD_AND_NEW_SCHEME = """
The      DET   det      3  -      DT
old      ADJ   amod     3  -      JJ
grazing  NOUN  compound 3  -      NN
scheme   NOUN  nsubj    4  -      NN
ends     VERB  ROOT     4  end    VBZ
.        PUNCT punct    4  -      .
The      DET   det      9  -      DT
new      ADJ   amod     9  -      JJ
grazing  NOUN  compound 9  -      NN
scheme   NOUN  nsubj    10 -      NN
starts   VERB  ROOT     10 start  VBZ
.        PUNCT punct    10 -      .
"""


def test_proposals_an_old_and_a_new_version_are_two_things() -> None:
    resolved = resolved_of(make_doc(OLD_AND_NEW_SCHEME))
    schemes = [e for e in resolved.entities if e.label.endswith("scheme")]
    assert sorted(e.label for e in schemes) == ["new grazing scheme", "old grazing scheme"]


DEMONSTRATIVE_PLAN = """
The      DET   det      2  -      DT
Harbour  PROPN compound 2  -      NNP
Plan     PROPN nsubj    3  -      NNP
sets     VERB  ROOT     3  set    VBZ
a        DET   det      6  -      DT
dredging NOUN  compound 6  -      NN
target   NOUN  dobj     3  -      NN
.        PUNCT punct    3  -      .
Critics  NOUN  nsubj    9  critic NNS
backed   VERB  ROOT     9  back   VBD
this     DET   det      12 -      DT
new      ADJ   amod     12 -      JJ
plan     NOUN  dobj     9  -      NN
.        PUNCT punct    9  -      .
"""


def test_proposals_a_demonstrative_refers_back_to_the_last_of_its_head_first() -> None:
    resolved = resolved_of(make_doc(DEMONSTRATIVE_PLAN))
    by_name = {n: e.label for e in resolved.entities for n in (e.label, *e.aliases)}
    assert by_name.get("new plan") == "Harbour Plan"
    assert by_name.get("dredging target") == "dredging target"


MULTI_YEAR_RISE = """
They      PRON  nsubj    1  they     PRP
accepted  VERB  ROOT     1  accept   VBD
a         DET   det      10 -        DT
9         NUM   nummod   5  -        CD
per       ADP   nmod     5  -        IN
cent      NOUN  nmod     6  -        NN
multi     NOUN  poss     10 -        NN
-         NOUN  compound 10 -        NN
year      NOUN  compound 10 -        NN
pay       NOUN  compound 10 -        NN
rise      NOUN  dobj     1  -        NN
.         PUNCT punct    1  -        .
"""


def test_proposals_a_possessor_without_a_possessive_mark_is_a_modifier() -> None:
    # the parser's "multi" is no possessor of "rise": no "'s" follows, so it is part of the name
    assert ("9 per cent multi-year pay rise", "FundingPackage") in _named(MULTI_YEAR_RISE)


def _names(corpus: Any) -> set[str]:
    return {n for e in corpus.entities for n in (e.label, *e.aliases)}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Port news\nThe harbour guild criticised the hike in mooring charges.",
            ["hike in mooring charges"],
            [],
        ),
        (
            "Port news\nThe ministry announced cuts to rail subsidies and a tax on cruise berths.",
            ["cuts to rail subsidies", "tax on cruise berths"],
            [],
        ),
        (
            "Port news\nThe guild said the offer was a 6% real-terms pay cut and raised council tax.",
            [],
            ["6% real-terms pay cut", "real-terms pay cut", "council tax"],
        ),
        (
            "Port news\nPilots have suffered a real-terms pay cut of 16% since 2010.",
            [],
            ["real-terms pay cut of 16%", "real-terms pay cut", "cut of 16%"],
        ),
        (
            "Port news\nThe board adopted the review's 12 recommendations and a new harbour law.",
            ["12 recommendations", "new harbour law"],
            [],
        ),
        (
            "Port news\nThe guild will challenge the \u201cdivisive\u201d pay deal from the ministry.",
            ["pay deal"],
            ["divisive\u201d pay deal", "\u201cdivisive\u201d pay deal"],
        ),
        (
            "Port news\nThe guild doubted the ministry's professed commitment to rural ferries.",
            ["professed commitment to rural ferries", "commitment to rural ferries"],
            [],
        ),
        (
            "Port news\nThe guild said the plan broke maritime law and EU law.",
            [],
            ["maritime law", "EU law"],
        ),
        (
            "Port news\nThe guild sent the offer to members with a recommendation to accept it.",
            [],
            ["recommendation"],
        ),
        (
            "Port news\nThe guild criticised the ministry's new guidance on night sailings.",
            ["new guidance on night sailings"],
            [],
        ),
        (
            "Port news\nCadets sail under the guidance of senior pilots.",
            [],
            ["guidance of senior pilots", "guidance"],
        ),
    ],
)
def test_proposals_measures_named_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = _names(extract(text))
    assert set(kept) <= names and not set(dropped) & names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "Fund" names a funding scheme, not a think tank; the amount before it names it again
        (
            "Port news\nThe council announced a £20m Harbour Renewal Fund.",
            "Harbour Renewal Fund",
            "FundingPackage",
        ),
        # a white paper sets out a government's proposals for law (proposals8)
        (
            "Port news\nThe union criticised the white paper on harbours published by the ministry.",
            "white paper",
            "Plan",
        ),
        # a name that ends in a year is named by the word before the year
        (
            "Port news\nThe Coastal Access Act 2019 was amended by ministers.",
            "Coastal Access Act 2019",
            "Policy",
        ),
    ],
)
def test_proposals_names_of_funds_and_acts(
    extract: Callable[..., Any], text: str, name: str, kind: str
) -> None:
    found = [e for e in extract(text).entities if name in (e.label, *e.aliases)]
    assert [e.type.rsplit("#", 1)[-1] for e in found] == [kind]
    assert all(not e.label.endswith("Fund") or e is found[0] for e in extract(text).entities)


HEADLINE_AND_BODY = """
New       ADJ   amod      2  -        JJ
ferry     NOUN  compound  2  -        NN
plan      NOUN  nsubjpass 3  -        NN
unveiled  VERB  ROOT      3  unveil   VBN
The       DET   det       5  -        DT
council   NOUN  nsubj     6  -        NN
published VERB  ROOT      6  publish  VBD
the       DET   det       10 -        DT
Harbour   PROPN compound  10 -        NNP
Access    PROPN compound  10 -        NNP
Plan      PROPN dobj      6  -        NNP
.         PUNCT punct     6  -        .
"""


def test_proposals_a_headline_names_the_first_proposal_of_its_head_in_the_body() -> None:
    resolved = resolved_of(make_doc(HEADLINE_AND_BODY))
    plans = [e for e in resolved.entities if e.label.lower().endswith("plan")]
    assert [(e.label, e.aliases) for e in plans] == [("Harbour Access Plan", ("New ferry plan",))]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Port news\nThe ministry pledged an extra £40m for harbour repairs.",
            ["extra £40m", "extra £40m for harbour repairs"],
            [],
        ),
        (
            "Port news\nThe harbour board will provide £3 million to ferry operators.",
            ["£3 million"],
            [],
        ),
        ("Port news\nThe mooring levy raised £2m last year.", [], ["£2m"]),
        (
            "Port news\nThe harbour sector was offered a £645m boost under the new scheme.",
            ["£645m boost"],
            [],
        ),
        ("Port news\nThe harbour news gave a boost to morale.", [], ["boost", "boost to morale"]),
    ],
)
def test_proposals_a_sum_an_actor_proposes_or_funds_is_a_funding_package(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = _names(extract(text))
    assert set(kept) <= names and not set(dropped) & names


PLANS_FOR_A_FUND = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
announced VERB  ROOT     2  announce VBD
plans     NOUN  dobj     2  plan     NNS
for       ADP   prep     3  -        IN
a         DET   det      8  -        DT
ferry     NOUN  compound 8  -        NN
repair    NOUN  compound 8  -        NN
fund      NOUN  pobj     4  -        NN
.         PUNCT punct    2  -        .
"""


def test_proposals_plans_for_a_named_proposal_are_that_proposal() -> None:
    resolved = resolved_of(make_doc(PLANS_FOR_A_FUND))
    [fund] = [e for e in resolved.entities if "ferry repair fund" in (e.label, *e.aliases)]
    assert fund.label == "ferry repair fund"
    assert fund.type.rsplit("#", 1)[-1] == "FundingPackage"
    assert "plans for a ferry repair fund" in fund.aliases


def test_proposals_the_deal_refers_back_to_the_offer(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Pay news\nThe ministry made a 4% pay offer to porters on Monday.\n"
        "The Porters Guild rejected the deal on Friday."
    )
    offers = [e for e in corpus.entities if "4% pay offer" in (e.label, *e.aliases)]
    assert len(offers) == 1 and "deal" in offers[0].aliases


def test_proposals_a_name_found_only_inside_a_proposals_name_names_no_actor(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Prison news\nThe government introduced the SDS40 early release scheme in September."
    )
    kinds = {e.label: e.type.rsplit("#", 1)[-1] for e in corpus.entities}
    assert kinds.get("SDS40 early release scheme") == "Policy"
    assert "SDS40" not in kinds


VICTIMS_AND_PRISONERS_BILL = """
MPs       PROPN nsubj    1  -      NNPS
backed    VERB  ROOT     1  back   VBD
the       DET   det      3  -      DT
Victims   PROPN dobj     1  -      NNPS
and       CCONJ cc       3  -      CC
Prisoners PROPN compound 6  -      NNPS
Bill      PROPN conj     3  -      NNP
.         PUNCT punct    1  -      .
"""


def test_proposals_a_title_that_coordinates_its_topics_is_one_name() -> None:
    assert ("Victims and Prisoners Bill", "Policy") in _named(VICTIMS_AND_PRISONERS_BILL)


OLD_NAMED_SCHEME = """
The      DET   det      4  -     DT
old      ADJ   amod     4  -     JJ
Grazing  PROPN compound 4  -     NNP
Payment  PROPN compound 4  -     NNP
Scheme   PROPN nsubj    5  -     NNP
ends     VERB  ROOT     5  end   VBZ
.        PUNCT punct    5  -     .
"""


def test_proposals_a_capitalised_name_after_adjectives_is_another_name() -> None:
    resolved = resolved_of(make_doc(OLD_NAMED_SCHEME))
    [scheme] = [e for e in resolved.entities if e.label.endswith("Scheme")]
    assert "Grazing Payment Scheme" in scheme.aliases


def test_proposals_rises_of_different_amounts_are_two_things(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Pay news\nThe ministry gave porters a 1% pay increase on Monday.\n"
        "The review body had recommended a pay increase of 2% for porters."
    )
    [one] = [e for e in corpus.entities if "1% pay increase" in (e.label, *e.aliases)]
    assert not {"pay increase of 2%", "pay increase of 2"} & {one.label, *one.aliases}


def test_proposals_a_description_in_apposition_describes_the_name(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Farm news\nThe ministry published its moorland plan in May.\n"
        "The guild welcomed the Upland Grazing Incentive, a scheme worth £40m."
    )
    [incentive] = [e for e in corpus.entities if e.label == "Upland Grazing Incentive"]
    assert "scheme" in incentive.aliases


GOVERNMENT_PLAN_TO = """
Prison      NOUN  compound 1  -         NN
news        NOUN  ROOT     1  -         NN
The         DET   det      4  -         DT
Government  PROPN compound 4  -         NNP
plan        NOUN  ROOT     4  -         NN
to          PART  aux      6  -         TO
introduce   VERB  xcomp    4  -         VB
legislation NOUN  dobj     6  -         NN
.           PUNCT punct    4  -         .
"""


def test_proposals_a_noun_at_the_root_with_an_infinitive_is_a_misread_verb() -> None:
    assert not any(text.endswith("plan") for text, _ in _named(GOVERNMENT_PLAN_TO))


def test_a_verb_s_particle_is_no_word_of_the_noun_phrase_after_it() -> None:
    # "Okoro pushed back plans for a levy": the parser may hang "back" on "plans"
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP
        pushed VERB ROOT 1 push VBD
        back ADV amod 3 - RB
        plans NOUN dobj 1 plan NNS
        for ADP prep 3 - IN
        a DET det 6 - DT
        levy NOUN pobj 4 - NN
        . PUNCT punct 1 - .
        """
    )
    assert not any(c.span.text.startswith("back") for c in head_noun_phrases(context_of(doc), ()))


CURLY_POSSESSIVE_READ_AS_QUOTE = """
Unions     PROPN nsubj    1  union   NNPS
welcomed   VERB  ROOT     1  welcome VBD
the        DET   det      3  -       DT
Alliance   PROPN poss     7  -       NNP
’s         PUNCT case     3  -       ''
Harbour    PROPN compound 7  -       NNP
Fees       PROPN compound 7  -       NNPS
Bill       PROPN dobj     1  -       NNP
.          PUNCT punct    1  -       .
"""


def test_proposals_a_curly_possessive_the_parser_took_for_a_quote_is_not_in_the_name() -> None:
    named = _named(CURLY_POSSESSIVE_READ_AS_QUOTE)
    assert ("Harbour Fees Bill", "Policy") in named
    assert not any(text.startswith("Alliance") for text, _ in named)


BUDGETS = """
Ferries    NOUN  ROOT     0  ferry    NNS
.          PUNCT punct    0  -        .
The        DET   det      3  -        DT
guild      NOUN  nsubj    4  -        NN
said       VERB  ROOT     4  say      VBD
the        DET   det      6  -        DT
Budget     PROPN nsubj    11 -        NNP
and        CCONJ cc       6  -        CC
the        DET   det      10 -        DT
harbour    NOUN  compound 10 -        NN
budget     NOUN  conj     6  -        NN
fell       VERB  ccomp    4  fall     VBD
short      ADV   advmod   11 -        RB
.          PUNCT punct    4  -        .
"""


def test_proposals_a_budget_is_a_proposal_as_a_name_not_as_a_bodys_money() -> None:
    named = {text for text, _ in _named(BUDGETS)}
    assert "Budget" in named
    assert not any(text.endswith("harbour budget") for text in named)


PACKAGE_AWARDED_TO_SUPPORT = """
The       DET   det      2  -       DT
harbour   NOUN  compound 2  -       NN
package   NOUN  nsubj    9  -       NN
awarded   VERB  acl      2  award   VBN
by        ADP   agent    3  -       IN
ministers NOUN  pobj     4  minister NNS
to        PART  aux      7  -       TO
support   VERB  xcomp    3  -       VB
repairs   NOUN  dobj     7  repair  NNS
was       AUX   ROOT     9  be      VBD
small     ADJ   acomp    9  -       JJ
.         PUNCT punct    9  -       .
"""


def test_proposals_longer_forms_stop_at_a_clause_inside_the_modifier() -> None:
    # "The harbour package awarded by ministers to support repairs was small": the package's
    # longer names end before "to support repairs", a clause of its own
    named = {text for text, _ in _named(PACKAGE_AWARDED_TO_SUPPORT)}
    assert "harbour package awarded by ministers" in named
    assert not any("repairs" in text for text in named)


THEIR_TREATMENT_DECISIONS = """
Patients  NOUN  nsubj    1  patient  NNS
discuss   VERB  ROOT     1  -        VBP
their     PRON  poss     4  -        PRP$
treatment NOUN  compound 4  -        NN
decisions NOUN  dobj     1  decision NNS
.         PUNCT punct    1  -        .
"""


def test_proposals_common_words_owned_by_their_are_a_kind() -> None:
    # "Patients discuss their treatment decisions": people's own decisions, no proposal
    assert _named(THEIR_TREATMENT_DECISIONS) == set()


# "The ministry made a pay offer. The Porters Guild rejected the ministry's offer."
OWNED_OFFER = """
The       DET   det      1  -        DT
ministry  NOUN  nsubj    2  -        NN
made      VERB  ROOT     2  make     VBD
a         DET   det      5  -        DT
pay       NOUN  compound 5  -        NN
offer     NOUN  dobj     2  -        NN
.         PUNCT punct    2  -        .
The       DET   det      9  -        DT
Porters   PROPN compound 9  -        NNP
Guild     PROPN nsubj    10 -        NNP
rejected  VERB  ROOT     10 reject   VBD
the       DET   det      12 -        DT
ministry  NOUN  poss     14 -        NN
's        PART  case     12 -        POS
offer     NOUN  dobj     10 -        NN
.         PUNCT punct    10 -        .
"""


def test_proposals_an_owner_alone_before_the_head_describes_as_the_does() -> None:
    found = [(c.span.text, c.method) for c in head_noun_phrases(context_of(make_doc(OWNED_OFFER)))]
    assert found == [("pay offer", "noun-phrase"), ("offer", "description")]
    resolved = resolved_of(make_doc(OWNED_OFFER))
    offers = [e for e in resolved.entities if e.label == "pay offer"]
    assert len(offers) == 1 and "offer" in offers[0].aliases


# "The council announced plans to introduce a ferry fuel levy." / "... plans to scrap ..."
PLANS_TO_INTRODUCE = """
The       DET   det      1  -         DT
council   NOUN  nsubj    2  -         NN
announced VERB  ROOT     2  announce  VBD
plans     NOUN  dobj     2  plan      NNS
to        PART  aux      5  -         TO
introduce VERB  acl      3  -         VB
a         DET   det      9  -         DT
ferry     NOUN  compound 9  -         NN
fuel      NOUN  compound 9  -         NN
levy      NOUN  dobj     5  -         NN
.         PUNCT punct    2  -         .
"""


def test_proposals_plans_to_bring_in_a_named_proposal_are_that_proposal() -> None:
    resolved = resolved_of(make_doc(PLANS_TO_INTRODUCE))
    [levy] = [e for e in resolved.entities if "ferry fuel levy" in (e.label, *e.aliases)]
    assert levy.label == "ferry fuel levy"
    assert any(a.startswith("plans to introduce") for a in levy.aliases)
    scrap = PLANS_TO_INTRODUCE.replace(
        "introduce VERB  acl      3  -", "scrap     VERB  acl      3  -"
    )
    resolved = resolved_of(make_doc(scrap))
    [levy] = [e for e in resolved.entities if "ferry fuel levy" in (e.label, *e.aliases)]
    assert not any(a.startswith("plans") for a in levy.aliases)


# "The ministry will replace the Harbour Permit system with one clear system." / "the health
# system"
SYSTEMS = """
The       DET   det      1  -        DT
ministry  NOUN  nsubj    3  -        NN
will      AUX   aux      3  -        MD
replace   VERB  ROOT     3  -        VB
the       DET   det      7  -        DT
Harbour   PROPN compound 7  -        NNP
Permit    PROPN compound 7  -        NNP
system    NOUN  dobj     3  -        NN
with      ADP   prep     3  -        IN
one       NUM   nummod   11 -        CD
clear     ADJ   amod     11 -        JJ
system    NOUN  pobj     8  -        NN
.         PUNCT punct    3  -        .
The       DET   det      15 -        DT
health    NOUN  compound 15 -        NN
system    NOUN  nsubj    16 -        NN
struggles VERB  ROOT     16 struggle VBZ
.         PUNCT punct    16 -        .
"""


def test_proposals_a_system_is_a_proposal_only_when_named() -> None:
    assert _named(SYSTEMS) == {("Harbour Permit system", "Policy")}


# "Delegates backed a motion calling for a ballot but rejected a motion of censure."
TWO_MOTIONS = """
Delegates NOUN  nsubj    1  delegate NNS
backed    VERB  ROOT     1  back     VBD
a         DET   det      3  -        DT
motion    NOUN  dobj     1  -        NN
calling   VERB  acl      3  call     VBG
for       ADP   prep     4  -        IN
a         DET   det      7  -        DT
ballot    NOUN  pobj     5  -        NN
but       CCONJ cc       1  -        CC
rejected  VERB  conj     1  reject   VBD
a         DET   det      11 -        DT
motion    NOUN  dobj     9  -        NN
of        ADP   prep     11 -        IN
censure   NOUN  pobj     12 -        NN
.         PUNCT punct    1  -        .
"""


def test_proposals_what_a_motion_calls_for_names_it_and_two_motions_stay_two() -> None:
    named = {text for text, _ in _named(TWO_MOTIONS)}
    assert "motion calling for a ballot" in named
    resolved = resolved_of(make_doc(TWO_MOTIONS))
    motions = [e for e in resolved.entities if "motion" in e.label]
    names = sorted(n for e in motions for n in (e.label, *e.aliases) if " " in n)
    assert len(motions) == 2, names
    assert {e.label for e in motions} == {"motion calling for a ballot", "motion of censure"}


# "Ministers will deliver an integrated care system and reform the UK visa system."
SYSTEMS_NAMED_BY_NO_SCHEME = """
Ministers  NOUN  nsubj    2  minister NNS
will       AUX   aux      2  -        MD
deliver    VERB  ROOT     2  -        VB
an         DET   det      6  -        DT
integrated ADJ   amod     6  -        JJ
care       NOUN  compound 6  -        NN
system     NOUN  dobj     2  -        NN
and        CCONJ cc       2  -        CC
reform     VERB  conj     2  -        VB
the        DET   det      12 -        DT
UK         PROPN compound 12 -        NNP B-GPE
visa       NOUN  compound 12 -        NN
system     NOUN  dobj     8  -        NN
.          PUNCT punct    2  -        .
"""


def test_proposals_a_system_a_verb_is_about_or_a_places_names_no_scheme() -> None:
    assert _named(SYSTEMS_NAMED_BY_NO_SCHEME) == set()


def test_proposals_a_system_named_by_a_listed_body_is_that_bodys() -> None:
    # "The Harbour Board system struggles.": "Harbour Board" is a listed organisation
    rows = """
    The      DET   det      3  -        DT
    Harbour  PROPN compound 2  -        NNP
    Board    PROPN compound 3  -        NNP
    system   NOUN  nsubj    4  -        NN
    struggles VERB ROOT     4  struggle VBZ
    .        PUNCT punct    4  -        .
    """
    doc = make_doc(rows, gazetteer=[(1, 3, KG.PublicBody, "harbour_board")])
    assert not list(head_noun_phrases(context_of(doc)))
    assert _named(rows) == {("Harbour Board system", "Policy")}  # unlisted: a name


def test_proposals_a_motion_being_debated_is_named_by_nothing_after_it() -> None:
    # "Delegates read a motion being subject to debate.": "being" says nothing a motion calls for
    rows = """
    Delegates NOUN nsubj    1  delegate NNS
    read      VERB ROOT     1  -        VBD
    a         DET  det      3  -        DT
    motion    NOUN dobj     1  -        NN
    being     AUX  acl      3  be       VBG
    subject   ADJ  acomp    4  -        JJ
    to        ADP  prep     5  -        IN
    debate    NOUN pobj     6  -        NN
    .         PUNCT punct   1  -        .
    """
    assert not any("being" in text for text, _ in _named(rows))


def test_proposals_quotation_marks_inside_a_name_are_no_part_of_it(
    extract: Callable[..., Any],
) -> None:
    # the writer's quotation marks around some words of a name are no part of the name
    corpus = extract(
        "Harbour deal ends\n"
        "The councils ended their “shared harbour” deal with the ferry board on Friday.\n"
    )
    names = {name for e in corpus.entities for name in (e.label, *e.aliases)}
    assert "shared harbour deal" in names
    assert not any("”" in name or "“" in name for name in names)


def test_proposals_a_word_of_a_role_title_names_no_proposal(
    extract: Callable[..., Any],
) -> None:
    # "Policy" of "Director of Policy" is a word of the title, not a policy
    corpus = extract(
        'Harbour news\nJo Reyes, Director of Policy, Unison said: "The levy is unfair."\n'
    )
    assert "Policy" not in {e.label for e in corpus.entities}


HARBOURS_WHITE_PAPER = """
The       DET   det      3  -        DT
harbours  NOUN  compound 3  harbour  NNS
white     ADJ   amod     3  -        JJ
paper     NOUN  nsubj    4  -        NN
failed    VERB  ROOT     4  fail     VBD
.         PUNCT punct    4  -        .
"""


def test_proposals_a_white_paper_is_a_plan() -> None:
    assert ("harbours white paper", "Plan") in _named(HARBOURS_WHITE_PAPER)


def test_proposals_two_titled_plans_stay_apart_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Port news\nThe guild answered the consultation on the new 5 Year Ferry Plan. The Ferry"
        " Plan is meant to sit beside the Harbour Ferry Plan, published in May.\n"
    )
    plans = [" | ".join((e.label, *e.aliases)) for e in corpus.entities if e.type.endswith("Plan")]
    assert len(plans) == 2
    assert not any("5 Year" in names and "Harbour" in names for names in plans)


def test_proposals_a_rise_of_an_amount_told_in_words_is_not_a_rise_of_4_percent(
    extract: Callable[..., Any],
) -> None:
    # lex:amountWord (proposals8): "double-digit" names an amount, as "4%" does
    corpus = extract(
        "Ferry pay\nThe board offered crews a pay rise of 4% this year.\nThe guild wants a"
        " double-digit pay rise for its members.\n"
    )
    rises = [{e.label, *e.aliases} for e in corpus.entities if e.label.endswith("pay rise")]
    assert len(rises) == 2
    assert not any(
        "pay rise of 4%" in names and "double-digit pay rise" in names for names in rises
    )


def test_proposals_a_law_named_without_its_year_is_one_law(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Boat owners criticise new act\nThe Harbour Act 2019 replaced the old pilot scheme."
        " The Boat Union said the Harbour Act had failed owners.\n"
    )
    laws = [e for e in corpus.entities if "Harbour Act 2019" in (e.label, *e.aliases)]
    assert len(laws) == 1 and "Harbour Act" in (laws[0].label, *laws[0].aliases)


def test_proposals_guidance_with_a_complement_but_not_under_someones() -> None:
    # "The ministry issued guidance on sailings under the guidance of pilots."
    rows = """
    The      DET   det   1  -        DT
    ministry NOUN  nsubj 2  -        NN
    issued   VERB  ROOT  2  issue    VBD
    guidance NOUN  dobj  2  -        NN
    on       ADP   prep  3  -        IN
    sailings NOUN  pobj  4  sailing  NNS
    under    ADP   prep  2  -        IN
    the      DET   det   8  -        DT
    guidance NOUN  pobj  6  -        NN
    of       ADP   prep  8  -        IN
    pilots   NOUN  pobj  9  pilot    NNS
    .        PUNCT punct 2  -        .
    """
    named = {text for text, _ in _named(rows)}
    assert "guidance on sailings" in named
    assert not {n for n in named if "pilots" in n}
