"""Mention sources, settling and role links on hand-built docs: no statistical parser involved."""

from __future__ import annotations

import pytest
from handmade import context_of, make_doc, mentions_of

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import SOURCES, Candidate, MentionSet
from kg.extract.mentions.acronyms import acronym_definitions, acronym_pairs, initials
from kg.extract.mentions.descriptions import bodies_of_organisations, organisation_descriptions
from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.honorifics import people_with_honorifics
from kg.extract.mentions.methods import METHODS
from kg.extract.mentions.ner import people_named_as_organisations, statistical_entities
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.proper_names import names_ending_in_a_country, undefined_acronyms
from kg.extract.mentions.role_phrases import find_role_phrases
from kg.extract.mentions.settle import settle
from kg.extract.mentions.verb_events import events_named_by_verbs
from kg.rdf.namespaces import KG

FRC = """
The        DT    DET   det      1
Federation NNP   PROPN nsubj    8  -      B-ORG
of         IN    ADP   prep     1  -      I-ORG
Rural      NNP   PROPN compound 4  -      I-ORG
Clinics    NNPS  PROPN pobj     2  clinic I-ORG
(          -LRB- PUNCT punct    1
FRC        NNP   PROPN appos    1
)          -RRB- PUNCT punct    1
met        VBD   VERB  ROOT     8  meet
.          .     PUNCT punct    8
FRC        NNP   PROPN nsubj    11
said       VBD   VERB  ROOT     11 say
no         UH    INTJ  dobj     11
.          .     PUNCT punct    11
"""

GPC_ENGLAND = """
GPC     NNP PROPN compound 1  -    B-ORG
England NNP PROPN nsubj    2  -    B-GPE
met     VBD VERB  ROOT     2  meet
the     DT  DET   det      4
minister NN NOUN  dobj     2
.       .   PUNCT punct    2
"""


def _texts(candidates: list[Candidate]) -> list[tuple[str, str, str]]:
    return [(c.span.text, c.method, c.type.rsplit("#", 1)[-1]) for c in candidates]


# ------------------------------------------------------------------ the method table


def test_mention_methods_table_keeps_todays_ranks() -> None:
    confidence = {m: v.confidence for m, v in METHODS.items()}
    assert confidence == {
        "gazetteer": 0.95,
        "acronym": 0.9,
        "honorific": 0.85,
        "ner": 0.75,
        "role": 0.8,
        "name-part": 0.7,
        "noun-phrase": 0.6,
        "description": 0.55,
        "verb": 0.5,
    }
    # a description ties with a noun phrase when settling, ranks below it when naming
    assert METHODS["description"].settle == METHODS["noun-phrase"].settle
    assert METHODS["description"].resolve < METHODS["noun-phrase"].resolve
    assert METHODS["role"].settle is None


def test_mention_sources_are_listed_once() -> None:
    assert len(set(SOURCES)) == len(SOURCES)
    assert SOURCES[0] is listed_names


# ------------------------------------------------------------------ gazetteer


def test_mention_source_gazetteer_gives_the_entry_id() -> None:
    doc = make_doc(GPC_ENGLAND, gazetteer=[(0, 2, KG.Committee, "gpce")])
    (found,) = listed_names(context_of(doc), ())
    assert (found.span.text, found.method, found.gazetteer_id) == (
        "GPC England",
        "gazetteer",
        "gpce",
    )
    assert found.type == KG.Committee and found.confidence == 0.95


def test_mention_source_gazetteer_leaves_out_a_party_before_government() -> None:
    # "the Conservative Government" is a name of the government; "the then Conservative
    # Government" names a government of the past, a name of its own
    gazetteer = [(1, 2, KG.PoliticalParty, "conservatives"), (2, 3, KG.GovernmentBody, "gov")]
    doc = make_doc(
        """
        the          DT  DET   det      2
        Conservative NNP PROPN compound 2
        Government   NNP PROPN ROOT     2
        """,
        gazetteer=gazetteer,
    )
    assert [(c.span.text, c.gazetteer_id) for c in listed_names(context_of(doc), ())] == [
        ("Conservative Government", "gov")
    ]
    then = make_doc(
        """
        the          DT  DET   det      3
        then         RB  ADV   advmod   3
        Conservative NNP PROPN compound 3
        Government   NNP PROPN ROOT     3
        """,
        gazetteer=[(2, 3, KG.PoliticalParty, "conservatives"), (3, 4, KG.GovernmentBody, "gov")],
    )
    assert _texts(list(listed_names(context_of(then), ()))) == [
        ("Conservative Government", "name-part", "GovernmentBody")
    ]


