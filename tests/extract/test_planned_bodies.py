"""Bodies still to be created named by a common noun are proposals (props2): the mention
source and the sieve pass on hand-built docs, and one real parse. Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc, resolved_of

from kg.extract.mentions.planned_bodies import planned_bodies
from kg.rdf.namespaces import KG

# "Ministers will create a new ferry watchdog. The new body will ..."
NEW_WATCHDOG = """
Ministers NOUN  nsubj    2  minister  NNS
will      AUX   aux      2  -         MD
create    VERB  ROOT     2  -         VB
a         DET   det      6  -         DT
new       ADJ   amod     6  -         JJ
ferry     NOUN  compound 6  -         NN
watchdog  NOUN  dobj     2  -         NN
.         PUNCT punct    2  -         .
The       DET   det      10 -         DT
new       ADJ   amod     10 -         JJ
body      NOUN  nsubj    12 -         NN
will      AUX   aux      12 -         MD
cap       VERB  ROOT     12 -         VB
fares     NOUN  dobj     12 fare      NNS
.         PUNCT punct    12 -         .
"""

# "A harbour regulator will be set up." (no "new": a verb of creating still to come)
WILL_BE_SET_UP = """
A         DET   det       2 -  DT
harbour   NOUN  compound  2 -  NN
regulator NOUN  nsubjpass 5 -  NN
will      AUX   aux       5 -  MD
be        AUX   auxpass   5 -  VB
set       VERB  ROOT      5 -  VBN
up        ADP   prt       5 -  RP
.         PUNCT punct     5 -  .
"""

# "The regulator was set up in 2001." names a body that exists
WAS_SET_UP = """
The       DET   det       1 -  DT
regulator NOUN  nsubjpass 3 -  NN
was       AUX   auxpass   3 be VBD
set       VERB  ROOT      3 -  VBN
up        ADP   prt       3 -  RP
.         PUNCT punct     3 -  .
"""

# "The new regulators met." names no one body
PLURAL = """
The        DET   det   2 -         DT
new        ADJ   amod  2 -         JJ
regulators NOUN  nsubj 3 regulator NNS
met        VERB  ROOT  3 meet      VBD
.          PUNCT punct 3 -         .
"""


# "The new authority had failed crews." names a body at work already
HAD_FAILED = """
The       DET   det      2 -    DT
new       ADJ   amod     2 -    JJ
authority NOUN  nsubj    4 -    NN
had       AUX   aux      4 have VBD
failed    VERB  ROOT     4 fail VBN
crews     NOUN  dobj     4 crew NNS
.         PUNCT punct    4 -    .
"""


def _found(rows: str) -> list[tuple[str, bool]]:
    return [(c.span.text, c.longer) for c in planned_bodies(context_of(make_doc(rows)))]


def test_planned_bodies_new_before_a_body_noun_names_a_body_still_to_come() -> None:
    assert _found(NEW_WATCHDOG) == [
        ("new ferry watchdog", False),
        ("ferry watchdog", True),  # the form without "new", another name of it
        ("new body", False),
    ]


def test_planned_bodies_a_verb_of_creating_still_to_come_names_one() -> None:
    assert _found(WILL_BE_SET_UP) == [("harbour regulator", False)]


def test_planned_bodies_a_body_set_up_in_the_past_and_a_plural_name_none() -> None:
    assert _found(WAS_SET_UP) == []
    assert _found(PLURAL) == []


def test_planned_bodies_a_new_body_that_has_acted_exists_already() -> None:
    assert _found(HAD_FAILED) == []


def test_planned_bodies_the_new_body_is_the_one_named_before() -> None:
    resolved = resolved_of(make_doc(NEW_WATCHDOG))
    (body,) = [e for e in resolved.entities if e.type == KG.PlannedBody]
    assert {"new ferry watchdog", "new body"} <= set(body.aliases) | {body.label}


def test_planned_bodies_in_apposition_to_a_named_proposal_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry plan\nThe Harbour Link Authority, a new public body, will be launched next year. "
        "Ministers will also create a new passenger watchdog. The new watchdog will cap fares."
    )
    names = {e.label: {e.label, *e.aliases} for e in corpus.entities}
    link = next(v for k, v in names.items() if "Harbour Link Authority" in v)
    assert "new public body" in link
    watchdog = next(v for k, v in names.items() if "new passenger watchdog" in v)
    assert "new public body" not in watchdog


# "Fares rose. The new body will cap fares." (no body named before "the new body")
NEW_BODY_ALONE = """
Fares     NOUN  nsubj    1  fare      NNS
rose      VERB  ROOT     1  rise      VBD
.         PUNCT punct    1  -         .
The       DET   det      5  -         DT
new       ADJ   amod     5  -         JJ
body      NOUN  nsubj    7  -         NN
will      AUX   aux      7  -         MD
cap       VERB  ROOT     7  -         VB
fares     NOUN  dobj     7  fare      NNS
.         PUNCT punct    7  -         .
"""


def test_planned_bodies_the_new_body_with_none_named_before_is_dropped() -> None:
    resolved = resolved_of(make_doc(NEW_BODY_ALONE))
    assert not [e for e in resolved.entities if e.type == KG.PlannedBody]


# "Anglers called for an independent river regulator." / "... praised an independent ..."
CALLED_FOR_A_REGULATOR = """
Anglers   NOUN  nsubj    1  angler    NNS
called    VERB  ROOT     1  call      VBD
for       ADP   prep     1  -         IN
an        DET   det      6  -         DT
independent ADJ amod     6  -         JJ
river     NOUN  compound 6  -         NN
regulator NOUN  pobj     2  -         NN
.         PUNCT punct    1  -         .
"""

PRAISED_A_REGULATOR = """
Anglers   NOUN  nsubj    1  angler    NNS
praised   VERB  ROOT     1  praise    VBD
an        DET   det      5  -         DT
independent ADJ amod     5  -         JJ
river     NOUN  compound 5  -         NN
regulator NOUN  dobj     1  -         NN
.         PUNCT punct    1  -         .
"""


def test_planned_bodies_a_body_called_for_is_still_to_be_created() -> None:
    found = {c.span.text for c in planned_bodies(context_of(make_doc(CALLED_FOR_A_REGULATOR)))}
    assert found == {"independent river regulator"}


def test_planned_bodies_a_body_praised_exists() -> None:
    assert not list(planned_bodies(context_of(make_doc(PRAISED_A_REGULATOR))))


def test_planned_bodies_a_body_called_for_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "River news\nThe Anglers Trust has called for an independent regulator to protect rivers.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    # asking for a new thing puts it forward (relations.new_demands)
    assert ("Anglers Trust", KG.proposes, "independent regulator") in found


def _bodies(rows: str) -> set[str]:
    return {c.span.text for c in planned_bodies(context_of(make_doc(rows)))}


# "The minister asked an independent agency to review the fares." (review3)
ASKED_AN_AGENCY = """
The         DET   det      1  -        DT
minister    NOUN  nsubj    2  -        NN
asked       VERB  ROOT     2  ask      VBD
an          DET   det      5  -        DT
independent ADJ   amod     5  -        JJ
agency      NOUN  dobj     2  -        NN
to          PART  aux      7  -        TO
review      VERB  xcomp    2  -        VB
the         DET   det      9  -        DT
fares       NOUN  dobj     7  fare     NNS
.           PUNCT punct    2  -        .
"""


def test_planned_bodies_a_body_asked_to_act_exists() -> None:
    """The object of "ask" is who is asked (``lex:addresseeVerb``), not a body asked for."""
    assert _bodies(ASKED_AN_AGENCY) == set()


# "The minister wants an independent agency." (review3)
WANTS_AN_AGENCY = """
The         DET   det      1  -        DT
minister    NOUN  nsubj    2  -        NN
wants       VERB  ROOT     2  want     VBZ
an          DET   det      5  -        DT
independent ADJ   amod     5  -        JJ
agency      NOUN  dobj     2  -        NN
.           PUNCT punct    2  -        .
"""


def test_planned_bodies_a_body_wanted_is_still_to_be_created() -> None:
    """ "wants an independent agency": the object of a verb of demanding is what is wanted."""
    assert "independent agency" in _bodies(WANTS_AN_AGENCY)


def test_planned_bodies_a_body_wanted_to_act_exists() -> None:
    """ "The minister wants an independent agency to review the fares.": an object with an act
    of its own after it (object control) is who is to act, not what is wanted."""
    rows = ASKED_AN_AGENCY.replace(
        "asked       VERB  ROOT     2  ask      VBD", WANTS_AN_AGENCY.splitlines()[3]
    )
    assert "wants" in rows
    assert _bodies(rows) == set()
