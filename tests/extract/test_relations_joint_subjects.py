"""Subjects that stand for several actors where the parse or a pronoun gives one
(:mod:`kg.extract.relations.joint_subjects`, :mod:`kg.extract.coordination`). Sentences written
for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts, make_doc

from kg.extract.coordination import premodifier_conjuncts
from kg.extract.entities.quotations import Quotation, speakers_of_verb
from kg.model import Corpus
from kg.rdf.namespaces import KG

# "Lowe and chair Hart wrote to Reyes.", "Lowe" parsed as a modifier of "Hart"
HIDDEN = """
Lowe   PROPN nmod     3
and    CCONJ cc       0
chair  NOUN  conj     0
Hart   PROPN nsubj    4
wrote  VERB  ROOT     4  write
to     ADP   prep     4
Reyes  PROPN pobj     5
.      PUNCT punct    4
"""


def test_relations_a_name_hidden_before_and_in_the_subject_acts_too() -> None:
    parsed = build(HIDDEN, names=[("Lowe", KG.Person), ("Hart", KG.Person), ("Reyes", KG.Person)])
    assert facts(parsed.relations("verb")) == {
        ("Hart", KG.wroteTo, "Reyes"),
        ("Lowe", KG.wroteTo, "Reyes"),
    }


def test_relations_a_body_before_a_persons_title_is_no_subject() -> None:
    """ "BMA and RCN chair Hart wrote to Reyes": the bodies are Hart's posts."""
    rows = HIDDEN.replace("Lowe   PROPN nmod     3", "BMA    PROPN nmod     3").replace(
        "chair  NOUN  conj     0", "RCN    PROPN conj     0"
    )
    parsed = build(
        rows, names=[("BMA", KG.Organisation), ("Hart", KG.Person), ("Reyes", KG.Person)]
    )
    assert facts(parsed.relations("verb")) == {("Hart", KG.wroteTo, "Reyes")}


def test_quotations_a_speaker_hidden_before_and_speaks_too() -> None:
    """ "Lowe and chair Hart said: ..." speaks for both; "BMA and RCN chair Hart said" for Hart."""
    rows = HIDDEN.replace("wrote  VERB  ROOT     4  write", "said   VERB  ROOT     4  say")
    parsed = build(rows, names=[("Lowe", KG.Person), ("Hart", KG.Person), ("Reyes", KG.Person)])
    assert speakers_of_verb(parsed.resolved, parsed.doc[4]) == ("Hart", "Lowe")
    rows = rows.replace("Lowe   PROPN", "BMA    PROPN")
    parsed = build(rows, names=[("BMA", KG.Organisation), ("Hart", KG.Person)])
    assert speakers_of_verb(parsed.resolved, parsed.doc[4]) == ("Hart",)


def test_coordination_only_an_and_inside_the_premodifiers_hides_a_name() -> None:
    plain = make_doc(
        """
        Lowe   PROPN nsubj 3
        and    CCONJ cc    0
        Hart   PROPN conj  0
        wrote  VERB  ROOT  3  write
        """
    )
    one_name = make_doc(
        """
        the       DET   det      3
        Nursing   PROPN nmod     3
        and       CCONJ cc       1
        Council   PROPN nsubj    4
        said      VERB  ROOT     4  say
        """
    )
    hidden = make_doc(HIDDEN)
    assert premodifier_conjuncts(plain[0]) == []
    assert [t.text for t in premodifier_conjuncts(one_name[3])] == ["Nursing"]  # its own name
    assert [t.text for t in premodifier_conjuncts(hidden[3])] == ["Lowe"]


def test_relations_we_in_a_joint_quotation_is_each_speaker() -> None:
    """ "Lowe and Hart spoke. “We met Reyes.” " """
    parsed = build(
        """
        Lowe   PROPN nsubj 3
        and    CCONJ cc    0
        Hart   PROPN conj  0
        spoke  VERB  ROOT  3  speak
        .      PUNCT punct 3
        “      PUNCT punct 6
        We     PRON  nsubj 7  we
        met    VERB  ROOT  7  meet
        Reyes  PROPN dobj  7
        .      PUNCT punct 7
        ”      PUNCT punct 7
        """,
        names=[("Lowe", KG.Person), ("Hart", KG.Person), ("Reyes", KG.Person)],
        pronouns={6: "Lowe"},
    )
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), "Lowe", "speech-verb", ("Lowe", "Hart"))
    ]
    assert facts(parsed.relations("verb")) >= {
        ("Lowe", KG.meets, "Reyes"),
        ("Hart", KG.meets, "Reyes"),
    }


def test_extract_both_titled_writers_of_a_letter_write(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Guild writes to minister\n"
        "In a letter to Jo Reyes on Monday, Guild chief executive Ann Lowe and treasurer Tom "
        'Hart said: "The freeze must end."\n'
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.wroteTo
    }
    assert {("Ann Lowe", "Jo Reyes"), ("Tom Hart", "Jo Reyes")} <= found
