"""Subjects and clauses the parser joins in the wrong place (coord32): a name joined by "and"
to the last word of a name's "of" phrase (:func:`kg.extract.relations.grammar.conjuncts`), a
finite verb joined to the verb of a reported clause it cannot share a form with
(:func:`kg.extract.relations.grammar.coordinated_with`), a clause of time in the past
(``lex:pastTimeMark``) and an unresolved "they" after a plural subject naming bodies
(:mod:`kg.extract.relations.plural_subjects`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

Extract = Callable[..., Corpus]

BODIES = [("Guild", KG.TradeUnion), ("Society of Clerks", KG.TradeUnion), ("Forum", KG.TradeUnion)]


def _labels(corpus: Corpus, predicate: object) -> set[tuple[str, str]]:
    names = {e.key: e.label for e in corpus.entities}
    return {
        (names[r.subject], names[r.object]) for r in corpus.relations if r.predicate == predicate
    }


def test_relations_a_name_joined_inside_a_name_of_the_list_is_a_subject() -> None:
    """ "Guild, the Society of Clerks and Forum wrote to Reyes.": the parser hangs "Forum" on
    "Clerks", inside the second name."""
    rows = """
    Guild    PROPN nsubj  8
    ,        PUNCT punct  0
    the      DET   det    3
    Society  PROPN appos  0
    of       ADP   prep   3
    Clerks   PROPN pobj   4
    and      CCONJ cc     5
    Forum    PROPN conj   5
    wrote    VERB  ROOT   8  write
    to       ADP   prep   8
    Reyes    PROPN pobj   9
    .        PUNCT punct  8
    """
    parsed = build(rows, names=[*BODIES, ("Reyes", KG.Person)])
    assert facts(parsed.relations("verb")) == {
        ("Guild", KG.wroteTo, "Reyes"),
        ("Society of Clerks", KG.wroteTo, "Reyes"),
        ("Forum", KG.wroteTo, "Reyes"),
    }


def test_relations_words_joined_inside_one_name_are_that_name() -> None:
    """ "The Guild of Porters and Cooks wrote to Reyes.": one body, one relation."""
    rows = """
    The      DET   det    1
    Guild    PROPN nsubj  6
    of       ADP   prep   1
    Porters  PROPN pobj   2
    and      CCONJ cc     3
    Cooks    PROPN conj   3
    wrote    VERB  ROOT   6  write
    to       ADP   prep   6
    Reyes    PROPN pobj   7
    .        PUNCT punct  6
    """
    parsed = build(
        rows, names=[("Guild of Porters and Cooks", KG.TradeUnion), ("Reyes", KG.Person)]
    )
    assert facts(parsed.relations("verb")) == {("Guild of Porters and Cooks", KG.wroteTo, "Reyes")}


def test_relations_a_verb_joined_to_a_reported_modal_clause_is_the_speakers() -> None:
    """ "Guild said cuts could hurt care and urged Reyes to act.": "urged" cannot share
    "could", so it is Guild's, not the cuts'."""
    rows = """
    Guild    PROPN nsubj  1
    said     VERB  ROOT   1  say    VBD
    cuts     NOUN  nsubj  4  cut    NNS
    could    AUX   aux    4  could  MD
    hurt     VERB  ccomp  1  hurt   VB
    care     NOUN  dobj   4
    and      CCONJ cc     4
    urged    VERB  conj   4  urge   VBD
    Reyes    PROPN dobj   7
    to       PART  aux    10 to     TO
    act      VERB  xcomp  7  act    VB
    .        PUNCT punct  1
    """
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("Reyes", KG.Person)])
    assert ("Guild", KG.urges, "Reyes") in facts(parsed.relations("verb"))


def test_relations_a_verb_joined_to_a_reported_past_clause_keeps_its_subject() -> None:
    """ "Guild said Forum met Reyes and wrote to Reyes.": both past, so the parser's reading
    stands: Forum wrote."""
    rows = """
    Guild    PROPN nsubj  1
    said     VERB  ROOT   1  say    VBD
    Forum    PROPN nsubj  3
    met      VERB  ccomp  1  meet   VBD
    Reyes    PROPN dobj   3
    and      CCONJ cc     3
    wrote    VERB  conj   3  write  VBD
    to       ADP   prep   6
    Reyes    PROPN pobj   7
    .        PUNCT punct  1
    """
    parsed = build(
        rows,
        names=[("Guild", KG.TradeUnion), ("Forum", KG.TradeUnion), *[("Reyes", KG.Person)] * 2],
    )
    found = facts(parsed.relations("verb"))
    assert ("Forum", KG.wroteTo, "Reyes") in found
    assert ("Guild", KG.wroteTo, "Reyes") not in found


def test_relations_the_bodies_of_a_list_act_together(extract: Extract) -> None:
    corpus = extract(
        "Unions accept offer\n"
        "The Harbour Authority made a pay offer to port staff. "
        "The minister said the pay offer had worked after the Dock Workers Guild, the Society "
        "of Harbour Clerks and the Pilots Association accepted the offer.\n"
    )
    assert _labels(corpus, KG.supports) >= {
        ("Society of Harbour Clerks", "pay offer"),
        ("Pilots Association", "pay offer"),
    }


def _modality(corpus: Corpus, subject: str, obj: str) -> set[object]:
    names = {e.key: e.label for e in corpus.entities}
    return {
        r.modality
        for r in corpus.relations
        if r.predicate == KG.supports and (names[r.subject], names[r.object]) == (subject, obj)
    }


def test_relations_a_clause_of_time_in_the_past_is_asserted(extract: Extract) -> None:
    corpus = extract(
        "Port levy\n"
        "The Harbour Authority proposed a berth levy in March. "
        "The minister has claimed the berth levy is a success after the Pilots Association "
        "backed the levy.\n"
    )
    assert _modality(corpus, "Pilots Association", "berth levy") == {KG.Asserted}


def test_relations_a_clause_of_time_to_come_is_not_asserted(extract: Extract) -> None:
    corpus = extract(
        "Port levy\n"
        "The Harbour Authority proposed a berth levy in March. "
        "The minister may claim the berth levy is a success once the Pilots Association has "
        "backed the levy.\n"
    )
    assert KG.Asserted not in _modality(corpus, "Pilots Association", "berth levy")


def test_relations_they_unresolved_is_the_bodies_of_the_plural_subject_before() -> None:
    """ "The executives of Guild and Forum met. They wrote to Reyes.": "they", which
    resolution leaves alone, keeps the plural subject before it."""
    rows = """
    The         DET   det    1
    executives  NOUN  nsubj  6  executive NNS
    of          ADP   prep   1
    Guild       PROPN pobj   2
    and         CCONJ cc     3
    Forum       PROPN conj   3
    met         VERB  ROOT   6  meet
    .           PUNCT punct  6
    They        PRON  nsubj  9  they PRP
    wrote       VERB  ROOT   9  write
    to          ADP   prep   9
    Reyes       PROPN pobj   10
    .           PUNCT punct  9
    """
    parsed = build(
        rows, names=[("Guild", KG.TradeUnion), ("Forum", KG.TradeUnion), ("Reyes", KG.Person)]
    )
    assert facts(parsed.relations("verb")) == {
        ("Guild", KG.wroteTo, "Reyes"),
        ("Forum", KG.wroteTo, "Reyes"),
    }


def test_relations_they_after_a_plural_subject_of_people_is_no_body() -> None:
    """ "Guild and Forum met. Members said they wrote to Reyes.": the plural subject before
    "they" names no bodies."""
    rows = """
    Guild       PROPN nsubj  3
    and         CCONJ cc     0
    Forum       PROPN conj   0
    met         VERB  ROOT   3  meet
    .           PUNCT punct  3
    Members     NOUN  nsubj  6  member NNS
    said        VERB  ROOT   6  say
    they        PRON  nsubj  8  they PRP
    wrote       VERB  ccomp  6  write
    to          ADP   prep   8
    Reyes       PROPN pobj   9
    .           PUNCT punct  6
    """
    parsed = build(
        rows, names=[("Guild", KG.TradeUnion), ("Forum", KG.TradeUnion), ("Reyes", KG.Person)]
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_name_hung_on_a_plural_noun_of_bodies_is_a_subject() -> None:
    """ "Guild and trade unions condemned the levy.": the parser reads "(Guild and trade)
    unions"; Guild is joined to the unions, so it condemns the levy too."""
    rows = """
    Guild     PROPN nmod   3 -       NNP
    and       CCONJ cc     0 -       CC
    trade     NOUN  conj   0 -       NN
    unions    NOUN  nsubj  4 union   NNS
    condemned VERB  ROOT   4 condemn VBD
    the       DET   det    6 -       DT
    levy      NOUN  dobj   4 -       NN
    .         PUNCT punct  4 -       .
    """
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)])
    assert ("Guild", KG.opposes, "levy") in facts(parsed.relations("verb"))