# ------------------------------------------------------------------ acronyms


def test_mention_source_acronym_initials_skip_linking_words() -> None:
    words = ["the", "Association", "of", "Directors", "of", "Adult", "Social", "Services"]
    assert initials("ADASS", words) == 7
    assert initials("ADASS", ["the", "Adult", "Services"]) is None


def test_mention_source_acronym_definition_links_both_forms_and_later_uses() -> None:
    doc = make_doc(FRC)
    assert [(a.text, b.text) for a, b in acronym_pairs(doc)] == [
        ("Federation of Rural Clinics", "FRC")
    ]
    long, short, *uses = acronym_definitions(context_of(doc), ())
    assert (long.span.text, long.type) == ("Federation of Rural Clinics", KG.TradeUnion)
    assert short.same_as is long and short.type == KG.TradeUnion
    assert [u.span.start for u in uses] == [6, 10]
    assert all(u.same_as is long for u in uses)


def test_mention_source_acronym_mentions_are_settled_once_and_linked() -> None:
    found = mentions_of(make_doc(FRC))
    assert [(m.text, m.method) for m in found.mentions] == [
        ("Federation of Rural Clinics", "acronym"),
        ("FRC", "acronym"),
        ("FRC", "acronym"),
    ]
    assert {pair for pair in found.same_as} == {(0, 1), (0, 2)}


# ------------------------------------------------------------------ statistical entities


def test_mention_source_ner_keeps_the_honorific_and_drops_a_false_person() -> None:
    doc = make_doc(
        """
        Dr        NNP PROPN compound 1
        Bramall   NNP PROPN nsubj    2  -      B-PERSON
        left      VBD VERB  ROOT     2  leave
        before    IN  ADP   prep     2
        the       DT  DET   det      6
        Easter    NNP PROPN compound 6  -      B-PERSON
        recess    NN  NOUN  pobj     3
        .         .   PUNCT punct    2
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Dr Bramall", "ner", "Person")
    ]


def test_mention_source_ner_name_beside_a_kind_of_organisation_is_one() -> None:
    doc = make_doc(
        """
        Mind    NNP PROPN nsubj    7  -  B-PERSON
        ,       ,   PUNCT punct    0
        the     DT  DET   det      5
        mental  JJ  ADJ   amod     4
        health  NN  NOUN  compound 5
        charity NN  NOUN  appos    0
        ,       ,   PUNCT punct    0
        said    VBD VERB  ROOT     7  say
        so      RB  ADV   advmod   7
        .       .   PUNCT punct    7
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Mind", "ner", "Organisation")
    ]


def test_mention_revision_one_word_person_named_as_an_organisation_is_one() -> None:
    doc = make_doc(
        """
        Shelter NNP PROPN nsubj 1  -  B-PERSON
        said    VBD VERB  ROOT  1  say
        so      RB  ADV   advmod 1
        .       .   PUNCT punct 1
        """
    )
    context = context_of(doc)
    person = Candidate(doc[0:1], KG.Person, "ner")
    organisation = Candidate(doc[0:1], KG.Organisation, "name-part")
    revised = people_named_as_organisations(context, [person, organisation])
    assert [c.type for c in revised] == [KG.Organisation, KG.Organisation]
    assert revised[1] is organisation


# ------------------------------------------------------------------ names NER missed


def test_mention_source_name_before_a_country_is_an_organisation() -> None:
    doc = make_doc(
        """
        Age     NNP PROPN compound 1
        UK      NNP PROPN nsubj    2  -  B-GPE
        welcomed VBD VERB ROOT     2  welcome
        it      PRP PRON  dobj     2
        .       .   PUNCT punct    2
        """,
        gazetteer=[(1, 2, KG.Country, "uk")],
    )
    (found,) = names_ending_in_a_country(context_of(doc), ())
    assert (found.span.text, found.method, found.wraps_place) == ("Age UK", "name-part", True)


