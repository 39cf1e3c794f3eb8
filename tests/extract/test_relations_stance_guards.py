"""Guards on stances read from what is said of a proposal (stance5): a warning that a
proposal *is* something says no harm, a verb inside a proposal's own name is no judgement of
it, an act not yet done ("before it can support") and a doubt raised ("raises questions") are
no good said of it, and a superlative is no verdict; each on a hand-built parse of a sentence
written for the test."""

from __future__ import annotations

from doc_builder import build, facts, spoken_by_ferris
from rdflib import URIRef

from kg.rdf.namespaces import KG

WELCOMED_BUT_CAUTIONED = """
    The       DET   det   1
    guild     NOUN  nsubj 2
    welcomed  VERB  ROOT  2 welcome
    the       DET   det   4
    levy      NOUN  dobj  2
    but       CCONJ cc    2
    cautioned VERB  conj  2 caution
    it        PRON  nsubj 8
"""


NAMES = [("guild", KG.TradeUnion), ("levy", KG.Policy), ("ferries", KG.Service)]


def test_relations_a_warning_that_a_proposal_is_only_a_start_does_not_oppose_it() -> None:
    """ "cautioned it was only a start": a welcome with a reservation, no harm warned of."""
    rows = """
        was   AUX   ccomp  6 be
        only  ADV   advmod 11
        a     DET   det    11
        start NOUN  attr   8
        .     PUNCT punct  2
    """
    parsed = build(WELCOMED_BUT_CAUTIONED + rows, names=NAMES[:2], pronouns={7: "levy"})
    assert parsed.relations("warning") == []


def test_relations_a_warning_that_a_proposal_will_do_harm_still_opposes_it() -> None:
    """ "cautioned it damages the ferries"."""
    rows = """
        damages VERB  ccomp 6 damage
        the     DET   det   10
        ferries NOUN  dobj  8 ferry
        .       PUNCT punct 2
    """
    parsed = build(WELCOMED_BUT_CAUTIONED + rows, names=NAMES, pronouns={7: "levy"})
    assert ("guild", KG.opposes, "levy") in facts(parsed.relations("warning"))


def test_relations_a_verb_inside_a_proposals_name_is_no_judgement_of_it() -> None:
    """ "Ferris said the approach to supporting ferries was a mistake": "supporting" is what
    the approach does by its own name, not a good Ferris says it does."""
    parsed = build(
        """
        Ferris     PROPN nsubj 1
        said       VERB  ROOT  1 say
        the        DET   det   3
        approach   NOUN  nsubj 7
        to         ADP   prep  3
        supporting VERB  pcomp 4 support
        ferries    NOUN  dobj  5 ferry
        was        AUX   ccomp 1 be
        a          DET   det   9
        mistake    NOUN  attr  7
        .          PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("approach to supporting ferries", KG.Policy)],
    )
    assert parsed.relations("evaluation") == []


def test_relations_an_act_not_yet_done_is_no_good_said_of_a_proposal() -> None:
    """ "The guild said questions must be answered before it can support the levy"."""
    parsed = build(
        """
        The       DET   det       1
        guild     NOUN  nsubj     2
        said      VERB  ROOT      2 say
        questions NOUN  nsubjpass 6 question
        must      AUX   aux       6
        be        AUX   auxpass   6
        answered  VERB  ccomp     2 answer
        before    SCONJ mark      10
        it        PRON  nsubj     10
        can       AUX   aux       10
        support   VERB  advcl     6 support
        the       DET   det       12
        levy      NOUN  dobj      10
        .         PUNCT punct     2
        """,
        names=NAMES[:2],
        pronouns={8: "guild"},
    )
    assert parsed.relations("evaluation") == []


def test_relations_a_proposal_raising_questions_does_no_good() -> None:
    """ "Ferris said the levy raises a number of questions": "raise" helps only an amount."""
    parsed = build(
        """
        Ferris    PROPN nsubj 1
        said      VERB  ROOT  1 say
        the       DET   det   3
        levy      NOUN  nsubj 4
        raises    VERB  ccomp 1 raise
        a         DET   det   6
        number    NOUN  dobj  4
        of        ADP   prep  6
        questions NOUN  pobj  7 question
        .         PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Policy)],
    )
    assert parsed.relations("evaluation", "effect") == []


def _deliver(adjective: str, lemma: str, tag: str) -> list[tuple[str, object, str]]:
    """ "“We will deliver the <adjective> ferry service we can.”", quoted from Ferris."""
    parsed = spoken_by_ferris(
        f"""
        “           PUNCT punct    3
        We          PRON  nsubj    3
        will        AUX   aux      3
        deliver     VERB  ROOT     3
        the         DET   det      7
        {adjective} ADJ   amod     7 {lemma} {tag}
        ferry       NOUN  compound 7
        service     NOUN  dobj     3
        we          PRON  nsubj    9
        can         AUX   relcl    7
        .           PUNCT punct    3
        ”           PUNCT punct    3
        """,
        ("ferry service", KG.Policy),
    )
    return sorted(facts(parsed.relations("verdict")))  # type: ignore[arg-type]


