"""What a verb of stance takes a stance on: not a proposal named inside an event, a chance
or a claim that is its object ("welcomed the talks on the levy", "welcomed the chance to
shape the levy", "rejected claims that the levy would cut fares"), nor one after the object's
own "to" ("welcomed the delay to the levy"); "called for the levy to be scrapped" opposes it;
no stance on a condition ("would help sailors if it were extended"); and what a claim or
speculation says is not asserted; who is accused of backing a proposal backs it. Each on a
hand-built parse of a sentence written for the test, and one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts, spoken_by_ferris

from kg.extract.lexicon import load_lexicon
from kg.extract.relations.modality import modality_of
from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Ferry Guild", KG.TradeUnion), ("Quay Levy", KG.Policy)]


def _welcomed(noun: str, preposition: str) -> set[tuple[str, object, str]]:
    """ "The Ferry Guild welcomed the <noun> <preposition> the Quay Levy." """
    names = [*NAMES, ("talks", KG.Negotiation)] if noun == "talks" else NAMES
    parsed = build(
        f"""
        The          DET   det      2
        Ferry        PROPN compound 2
        Guild        PROPN nsubj    3
        welcomed     VERB  ROOT     3 welcome
        the          DET   det      5
        {noun}       NOUN  dobj     3
        {preposition} ADP  prep     5
        the          DET   det      9
        Quay         PROPN compound 9
        Levy         PROPN pobj     6
        .            PUNCT punct    3
        """,
        names=names,
    )
    return facts(parsed.relations("verb"))


def test_relations_welcoming_talks_on_a_proposal_takes_no_stance_on_it() -> None:
    assert ("Ferry Guild", KG.welcomes, "Quay Levy") not in _welcomed("talks", "on")


def test_relations_welcoming_the_announcement_of_a_proposal_welcomes_it() -> None:
    assert ("Ferry Guild", KG.welcomes, "Quay Levy") in _welcomed("announcement", "of")


def test_relations_welcoming_a_review_of_a_proposal_takes_no_stance_on_it() -> None:
    # an examination of the levy (lex:examinationNoun) is what the stance is on
    assert ("Ferry Guild", KG.welcomes, "Quay Levy") not in _welcomed("review", "of")
    assert ("Ferry Guild", KG.welcomes, "Quay Levy") not in _welcomed("inquiry", "into")


def test_relations_welcoming_the_delay_to_a_proposal_does_not_welcome_it() -> None:
    """The delay undoes the levy (a stance the rule 'reversal' reads): no "welcome to"."""
    found = _welcomed("delay", "to")
    assert not {f for f in found if f[2] == "Quay Levy" and f[1] != KG.opposes}


def test_relations_rejecting_claims_about_a_proposal_does_not_oppose_it() -> None:
    parsed = build(
        """
        The       DET   det      2
        Ferry     PROPN compound 2
        Guild     PROPN nsubj    3
        rejected  VERB  ROOT     3 reject
        claims    NOUN  dobj     3 claim
        that      SCONJ mark     10
        the       DET   det      8
        Quay      PROPN compound 8
        Levy      PROPN nsubj    10
        would     AUX   aux      10
        cut       VERB  acl      4
        fares     NOUN  dobj     10 fare
        .         PUNCT punct    3
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_chance_to_shape_a_proposal_is_no_stance_on_it(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Levy news\nThe Ferry Guild welcomed the chance to shape the Quay Levy with ministers."
    )
    stances = [r for r in corpus.relations if r.predicate in (KG.supports, KG.welcomes, KG.opposes)]
    assert stances == []


def _said_help(condition: bool) -> set[tuple[str, object, str]]:
    """ "Ferris said the Quay Levy would help sailors [if it were extended]." """
    rows = """
        Ferris   PROPN nsubj    1
        said     VERB  ROOT     1 say
        the      DET   det      4
        Quay     PROPN compound 4
        Levy     PROPN nsubj    6
        would    AUX   aux      6
        help     VERB  ccomp    1 help
        sailors  NOUN  dobj     6 sailor
    """
    if condition:
        rows += """
        if       SCONJ mark     11
        it       PRON  nsubjpass 11
        were     AUX   auxpass  11 be
        extended VERB  advcl    6 extend
        """
    rows += """
        .        PUNCT punct    1
    """
    parsed = build(rows, names=[("Ferris", KG.Person), ("Quay Levy", KG.Policy)])
    return facts(parsed.relations("evaluation"))


