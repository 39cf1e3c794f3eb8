"""What an extraposed urging asks and a verb's event only asked for are not done: the modality
of "it is not too late for X to agree" (``relations.extraposed``) and the part of those a verb
of an asked-for meeting names (``relations.events``). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import make_doc

from kg.extract.relations import modality_of
from kg.model import Corpus
from kg.rdf.namespaces import KG

# "it is {predicate} for the Guild to agree"
_URGED = """
    it     PRON  nsubj  1
    is     AUX   ROOT   1  be
    {rows}
    for    SCONJ mark   {verb}
    the    DET   det    {guild}
    Guild  PROPN nsubj  {verb}
    to     PART  aux    {verb}
    agree  VERB  advcl  1
"""


def _urged(rows: str) -> object:
    n = len(rows.strip().splitlines())
    first = 2 + n
    return make_doc(_URGED.format(rows=rows.strip(), verb=first + 4, guild=first + 2))


@pytest.mark.parametrize(
    ("rows", "modality"),
    [
        ("time NOUN attr 1", KG.Conditional),  # "it is time for the Guild to agree"
        ("not PART neg 1\ntoo ADV advmod 4\nlate ADJ acomp 1", KG.Conditional),
        ("likely ADJ acomp 1", KG.Asserted),  # no word of duty or time
    ],
)
def test_the_infinitive_of_an_extraposed_urging_is_only_asked_for(
    rows: str, modality: object
) -> None:
    doc = _urged(rows)
    agree = next(t for t in doc if t.text == "agree")
    assert modality_of(agree) == modality


def test_real_parse_not_too_late_for_a_minister_to_agree_to_talks(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "The ferry union wrote to Ann Lee on Monday.\n"
        '"It is not too late for Ann Lee to agree to talks with porters," the union said.'
    )
    assert {r.modality for r in corpus.relations if r.predicate.endswith("participatesIn")} <= {
        KG.Conditional
    }


def test_real_parse_a_meeting_only_asked_for_has_no_participants(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "The ferry union has asked to meet with the harbour commissioner, Ann Lee, next week.\n"
        "The union said porters were angry."
    )
    assert {r.modality for r in corpus.relations if r.predicate.endswith("participatesIn")} <= {
        KG.Conditional
    }


def test_an_infinitive_after_a_for_phrase_of_a_call_is_only_asked_for() -> None:
    """ "The Guild called for the minister to start talks", parsed with "for the minister" on
    the verb and "to start" a clause of its own: the talks are asked for."""
    doc = make_doc(
        """
        Guild     PROPN nsubj  1
        called    VERB  ROOT   1  call
        for       ADP   prep   1
        the       DET   det    4
        minister  NOUN  pobj   2
        to        PART  aux    6
        start     VERB  advcl  1
        talks     NOUN  dobj   6  talk
        """
    )
    assert modality_of(doc[6]) == KG.Conditional


def test_an_infinitive_of_purpose_after_a_report_stays_asserted() -> None:
    """ "The Guild met the minister to start talks": no "for" phrase, no asking."""
    doc = make_doc(
        """
        Guild     PROPN nsubj  1
        met       VERB  ROOT   1  meet
        the       DET   det    3
        minister  NOUN  dobj   1
        to        PART  aux    5
        start     VERB  advcl  1
        talks     NOUN  dobj   5  talk
        """
    )
    assert modality_of(doc[5]) == KG.Asserted


def test_real_parse_a_union_calling_for_a_minister_to_start_talks_takes_no_part_yet(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "The ferry union has called for the harbour minister Ann Lee to start pay talks before "
        "May or face strike action.\n"
        "The union said porters were angry."
    )
    assert {r.modality for r in corpus.relations if r.predicate.endswith("participatesIn")} <= {
        KG.Conditional
    }