def test_mention_source_undefined_acronym_before_a_common_noun_is_no_name() -> None:
    doc = make_doc(
        """
        The  DT  DET   det      1
        FRC  NNP PROPN nsubj    2
        cut  VBD VERB  ROOT     2
        CPI  NNP PROPN compound 4
        inflation NN NOUN dobj  2
        .    .   PUNCT punct    2
        """
    )
    assert _texts(list(undefined_acronyms(context_of(doc), ()))) == [
        ("FRC", "name-part", "Organisation")
    ]


def test_mention_source_honorific_name_joins_a_double_barrelled_surname() -> None:
    doc = make_doc(
        """
        Dr     NNP PROPN compound 3
        Ashby  NNP PROPN compound 3
        -      HYPH PUNCT punct   3
        Reid   NNP PROPN nsubj    4
        spoke  VBD VERB  ROOT     4  speak
        .      .   PUNCT punct    4
        """
    )
    assert doc.text == "Dr Ashby-Reid spoke."
    assert _texts(list(people_with_honorifics(context_of(doc), ()))) == [
        ("Dr Ashby-Reid", "honorific", "Person")
    ]


# ------------------------------------------------------------------ proposals, events, descriptions


def test_mention_source_head_noun_gives_a_noun_phrase_and_a_description() -> None:
    doc = make_doc(
        """
        The      DT  DET   det      2
        pharmacy NN  NOUN  compound 2
        contract NN  NOUN  nsubj    3
        failed   VBD VERB  ROOT     3  fail
        .        .   PUNCT punct    3
        The      DT  DET   det      6
        contract NN  NOUN  nsubj    7
        lapsed   VBD VERB  ROOT     7  lapse
        .        .   PUNCT punct    7
        """
    )
    found = list(head_noun_phrases(context_of(doc), ()))
    assert _texts(found) == [
        ("pharmacy contract", "noun-phrase", "Contract"),
        ("contract", "description", "Contract"),
    ]
    assert found[1].head == "contract" and not found[1].possessive


def test_mention_source_head_noun_long_form_is_another_name() -> None:
    doc = make_doc(
        """
        a       DT  DET   det    1
        motion  NN  NOUN  ROOT   1
        of      IN  ADP   prep   1
        no      DT  DET   det    4
        confidence NN NOUN pobj  2
        """
    )
    short, longer = head_noun_phrases(context_of(doc), ())
    assert (short.span.text, short.type) == ("motion", KG.Motion)
    assert (longer.span.text, longer.longer, longer.same_as) == (
        "motion of no confidence",
        True,
        short,
    )


def test_mention_source_description_of_an_organisation() -> None:
    doc = make_doc(
        """
        The     DT  DET   det   1
        College NNP PROPN nsubj 2
        said    VBD VERB  ROOT  2  say
        no      UH  INTJ  dobj  2
        """
    )
    (found,) = organisation_descriptions(context_of(doc), ())
    assert (found.span.text, found.method, found.head) == ("College", "description", "college")


def test_mention_source_body_of_a_named_organisation() -> None:
    doc = make_doc(
        """
        the     DT  DET   det   1
        BMA     NNP PROPN poss  3  -  B-ORG
        's      POS PART  case  1
        council NN  NOUN  nsubj 4
        met     VBD VERB  ROOT  4  meet
        """
    )
    (found,) = bodies_of_organisations(context_of(doc), ())
    assert (found.span.text, found.method, found.nested) == ("BMA's council", "noun-phrase", True)


@pytest.mark.parametrize(
    "table",
    [
        # "the Pilots' Guild, Scotland's pilots union": a place owns no bodies
        """
        Scotland NNP PROPN poss     2  -  B-GPE
        's       POS PART  case     0
        pilots   NNS NOUN  compound 3  pilot
        union    NN  NOUN  nsubj    4
        met      VBD VERB  ROOT     4  meet
        """,
        # "the Dockers' largest union": a superlative ranks one union of a kind
        """
        the      DT  DET   det      1
        Dockers  NNP PROPN poss     4  -  B-ORG
        '        POS PART  case     1
        largest  JJS ADJ   amod     4  large
        union    NN  NOUN  nsubj    5
        met      VBD VERB  ROOT     5  meet
        """,
    ],
)
def test_mention_source_ranked_or_placed_union_is_no_body(table: str) -> None:
    assert list(bodies_of_organisations(context_of(make_doc(table)), ())) == []


