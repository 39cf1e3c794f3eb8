"""Names said with a description before them ("the whole ferry strategy" is also "ferry
strategy"), not past a word that classifies a noun or marks a version (props32). Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import make_doc

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions.described_names import without_describing_words

WHOLE_STRATEGY = """
It           PRON  nsubj    1  -          PRP
erodes       VERB  ROOT     1  erode      VBZ
the          DET   det      5  -          DT
whole        ADJ   amod     5  -          JJ
ferry        NOUN  compound 5  -          NN
strategy     NOUN  dobj     1  -          NN
.            PUNCT punct    1  -          .
"""

CLASSIFIED = """
It           PRON  nsubj    1  -          PRP
backs        VERB  ROOT     1  back       VBZ
the          DET   det      5  -          DT
mental       ADJ   amod     4  -          JJ
health       NOUN  compound 5  -          NN
reforms      NOUN  dobj     1  reform     NNS
.            PUNCT punct    1  -          .
"""

NEW_CONTRACT = """
It           PRON  nsubj    1  -          PRP
backs        VERB  ROOT     1  back       VBZ
a            DET   det      5  -          DT
new          ADJ   amod     5  -          JJ
ferry        NOUN  compound 5  -          NN
contract     NOUN  dobj     1  -          NN
.            PUNCT punct    1  -          .
"""


def _name(rows: str) -> str | None:
    doc = make_doc(rows)
    return without_describing_words(doc[3:6], load_lexicon())


def test_described_names_a_describing_adjective_is_left_out() -> None:
    assert _name(WHOLE_STRATEGY) == "ferry strategy"


def test_described_names_an_adjective_of_a_noun_before_the_head_stays() -> None:
    assert _name(CLASSIFIED) is None


def test_described_names_a_word_of_a_version_stays() -> None:
    assert _name(NEW_CONTRACT) is None


def test_described_names_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Island Ferry Users Association said the delay erodes the whole ferry"
        " strategy.\nThe guild criticised the newly-announced Harbour Access Plan.\n"
    )
    names = {name for e in corpus.entities for name in (e.label, *e.aliases)}
    assert {"ferry strategy", "Harbour Access Plan"} <= names