def test_relations_a_name_modifying_a_plural_noun_of_people_is_no_subject() -> None:
    """ "Guild and council staff condemned the levy.": staff are no bodies; "Guild" may
    modify "staff" (Guild staff and council staff), so no one is read."""
    rows = """
    Guild     PROPN nmod   3 -       NNP
    and       CCONJ cc     0 -       CC
    council   NOUN  conj   0 -       NN
    staff     NOUN  nsubj  4 staff   NNS
    condemned VERB  ROOT   4 condemn VBD
    the       DET   det    6 -       DT
    levy      NOUN  dobj   4 -       NN
    .         PUNCT punct  4 -       .
    """
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)])
    assert not any(s == "Guild" for s, _, _ in facts(parsed.relations("verb")))


def test_relations_a_second_subject_after_a_dangling_and_is_a_subject() -> None:
    """ "Minister Hale and adviser Reeve wrote to Dale.": the parser hangs "Reeve" on the verb
    as a second subject, leaving "and" on "Hale"; both write."""
    rows = """
    Minister PROPN compound 1
    Hale     PROPN nsubj    5
    and      CCONJ cc       1
    adviser  NOUN  compound 4
    Reeve    PROPN nsubj    5
    wrote    VERB  ROOT     5  write
    to       ADP   prep     5
    Dale     PROPN pobj     6
    .        PUNCT punct    5
    """
    names = [("Hale", KG.Person), ("Reeve", KG.Person), ("Dale", KG.Person)]
    parsed = build(rows, names=names)
    assert facts(parsed.relations("verb")) == {
        ("Hale", KG.wroteTo, "Dale"),
        ("Reeve", KG.wroteTo, "Dale"),
    }