DOCKERS_PILOTS = """
The        DT    DET   det      2
Dockers    NNP   PROPN compound 2  -      B-ORG
union      NN    NOUN  poss     5
's         POS   PART  case     2
senior     JJ    ADJ   amod     5
pilots     NNS   NOUN  poss     7  pilot
'          POS   PART  case     5
committee  NN    NOUN  nsubj    8
met        VBD   VERB  ROOT     8  meet
.          .     PUNCT punct    8
"""


def test_mention_body_owned_through_a_common_noun_and_the_organisation_by_its_kind() -> None:
    # "the Dockers union's senior pilots' committee": a body named after the people it is of,
    # owned by the union; "the Dockers union" is the union itself
    doc = make_doc(DOCKERS_PILOTS)
    context = context_of(doc)
    dockers = Candidate(doc[1:2], KG.TradeUnion, "ner")
    union, committee = bodies_of_organisations(context, (dockers,))
    assert (union.span.text, union.same_as) == ("Dockers union", dockers)
    assert (committee.span.text, committee.same_as) == ("senior pilots' committee", None)


# ------------------------------------------------------------------ settling


def test_mention_settle_keeps_the_more_trusted_of_overlapping_candidates() -> None:
    doc = make_doc(GPC_ENGLAND)
    context = context_of(doc)
    ner = Candidate(doc[0:1], KG.Organisation, "ner")
    gazetteer = Candidate(doc[0:2], KG.Committee, "gazetteer", gazetteer_id="gpce")
    found = settle(context, [ner, gazetteer])
    assert [(m.text, m.method, m.gazetteer_id) for m in found.mentions] == [
        ("GPC England", "gazetteer", "gpce")
    ]


def test_mention_settle_event_phrase_may_hold_a_name() -> None:
    doc = make_doc(
        """
        the     DT  DET   det      2
        GPCE    NNP PROPN compound 2
        meeting NN  NOUN  ROOT     2
        """
    )
    context = context_of(doc)
    name = Candidate(doc[1:2], KG.Committee, "gazetteer", gazetteer_id="gpce")
    event = Candidate(doc[1:3], KG.Meeting, "noun-phrase", head="meeting")
    found = settle(context, [name, event])
    assert [m.text for m in found.mentions] == ["GPCE", "GPCE meeting"]


def test_mention_settle_links_follow_a_dropped_duplicate() -> None:
    doc = make_doc(FRC)
    context = context_of(doc)
    long = Candidate(doc[1:5], KG.TradeUnion, "acronym")
    short = Candidate(doc[6:7], KG.TradeUnion, "acronym", same_as=long)
    again = Candidate(doc[6:7], KG.TradeUnion, "acronym", same_as=long)
    found = settle(context, [long, short, again])
    assert isinstance(found, MentionSet)
    assert [m.text for m in found.mentions] == ["Federation of Rural Clinics", "FRC"]
    assert found.same_as == [(0, 1), (0, 1)]


# ------------------------------------------------------------------ roles


ROLE = """
GPCE     NNP PROPN compound 1  -  B-ORG
chair    NN  NOUN  compound 3
Katie    NNP PROPN compound 3  -  B-PERSON
Bramall  NNP PROPN nsubj    4  -  I-PERSON
said     VBD VERB  ROOT     4  say
so       RB  ADV   advmod   4
.        .   PUNCT punct    4
"""


def test_mention_role_phrase_takes_its_modifiers() -> None:
    doc = make_doc(ROLE)
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert (phrase.start, phrase.role_start, phrase.end) == (0, 1, 2)
    assert phrase.role.relation == KG.chairOf


def test_mention_role_links_holder_and_organisation() -> None:
    doc = make_doc(ROLE, gazetteer=[(0, 1, KG.Committee, "gpce")])
    found = mentions_of(doc)
    assert [(m.text, m.method) for m in found.mentions] == [
        ("GPCE", "gazetteer"),
        ("Katie Bramall", "ner"),
        ("GPCE chair", "role"),
    ]
    (link,) = found.roles
    assert (link.role_mention, link.holder, link.organisation) == (2, 1, 0)


