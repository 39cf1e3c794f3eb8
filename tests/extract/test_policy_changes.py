"""Changes to a proposal ("a rise in the cap on X", "an extension of the scheme to Y") name a
proposal of their own; a change in what is no proposal ("a rise in waiting lists") names none.
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.policy_changes import changes_to_proposals

GUILD_DEMANDS_A_RISE_IN_THE_CAP = """
The       DET   det      1  -        DT
guild     NOUN  nsubj    2  -        NN
demanded  VERB  ROOT     2  demand   VBD
a         DET   det      4  -        DT
rise      NOUN  dobj     2  -        NN
in        ADP   prep     4  -        IN
the       DET   det      7  -        DT
cap       NOUN  pobj     5  -        NN
on        ADP   prep     7  -        IN
day       NOUN  compound 11 -        NN
-         PUNCT punct    11 -        HYPH
care      NOUN  compound 12 -        NN
places    NOUN  pobj     8  place    NNS
.         PUNCT punct    2  -        .
"""

REPORT_SHOWS_A_RISE_IN_WAITING_LISTS = """
The       DET   det      1  -        DT
report    NOUN  nsubj    2  -        NN
showed    VERB  ROOT     2  show     VBD
a         DET   det      4  -        DT
rise      NOUN  dobj     2  -        NN
in        ADP   prep     4  -        IN
waiting   NOUN  compound 7  -        NN
lists     NOUN  pobj     5  list     NNS
.         PUNCT punct    2  -        .
"""

COUNCIL_BACKS_THE_EXTENSION_OF_THE_SCHEME = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
backed    VERB  ROOT     2  back     VBD
the       DET   det      4  -        DT
extension NOUN  dobj     2  -        NN
of        ADP   prep     4  -        IN
the       DET   det      7  -        DT
scheme    NOUN  pobj     5  -        NN
.         PUNCT punct    2  -        .
"""

MINISTERS_CUT_THE_HEALTH_BUDGET = """
Ministers NOUN  nsubj    1  minister NNS
announced VERB  ROOT     1  announce VBD
a         DET   det      3  -        DT
reduction NOUN  dobj     1  -        NN
in        ADP   prep     3  -        IN
the       DET   det      7  -        DT
health    NOUN  compound 7  -        NN
budget    NOUN  pobj     4  -        NN
.         PUNCT punct    1  -        .
"""

UNION_URGES_AN_OVERHAUL_OF_A_NAMED_SCHEME = """
The       DET   det      1  -        DT
union     NOUN  nsubj    2  -        NN
urged     VERB  ROOT     2  urge     VBD
an        DET   det      4  -        DT
overhaul  NOUN  dobj     2  -        NN
of        ADP   prep     4  -        IN
the       DET   det      9  -        DT
Rural     PROPN compound 9  -        NNP
Rates     PROPN compound 9  -        NNPS
Scheme    PROPN pobj     5  -        NNP
.         PUNCT punct    2  -        .
"""


def _found(rows: str) -> set[tuple[str, str, bool]]:
    return {
        (c.span.text, c.method, c.longer) for c in changes_to_proposals(context_of(make_doc(rows)))
    }


def test_policy_changes_a_rise_in_a_cap_is_a_proposal_with_its_longer_form() -> None:
    assert _found(GUILD_DEMANDS_A_RISE_IN_THE_CAP) == {
        ("rise in the cap", "noun-phrase", False),
        ("rise in the cap on day-care places", "noun-phrase", True),
    }


def test_policy_changes_a_rise_in_waiting_lists_is_a_statistic() -> None:
    assert _found(REPORT_SHOWS_A_RISE_IN_WAITING_LISTS) == set()


def test_policy_changes_a_cut_in_a_budget_is_no_instrument_changed() -> None:
    assert _found(MINISTERS_CUT_THE_HEALTH_BUDGET) == set()


def test_policy_changes_a_named_scheme_stays_a_thing_of_its_own() -> None:
    assert _found(UNION_URGES_AN_OVERHAUL_OF_A_NAMED_SCHEME) == set()


def test_policy_changes_the_extension_of_the_scheme_describes_one_named_before() -> None:
    assert _found(COUNCIL_BACKS_THE_EXTENSION_OF_THE_SCHEME) == {
        ("extension of the scheme", "description", False)
    }


def test_policy_changes_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Growers want change\nThe Orchard Growers Union has called for an extension of the"
        " apprentice travel scheme to rural colleges.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }
    changes = [e for e in corpus.entities if e.label.startswith("extension of")]
    assert len(changes) == 1
    # "an extension": asking for a new thing puts it forward (relations.new_demands)
    assert ("Orchard Growers Union", "proposes", changes[0].label) in found


