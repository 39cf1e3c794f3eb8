"""Proposals and events named only by a description ("the plan", "a fair offer"): what they
refer to, and when they name nothing. Hand-built parses, so no statistical model moves them."""

from __future__ import annotations

from doc_builder import make_doc, mentions_of, resolved_of

from kg.extract.entities import ResolvedDocument
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _labels(resolved: ResolvedDocument) -> dict[str, tuple[str, ...]]:
    """Proposals and events: label → aliases."""
    return {
        e.label: e.aliases
        for e in resolved.entities
        if core_class(e.type) in (KG.Proposal, KG.Event)
    }


def test_descriptions_definite_description_of_nothing_is_dropped() -> None:
    doc = make_doc(
        """
        The DET det 1 - DT
        union NOUN nsubj 2 - NN
        said VERB ROOT 2 say VBD
        the DET det 4 - DT
        plan NOUN nsubj 5 - NN
        was AUX ccomp 2 be VBD
        late ADJ acomp 5 - JJ
        . PUNCT punct 2 - .
        """
    )
    assert _labels(resolved_of(doc)) == {}


def test_descriptions_event_a_verb_introduced_is_kept() -> None:
    doc = make_doc(
        """
        The DET det 1 - DT
        union NOUN nsubj 3 - NN
        will AUX aux 3 - MD
        consult VERB ROOT 3 consult VB
        members NOUN dobj 3 member NNS
        . PUNCT punct 3 - .
        The DET det 7 - DT
        consultation NOUN nsubj 8 - NN
        closes VERB ROOT 8 close VBZ
        soon ADV advmod 8 - RB
        . PUNCT punct 8 - .
        """
    )
    (event,) = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    assert event.type == KG.Consultation
    assert sorted(m.text for m in event.mentions) == ["consult", "consult members", "consultation"]


def test_descriptions_what_an_actor_defends_is_kept() -> None:
    doc = make_doc(
        """
        Tom PROPN compound 1 - NNP B-PERSON
        Hale PROPN nsubj 2 - NNP I-PERSON
        defended VERB ROOT 2 defend VBD
        the DET det 4 - DT
        cap NOUN dobj 2 - NN
        . PUNCT punct 2 - .
        """
    )
    assert list(_labels(resolved_of(doc))) == ["cap"]


def test_descriptions_indefinite_description_refers_back() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        tabled VERB ROOT 1 table VBD
        a DET det 5 - DT
        ferry NOUN compound 5 - NN
        pay NOUN compound 5 - NN
        offer NOUN dobj 1 - NN
        . PUNCT punct 1 - .
        Staff NOUN nsubj 8 - NN
        said VERB ROOT 8 say VBD
        a DET det 11 - DT
        fair ADJ amod 11 - JJ
        offer NOUN nsubj 12 - NN
        was AUX ccomp 8 be VBD
        on ADP prep 12 - IN
        the DET det 15 - DT
        table NOUN pobj 13 - NN
        . PUNCT punct 8 - .
        """
    )
    labels = _labels(resolved_of(doc))
    assert list(labels) == ["ferry pay offer"]
    assert "fair offer" in labels["ferry pay offer"]


def test_descriptions_indefinite_description_of_nothing_before_is_one_thing() -> None:
    doc = make_doc(
        """
        Staff NOUN nsubj 1 - NN
        said VERB ROOT 1 say VBD
        a DET det 4 - DT
        fair ADJ amod 4 - JJ
        offer NOUN nsubj 5 - NN
        was AUX ccomp 1 be VBD
        near ADJ acomp 5 - JJ
        . PUNCT punct 1 - .
        """
    )
    assert list(_labels(resolved_of(doc))) == ["fair offer"]


def test_descriptions_bare_singular_names_a_kind_not_a_thing() -> None:
    doc = make_doc(
        """
        The DET det 1 - DT
        union NOUN nsubj 2 - NN
        saw VERB ROOT 2 see VBD
        a DET det 4 - DT
        path NOUN dobj 2 - NN
        to ADP prep 4 - IN
        reform NOUN pobj 5 - NN
        . PUNCT punct 2 - .
        """
    )
    assert not [m for m in mentions_of(doc).mentions if m.text == "reform"]


def test_descriptions_headline_description_refers_to_a_later_name() -> None:
    doc = make_doc(
        """
        Union PROPN nsubj 1 - NNP
        rejects VERB ROOT 1 reject VBZ
        the DET det 3 - DT
        offer NOUN dobj 1 - NN
        . PUNCT punct 1 - .
        The DET det 6 - DT
        union NOUN nsubj 7 - NN
        rejected VERB ROOT 7 reject VBD
        the DET det 11 - DT
        ferry NOUN compound 11 - NN
        pay NOUN compound 11 - NN
        offer NOUN dobj 7 - NN
        . PUNCT punct 7 - .
        """
    )
    assert _labels(resolved_of(doc)) == {"ferry pay offer": ("offer",)}


def test_descriptions_one_generic_proposal_word_refers_to_another() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        backed VERB ROOT 1 back VBD
        the DET det 4 - DT
        ferry NOUN compound 4 - NN
        plan NOUN dobj 1 - NN
        . PUNCT punct 1 - .
        Critics NOUN nsubj 7 critic NNS
        called VERB ROOT 7 call VBD
        it PRON nsubj 10 - PRP
        a DET det 10 - DT
        scheme NOUN oprd 7 - NN
        . PUNCT punct 7 - .
        """
    )
    assert _labels(resolved_of(doc)) == {"ferry plan": ("scheme",)}