def test_statistical_entities_common_word_read_as_a_name_is_none() -> None:
    # "Farmers" opens the sentence and "farmers" is a common word later; "Broken" is read as a
    # proper noun nowhere; "Okoro" is a name
    doc = make_doc(
        """
        Farmers    NNS   NOUN  nsubj    1  farmer  B-ORG
        protested  VBD   VERB  ROOT     1  protest
        .          .     PUNCT punct    1
        ‘          ``    PUNCT punct    6
        Broken     VBN   VERB  amod     6  break   B-PERSON
        ’          ''    PUNCT punct    6
        rules      NNS   NOUN  nsubj    7  rule
        angered    VBD   VERB  ROOT     7  anger
        farmers    NNS   NOUN  dobj     7  farmer
        and        CC    CCONJ cc       8
        Okoro      NNP   PROPN conj     8  -       B-PERSON
        .          .     PUNCT punct    7
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_statistical_entities_event_needs_an_event_noun_and_a_cut_name_is_widened() -> None:
    # "the Great Ferry War" is history, not an event of policy; "Change" is the end of the
    # name "Fares for Change" the model found in full before
    doc = make_doc(
        """
        The     DT   DET   det      3
        Fares   NNP  PROPN nsubj    4  -       B-LAW
        for     IN   ADP   prep     1  -       I-LAW
        Change  NNP  PROPN pobj     2  -       I-LAW
        ended   VBD  VERB  ROOT     4  end
        the     DT   DET   det      8
        Great   NNP  PROPN compound 8  -       B-EVENT
        Ferry   NNP  PROPN compound 8  -       I-EVENT
        War     NNP  PROPN dobj     4  -       I-EVENT
        .       .    PUNCT punct    4
        The     DT   DET   det      14
        Fares   NNP  PROPN compound 14
        for     IN   ADP   prep     11
        Change  NNP  PROPN pobj     12 -       B-LAW
        band    NN   NOUN  nsubj    15
        rose    VBD  VERB  ROOT     15 rise
        .       .    PUNCT punct    15
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert [text for text, _, _ in found] == ["Fares for Change", "Fares for Change"]


def test_acronym_of_a_term_names_nothing_and_hides_the_names_inside_it() -> None:
    # "Harbour Safety dues (HSDs)": a term that ends in a common noun, no organisation
    doc = make_doc(
        """
        The      DT    DET   det      3
        Harbour  NNP   PROPN compound 2  -     B-ORG
        Safety   NNP   PROPN compound 3  -     I-ORG
        dues     NNS   NOUN  nsubj    7  due
        (        -LRB- PUNCT punct    3
        HSDs     NNPS  PROPN appos    3  HSD
        )        -RRB- PUNCT punct    3
        rose     VBD   VERB  ROOT     7  rise
        .        .     PUNCT punct    7
        """
    )
    context = context_of(doc)
    assert list(acronym_definitions(context, ())) == []
    assert list(statistical_entities(context, ())) == []


def test_statistical_entities_name_cut_before_a_listed_name_after_and() -> None:
    # the model read "the Ferry Inspectorate and Harbour Watch" as one name; the gazetteer
    # lists "Harbour Watch"
    doc = make_doc(
        """
        Ministers    NNS NOUN  nsubj    1  minister
        merged       VBD VERB  ROOT     1  merge
        the          DT  DET   det      4  -  B-ORG
        Ferry        NNP PROPN compound 4  -  I-ORG
        Inspectorate NNP PROPN dobj     1  -  I-ORG
        and          CC  CCONJ cc       4  -  I-ORG
        Harbour      NNP PROPN compound 7  -  I-ORG
        Watch        NNP PROPN conj     4  -  I-ORG
        .            .   PUNCT punct    1
        """
    )
    listed = Candidate(doc[6:8], KG.PublicBody, "gazetteer", gazetteer_id="harbour_watch")
    assert _texts(list(statistical_entities(context_of(doc), (listed,)))) == [
        ("Ferry Inspectorate", "ner", "PublicBody")
    ]


def test_events_named_by_verbs_need_someone_who_acts() -> None:
    doc = make_doc(
        """
        Both         DT  DET   det      1
        sides        NNS NOUN  nsubj    2  side
        showed       VBD VERB  ROOT     2  show
        willingness  NN  NOUN  dobj     2
        to           TO  PART  aux      5
        negotiate    VB  VERB  acl      3  negotiate
        .            .   PUNCT punct    2
        The          DT  DET   det      8
        union        NN  NOUN  nsubj    9
        is           VBZ AUX   ROOT     9  be
        to           TO  PART  aux      11
        consult      VB  VERB  xcomp    9  consult
        members      NNS NOUN  dobj     11 member
        .            .   PUNCT punct    9
        """
    )
    assert _texts(list(events_named_by_verbs(context_of(doc), ()))) == [
        ("consult", "verb", "Consultation")
    ]


def test_events_named_by_verbs_not_a_need_met_or_an_act_done() -> None:
    # "meet" with a need or goal is satisfying it; "have balloted" tells of an act done; "will
    # meet the minister" still names a meeting
    doc = make_doc(
        """
        Ministers    NNS NOUN  nsubj    2  minister
        must         MD  AUX   aux      2
        meet         VB  VERB  ROOT     2  meet
        the          DT  DET   det      5
        ferry        NN  NOUN  compound 5
        demands      NNS NOUN  dobj     2  demand
        .            .   PUNCT punct    2
        Their        PRP$ PRON poss     8
        hopes        NNS NOUN  nsubjpass 11 hope
        had          VBD AUX   aux      11 have
        been         VBN AUX   auxpass  11 be
        met          VBN VERB  ROOT     11 meet
        .            .   PUNCT punct    11
        Pilots       NNS NOUN  nsubj    15 pilot
        have         VBP AUX   aux      15 have
        balloted     VBN VERB  ROOT     15 ballot
        members      NNS NOUN  dobj     15 member
        .            .   PUNCT punct    15
        Pilots       NNS NOUN  nsubj    20 pilot
        will         MD  AUX   aux      20
        meet         VB  VERB  ROOT     20 meet
        the          DT  DET   det      22
        minister     NN  NOUN  dobj     20
        .            .   PUNCT punct    20
        """
    )
    assert _texts(list(events_named_by_verbs(context_of(doc), ()))) == [("meet", "verb", "Meeting")]
    found = list(events_named_by_verbs(context_of(doc), ()))
    assert [c.span.start for c in found] == [20]


def test_statistical_entities_no_names_of_common_words_people_or_proposals() -> None:
    # "bin" has no capital; "SAS" says which doctors; "Porters" is a common plural ("porter"
    # is written in lower case); "Harbour Policy Framework" is a proposal's name
    doc = make_doc(
        """
        The       DT  DET   det      2
        bin       NN  NOUN  compound 2  -       B-ORG
        strike    NN  NOUN  nsubj    3
        hit       VBD VERB  ROOT     3  hit
        SAS       NNP PROPN compound 5  -       B-ORG
        doctors   NNS NOUN  dobj     3  doctor
        and       CC  CCONJ cc       5
        Porters   NNPS PROPN conj    5  porter  B-ORG
        under     IN  ADP   prep     3
        the       DT  DET   det      12
        Harbour   NNP PROPN compound 12
        Policy    NNP PROPN compound 12 -       B-PERSON
        Framework NNP PROPN pobj     8  -       I-PERSON
        .         .   PUNCT punct    3
        A         DT  DET   det      16
        porter    NN  NOUN  nsubj    16
        spoke     VBD VERB  ROOT     16 speak
        .         .   PUNCT punct    16
        """
    )
    assert list(statistical_entities(context_of(doc), ())) == []


def test_statistical_entities_organisation_stops_before_a_role_title() -> None:
    # the model read "DUA General" in "DUA General Secretary Ann Lowe"
    doc = make_doc(
        """
        the        DT  DET   det      1
        union      NN  NOUN  nsubj    2
        said       VBD VERB  ROOT     2  say
        DUA        NNP PROPN compound 5  -  B-ORG
        General    NNP PROPN compound 5  -  I-ORG
        Secretary  NNP PROPN compound 7
        Ann        NNP PROPN compound 7  -  B-PERSON
        Lowe       NNP PROPN nsubj    8  -  I-PERSON
        spoke      VBD VERB  ccomp    2  speak
        .          .   PUNCT punct    2
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("DUA", "ner", "Organisation"),
        ("Ann Lowe", "ner", "Person"),
    ]


def test_head_noun_phrase_in_a_headline_has_no_participle_long_form() -> None:
    # "Ferry Offer Rejected by Union": the headline's verb, not a longer name of the offer
    doc = make_doc(
        """
        Ferry     NNP PROPN compound 1
        Offer     NNP PROPN ROOT     1  offer
        Rejected  VBN VERB  acl      1  reject
        by        IN  ADP   agent    2
        Union     NNP PROPN pobj     3
        """
    )
    assert [c.span.text for c in head_noun_phrases(context_of(doc), ())] == ["Ferry Offer"]


# ------------------------------------------------------------------ proposals (ext-proposals)


def test_mention_source_demonstrative_with_common_words_is_a_description() -> None:
    doc = make_doc(
        """
        This     DT  DET   det      3
        meagre   JJ  ADJ   amod     3
        pay      NN  NOUN  compound 3
        award    NN  NOUN  nsubj    4
        angered  VBD VERB  ROOT     4  anger
        nurses   NNS NOUN  dobj     4  nurse
        .        .   PUNCT punct    4
        """
    )
    found = list(head_noun_phrases(context_of(doc), ()))
    assert _texts(found) == [("meagre pay award", "description", "FundingPackage")]
    assert found[0].head == "award"


def test_mention_source_demonstrative_before_a_number_still_names() -> None:
    doc = make_doc(
        """
        This      DT  DET   det      2
        2025/26   CD  NUM   nummod   2
        contract  NN  NOUN  nsubj    3
        lapsed    VBD VERB  ROOT     3  lapse
        .         .   PUNCT punct    3
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("2025/26 contract", "noun-phrase", "Contract")
    ]


def test_mention_source_headline_clause_read_as_one_noun_is_no_name() -> None:
    # "Porters and council strike deal": headlinese, parsed as one compound noun
    doc = make_doc(
        """
        Hospital NNP PROPN compound 1
        porters  NNS NOUN  nmod     5  porter
        and      CC  CCONJ cc       1
        council  NN  NOUN  conj     1
        strike   NN  NOUN  compound 5
        deal     NN  NOUN  ROOT     5
        """
    )
    assert list(head_noun_phrases(context_of(doc), ())) == []


def test_mention_source_bare_resolution_is_the_settling_of_a_dispute() -> None:
    doc = make_doc(
        """
        Both     DT  DET   det      1
        sides    NNS NOUN  nsubj    2  side
        want     VBP VERB  ROOT     2
        a        DT  DET   det      4
        resolution NN NOUN dobj     2
        .        .   PUNCT punct    2
        """
    )
    assert list(head_noun_phrases(context_of(doc), ())) == []


def test_mention_source_fair_settlement_is_the_settling_of_a_dispute() -> None:
    # "a fair settlement" is how a dispute may end; "the 2024 pay settlement" names a contract
    doc = make_doc(
        """
        Pilots   NNS NOUN  nsubj    1  pilot
        want     VBP VERB  ROOT     1
        a        DT  DET   det      4
        fair     JJ  ADJ   amod     4
        settlement NN NOUN dobj     1
        .        .   PUNCT punct    1
        The      DT  DET   det      9
        2024     CD  NUM   nummod   9
        pay      NN  NOUN  compound 9
        settlement NN NOUN nsubj    10
        ended    VBD VERB  ROOT     10 end
        .        .   PUNCT punct    10
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("2024 pay settlement", "noun-phrase", "Contract")
    ]


def test_mention_source_bare_plural_of_common_words_is_a_kind_of_proposal() -> None:
    # "incentive schemes" are schemes of a kind; "Harbour schemes" and "2025 schemes" say which
    doc = make_doc(
        """
        Pilots    NNS  NOUN  nsubj    1  pilot
        like      VBP  VERB  ROOT     1
        incentive NN   NOUN  compound 3
        schemes   NNS  NOUN  dobj     1  scheme
        .         .    PUNCT punct    1
        Pilots    NNS  NOUN  nsubj    6  pilot
        like      VBP  VERB  ROOT     6
        Harbour   NNP  PROPN compound 8
        schemes   NNS  NOUN  dobj     6  scheme
        and       CC   CCONJ cc       8
        2025      CD   NUM   nummod   11
        schemes   NNS  NOUN  conj     8  scheme
        .         .    PUNCT punct    6
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("Harbour schemes", "noun-phrase", "Policy"),
        ("2025 schemes", "noun-phrase", "Policy"),
    ]
