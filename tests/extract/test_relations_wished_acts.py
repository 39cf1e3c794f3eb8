"""An act an extraposed "it is ..." says someone should do is not done ("it is not too late
for the minister to agree to talks": conditional; :func:`kg.extract.relations.extraposed.urged_clause`, read by :func:`kg.extract.relations.modality.modality_of`).
Sentences written for the tests."""

from __future__ import annotations

from doc_builder import make_doc

from kg.extract.relations.modality import modality_of
from kg.rdf.namespaces import KG

# "It is time for the Guild to meet Reyes."
TIME = """
It     PRON  nsubj 1
is     AUX   ROOT  1  be
time   NOUN  attr  1
for    SCONJ mark  7
the    DET   det   5
Guild  PROPN nsubj 7
to     PART  aux   7
meet   VERB  advcl 1  meet
Reyes  PROPN dobj  7
.      PUNCT punct 1
"""

# "It is not too late for the Guild to meet Reyes.", the clause hung on "late"
TOO_LATE = """
It     PRON  nsubj  1
is     AUX   ROOT   1  be
not    PART  neg    1
too    ADV   advmod 4
late   ADJ   acomp  1
for    SCONJ mark   9
the    DET   det    7
Guild  PROPN nsubj  9
to     PART  aux    9
meet   VERB  advcl  4  meet
Reyes  PROPN dobj   9
.      PUNCT punct  1
"""


def test_modality_an_act_it_is_time_for_someone_to_do_is_not_done() -> None:
    assert modality_of(make_doc(TIME)[7]) == KG.Conditional
    assert modality_of(make_doc(TOO_LATE)[9]) == KG.Conditional


def test_modality_an_infinitive_without_an_extraposed_it_is_left_alone() -> None:
    """ "The Guild met Reyes in order for talks to resume": no "it is" over it."""
    doc = make_doc(
        """
        Guild   PROPN nsubj 1
        met     VERB  ROOT  1  meet
        Reyes   PROPN dobj  1
        for     SCONJ mark  6
        talks   NOUN  nsubj 6  talk
        to      PART  aux   6
        resume  VERB  advcl 1  resume
        .       PUNCT punct 1
        """
    )
    assert modality_of(doc[1]) == KG.Asserted
    assert modality_of(doc[6]) == KG.Asserted
