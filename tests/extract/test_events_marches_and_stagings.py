"""Events and who takes part in them: marches, overtime bans and boycotts are named by their
nouns; a month's name is none; a union that stages an action takes part in it; "we" said by
several speakers is each of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import Name, build, context_of, facts, make_doc

from kg.extract.entities.quotations import Quotation
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG

# "The Tanners Guild organised a <noun> in <month>."
ORGANISED = """
The       DET   det      2
Tanners   PROPN compound 2
Guild     PROPN nsubj    3
organised VERB  ROOT     3 organise VBD
a         DET   det      {noun_at}
{words}
in        ADP   prep     3
{month}   PROPN pobj     {in_at} {month} NNP B-DATE
.         PUNCT punct    3
"""


def _found(words: str, length: int, month: str = "June") -> dict[str, Any]:
    """The head noun phrases of :data:`ORGANISED` with ``words`` (``length`` rows) as its
    object, and the month after "in"."""
    rows = ORGANISED.format(words=words, noun_at=4 + length, in_at=5 + length, month=month)
    return {c.span.text: c.type for c in head_noun_phrases(context_of(make_doc(rows)))}


@pytest.mark.parametrize(
    ("words", "length", "phrase", "cls"),
    [
        ("march NOUN dobj 3 march NN", 1, "march", KG.Campaign),
        ("boycott NOUN dobj 3 boycott NN", 1, "boycott", KG.CollectiveAction),
        (
            "overtime NOUN compound 6 overtime NN\nban NOUN dobj 3 ban NN",
            2,
            "overtime ban",
            KG.CollectiveAction,
        ),
        (
            "annual ADJ amod 6 annual JJ\nconvention NOUN dobj 3 convention NN",
            2,
            "annual convention",
            KG.Conference,
        ),
    ],
)
def test_mentions_a_march_a_boycott_an_overtime_ban_and_a_convention_are_events(
    words: str, length: int, phrase: str, cls: Any
) -> None:
    """ "The Tanners Guild organised a march in June": a march is a protest (``kg:Campaign``,
    ``lex:protestNoun``); a boycott or an overtime ban is action short of a strike; an annual
    convention is a conference."""
    assert _found(words, length).get(phrase) == cls


def test_mentions_a_month_named_march_is_no_event() -> None:
    """ "... in March": a proper noun the statistical entities date names a month, not a
    march."""
    found = _found("rally NOUN dobj 3 rally NN", 1, month="March")
    assert found.get("rally") == KG.Campaign
    assert "March" not in found


def test_parse_a_union_that_staged_an_action_has_the_verb_of_staging(nlp: Any) -> None:
    """The statistical lemmatizer reads "staged" as "stag"; the pipeline mends it, so that the
    verb of taking part ``lex:participationVerb`` "stage" matches."""
    doc = nlp("The Tanners Guild staged a walkout and is staging a protest.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("stag")] == ["stage", "stage"]


def test_relations_a_union_that_staged_a_protest_takes_part_in_it(
    extract: Callable[..., Any],
) -> None:
    """ "The Tanners Guild staged a protest outside the town hall": the Guild takes part."""
    corpus = extract(
        "Town hall protest\nThe Tanners Guild staged a protest outside the town hall on Friday."
    )
    labels = {e.key: e.label for e in corpus.entities}
    protests = [e.key for e in corpus.entities if e.type == KG.Campaign]
    found = {(labels[r.subject], r.predicate, r.object) for r in corpus.relations}
    assert len(protests) == 1
    assert ("Tanners Guild", KG.participatesIn, protests[0]) in found


# Lind and Reyes said: “We entered the talks.”
JOINT = """
Lind    PROPN nsubj 3
and     CCONJ cc    0
Reyes   PROPN conj  0
said    VERB  ROOT  3 say VBD
:       PUNCT punct 3
“       PUNCT punct 7
We      PRON  nsubj 7 we PRP
entered VERB  ccomp 3 enter VBD
the     DET   det   9
talks   NOUN  dobj  7 talk NNS
.       PUNCT punct 7
”       PUNCT punct 3
"""


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [(("Lind", "Reyes"), {"Lind", "Reyes"}), (("Lind",), {"Lind"})],
)
def test_relations_we_said_by_several_speakers_is_each_of_them(
    speakers: tuple[str, ...], expected: set[str]
) -> None:
    """ "Lind and Reyes said: “We entered the talks.”": "we" (resolved to the first speaker)
    is each speaker of the quotation, who all take part; said by one, it is that one."""
    parsed = build(
        JOINT,
        names=[("Lind", KG.Person), ("Reyes", KG.Person), Name("talks", KG.Negotiation)],
        pronouns={6: "Lind"},
    )
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), speakers[0], "speech-verb", speakers)
    ]
    found = facts(parsed.relations("event-verb"))
    assert found == {(who, KG.participatesIn, "talks") for who in expected}


def test_relations_who_did_what_they_are_accused_of_during_an_event_was_in_it() -> None:
    """ "The Guild accused Okafor of misleading members during the debate": Okafor, who is
    accused of the act, was in the debate; the Guild, who accuses, need not have been."""
    parsed = build(
        """
        The        DET   det   1
        Guild      PROPN nsubj 2
        accused    VERB  ROOT  2 accuse VBD
        Okafor     PROPN dobj  2
        of         ADP   prep  2
        misleading VERB  pcomp 4 mislead VBG
        members    NOUN  dobj  5 member NNS
        during     ADP   prep  5
        the        DET   det   9
        debate     NOUN  pobj  7
        .          PUNCT punct 2
        """,
        names=[("Guild", KG.TradeUnion), ("Okafor", KG.Person), Name("debate", KG.Meeting)],
    )
    assert facts(parsed.relations("event-setting")) == {("Okafor", KG.participatesIn, "debate")}


# "The levy is a vote of <no> confidence in the Guild."
CONFIDENCE = """
The        DET   det   1
levy       NOUN  nsubj 2
is         AUX   ROOT  2 be VBZ
a          DET   det   4
vote       NOUN  attr  2 vote NN
of         ADP   prep  4
{words}
in         ADP   prep  {noun_at}
the        DET   det   {guild_at}
Guild      PROPN pobj  {in_at}
.          PUNCT punct 2
"""


@pytest.mark.parametrize(
    ("words", "length", "held"),
    [
        ("confidence NOUN pobj 5 confidence NN", 1, False),
        ("no DET det 7\nconfidence NOUN pobj 5 confidence NN", 2, True),
    ],
)
def test_mentions_a_vote_of_confidence_is_approval_and_no_vote(
    words: str, length: int, held: bool
) -> None:
    """ "The levy is a vote of confidence in the Guild": approval, no vote held; "a vote of no
    confidence in the Guild" is one."""
    noun_at = 5 + length
    rows = CONFIDENCE.format(words=words, noun_at=noun_at, guild_at=noun_at + 3, in_at=noun_at + 1)
    found = {c.span.text: c.type for c in head_noun_phrases(context_of(make_doc(rows)))}
    assert any(cls == KG.Vote for cls in found.values()) == held
