"""The sieve pass that joins a generic reference to a proposal ("the proposed reforms") to the
one proposal it can stand for, on hand-built parses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from doc_builder import make_doc, mention

from kg.extract.entities.generic_references import (
    collections_of_proposals,
    generic_references_to_one_proposal,
)
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG

# "The ministry set out an overhaul of bus licensing. Drivers criticised the proposed reforms."
OVERHAUL = """
The        DET   det      1 -        DT
ministry   NOUN  nsubj    2 -        NN
set        VERB  ROOT     2 -        VBD
out        ADP   prt      2 -        RP
an         DET   det      5 -        DT
overhaul   NOUN  dobj     2 -        NN
of         ADP   prep     5 -        IN
bus        NOUN  compound 8 -        NN
licensing  NOUN  pobj     6 -        NN
.          PUNCT punct    2 -        .
Drivers    NOUN  nsubj    11 driver  NNS
criticised VERB  ROOT     11 criticise VBD
the        DET   det      14 -       DT
proposed   VERB  amod     14 propose VBN
reforms    NOUN  dobj     11 reform  NNS
.          PUNCT punct    11 -       .
"""


def _sieve(
    mentions: Sequence[Mention], rows: str, *, descriptions: dict[int, str] | None = None
) -> Sieve:
    found = MentionSet(
        mentions=list(mentions), same_as=[], roles=[], descriptions=descriptions or {}
    )
    return Sieve(found, list(mentions), load_lexicon(), {}, list(make_doc(rows)))


#: the reform as the article first names it, in its second sentence
NAMED_OVERHAUL = mention(
    "overhaul of bus licensing",
    KG.Reform,
    "noun-phrase",
    start=30,
    sentence=1,
    token_start=5,
    head="overhaul",
)


#: the generic phrase "proposed reforms", in the sentence after the reform is named
PROPOSED_REFORMS = mention(
    "proposed reforms", KG.Reform, "noun-phrase", start=90, token_start=13, head="reform"
)


def _joined(sieve: Sieve, a: int, b: int) -> bool:
    return sieve.links.find(a) == sieve.links.find(b)


def test_generic_reference_the_proposed_reforms_are_the_one_reform_named_before() -> None:
    sieve = _sieve(
        [
            NAMED_OVERHAUL,
            PROPOSED_REFORMS,
        ],
        OVERHAUL,
    )
    generic_references_to_one_proposal(sieve)
    assert _joined(sieve, 0, 1)


def test_generic_reference_a_description_kept_alone_is_the_one_reform_named_before() -> None:
    sieve = _sieve(
        [
            NAMED_OVERHAUL,
            mention(
                "proposed reforms",
                KG.Reform,
                "description",
                start=90,
                sentence=2,
                token_start=13,
                head="reform",
            ),
        ],
        OVERHAUL,
        descriptions={1: "reform"},
    )
    generic_references_to_one_proposal(sieve)
    assert _joined(sieve, 0, 1)


def test_generic_reference_with_two_proposals_it_could_stand_for_is_joined_to_neither() -> None:
    sieve = _sieve(
        [
            mention("overhaul", KG.Reform, "noun-phrase", start=30, sentence=1, token_start=5),
            mention("bus licensing", KG.Reform, "noun-phrase", start=45, sentence=1, token_start=7),
            PROPOSED_REFORMS,
        ],
        OVERHAUL,
    )
    generic_references_to_one_proposal(sieve)
    assert sieve.groups() == [[0], [1], [2]]


# "New contract\nThe ferry operator signed a £2bn contract. Crews back a new contract."
NEW_CONTRACT = """
New      ADJ   amod     1 -       JJ
contract NOUN  ROOT     1 -       NN
The      DET   det      4 -       DT
ferry    NOUN  compound 4 -       NN
operator NOUN  nsubj    5 -       NN
signed   VERB  ROOT     5 sign    VBD
a        DET   det      8 -       DT
£2bn     NUM   nummod   8 -       CD
contract NOUN  dobj     5 -       NN
.        PUNCT punct    5 -       .
Crews    NOUN  nsubj    11 crew   NNS
back     VERB  ROOT     11 -      VBP
a        DET   det      14 -      DT
new      ADJ   amod     14 -      JJ
contract NOUN  dobj     11 -      NN
.        PUNCT punct    11 -      .
"""


def test_generic_reference_in_the_headline_is_the_proposal_the_body_names() -> None:
    sieve = _sieve(
        [
            mention("New contract", KG.Contract, "noun-phrase"),
            mention(
                "£2bn contract", KG.Contract, "noun-phrase", start=45, sentence=1, token_start=7
            ),
        ],
        NEW_CONTRACT,
    )
    generic_references_to_one_proposal(sieve)
    assert _joined(sieve, 0, 1)


def test_generic_reference_an_indefinite_new_contract_is_another_one() -> None:
    sieve = _sieve(
        [
            mention(
                "£2bn contract", KG.Contract, "noun-phrase", start=45, sentence=1, token_start=7
            ),
            mention(
                "new contract", KG.Contract, "noun-phrase", start=80, sentence=2, token_start=14
            ),
        ],
        NEW_CONTRACT,
    )
    generic_references_to_one_proposal(sieve)
    assert not _joined(sieve, 0, 1)


# "The board began a curriculum reform and a plan to reform exams. It defended the reform
# proposals."
REFORM_PROPOSALS = """
The        DET   det      1 -       DT
board      NOUN  nsubj    2 -       NN
began      VERB  ROOT     2 begin   VBD
a          DET   det      5 -       DT
curriculum NOUN  compound 5 -       NN
reform     NOUN  dobj     2 -       NN
and        CCONJ cc       5 -       CC
a          DET   det      8 -       DT
plan       NOUN  conj     5 -       NN
to         PART  aux      10 -      TO
reform     VERB  acl      8 -       VB
exams      NOUN  dobj     10 exam   NNS
.          PUNCT punct    2 -       .
It         PRON  nsubj    14 -      PRP
defended   VERB  ROOT     14 defend VBD
the        DET   det      17 -      DT
reform     NOUN  compound 17 -      NN
proposals  NOUN  dobj     14 proposal NNS
.          PUNCT punct    14 -      .
"""


def test_generic_reference_the_reform_proposals_are_the_one_reform_named_before() -> None:
    sieve = _sieve(
        [
            mention("curriculum reform", KG.Reform, "noun-phrase", start=20, token_start=4),
            mention(
                "plan to reform exams", KG.Plan, "noun-phrase", start=40, token_start=8, head="plan"
            ),
            mention(
                "reform proposals",
                KG.Proposal,
                "noun-phrase",
                start=90,
                sentence=1,
                token_start=16,
                head="proposal",
            ),
        ],
        REFORM_PROPOSALS,
    )
    generic_references_to_one_proposal(sieve)
    assert sieve.groups() == [[0, 2], [1]]


def test_generic_reference_real_parse_the_proposed_reforms(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Transport news\nThe ministry announced an overhaul of ferry licensing on Monday.\n"
        "Operators said the proposed reforms would raise fares."
    )
    [overhaul] = [e for e in corpus.entities if "overhaul of ferry licensing" in e.label]
    assert "proposed reforms" in overhaul.aliases


# "The board unveiled a package of school reforms."
PACKAGE_OF_REFORMS = """
The      DET   det      1 -       DT
board    NOUN  nsubj    2 -       NN
unveiled VERB  ROOT     2 unveil  VBD
a        DET   det      4 -       DT
package  NOUN  dobj     2 -       NN
of       ADP   prep     4 -       IN
school   NOUN  compound 7 -       NN
reforms  NOUN  pobj     5 reform  NNS
.        PUNCT punct    2 -       .
"""


def test_generic_reference_a_package_of_reforms_is_the_reforms_it_holds() -> None:
    sieve = _sieve(
        [
            mention(
                "package of school reforms",
                KG.FundingPackage,
                "noun-phrase",
                start=20,
                token_start=4,
                head="package",
            ),
            mention(
                "school reforms", KG.Reform, "noun-phrase", start=31, token_start=6, head="reform"
            ),
        ],
        PACKAGE_OF_REFORMS,
    )
    collections_of_proposals(sieve)
    assert _joined(sieve, 0, 1)
