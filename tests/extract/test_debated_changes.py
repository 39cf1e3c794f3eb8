"""Debated changes: the gerund of a change that actors back or fight ("opposed scrapping the
ferry levy", "the scrapping of the levy", "Closing the depot is a mistake") names a proposal;
a gerund no stance is about, or one that changes no policy or body, names none. Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.debated_changes import debated_changes

GUILD_OPPOSED_SCRAPPING = """
The       DET   det      1  -        DT
guild     NOUN  nsubj    2  -        NN
opposed   VERB  ROOT     2  oppose   VBD
scrapping VERB  xcomp    2  scrap    VBG
the       DET   det      6  -        DT
ferry     NOUN  compound 6  -        NN
levy      NOUN  dobj     3  -        NN
but       CCONJ cc       2  -        CC
backed    VERB  conj     2  back     VBD
closing   VERB  xcomp    8  close    VBG
the       DET   det      11 -        DT
gap       NOUN  dobj     9  -        NN
.         PUNCT punct    2  -        .
"""

LOBBY_AGAINST_THE_SCRAPPING = """
They      PRON  nsubj    1  they     PRP
joined    VERB  ROOT     1  join     VBD
a         DET   det      3  -        DT
lobby     NOUN  dobj     1  -        NN
against   ADP   prep     3  -        IN
the       DET   det      6  -        DT
scrapping NOUN  pobj     4  -        NN
of        ADP   prep     6  -        IN
the       DET   det      10 -        DT
ferry     NOUN  compound 10 -        NN
bursary   NOUN  pobj     7  -        NN
.         PUNCT punct    1  -        .
"""

CLOSING_THE_DEPOT_IS_A_MISTAKE = """
Closing   VERB  csubj    3  close    VBG
the       DET   det      2  -        DT
depot     NOUN  dobj     0  -        NN
is        AUX   ROOT     3  be       VBZ
a         DET   det      5  -        DT
mistake   NOUN  attr     3  -        NN
.         PUNCT punct    3  -        .
"""


def _found(rows: str) -> list[str]:
    return [c.span.text for c in debated_changes(context_of(make_doc(rows)))]


def test_debated_changes_a_gerund_a_stance_is_about_names_a_change() -> None:
    # "backed closing the gap": closing a gap changes no policy or body (lex:unchangedStateNoun)
    assert _found(GUILD_OPPOSED_SCRAPPING) == ["scrapping the ferry levy"]


def test_debated_changes_a_gerund_noun_with_of_and_a_gerund_subject_name_changes() -> None:
    assert _found(LOBBY_AGAINST_THE_SCRAPPING) == ["scrapping of the ferry bursary"]
    assert _found(CLOSING_THE_DEPOT_IS_A_MISTAKE) == ["Closing the depot"]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Harbour news\nThe Boatmen's Union opposed scrapping the ferry levy, and Unite "
            "organised a lobby against the axing of the island bursary.",
            ["scrapping the ferry levy", "axing of the island bursary"],
            [],
        ),
        (
            "Harbour news\nThe minister said ending the ferry strike was the priority.",
            [],
            ["ending the ferry strike"],
        ),
    ],
)
def test_debated_changes_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
    assert not any(d in n for d in dropped for n in names)
