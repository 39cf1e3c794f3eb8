"""Events and who takes part in them: a workforce counted in its union."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import Name, build, context_of, facts, make_doc, resolved_of
from rdflib import URIRef

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG

# "Drivers in the Guild will be balloted on the offer."
DRIVERS_IN = """
Drivers   NOUN  nsubjpass 6 driver NNS
in        ADP   prep      0
the       DET   det       3
Guild     PROPN pobj      1
will      AUX   aux       6
be        AUX   auxpass   6
balloted  VERB  ROOT      6 ballot VBN
on        ADP   prep      6
the       DET   det       9
offer     NOUN  pobj      7
.         PUNCT punct     6
"""


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (KG.TradeUnion, {("Guild", KG.participatesIn, "ballot")}),
        (KG.ProfessionalBody, {("Guild", KG.participatesIn, "ballot")}),
        (KG.PublicBody, set()),  # "drivers in the trust": where they work, not who acts
    ],
)
def test_relations_a_workforce_in_a_union_stands_for_the_union(
    kind: URIRef, expected: set[tuple[str, URIRef, str]]
) -> None:
    """ "Drivers in the Guild will be balloted": those counted in a union act for it, as its
    members do; those in a company only work there."""
    parsed = build(DRIVERS_IN, names=[("Guild", kind), Name("balloted", KG.Vote, "ballot", "verb")])
    assert facts(parsed.relations("event-verb-named")) == expected


def test_relations_a_workforce_in_a_union_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Strike news\nThe Harbour Workers Union has announced a strike over pay."
        " Cleaners in the Harbour Workers Union will strike on Monday."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, r.evidence.method)
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }
    assert ("Harbour Workers Union", KG.participatesIn, "event-verb-named") in found


# "Okafor <verb> the summit."
ADDRESSED = """
Okafor   PROPN nsubj 1
{verb}   VERB  ROOT  1 {lemma}
the      DET   det   3
summit   NOUN  dobj  1
.        PUNCT punct 1
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        ("told", "tell", {("Okafor", KG.participatesIn, "summit")}),
        ("condemned", "condemn", set()),
        ("criticised", "criticise", set()),
        ("blamed", "blame", set()),
    ],
)
def test_relations_criticising_an_event_is_no_part_in_it(
    verb: str, lemma: str, expected: set[tuple[str, URIRef, str]]
) -> None:
    """ "Okafor told the summit": spoke at it; "Okafor condemned the summit": spoke about it,
    from outside (a verb of ``kg:criticises``)."""
    parsed = build(
        ADDRESSED.format(verb=verb, lemma=lemma),
        names=[("Okafor", KG.Person), ("summit", KG.Meeting)],
    )
    found = {f for f in facts(parsed.relations("verb")) if f[1] == KG.participatesIn}
    assert found == expected


def test_relations_a_minister_condemning_a_strike_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Strike news\nThe Harbour Workers Union has called a strike over pay."
        " Anna Lind, the transport minister, condemned the strike."
    )
    labels = {e.key: e.label for e in corpus.entities}
    takers = {labels[r.subject] for r in corpus.relations if r.predicate == KG.participatesIn}
    assert "Anna Lind" not in takers


# "News. The Guild and the Board <verb> [<prep>] talks on Monday." (a headline first: a
# headline's bare nouns are no indefinites)
HELD = """
News     NOUN  ROOT     0
.        PUNCT punct    0
The      DET   det      3
Guild    PROPN nsubj    7
and      CCONJ cc       3
the      DET   det      6
Board    PROPN conj     3
{verb}   VERB  ROOT     7 {lemma}
{rows}
on       ADP   prep     7
Monday   PROPN pobj     {monday}
.        PUNCT punct    7
"""


def _talks(verb: str, lemma: str, preposition: str = "") -> set[str]:
    """The negotiations named in "The Guild and the Board <verb> [<preposition>] talks on
    Monday." on a hand-built parse."""
    if preposition:
        rows, monday = f"{preposition} ADP prep 7\ntalks NOUN pobj 8 talk NNS", 10
    else:
        rows, monday = "talks NOUN dobj 7 talk NNS", 9
    doc = make_doc(HELD.format(verb=verb, lemma=lemma, rows=rows, monday=monday))
    return {c.span.text for c in head_noun_phrases(context_of(doc)) if c.type == KG.Negotiation}


def test_mentions_bare_talks_held_name_the_talks() -> None:
    """ "held talks", "returned to talks": a bare plural that a verb of taking part is done
    to names the events its subject takes part in; "discussed talks" names a kind."""
    assert _talks("held", "hold") == {"talks"}
    assert _talks("returned", "return", "to") == {"talks"}
    assert _talks("discussed", "discuss") == set()
    assert _talks("talked", "talk", "about") == set()


