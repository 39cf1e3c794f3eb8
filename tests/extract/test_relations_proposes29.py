"""proposes29: asking for something new puts it forward, asking for what is there backs it
("called for a ferry levy" proposes it, "called for the ferry levy" or "demanded the ferry
levy" supports it; "urged the Board to introduce a ferry levy"), a participle of asking hung
on the addressee of a letter is the writer's ("wrote to the minister calling for him to launch
an inquiry"), coordinated plans share what is said of the first ("the Board's plans to close
the depot and to cut fares"), a think tank's estimate of what a proposal does is advice, not a
side taken, a news outlet revealing a plan reports it, and what is denied is negated.
Hand-built parses of sentences written for the test, and real parses."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

CALL_NAMES = [("Guild", KG.TradeUnion), ("ferry levy", KG.Policy)]
NAMES = [*CALL_NAMES, ("Board", KG.GovernmentBody)]


def _called_for(article: str) -> set[tuple[str, object, str]]:
    """ "The Guild called for <article> ferry levy." """
    parsed = build(
        f"""
        The      DET   det      1
        Guild    PROPN nsubj    2
        called   VERB  ROOT     2 call
        for      ADP   prep     2
        {article} DET  det      6
        ferry    NOUN  compound 6
        levy     NOUN  pobj     3
        .        PUNCT punct    2
        """,
        names=CALL_NAMES,
    )
    return facts(parsed.relations("verb"))


def test_relations_calling_for_a_new_proposal_puts_it_forward() -> None:
    assert _called_for("a") == {("Guild", KG.proposes, "ferry levy")}


def test_relations_calling_for_a_proposal_already_there_backs_it() -> None:
    assert _called_for("the") == {("Guild", KG.supports, "ferry levy")}


def test_relations_calling_for_someones_proposal_backs_it() -> None:
    """ "The Guild called for its ferry levy.": a possessed proposal is there already."""
    rows = """
        The      DET   det      1
        Guild    PROPN nsubj    2
        called   VERB  ROOT     2 call
        for      ADP   prep     2
        its      PRON  poss     6
        ferry    NOUN  compound 6
        levy     NOUN  pobj     3
        .        PUNCT punct    2
        """
    found = facts(build(rows, names=CALL_NAMES).relations("verb"))
    assert found == {("Guild", KG.supports, "ferry levy")}


def _demanded(article: str) -> set[tuple[str, object, str]]:
    """ "The Guild demanded <article> ferry levy." """
    parsed = build(
        f"""
        The      DET   det      1
        Guild    PROPN nsubj    2
        demanded VERB  ROOT     2 demand
        {article} DET  det      5
        ferry    NOUN  compound 5
        levy     NOUN  dobj     2
        .        PUNCT punct    2
        """,
        names=CALL_NAMES,
    )
    return facts(parsed.relations("verb"))


def test_relations_demanding_a_new_proposal_puts_it_forward() -> None:
    assert _demanded("a") == {("Guild", KG.proposes, "ferry levy")}


def test_relations_demanding_a_proposal_already_there_backs_it() -> None:
    """ "The Guild demanded the ferry levy": someone else's, or one named before."""
    assert _demanded("the") == {("Guild", KG.supports, "ferry levy")}


def test_relations_a_call_for_a_new_proposal_puts_it_forward() -> None:
    """ "The Guild's call for a ferry levy was heard." """
    parsed = build(
        """
        The      DET   det      1
        Guild    PROPN poss     3
        's       PART  case     1
        call     NOUN  nsubjpass 9
        for      ADP   prep     3
        a        DET   det      7
        ferry    NOUN  compound 7
        levy     NOUN  pobj     4
        was      AUX   auxpass  9 be
        heard    VERB  ROOT     9 hear
        .        PUNCT punct    9
        """,
        names=CALL_NAMES,
    )
    assert facts(parsed.relations("noun")) == {("Guild", KG.proposes, "ferry levy")}


def _urged(article: str, negated: bool = False) -> set[tuple[str, object, str]]:
    """ "The Guild urged the Board [not] to introduce <article> ferry levy." """
    rows = [
        "The       DET   det      1",
        "Guild     PROPN nsubj    2",
        "urged     VERB  ROOT     2 urge",
        "the       DET   det      4",
        "Board     PROPN dobj     2",
        "to        PART  aux      6",
        "introduce VERB  xcomp    2",
        f"{article} DET  det      9",
        "ferry     NOUN  compound 9",
        "levy      NOUN  dobj     6",
        ".         PUNCT punct    2",
    ]
    if negated:
        rows.insert(5, "not       PART  neg      7")
        rows = [_shifted(row, 5) for row in rows]
    parsed = build("\n".join(rows), names=NAMES)
    return {f for f in facts(parsed.relations("directive")) if f[1] != KG.urges}


