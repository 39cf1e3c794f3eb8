"""Which phrases name one proposal (proposals9): a count in words describes ("the three
offers"), "other" and "further" without a determiner name an open set ("other reforms"),
"programme" and "initiative" are generic words for a proposal ("the programme" → "the farm
scheme"), and a curriculum is a proposal when new or named. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc, resolved_of

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

_HEADLINE = """
Ferries    NOUN  ROOT     0  ferry    NNS
.          PUNCT punct    0  -        .
"""


def _doc(rows: str) -> Any:
    """The rows as the body's first sentence, after a headline of two words."""
    shifted = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + 2), *rest]))
    return make_doc(_HEADLINE + "\n".join(shifted))


def _proposals(rows: str) -> dict[str, tuple[str, ...]]:
    resolved = resolved_of(_doc(rows))
    return {e.label: e.aliases for e in resolved.entities if core_class(e.type) == KG.Proposal}


def _phrases(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(_doc(rows)))}


# "The board made pay offers. Staff will vote on the three separate offers."
COUNTED_OFFERS = """
The       DET   det      1  -      DT
board     NOUN  nsubj    2  -      NN
made      VERB  ROOT     2  make   VBD
pay       NOUN  compound 4  -      NN
offers    NOUN  dobj     2  offer  NNS
.         PUNCT punct    2  -      .
Staff     NOUN  nsubj    8  staff  NN
will      AUX   aux      8  -      MD
vote      VERB  ROOT     8  -      VB
on        ADP   prep     8  -      IN
the       DET   det      13 -      DT
three     NUM   nummod   13 -      CD
separate  ADJ   amod     13 -      JJ
offers    NOUN  pobj     9  offer  NNS
.         PUNCT punct    8  -      .
"""

# "The bill competes with other urgent legislation and the other legislation."
OTHER_LEGISLATION = """
The          DET   det      1  -        DT
bill         NOUN  nsubj    2  -        NN
competes     VERB  ROOT     2  compete  VBZ
with         ADP   prep     2  -        IN
other        ADJ   amod     6  -        JJ
urgent       ADJ   amod     6  -        JJ
legislation  NOUN  pobj     3  -        NN
and          CCONJ cc       6  -        CC
the          DET   det      10 -        DT
other        ADJ   amod     10 -        JJ
legislation  NOUN  conj     6  -        NN
.            PUNCT punct    2  -        .
"""

# "Ministers closed the farm scheme. The programme was launched in 2021."
PROGRAMME = """
Ministers  NOUN  nsubj     1  minister  NNS
closed     VERB  ROOT      1  close     VBD
the        DET   det       4  -         DT
farm       NOUN  compound  4  -         NN
scheme     NOUN  dobj      1  -         NN
.          PUNCT punct     1  -         .
The        DET   det       7  -         DT
programme  NOUN  nsubjpass 9  -         NN
was        AUX   auxpass   9  be        VBD
launched   VERB  ROOT      9  launch    VBN
in         ADP   prep      9  -         IN
2021       NUM   pobj      10 -         CD
.          PUNCT punct     9  -         .
"""

# "Ministers unveiled a new national curriculum but pupils follow the national curriculum."
CURRICULA = """
Ministers   NOUN  nsubj  1  minister  NNS
unveiled    VERB  ROOT   1  unveil    VBD
a           DET   det    5  -         DT
new         ADJ   amod   5  -         JJ
national    ADJ   amod   5  -         JJ
curriculum  NOUN  dobj   1  -         NN
but         CCONJ cc     1  -         CC
pupils      NOUN  nsubj  8  pupil     NNS
follow      VERB  conj   1  -         VBP
the         DET   det    11 -         DT
national    ADJ   amod   11 -         JJ
curriculum  NOUN  dobj   8  -         NN
.           PUNCT punct  1  -         .
"""


def test_counted_description_refers_back_to_the_offers() -> None:
    found = _proposals(COUNTED_OFFERS)
    assert len(found) == 1
    label, aliases = next(iter(found.items()))
    assert {"pay offers", "three separate offers"} <= {label, *aliases}


def test_open_set_other_without_a_determiner_names_no_proposal() -> None:
    phrases = _phrases(OTHER_LEGISLATION)
    assert "other urgent legislation" not in phrases
    assert "other legislation" in phrases  # "the other legislation": one, told apart


def test_programme_is_a_generic_word_for_the_scheme() -> None:
    assert _proposals(PROGRAMME) == {"farm scheme": ("programme",)}


def test_curriculum_is_a_proposal_only_when_new_or_named() -> None:
    assert _phrases(CURRICULA) == {"new national curriculum"}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Port levy row\nThe harbour board said the port levy would compete with other urgent "
            "legislation for time in Parliament.",
            ["port levy"],
            ["other urgent legislation"],
        ),
        (
            "School budgets\nHeads said schools would have to make further cuts to pay for the "
            "3% pay rise.",
            ["3% pay rise"],
            ["further cuts"],
        ),
        (
            "College reform\nThe college union opposed the introduction of a new national "
            "curriculum for trainee nurses.",
            ["new national curriculum"],
            [],
        ),
    ],
)
def test_open_sets_and_curricula_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert all(any(k in n for n in names) for k in kept)
    assert not any(d in n for d in dropped for n in names)


def test_programme_refers_back_on_a_real_parse(extract: Callable[..., Any]) -> None:
    text = (
        "Farm payments\n"
        "Ministers have closed the woodland grant scheme to new applicants.\n"
        "The programme was launched by the previous government in 2019."
    )
    proposals = [e for e in extract(text).entities if core_class(e.type) == KG.Proposal]
    assert len(proposals) == 1


# "Ministers closed the farm scheme. They promised an improved scheme."
IMPROVED = """
Ministers  NOUN  nsubj     1  minister  NNS
closed     VERB  ROOT      1  close     VBD
the        DET   det       4  -         DT
farm       NOUN  compound  4  -         NN
scheme     NOUN  dobj      1  -         NN
.          PUNCT punct     1  -         .
They       PRON  nsubj     7  they      PRP
promised   VERB  ROOT      7  promise   VBD
an         DET   det       10 -         DT
improved   VERB  amod      10 improve   VBN
scheme     NOUN  dobj      7  -         NN
.          PUNCT punct     7  -         .
"""


def test_an_improved_scheme_is_another_version() -> None:
    """ "improved" (``lex:versionWord``) names a new version, as "revised" does."""
    assert set(_proposals(IMPROVED)) == {"farm scheme", "improved scheme"}