def test_relations_both_sides_hold_bare_talks_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Port news\nThe Harbour Workers Union and the Port Authority held talks on Monday."
    )
    labels = {e.key: e.label for e in corpus.entities}
    takers = {labels[r.subject] for r in corpus.relations if r.predicate == KG.participatesIn}
    assert takers == {"Harbour Workers Union", "Port Authority"}


# "Lind spoke during the <event>."
DURING = """
Lind     PROPN nsubj 1
spoke    VERB  ROOT  1 speak
during   ADP   prep  1
the      DET   det   4
{event}  NOUN  pobj  2
.        PUNCT punct 1
"""


@pytest.mark.parametrize(
    ("event", "kind", "expected"),
    [
        ("summit", KG.Meeting, {("Lind", KG.participatesIn, "summit")}),
        ("conference", KG.Conference, {("Lind", KG.participatesIn, "conference")}),
        ("strike", KG.CollectiveAction, set()),
        ("ballot", KG.Vote, set()),
    ],
)
def test_relations_during_a_strike_only_dates_a_clause(
    event: str, kind: URIRef, expected: set[tuple[str, URIRef, str]]
) -> None:
    """ "Lind spoke during the summit": in it; "during the strike": while it went on."""
    parsed = build(DURING.format(event=event), names=[("Lind", KG.Person), (event, kind)])
    assert facts(parsed.relations("event-setting")) == expected


