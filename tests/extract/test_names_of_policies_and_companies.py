"""Capitalised names of benefits, duties and schemes (``lex:policyNameWord``) are policies;
a company's or news outlet's first word alone is that body; a name set beside a kind of body
is a body, whatever its head noun; a broadcast named in capitals is an outlet; on hand-built
parses of sentences written for the tests."""

from __future__ import annotations

from doc_builder import make_doc, mentions_of, resolved_of

from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _kept(name: list[str], entity: str = "O") -> dict[str, object]:
    """ "The union wants <name> kept." with the name's words as proper nouns, read by the
    model as ``entity`` (an IOB label, or none)."""
    head = 3 + len(name)  # the name's last word
    rows = ["The DET det 1", "union NOUN nsubj 2", "wants VERB ROOT 2 want", f"the DET det {head}"]
    for i, word in enumerate(name):
        tag = "O" if entity == "O" else ("B-" if i == 0 else "I-") + entity
        dep = "dobj" if i == len(name) - 1 else "compound"
        rows.append(f"{word} PROPN {dep} {2 if dep == 'dobj' else head} - NNP {tag}")
    rows += ["kept VERB ccomp 2 keep", ". PUNCT punct 2"]
    doc = make_doc("\n".join(rows))
    return {m.text: core_class(m.type) for m in mentions_of(doc).mentions}


def test_a_name_ending_in_a_word_of_a_benefit_is_a_policy_where_the_model_saw_no_name() -> None:
    assert _kept(["Warm", "Home", "Discount"]).get("Warm Home Discount") == KG.Proposal


def test_a_name_the_model_reads_as_an_organisation_is_a_policy_by_its_last_word() -> None:
    names = _kept(["Winter", "Fuel", "Allowance"], entity="ORG")
    assert names.get("Winter Fuel Allowance") == KG.Proposal


def test_a_name_the_model_reads_as_a_person_is_a_policy_by_its_last_word() -> None:
    assert _kept(["Pension", "Credit"], entity="PERSON").get("Pension Credit") == KG.Proposal


def test_a_word_of_a_benefit_that_does_not_end_the_name_leaves_it_a_body() -> None:
    names = _kept(["Pension", "Credit", "Office"], entity="ORG")
    assert names.get("Pension Credit Office") == KG.Organisation


def test_a_one_word_name_is_no_policy() -> None:
    assert _kept(["Allowance"]).get("Allowance") != KG.Proposal


def test_a_bracketed_acronym_of_a_duty_is_the_duty() -> None:
    doc = make_doc(
        """
        Ofcom       PROPN nsubj    1  -      NNP B-ORG
        reviewed    VERB  ROOT     1  review VBD
        the         DET   det      5
        Universal   PROPN compound 5  -      NNP B-ORG
        Service     PROPN compound 5  -      NNP I-ORG
        Obligation  PROPN dobj     1  -      NNP I-ORG
        (           PUNCT punct    7
        USO         PROPN appos    5  -      NNP B-ORG
        )           PUNCT punct    7
        .           PUNCT punct    1
        """
    )
    names = {m.text: core_class(m.type) for m in mentions_of(doc).mentions}
    assert names.get("Universal Service Obligation") == KG.Proposal
    assert names.get("USO") == KG.Proposal


def test_an_outlets_first_word_alone_is_the_outlet() -> None:
    doc = make_doc(
        """
        Officials NOUN  nsubj    1  official NNS
        told      VERB  ROOT     1  tell     VBD
        Sky       PROPN dobj     1  -        NNP B-PERSON
        that      SCONJ mark     6
        talks     NOUN  nsubj    6  talk     NNS
        had       AUX   aux      6  have     VBD
        ended     VERB  ccomp    1  end      VBN
        .         PUNCT punct    1
        Sky       PROPN compound 9  -        NNP B-ORG
        News      PROPN nsubj    10 -        NNP I-ORG
        reported  VERB  ROOT     10 report   VBD
        it        PRON  dobj     10
        .         PUNCT punct    10
        """
    )
    resolved = resolved_of(doc)
    outlets = [e for e in resolved.entities if "Sky" in (e.label, *e.aliases)]
    assert [(e.label, core_class(e.type)) for e in outlets] == [("Sky News", KG.Organisation)]


