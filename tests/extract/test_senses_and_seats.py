"""Words in a sense that names nothing of their kind: "in protest" (a reason, no protest),
"free speech" (a right, no speech), "any funding boosts" (none picked out), a seat's
constituency ("MP for South Suffolk", no place), a post held then ("then-chancellor"); on
hand-built parses of sentences written for the tests, and one through the parser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG


def _phrases(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


def test_in_protest_says_why_and_names_no_protest() -> None:
    found = _phrases(
        """
        Staff    NOUN  nsubj  1  staff   NNS
        walked   VERB  ROOT   1  walk    VBD
        out      ADP   prt    1  out     RP
        in       ADP   prep   1  in      IN
        protest  NOUN  pobj   3  protest NN
        against  ADP   prep   4  against IN
        the      DET   det    7
        terms    NOUN  pobj   5  term    NNS
        .        PUNCT punct  1
        """
    )
    assert not any("protest" in f for f in found)


def test_a_protest_held_is_still_a_protest() -> None:
    found = _phrases(
        """
        Staff    NOUN  nsubj  1  staff   NNS
        held     VERB  ROOT   1  hold    VBD
        a        DET   det    3
        protest  NOUN  dobj   1  protest NN
        against  ADP   prep   3  against IN
        the      DET   det    6
        terms    NOUN  pobj   4  term    NNS
        .        PUNCT punct  1
        """
    )
    assert any(f.startswith("protest") for f in found)


def test_free_speech_is_a_right_no_speech() -> None:
    found = _phrases(
        """
        The        DET   det    1
        ruling     NOUN  nsubj  2  ruling   NN
        restricted VERB  ROOT   2  restrict VBD
        free       ADJ   amod   4  free     JJ
        speech     NOUN  dobj   2  speech   NN
        .          PUNCT punct  2
        """
    )
    assert not any("speech" in f for f in found)


def test_any_picks_out_no_proposal() -> None:
    found = _phrases(
        """
        Any      DET   det      2  any     DT
        funding  NOUN  compound 2  funding NN
        boosts   NOUN  nsubjpass 5 boost   NNS
        would    AUX   aux      5  would   MD
        be       AUX   auxpass  5  be      VB
        made     VERB  ROOT     5  make    VBN
        later    ADV   advmod   5  later   RB
        .        PUNCT punct    5
        """
    )
    assert not any("boost" in f for f in found)


def test_a_seats_constituency_is_no_place() -> None:
    doc = make_doc(
        """
        Jo       PROPN compound 1  -    NNP
        Hale     PROPN nsubj    7  -    NNP
        ,        PUNCT punct    1
        MP       PROPN appos    1  -    NNP
        for      ADP   prep     3  for  IN
        South    PROPN compound 6  -    NNP
        Kent     PROPN pobj     4  -    NNP
        said     VERB  ROOT     7  say  VBD
        so       ADV   advmod   7
        .        PUNCT punct    7
        """,
        gazetteer=[(6, 7, KG.Place, "kent")],
    )
    assert not [c for c in listed_names(context_of(doc), ()) if c.span.text == "Kent"]


def test_a_place_after_for_with_no_seat_is_a_place() -> None:
    doc = make_doc(
        """
        Funding  NOUN  nsubj    1  funding NN
        rose     VERB  ROOT     1  rise    VBD
        for      ADP   prep     1  for     IN
        Kent     PROPN pobj     2  -       NNP
        .        PUNCT punct    1
        """,
        gazetteer=[(3, 4, KG.Place, "kent")],
    )
    assert [c.span.text for c in listed_names(context_of(doc), ())] == ["Kent"]


def test_a_post_held_then_puts_its_holder_in_no_government_now(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Watchdog news\nThe Government has removed the chair of the watchdog.\n"
        "Ann Bell was appointed as chair in 2022 by then-chancellor Kwasi Kwarteng."
    )
    labels = {e.key: e.label for e in corpus.entities}
    assert not [r for r in corpus.relations if labels[r.subject] == "Kwasi Kwarteng"]
