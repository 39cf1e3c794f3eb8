"""Pledged changes: the verb phrase of a change an actor promises or announces ("pledged to
scrap the ferry levy") names a proposal; a change reported as done, or an event ended, names
none. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc, mention

from kg.extract.entities.generic_references import pledged_changes_to_their_noun
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.extract.mentions.pledged_changes import pledged_changes
from kg.rdf.namespaces import KG

MINISTRY_PLEDGED_TO_SCRAP = """
The      DET   det      1  -        DT
ministry NOUN  nsubj    2  -        NN
pledged  VERB  ROOT     2  pledge   VBD
to       PART  aux      4  -        TO
scrap    VERB  xcomp    2  -        VB
the      DET   det      7  -        DT
ferry    NOUN  compound 7  -        NN
levy     NOUN  dobj     4  -        NN
and      CCONJ cc       4  -        CC
cut      VERB  conj     4  -        VB
fares    NOUN  dobj     9  fare     NNS
.        PUNCT punct    2  -        .
"""

COUNCIL_ANNOUNCED_IT_WOULD_CLOSE = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
announced VERB  ROOT     2  announce VBD
it        PRON  nsubj    5  -        PRP
would     AUX   aux      5  -        MD
close     VERB  ccomp    2  -        VB
the       DET   det      8  -        DT
old       ADJ   amod     8  -        JJ
depot     NOUN  dobj     5  -        NN
.         PUNCT punct    2  -        .
"""

COUNCIL_ANNOUNCED_IT_HAD_CLOSED = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
announced VERB  ROOT     2  announce VBD
it        PRON  nsubj    5  -        PRP
had       AUX   aux      5  have     VBD
closed    VERB  ccomp    2  close    VBN
the       DET   det      7  -        DT
depot     NOUN  dobj     5  -        NN
.         PUNCT punct    2  -        .
"""

GUILD_VOWED_TO_END_THE_STRIKE = """
The      DET   det      1  -        DT
guild    NOUN  nsubj    2  -        NN
vowed    VERB  ROOT     2  vow      VBD
to       PART  aux      4  -        TO
end      VERB  xcomp    2  -        VB
the      DET   det      6  -        DT
strike   NOUN  dobj     4  -        NN
.        PUNCT punct    2  -        .
"""


def _found(rows: str) -> set[str]:
    return {c.span.text for c in pledged_changes(context_of(make_doc(rows)))}


def test_pledged_changes_a_promised_change_is_named_by_its_verb_phrase() -> None:
    assert _found(MINISTRY_PLEDGED_TO_SCRAP) == {"scrap the ferry levy"}


def test_pledged_changes_an_announced_change_to_come_is_named() -> None:
    assert _found(COUNCIL_ANNOUNCED_IT_WOULD_CLOSE) == {"close the old depot"}


def test_pledged_changes_a_change_announced_as_done_is_not() -> None:
    assert _found(COUNCIL_ANNOUNCED_IT_HAD_CLOSED) == set()


def test_pledged_changes_ending_an_event_is_no_proposal() -> None:
    assert _found(GUILD_VOWED_TO_END_THE_STRIKE) == set()


# "The levy ban was delayed. Ministers promised to ban the levy."
BAN_TWICE = """
The       DET   det      2  -        DT
levy      NOUN  compound 2  -        NN
ban       NOUN  nsubjpass 4 -        NN
was       AUX   auxpass  4  be       VBD
delayed   VERB  ROOT     4  delay    VBN
.         PUNCT punct    4  -        .
Ministers NOUN  nsubj    7  minister NNS
promised  VERB  ROOT     7  promise  VBD
to        PART  aux      9  -        TO
ban       VERB  xcomp    7  -        VB
the       DET   det      11 -        DT
levy      NOUN  dobj     9  -        NN
.         PUNCT punct    7  -        .
"""


def test_pledged_changes_the_verb_phrase_is_the_one_proposal_named_by_its_noun() -> None:
    mentions = [
        mention("levy ban", KG.Policy, "noun-phrase", token_start=1),
        mention(
            "ban the levy",
            KG.Reform,
            "noun-phrase",
            start=40,
            sentence=1,
            token_start=9,
            head="ban",
        ),
    ]
    found = MentionSet(mentions=mentions, same_as=[], roles=[], descriptions={})
    sieve = Sieve(found, list(mentions), load_lexicon(), {}, list(make_doc(BAN_TWICE)))
    pledged_changes_to_their_noun(sieve)
    assert sieve.links.find(0) == sieve.links.find(1)


def test_pledged_changes_real_parse_keeps_the_body_named_inside(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour news\nThe government announced it would be abolishing the Harbour Authority."
    )
    labels = {e.label for e in corpus.entities}
    assert "abolishing the Harbour Authority" in labels
    assert "Harbour Authority" in labels


def test_pledged_changes_ending_a_state_or_extending_a_time_limit_is_no_proposal() -> None:
    """ "The guild vowed to end the dispute.", "The guild vowed to extend the deadline.":
    a state of affairs or a time limit (``lex:unchangedStateNoun``) is no policy (review5)."""
    for noun, verb in (("dispute", "end"), ("deadline", "extend")):
        rows = GUILD_VOWED_TO_END_THE_STRIKE.replace("strike  ", f"{noun}").replace(
            "end      VERB", f"{verb:<8} VERB"
        )
        assert _found(rows) == set(), noun


def test_pledged_changes_a_headlines_subject_to_a_change_is_a_change_foretold() -> None:
    """ "Ministry to scrap ferry levy": a headline's "X to <verb>" tells what X will do."""
    found = _found(
        """
        Ministry NOUN  nsubj    2  -     NN
        to       PART  aux      2  -     TO
        scrap    VERB  ROOT     2  -     VB
        ferry    NOUN  compound 4  -     NN
        levy     NOUN  dobj     2  -     NN
        """
    )
    assert found == {"scrap ferry levy"}
    assert (
        _found(
            MINISTRY_PLEDGED_TO_SCRAP.replace(
                "pledged  VERB  ROOT     2  pledge", "refused  VERB  ROOT     2  refuse"
            )
        )
        == set()
    )


