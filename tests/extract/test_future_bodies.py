"""Bodies still to be created are proposals: the sieve pass on hand-built docs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import make_doc, mention

from kg.extract.entities.future_bodies import bodies_not_yet_created
from kg.extract.entities.sieve_base import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG

WILL_BE_SET_UP = """
    The DET det 2 - DT
    Harbour PROPN compound 2 - NNP
    Authority PROPN nsubjpass 5 - NNP
    will AUX aux 5 - MD
    be AUX auxpass 5 - VB
    set VERB ROOT 5 set VBN
    up ADP prt 5 - RP
    . PUNCT punct 5 - .
"""

WAS_SET_UP = WILL_BE_SET_UP.replace("will AUX aux 5 - MD", "was AUX aux 5 be VBD").replace(
    "be AUX auxpass 5 - VB", "then ADV advmod 5 - RB"
)

THE_CREATION_OF = """
    Okoro PROPN nsubj 1 - NNP
    welcomed VERB ROOT 1 welcome VBD
    the DET det 3 - DT
    creation NOUN dobj 1 - NN
    of ADP prep 3 - IN
    HA PROPN pobj 4 - NNP
    . PUNCT punct 1 - .
"""


def _run(rows: str, mentions: list[Mention], same_as: list[tuple[int, int]] = ()) -> Sieve:
    doc = make_doc(rows)
    found = MentionSet(mentions=list(mentions), same_as=list(same_as))
    sieve = Sieve(found, list(mentions), load_lexicon(), {}, list(doc))
    bodies_not_yet_created(sieve)
    return sieve


def test_future_bodies_a_body_that_will_be_set_up_is_a_proposal() -> None:
    authority = mention("Harbour Authority", KG.PublicBody, "ner", token_start=1)
    later = mention("Harbour Authority", KG.PublicBody, "ner", start=60, token_start=1)
    sieve = _run(WILL_BE_SET_UP, [authority, later])
    assert [m.type for m in sieve.mentions] == [KG.Proposal, KG.Proposal]


def test_future_bodies_a_body_that_was_set_up_stays_an_organisation() -> None:
    authority = mention("Harbour Authority", KG.PublicBody, "ner", token_start=1)
    assert _run(WAS_SET_UP, [authority]).mentions[0].type == KG.PublicBody


def test_future_bodies_the_creation_of_an_acronym_retypes_its_long_form() -> None:
    acronym = mention("HA", KG.PublicBody, "acronym", token_start=5)
    long_form = mention("Harbour Authority", KG.PublicBody, "acronym", start=80, token_start=40)
    sieve = _run(THE_CREATION_OF, [acronym, long_form], same_as=[(1, 0)])
    assert [m.type for m in sieve.mentions] == [KG.Proposal, KG.Proposal]


def test_future_bodies_the_creation_of_a_listed_body_is_history() -> None:
    listed = mention("HA", KG.PublicBody, "gazetteer", token_start=5, gazetteer_id="ha")
    assert _run(THE_CREATION_OF, [listed]).mentions[0].type == KG.PublicBody


TO_A_NEW_COUNCIL = """
    Powers NOUN nsubjpass 2 power NNS
    will AUX aux 2 - MD
    pass VERB ROOT 2 - VB
    to ADP prep 2 - IN
    a DET det 8 - DT
    new ADJ amod 8 - JJ
    Ferry PROPN compound 7 - NNP
    Crew PROPN compound 8 - NNP
    Council PROPN pobj 3 - NNP
    . PUNCT punct 2 - .
"""

REPLACED_WITH = """
    They PRON nsubj 1 - PRP
    backed VERB ROOT 1 back VBD
    the DET det 3 - DT
    replacement NOUN dobj 1 - NN
    of ADP prep 3 - IN
    the DET det 7 - DT
    Harbour PROPN compound 7 - NNP
    Authority PROPN pobj 4 - NNP
    with ADP prep 7 - IN
    Port PROPN compound 10 - NNP
    Wales PROPN pobj 8 - NNP
    . PUNCT punct 1 - .
"""


def test_future_bodies_a_name_brought_in_as_a_new_one_is_a_proposal() -> None:
    council = mention("Ferry Crew Council", KG.Committee, "ner", token_start=6)
    assert _run(TO_A_NEW_COUNCIL, [council]).mentions[0].type == KG.Proposal


def test_future_bodies_a_new_government_is_no_body_to_come() -> None:
    rows = """
    Voters PROPN nsubj 1 voter NNS
    chose VERB ROOT 1 choose VBD
    a DET det 4 - DT
    new ADJ amod 4 - JJ
    Government PROPN dobj 1 - NNP
    . PUNCT punct 1 - .
    """
    government = mention("Government", KG.GovernmentBody, "ner", token_start=4)
    assert _run(rows, [government]).mentions[0].type == KG.GovernmentBody


def test_future_bodies_what_a_body_is_replaced_with_is_a_proposal() -> None:
    old = mention("Harbour Authority", KG.PublicBody, "ner", token_start=6)
    new = mention("Port Wales", KG.PublicBody, "ner", start=40, token_start=9)
    sieve = _run(REPLACED_WITH, [old, new])
    assert [m.type for m in sieve.mentions] == [KG.PublicBody, KG.Proposal]


def test_future_bodies_new_and_replacing_bodies_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nMinisters will move its duties to a new Ferry Crew Council. The plan"
        " includes the replacement of the Harbour Standards Authority with Coastal Standards"
        " Scotland.\n"
    )
    kinds = {e.label: e.type.rsplit("#", 1)[-1] for e in corpus.entities}
    assert kinds.get("Ferry Crew Council") == "Proposal"
    assert kinds.get("Coastal Standards Scotland") == "Proposal"
    assert kinds.get("Harbour Standards Authority") != "Proposal"