def test_speech_a_superlative_is_no_verdict_on_the_proposal_it_modifies() -> None:
    """ "the best ferry service we can": a rank aimed at; "the good ferry service" judges it."""
    assert _deliver("best", "good", "JJS") == []
    assert _deliver("good", "good", "JJ") == [("Ferris", KG.supports, "ferry service")]


def _convinced(negation: str) -> set[tuple[str, URIRef, str]]:
    """ "“We are <negation> convinced the levy will help ferries.”", quoted from Ferris."""
    rows = f"""
        “         PUNCT punct  2
        We        PRON  nsubj  2
        are       AUX   ROOT   2 be
        {negation}
        convinced ADJ   acomp  2
        the       DET   det    6
        levy      NOUN  nsubj  8
        will      AUX   aux    8
        help      VERB  ccomp  4
        ferries   NOUN  dobj   8 ferry
        .         PUNCT punct  2
        ”         PUNCT punct  2
    """
    return facts(spoken_by_ferris(rows, ("levy", KG.Policy)).relations("effect"))


def test_speech_a_good_a_speaker_is_not_convinced_of_opposes_the_proposal() -> None:
    """ "We are not convinced the levy will help ferries": the good is doubted, as if denied;
    "We are well convinced" says it."""
    assert _convinced("not PART neg 2") == {("Ferris", KG.opposes, "levy")}
    assert _convinced("well ADV advmod 4") == {("Ferris", KG.supports, "levy")}


def test_speech_a_this_after_and_judges_the_clause_before_it_not_the_topic() -> None:
    """ "The levy passed. The council raised fares, and this is unfair": "this" is the raising
    of fares, not the levy of the sentence before; "The levy passed. This is unfair." judges
    the levy."""
    after_and = spoken_by_ferris(
        """
        “       PUNCT punct 3
        The     DET   det   2
        levy    NOUN  nsubj 3
        passed  VERB  ROOT  3 pass
        .       PUNCT punct 3
        The     DET   det   6
        council NOUN  nsubj 7
        raised  VERB  ROOT  7 raise
        fares   NOUN  dobj  7 fare
        ,       PUNCT punct 7
        and     CCONJ cc    7
        this    PRON  nsubj 12
        is      AUX   conj  7 be
        unfair  ADJ   acomp 12
        .       PUNCT punct 12
        ”       PUNCT punct 12
        """,
        ("levy", KG.Policy),
    )
    assert after_and.relations("verdict") == []
    alone = spoken_by_ferris(
        """
        “       PUNCT punct 3
        The     DET   det   2
        levy    NOUN  nsubj 3
        passed  VERB  ROOT  3 pass
        .       PUNCT punct 3
        This    PRON  nsubj 6
        is      AUX   ROOT  6 be
        unfair  ADJ   acomp 6
        .       PUNCT punct 6
        ”       PUNCT punct 6
        """,
        ("levy", KG.Policy),
    )
    assert facts(alone.relations("verdict")) == {("Ferris", KG.opposes, "levy")}


def _lack(verb: str, lemma: str, determiner: str) -> list[tuple[str, URIRef, str]]:
    """ "The guild <verb> the lack of <determiner> ferry levy." """
    parsed = build(
        f"""
        The          DET   det      1
        guild        NOUN  nsubj    2
        {verb}       VERB  ROOT     2 {lemma}
        the          DET   det      4
        lack         NOUN  dobj     2
        of           ADP   prep     4
        {determiner} DET   det      8
        ferry        NOUN  compound 8
        levy         NOUN  pobj     5
        .            PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("ferry levy", KG.Policy)],
    )
    return sorted(facts(parsed.find()))  # type: ignore[arg-type]


def test_relations_welcoming_the_lack_of_a_proposal_backs_no_proposal() -> None:
    """ "welcomed the lack of a ferry levy": the levy was not wanted; criticising its lack
    backs it."""
    assert [f for f in _lack("welcomed", "welcome", "a") if f[2] == "ferry levy"] == []
    assert ("guild", KG.supports, "ferry levy") in _lack("criticised", "criticise", "a")


def test_relations_the_lack_of_any_proposal_backs_no_proposal_in_particular() -> None:
    assert ("guild", KG.supports, "ferry levy") not in _lack("criticised", "criticise", "any")


CALLED_FOR = """
    The   DET   det   1
    guild NOUN  nsubj 2
    called VERB ROOT  2 call
    for   ADP   prep  2
"""


def test_relations_calling_for_an_alteration_of_a_proposal_backs_no_proposal() -> None:
    """ "called for a simplification of the ferry levy": a change is wanted, not the levy as
    it is; "called for the ferry levy" backs it."""
    altered = build(
        CALLED_FOR
        + """
        a              DET   det      5
        simplification NOUN  pobj     3
        of             ADP   prep     5
        the            DET   det      9
        ferry          NOUN  compound 9
        levy           NOUN  pobj     6
        .              PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("ferry levy", KG.Policy)],
    )
    assert [r for r in altered.find() if r.object == "ferry levy"] == []
    plain = build(
        CALLED_FOR
        + """
        the   DET   det      6
        ferry NOUN  compound 6
        levy  NOUN  pobj     3
        .     PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("ferry levy", KG.Policy)],
    )
    assert [r.subject for r in plain.find() if r.object == "ferry levy"] == ["guild"]