def test_descriptions_term_in_quotation_marks_is_a_name() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        promised VERB ROOT 1 promise VBD
        ‘ PUNCT punct 3 - ``
        bridging VERB xcomp 1 bridge VBG
        talks NOUN dobj 3 talk NNS
        ’ PUNCT punct 3 - ''
        . PUNCT punct 1 - .
        """
    )
    found = [m for m in mentions_of(doc).mentions if m.type == KG.Negotiation]
    assert [(m.text, m.method) for m in found] == [("bridging talks", "noun-phrase")]


def _actions(resolved: ResolvedDocument) -> list[tuple[str, ...]]:
    return sorted(
        tuple(sorted(m.text for m in e.mentions))
        for e in resolved.entities
        if e.type == KG.CollectiveAction
    )


def test_descriptions_strikes_of_one_article_are_one_campaign() -> None:
    doc = make_doc(
        """
        Pilots NOUN nsubj 1 pilot NNS
        threaten VERB ROOT 1 threaten VBP
        further ADJ amod 3 - JJ
        strikes NOUN dobj 1 strike NNS
        . PUNCT punct 1 - .
        The DET det 6 - DT
        pilots NOUN poss 8 pilot NNS
        ' PART case 6 - POS
        strike NOUN nsubj 9 - NN
        began VERB ROOT 9 begin VBD
        . PUNCT punct 9 - .
        """
    )
    assert _actions(resolved_of(doc)) == [("further strikes", "pilots' strike", "strike")]


def test_descriptions_strikes_of_two_named_strikers_stay_apart() -> None:
    doc = make_doc(
        """
        The DET det 2 - DT
        Pilots PROPN compound 2 - NNP B-ORG
        strike NOUN nsubj 7 - NN
        and CCONJ cc 2 - CC
        the DET det 6 - DT
        Porters PROPN compound 6 - NNP B-ORG
        strike NOUN conj 2 - NN
        began VERB ROOT 7 begin VBD
        . PUNCT punct 7 - .
        Strike NOUN compound 10 - NN
        action NOUN nsubj 11 - NN
        spread VERB ROOT 11 - VBD
        . PUNCT punct 11 - .
        """
    )
    # whose "strike action" it is, is not said
    assert _actions(resolved_of(doc)) == [
        ("Pilots strike",),
        ("Porters strike",),
        ("Strike action",),
    ]


def _proposals(resolved: ResolvedDocument) -> list[tuple[str, ...]]:
    return sorted(
        tuple(sorted(m.text for m in e.mentions))
        for e in resolved.entities
        if core_class(e.type) == KG.Proposal
    )


def test_descriptions_proposals_with_one_head_and_one_topic_are_one() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        defended VERB ROOT 1 defend VBD
        the DET det 4 - DT
        toll NOUN compound 4 - NN
        changes NOUN dobj 1 change NNS
        . PUNCT punct 1 - .
        Hauliers NOUN nsubj 7 haulier NNS
        opposed VERB ROOT 7 oppose VBD
        the DET det 9 - DT
        government NOUN compound 9 - NN
        changes NOUN dobj 7 change NNS
        to ADP prep 9 - IN
        bridge NOUN compound 12 - NN
        tolls NOUN pobj 10 toll NNS
        . PUNCT punct 7 - .
        """
    )
    assert len(_proposals(resolved_of(doc))) == 1


