"""Stances read from what a speaker says about a proposal: a failure or lack
complained of is the proposal wanted, a relative pronoun judged in reported speech is its
antecedent, verbs of meeting a need and "make a difference" judge what they are said of,
"whether" opens a question and no judgement, and leaving, doubling down on, adopting or
cooperating with a proposal are stances on it; each on a hand-built parse of a sentence
written for the test, with real parses at the end."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

GUILD = ("Tern Guild", KG.TradeUnion)
LEVY = ("Dune Levy", KG.Policy)


def test_relations_shortfall_a_failure_to_adopt_a_proposal_criticised() -> None:
    """ "The Tern Guild criticised the board's failure to adopt the Dune Levy.": the critic
    wants the levy; the board, failing to accept it, goes against it."""
    parsed = build(
        """
        The       DET   det      2
        Tern      PROPN compound 2
        Guild     PROPN nsubj    3
        criticised VERB ROOT     3 criticise
        the       DET   det      5
        board     NOUN  poss     7
        's        PART  case     5
        failure   NOUN  dobj     3
        to        PART  aux      9
        adopt     VERB  acl      7
        the       DET   det      12
        Dune      PROPN compound 12
        Levy      PROPN dobj     9
        .         PUNCT punct    3
        """,
        names=[GUILD, ("board", KG.GovernmentBody), LEVY],
    )
    assert facts(parsed.relations("shortfall")) == {
        ("Tern Guild", KG.supports, "Dune Levy"),
        ("board", KG.opposes, "Dune Levy"),
    }


def test_relations_shortfall_failing_to_bring_in_is_no_stance_of_the_one_who_failed() -> None:
    """ "The Tern Guild said the board's failure to implement many of the Dune Rules was
    shameful.": the speaker wants the rules (through "many of"); failing to carry out is no
    refusal, so the board gets no stance."""
    parsed = build(
        """
        The       DET   det      2
        Tern      PROPN compound 2
        Guild     PROPN nsubj    3
        said      VERB  ROOT     3 say
        the       DET   det      5
        board     NOUN  poss     7
        's        PART  case     5
        failure   NOUN  nsubj    15
        to        PART  aux      9
        implement VERB  acl      7
        many      ADJ   dobj     9
        of        ADP   prep     10
        the       DET   det      14
        Dune      PROPN compound 14
        Rules     PROPN pobj     11
        was       AUX   ccomp    3 be
        shameful  ADJ   acomp    15
        .         PUNCT punct    3
        """,
        names=[GUILD, ("board", KG.GovernmentBody), ("Dune Rules", KG.Policy)],
    )
    assert facts(parsed.relations("shortfall")) == {("Tern Guild", KG.supports, "Dune Rules")}


def test_relations_shortfall_a_lack_felt_by_the_subject_of_a_feeling() -> None:
    """ "The Tern Guild is angered by the lack of a Dune Levy." (the passive's subject feels)"""
    parsed = build(
        """
        The     DET   det      2
        Tern    PROPN compound 2
        Guild   PROPN nsubjpass 4
        is      AUX   auxpass  4 be
        angered VERB  ROOT     4 anger
        by      ADP   agent    4
        the     DET   det      7
        lack    NOUN  pobj     5
        of      ADP   prep     7
        a       DET   det      11
        Dune    PROPN compound 11
        Levy    PROPN pobj     8
        .       PUNCT punct    4
        """,
        names=[GUILD, LEVY],
    )
    assert facts(parsed.relations("shortfall")) == {("Tern Guild", KG.supports, "Dune Levy")}


def test_relations_shortfall_said_by_no_one_is_no_stance() -> None:
    """ "The failure to adopt the Dune Levy was noted.": nobody speaks of it."""
    parsed = build(
        """
        The     DET   det      1
        failure NOUN  nsubjpass 7
        to      PART  aux      3
        adopt   VERB  acl      1
        the     DET   det      6
        Dune    PROPN compound 6
        Levy    PROPN dobj     3
        was     AUX   auxpass  8 be
        noted   VERB  ROOT     8 note
        .       PUNCT punct    8
        """,
        names=[LEVY],
    )
    assert parsed.relations("shortfall") == []


def test_relations_appraisal_of_a_relative_pronoun_judges_its_antecedent() -> None:
    """ "The board published the Dune Levy, which the Tern Guild said was unfair." """
    parsed = build(
        """
        The       DET   det      1
        board     NOUN  nsubj    2
        published VERB  ROOT     2 publish
        the       DET   det      5
        Dune      PROPN compound 5
        Levy      PROPN dobj     2
        ,         PUNCT punct    5
        which     PRON  nsubj    12
        the       DET   det      10
        Tern      PROPN compound 10
        Guild     PROPN nsubj    11
        said      VERB  relcl    5 say
        was       AUX   ccomp    11 be
        unfair    ADJ   acomp    12
        .         PUNCT punct    2
        """,
        names=[GUILD, LEVY],
    )
    assert facts(parsed.relations("appraisal")) == {("Tern Guild", KG.opposes, "Dune Levy")}


def _said_of_levy(verb: int, *rows: str) -> set[tuple[str, object, str]]:
    """The stances of "The Tern Guild said the Dune Levy <rows>" (rows counted from 7; the
    levy the subject of the row ``verb``)."""
    parsed = build(
        f"""
        The    DET   det      2
        Tern   PROPN compound 2
        Guild  PROPN nsubj    3
        said   VERB  ROOT     3 say
        the    DET   det      6
        Dune   PROPN compound 6
        Levy   PROPN nsubj    {verb}
        """
        + "\n".join(rows),
        names=[GUILD, LEVY],
    )
    found = facts(parsed.find())
    return {f for f in found if f[1] in (KG.supports, KG.opposes)}


def test_relations_making_a_real_difference_supports_what_makes_it() -> None:
    assert _said_of_levy(
        8,
        "would AUX aux 8",
        "make VERB ccomp 3 make",
        "a DET det 11",
        "real ADJ amod 11",
        "difference NOUN dobj 8",
        ". PUNCT punct 3",
    ) == {("Tern Guild", KG.supports, "Dune Levy")}


def test_relations_making_no_difference_opposes_what_makes_it() -> None:
    assert _said_of_levy(
        8,
        "would AUX aux 8",
        "make VERB ccomp 3 make",
        "no DET det 10",
        "difference NOUN dobj 8",
        ". PUNCT punct 3",
    ) == {("Tern Guild", KG.opposes, "Dune Levy")}


def test_relations_not_addressing_a_shortage_opposes_the_proposal() -> None:
    assert _said_of_levy(
        9,
        "does AUX aux 9 do",
        "not PART neg 9",
        "address VERB ccomp 3 address",
        "the DET det 11",
        "shortage NOUN dobj 9",
        ". PUNCT punct 3",
    ) == {("Tern Guild", KG.opposes, "Dune Levy")}


def test_relations_a_proposal_not_the_answer_is_opposed() -> None:
    assert _said_of_levy(
        7,
        "was AUX ccomp 3 be",
        "not PART neg 7",
        "the DET det 10",
        "answer NOUN attr 7",
        ". PUNCT punct 3",
    ) == {("Tern Guild", KG.opposes, "Dune Levy")}


def test_relations_whether_a_proposal_meets_a_need_is_no_judgement() -> None:
    """ "The Tern Guild said members would decide whether the Dune Levy meets their needs." """
    parsed = build(
        """
        The     DET   det      2
        Tern    PROPN compound 2
        Guild   PROPN nsubj    3
        said    VERB  ROOT     3 say
        members NOUN  nsubj    6
        would   AUX   aux      6
        decide  VERB  ccomp    3 decide
        whether SCONJ mark     11
        the     DET   det      10
        Dune    PROPN compound 10
        Levy    PROPN nsubj    11
        meets   VERB  ccomp    6 meet
        their   PRON  poss     13
        needs   NOUN  dobj     11 need
        .       PUNCT punct    3
        """,
        names=[GUILD, LEVY],
    )
    assert not {f for f in facts(parsed.find()) if f[1] in (KG.supports, KG.opposes)}


def _acts_on_levy(verb: str, lemma: str, *between: str) -> set[tuple[str, object, str]]:
    """ "The Tern Guild <verb> <between> the Dune Levy." with the levy the object of the last
    of ``between`` (or of the verb)."""
    rows = [
        "The DET det 2",
        "Tern PROPN compound 2",
        "Guild PROPN nsubj 3",
        f"{verb} VERB ROOT 3 {lemma}",
        *between,
    ]
    n = len(rows)
    last = n - 1
    dep = "pobj" if between and rows[-1].split()[1] == "ADP" else "dobj"
    rows += [f"the DET det {n + 2}", f"Dune PROPN compound {n + 2}", f"Levy PROPN {dep} {last}"]
    rows.append(". PUNCT punct 3")
    parsed = build("\n".join(rows), names=[GUILD, LEVY])
    return {f for f in facts(parsed.find()) if f[1] in (KG.supports, KG.opposes)}


def test_relations_pulling_out_of_a_proposal_opposes_it() -> None:
    """ "The Tern Guild pulled out of the Dune Levy." ("of" hung on the particle)"""
    assert _acts_on_levy("pulled", "pull", "out ADP prep 3", "of ADP prep 4") == {
        ("Tern Guild", KG.opposes, "Dune Levy")
    }


def test_relations_walking_away_from_a_proposal_opposes_it() -> None:
    assert _acts_on_levy("walked", "walk", "away ADV advmod 3", "from ADP prep 4") == {
        ("Tern Guild", KG.opposes, "Dune Levy")
    }


def test_relations_doubling_down_on_a_proposal_supports_it() -> None:
    assert _acts_on_levy("doubled", "double", "down ADP prt 3", "on ADP prep 3") == {
        ("Tern Guild", KG.supports, "Dune Levy")
    }


def test_relations_refusing_to_cooperate_with_a_proposal_opposes_it() -> None:
    """ "The Tern Guild refused to cooperate with the Dune Levy." """
    found = _acts_on_levy(
        "refused", "refuse", "to PART aux 5", "cooperate VERB xcomp 3", "with ADP prep 5"
    )
    assert found == {("Tern Guild", KG.opposes, "Dune Levy")}


def test_relations_stance3_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour news\n"
        "The Ministry of Ports announced the Dune Levy on Monday.\n"
        "The Tern Pilots Guild said the Dune Levy would not relieve the pressure on ports.\n"
        "The Kestrel Nurses Union criticised the failure to adopt the Quay Charter.\n"
        "The Heron Teachers Union opposed the scrapping of the Dune Levy.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate in (KG.supports, KG.opposes)
    }
    assert ("Tern Pilots Guild", KG.opposes, "Dune Levy") in found
    assert ("Kestrel Nurses Union", KG.supports, "Quay Charter") in found
    assert ("Heron Teachers Union", KG.supports, "Dune Levy") in found


