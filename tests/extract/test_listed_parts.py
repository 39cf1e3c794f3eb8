"""Parts told in lists and in reported speech: "including" after a phrase that holds the
proposal it lists from, and what a speaker says a proposal "would include". Sentences written
for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import build, facts

from kg.rdf.namespaces import KG

STEPS_INCLUDING = """
The       DET   det      1
council   NOUN  nsubj    2
announced VERB  ROOT     2  announce VBD
three     NUM   nummod   4
steps     NOUN  dobj     2  step     NNS
it        PRON  nsubj    7
will      AUX   aux      7
take      VERB  relcl    4  take     VB
to        PART  aux      9
protect   VERB  advcl    7  protect  VB
the       DET   det      11
service   NOUN  dobj     9
,         PUNCT punct    11
including VERB  prep     11 include  VBG
a         DET   det      16
fare      NOUN  compound 16
freeze    NOUN  pobj     13
.         PUNCT punct    2
"""


def test_listed_parts_including_hung_on_a_later_noun_lists_the_proposal_above_it() -> None:
    parsed = build(
        STEPS_INCLUDING,
        names=[
            ("council", KG.GovernmentBody),
            ("three steps", KG.Plan),
            ("fare freeze", KG.Policy),
        ],
    )
    assert facts(parsed.relations("listed")) == {("fare freeze", KG.partOf, "three steps")}


def test_listed_parts_including_with_no_proposal_above_it_lists_none() -> None:
    parsed = build(
        STEPS_INCLUDING,
        names=[("council", KG.GovernmentBody), ("fare freeze", KG.Policy)],
    )
    assert not parsed.relations("listed")


BILL_WOULD_INCLUDE = """
The      DET   det    1
minister NOUN  nsubj  2
said     VERB  ROOT   2  say     VBD
the      DET   det    4
bill     NOUN  nsubj  6
would    AUX   aux    6
include  VERB  ccomp  2  include VB
a        DET   det    9
fare     NOUN  compound 9
cap      NOUN  dobj   6
.        PUNCT punct  2
"""


def test_listed_parts_what_a_speaker_says_a_bill_would_include_is_planned() -> None:
    parsed = build(
        BILL_WOULD_INCLUDE,
        names=[("minister", KG.Person), ("bill", KG.Policy), ("fare cap", KG.Policy)],
    )
    assert parsed.context().modality(parsed.token("include")) == KG.Planned
    found = {(r.subject, r.predicate, r.object): r.modality for r in parsed.find()}
    assert found[("fare cap", KG.partOf, "bill")] == KG.Planned


def test_listed_parts_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe council announced three measures to protect the service for islanders,"
        " including a fare freeze for residents. The minister said the new ferry bill would"
        " include a fare cap for island residents.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.partOf
    }
    # the item named in full, with its post-modifier (the included-items mention source)
    assert {
        ("fare freeze for residents", "three measures"),
        ("fare cap", "new ferry bill"),
    } <= found
