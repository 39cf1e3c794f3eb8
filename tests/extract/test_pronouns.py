"""it, its, they, their: which entity they point to, on hand-built parses."""

from __future__ import annotations

from doc_builder import make_doc, resolved_of

from kg.extract.entities.resolved import ResolvedDocument


def _label(resolved: ResolvedDocument, index: int) -> str | None:
    key = resolved.pronouns.get(index)
    return resolved.by_key[key].label if key is not None else None


COUNCIL_OFFER = """
    Tenby PROPN compound 1 - NNP B-ORG
    Council PROPN nsubj 2 - NNP I-ORG
    made VERB ROOT 2 make VBD
    a DET det 5 - DT
    parking NOUN compound 5 - NN
    offer NOUN dobj 2 - NN
    . PUNCT punct 2 - .
"""


def test_pronouns_it_subject_of_a_passive_is_the_proposal() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        It PRON nsubjpass 10 it PRP
        would AUX aux 10 - MD
        be AUX auxpass 10 - VB
        backdated VERB ROOT 10 backdate VBN
        . PUNCT punct 10 - .
        """
    )
    assert _label(resolved_of(doc), 7) == "parking offer"


def test_pronouns_it_accepted_is_the_proposal() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        Staff NOUN nsubj 8 staff NNS
        accepted VERB ROOT 8 accept VBD
        it PRON dobj 8 it PRP
        . PUNCT punct 8 - .
        """
    )
    assert _label(resolved_of(doc), 9) == "parking offer"


def test_pronouns_it_standing_for_a_clause_points_to_nothing() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        It PRON nsubj 8 it PRP
        remains VERB ROOT 8 remain VBZ
        unclear ADJ acomp 8 - JJ
        whether SCONJ mark 12 - IN
        staff NOUN nsubj 12 - NNS
        will AUX aux 12 - MD
        strike VERB ccomp 8 - VB
        . PUNCT punct 8 - .
        """
    )
    assert _label(resolved_of(doc), 7) is None


def test_pronouns_it_acting_is_still_the_organisation() -> None:
    doc = make_doc(
        COUNCIL_OFFER
        + """
        It PRON nsubj 8 it PRP
        said VERB ROOT 8 say VBD
        so ADV advmod 8 - RB
        . PUNCT punct 8 - .
        """
    )
    assert _label(resolved_of(doc), 7) == "Tenby Council"


def test_pronouns_they_after_a_plural_noun_is_not_the_organisation() -> None:
    doc = make_doc(
        """
        Tenby PROPN compound 1 - NNP B-ORG
        Council PROPN nsubj 2 - NNP I-ORG
        urged VERB ROOT 2 urge VBD
        staff NOUN dobj 2 staff NNS
        to PART aux 5 - TO
        say VERB xcomp 2 say VB
        whether SCONJ mark 8 - IN
        they PRON nsubj 8 they PRP
        agree VERB ccomp 5 - VBP
        . PUNCT punct 2 - .
        """
    )
    assert _label(resolved_of(doc), 7) is None


def test_pronouns_they_after_members_of_an_organisation_is_the_organisation() -> None:
    doc = make_doc(
        """
        Members NOUN nsubj 4 member NNS
        of ADP prep 0 - IN
        Tenby PROPN compound 3 - NNP B-ORG
        Council PROPN pobj 1 - NNP I-ORG
        met VERB ROOT 4 meet VBD
        where ADV advmod 7 - WRB
        they PRON nsubj 7 they PRP
        talked VERB advcl 4 talk VBD
        . PUNCT punct 4 - .
        """
    )
    assert _label(resolved_of(doc), 6) == "Tenby Council"