def test_relations_a_statement_to_an_actor_communicates_with_it() -> None:
    """ "Okafor made a statement to the Assembly": the statement is spoken to the Assembly
    (``lex:trigger`` "statement to"; the verb holds the noun's "to")."""
    parsed = build(
        """
        Okafor     PROPN nsubj 1
        made       VERB  ROOT  1 make
        a          DET   det   3
        statement  NOUN  dobj  1
        to         ADP   prep  1
        the        DET   det   6
        Assembly   PROPN pobj  4
        .          PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Assembly", KG.Legislature)],
    )
    assert facts(parsed.relations("noun")) == {("Okafor", KG.communicatesWith, "Assembly")}


def test_relations_a_statement_to_a_chamber_by_a_minister_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ports plan\nThe plan was set out in a written statement to the House of Commons by"
        " Anna Lind, the transport minister, on Monday."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Anna Lind", KG.communicatesWith, "House of Commons") in found


# "News. During the debate, <subject> said it was over." (the headline first)
SET_IN = """
News     NOUN  ROOT   0
.        PUNCT punct  0
During   ADP   prep   {said}
the      DET   det    4
debate   NOUN  pobj   2
,        PUNCT punct  {said}
{subject}
said     VERB  ROOT   {said} say
it       PRON  nsubj  {was}
was      AUX   ccomp  {said} be
over     ADV   advmod {was}
.        PUNCT punct  {said}
"""


def _debates(subject: str) -> set[str]:
    """The events resolved in "News. During the debate, <subject> said it was over."."""
    rows = SET_IN.format(subject=subject, said=8, was=10)
    resolved = resolved_of(make_doc(rows))
    return {e.label for e in resolved.entities if e.type == KG.Meeting}


def test_entities_a_gathering_an_actor_speaks_in_names_one_occasion() -> None:
    """ "During the debate, Ann Lowe said ...": the debate an actor's clause is set in is one
    occasion, though not named before; "During the debate, officials said": no one of the
    text speaks in it, and a definite description with no antecedent names nothing."""
    assert _debates("Ann PROPN compound 7 - NNP B-PERSON\nLowe PROPN nsubj 8 - NNP I-PERSON") == {
        "debate"
    }
    assert _debates("some DET det 7\nofficials NOUN nsubj 8 official NNS") == set()


def test_relations_speaking_at_a_conference_named_once_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract("Ports news\nSpeaking at the conference, Anna Lind said the plan would pass.")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Anna Lind", KG.participatesIn, "conference") in found


@pytest.mark.parametrize("preposition", ["from", "by"])
def test_relations_a_reply_to_words_from_an_actor_communicates_with_it(preposition: str) -> None:
    """ "Hale responded to the letter from the Guild": a reaction to an actor's words is to the
    actor, named after "from" or "by" as well as by a possessive."""
    parsed = build(
        f"""
        Hale       PROPN nsubj 1
        responded  VERB  ROOT  1 respond
        to         ADP   prep  1
        the        DET   det   4
        letter     NOUN  pobj  2
        {preposition} ADP prep 4
        the        DET   det   7
        Guild      PROPN pobj  5
        .          PUNCT punct 1
        """,
        names=[("Hale", KG.Person), ("Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("verb")) == {("Hale", KG.communicatesWith, "Guild")}


@pytest.mark.parametrize(("verb", "lemma"), [("phoned", "phone"), ("emailed", "email")])
def test_relations_calling_an_actor_communicates_with_it(verb: str, lemma: str) -> None:
    parsed = build(
        f"""
        Hale     PROPN nsubj 1
        {verb}   VERB  ROOT  1 {lemma}
        Lowe     PROPN dobj  1
        .        PUNCT punct 1
        """,
        names=[("Hale", KG.Person), ("Lowe", KG.Person)],
    )
    assert facts(parsed.relations("verb")) == {("Hale", KG.communicatesWith, "Lowe")}


# "News. [whether] members will back industrial action."
BACKED = """
News        NOUN  ROOT   0
.           PUNCT punct  0
{mark}
members     NOUN  nsubj  {back} member NNS
will        AUX   aux    {back}
back        VERB  ROOT   {back}
industrial  ADJ   amod   {action}
action      NOUN  dobj   {back}
.           PUNCT punct  {back}
"""


def _actions(mark: bool) -> set[str]:
    """The collective actions named in "[Whether] members will back industrial action."."""
    rows = BACKED.format(
        mark="Whether SCONJ mark 5" if mark else "",
        back=5 if mark else 4,
        action=7 if mark else 6,
    )
    doc = make_doc(rows)
    return {
        c.span.text for c in head_noun_phrases(context_of(doc)) if c.type == KG.CollectiveAction
    }


def test_mentions_action_asked_about_is_no_event() -> None:
    """ "whether members will back industrial action": an action asked about, not one taken
    or called; "members will back industrial action" tells of it."""
    assert _actions(mark=False) == {"industrial action"}
    assert _actions(mark=True) == set()


def test_entities_indefinite_talks_and_negotiations_are_one_process() -> None:
    """ "We will comment on forthcoming negotiations and hope for constructive talks": two
    descriptions, with no name before them, of one process ("talks" and "negotiations" are
    one head of ``kg:Negotiation``)."""
    doc = make_doc(
        """
        News          NOUN  ROOT   0
        .             PUNCT punct  0
        We            PRON  nsubj  4
        will          AUX   aux    4
        comment       VERB  ROOT   4
        on            ADP   prep   4
        forthcoming   ADJ   amod   7
        negotiations  NOUN  pobj   5 negotiation NNS
        and           CCONJ cc     4
        hope          VERB  conj   4
        for           ADP   prep   9
        constructive  ADJ   amod   12
        talks         NOUN  pobj   10 talk NNS
        .             PUNCT punct  4
        """
    )
    talks = [e for e in resolved_of(doc).entities if e.type == KG.Negotiation]
    assert len(talks) == 1


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # "The Guild agreed to talks."
            "agreed VERB ROOT 2 agree\nto ADP prep 2\ntalks NOUN pobj 3 talk NNS",
            {("Guild", KG.participatesIn, "talks")},
        ),
        (  # the parser reading "to talks" as an infinitive
            "agreed VERB ROOT 2 agree\nto PART aux 4\ntalks NOUN xcomp 2 talk NNS",
            {("Guild", KG.participatesIn, "talks")},
        ),
        (  # "The Guild accepted talks."
            "accepted VERB ROOT 2 accept\ntalks NOUN dobj 2 talk NNS\n. PUNCT punct 2",
            {("Guild", KG.participatesIn, "talks")},
        ),
        (  # "The Guild backed talks.": backing is no part in them
            "backed VERB ROOT 2 back\ntalks NOUN dobj 2 talk NNS\n. PUNCT punct 2",
            set(),
        ),
    ],
)
def test_relations_agreeing_to_talks_takes_part_in_them(
    rows: str, expected: set[tuple[str, URIRef, str]]
) -> None:
    """Whoever agrees to talks or a meeting (``lex:consentVerb``) takes part in them."""
    parsed = build(
        f"The DET det 1\nGuild PROPN nsubj 2\n{rows}",
        names=[("Guild", KG.TradeUnion), ("talks", KG.Negotiation)],
    )
    assert facts(parsed.relations("event-verb")) == expected


@pytest.mark.parametrize("verb", ["accepted VERB ROOT 2 accept", "agreed VERB ROOT 2 agree"])
def test_relations_accepting_a_vote_takes_no_part_in_it(verb: str) -> None:
    """ "The Guild accepted the vote.": accepting or agreeing to a vote, a strike or a
    consultation accepts what it decided or that it goes ahead; only a gathering (a meeting,
    talks, a conference) is joined by agreeing to it (review5)."""
    rows = (
        "to ADP prep 2\nthe DET det 5\nvote NOUN pobj 3"
        if verb.startswith("agreed")
        else "the DET det 4\nvote NOUN dobj 2"
    )
    parsed = build(
        f"The DET det 1\nGuild PROPN nsubj 2\n{verb}\n{rows}",
        names=[("Guild", KG.TradeUnion), ("vote", KG.Vote)],
    )
    assert facts(parsed.relations("event-verb")) == set()
