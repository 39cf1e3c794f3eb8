"""Who puts a proposal forward (proposes5): a government named by a common noun before a
proposal, and a participle with its agent the tagger read as a past tense; each on a
hand-built parse, with one real parse each."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# ------------------------------------------------------------ "the government plan"


def _authors(rows: str, proposal: str) -> set[tuple[str, object, str]]:
    word = next(w for w in proposal.split() if w.lower() == "government")
    parsed = build(
        rows, names=[(proposal, KG.Proposal, "plan"), (word, KG.GovernmentBody, "Government")]
    )
    return facts(parsed.relations("author-modifier"))


GOVERNMENT_S = {("Government", KG.proposes, "plan")}


def test_relations_government_noun_before_a_particular_proposal_is_its_author() -> None:
    """ "the government plan", "a new government scheme": the government's own."""
    the_plan = """
        The         DET   det      2
        government  NOUN  compound 2
        plan        NOUN  nsubj    3 plan   NN
        lapsed      VERB  ROOT     3 lapse
        .           PUNCT punct    3
    """
    assert _authors(the_plan, "The government plan") == GOVERNMENT_S
    new_scheme = """
        A           DET   det      3
        new         ADJ   amod     3
        government  NOUN  compound 3
        scheme      NOUN  nsubj    4 scheme NN
        lapsed      VERB  ROOT     4 lapse
        .           PUNCT punct    4
    """
    assert _authors(new_scheme, "new government scheme") == GOVERNMENT_S


def test_relations_government_noun_before_a_plural_proposal_is_its_author() -> None:
    proposals = """
        Government  NOUN  compound 1
        proposals   NOUN  nsubj    2 proposal NNS
        lapsed      VERB  ROOT     2 lapse
        .           PUNCT punct    2
    """
    assert _authors(proposals, "Government proposals") == GOVERNMENT_S


def test_relations_government_noun_before_policy_in_general_is_no_author() -> None:
    """ "government policy": policy in general, nobody's particular proposal."""
    policy = """
        Government  NOUN  compound 1
        policy      NOUN  nsubj    2 policy NN
        changed     VERB  ROOT     2 change
        .           PUNCT punct    2
    """
    assert _authors(policy, "Government policy") == set()


def test_relations_local_government_is_no_author() -> None:
    """ "the local government pay offer": a tier of councils, not the government."""
    parsed = build(
        """
        The         DET   det      4
        local       ADJ   amod     2
        government  NOUN  compound 4
        pay         NOUN  compound 4
        offer       NOUN  nsubj    5
        lapsed      VERB  ROOT     5 lapse
        .           PUNCT punct    5
        """,
        names=[
            ("local government pay offer", KG.Proposal, "offer"),
            ("government", KG.GovernmentBody, "Government"),
        ],
    )
    assert parsed.relations("author-modifier") == []


def test_relations_government_investment_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Hospital news\nThe Government confirmed on Monday that hospitals would get more money.\n"
        "Unions said the £2bn government investment in hospital buildings was too small."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Government", KG.proposes, "£2bn government investment") in found


# ------------------------------------------- "the bill brought forward by the ministry"

BROUGHT_FORWARD = """
    Unions   NOUN  nsubj    1 union
    opposed  VERB  ROOT     1 oppose
    the      DET   det      4
    Roads    PROPN compound 4
    Bill     PROPN dobj     1
    brought  VERB  acl      4 bring    {tag}
    forward  ADP   prt      5
    by       ADP   agent    5
    the      DET   det      9
    ministry NOUN  pobj     7
    {tail}
    .        PUNCT punct    1
"""


def _brought_forward(tag: str, tail: str) -> set[tuple[str, object, str]]:
    parsed = build(
        BROUGHT_FORWARD.format(tag=tag, tail=tail),
        names=[("Roads Bill", KG.Policy), ("ministry", KG.GovernmentBody, "Ministry")],
    )
    return {f for f in facts(parsed.relations("verb")) if f[0] == "Ministry"}


def test_relations_participle_read_as_past_tense_keeps_its_agent() -> None:
    """The tagger often reads "brought", "made", "set" after a noun as a past tense; with its
    agent it is still the passive participle: the ministry brings the bill forward."""
    assert _brought_forward("VBD", "last   ADJ amod 11\nweek NOUN npadvmod 5") == {
        ("Ministry", KG.proposes, "Roads Bill")
    }


def test_relations_participle_with_agent_takes_its_noun_before_a_date() -> None:
    """ "brought forward by the ministry in March": the bill is what is brought forward, not
    the object of the preposition after it."""
    assert _brought_forward("VBN", "in ADP prep 5\nMarch PROPN pobj 10") == {
        ("Ministry", KG.proposes, "Roads Bill")
    }


def test_relations_bill_brought_forward_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Police news\nUnions opposed the Policing Bill brought forward by the Home Office in March."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Home Office", KG.proposes, "Policing Bill") in found


# ------------------------------------------------ "the ministry delayed the bill"

DELAYED = """
    The      DET   det      1
    {subject} nsubj    3
    has      AUX   aux      3
    delayed  VERB  ROOT     3 delay
    the      DET   det      6
    Roads    PROPN compound 6
    Bill     PROPN dobj     3
    .        PUNCT punct    3
"""


def _delayed(subject: str, cls: object) -> set[tuple[str, object, str]]:
    word = subject.split()[0]
    parsed = build(
        DELAYED.format(subject=subject), names=[(word, cls, "Delayer"), ("Roads Bill", KG.Policy)]
    )
    return facts(parsed.relations("postponement"))


def test_relations_an_organisation_putting_a_proposal_off_proposes_it() -> None:
    """Only the author of a proposal can put it off."""
    assert _delayed("ministry NOUN", KG.GovernmentBody) == {("Delayer", KG.proposes, "Roads Bill")}


def test_relations_a_person_or_legislature_putting_a_proposal_off_proposes_nothing() -> None:
    """A minister delaying a ban makes the delay theirs, not the ban; a legislature holds up
    someone else's bill."""
    assert _delayed("minister NOUN", KG.Person) == set()
    assert _delayed("Senate PROPN", KG.Legislature) == set()


def test_relations_pushing_back_plans_with_back_read_as_an_adjective() -> None:
    """ "pushes back plans for a levy": the parser tags "back" an adjective of "plans"."""
    parsed = build(
        """
        The      DET   det      1
        ministry NOUN  nsubj    2
        pushed   VERB  ROOT     2 push
        back     ADJ   amod     4
        plans    NOUN  dobj     2 plan
        for      ADP   prep     4
        a        DET   det      8
        sugar    NOUN  compound 8
        levy     NOUN  pobj     5
        .        PUNCT punct    2
        """,
        names=[("ministry", KG.GovernmentBody, "Ministry"), ("sugar levy", KG.Policy)],
    )
    assert facts(parsed.relations("postponement")) == {("Ministry", KG.proposes, "sugar levy")}


def test_relations_postponement_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "School news\nThe Department for Education has delayed the Teacher Pay Framework "
        "until 2026."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Department for Education", KG.proposes, "Teacher Pay Framework") in found
