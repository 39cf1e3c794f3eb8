"""Heads that name a proposal only in one of their senses (kg.extract.mentions.generic_heads).
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc, mentions_of

from kg.extract.mentions.noun_phrases import head_noun_phrases

_HEADLINE = """
Ferries    NOUN  ROOT     0  ferry    NNS
.          PUNCT punct    0  -        .
"""


def _named(rows: str) -> set[str]:
    """The phrases of a sentence of the body, after a headline of two words."""
    shifted = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + 2), *rest]))
    doc = make_doc(_HEADLINE + "\n".join(shifted))
    return {c.span.text for c in head_noun_phrases(context_of(doc))}


HARBOUR_BUDGETS = """
Ministers  NOUN  nsubj    1  minister NNS
cut        VERB  ROOT     1  -        VBD
the        DET   det      3  -        DT
share      NOUN  dobj     1  -        NN
of         ADP   prep     3  -        IN
the        DET   det      7  -        DT
harbour    NOUN  compound 7  -        NN
budget     NOUN  pobj     4  -        NN
for        ADP   prep     7  -        IN
ferries    NOUN  pobj     8  ferry    NNS
and        CCONJ cc       1  -        CC
set        VERB  conj     1  -        VBD
out        ADP   prt      11 -        RP
the        DET   det      16 -        DT
2026/27    NUM   nummod   16 -        CD
harbour    NOUN  compound 16 -        NN
budget     NOUN  dobj     11 -        NN
.          PUNCT punct    1  -        .
"""


def test_generic_a_budget_with_a_year_is_a_proposal_the_money_a_share_is_of_is_not() -> None:
    named = _named(HARBOUR_BUDGETS)
    assert "2026/27 harbour budget" in named
    assert not any(text.startswith("harbour budget") for text in named)


DECISIONS = """
The        DET   det      1  -        DT
guild      NOUN  nsubj    2  -        NN
delayed    VERB  ROOT     2  delay    VBD
its        PRON  poss     5  -        PRP$
boarding   NOUN  compound 5  -        NN
decisions  NOUN  dobj     2  decision NNS
and        CCONJ cc       2  -        CC
a          DET   det      8  -        DT
decision   NOUN  conj     5  -        NN
on         ADP   prep     8  -        IN
mergers    NOUN  pobj     9  merger   NNS
but        CCONJ cc       2  -        CC
welcomed   VERB  conj     2  welcome  VBD
the        DET   det      14 -        DT
council    NOUN  poss     16 -        NN
's         PART  case     14 -        POS
decision   NOUN  dobj     12 -        NN
to         PART  aux      18 -        TO
scrap      VERB  acl      16 -        VB
the        DET   det      21 -        DT
ferry      NOUN  compound 21 -        NN
levy       NOUN  dobj     18 -        NN
.          PUNCT punct    2  -        .
"""


def test_generic_decisions_name_a_proposal_only_with_what_they_decide() -> None:
    named = _named(DECISIONS)
    assert "decision to scrap the ferry levy" in named
    assert not any(text.endswith("decisions") or "mergers" in text for text in named)


SPEEDY_RESOLUTION = """
The        DET   det      1  -          DT
union      NOUN  nsubj    2  -          NN
wants      VERB  ROOT     2  want       VBZ
a          DET   det      5  -          DT
quick      ADJ   amod     5  -          JJ
resolution NOUN  dobj     2  -          NN
to         ADP   prep     5  -          IN
the        DET   det      8  -          DT
dispute    NOUN  pobj     6  -          NN
and        CCONJ cc       2  -          CC
tabled     VERB  conj     2  table      VBD
an         DET   det      13 -          DT
emergency  NOUN  compound 13 -          NN
resolution NOUN  dobj     10 -          NN
.          PUNCT punct    2  -          .
"""


def test_generic_a_quick_resolution_to_a_dispute_is_no_motion() -> None:
    named = _named(SPEEDY_RESOLUTION)
    assert "emergency resolution" in named
    assert not any("quick" in text or text.startswith("resolution to") for text in named)


FRONTLINE_SERVICES = """
Councils   NOUN  nsubj    1  council  NNS
deliver    VERB  ROOT     1  -        VBP
frontline  NOUN  compound 3  -        NN
services   NOUN  dobj     1  service  NNS
.          PUNCT punct    1  -        .
The        DET   det      6  -        DT
council    NOUN  nsubj    8  -        NN
will       AUX   aux      8  -        MD
deliver    VERB  ROOT     8  -        VB
the        DET   det      12 -        DT
Harbour    PROPN compound 12 -        NNP
Ferry      PROPN compound 12 -        NNP
service    NOUN  dobj     8  -        NN
.          PUNCT punct    8  -        .
"""


def test_generic_services_a_body_delivers_are_a_kind_a_named_service_is_not() -> None:
    named = _named(FRONTLINE_SERVICES)
    assert "Harbour Ferry service" in named
    assert not any(text.endswith("services") for text in named)


PROVIDERS_SERVICES = """
Cuts       NOUN  nsubj    2  cut      NNS
would      AUX   aux      2  -        MD
harm       VERB  ROOT     2  -        VB
HFA        PROPN compound 4  -        NNP  B-ORG
services   NOUN  dobj     2  service  NNS
.          PUNCT punct    2  -        .
The        DET   det      8  -        DT
HFA        PROPN compound 8  -        NNP  B-ORG
111        NUM   nummod   9  -        CD
service    NOUN  nsubj    10 -        NN
opened     VERB  ROOT     10 open     VBD
.          PUNCT punct    10 -        .
"""


def test_generic_services_named_by_their_provider_are_a_kind() -> None:
    # "HFA services" are what the body provides (proposals8); "the HFA 111 service" is one
    named = _named(PROVIDERS_SERVICES)
    assert not any(text.endswith("services") for text in named)
    assert any(text.endswith("111 service") for text in named)


CLAIMS = """
The        DET   det      1  -        DT
guild      NOUN  nsubj    2  -        NN
lodged     VERB  ROOT     2  lodge    VBD
a          DET   det      4  -        DT
claim      NOUN  dobj     2  -        NN
for        ADP   prep     4  -        IN
a          DET   det      8  -        DT
6%         NOUN  compound 8  -        NN
rise       NOUN  pobj     5  -        NN
and        CCONJ cc       2  -        CC
a          DET   det      11 -        DT
claim      NOUN  conj     2  -        NN
for        ADP   prep     11 -        IN
asylum     NOUN  pobj     12 -        NN
.          PUNCT punct    2  -        .
"""


def test_generic_a_claim_names_a_proposal_only_for_a_rise_in_pay() -> None:
    # lex:claimNoun (proposals8)
    named = _named(CLAIMS)
    assert any(text.startswith("claim for a 6% rise") for text in named)
    assert not any("asylum" in text for text in named)


SAID_OF_A_PRONOUN = """
Critics    NOUN  nsubj    1  critic   NNS
say        VERB  ROOT     1  -        VBP
it         PRON  nsubj    3  -        PRP
is         AUX   ccomp    1  be       VBZ
the        DET   det      6  -        DT
wrong      ADJ   amod     6  -        JJ
levy       NOUN  attr     3  -        NN
.          PUNCT punct    1  -        .
"""


def test_generic_what_a_pronoun_is_said_to_be_is_no_proposal_of_its_own() -> None:
    assert not any(text.endswith("levy") for text in _named(SAID_OF_A_PRONOUN))


FIELD_OF_POLICY = """
The        DET   det      1  -        DT
guild      NOUN  nsubj    2  -        NN
said       VERB  ROOT     2  say      VBD
harbour    NOUN  compound 4  -        NN
policy     NOUN  nsubj    6  -        NN
should     AUX   aux      6  -        MD
favour     VERB  ccomp    2  -        VB
ferries    NOUN  dobj     6  ferry    NNS
but        CCONJ cc       2  -        CC
backed     VERB  conj     2  back     VBD
the        DET   det      12 -        DT
berth      NOUN  compound 12 -        NN
policy     NOUN  dobj     9  -        NN
.          PUNCT punct    2  -        .
"""


def test_generic_a_bare_singular_policy_is_a_field_of_work_the_berth_policy_is_one() -> None:
    # "harbour policy should favour ferries": policy as a mass noun, no proposal
    # (lex:fieldSenseNoun); "the berth policy" is one
    named = _named(FIELD_OF_POLICY)
    assert "berth policy" in named
    assert "harbour policy" not in named


DEVOTION = """
The        DET   det      1  -        DT
ministry   NOUN  poss     3  -        NN
's         PART  case     1  -        POS
commitment NOUN  dobj     7  -        NN
to         ADP   prep     3  -        IN
ferry      NOUN  compound 6  -        NN
passengers NOUN  pobj     4  passenger NNS
impressed  VERB  ROOT     7  impress  VBD
no         DET   det      9  -        DT
one        NOUN  dobj     7  -        NN
but        CCONJ cc       7  -        CC
its        PRON  poss     12 -        PRP$
commitment NOUN  nsubj    16 -        NN
to         ADP   prep     12 -        IN
close      VERB  pcomp    13 -        VB
berths     NOUN  dobj     14 berth    NNS
stands     VERB  conj     7  stand    VBZ
.          PUNCT punct    7  -        .
"""


def test_generic_a_commitment_to_people_is_devotion_one_to_act_is_a_proposal() -> None:
    # "commitment to ferry passengers" is devotion (lex:devotionNoun, lex:peopleNoun);
    # "commitment to close berths" is a proposal
    named = _named(DEVOTION)
    assert any(text.startswith("commitment to close") for text in named)
    assert not any("passengers" in text for text in named)


TOTAL_REACHED = """
Porters    NOUN  nsubjpass 2  porter   NNS
were       AUX   auxpass  2  be       VBD
offered    VERB  ROOT     2  offer    VBN
a          DET   det      6  -        DT
2          NUM   nummod   5  -        CD
%          NOUN  nmod     6  -        NN
uplift     NOUN  dobj     2  -        NN
taking     VERB  acl      6  take     VBG
the        DET   det      9  -        DT
total      NOUN  dobj     7  -        NN
to         ADP   prep     7  -        IN
a          DET   det      14 -        DT
7          NUM   nummod   13 -        CD
%          NOUN  compound 14 -        NN
uplift     NOUN  pobj     10 -        NN
.          PUNCT punct    2  -        .
"""


def test_generic_the_total_a_proposal_takes_a_sum_to_is_none_of_its_own() -> None:
    named = _named(TOTAL_REACHED)
    assert any(text.startswith("2") for text in named)
    assert not any(text.startswith("7") for text in named)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Port news\nThe guild doubted the ministry's commitment to island families, but "
            "welcomed its commitment to close the old berths.",
            ["commitment to close the old berths"],
            ["families"],
        ),
        (
            "Port news\nPorters were offered a 2% additional uplift, taking the total to a 7% "
            "uplift for the year.",
            ["2% additional uplift"],
            ["7% uplift"],
        ),
        (
            "Port news\nThe guild argued that government policy should favour ferries over "
            "cruise ships, and it criticised the berth policy.",
            ["berth policy"],
            ["government policy"],
        ),
        (
            "Port news\nTenants fear a Section 8 notice, and the guild wants the Harbour "
            "Tenancy Bill to end Section 8 evictions.",
            ["Harbour Tenancy Bill"],
            ["Section 8"],
        ),
        (
            "Port news\nThe guild called for a swift resolution to the ferry dispute and "
            "criticised the ministry's strategy during the talks.",
            [],
            ["swift resolution", "strategy"],
        ),
        (
            "Port news\nThe guild said its share of the harbour budget for ferries was too small.",
            [],
            ["harbour budget"],
        ),
    ],
)
def test_generic_heads_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
    assert not any(d in n for d in dropped for n in names)


@pytest.mark.parametrize(
    ("count", "named"),
    [("37,000", False), ("thousands of", False), ("three", True), ("2024", True)],
)
def test_a_plural_counted_in_hundreds_is_a_statistic_not_a_proposal(
    count: str, named: bool
) -> None:
    """ "The council holds 37,000 contracts.": how many there are; "three contracts" may be the
    items of one offer, "the 2024 contracts" are a year's."""
    words = count.split()
    rows = ["The DET det 1 - DT", "council NOUN nsubj 2 - NN", "holds VERB ROOT 2 hold VBZ"]
    head = 3 + len(words)
    if len(words) == 2:  # "thousands of contracts"
        rows += [f"thousands NUM nummod {head} thousand NNS", "of ADP prep 3 - IN"]
    else:
        rows += [f"{count} NUM nummod {head} - CD"]
    rows += ["contracts NOUN dobj 2 contract NNS", ". PUNCT punct 2 - ."]
    found = {m.text for m in mentions_of(make_doc("\n".join(rows))).mentions}
    assert any(t.endswith("contracts") for t in found) is named


