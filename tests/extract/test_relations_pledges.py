"""Pledges: whoever vows, promises or announces a change named by its verb phrase puts it
forward. On hand-built parses of sentences written for the test, and one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def _pledge(verb: str, lemma: str) -> set[tuple[str, object, str]]:
    """ "The Ferry Guild <verb> to scrap the quay levy." with "scrap the quay levy" a reform."""
    parsed = build(
        f"""
        The    DET   det      2
        Ferry  PROPN compound 2
        Guild  PROPN nsubj    3
        {verb} VERB  ROOT     3 {lemma}
        to     PART  aux      5
        scrap  VERB  xcomp    3 scrap
        the    DET   det      8
        quay   NOUN  compound 8
        levy   NOUN  dobj     5
        .      PUNCT punct    3
        """,
        names=[("Ferry Guild", KG.TradeUnion), ("scrap the quay levy", KG.Reform)],
    )
    return facts(parsed.relations("pledged"))


def test_relations_a_pledged_change_is_put_forward_by_who_pledges_it() -> None:
    assert _pledge("vowed", "vow") == {("Ferry Guild", KG.proposes, "scrap the quay levy")}


def test_relations_a_change_only_wanted_is_no_pledge() -> None:
    assert _pledge("wanted", "want") == set()


def test_relations_a_pledged_change_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Fares news\nThe Scottish Government vowed to scrap peak rail fares.\n")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Scottish Government", KG.proposes, "scrap peak rail fares") in found


def test_relations_a_sum_announced_to_come_is_put_forward_by_who_announces_it() -> None:
    """ "The Ferry Guild confirmed there will be £40 million for the quay." """
    parsed = build(
        """
        The       DET   det      2
        Ferry     PROPN compound 2
        Guild     PROPN nsubj    3
        confirmed VERB  ROOT     3 confirm
        there     PRON  expl     6
        will      AUX   aux      6
        be        AUX   ccomp    3 be
        £         SYM   quantmod 9
        40        NUM   compound 9
        million   NUM   attr     6
        for       ADP   prep     9
        the       DET   det      12
        quay      NOUN  pobj     10
        .         PUNCT punct    3
        """,
        names=[("Ferry Guild", KG.TradeUnion), ("£ 40 million", KG.FundingPackage)],
    )
    assert facts(parsed.relations("pledged")) == {("Ferry Guild", KG.proposes, "£ 40 million")}