def test_relations_reversal_opposing_the_scrapping_of_a_proposal_supports_it() -> None:
    """ "The Tern Guild opposed the scrapping of the Dune Levy." """
    found = _acts_on_levy(
        "opposed", "oppose", "the DET det 5", "scrapping NOUN dobj 3", "of ADP prep 5"
    )
    assert found == {("Tern Guild", KG.supports, "Dune Levy")}


def test_relations_reversal_welcoming_a_decision_to_scrap_a_proposal_opposes_it() -> None:
    """ "The Tern Guild welcomed the decision to scrap the Dune Levy." (the decision itself is
    no entity here)"""
    found = _acts_on_levy(
        "welcomed",
        "welcome",
        "the DET det 5",
        "decision NOUN dobj 3",
        "to PART aux 7",
        "scrap VERB acl 5",
    )
    assert found == {("Tern Guild", KG.opposes, "Dune Levy")}


def test_relations_reversal_criticising_a_delay_hung_on_the_verb_supports_it() -> None:
    """ "The Tern Guild criticised the delay to the Dune Levy." (the parser hung "to" on the
    verb)"""
    found = _acts_on_levy(
        "criticised", "criticise", "the DET det 5", "delay NOUN dobj 3", "to ADP prep 3"
    )
    assert found == {("Tern Guild", KG.supports, "Dune Levy")}