def test_relations_good_a_proposal_does_as_it_stands_is_a_stance_on_it() -> None:
    assert _said_help(condition=False) == {("Ferris", KG.supports, "Quay Levy")}


def test_relations_good_a_proposal_would_do_on_a_condition_is_no_stance() -> None:
    """ "would help sailors if it were extended": promised on a condition, not said of it."""
    assert _said_help(condition=True) == set()


def _quoted_fair(condition: bool) -> set[tuple[str, object, str]]:
    """ "The Quay Levy would be fair [if it were backdated]." in Ferris's words."""
    rows = """
        “         PUNCT punct    5
        The       DET   det      3
        Quay      PROPN compound 3
        Levy      PROPN nsubj    5
        would     AUX   aux      5
        be        AUX   ROOT     5 be
        fair      ADJ   acomp    5
    """
    if condition:
        rows += """
        if        SCONJ mark     10
        it        PRON  nsubjpass 10
        were      AUX   auxpass  10 be
        backdated VERB  advcl    5 backdate
        """
    rows += """
        .         PUNCT punct    5
        ”         PUNCT punct    5
    """
    rows = "\n".join(line for line in rows.splitlines() if line.strip())
    parsed = spoken_by_ferris(rows, ("Quay Levy", KG.Policy))
    return facts(parsed.relations("verdict"))


def test_relations_a_verdict_said_of_a_proposal_is_a_stance_on_it() -> None:
    assert _quoted_fair(condition=False) == {("Ferris", KG.supports, "Quay Levy")}


def test_relations_a_verdict_on_a_condition_is_no_stance() -> None:
    """ "would be fair if it were backdated": fair only on a condition."""
    assert _quoted_fair(condition=True) == set()


def test_modality_what_a_claim_or_speculation_says_is_not_asserted() -> None:
    """ "The guild met amid speculation that it will reject the Quay Levy.": the rejection is
    only spoken of."""
    parsed = build(
        """
        The         DET   det      2
        ferry       NOUN  compound 2
        guild       NOUN  nsubj    3
        met         VERB  ROOT     3 meet
        amid        ADP   prep     3
        speculation NOUN  pobj     4 speculation
        that        SCONJ mark     9
        it          PRON  nsubj    9
        will        AUX   aux      9
        reject      VERB  acl      5 reject
        the         DET   det      12
        Quay        PROPN compound 12
        Levy        PROPN dobj     9
        .           PUNCT punct    3
        """,
        names=[("guild", KG.TradeUnion), ("Quay Levy", KG.Policy)],
    )
    assert modality_of(parsed.token("reject"), lexicon=load_lexicon()) == KG.Conditional


def _called_for(participle: str, lemma: str) -> set[tuple[str, object, str]]:
    """ "The Ferry Guild called for the Quay Levy to be <participle>." """
    parsed = build(
        f"""
        The          DET   det      2
        Ferry        PROPN compound 2
        Guild        PROPN nsubj    3
        called       VERB  ROOT     3 call
        for          ADP   prep     3
        the          DET   det      7
        Quay         PROPN compound 7
        Levy         PROPN pobj     4
        to           PART  aux      10
        be           AUX   auxpass  10 be
        {participle} VERB  advcl    3 {lemma} VBN
        .            PUNCT punct    3
        """,
        names=NAMES,
    )
    return facts(parsed.relations("verb"))


def test_relations_calling_for_a_proposal_to_be_scrapped_opposes_it() -> None:
    assert _called_for("scrapped", "scrap") == {("Ferry Guild", KG.opposes, "Quay Levy")}


def test_relations_calling_for_a_cap_to_be_lifted_opposes_it() -> None:
    assert _called_for("lifted", "lift") == {("Ferry Guild", KG.opposes, "Quay Levy")}


