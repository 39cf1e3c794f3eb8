"""Proposals and events named only by a description ("the plan", "a fair offer"): what they
refer to, and when they name nothing. Hand-built parses, so no statistical model moves them."""

from __future__ import annotations

from handmade import make_doc, mentions_of, resolved_of

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
        The    DT  DET   det    1
        union  NN  NOUN  nsubj  2
        said   VBD VERB  ROOT   2  say
        the    DT  DET   det    4
        plan   NN  NOUN  nsubj  5
        was    VBD AUX   ccomp  2  be
        late   JJ  ADJ   acomp  5
        .      .   PUNCT punct  2
        """
    )
    assert _labels(resolved_of(doc)) == {}


def test_descriptions_event_a_verb_introduced_is_kept() -> None:
    doc = make_doc(
        """
        The           DT  DET   det     1
        union         NN  NOUN  nsubj   3
        will          MD  AUX   aux     3
        consult       VB  VERB  ROOT    3  consult
        members       NNS NOUN  dobj    3  member
        .             .   PUNCT punct   3
        The           DT  DET   det     7
        consultation  NN  NOUN  nsubj   8
        closes        VBZ VERB  ROOT    8  close
        soon          RB  ADV   advmod  8
        .             .   PUNCT punct   8
        """
    )
    (event,) = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    assert event.type == KG.Consultation
    assert sorted(m.text for m in event.mentions) == ["consult", "consultation"]


def test_descriptions_what_an_actor_defends_is_kept() -> None:
    doc = make_doc(
        """
        Tom       NNP PROPN compound 1  -       B-PERSON
        Hale      NNP PROPN nsubj    2  -       I-PERSON
        defended  VBD VERB  ROOT     2  defend
        the       DT  DET   det      4
        cap       NN  NOUN  dobj     2
        .         .   PUNCT punct    2
        """
    )
    assert list(_labels(resolved_of(doc))) == ["cap"]


def test_descriptions_indefinite_description_refers_back() -> None:
    doc = make_doc(
        """
        Ministers  NNS NOUN  nsubj    1  minister
        tabled     VBD VERB  ROOT     1  table
        a          DT  DET   det      5
        ferry      NN  NOUN  compound 5
        pay        NN  NOUN  compound 5
        offer      NN  NOUN  dobj     1
        .          .   PUNCT punct    1
        Staff      NN  NOUN  nsubj    8
        said       VBD VERB  ROOT     8  say
        a          DT  DET   det      11
        fair       JJ  ADJ   amod     11
        offer      NN  NOUN  nsubj    12
        was        VBD AUX   ccomp    8  be
        on         IN  ADP   prep     12
        the        DT  DET   det      15
        table      NN  NOUN  pobj     13
        .          .   PUNCT punct    8
        """
    )
    labels = _labels(resolved_of(doc))
    assert list(labels) == ["ferry pay offer"]
    assert "fair offer" in labels["ferry pay offer"]


def test_descriptions_indefinite_description_of_nothing_before_is_one_thing() -> None:
    doc = make_doc(
        """
        Staff  NN  NOUN  nsubj  1
        said   VBD VERB  ROOT   1  say
        a      DT  DET   det    4
        fair   JJ  ADJ   amod   4
        offer  NN  NOUN  nsubj  5
        was    VBD AUX   ccomp  1  be
        near   JJ  ADJ   acomp  5
        .      .   PUNCT punct  1
        """
    )
    assert list(_labels(resolved_of(doc))) == ["fair offer"]


def test_descriptions_bare_singular_names_a_kind_not_a_thing() -> None:
    doc = make_doc(
        """
        The     DT  DET   det    1
        union   NN  NOUN  nsubj  2
        saw     VBD VERB  ROOT   2  see
        a       DT  DET   det    4
        path    NN  NOUN  dobj   2
        to      IN  ADP   prep   4
        reform  NN  NOUN  pobj   5
        .       .   PUNCT punct  2
        """
    )
    assert not [m for m in mentions_of(doc).mentions if m.text == "reform"]


def test_descriptions_headline_description_refers_to_a_later_name() -> None:
    doc = make_doc(
        """
        Union      NNP PROPN nsubj    1
        rejects    VBZ VERB  ROOT     1  reject
        the        DT  DET   det      3
        offer      NN  NOUN  dobj     1
        .          .   PUNCT punct    1
        The        DT  DET   det      6
        union      NN  NOUN  nsubj    7
        rejected   VBD VERB  ROOT     7  reject
        the        DT  DET   det      11
        ferry      NN  NOUN  compound 11
        pay        NN  NOUN  compound 11
        offer      NN  NOUN  dobj     7
        .          .   PUNCT punct    7
        """
    )
    assert _labels(resolved_of(doc)) == {"ferry pay offer": ("offer",)}


def test_descriptions_one_generic_proposal_word_refers_to_another() -> None:
    doc = make_doc(
        """
        Ministers  NNS NOUN  nsubj    1  minister
        backed     VBD VERB  ROOT     1  back
        the        DT  DET   det      4
        ferry      NN  NOUN  compound 4
        plan       NN  NOUN  dobj     1
        .          .   PUNCT punct    1
        Critics    NNS NOUN  nsubj    7  critic
        called     VBD VERB  ROOT     7  call
        it         PRP PRON  nsubj    10
        a          DT  DET   det      10
        scheme     NN  NOUN  oprd     7
        .          .   PUNCT punct    7
        """
    )
    assert _labels(resolved_of(doc)) == {"ferry plan": ("scheme",)}


def test_descriptions_term_in_quotation_marks_is_a_name() -> None:
    doc = make_doc(
        """
        Ministers  NNS NOUN  nsubj    1  minister
        promised   VBD VERB  ROOT     1  promise
        ‘          ``  PUNCT punct    3
        bridging   VBG VERB  xcomp    1  bridge
        talks      NNS NOUN  dobj     3  talk
        ’          ''  PUNCT punct    3
        .          .   PUNCT punct    1
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
        Pilots   NNS NOUN  nsubj    1  pilot
        threaten VBP VERB  ROOT     1  threaten
        further  JJ  ADJ   amod     3
        strikes  NNS NOUN  dobj     1  strike
        .        .   PUNCT punct    1
        The      DT  DET   det      6
        pilots   NNS NOUN  poss     8  pilot
        '        POS PART  case     6
        strike   NN  NOUN  nsubj    9
        began    VBD VERB  ROOT     9  begin
        .        .   PUNCT punct    9
        """
    )
    assert _actions(resolved_of(doc)) == [("further strikes", "strike")]


def test_descriptions_strikes_of_two_named_strikers_stay_apart() -> None:
    doc = make_doc(
        """
        The      DT  DET   det      2
        Pilots   NNP PROPN compound 2  -      B-ORG
        strike   NN  NOUN  nsubj    7
        and      CC  CCONJ cc       2
        the      DT  DET   det      6
        Porters  NNP PROPN compound 6  -      B-ORG
        strike   NN  NOUN  conj     2
        began    VBD VERB  ROOT     7  begin
        .        .   PUNCT punct    7
        Strike   NN  NOUN  compound 10
        action   NN  NOUN  nsubj    11
        spread   VBD VERB  ROOT     11
        .        .   PUNCT punct    11
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
        Ministers  NNS NOUN  nsubj    1  minister
        defended   VBD VERB  ROOT     1  defend
        the        DT  DET   det      4
        toll       NN  NOUN  compound 4
        changes    NNS NOUN  dobj     1  change
        .          .   PUNCT punct    1
        Hauliers   NNS NOUN  nsubj    7  haulier
        opposed    VBD VERB  ROOT     7  oppose
        the        DT  DET   det      9
        government NN  NOUN  compound 9
        changes    NNS NOUN  dobj     7  change
        to         IN  ADP   prep     9
        bridge     NN  NOUN  compound 12
        tolls      NNS NOUN  pobj     10 toll
        .          .   PUNCT punct    7
        """
    )
    assert len(_proposals(resolved_of(doc))) == 1


def test_descriptions_proposals_of_two_years_stay_apart() -> None:
    doc = make_doc(
        """
        Ministers  NNS NOUN  nsubj    1  minister
        signed     VBD VERB  ROOT     1  sign
        the        DT  DET   det      5
        2024/25    CD  NUM   nummod   5
        ferry      NN  NOUN  compound 5
        contract   NN  NOUN  dobj     1
        and        CC  CCONJ cc       5
        the        DT  DET   det      10
        2025/26    CD  NUM   nummod   10
        ferry      NN  NOUN  compound 10
        contract   NN  NOUN  conj     5
        .          .   PUNCT punct    1
        """
    )
    assert len(_proposals(resolved_of(doc))) == 2


def test_descriptions_long_form_cut_before_its_object_is_no_name() -> None:
    doc = make_doc(
        """
        Ministers  NNS NOUN  nsubj    1  minister
        announced  VBD VERB  ROOT     1  announce
        a          DT  DET   det      3
        plan       NN  NOUN  dobj     1
        to         TO  PART  aux      6
        “          ``  PUNCT punct    6
        ease       VB  VERB  acl      3
        waits      NNS NOUN  dobj     6  wait
        ”          ''  PUNCT punct    6
        .          .   PUNCT punct    1
        """
    )
    assert [m.text for m in mentions_of(doc).mentions] == ["plan"]


def test_descriptions_finite_verb_names_no_event_of_its_own() -> None:
    # "members voted in the ballot": the ballot is the event; a past "voted" alone is not
    doc = make_doc(
        """
        Members  NNS NOUN  nsubj    1  member
        voted    VBD VERB  ROOT     1  vote
        in       IN  ADP   prep     1
        the      DT  DET   det      5
        ferry    NN  NOUN  compound 5
        ballot   NN  NOUN  pobj     2
        .        .   PUNCT punct    1
        Staff    NN  NOUN  nsubj    9
        will     MD  AUX   aux      9
        vote     VB  VERB  ROOT     9  vote
        again    RB  ADV   advmod   9
        .        .   PUNCT punct    9
        """
    )
    events = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    assert [sorted(m.text for m in e.mentions) for e in events] == [
        ["ferry ballot", "vote", "vote again"]
    ]


def test_descriptions_event_refers_to_a_later_name_when_nothing_comes_before() -> None:
    doc = make_doc(
        """
        Ahead     RB  ADV   advmod   5
        of        IN  ADP   prep     0
        the       DT  DET   det      3
        meeting   NN  NOUN  pobj     1
        ,         ,   PUNCT punct    5
        officials NNS NOUN  nsubj    5  official
        spoke     VBD VERB  ROOT     5  speak
        .         .   PUNCT punct    5
        The       DT  DET   det      10
        Saturday  NNP PROPN compound 10
        meeting   NN  NOUN  nsubj    11
        ended     VBD VERB  ROOT     11 end
        .         .   PUNCT punct    11
        """
    )
    events = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    assert [sorted(m.text for m in e.mentions) for e in events] == [["Saturday meeting", "meeting"]]


def test_descriptions_plural_description_refers_to_plural_proposals() -> None:
    doc = make_doc(
        """
        Ministers  NNS NOUN  nsubj    1  minister
        tabled     VBD VERB  ROOT     1  table
        ferry      NN  NOUN  compound 4
        pay        NN  NOUN  compound 4
        offers     NNS NOUN  dobj     1  offer
        and        CC  CCONJ cc       4
        a          DT  DET   det      9
        6          CD  NUM   nummod   8
        %          NN  NOUN  compound 9
        offer      NN  NOUN  conj     4
        .          .   PUNCT punct    1
        The        DT  DET   det      12
        offers     NNS NOUN  nsubj    13 offer
        lapsed     VBD VERB  ROOT     13 lapse
        .          .   PUNCT punct    13
        """
    )
    proposals = _proposals(resolved_of(doc))
    assert ("ferry pay offers", "offers") in proposals
