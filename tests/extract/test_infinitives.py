"""Infinitives the parser reads as nouns (kg/extract/infinitives.py, events9): "the guild is to
ballot members" mended into a verb with its object, on hand-built parses and a real one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import make_doc

from kg.extract.infinitives import mend_infinitives
from kg.rdf.namespaces import KG

VERBS = frozenset({"ballot", "consult"})
PEOPLE = frozenset({"member", "staff", "nurse"})

# "The guild is to ballot members ." as the small model reads it: "to" a preposition,
# "ballot" a compound noun of "members"
MISREAD = """
The     DET   det      1 - DT
guild   NOUN  nsubj    2 - NN
is      AUX   ROOT     2 be VBZ
to      ADP   prep     2 - IN
ballot  NOUN  compound 5 - NN
{obj}   NOUN  pobj     3 - NNS
.       PUNCT punct    2 - .
"""


def test_parse_a_misread_infinitive_becomes_a_verb_with_its_object() -> None:
    doc = mend_infinitives(make_doc(MISREAD.format(obj="members")), VERBS, PEOPLE)
    ballot = doc[4]
    assert (ballot.tag_, ballot.dep_, ballot.head.i) == ("VB", "xcomp", 2)
    assert (doc[3].dep_, doc[3].head.i, doc[3].tag_) == ("aux", 4, "TO")
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)


def test_parse_a_compound_before_a_thing_stays_a_noun() -> None:
    """ "went to ballot boxes": boxes are no people asked to take part."""
    doc = mend_infinitives(make_doc(MISREAD.format(obj="boxes")), VERBS, PEOPLE)
    assert (doc[4].tag_, doc[4].dep_) == ("NN", "compound")


def test_parse_a_compound_after_a_noun_stays_a_noun() -> None:
    """ "changes to ballot papers": "to" after a noun is a preposition."""
    rows = """
    Changes NOUN  nsubjpass 5 change NNS
    to      ADP   prep      0 - IN
    ballot  NOUN  compound  3 - NN
    members NOUN  pobj      1 - NNS
    were    AUX   auxpass   5 be VBD
    made    VERB  ROOT      5 make VBN
    .       PUNCT punct     5 - .
    """
    doc = mend_infinitives(make_doc(rows), VERBS, PEOPLE)
    assert (doc[2].tag_, doc[2].dep_) == ("NN", "compound")


def test_parse_is_to_ballot_members_names_the_ballot_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract("Ferry news\nThe Ferry Guild is to ballot members over the new rota.")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert (
        "Ferry Guild",
        KG.participatesIn,
        "ballot members",
    ) in found  # the verb and whom it asks