def test_descriptions_proposals_of_two_years_stay_apart() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        signed VERB ROOT 1 sign VBD
        the DET det 5 - DT
        2024/25 NUM nummod 5 - CD
        ferry NOUN compound 5 - NN
        contract NOUN dobj 1 - NN
        and CCONJ cc 5 - CC
        the DET det 10 - DT
        2025/26 NUM nummod 10 - CD
        ferry NOUN compound 10 - NN
        contract NOUN conj 5 - NN
        . PUNCT punct 1 - .
        """
    )
    assert len(_proposals(resolved_of(doc))) == 2


def test_descriptions_long_form_cut_before_its_object_is_no_name() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        announced VERB ROOT 1 announce VBD
        a DET det 3 - DT
        plan NOUN dobj 1 - NN
        to PART aux 6 - TO
        “ PUNCT punct 6 - ``
        ease VERB acl 3 - VB
        waits NOUN dobj 6 wait NNS
        ” PUNCT punct 6 - ''
        . PUNCT punct 1 - .
        """
    )
    assert [m.text for m in mentions_of(doc).mentions] == ["plan"]


def test_descriptions_finite_verb_names_no_event_of_its_own() -> None:
    # "members voted in the ballot": the ballot is the event; a past "voted" alone is not
    doc = make_doc(
        """
        Members NOUN nsubj 1 member NNS
        voted VERB ROOT 1 vote VBD
        in ADP prep 1 - IN
        the DET det 5 - DT
        ferry NOUN compound 5 - NN
        ballot NOUN pobj 2 - NN
        . PUNCT punct 1 - .
        Staff NOUN nsubj 9 - NN
        will AUX aux 9 - MD
        vote VERB ROOT 9 vote VB
        again ADV advmod 9 - RB
        . PUNCT punct 9 - .
        """
    )
    events = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    # "will vote again" is another vote than the one held (lex:repeatAdverb)
    assert [sorted(m.text for m in e.mentions) for e in events] == [
        ["ferry ballot"],
        ["vote again"],
    ]


def test_descriptions_event_refers_to_a_later_name_when_nothing_comes_before() -> None:
    doc = make_doc(
        """
        Ahead ADV advmod 5 - RB
        of ADP prep 0 - IN
        the DET det 3 - DT
        meeting NOUN pobj 1 - NN
        , PUNCT punct 5 - ,
        officials NOUN nsubj 5 official NNS
        spoke VERB ROOT 5 speak VBD
        . PUNCT punct 5 - .
        The DET det 10 - DT
        Saturday PROPN compound 10 - NNP
        meeting NOUN nsubj 11 - NN
        ended VERB ROOT 11 end VBD
        . PUNCT punct 11 - .
        """
    )
    events = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    assert [sorted(m.text for m in e.mentions) for e in events] == [["Saturday meeting", "meeting"]]