def test_a_companys_first_word_read_as_a_place_is_the_company() -> None:
    doc = make_doc(
        """
        Talks     NOUN  nsubj    4  talk    NNS
        with      ADP   prep     0
        Jingye    PROPN pobj     1  -       NNP B-GPE
        have      AUX   aux      4  have    VBP
        failed    VERB  ROOT     4  fail    VBN
        ,         PUNCT punct    8
        Jingye    PROPN compound 7  -       NNP B-ORG
        Group     PROPN nsubj    8  -       NNP I-ORG
        said      VERB  parataxis 4 say     VBD
        .         PUNCT punct    4
        """
    )
    resolved = resolved_of(doc)
    owners = [e for e in resolved.entities if "Jingye" in (e.label, *e.aliases)]
    assert len(owners) == 1
    assert core_class(owners[0].type) == KG.Organisation
    assert "Jingye Group" in (owners[0].label, *owners[0].aliases)


def test_a_unions_first_word_alone_is_not_made_its_committee() -> None:
    doc = make_doc(
        """
        Ferrin    PROPN nsubj    1  -       NNP B-PERSON
        wrote     VERB  ROOT     1  write   VBD
        to        ADP   prep     1
        the       DET   det      5
        Ferrin    PROPN compound 5  -       NNP B-ORG
        Council   PROPN pobj     2  -       NNP I-ORG
        .         PUNCT punct    1
        """
    )
    names = {m.text: core_class(m.type) for m in mentions_of(doc).mentions}
    assert names.get("Ferrin") == KG.Person


def test_a_name_ending_in_a_proposals_noun_beside_a_kind_of_body_is_a_body_everywhere() -> None:
    """ "Stop Port Expansion, a campaign group, said so. Jo Lind joined Stop Port Expansion.":
    the group is named like a proposal ("expansion"), but the apposition says it is a body,
    and so it is where it is named again."""
    doc = make_doc(
        """
        Stop      VERB  ROOT     0  stop      VB  B-ORG
        Port      PROPN compound 2  -         NNP I-ORG
        Expansion PROPN dobj     0  -         NNP I-ORG
        ,         PUNCT punct    2
        a         DET   det      6
        campaign  NOUN  compound 6  campaign  NN
        group     NOUN  appos    2  group     NN
        ,         PUNCT punct    0
        said      VERB  dep      0  say       VBD
        so        ADV   advmod   8
        .         PUNCT punct    8
        Jo        PROPN compound 12 -         NNP B-PERSON
        Lind      PROPN nsubj    13 -         NNP I-PERSON
        joined    VERB  ROOT     13 join      VBD
        Stop      VERB  dobj     13 stop      VB  B-ORG
        Port      PROPN compound 16 -         NNP I-ORG
        Expansion PROPN dobj     14 -         NNP I-ORG
        .         PUNCT punct    13
        """
    )
    kinds = {(m.text, core_class(m.type)) for m in mentions_of(doc).mentions}
    assert ("Stop Port Expansion", KG.Organisation) in kinds
    assert ("Stop Port Expansion", KG.Proposal) not in kinds


def test_a_broadcast_named_in_capitals_is_a_news_organisation() -> None:
    """ "Jo Lind told the Weekend Review programme that fares would rise": the programme is
    an outlet she tells, named by its own name before "programme"."""
    doc = make_doc(
        """
        Jo        PROPN compound 1  -       NNP B-PERSON
        Lind      PROPN nsubj    2  -       NNP I-PERSON
        told      VERB  ROOT     2  tell    VBD
        the       DET   det      6
        Weekend   PROPN compound 5  -       NNP
        Review    PROPN compound 6  -       NNP
        programme NOUN  dobj     2  programme NN
        that      SCONJ mark     10
        fares     NOUN  nsubj    10 fare    NNS
        would     AUX   aux      10 would   MD
        rise      VERB  ccomp    2  rise    VB
        .         PUNCT punct    2
        """
    )
    names = {m.text: m.type for m in mentions_of(doc).mentions}
    assert names.get("Weekend Review programme") == KG.NewsOrganisation
    assert "Weekend Review" not in names