def test_relations_who_asks_to_act_with_a_second_subject_asks_no_one_of_them() -> None:
    """ "Hale and Reeve asked to meet Dale.": neither is asked by the other."""
    rows = """
    Hale     PROPN nsubj    3
    and      CCONJ cc       0
    Reeve    PROPN nsubj    3
    asked    VERB  ROOT     3  ask
    to       PART  aux      5
    meet     VERB  xcomp    3  meet
    Dale     PROPN dobj     5
    .        PUNCT punct    3
    """
    names = [("Hale", KG.Person), ("Reeve", KG.Person), ("Dale", KG.Person)]
    parsed = build(rows, names=names)
    assert not any({s, o} == {"Hale", "Reeve"} for s, _, o in facts(parsed.relations("directive")))


def test_relations_a_verb_of_asking_joined_to_what_is_said_is_the_speakers() -> None:
    """ "Hale said the levy was fair and urged Guild to act.": the parser joins "urged" to the
    reported "was"; a levy urges no one, so Hale does."""
    rows = """
    Hale     PROPN nsubj    1
    said     VERB  ROOT     1  say    VBD
    the      DET   det      3
    levy     NOUN  nsubj    4
    was      AUX   ccomp    1  be     VBD
    fair     ADJ   acomp    4
    and      CCONJ cc       4
    urged    VERB  conj     4  urge   VBD
    Guild    PROPN dobj     7
    to       PART  aux      10
    act      VERB  xcomp    7  act    VB
    .        PUNCT punct    1
    """
    names = [("Hale", KG.Person), ("levy", KG.Policy), ("Guild", KG.TradeUnion)]
    parsed = build(rows, names=names)
    assert ("Hale", KG.urges, "Guild") in facts(parsed.relations("directive"))