def test_relations_campaigning_for_a_for_to_clause_takes_its_subject() -> None:
    """ "The Ferry Guild has long campaigned for the Quay Levy to be lifted.", with "for" the
    mark of the clause, as the parser reads a "for ... to" clause."""
    parsed = build(
        """
        The        DET   det      2
        Ferry      PROPN compound 2
        Guild      PROPN nsubj    5
        has        AUX   aux      5 have
        long       ADV   advmod   5
        campaigned VERB  ROOT     5 campaign
        for        SCONJ mark     12
        the        DET   det      9
        Quay       PROPN compound 9
        Levy       PROPN nsubjpass 12
        to         PART  aux      12
        be         AUX   auxpass  12 be
        lifted     VERB  advcl    5 lift VBN
        .          PUNCT punct    5
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("verb")) == {("Ferry Guild", KG.opposes, "Quay Levy")}


def test_relations_calling_for_a_proposal_to_be_brought_in_supports_it() -> None:
    assert _called_for("introduced", "introduce") == {("Ferry Guild", KG.supports, "Quay Levy")}


def test_relations_welcoming_a_proposals_demise_opposes_it() -> None:
    """ "The Ferry Guild welcomed the Quay Levy's demise.": the owner of a noun of undoing is
    what it undoes."""
    parsed = build(
        """
        The      DET   det      2
        Ferry    PROPN compound 2
        Guild    PROPN nsubj    3
        welcomed VERB  ROOT     3 welcome
        the      DET   det      6
        Quay     PROPN compound 6
        Levy     PROPN poss     8
        's       PART  case     6
        demise   NOUN  dobj     3
        .        PUNCT punct    3
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("verb")) == set()
    assert facts(parsed.relations("reversal")) == {("Ferry Guild", KG.opposes, "Quay Levy")}


def test_relations_asking_whether_others_back_a_proposal_is_no_stance() -> None:
    """ "Hale asked whether the Ferry Guild would back the Quay Levy.": a question."""
    parsed = build(
        """
        Hale     PROPN nsubj    1
        asked    VERB  ROOT     1 ask
        whether  SCONJ mark     7
        the      DET   det      5
        Ferry    PROPN compound 5
        Guild    PROPN nsubj    7
        would    AUX   aux      7
        back     VERB  ccomp    1 back
        the      DET   det      10
        Quay     PROPN compound 10
        Levy     PROPN dobj     7
        .        PUNCT punct    1
        """,
        names=[("Hale", KG.Person), *NAMES],
    )
    assert parsed.relations("recommendation") == []


def test_relations_who_is_accused_of_backing_a_proposal_backs_it() -> None:
    """ "The Ferry Guild accused the Board of backing the Quay Levy.": the Board backs it."""
    parsed = build(
        """
        The      DET   det      2
        Ferry    PROPN compound 2
        Guild    PROPN nsubj    3
        accused  VERB  ROOT     3 accuse
        the      DET   det      5
        Board    PROPN dobj     3
        of       ADP   prep     3
        backing  VERB  pcomp    6 back VBG
        the      DET   det      10
        Quay     PROPN compound 10
        Levy     PROPN dobj     7
        .        PUNCT punct    3
        """,
        names=[*NAMES, ("Board", KG.GovernmentBody)],
    )
    stances = {f for f in facts(parsed.relations("verb")) if f[2] == "Quay Levy"}
    assert stances == {("Board", KG.supports, "Quay Levy")}


def test_relations_a_pledged_change_is_not_the_object_of_its_own_verb() -> None:
    """ "The Ferry Guild vowed to scrap the quay levy.": where the change is named by its verb
    phrase ("scrap the quay levy", a reform), the verb's object is that reform itself, which
    the guild puts forward, not opposes (review5)."""
    parsed = build(
        """
        The      DET   det      2
        Ferry    PROPN compound 2
        Guild    PROPN nsubj    3
        vowed    VERB  ROOT     3 vow
        to       PART  aux      5
        scrap    VERB  xcomp    3
        the      DET   det      8
        quay     NOUN  compound 8
        levy     NOUN  dobj     5
        .        PUNCT punct    3
        """,
        names=[("Ferry Guild", KG.TradeUnion), ("scrap the quay levy", KG.Reform)],
    )
    found = facts(parsed.relations("verb"))
    assert ("Ferry Guild", KG.opposes, "scrap the quay levy") not in found


def test_relations_calling_for_a_deal_to_be_renegotiated_opposes_it_as_it_stands() -> None:
    assert _called_for("renegotiated", "renegotiate") == {("Ferry Guild", KG.opposes, "Quay Levy")}