GUILD_URGED_MINISTERS_TO_RENAME = """
The       DET   det      1  -        DT
guild     NOUN  nsubj    2  -        NN
urged     VERB  ROOT     2  urge     VBD
ministers NOUN  dobj     2  minister NNS
to        PART  aux      5  -        TO
rename    VERB  xcomp    2  -        VB
the       DET   det      8  -        DT
harbour   NOUN  compound 8  -        NN
levy      NOUN  dobj     5  -        NN
.         PUNCT punct    2  -        .
"""


def test_pledged_changes_a_change_urged_or_voted_for_is_put_forward() -> None:
    """ "The guild urged ministers to rename the harbour levy", "... voted to limit ...":
    asking for a change or deciding on it puts it forward (pledges38), and changes of name or
    scope are changes of a policy."""
    assert _found(GUILD_URGED_MINISTERS_TO_RENAME) == {"rename the harbour levy"}
    voted = GUILD_URGED_MINISTERS_TO_RENAME.replace(
        "urged     VERB  ROOT     2  urge", "voted     VERB  ROOT     2  vote"
    ).replace("rename    VERB", "limit     VERB")
    assert _found(voted) == {"limit the harbour levy"}


def test_pledged_changes_a_change_of_amount_alone_names_no_policy() -> None:
    """ "The guild urged ministers to cut the harbour levy": a verb of amount is left out
    ("cut services" names nothing), so only the levy itself is a proposal."""
    cut = GUILD_URGED_MINISTERS_TO_RENAME.replace("rename    VERB", "cut       VERB")
    assert _found(cut) == set()