UNION_CRITICISES_THE_MINISTRY_S_RESPONSE = """
The       DET   det      1  -        DT
union     NOUN  nsubj    2  -        NN
criticised VERB ROOT     2  criticise VBD
the       DET   det      4  -        DT
Ministry  PROPN poss     6  -        NNP
's        PART  case     4  -        POS
response  NOUN  dobj     2  -        NN
to        ADP   prep     6  -        IN
the       DET   det      10 -        DT
ferry     NOUN  compound 10 -        NN
review    NOUN  pobj     7  -        NN
.         PUNCT punct    2  -        .
"""

IN_RESPONSE_TO_THE_REVIEW = """
In        ADP   prep     7  in       IN
response  NOUN  pobj     0  -        NN
to        ADP   prep     1  -        IN
the       DET   det      5  -        DT
ferry     NOUN  compound 5  -        NN
review    NOUN  pobj     2  -        NN
,         PUNCT punct    7  -        ,
unions    NOUN  nsubj    8  union    NNS
met       VERB  ROOT     8  meet     VBD
.         PUNCT punct    8  -        .
"""


def _phrases(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


def test_policy_changes_a_ministry_s_response_to_a_review_is_a_proposal() -> None:
    found = _phrases(UNION_CRITICISES_THE_MINISTRY_S_RESPONSE)
    assert "response to the ferry review" in found
    assert "Ministry's response to the ferry review" in found


def test_policy_changes_in_response_to_a_review_names_nothing() -> None:
    assert not any("response" in text for text in _phrases(IN_RESPONSE_TO_THE_REVIEW))


BOARD_ANNOUNCES_A_RISE_IN_PAY_FOR_PORTERS = """
The       DET   det      1  -        DT
board     NOUN  nsubj    2  -        NN
announced VERB  ROOT     2  announce VBD
a         DET   det      4  -        DT
rise      NOUN  dobj     2  -        NN
in        ADP   prep     4  -        IN
pay       NOUN  pobj     5  -        NN
for       ADP   prep     6  -        IN
hospital  NOUN  compound 9  -        NN
porters   NOUN  pobj     7  porter   NNS
.         PUNCT punct    2  -        .
"""

FIGURES_SHOW_A_RISE_IN_SPENDING = """
The       DET   det      1  -        DT
figures   NOUN  nsubj    2  figure   NNS
showed    VERB  ROOT     2  show     VBD
a         DET   det      4  -        DT
rise      NOUN  dobj     2  -        NN
in        ADP   prep     4  -        IN
spending  NOUN  pobj     5  -        NN
on        ADP   prep     6  -        IN
ferries   NOUN  pobj     7  ferry    NNS
.         PUNCT punct    2  -        .
"""


def test_policy_changes_a_rise_in_pay_put_forward_is_a_proposal() -> None:
    found = _found(BOARD_ANNOUNCES_A_RISE_IN_PAY_FOR_PORTERS)
    assert ("rise in pay", "noun-phrase", False) in found


def test_policy_changes_a_rise_in_spending_shown_by_figures_is_a_statistic() -> None:
    assert _found(FIGURES_SHOW_A_RISE_IN_SPENDING) == set()


def test_policy_changes_a_rise_blamed_for_something_is_a_cause() -> None:
    # "The board blamed a rise in pay for hospital porters ...": the verb of blaming takes the
    # change as a cause (review7: "ministers blamed a rise in spending for the deficit")
    rows = BOARD_ANNOUNCES_A_RISE_IN_PAY_FOR_PORTERS.replace(
        "announced VERB  ROOT     2  announce", "blamed    VERB  ROOT     2  blame   "
    )
    assert _found(rows) == set()


def test_policy_changes_a_rise_in_funding_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Colleges welcome rise\nThe Ferry Workers Guild welcomed an increase in funding for"
        " island colleges announced by the minister.\n"
    )
    labels = {e.label for e in corpus.entities}
    assert any(label.startswith("increase in funding") for label in labels)
    assert "funding for island colleges" not in labels


def test_policy_changes_a_rise_in_a_charge_an_actor_announces_is_a_proposal() -> None:
    """ "The council announced a rise in ferry fares.": fares are a charge the council sets
    (``lex:moneyNoun``), so the rise it announces is a proposal."""
    rows = """
    The       DET   det      1  -        DT
    council   NOUN  nsubj    2  -        NN
    announced VERB  ROOT     2  announce VBD
    a         DET   det      4  -        DT
    rise      NOUN  dobj     2  -        NN
    in        ADP   prep     4  -        IN
    ferry     NOUN  compound 7  -        NN
    fares     NOUN  pobj     5  fare     NNS
    .         PUNCT punct    2  -        .
    """
    assert ("rise in ferry fares", "noun-phrase", False) in _found(rows)