def test_descriptions_plural_description_refers_to_plural_proposals() -> None:
    doc = make_doc(
        """
        Ministers NOUN nsubj 1 minister NNS
        tabled VERB ROOT 1 table VBD
        ferry NOUN compound 4 - NN
        pay NOUN compound 4 - NN
        offers NOUN dobj 1 offer NNS
        and CCONJ cc 4 - CC
        a DET det 9 - DT
        6 NUM nummod 8 - CD
        % NOUN compound 9 - NN
        offer NOUN conj 4 - NN
        . PUNCT punct 1 - .
        The DET det 12 - DT
        offers NOUN nsubj 13 offer NNS
        lapsed VERB ROOT 13 lapse VBD
        . PUNCT punct 13 - .
        """
    )
    proposals = _proposals(resolved_of(doc))
    assert ("ferry pay offers", "offers") in proposals


def test_descriptions_an_organisation_described_in_apposition_is_the_name_beside_it() -> None:
    """ "Dockers Union rejected the deal. Kestrel, the union for pilots, said": "the union" is
    Kestrel, which it is set beside, not the last union named before it (stance7)."""
    resolved = resolved_of(
        make_doc(
            """
            Dockers  PROPN compound 1  -      NNP B-ORG
            Union    PROPN nsubj    2  -      NNP I-ORG
            rejected VERB  ROOT     2  reject VBD
            the      DET   det      4  -      DT
            deal     NOUN  dobj     2  -      NN
            .        PUNCT punct    2  -      .
            Kestrel  PROPN nsubj    13 -      NNP B-ORG
            ,        PUNCT punct    6  -      ,
            the      DET   det      9  -      DT
            union    NOUN  appos    6  -      NN
            for      ADP   prep     9  -      IN
            pilots   NOUN  pobj     10 pilot  NNS
            ,        PUNCT punct    6  -      ,
            said     VERB  ROOT     13 say    VBD
            .        PUNCT punct    13 -      .
            """
        )
    )
    key = resolved.entity_for_token(9, None)
    assert key is not None
    assert resolved.by_key[key].label == "Kestrel"


DISCUSSED = """
The       DET  det    1 -       DT
minister  NOUN nsubj  2 -       NN
discussed VERB ROOT   2 discuss VBD
the       DET  det    5 -       DT
{adjective} ADJ amod 5 -       JJ
levy      NOUN dobj   2 -       NN
.         PUNCT punct 2 -       .
"""


def test_descriptions_a_classifying_adjective_names_the_one_thing_of_its_kind() -> None:
    """ "The minister discussed the statutory levy": a relational adjective ("statutory", from
    "statute") says what kind of levy; with no earlier levy, it is still one known thing."""
    resolved = resolved_of(make_doc(DISCUSSED.format(adjective="statutory")))
    assert "statutory levy" in _labels(resolved)


def test_descriptions_an_adjective_of_amount_or_judgement_needs_an_antecedent() -> None:
    """ "the additional levy", "the controversial levy": how much, or what is thought of it,
    not which kind; with nothing before it, the description names nothing."""
    for adjective in ("additional", "controversial"):
        resolved = resolved_of(make_doc(DISCUSSED.format(adjective=adjective)))
        assert f"{adjective} levy" not in _labels(resolved)
        assert "levy" not in _labels(resolved)


def test_descriptions_the_review_after_a_named_review_refers_back_to_it() -> None:
    """ "Ministers began the Harbour Review. The review was late.": a bare "the review" names
    no report of its own (a report needs its author's name), but after a review named in
    capitals it is that review."""
    doc = make_doc(
        """
        Ministers NOUN  nsubj    1 minister NNS
        began     VERB  ROOT     1 begin    VBD
        the       DET   det      4 -        DT
        Harbour   PROPN compound 4 -        NNP B-ORG
        Review    PROPN dobj     1 -        NNP I-ORG
        .         PUNCT punct    1 -        .
        The       DET   det      7 -        DT
        review    NOUN  nsubj    8 -        NN
        was       AUX   ROOT     8 be       VBD
        late      ADJ   acomp    8 -        JJ
        .         PUNCT punct    8 -        .
        """
    )
    labels = _labels(resolved_of(doc))
    assert "review" in labels.get("Harbour Review", ())
