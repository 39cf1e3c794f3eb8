"""it, its, they, their: which entity they point to, on hand-built parses."""

from __future__ import annotations

from handmade import make_doc, resolved_of

from kg.extract.entities.resolved import ResolvedDocument


def _label(resolved: ResolvedDocument, index: int) -> str | None:
    key = resolved.pronouns.get(index)
    return resolved.by_key[key].label if key is not None else None


COUNCIL_OFFER = """
    Tenby    NNP PROPN compound 1  -  B-ORG
    Council  NNP PROPN nsubj    2  -  I-ORG
    made     VBD VERB  ROOT     2  make
    a        DT  DET   det      5
    parking  NN  NOUN  compound 5
    offer    NN  NOUN  dobj     2
    .        .   PUNCT punct    2
"""


def test_pronouns_it_subject_of_a_passive_is_the_proposal() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        It       PRP PRON  nsubjpass 10 it
        would    MD  AUX   aux       10
        be       VB  AUX   auxpass   10
        backdated VBN VERB ROOT      10 backdate
        .        .   PUNCT punct     10
        """
    )
    assert _label(resolved_of(doc), 7) == "parking offer"


def test_pronouns_it_accepted_is_the_proposal() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        Staff    NNS NOUN  nsubj 8  staff
        accepted VBD VERB  ROOT  8  accept
        it       PRP PRON  dobj  8  it
        .        .   PUNCT punct 8
        """
    )
    assert _label(resolved_of(doc), 9) == "parking offer"


def test_pronouns_it_standing_for_a_clause_points_to_nothing() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        It       PRP PRON  nsubj 8  it
        remains  VBZ VERB  ROOT  8  remain
        unclear  JJ  ADJ   acomp 8
        whether  IN  SCONJ mark  12
        staff    NNS NOUN  nsubj 12
        will     MD  AUX   aux   12
        strike   VB  VERB  ccomp 8
        .        .   PUNCT punct 8
        """
    )
    assert _label(resolved_of(doc), 7) is None


def test_pronouns_it_acting_is_still_the_organisation() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        It       PRP PRON  nsubj 8  it
        said     VBD VERB  ROOT  8  say
        so       RB  ADV   advmod 8
        .        .   PUNCT punct 8
        """
    )
    assert _label(resolved_of(doc), 7) == "Tenby Council"


def test_pronouns_they_after_a_plural_noun_is_not_the_organisation() -> None:
    doc = make_doc(
        """
        Tenby    NNP PROPN compound 1  -  B-ORG
        Council  NNP PROPN nsubj    2  -  I-ORG
        urged    VBD VERB  ROOT     2  urge
        staff    NNS NOUN  dobj     2  staff
        to       TO  PART  aux      5
        say      VB  VERB  xcomp    2  say
        whether  IN  SCONJ mark     8
        they     PRP PRON  nsubj    8  they
        agree    VBP VERB  ccomp    5
        .        .   PUNCT punct    2
        """
    )
    assert _label(resolved_of(doc), 7) is None


def test_pronouns_they_after_members_of_an_organisation_is_the_organisation() -> None:
    doc = make_doc(
        """
        Members  NNS NOUN  nsubj    4  member
        of       IN  ADP   prep     0
        Tenby    NNP PROPN compound 3  -  B-ORG
        Council  NNP PROPN pobj     1  -  I-ORG
        met      VBD VERB  ROOT     4  meet
        where    WRB ADV   advmod   7
        they     PRP PRON  nsubj    7  they
        talked   VBD VERB  advcl    4  talk
        .        .   PUNCT punct    4
        """
    )
    assert _label(resolved_of(doc), 6) == "Tenby Council"