def _shifted(row: str, at: int) -> str:
    """The row with its head moved one on when the head is past a token inserted at ``at``
    (the inserted row names its own head)."""
    word, pos, dep, head, *rest = row.split()
    if dep != "neg" and int(head) >= at:
        head = str(int(head) + 1)
    return " ".join([word, pos, dep, head, *rest])


def test_relations_asking_others_to_bring_in_a_new_proposal_puts_it_forward() -> None:
    assert _urged("a") == {("Guild", KG.proposes, "ferry levy")}


def test_relations_asking_others_to_bring_in_a_proposal_already_there_backs_it() -> None:
    assert _urged("the") == {("Guild", KG.supports, "ferry levy")}


def test_relations_asking_others_not_to_bring_in_a_proposal_opposes_it() -> None:
    assert _urged("the", negated=True) == {("Guild", KG.opposes, "ferry levy")}


# "The Guild has written to the minister calling for him to launch an inquiry.", with the
# participle hung on the addressee as the parser hangs it
WROTE_CALLING = """
    The      DET   det      1
    Guild    PROPN nsubj    3
    has      AUX   aux      3 have
    written  VERB  ROOT     3 write VBN
    to       ADP   prep     3
    the      DET   det      6
    minister NOUN  pobj     4
    calling  VERB  acl      6 call VBG
    for      SCONJ mark     11
    him      PRON  nsubj    11 he
    to       PART  aux      11
    launch   VERB  advcl    7
    an       DET   det      14
    ferry    NOUN  compound 14
    inquiry  NOUN  dobj     11
    .        PUNCT punct    3
"""
WROTE_NAMES = [
    ("Guild", KG.TradeUnion),
    ("minister", KG.Person, "Reyes"),
    ("ferry inquiry", KG.Policy),
]


def test_relations_a_participle_of_asking_after_the_addressee_is_the_writers() -> None:
    parsed = build(WROTE_CALLING, names=WROTE_NAMES, pronouns={9: "Reyes"})
    assert ("Guild", KG.proposes, "ferry inquiry") in facts(parsed.relations("directive"))


def test_relations_a_participle_after_the_object_of_another_verb_is_not_the_subjects() -> None:
    """ "The Guild has paid to the minister calling for ...": paying is no communication, so
    the participle is read as the minister's, not the Guild's."""
    rows = WROTE_CALLING.replace("written  VERB  ROOT     3 write", "paid     VERB  ROOT     3 pay")
    parsed = build(rows, names=WROTE_NAMES, pronouns={9: "Reyes"})
    assert not any(s == "Guild" for s, _, _ in facts(parsed.relations("directive")))


def _found(corpus: Corpus) -> set[tuple[str, object, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}


def test_relations_calling_for_a_new_tax_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Ferry fares\nThe Ferry Workers Union has called for a windfall tax.\n")
    assert ("Ferry Workers Union", KG.proposes, "windfall tax") in _found(corpus)


def test_relations_asking_for_an_inquiry_in_a_letter_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry safety\n"
        "The Ferry Workers Union has written to the transport secretary calling for him to "
        "launch an independent inquiry into the harbour board.\n"
    )
    proposed = {o for s, p, o in _found(corpus) if s == "Ferry Workers Union" and p == KG.proposes}
    assert any("inquiry" in o for o in proposed)


# "Unite welcomed the Board's plans to close the depot and to cut fares."
COORDINATED = """
    Unite    PROPN nsubj    1
    welcomed VERB  ROOT     1 welcome
    the      DET   det      3
    Board    PROPN poss     5
    's       PART  case     3
    plans    NOUN  dobj     1 plan
    to       PART  aux      7
    close    VERB  acl      5 - VB
    the      DET   det      9
    depot    NOUN  dobj     7
    and      CCONJ cc       7
    to       PART  aux      12
    cut      VERB  conj     7 - VB
    fares    NOUN  dobj     12 fare
    .        PUNCT punct    1
"""
COORDINATED_NAMES = [
    ("Unite", KG.TradeUnion),
    ("Board", KG.GovernmentBody),
    ("plans to close the depot", KG.Plan),
    ("cut fares", KG.Reform),
]


def test_relations_a_stance_on_plans_takes_it_on_the_coordinated_plan_too() -> None:
    parsed = build(COORDINATED, names=COORDINATED_NAMES)
    assert facts(parsed.relations("verb")) == {
        ("Unite", KG.welcomes, "plans to close the depot"),
        ("Unite", KG.welcomes, "cut fares"),
    }


