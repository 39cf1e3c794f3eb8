"""w2supp: proposing and supporting read from a possessive written with the apostrophe alone
("Mr Harris’ proposals"), from "would" in what a noun of announcing says of its owner ("the
Board's announcement that it would accept the award"), from "talking up" a proposal and from
calling one essential or vital. Hand-built parses of sentences written for the test, and real
parses."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, context_of, facts, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.relations.grammar import conjuncts
from kg.model import Corpus
from kg.rdf.namespaces import KG

# ------------------------------------------------------------------ "Mr Harris’ proposals"

# "Reyes backed Mr Harris’ proposals on fares.": the apostrophe is the possessive's case marker
APOSTROPHE = """
Reyes      PROPN nsubj    1  -         NNP
backed     VERB  ROOT     1  back      VBD
Mr         PROPN compound 3  -         NNP
Harris     PROPN poss     5  -         NNP
’          PUNCT case     3  '         ''
proposals  NOUN  dobj     1  proposal  NNS
on         ADP   prep     5  -         IN
fares      NOUN  pobj     6  fare      NNS
.          PUNCT punct    1  -         .
"""


def test_w2supp_apostrophe_alone_ends_the_owner_not_the_name() -> None:
    """The name is "proposals" ("Mr Harris’ proposals" only a longer form with its owner, as
    "the Board's proposals" is), as with "Harris’s"."""
    first = next(iter(head_noun_phrases(context_of(make_doc(APOSTROPHE)))))
    assert first.span.text == "proposals"


def test_w2supp_owner_marked_by_the_apostrophe_alone_proposes() -> None:
    parsed = build(
        APOSTROPHE,
        names=[("Reyes", KG.Person), ("Mr Harris", KG.Person), ("proposals", KG.Proposal)],
    )
    assert ("Mr Harris", KG.proposes, "proposals") in facts(parsed.relations("possessive"))


def test_w2supp_apostrophe_alone_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Fares\nJo Reyes has agreed to Mr Harris’ proposals on rail fares.\n")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Harris", KG.proposes, "proposals on rail fares") in found


# ------------------------------------------------------------------ "its announcement that it would"


def _announced(owner: str, noun: str, subject: str = "it") -> str:
    """ "Acme's announcement that it would accept the levy." """
    pos = "PRON" if subject == "it" else "PROPN"
    return f"""
    Following  VERB  ROOT     0  follow
    {owner}    PROPN poss     3
    's         PART  case     1
    {noun}     NOUN  pobj     0
    that       SCONJ mark     7
    {subject}  {pos} nsubj    7
    would      AUX   aux      7
    accept     VERB  acl      3
    the        DET   det      9
    levy       NOUN  dobj     7
    .          PUNCT punct    0
    """


ACME = [("Acme", KG.GovernmentBody), ("levy", KG.Policy)]
BOTH = [("Unite", KG.TradeUnion), *ACME]


def test_w2supp_would_in_the_owners_announcement_is_planned() -> None:
    parsed = build(_announced("Acme", "announcement"), names=ACME, pronouns={5: "Acme"})
    assert parsed.context().modality(parsed.token("accept")) == KG.Planned
    found = {(r.subject, r.predicate, r.object): r.modality for r in parsed.find()}
    assert found[("Acme", KG.supports, "levy")] == KG.Planned


def test_w2supp_would_said_of_another_than_the_owner_stays_conditional() -> None:
    """ "Unite's announcement that Acme would accept the levy": Unite foretells, Acme pledges
    nothing."""
    parsed = build(_announced("Unite", "announcement", "Acme"), names=BOTH)
    assert parsed.context().modality(parsed.token("accept")) == KG.Conditional


def test_w2supp_would_after_a_noun_of_claiming_stays_conditional() -> None:
    """ "Acme's claim that it would accept the levy" is a claim, no pledge."""
    parsed = build(_announced("Acme", "claim"), names=ACME, pronouns={5: "Acme"})
    assert parsed.context().modality(parsed.token("accept")) == KG.Conditional


def test_w2supp_announcement_that_it_would_accept_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Police pay\nFollowing the Treasury’s announcement last week that it would accept the 4%"
        " pay rise, the Police Federation is to ballot its members.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate): r.modality for r in corpus.relations}
    assert found[("HM Treasury", KG.supports)] == KG.Planned


# ------------------------------------------------------------------ talking up, essential


def test_w2supp_talking_a_proposal_up_supports_it() -> None:
    parsed = build(
        """
        Reyes    PROPN nsubj 1
        talked   VERB  ROOT  1 talk
        up       ADP   prt   1
        the      DET   det   4
        levy     NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Reyes", KG.Person), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Reyes", KG.supports, "levy")}