def test_relations_reversal_a_decision_someone_else_takes_is_no_undoing_read() -> None:
    """ "The Tern Guild welcomed the decision the board took to scrap ..." is not read: only an
    infinitive with no subject of its own ("the decision to scrap") is the object's act."""
    found = _acts_on_levy(
        "welcomed",
        "welcome",
        "the DET det 5",
        "decision NOUN dobj 3",
        "board NOUN nsubj 7",
        "scrapped VERB relcl 5 scrap",
    )
    assert found == set()


def test_relations_headline_their_opposition_is_every_coordinated_subjects() -> None:
    """ "Tern Guild and Heron Union harden their opposition to Dune Levy": the tagger takes the
    headline's verb for a name; the root with a subject is still the clause of "their"."""
    parsed = build(
        """
        Tern       PROPN compound 1
        Guild      PROPN nsubj    5
        and        CCONJ cc       1
        Heron      PROPN compound 4
        Union      PROPN conj     1
        harden     PROPN ROOT     5
        their      PRON  poss     7
        opposition NOUN  dobj     5
        to         ADP   prep     7
        Dune       PROPN compound 10
        Levy       PROPN pobj     8
        """,
        names=[GUILD, ("Heron Union", KG.TradeUnion), LEVY],
    )
    found = {(s, o) for s, p, o in facts(parsed.relations("noun"))}
    assert found == {("Tern Guild", "Dune Levy"), ("Heron Union", "Dune Levy")}


def test_relations_reversal_no_opposite_stance_on_the_undoing_itself() -> None:
    """ "The Tern Guild defended the decision to delay the Dune Levy." where the whole phrase
    is one proposal: the guild's stance is on the decision, and the reversal finds no levy of
    its own inside it to give the opposite stance to (it gave both stances on one entity)."""
    parsed = build(
        """
        The       DET   det      2
        Tern      PROPN compound 2
        Guild     PROPN nsubj    3
        defended  VERB  ROOT     3 defend
        the       DET   det      5
        decision  NOUN  dobj     3
        to        PART  aux      7
        delay     VERB  acl      5
        the       DET   det      10
        Dune      PROPN compound 10
        Levy      PROPN dobj     7
        .         PUNCT punct    3
        """,
        names=[GUILD, ("decision to delay the Dune Levy", KG.Policy)],
    )
    assert facts(parsed.relations("reversal")) == set()
    stances = {f for f in facts(parsed.find()) if f[1] in (KG.supports, KG.opposes)}
    assert ("Tern Guild", KG.opposes, "decision to delay the Dune Levy") not in stances
