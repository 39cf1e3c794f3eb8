"""Verdicts spelt with a hyphen (stance7): the tokenizer splits "short-term" into "short",
"-", "term", so a lexicon phrase with a hyphen ("short-term fix", "short-sighted") is matched
against the words joined as written. On hand-built parses of sentences written for the test,
with a real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts, spoken_by_ferris

from kg.extract.relations.grammar import spelt
from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Unite", KG.TradeUnion), ("levy", KG.Policy)]


def test_relations_spelt_joins_words_without_spaces_around_a_hyphen() -> None:
    assert spelt(["a", "short", "-", "term", "fix"]) == "a short-term fix"
    assert spelt(["ill", "-", "thought", "-", "out"]) == "ill-thought-out"
    assert spelt(["step", "forward"]) == "step forward"


def test_relations_calling_a_proposal_a_short_term_fix_opposes_it() -> None:
    """ "Unite called the levy a short-term fix." """
    parsed = build(
        """
        Unite  PROPN nsubj    1
        called VERB  ROOT     1 call
        the    DET   det      3
        levy   NOUN  dobj     1
        a      DET   det      8
        short  ADJ   amod     7
        -      PUNCT punct    7
        term   NOUN  compound 8
        fix    NOUN  oprd     1
        .      PUNCT punct    1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.opposes, "levy")}


def test_relations_a_hyphenated_verdict_in_a_quotation_opposes_the_proposal() -> None:
    """ "“The levy is short-sighted.”", quoted from Ferris."""
    parsed = spoken_by_ferris(
        """
        “       PUNCT punct 3
        The     DET   det   2
        levy    NOUN  nsubj 3
        is      AUX   ROOT  3 be
        short   ADJ   amod  6
        -       PUNCT punct 6
        sighted ADJ   acomp 3 sighted
        .       PUNCT punct 3
        ”       PUNCT punct 3
        """,
        ("levy", KG.Policy),
    )
    assert ("Ferris", KG.opposes, "levy") in facts(parsed.relations("verdict"))


def test_relations_a_hyphenated_verdict_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry news\n\nThe Department for Transport has announced a new ferry levy.\n\n"
        "Unite described the levy as a short-term fix.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate in (KG.opposes, KG.supports)
    }
    assert found == {("Unite", KG.opposes, "new ferry levy")}
