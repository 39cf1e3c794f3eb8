"""Telling that an actor failed or refused to act criticises the actor (rule "failing",
``kg.extract.relations.failings``): "the Guild said the Trust had refused to meet", "the Guild
said the strike follows the failure of the Trust", "the Guild criticised the Trust's refusal";
not told by anyone, denied, supposed, or of oneself. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts
from rdflib import URIRef

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Guild", KG.Organisation), ("Trust", KG.Organisation)]


def _refused(
    subject: str = "Trust", mark: str = "that", neg: str = ""
) -> list[tuple[str, URIRef, str]]:
    """ "The Guild said {mark} the {subject} had [not] refused to meet." (a hand-built parse)"""
    shift = 1 if neg else 0
    negation = f"{neg} PART neg {7 + shift}\n" if neg else ""
    parsed = build(
        f"""
        The     DET   det   1
        Guild   PROPN nsubj 2
        said    VERB  ROOT  2 say
        {mark}  SCONJ mark  {7 + shift}
        the     DET   det   5
        {subject} PROPN nsubj {7 + shift}
        had     AUX   aux   {7 + shift}
        {negation}refused VERB ccomp 2 refuse
        to      PART  aux   {9 + shift}
        meet    VERB  xcomp {7 + shift}
        .       PUNCT punct 2
        """,
        names=NAMES if subject == "Trust" else NAMES[:1] + [("Guild", KG.Organisation)],
    )
    return sorted(facts(parsed.relations("failing")))


def test_relations_telling_of_a_refusal_criticises_the_refuser() -> None:
    assert _refused() == [("Guild", KG.criticises, "Trust")]


def test_relations_a_refusal_denied_or_supposed_criticises_no_one() -> None:
    """ "... that the Trust had not refused", "... if the Trust had refused" """
    assert _refused(neg="not") == []
    assert _refused(mark="if") == []


def test_relations_no_one_faults_themselves() -> None:
    """ "The Guild said that the Guild had refused to meet." """
    assert _refused(subject="Guild") == []


def test_relations_a_failure_owned_by_an_actor_is_its_failing() -> None:
    """ "The Guild criticised the Trust's failure to act." """
    parsed = build(
        """
        The        DET   det   1
        Guild      PROPN nsubj 2
        criticised VERB  ROOT  2 criticise
        the        DET   det   4
        Trust      PROPN poss  6
        's         PART  case  4
        failure    NOUN  dobj  2
        to         PART  aux   8
        act        VERB  acl   6
        .          PUNCT punct 2
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("failing")) == {("Guild", KG.criticises, "Trust")}


def test_relations_a_failing_no_one_tells_criticises_no_one() -> None:
    """ "The Trust failed to act.": the article's own narration."""
    parsed = build(
        """
        The    DET   det   1
        Trust  PROPN nsubj 2
        failed VERB  ROOT  2 fail
        to     PART  aux   4
        act    VERB  xcomp 2
        .      PUNCT punct 2
        """,
        names=NAMES[1:],
    )
    assert parsed.relations("failing") == []


def test_extract_failings_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Dock strike to go ahead\n"
        "The Harbour Guild said the strike follows the failure of the Riverside Trust to make "
        "progress on pay.\n"
        "Jane Moss said that the Dockside Council had refused to meet its members.\n"
        "The Riverside Trust failed to attract bidders.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    pairs = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.evidence.method == "failing"
    }
    assert pairs == {("Harbour Guild", "Riverside Trust"), ("Jane Moss", "Dockside Council")}


def test_relations_an_idiom_of_failing_to_act_criticises_the_actor() -> None:
    """ "The Guild said the Trust was dragging its feet.": ``lex:failingWord`` "drag foot"."""
    parsed = build(
        """
        The      DET   det   1
        Guild    PROPN nsubj 2
        said     VERB  ROOT  2 say
        the      DET   det   4
        Trust    PROPN nsubj 6
        was      AUX   aux   6
        dragging VERB  ccomp 2 drag VBG
        its      PRON  poss  8
        feet     NOUN  dobj  6 foot NNS
        .        PUNCT punct 2
        """,
        names=NAMES,
    )
    assert sorted(facts(parsed.relations("failing"))) == [("Guild", KG.criticises, "Trust")]


def test_relations_a_post_its_holder_does_not_hold_puts_them_on_no_side(
    extract: Callable[..., Corpus],
) -> None:
    """ "Shadow care minister X said the Government had failed": the shadow minister is not in
    the Government, so the failing is told of another side."""
    corpus = extract(
        "Care news\nThe Government published its plan.\nShadow care minister Ann Lowe said:"
        ' "This Government has failed to fund social care."'
    )
    labels = {e.key: e.label for e in corpus.entities}
    pairs = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.evidence.method == "failing"
    }
    assert ("Ann Lowe", "Government") in pairs
