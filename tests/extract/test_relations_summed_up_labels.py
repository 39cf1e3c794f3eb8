"""A label given in a relative clause is a label of the noun the clause is on, and of the
phrase a noun after a comma sums up ("the levy, a decision which the Guild called misguided":
the levy; ``appraisal``, :func:`kg.extract.relations.appraisals._labelled`). Sentences written
for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# "Reyes defended the levy, a decision which the Guild called misguided."
SUMMED_UP = """
Reyes     PROPN nsubj 1
defended  VERB  ROOT  1  defend
the       DET   det   3
levy      NOUN  dobj  1
,         PUNCT punct 3
a         DET   det   6
decision  NOUN  appos 3
which     PRON  dobj  10 which
the       DET   det   9
Guild     PROPN nsubj 10
called    VERB  relcl 6  call
misguided ADJ   oprd  10 misguided
.         PUNCT punct 1
"""
NAMES = [("Reyes", KG.Person), ("levy", KG.Proposal), ("Guild", KG.Organisation)]


def test_relations_a_label_of_a_noun_summing_up_a_proposal_is_a_stance_on_it() -> None:
    parsed = build(SUMMED_UP, names=NAMES)
    assert facts(parsed.relations("appraisal")) == {("Guild", KG.opposes, "levy")}


def test_relations_a_label_in_a_relative_clause_on_the_proposal_is_a_stance_on_it() -> None:
    """ "Reyes defended the levy, which the Guild called misguided." """
    rows = """
    Reyes     PROPN nsubj 1
    defended  VERB  ROOT  1  defend
    the       DET   det   3
    levy      NOUN  dobj  1
    ,         PUNCT punct 3
    which     PRON  dobj  8  which
    the       DET   det   7
    Guild     PROPN nsubj 8
    called    VERB  relcl 3  call
    misguided ADJ   oprd  8  misguided
    .         PUNCT punct 1
    """
    parsed = build(rows, names=NAMES)
    assert facts(parsed.relations("appraisal")) == {("Guild", KG.opposes, "levy")}


def test_relations_a_noun_joined_by_and_sums_nothing_up() -> None:
    """ "Reyes defended the levy and a decision which the Guild called misguided." """
    rows = SUMMED_UP.replace(",         PUNCT punct 3", "and       CCONJ cc    3").replace(
        "decision  NOUN  appos 3", "decision  NOUN  conj  3"
    )
    parsed = build(rows, names=NAMES)
    assert parsed.relations("appraisal") == []


def test_extract_a_decision_a_union_called_misguided_is_opposed(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Union attacks levy\n"
        "The Department of Health will introduce a new bed levy, a decision which Unison has "
        'called "unhelpful and misguided".\n'
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.opposes
    }
    assert any(subject == "Unison" for subject, _ in found)
