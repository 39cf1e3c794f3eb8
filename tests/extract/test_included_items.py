"""Included items: the items after "including" that list the parts of a set of measures an
actor puts forward name proposals; people, bare nouns and lists after other verbs name none.
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.included_items import included_items

# "including" hung deep in the object's phrase, as the parser often hangs it
STEPS_INCLUDING_A_REVIEW_AND_A_MAP = """
The        DET   det      1  -         DT
board      NOUN  nsubj    2  -         NN
outlined   VERB  ROOT     2  outline   VBD
five       NUM   nummod   4  -         CD
steps      NOUN  dobj     2  step      NNS
to         PART  aux      6  -         TO
cut        VERB  acl      4  -         VB
delays     NOUN  dobj     6  delay     NNS
at         ADP   prep     7  -         IN
ports      NOUN  pobj     8  port      NNS
,          PUNCT punct    9  -         ,
including  VERB  prep     9  include   VBG
a          DET   det      14 -         DT
faster     ADJ   amod     14 fast      JJR
review     NOUN  pobj     11 -         NN
of         ADP   prep     14 -         IN
permits    NOUN  pobj     15 permit    NNS
.          PUNCT punct    2  -         .
"""

# a gerund after "including": its object is the item
ADOPTED_TWO_IDEAS_INCLUDING_CREATING_A_MAP = """
Ministers  NOUN  nsubj    1  minister  NNS
adopted    VERB  ROOT     1  adopt     VBD
two        NUM   nummod   3  -         CD
ideas      NOUN  dobj     1  idea      NNS
,          PUNCT punct    3  -         ,
including  VERB  prep     3  include   VBG
creating   VERB  pcomp    5  create    VBG
a          DET   det      9  -         DT
live       ADJ   amod     9  -         JJ
map        NOUN  dobj     6  -         NN
of         ADP   prep     9  -         IN
spills     NOUN  pobj     10 spill     NNS
.          PUNCT punct    1  -         .
"""

RISE_FOR_STAFF_INCLUDING_JUNIOR_NURSES = """
The        DET   det      1  -         DT
trust      NOUN  nsubj    2  -         NN
announced  VERB  ROOT     2  announce  VBD
a          DET   det      5  -         DT
pay        NOUN  compound 5  -         NN
rise       NOUN  dobj     2  -         NN
for        ADP   prep     5  -         IN
staff      NOUN  pobj     6  -         NN
,          PUNCT punct    7  -         ,
including  VERB  prep     7  include   VBG
junior     ADJ   amod     11 -         JJ
nurses     NOUN  pobj     9  nurse     NNS
.          PUNCT punct    2  -         .
"""

CRITICISED_PLANS_INCLUDING_A_FASTER_REVIEW = """
The        DET   det      1  -         DT
union      NOUN  nsubj    2  -         NN
criticised VERB  ROOT     2  criticise VBD
the        DET   det      4  -         DT
plans      NOUN  dobj     2  plan      NNS
,          PUNCT punct    4  -         ,
including  VERB  prep     4  include   VBG
a          DET   det      8  -         DT
faster     ADJ   amod     8  fast      JJR
review     NOUN  pobj     6  -         NN
of         ADP   prep     8  -         IN
permits    NOUN  pobj     9  permit    NNS
.          PUNCT punct    2  -         .
"""


def _found(rows: str) -> set[str]:
    return {c.span.text for c in included_items(context_of(make_doc(rows)))}


def test_included_items_of_steps_outlined_are_proposals() -> None:
    assert _found(STEPS_INCLUDING_A_REVIEW_AND_A_MAP) == {
        "faster review",
        "faster review of permits",
    }


def test_included_items_a_gerunds_object_is_the_item() -> None:
    assert _found(ADOPTED_TWO_IDEAS_INCLUDING_CREATING_A_MAP) == {"live map", "live map of spills"}


def test_included_items_people_listed_are_none() -> None:
    assert _found(RISE_FOR_STAFF_INCLUDING_JUNIOR_NURSES) == set()


def test_included_items_after_a_verb_of_criticising_are_none() -> None:
    assert _found(CRITICISED_PLANS_INCLUDING_A_FASTER_REVIEW) == set()


def test_included_items_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Harbour news\nThe Harbour Board has announced three new measures to cut queues at the"
        " ferry terminal, including a faster check of tickets.\n"
    )
    labels = {e.label for e in corpus.entities}
    assert any(label.startswith("faster check") for label in labels)


# "The board outlined action to cut delays, including a rise in staff, more checks at ports
# and faster use of permits.": the parser hung "checks" on "action" as an apposition, and
# "use" on "checks" as its conjunct
LIST_READ_AS_AN_APPOSITION = """
The        DET   det      1  -         DT
board      NOUN  nsubj    2  -         NN
outlined   VERB  ROOT     2  outline   VBD
action     NOUN  dobj     2  -         NN
to         PART  aux      5  -         TO
cut        VERB  acl      3  -         VB
delays     NOUN  dobj     5  delay     NNS
,          PUNCT punct    6  -         ,
including  VERB  prep     6  include   VBG
a          DET   det      11 -         DT
rise       NOUN  pobj     8  -         NN
in         ADP   prep     10 -         IN
staff      NOUN  pobj     11 -         NN
,          PUNCT punct    3  -         ,
more       ADJ   amod     15 -         JJR
checks     NOUN  appos    3  check     NNS
at         ADP   prep     15 -         IN
ports      NOUN  pobj     16 port      NNS
and        CCONJ cc       15 -         CC
faster     ADJ   amod     20 fast      JJR
use        NOUN  conj     15 -         NN
of         ADP   prep     20 -         IN
permits    NOUN  pobj     21 permit    NNS
.          PUNCT punct    2  -         .
"""


def test_included_items_an_apposition_after_the_list_continues_it() -> None:
    found = {c.span.text for c in included_items(context_of(make_doc(LIST_READ_AS_AN_APPOSITION)))}
    assert {"more checks", "faster use", "faster use of permits"} <= found