THANKED_THE_SERVICE = """
Ministers  NOUN  nsubj    1  minister NNS
thanked    VERB  ROOT     1  thank    VBD
the        DET   det      4
{word}     NOUN  compound 4  {word}   NN
service    NOUN  dobj     1  service  NN
.          PUNCT punct    1
"""


@pytest.mark.parametrize(("word", "named"), [("police", False), ("prison", False), ("ferry", True)])
def test_a_service_named_by_a_sector_of_the_state_is_an_institution(word: str, named: bool) -> None:
    """ "Ministers thanked the police service": a branch of the state (``lex:sectorWord``);
    "the ferry service" may be one provided, a proposal's head."""
    doc = make_doc(THANKED_THE_SERVICE.format(word=word))
    found = {c.span.text for c in head_noun_phrases(context_of(doc))}
    assert (f"{word} service" in found) == named


def test_a_change_warned_of_is_no_proposal() -> None:
    """ "Unions issued warnings of the closure of services": an outcome feared
    (``lex:fearNoun``), no proposal put forward."""
    doc = make_doc(
        """
        Unions   NOUN  nsubj  1  union   NNS
        issued   VERB  ROOT   1  issue   VBD
        warnings NOUN  dobj   1  warning NNS
        of       ADP   prep   2
        the      DET   det    5
        closure  NOUN  pobj   3  closure NN
        of       ADP   prep   5
        services NOUN  pobj   6  service NNS
        .        PUNCT punct  1
        """
    )
    assert not any("closure" in c.span.text for c in head_noun_phrases(context_of(doc)))


def test_different_kinds_to_choose_among_are_no_proposal() -> None:
    """ "Councils will look at different models of delivery": kinds, as "other models"."""
    doc = make_doc(
        """
        Councils  NOUN  nsubj  2  council  NNS
        will      AUX   aux    2
        look      VERB  ROOT   2  look     VB
        at        ADP   prep   2
        different ADJ   amod   5  different JJ
        models    NOUN  pobj   3  model    NNS
        of        ADP   prep   5
        delivery  NOUN  pobj   6  delivery NN
        .         PUNCT punct  2
        """
    )
    assert not any("models" in c.span.text for c in head_noun_phrases(context_of(doc)))
