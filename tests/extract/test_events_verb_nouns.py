"""Events: an event told first by its verb is the noun of its act named after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import make_doc, mention

from kg.extract.entities.sieve import Sieve, events_by_verb
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.rdf.namespaces import KG

# "Staff will be balloted . <det> <modifier> ballot <verb> ."
ROWS = """
Staff     NOUN  nsubjpass 3 staff NN
will      AUX   aux       3
be        AUX   auxpass   3
balloted  VERB  ROOT      3 ballot VBN
.         PUNCT punct     3
{det}     DET   det       7
{modifier} ADJ  amod      7
ballot    NOUN  {dep}     8 ballot NN
{verb}    VERB  ROOT      8 - {tag}
.         PUNCT punct     8
"""


def _joined(det: str, modifier: str, dep: str, verb: str, tag: str) -> bool:
    doc = make_doc(ROWS.format(det=det, modifier=modifier, dep=dep, verb=verb, tag=tag))
    noun_start = doc[5].idx
    found = [
        mention("balloted", KG.Vote, "verb", start=doc[3].idx, token_start=3, head="ballot"),
        mention(
            f"{det} {modifier} ballot",
            KG.Vote,
            "noun-phrase",
            start=noun_start,
            sentence=1,
            token_start=5,
            head="ballot",
        ),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    events_by_verb(sieve)
    return bool(sieve.links.find(0) == sieve.links.find(1))


def test_sieve_a_verb_event_is_the_noun_of_its_act_named_after_it() -> None:
    """ "Staff will be balloted. The formal ballot opens.": one ballot."""
    assert _joined("The", "formal", "nsubj", "opens", "VBZ")


def test_sieve_a_noun_of_another_version_is_not_the_verbs_event() -> None:
    """ "Staff will be balloted. A new ballot opens.": another ballot (``lex:versionWord``)."""
    assert not _joined("A", "new", "nsubj", "opens", "VBZ")


def test_sieve_a_noun_told_as_held_before_is_not_the_verbs_event() -> None:
    """ "Staff will be balloted. They ran a formal ballot.": a ballot told as done."""
    assert not _joined_object("a", "formal", "ran", "VBD")


def _joined_object(det: str, modifier: str, verb: str, tag: str) -> bool:
    doc = make_doc(
        f"""
        Staff     NOUN  nsubjpass 3 staff NN
        will      AUX   aux       3
        be        AUX   auxpass   3
        balloted  VERB  ROOT      3 ballot VBN
        .         PUNCT punct     3
        They      PRON  nsubj     6
        {verb}    VERB  ROOT      6 - {tag}
        {det}     DET   det       9
        {modifier} ADJ  amod      9
        ballot    NOUN  dobj      6 ballot NN
        .         PUNCT punct     6
        """
    )
    found = [
        mention("balloted", KG.Vote, "verb", start=doc[3].idx, token_start=3, head="ballot"),
        mention(
            f"{det} {modifier} ballot",
            KG.Vote,
            "noun-phrase",
            start=doc[7].idx,
            sentence=1,
            token_start=7,
            head="ballot",
        ),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    events_by_verb(sieve)
    return bool(sieve.links.find(0) == sieve.links.find(1))


def test_sieve_a_noun_of_another_act_is_not_the_verbs_event() -> None:
    """ "Staff will be balloted. The formal vote opens.": "vote" is no noun of balloting's act
    (``lex:verbEventNoun``), though of its class."""
    doc = make_doc(ROWS.format(det="The", modifier="formal", dep="nsubj", verb="opens", tag="VBZ"))
    found = [
        mention("balloted", KG.Vote, "verb", start=doc[3].idx, token_start=3, head="ballot"),
        mention(
            "The formal ballot",
            KG.Vote,
            "noun-phrase",
            start=doc[5].idx,
            sentence=1,
            token_start=5,
            head="vote",
        ),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    events_by_verb(sieve)
    assert sieve.links.find(0) != sieve.links.find(1)


def test_sieve_a_ballot_told_by_its_verb_then_named_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Porters to be balloted over pay\nHospital porters are to be balloted for industrial"
        " action, the Harbour Workers Union said.\nThe industrial action ballot will open on"
        " 30 August."
    )
    votes = [e for e in corpus.entities if e.type == KG.Vote]
    assert len(votes) == 1
    assert votes[0].label == "industrial action ballot"