def test_w2supp_talked_up_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry plan\nThe Harbour Board set out a new ferry plan on Monday. Jo Reyes, chair of"
        " the Ferry Guild, talked up the new ferry plan.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Jo Reyes", KG.supports, "new ferry plan") in found


# ------------------------------------------------------------------ apposition before a verb


def test_w2supp_apposition_right_before_a_finite_verb_is_no_second_agent() -> None:
    """ "the levy proposed by Acme, the Guild is to ballot": "the Guild" is the main clause's
    subject misread as Acme's apposition, so it proposes nothing."""
    parsed = build(
        """
        Against  ADP   ROOT     0
        the      DET   det      2
        levy     NOUN  pobj     0
        proposed VERB  acl      2  propose VBN
        by       ADP   agent    3
        Acme     PROPN pobj     4
        ,        PUNCT punct    5
        the      DET   det      8
        Guild    PROPN appos    5
        is       AUX   conj     0  be      VBZ
        to       PART  aux      11
        ballot   VERB  xcomp    9
        .        PUNCT punct    9
        """,
        names=[("Acme", KG.GovernmentBody), ("Guild", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Acme", KG.proposes, "levy")}


def test_w2supp_apposition_set_off_by_commas_is_the_same_actor() -> None:
    parsed = build(
        """
        the      DET   det      1
        levy     NOUN  ROOT     1
        proposed VERB  acl      1  propose VBN
        by       ADP   agent    2
        Acme     PROPN pobj     3
        ,        PUNCT punct    4
        the      DET   det      7
        Guild    PROPN appos    4
        ,        PUNCT punct    4
        .        PUNCT punct    1
        """,
        names=[("Acme", KG.GovernmentBody), ("Guild", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert ("Guild", KG.proposes, "levy") in facts(parsed.relations("verb"))


def test_w2supp_apposition_ending_a_subject_before_its_verb_is_kept() -> None:
    """ "Staff of the unions, Unite would join the strike": the verb has its subject, so the
    name is the apposition it was read as."""
    parsed = build(
        """
        Staff    NOUN  nsubj    7  staff
        of       ADP   prep     0
        the      DET   det      3
        unions   NOUN  pobj     1  union
        ,        PUNCT punct    3
        Unite    PROPN appos    3
        would    AUX   aux      7  would  MD
        join     VERB  ROOT     7
        the      DET   det      9
        strike   NOUN  dobj     7
        .        PUNCT punct    7
        """,
        names=[("Unite", KG.TradeUnion)],
    )
    assert parsed.token("Unite") in conjuncts(parsed.token("unions"))


# ------------------------------------------------------------------ manifestos

MANIFESTO = """
Acme       PROPN poss     2  -         NNP
's         PART  case     0  -         POS
2029       NUM   nummod   3  -         CD
manifesto  NOUN  nsubj    4  -         NN
promised   VERB  ROOT     4  promise   VBD
homes      NOUN  dobj     4  home      NNS
.          PUNCT punct    4  -         .
"""


def test_w2supp_a_manifesto_names_a_proposal() -> None:
    named = {c.span.text for c in head_noun_phrases(context_of(make_doc(MANIFESTO)))}
    assert "2029 manifesto" in named


def test_w2supp_the_owner_of_a_manifesto_proposes_it_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract("Party pledge\nIn its 2029 manifesto, the Green Party pledged new homes.\n")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert any(p == KG.proposes and o == "2029 manifesto" for _, p, o in found)