def test_relations_the_owner_of_plans_owns_the_coordinated_plan_too() -> None:
    parsed = build(COORDINATED, names=COORDINATED_NAMES)
    assert facts(parsed.relations("possessive")) == {
        ("Board", KG.proposes, "plans to close the depot"),
        ("Board", KG.proposes, "cut fares"),
    }


def test_relations_a_verb_coordinated_with_no_infinitive_shares_nothing() -> None:
    """ "Unite welcomed the Board's plans to close the depot and cut fares": read here with
    "cut" coordinated with "welcomed" (its own clause), no plan is shared."""
    rows = COORDINATED.replace("to       PART  aux      12\n", "to       PART  aux      7\n")
    rows = rows.replace("cut      VERB  conj     7 - VB", "cut      VERB  conj     1 - VB")
    rows = rows.replace("and      CCONJ cc       7", "and      CCONJ cc       1")
    parsed = build(rows, names=COORDINATED_NAMES)
    assert ("Unite", KG.welcomes, "cut fares") not in facts(parsed.relations("verb"))


def test_relations_coordinated_plans_announced_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry fares\n"
        "The Department for Transport announced plans to close the depot and to cut bus fares.\n"
    )
    announced = {o for s, p, o in _found(corpus) if p == KG.announces}
    assert any("cut" in o for o in announced) and any("close" in o for o in announced)


def _said_would_protect(speaker: str, cls: object) -> set[tuple[str, object, str]]:
    """ "<speaker> said the levy would protect jobs." """
    parsed = build(
        f"""
        {speaker} PROPN nsubj    1
        said     VERB  ROOT     1 say
        the      DET   det      3
        levy     NOUN  nsubj    5
        would    AUX   aux      5
        protect  VERB  ccomp    1
        jobs     NOUN  dobj     5 job
        .        PUNCT punct    1
        """,
        names=[(speaker, cls), ("levy", KG.Policy)],
    )
    return facts(parsed.relations("evaluation", "analysis"))


def test_relations_a_union_saying_a_proposal_does_good_supports_it() -> None:
    assert _said_would_protect("Guild", KG.TradeUnion) == {("Guild", KG.supports, "levy")}


def test_relations_a_think_tank_saying_what_a_proposal_does_advises_on_it() -> None:
    """ "The Institute said the levy would protect jobs": an estimate, analysis, no side."""
    assert _said_would_protect("Institute", KG.ThinkTank) == {("Institute", KG.advisesOn, "levy")}


def _revealed(subject: str, cls: object) -> set[tuple[str, object, str]]:
    """ "<subject> revealed the ferry levy." """
    parsed = build(
        f"""
        {subject} PROPN nsubj    1
        revealed VERB  ROOT     1 reveal
        the      DET   det      4
        ferry    NOUN  compound 4
        levy     NOUN  dobj     1
        .        PUNCT punct    1
        """,
        names=[(subject, cls), ("ferry levy", KG.Policy)],
    )
    return facts(parsed.relations("verb"))


def test_relations_a_body_revealing_a_proposal_puts_it_forward() -> None:
    assert _revealed("Board", KG.GovernmentBody) == {("Board", KG.announces, "ferry levy")}


def test_relations_a_news_outlet_revealing_a_proposal_puts_nothing_forward() -> None:
    """ "The Courier revealed the ferry levy": it reports another's plan."""
    assert _revealed("Courier", KG.NewsOrganisation) == set()


def test_relations_a_news_outlet_revealing_a_plan_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry levy\nThe Guardian revealed the Treasury's plan to introduce a new ferry levy.\n"
    )
    assert not any(s == "Guardian" for s, _, _ in _found(corpus))


def _modality_under(verb: str, lemma: str) -> set[tuple[str, object, str, object]]:
    """ "The Guild <verb> it was backing the levy." """
    parsed = build(
        f"""
        The      DET   det      1
        Guild    PROPN nsubj    2
        {verb}   VERB  ROOT     2 {lemma}
        it       PRON  nsubj    5
        was      AUX   aux      5 be
        backing  VERB  ccomp    2 back
        the      DET   det      7
        levy     NOUN  dobj     5
        .        PUNCT punct    2
        """,
        names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)],
        pronouns={3: "Guild"},
    )
    return {(r.subject, r.predicate, r.object, r.modality) for r in parsed.relations("verb")}


def test_relations_a_clause_denied_is_negated() -> None:
    assert _modality_under("denied", "deny") == {("Guild", KG.supports, "levy", KG.Negated)}


def test_relations_a_clause_said_is_reported() -> None:
    assert _modality_under("said", "say") == {("Guild", KG.supports, "levy", KG.Reported)}
