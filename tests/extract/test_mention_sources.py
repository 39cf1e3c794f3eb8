"""Mention sources, settling and role links on hand-built docs: no statistical parser involved."""

from __future__ import annotations

import pytest
from doc_builder import context_of, make_doc, mentions_of
from spacy.tokens import Doc, Span

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import SOURCES, Candidate, MentionSet
from kg.extract.mentions.acronyms import acronym_definitions, acronym_pairs, initials
from kg.extract.mentions.candidates import Context
from kg.extract.mentions.descriptions import bodies_of_organisations, organisation_descriptions
from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.honorifics import (
    people_after_seat_letters,
    people_listed_after_a_role,
    people_with_honorifics,
)
from kg.extract.mentions.methods import METHODS
from kg.extract.mentions.ner import statistical_entities
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.proper_names import names_ending_in_a_country, undefined_acronyms
from kg.extract.mentions.retyped_names import people_named_as_organisations
from kg.extract.mentions.role_phrases import find_role_phrases
from kg.extract.mentions.settle import settle
from kg.extract.mentions.titled_bodies import bodies_before_their_heads_title
from kg.extract.mentions.verb_events import events_named_by_verbs
from kg.extract.parse import GAZETTEER_SPANS, UNSUPPORTED_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

FRC = """
The        DET   det      1  -      DT
Federation PROPN nsubj    8  -      NNP   B-ORG
of         ADP   prep     1  -      IN    I-ORG
Rural      PROPN compound 4  -      NNP   I-ORG
Clinics    PROPN pobj     2  clinic NNPS  I-ORG
(          PUNCT punct    1  -      -LRB-
FRC        PROPN appos    1  -      NNP
)          PUNCT punct    1  -      -RRB-
met        VERB  ROOT     8  meet   VBD
.          PUNCT punct    8  -      .
FRC        PROPN nsubj    11 -      NNP
said       VERB  ROOT     11 say    VBD
no         INTJ  dobj     11 -      UH
.          PUNCT punct    11 -      .
"""

GPC_ENGLAND = """
GPC      PROPN compound 1 -    NNP B-ORG
England  PROPN nsubj    2 -    NNP B-GPE
met      VERB  ROOT     2 meet VBD
the      DET   det      4 -    DT
minister NOUN  dobj     2 -    NN
.        PUNCT punct    2 -    .
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
        "verb-again": 0.5,
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
        the          DET   det      2 - DT
        Conservative PROPN compound 2 - NNP
        Government   PROPN ROOT     2 - NNP
        """,
        gazetteer=gazetteer,
    )
    assert [(c.span.text, c.gazetteer_id) for c in listed_names(context_of(doc), ())] == [
        ("Conservative Government", "gov")
    ]
    then = make_doc(
        """
        the DET det 3 - DT
        then ADV advmod 3 - RB
        Conservative PROPN compound 3 - NNP
        Government PROPN ROOT 3 - NNP
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


def test_mention_source_acronym_long_form_with_a_curly_possessive_apostrophe() -> None:
    # "Ferry Pilots’ Guild (FPG)": the tagger may read "’" as a closing quote; the parser may
    # start a sentence inside the name
    doc = make_doc(
        """
        Ferry PROPN ROOT 0 - NNP
        Pilots PROPN poss 3 - NNPS
        ’ PUNCT punct 1 - ''
        Guild PROPN nsubj 7 - NNP
        ( PUNCT punct 3 - -LRB-
        FPG PROPN appos 3 - NNP
        ) PUNCT punct 3 - -RRB-
        spoke VERB ROOT 7 speak VBD
        . PUNCT punct 7 - .
        """
    )
    assert doc[1].is_sent_start
    assert [(a.text, b.text) for a, b in acronym_pairs(doc)] == [("Ferry Pilots’ Guild", "FPG")]


def test_mention_source_acronym_long_form_crosses_the_commas_of_its_list() -> None:
    # "the Canal, Harbour and Dock union (CHD)": a name coordinating three nouns is written
    # "A, B and C"; its commas do not end the long form
    doc = make_doc(
        """
        the DET det 5 - DT
        Canal PROPN compound 5 - NNP
        , PUNCT punct 1 - ,
        Harbour PROPN conj 1 - NNP
        and CCONJ cc 3 - CC
        Dock PROPN conj 3 - NNP
        union NOUN ROOT 6 - NN
        ( PUNCT punct 6 - -LRB-
        CHD PROPN appos 6 - NNP
        ) PUNCT punct 6 - -RRB-
        . PUNCT punct 6 - .
        """
    )
    assert [(a.text, b.text) for a, b in acronym_pairs(doc)] == [
        ("Canal, Harbour and Dock union", "CHD")
    ]


def test_mention_source_acronym_long_form_stops_at_a_comma_outside_a_list() -> None:
    # "Dock, Harbour Board (DHB)": no "and" of a list follows the comma, so it ends the name
    # and "Harbour Board" alone cannot spell DHB
    doc = make_doc(
        """
        Dock PROPN ROOT 0 - NNP
        , PUNCT punct 0 - ,
        Harbour PROPN compound 3 - NNP
        Board PROPN appos 0 - NNP
        ( PUNCT punct 3 - -LRB-
        DHB PROPN appos 3 - NNP
        ) PUNCT punct 3 - -RRB-
        . PUNCT punct 0 - .
        """
    )
    assert acronym_pairs(doc) == []


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


def test_mention_source_acronym_long_form_the_model_calls_a_person_is_an_organisation() -> None:
    # "Harbour Ferry Lines (HFL) sailed." A person's name is given no initialism.
    doc = make_doc(
        """
        Harbour PROPN compound 2 - NNP  B-PERSON
        Ferry   PROPN compound 2 - NNP  I-PERSON
        Lines   PROPN nsubj    6 - NNPS I-PERSON
        (       PUNCT punct    2 - -LRB-
        HFL     PROPN appos    2 - NNP
        )       PUNCT punct    2 - -RRB-
        sailed  VERB  ROOT     6 sail VBD
        .       PUNCT punct    6 - .
        """
    )
    long, short, *_ = acronym_definitions(context_of(doc), ())
    assert long.span.text == "Harbour Ferry Lines"
    assert core_class(long.type) == KG.Organisation and core_class(short.type) == KG.Organisation


def test_mention_source_acronym_of_a_seats_holders_names_no_organisation() -> None:
    # "Members of the Scottish Parliament (MSPs) voted.": the holders of seats, people
    doc = make_doc(
        """
        Members    NOUN  nsubj    8 member NNS
        of         ADP   prep     0 -      IN
        the        DET   det      4 -      DT
        Scottish   PROPN compound 4 -      NNP
        Parliament PROPN pobj     1 -      NNP
        (          PUNCT punct    0 -      -LRB-
        MSPs       PROPN appos    0 MSP    NNPS
        )          PUNCT punct    0 -      -RRB-
        voted      VERB  ROOT     8 vote   VBD
        .          PUNCT punct    8 -      .
        """
    )
    assert [(a.text, b.text) for a, b in acronym_pairs(doc)] == [
        ("Members of the Scottish Parliament", "MSPs")
    ]
    assert list(acronym_definitions(context_of(doc), ())) == []


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
        Dr      PROPN compound 1 -     NNP
        Bramall PROPN nsubj    2 -     NNP B-PERSON
        left    VERB  ROOT     2 leave VBD
        before  ADP   prep     2 -     IN
        the     DET   det      6 -     DT
        Easter  PROPN compound 6 -     NNP B-PERSON
        recess  NOUN  pobj     3 -     NN
        .       PUNCT punct    2 -     .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Dr Bramall", "ner", "Person")
    ]


@pytest.mark.parametrize(
    ("words", "label"), [("Seán Ó Fearghaíl", "ORG"), ("Áine Ní Bhriain", "GPE")]
)
def test_mention_source_ner_a_name_with_a_capitalised_surname_particle_is_a_person(
    words: str, label: str
) -> None:
    first, particle, last = words.split()
    doc = make_doc(
        f"""
        {first}    PROPN compound 2 -    NNP B-{label}
        {particle} PROPN compound 2 -    NNP I-{label}
        {last}     PROPN nsubj    3 -    NNP I-{label}
        said       VERB  ROOT     3 say   VBD
        the        DET   det      5 -     DT
        plan       NOUN  nsubj    6 -     NN
        was        AUX   ccomp    3 be    VBD
        wrong      ADJ   acomp    6 -     JJ
        .          PUNCT punct    3 -    .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [(words, "ner", "Person")]


def test_mention_source_ner_a_name_ending_in_assembly_is_a_legislature() -> None:
    """ "The Harbour Assembly said the plan was wrong.": a capitalised "Assembly" ending a name
    is a legislature, not a gathering."""
    doc = make_doc(
        """
        The      DET   det      2 -    DT
        Harbour  PROPN compound 2 -    NNP B-ORG
        Assembly PROPN nsubj    3 -    NNP I-ORG
        said     VERB  ROOT     3 say  VBD
        the      DET   det      5 -    DT
        plan     NOUN  nsubj    6 -    NN
        was      AUX   ccomp    3 be   VBD
        wrong    ADJ   acomp    6 -    JJ
        .        PUNCT punct    3 -    .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Harbour Assembly", "ner", "Legislature")
    ]


def test_mention_source_ner_place_ending_in_a_common_noun_is_none() -> None:
    doc = make_doc(
        """
        Talks   NOUN  nsubjpass 2 -    NNS
        will    AUX   aux       2 -    MD
        resume  VERB  ROOT      2 -    VB
        after   ADP   prep      2 -    IN
        the     DET   det       6 -    DT
        Harvest PROPN compound  6 -    NNP B-GPE
        holiday NOUN  pobj      3 -    NN  I-GPE
        in      ADP   prep      2 -    IN
        North   PROPN compound  9 -    NNP B-GPE
        Dale    PROPN pobj      7 -    NNP I-GPE
        .       PUNCT punct     2 -    .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("North Dale", "ner", "Place")
    ]


def test_mention_source_ner_name_beside_a_kind_of_organisation_is_one() -> None:
    doc = make_doc(
        """
        Mind    PROPN nsubj    7 -   NNP B-PERSON
        ,       PUNCT punct    0 -   ,
        the     DET   det      5 -   DT
        mental  ADJ   amod     4 -   JJ
        health  NOUN  compound 5 -   NN
        charity NOUN  appos    0 -   NN
        ,       PUNCT punct    0 -   ,
        said    VERB  ROOT     7 say VBD
        so      ADV   advmod   7 -   RB
        .       PUNCT punct    7 -   .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Mind", "ner", "Organisation")
    ]


def test_mention_revision_one_word_person_named_as_an_organisation_is_one() -> None:
    doc = make_doc(
        """
        Shelter PROPN nsubj  1 -   NNP B-PERSON
        said    VERB  ROOT   1 say VBD
        so      ADV   advmod 1 -   RB
        .       PUNCT punct  1 -   .
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
        Age      PROPN compound 1 -       NNP
        UK       PROPN nsubj    2 -       NNP B-GPE
        welcomed VERB  ROOT     2 welcome VBD
        it       PRON  dobj     2 -       PRP
        .        PUNCT punct    2 -       .
        """,
        gazetteer=[(1, 2, KG.Country, "uk")],
    )
    (found,) = names_ending_in_a_country(context_of(doc), ())
    assert (found.span.text, found.method, found.wraps_place) == ("Age UK", "name-part", True)


def test_mention_source_listed_body_before_a_nation_is_its_branch() -> None:
    # "Guild Cymru Wales backed it": the listed Guild's branch, named in both languages
    doc = make_doc(
        """
        Guild  PROPN compound 2 -    NNP
        Cymru  PROPN compound 2 -    NNP
        Wales  PROPN nsubj    3 -    NNP B-GPE
        backed VERB  ROOT     3 back VBD
        it     PRON  dobj     3 -    PRP
        .      PUNCT punct    3 -    .
        """,
        gazetteer=[
            (0, 1, KG.TradeUnion, "guild"),
            (1, 2, KG.Country, "wales"),
            (2, 3, KG.Country, "wales"),
        ],
    )
    (found,) = names_ending_in_a_country(context_of(doc), ())
    assert (found.span.text, found.type, found.wraps_place) == (
        "Guild Cymru Wales",
        KG.TradeUnion,
        True,
    )


def test_mention_source_listed_body_before_a_nation_named_with_a_slash_is_its_branch() -> None:
    # "Guild Cymru/Wales backed it": the nation's two names joined by a slash
    doc = make_doc(
        """
        Guild  PROPN compound 3 -    NNP
        Cymru  PROPN nmod     3 -    NNP
        /      SYM   punct    3 -    SYM
        Wales  PROPN nsubj    4 -    NNP B-GPE
        backed VERB  ROOT     4 back VBD
        it     PRON  dobj     4 -    PRP
        .      PUNCT punct    4 -    .
        """,
        gazetteer=[
            (0, 1, KG.TradeUnion, "guild"),
            (1, 2, KG.Country, "wales"),
            (3, 4, KG.Country, "wales"),
        ],
    )
    (found,) = names_ending_in_a_country(context_of(doc), ())
    assert ([t.text for t in found.span], found.type) == (
        ["Guild", "Cymru", "/", "Wales"],
        KG.TradeUnion,
    )


@pytest.mark.parametrize(
    ("place_entity", "body_entity", "determiner", "branch"),
    [
        ("B-GPE", "", "", "Kent Guild"),  # the model reads the place as a place
        ("B-ORG", "I-ORG", "", "Kent Guild"),  # ... or as the start of the body's name
        ("B-GPE", "", "the", None),  # "the Kent Guild": "the" is not part of the name
        ("", "", "", None),  # no place at all: "Acme Guild" is for other rules
    ],
)
def test_mention_source_place_before_a_listed_body_is_its_local_branch(
    place_entity: str, body_entity: str, determiner: str, branch: str | None
) -> None:
    # "Kent Guild backed it": the listed Guild's branch for Kent
    first = f"{determiner} DET det 2 - DT" if determiner else ""
    offset = 1 if determiner else 0
    doc = make_doc(
        f"""
        {first}
        Kent   PROPN compound {1 + offset} -    NNP {place_entity}
        Guild  PROPN nsubj    {2 + offset} -    NNP {body_entity}
        backed VERB  ROOT     {2 + offset} back VBD
        it     PRON  dobj     {2 + offset} -    PRP
        .      PUNCT punct    {2 + offset} -    .
        """,
        gazetteer=[(1 + offset, 2 + offset, KG.TradeUnion, "guild")],
    )
    found = [(c.span.text, c.type) for c in names_ending_in_a_country(context_of(doc), ())]
    assert found == ([(branch, KG.TradeUnion)] if branch else [])


def test_mention_source_listed_branch_is_not_found_again() -> None:
    # "Guild Wales" listed under its own name: no second name for it
    doc = make_doc(
        """
        Guild  PROPN compound 1 -    NNP
        Wales  PROPN nsubj    2 -    NNP B-GPE
        backed VERB  ROOT     2 back VBD
        .      PUNCT punct    2 -    .
        """,
        gazetteer=[
            (0, 2, KG.TradeUnion, "guild_wales"),
            (0, 1, KG.TradeUnion, "guild"),
            (1, 2, KG.Country, "wales"),
        ],
    )
    assert list(names_ending_in_a_country(context_of(doc), ())) == []


def test_mention_source_undefined_acronym_before_a_common_noun_is_no_name() -> None:
    doc = make_doc(
        """
        The       DET   det      1 - DT
        FRC       PROPN nsubj    2 - NNP
        cut       VERB  ROOT     2 - VBD
        CPI       PROPN compound 4 - NNP
        inflation NOUN  dobj     2 - NN
        .         PUNCT punct    2 - .
        """
    )
    assert _texts(list(undefined_acronyms(context_of(doc), ()))) == [
        ("FRC", "name-part", "Organisation")
    ]


def test_mention_source_honorific_name_joins_a_double_barrelled_surname() -> None:
    doc = make_doc(
        """
        Dr    PROPN compound 3 -     NNP
        Ashby PROPN compound 3 -     NNP
        -     PUNCT punct    3 -     HYPH
        Reid  PROPN nsubj    4 -     NNP
        spoke VERB  ROOT     4 speak VBD
        .     PUNCT punct    4 -     .
        """
    )
    assert doc.text == "Dr Ashby-Reid spoke."
    assert _texts(list(people_with_honorifics(context_of(doc), ()))) == [
        ("Dr Ashby-Reid", "honorific", "Person")
    ]


def test_mention_source_honorific_name_with_a_capital_inside_a_word() -> None:
    # "Dr Ana McLennan spoke.": "McLennan" is no title case, yet a name's word
    doc = make_doc(
        """
        Dr       PROPN compound 2 -     NNP
        Ana      PROPN compound 2 -     NNP
        McLennan PROPN nsubj    3 -     NNP
        spoke    VERB  ROOT     3 speak VBD
        .        PUNCT punct    3 -     .
        """
    )
    assert _texts(list(people_with_honorifics(context_of(doc), ()))) == [
        ("Dr Ana McLennan", "honorific", "Person")
    ]


def test_mention_source_honorific_name_of_three_words_with_a_double_barrelled_one() -> None:
    doc = make_doc(
        """
        Dr     PROPN compound 4 -     NNP
        Ana    PROPN compound 4 -     NNP
        -      PUNCT punct    4 -     HYPH
        Maria  PROPN compound 4 -     NNP
        Lind   PROPN nsubj    5 -     NNP
        spoke  VERB  ROOT     5 speak VBD
        .      PUNCT punct    5 -     .
        """
    )
    assert _texts(list(people_with_honorifics(context_of(doc), ()))) == [
        ("Dr Ana-Maria Lind", "honorific", "Person")
    ]


# "The rapporteurs Ana Lind, Petros Vallis and Jo Reyes backed the EFRA report."
RAPPORTEURS = """
    The         DET   det      1  -          DT
    rapporteurs NOUN  nsubj    10 rapporteur NNS
    Ana         PROPN compound 3  -          NNP
    Lind        PROPN appos    1  -          NNP   B-ORG
    ,           PUNCT punct    3  -          ,
    Petros      PROPN compound 6  -          NNP
    Vallis      PROPN conj     3  -          NNP   B-ORG
    and         CCONJ cc       6  -          CC
    Jo          PROPN compound 9  -          NNP   B-PERSON
    Reyes       PROPN conj     6  -          NNP   I-PERSON
    backed      VERB  ROOT     10 back       VBD
    the         DET   det      13 -          DT
    EFRA        PROPN compound 13 -          NNP
    report      NOUN  dobj     10 -          NN
    .           PUNCT punct    10 -          .
"""


def test_mention_source_names_listed_after_a_plural_role_are_people() -> None:
    doc = make_doc(RAPPORTEURS)
    assert _texts(list(people_listed_after_a_role(context_of(doc), ()))) == [
        ("Ana Lind", "honorific", "Person"),
        ("Petros Vallis", "honorific", "Person"),
        ("Jo Reyes", "honorific", "Person"),
    ]


# "The Alba MSP Ivo Marsh and the TD Ann Breen backed the MSP Health Committee report."
SEAT_LETTERS = """
    The       DET   det      3  -      DT
    Alba      PROPN compound 3  -      NNP
    MSP       PROPN compound 3  -      NNP
    Ivo       PROPN compound 4  -      NNP
    Marsh     PROPN nsubj    10 -      NNP
    and       CCONJ cc       4  -      CC
    the       DET   det      9  -      DT
    TD        PROPN compound 9  -      NNP
    Ann       PROPN compound 9  -      NNP
    Breen     PROPN conj     4  -      NNP
    backed    VERB  ROOT     10 back   VBD
    the       DET   det      15 -      DT
    MSP       PROPN compound 15 -      NNP
    Health    PROPN compound 14 -      NNP
    Committee PROPN compound 15 -      NNP
    report    NOUN  dobj     10 -      NN
    .         PUNCT punct    10 -      .
"""


def test_mention_source_a_name_after_a_seats_letters_is_a_person() -> None:
    # the letters say a member's name follows; "MSP Health Committee" ends in a body's word
    doc = make_doc(SEAT_LETTERS)
    assert _texts(list(people_after_seat_letters(context_of(doc), ()))) == [
        ("Ivo Marsh", "honorific", "Person"),
        ("Ann Breen", "honorific", "Person"),
    ]


def test_mention_source_names_after_a_plural_role_not_a_body_or_one_word() -> None:
    # "the ministers NHS England ..." and "members Unison": no person's name follows
    doc = make_doc(
        """
        Members    NOUN  nsubj    3 member NNS
        NHS        PROPN compound 2 -      NNP
        England    PROPN appos    0 -      NNP
        met        VERB  ROOT     3 meet   VBD
        members    NOUN  dobj     3 member NNS
        Unison     PROPN appos    4 -      NNP
        .          PUNCT punct    3 -      .
        """
    )
    assert list(people_listed_after_a_role(context_of(doc), ())) == []


# ------------------------------------------------------------------ proposals, events, descriptions


def test_mention_source_head_noun_gives_a_noun_phrase_and_a_description() -> None:
    doc = make_doc(
        """
        The      DET   det      2 -     DT
        pharmacy NOUN  compound 2 -     NN
        contract NOUN  nsubj    3 -     NN
        failed   VERB  ROOT     3 fail  VBD
        .        PUNCT punct    3 -     .
        The      DET   det      6 -     DT
        contract NOUN  nsubj    7 -     NN
        lapsed   VERB  ROOT     7 lapse VBD
        .        PUNCT punct    7 -     .
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
        a          DET  det  1 - DT
        motion     NOUN ROOT 1 - NN
        of         ADP  prep 1 - IN
        no         DET  det  4 - DT
        confidence NOUN pobj 2 - NN
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
        The     DET   det   1 -   DT
        College PROPN nsubj 2 -   NNP
        said    VERB  ROOT  2 say VBD
        no      INTJ  dobj  2 -   UH
        """
    )
    (found,) = organisation_descriptions(context_of(doc), ())
    assert (found.span.text, found.method, found.head) == ("College", "description", "college")


def test_mention_source_a_body_named_by_its_members_is_a_description() -> None:
    """ "Pilots' union rejects offer": the members' plural and an apostrophe say which body,
    as "the" does, even where a headline's parse hangs the words wrongly; "the pilots' union
    conference" is an event, no body."""
    rows = """
        Pilots  NOUN  poss     3 pilot  NNS
        '       PART  case     0 -      POS
        union   NOUN  compound 3 -      NN
        rejects NOUN  ROOT     3 reject NNS
        offer   NOUN  dobj     3 -      NN
        """
    (found,) = organisation_descriptions(context_of(make_doc(rows)), ())
    assert (found.span.text, found.method, found.head) == ("Pilots' union", "description", "union")
    event = rows.replace(
        "rejects NOUN  ROOT     3 reject NNS", "meeting NOUN  ROOT     3 -      NN"
    )
    assert list(organisation_descriptions(context_of(make_doc(event)), ())) == []


def test_mention_source_a_place_s_largest_union_is_a_description() -> None:
    """ "Wales's largest trade union said no.": a ranking in a place names no body of its own;
    it describes a union the article names, as "the union" does."""
    doc = make_doc(
        """
        Wales   PROPN poss     4 -       NNP B-GPE
        's      PART  case     0 -       POS
        largest ADJ   amod     4 large   JJS
        trade   NOUN  compound 4 -       NN
        union   NOUN  nsubj    5 -       NN
        said    VERB  ROOT     5 say     VBD
        no      INTJ  dobj     5 -       UH
        """
    )
    (found,) = organisation_descriptions(context_of(doc), ())
    assert (found.span.text, found.method) == ("union", "description")


def test_mention_source_a_union_with_a_describing_adjective_is_no_ranking() -> None:
    """ "Wales's new trade union said no.": no superlative, no description of one named."""
    doc = make_doc(
        """
        Wales   PROPN poss     4 -       NNP B-GPE
        's      PART  case     0 -       POS
        new     ADJ   amod     4 -       JJ
        trade   NOUN  compound 4 -       NN
        union   NOUN  nsubj    5 -       NN
        said    VERB  ROOT     5 say     VBD
        no      INTJ  dobj     5 -       UH
        """
    )
    assert list(organisation_descriptions(context_of(doc), ())) == []


def test_mention_source_a_group_of_people_is_no_description() -> None:
    """ "The group of riders said no.": a description noun whose "of" names the plural people
    it gathers is that collection, not an organisation named before (review3)."""
    doc = make_doc(
        """
        The     DET   det   1 -     DT
        group   NOUN  nsubj 4 -     NN
        of      ADP   prep  1 -     IN
        riders  NOUN  pobj  2 rider NNS
        said    VERB  ROOT  4 say   VBD
        no      INTJ  dobj  4 -     UH
        """
    )
    assert list(organisation_descriptions(context_of(doc), ())) == []


def test_mention_source_body_of_a_named_organisation() -> None:
    doc = make_doc(
        """
        the     DET   det   1 -    DT
        BMA     PROPN poss  3 -    NNP B-ORG
        's      PART  case  1 -    POS
        council NOUN  nsubj 4 -    NN
        met     VERB  ROOT  4 meet VBD
        """
    )
    (found,) = bodies_of_organisations(context_of(doc), ())
    assert (found.span.text, found.method, found.nested) == ("BMA's council", "noun-phrase", True)


@pytest.mark.parametrize(
    "table",
    [
        # "the Pilots' Guild, Scotland's pilots union": a place owns no bodies
        """
        Scotland PROPN poss 2 - NNP B-GPE
        's PART case 0 - POS
        pilots NOUN compound 3 pilot NNS
        union NOUN nsubj 4 - NN
        met VERB ROOT 4 meet VBD
        """,
        # "the Dockers' largest union": a superlative ranks one union of a kind
        """
        the DET det 1 - DT
        Dockers PROPN poss 4 - NNP B-ORG
        ' PART case 1 - POS
        largest ADJ amod 4 large JJS
        union NOUN nsubj 5 - NN
        met VERB ROOT 5 meet VBD
        """,
    ],
)
def test_mention_source_ranked_or_placed_union_is_no_body(table: str) -> None:
    assert list(bodies_of_organisations(context_of(make_doc(table)), ())) == []


DOCKERS_PILOTS = """
The DET det 2 - DT
Dockers PROPN compound 2 - NNP B-ORG
union NOUN poss 5 - NN
's PART case 2 - POS
senior ADJ amod 5 - JJ
pilots NOUN poss 7 pilot NNS
' PART case 5 - POS
committee NOUN nsubj 8 - NN
met VERB ROOT 8 meet VBD
. PUNCT punct 8 - .
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


def test_mention_organisation_by_its_kind_is_the_longest_name_before_it() -> None:
    # "the Dockers Scotland union met": the branch named before "union", not its parent
    doc = make_doc(
        """
        the      DET   det      3 - DT
        Dockers  PROPN compound 2 - NNP B-ORG
        Scotland PROPN compound 3 - NNP I-ORG
        union    NOUN  nsubj    4 - NN
        met      VERB  ROOT     4 meet VBD
        .        PUNCT punct    4 - .
        """,
        gazetteer=[(1, 2, KG.TradeUnion, "dockers"), (1, 3, KG.TradeUnion, "dockers_scotland")],
    )
    parent = Candidate(doc[1:2], KG.TradeUnion, "gazetteer", gazetteer_id="dockers")
    branch = Candidate(doc[1:3], KG.TradeUnion, "gazetteer", gazetteer_id="dockers_scotland")
    (union,) = bodies_of_organisations(context_of(doc), (parent, branch))
    assert (union.span.text, union.same_as) == ("Dockers Scotland union", branch)


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


def test_mention_settle_a_listed_place_before_a_bodys_name_word_is_the_body() -> None:
    # "Kent Council" read by the model around the gazetteer's county: the council, not the place
    doc = make_doc(
        """
        Harrow  PROPN compound 1 -      NNP B-ORG
        Council PROPN nsubj    2 -      NNP I-ORG
        agreed  VERB  ROOT     2 agree  VBD
        .       PUNCT punct    2 -      .
        """
    )
    context = context_of(doc)
    place = Candidate(doc[0:1], KG.Place, "gazetteer", gazetteer_id="harrow")
    council = Candidate(doc[0:2], KG.Organisation, "ner")
    found = settle(context, [place, council])
    assert [(m.text, m.method) for m in found.mentions] == [("Harrow Council", "ner")]


def test_mention_settle_event_phrase_may_hold_a_name() -> None:
    doc = make_doc(
        """
        the     DET   det      2 - DT
        GPCE    PROPN compound 2 - NNP
        meeting NOUN  ROOT     2 - NN
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
GPCE    PROPN compound 1 -   NNP B-ORG
chair   NOUN  compound 3 -   NN
Katie   PROPN compound 3 -   NNP B-PERSON
Bramall PROPN nsubj    4 -   NNP I-PERSON
said    VERB  ROOT     4 say VBD
so      ADV   advmod   4 -   RB
.       PUNCT punct    4 -   .
"""


def test_mention_role_phrase_takes_its_modifiers() -> None:
    doc = make_doc(ROLE)
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert (phrase.start, phrase.role_start, phrase.end) == (0, 1, 2)
    assert phrase.role.relation == KG.chairOf


def test_mention_role_takes_a_body_hung_beside_it_on_the_holder() -> None:
    # "Ferry Union general-secretary Tom Reeve said so.": the parser hangs "Union" on the
    # name, beside the title, not on the title
    doc = make_doc(
        """
        Ferry     PROPN compound 1 -   NNP B-ORG
        Union     PROPN nmod     6 -   NNP I-ORG
        general   ADJ   amod     4 -   JJ
        -         PUNCT punct    4 -   HYPH
        secretary NOUN  compound 6 -   NN
        Tom       PROPN compound 6 -   NNP B-PERSON
        Reeve     PROPN nsubj    7 -   NNP I-PERSON
        said      VERB  ROOT     7 say VBD
        so        ADV   advmod   7 -   RB
        .         PUNCT punct    7 -   .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert (phrase.start, phrase.role_start, phrase.end) == (0, 2, 5)
    assert phrase.role.relation == KG.leads


def test_mention_role_word_modifying_a_body_noun_is_no_role() -> None:
    # "The guild's Executive Committee met.": "Executive" names the committee's kind
    doc = make_doc(
        """
        The       DET   det      1 -    DT
        guild     NOUN  poss     4 -    NN
        's        PART  case     1 -    POS
        Executive PROPN compound 4 -    NNP
        Committee PROPN nsubj    5 -    NNP
        met       VERB  ROOT     5 meet VBD
        .         PUNCT punct    5 -    .
        """
    )
    assert find_role_phrases(doc, load_lexicon()) == ()


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


def test_mention_role_words_with_a_hyphen_and_a_deputy_s_post() -> None:
    # "director-general" (tokens "director - general", the last one tagged ADJ) leads;
    # "vice president" is a post below the head
    doc = make_doc(
        """
        Arden PROPN poss 3 - NNP B-ORG
        's PART case 0 - POS
        director NOUN compound 4 - NN
        - PUNCT punct 4 - HYPH
        general ADJ compound 6 - JJ
        Ann PROPN compound 6 - NNP B-PERSON
        Ryan PROPN nsubj 7 - NNP I-PERSON
        spoke VERB ROOT 7 speak VBD
        with ADP prep 7 - IN
        the DET det 11 - DT
        vice ADJ amod 11 - JJ
        president NOUN pobj 8 - NN
        . PUNCT punct 7 - .
        """
    )
    first, second = find_role_phrases(doc, load_lexicon())
    assert (first.role_start, first.end, first.role.relation) == (2, 5, KG.leads)
    assert (second.role_start, second.role.relation) == (10, KG.holdsPostIn)


def test_mention_role_after_a_bracketed_acronym_is_of_the_name_before_it() -> None:
    doc = make_doc(
        """
        Union PROPN compound 7 - NNP B-ORG
        of ADP prep 0 - IN I-ORG
        Ferry PROPN compound 3 - NNP I-ORG
        Workers PROPN pobj 1 - NNPS I-ORG
        ( PUNCT punct 0 - -LRB-
        UFW PROPN appos 0 - NNP B-ORG
        ) PUNCT punct 0 - -RRB-
        president NOUN compound 9 - NN
        Ann PROPN compound 9 - NNP B-PERSON
        Ryan PROPN nsubj 10 - NNP I-PERSON
        spoke VERB ROOT 10 speak VBD
        . PUNCT punct 10 - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    organisation = found.mentions[link.organisation] if link.organisation is not None else None
    assert organisation is not None and organisation.text in ("Union of Ferry Workers", "UFW")
    assert found.mentions[link.holder].text == "Ann Ryan"


def test_statistical_entities_common_word_read_as_a_name_is_none() -> None:
    # "Farmers" opens the sentence and "farmers" is a common word later; "Broken" is read as a
    # proper noun nowhere; "Okoro" is a name
    doc = make_doc(
        """
        Farmers NOUN nsubj 1 farmer NNS B-ORG
        protested VERB ROOT 1 protest VBD
        . PUNCT punct 1 - .
        ‘ PUNCT punct 6 - ``
        Broken VERB amod 6 break VBN B-PERSON
        ’ PUNCT punct 6 - ''
        rules NOUN nsubj 7 rule NNS
        angered VERB ROOT 7 anger VBD
        farmers NOUN dobj 7 farmer NNS
        and CCONJ cc 8 - CC
        Okoro PROPN conj 8 - NNP B-PERSON
        . PUNCT punct 7 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_statistical_entities_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    # "Nurses" opens the sentence, an inflected plural (lemma "nurse"): a common noun
    doc = make_doc(
        """
        Nurses NOUN nsubj 1 nurse NNS B-ORG
        marched VERB ROOT 1 march VBD
        with ADP prep 1 - IN
        Okoro PROPN pobj 2 - NNP B-PERSON
        . PUNCT punct 1 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_statistical_entities_capitalised_plural_without_a_lemma_is_no_name() -> None:
    # "Pilots and Stewards will vote; the steward pay scale rose.": the tagger leaves
    # "Stewards" (NNPS) without a lemma; its singular is written in lower case
    doc = make_doc(
        """
        Pilots NOUN nsubj 3 pilot NNS
        and CCONJ cc 0 - CC
        Stewards PROPN conj 0 Stewards NNPS B-ORG
        will AUX aux 4 - MD
        vote VERB ROOT 4 - VB
        ; PUNCT punct 4 - :
        the DET det 9 - DT
        steward NOUN compound 8 - NN
        pay NOUN compound 9 - NN
        scale NOUN nsubj 10 - NN
        rose VERB conj 4 rise VBD
        with ADP prep 10 - IN
        Okoro PROPN pobj 11 - NNP B-PERSON
        . PUNCT punct 4 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_statistical_entities_word_before_a_role_title_is_no_person() -> None:
    # "Harbour" modifies the role noun "Commissioner": a title's word, not a person
    doc = make_doc(
        """
        the DET det 1 - DT
        board NOUN nsubj 2 - NN
        said VERB ROOT 2 say VBD
        Harbour PROPN compound 4 - NNP B-PERSON
        Commissioner PROPN compound 6 - NNP
        Ann PROPN compound 6 - NNP B-PERSON
        Ryan PROPN nsubj 7 - NNP I-PERSON
        had AUX aux 8 have VBD
        resigned VERB ccomp 2 resign VBN
        . PUNCT punct 2 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Ann Ryan", "ner", "Person")
    ]


def test_statistical_entities_a_saint_s_name_and_the_institution_after_it_are_one() -> None:
    # the model may read "St Agnes's" as a person and "Teaching Hospital" as an organisation
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP B-PERSON
        left VERB ROOT 1 leave VBD
        his PRON poss 3 - PRP$
        post NOUN dobj 1 - NN
        at ADP prep 3 - IN
        St PROPN compound 6 - NNP B-PERSON
        Agnes PROPN poss 9 - NNP I-PERSON
        's PART case 6 - POS I-PERSON
        Teaching PROPN compound 9 - NNP B-ORG
        Hospital PROPN pobj 4 - NNP I-ORG
        on ADP prep 1 - IN
        the DET det 12 - DT
        ward NOUN pobj 10 - NN
        . PUNCT punct 1 - .
        """
    )
    assert [t[0] for t in _texts(list(statistical_entities(context_of(doc), ())))] == [
        "Okoro",
        "St Agnes's Teaching Hospital",
    ]


def test_statistical_entities_a_name_after_an_article_is_no_person() -> None:
    # "the amended Bill": the model may read "Bill" as a person's name
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP B-PERSON
        opposed VERB ROOT 1 oppose VBD
        the DET det 4 - DT
        amended VERB amod 4 amend VBN
        Bill PROPN dobj 1 - NNP B-PERSON
        . PUNCT punct 1 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_mention_role_title_takes_no_organisation_s_name_after_of_and_keeps_an_ampersand() -> None:
    # "president of St Agnes's College": a possessive is no word of a post's title;
    # "Health & Care Spokesperson": the "&" joins the title's words
    doc = make_doc(
        """
        Okoro PROPN nsubj 7 - NNP B-PERSON
        , PUNCT punct 0 - ,
        president NOUN appos 0 - NN
        of ADP prep 2 - IN
        St PROPN compound 5 - NNP
        Agnes PROPN poss 7 - NNP
        's PART case 5 - POS
        spoke VERB ROOT 7 speak VBD
        to ADP prep 7 - IN
        Health PROPN nmod 12 - NNP
        & CCONJ cc 9 - CC
        Care PROPN conj 9 - NNP
        Spokesperson PROPN pobj 8 - NNP
        . PUNCT punct 7 - .
        """
    )
    first, second = find_role_phrases(doc, load_lexicon())
    assert (first.role_start, first.end) == (2, 3)
    assert (second.start, second.role_start) == (9, 12)


def test_statistical_entities_a_place_ending_in_a_proposal_s_head_noun_is_none() -> None:
    # "the Port Levy": the model may read it as a place; "Levy" heads proposals
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP B-PERSON
        announced VERB ROOT 1 announce VBD
        the DET det 4 - DT
        Port PROPN compound 4 - NNP B-GPE
        Levy PROPN dobj 1 - NNP I-GPE
        in ADP prep 1 - IN
        Arden PROPN pobj 5 - NNP B-GPE
        . PUNCT punct 1 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [
        ("Okoro", "ner", "Person"),
        ("Arden", "ner", "Place"),
    ]


def test_statistical_entities_words_of_a_bill_s_name_are_no_organisation_or_person() -> None:
    # "the Harbour Services Bill": the model may read "Harbour Services" as an organisation and
    # "Bill" as a person; "Police Commissioners" names people in a post, no organisation
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP B-PERSON
        backed VERB ROOT 1 back VBD
        the DET det 5 - DT
        Harbour PROPN compound 4 - NNP B-ORG
        Services PROPN compound 5 - NNPS I-ORG
        Bill PROPN dobj 1 - NNP B-PERSON
        with ADP prep 1 - IN
        Police PROPN compound 8 - NNP B-ORG
        Commissioners PROPN pobj 6 - NNPS I-ORG
        . PUNCT punct 1 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_statistical_entities_capitalised_name_of_a_service_is_no_organisation() -> None:
    # "a national Harbour Ready service": the model may read "Harbour Ready" as an organisation
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP B-PERSON
        launched VERB ROOT 1 launch VBD
        a DET det 6 - DT
        national ADJ amod 6 - JJ
        Harbour PROPN compound 5 - NNP B-ORG
        Ready PROPN compound 6 - NNP I-ORG
        service NOUN dobj 1 - NN
        . PUNCT punct 1 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Okoro", "ner", "Person")]


def test_short_form_of_a_term_in_brackets_is_no_organisation() -> None:
    # "foods high in salt and sugar (HSS)": a term's short form, however the model reads it
    doc = make_doc(
        """
        Okoro PROPN nsubj 1 - NNP B-PERSON
        banned VERB ROOT 1 ban VBD
        foods NOUN dobj 1 food NNS
        high ADJ amod 2 - JJ
        in ADP prep 3 - IN
        salt NOUN pobj 4 - NN
        and CCONJ cc 5 - CC
        sugar NOUN conj 5 - NN
        ( PUNCT punct 7 - -LRB-
        HSS PROPN appos 7 - NNP B-ORG
        ) PUNCT punct 7 - -RRB-
        . PUNCT punct 1 - .
        """
    )
    context = context_of(doc)
    assert _texts(list(statistical_entities(context, ()))) == [("Okoro", "ner", "Person")]
    assert list(undefined_acronyms(context, ())) == []


def test_statistical_entities_topic_names_are_no_actors_or_places() -> None:
    # "Covid" and "AI" name topics (lex:topicName) however the model types them; "Adeyemi" is a name
    doc = make_doc(
        """
        Covid PROPN nsubj 1 - NNP B-PERSON
        hit VERB ROOT 1 hit VBD
        schools NOUN dobj 1 school NNS
        , PUNCT punct 1 - ,
        Adeyemi PROPN nsubj 5 - NNP B-PERSON
        said VERB conj 1 say VBD
        , PUNCT punct 5 - ,
        and CCONJ cc 5 - CC
        AI PROPN nsubj 9 - NNP B-GPE
        helps VERB conj 5 help VBZ
        . PUNCT punct 1 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == [("Adeyemi", "ner", "Person")]


def test_short_forms_of_things_are_no_organisations() -> None:
    # "Care homes ran short of PPE.": a short form of equipment (lex:topicName), not a body
    doc = make_doc(
        """
        Care   NOUN  compound 1 -     NN
        homes  NOUN  nsubj    2 home  NNS
        ran    VERB  ROOT     2 run   VBD
        short  ADV   advmod   2 -     RB
        of     ADP   prep     3 -     IN
        PPE    PROPN pobj     4 -     NNP B-ORG
        .      PUNCT punct    2 -     .
        """
    )
    assert "PPE" not in {m.text for m in mentions_of(doc).mentions}


def test_statistical_entities_topic_name_after_a_prefix_is_no_actor() -> None:
    # "post-Brexit" is a word of time (lex:topicPrefix + lex:topicName), typed ORG by the model
    doc = make_doc(
        """
        post PROPN amod 3 - NNP B-ORG
        - PUNCT punct 0 - HYPH I-ORG
        Brexit PROPN amod 3 - NNP I-ORG
        grants NOUN nsubj 4 grant NNS
        start VERB ROOT 4 start VBP
        . PUNCT punct 4 - .
        """
    )
    assert doc[:3].text == "post-Brexit"
    assert _texts(list(statistical_entities(context_of(doc), ()))) == []


def test_lexicon_topic_prefix_before_one_name_makes_an_adjective() -> None:
    # "non-EU workers", "pre-Covid levels": a prefix and one name is an adjective, no actor;
    # a name of several words after the prefix may be a body's ("Anti-Slavery International")
    lexicon = load_lexicon()
    assert lexicon.names_a_topic("Pre-Covid")
    assert lexicon.names_a_topic("non-EU")
    assert not lexicon.names_a_topic("Anti-Slavery International")
    assert not lexicon.names_a_topic("Covid-Harbour")


def test_statistical_entities_event_needs_an_event_noun_and_a_cut_name_is_widened() -> None:
    # "the Great Ferry War" is history, not an event of policy; "Change" is the end of the
    # name "Fares for Change" the model found in full before
    doc = make_doc(
        """
        The DET det 3 - DT
        Fares PROPN nsubj 4 - NNP B-LAW
        for ADP prep 1 - IN I-LAW
        Change PROPN pobj 2 - NNP I-LAW
        ended VERB ROOT 4 end VBD
        the DET det 8 - DT
        Great PROPN compound 8 - NNP B-EVENT
        Ferry PROPN compound 8 - NNP I-EVENT
        War PROPN dobj 4 - NNP I-EVENT
        . PUNCT punct 4 - .
        The DET det 14 - DT
        Fares PROPN compound 14 - NNP
        for ADP prep 11 - IN
        Change PROPN pobj 12 - NNP B-LAW
        band NOUN nsubj 15 - NN
        rose VERB ROOT 15 rise VBD
        . PUNCT punct 15 - .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert [text for text, _, _ in found] == ["Fares for Change", "Fares for Change"]


def test_statistical_entities_an_event_named_by_a_proposal_head_is_that_proposal() -> None:
    # "The minister will set out the tax in the Spring Statement.": the model reads the
    # fiscal statement as an event; its head noun names a budget (lex:headNoun)
    doc = make_doc(
        """
        The       DET   det      1 -     DT
        minister  NOUN  nsubj    3 -     NN
        will      AUX   aux      3 -     MD
        set       VERB  ROOT     3 set   VB
        out       ADP   prt      3 -     RP
        the       DET   det      6 -     DT
        tax       NOUN  dobj     3 -     NN
        in        ADP   prep     3 -     IN
        the       DET   det      10 -    DT
        Spring    PROPN compound 10 -    NNP B-EVENT
        Statement PROPN pobj     7 statement NNP I-EVENT
        .         PUNCT punct    3 -     .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert [(text, type_) for text, _, type_ in found] == [("Spring Statement", "FundingPackage")]


def test_statistical_entities_a_name_ending_in_a_laws_word_is_a_law() -> None:
    # "The Harbour Safety Directive and the Ferry Fares Regulation apply.": the model reads
    # one as a work and one as an organisation; both titles end in a kind of law
    doc = make_doc(
        """
        The        DET   det      3 -     DT
        Harbour    PROPN compound 3 -     NNP B-WORK_OF_ART
        Safety     PROPN compound 3 -     NNP I-WORK_OF_ART
        Directive  PROPN nsubj    9 -     NNP I-WORK_OF_ART
        and        CCONJ cc       3 -     CC
        the        DET   det      8 -     DT
        Ferry      PROPN compound 8 -     NNP B-ORG
        Fares      PROPN compound 8 -     NNP I-ORG
        Regulation PROPN conj     3 -     NNP I-ORG
        apply      VERB  ROOT     9 -     VBP
        .          PUNCT punct    9 -     .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert [(text, type_) for text, _, type_ in found] == [
        ("Harbour Safety Directive", "Policy"),
        ("Ferry Fares Regulation", "Policy"),
    ]


def test_acronym_of_a_term_names_nothing_and_hides_the_names_inside_it() -> None:
    # "Harbour Safety dues (HSDs)": a term that ends in a common noun, no organisation
    doc = make_doc(
        """
        The DET det 3 - DT
        Harbour PROPN compound 2 - NNP B-ORG
        Safety PROPN compound 3 - NNP I-ORG
        dues NOUN nsubj 7 due NNS
        ( PUNCT punct 3 - -LRB-
        HSDs PROPN appos 3 HSD NNPS
        ) PUNCT punct 3 - -RRB-
        rose VERB ROOT 7 rise VBD
        . PUNCT punct 7 - .
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
        Ministers NOUN nsubj 1 minister NNS
        merged VERB ROOT 1 merge VBD
        the DET det 4 - DT B-ORG
        Ferry PROPN compound 4 - NNP I-ORG
        Inspectorate PROPN dobj 1 - NNP I-ORG
        and CCONJ cc 4 - CC I-ORG
        Harbour PROPN compound 7 - NNP I-ORG
        Watch PROPN conj 4 - NNP I-ORG
        . PUNCT punct 1 - .
        """
    )
    listed = Candidate(doc[6:8], KG.PublicBody, "gazetteer", gazetteer_id="harbour_watch")
    assert _texts(list(statistical_entities(context_of(doc), (listed,)))) == [
        ("Ferry Inspectorate", "ner", "PublicBody")
    ]


def _named_by_verbs(doc: Doc) -> list[Candidate]:
    """The events named by verbs in ``doc``, without their longer forms."""
    return [c for c in events_named_by_verbs(context_of(doc), ()) if not c.longer]


def test_events_named_by_verbs_need_someone_who_acts() -> None:
    doc = make_doc(
        """
        Both DET det 1 - DT
        sides NOUN nsubj 2 side NNS
        showed VERB ROOT 2 show VBD
        willingness NOUN dobj 2 - NN
        to PART aux 5 - TO
        negotiate VERB acl 3 negotiate VB
        . PUNCT punct 2 - .
        The DET det 8 - DT
        union NOUN nsubj 9 - NN
        is AUX ROOT 9 be VBZ
        to PART aux 11 - TO
        consult VERB xcomp 9 consult VB
        members NOUN dobj 11 member NNS
        . PUNCT punct 9 - .
        """
    )
    assert _texts(_named_by_verbs(doc)) == [("consult", "verb", "Consultation")]


def test_events_named_by_verbs_with_their_object_as_a_longer_form() -> None:
    # "The union is to consult members.": also named "consult members"
    doc = make_doc(
        """
        The DET det 1 - DT
        union NOUN nsubj 2 - NN
        is AUX ROOT 2 be VBZ
        to PART aux 4 - TO
        consult VERB xcomp 2 consult VB
        members NOUN dobj 4 member NNS
        . PUNCT punct 2 - .
        """
    )
    found = list(events_named_by_verbs(context_of(doc), ()))
    assert [(c.span.text, c.longer) for c in found] == [
        ("consult", False),
        ("consult members", True),
    ]


def test_events_named_by_verbs_not_a_need_met_or_an_act_done() -> None:
    # "meet" with a need or goal is satisfying it; "have balloted" tells of an act done; "will
    # meet the minister" still names a meeting
    doc = make_doc(
        """
        Ministers NOUN nsubj 2 minister NNS
        must AUX aux 2 - MD
        meet VERB ROOT 2 meet VB
        the DET det 5 - DT
        ferry NOUN compound 5 - NN
        demands NOUN dobj 2 demand NNS
        . PUNCT punct 2 - .
        Their PRON poss 8 - PRP$
        hopes NOUN nsubjpass 11 hope NNS
        had AUX aux 11 have VBD
        been AUX auxpass 11 be VBN
        met VERB ROOT 11 meet VBN
        . PUNCT punct 11 - .
        Pilots NOUN nsubj 15 pilot NNS
        have AUX aux 15 have VBP
        balloted VERB ROOT 15 ballot VBN
        members NOUN dobj 15 member NNS
        . PUNCT punct 15 - .
        Pilots NOUN nsubj 20 pilot NNS
        will AUX aux 20 - MD
        meet VERB ROOT 20 meet VB
        the DET det 22 - DT
        minister NOUN dobj 20 - NN
        . PUNCT punct 20 - .
        """
    )
    assert _texts(_named_by_verbs(doc)) == [("meet", "verb", "Meeting")]
    found = _named_by_verbs(doc)
    assert [c.span.start for c in found] == [20]


def test_events_named_by_verbs_not_an_act_asked_of_others() -> None:
    # "urged the minister to meet pilots" asks for a meeting; "agreed to meet" names one
    doc = make_doc(
        """
        Pilots NOUN nsubj 1 pilot NNS
        urged VERB ROOT 1 urge VBD
        the DET det 3 - DT
        minister NOUN dobj 1 - NN
        to PART aux 5 - TO
        meet VERB xcomp 1 meet VB
        them PRON dobj 5 they PRP
        . PUNCT punct 1 - .
        Pilots NOUN nsubj 9 pilot NNS
        agreed VERB ROOT 9 agree VBD
        to PART aux 11 - TO
        meet VERB xcomp 9 meet VB
        him PRON dobj 11 he PRP
        . PUNCT punct 9 - .
        """
    )
    found = _named_by_verbs(doc)
    assert [c.span.start for c in found] == [11]


def test_events_named_by_verbs_not_an_act_wanted_on_a_condition_or_denied() -> None:
    # "if the board agreed to meet pilots" and "pilots do not want to negotiate" name no act;
    # "pilots want to negotiate" does
    doc = make_doc(
        """
        if PART mark 2 - IN
        board NOUN nsubj 2 - NN
        agreed VERB ROOT 2 agree VBD
        to PART aux 4 - TO
        meet VERB xcomp 2 meet VB
        pilots NOUN dobj 4 pilot NNS
        . PUNCT punct 2 - .
        Pilots NOUN nsubj 10 pilot NNS
        do AUX aux 10 do VBP
        not PART neg 10 - RB
        want VERB ROOT 10 want VB
        to PART aux 12 - TO
        negotiate VERB xcomp 10 negotiate VB
        . PUNCT punct 10 - .
        Pilots NOUN nsubj 15 pilot NNS
        want VERB ROOT 15 want VBP
        to PART aux 17 - TO
        negotiate VERB xcomp 15 negotiate VB
        . PUNCT punct 15 - .
        """
    )
    found = _named_by_verbs(doc)
    assert [c.span.start for c in found] == [17]


def test_head_noun_phrases_a_news_organisation_s_programme_is_no_plan() -> None:
    # "the Courier's Morning programme" is a broadcast (lex:outletNoun); "the council's
    # programme" is still a plan
    doc = make_doc(
        """
        the DET det 1 - DT
        Courier PROPN poss 4 - NNP
        's PART case 1 - POS
        Morning PROPN compound 4 - NNP
        programme NOUN nsubj 5 - NN
        ended VERB ROOT 5 end VBD
        . PUNCT punct 5 - .
        The DET det 8 - DT
        council NOUN poss 10 - NN
        's PART case 8 - POS
        programme NOUN nsubj 11 - NN
        ended VERB ROOT 11 end VBD
        . PUNCT punct 11 - .
        """,
        gazetteer=[(1, 2, KG.NewsOrganisation, "courier")],
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("programme", "description", "Plan")  # an owner alone describes as "the" does
    ]


def test_events_named_by_verbs_not_another_sense_of_a_passive_or_an_act_refused() -> None:
    # "was met with jeers" is a reception, not a meeting; "refused to meet" holds none; "will be
    # balloted" still names a ballot (its object is the people asked to take part)
    doc = make_doc(
        """
        The DET det 1 - DT
        minister NOUN nsubjpass 3 - NN
        was AUX auxpass 3 be VBD
        met VERB ROOT 3 meet VBN
        with ADP prep 3 - IN
        jeers NOUN pobj 4 jeer NNS
        . PUNCT punct 3 - .
        Officials NOUN nsubj 8 official NNS
        refused VERB ROOT 8 refuse VBD
        to PART aux 10 - TO
        meet VERB xcomp 8 meet VB
        pilots NOUN dobj 10 pilot NNS
        . PUNCT punct 8 - .
        Pilots NOUN nsubjpass 16 pilot NNS
        will AUX aux 16 - MD
        be AUX auxpass 16 - VB
        balloted VERB ROOT 16 ballot VBN
        . PUNCT punct 16 - .
        """
    )
    assert _texts(_named_by_verbs(doc)) == [("balloted", "verb", "Vote")]


def test_statistical_entities_no_names_of_common_words_people_or_proposals() -> None:
    # "bin" has no capital; "SAS" says which doctors; "Porters" is a common plural ("porter"
    # is written in lower case); "Harbour Policy Framework" is a proposal's name
    doc = make_doc(
        """
        The DET det 2 - DT
        bin NOUN compound 2 - NN B-ORG
        strike NOUN nsubj 3 - NN
        hit VERB ROOT 3 hit VBD
        SAS PROPN compound 5 - NNP B-ORG
        doctors NOUN dobj 3 doctor NNS
        and CCONJ cc 5 - CC
        Porters PROPN conj 5 porter NNPS B-ORG
        under ADP prep 3 - IN
        the DET det 12 - DT
        Harbour PROPN compound 12 - NNP
        Policy PROPN compound 12 - NNP B-PERSON
        Framework PROPN pobj 8 - NNP I-PERSON
        . PUNCT punct 3 - .
        A DET det 16 - DT
        porter NOUN nsubj 16 - NN
        spoke VERB ROOT 16 speak VBD
        . PUNCT punct 16 - .
        """
    )
    assert list(statistical_entities(context_of(doc), ())) == []


def test_statistical_entities_organisation_stops_before_a_role_title() -> None:
    # the model read "DUA General" in "DUA General Secretary Ann Lowe"
    doc = make_doc(
        """
        the DET det 1 - DT
        union NOUN nsubj 2 - NN
        said VERB ROOT 2 say VBD
        DUA PROPN compound 5 - NNP B-ORG
        General PROPN compound 5 - NNP I-ORG
        Secretary PROPN compound 7 - NNP
        Ann PROPN compound 7 - NNP B-PERSON
        Lowe PROPN nsubj 8 - NNP I-PERSON
        spoke VERB ccomp 2 speak VBD
        . PUNCT punct 2 - .
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
        Ferry PROPN compound 1 - NNP
        Offer PROPN ROOT 1 offer NNP
        Rejected VERB acl 1 reject VBN
        by ADP agent 2 - IN
        Union PROPN pobj 3 - NNP
        """
    )
    assert [c.span.text for c in head_noun_phrases(context_of(doc), ())] == ["Ferry Offer"]


# ------------------------------------------------------------------ proposals (ext-proposals)


def test_mention_source_demonstrative_with_common_words_is_a_description() -> None:
    doc = make_doc(
        """
        This DET det 3 - DT
        meagre ADJ amod 3 - JJ
        pay NOUN compound 3 - NN
        award NOUN nsubj 4 - NN
        angered VERB ROOT 4 anger VBD
        nurses NOUN dobj 4 nurse NNS
        . PUNCT punct 4 - .
        """
    )
    found = list(head_noun_phrases(context_of(doc), ()))
    assert _texts(found) == [("meagre pay award", "description", "FundingPackage")]
    assert found[0].head == "award"


def test_mention_source_demonstrative_before_a_number_still_names() -> None:
    doc = make_doc(
        """
        This DET det 2 - DT
        2025/26 NUM nummod 2 - CD
        contract NOUN nsubj 3 - NN
        lapsed VERB ROOT 3 lapse VBD
        . PUNCT punct 3 - .
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("2025/26 contract", "noun-phrase", "Contract")
    ]


def test_mention_source_headline_clause_read_as_one_noun_is_no_name() -> None:
    # "Porters and council strike deal": headlinese, parsed as one compound noun
    doc = make_doc(
        """
        Hospital PROPN compound 1 - NNP
        porters NOUN nmod 5 porter NNS
        and CCONJ cc 1 - CC
        council NOUN conj 1 - NN
        strike NOUN compound 5 - NN
        deal NOUN ROOT 5 - NN
        """
    )
    assert list(head_noun_phrases(context_of(doc), ())) == []


def test_mention_source_headline_verb_read_as_a_noun_starts_no_name() -> None:
    # "Porters criticise ferry levy": the verb, tagged a noun, is no word of the name
    doc = make_doc(
        """
        Porters PROPN compound 3 porter NNS
        criticise NOUN compound 3 - NN
        ferry NOUN compound 3 - NN
        levy NOUN ROOT 3 - NN
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("ferry levy", "noun-phrase", "Policy")
    ]


def test_mention_source_headline_verb_after_a_name_takes_its_s() -> None:
    # "Guild slams ferry levy": a singular subject; "Guild ferry levy" would be a name
    doc = make_doc(
        """
        Guild PROPN compound 3 - NNP
        slams NOUN compound 3 slam NNS
        ferry NOUN compound 3 - NN
        levy NOUN ROOT 3 - NN
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("ferry levy", "noun-phrase", "Policy")
    ]


def test_mention_source_noun_of_stance_inside_a_name_stays() -> None:
    # "GP support scheme": "support" after a singular name is part of the name
    doc = make_doc(
        """
        GP PROPN compound 2 - NNP
        support NOUN compound 2 - NN
        scheme NOUN ROOT 2 - NN
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("GP support scheme", "noun-phrase", "Policy")
    ]


def test_mention_source_bare_resolution_is_the_settling_of_a_dispute() -> None:
    doc = make_doc(
        """
        Both DET det 1 - DT
        sides NOUN nsubj 2 side NNS
        want VERB ROOT 2 - VBP
        a DET det 4 - DT
        resolution NOUN dobj 2 - NN
        . PUNCT punct 2 - .
        """
    )
    assert list(head_noun_phrases(context_of(doc), ())) == []


def test_mention_source_fair_settlement_is_the_settling_of_a_dispute() -> None:
    # "a fair settlement" is how a dispute may end; "the 2024 pay settlement" names a contract
    doc = make_doc(
        """
        Pilots NOUN nsubj 1 pilot NNS
        want VERB ROOT 1 - VBP
        a DET det 4 - DT
        fair ADJ amod 4 - JJ
        settlement NOUN dobj 1 - NN
        . PUNCT punct 1 - .
        The DET det 9 - DT
        2024 NUM nummod 9 - CD
        pay NOUN compound 9 - NN
        settlement NOUN nsubj 10 - NN
        ended VERB ROOT 10 end VBD
        . PUNCT punct 10 - .
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("2024 pay settlement", "noun-phrase", "Contract")
    ]


def test_mention_source_bare_plural_of_common_words_is_a_kind_of_proposal() -> None:
    # "incentive schemes" are schemes of a kind; "Harbour schemes" and "2025 schemes" say which
    doc = make_doc(
        """
        Pilots NOUN nsubj 1 pilot NNS
        like VERB ROOT 1 - VBP
        incentive NOUN compound 3 - NN
        schemes NOUN dobj 1 scheme NNS
        . PUNCT punct 1 - .
        Pilots NOUN nsubj 6 pilot NNS
        like VERB ROOT 6 - VBP
        Harbour PROPN compound 8 - NNP
        schemes NOUN dobj 6 scheme NNS
        and CCONJ cc 8 - CC
        2025 NUM nummod 11 - CD
        schemes NOUN conj 8 scheme NNS
        . PUNCT punct 6 - .
        """
    )
    assert _texts(list(head_noun_phrases(context_of(doc), ()))) == [
        ("Harbour schemes", "noun-phrase", "Policy"),
        ("2025 schemes", "noun-phrase", "Policy"),
    ]


def test_mention_role_of_a_function_is_a_post_below_the_head() -> None:
    # "Ann Ryan, head of policy at the Ferry Guild, spoke": "head of policy" is a post in the
    # guild; "head of the guild" would lead it
    doc = make_doc(
        """
        Ann PROPN compound 1 - NNP B-PERSON
        Ryan PROPN nsubj 12 - NNP I-PERSON
        , PUNCT punct 1 - ,
        head NOUN appos 1 - NN
        of ADP prep 3 - IN
        policy NOUN pobj 4 - NN
        at ADP prep 3 - IN
        the DET det 9 - DT
        Ferry PROPN compound 9 - NNP B-ORG
        Guild PROPN pobj 6 - NNP I-ORG
        , PUNCT punct 1 - ,
        she PRON nsubj 12 - PRP
        spoke VERB ROOT 12 speak VBD
        . PUNCT punct 12 - .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert (phrase.role_start, phrase.end, phrase.role.relation) == (3, 6, KG.holdsPostIn)
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Ferry Guild"


def test_mention_role_holder_named_after_the_title_s_organisation() -> None:
    # "The treasurer of the guild body Ferry Guild, Ann Ryan, spoke"
    doc = make_doc(
        """
        The DET det 1 - DT
        treasurer NOUN nsubj 12 - NN
        of ADP prep 1 - IN
        the DET det 5 - DT
        guild NOUN compound 5 - NN
        body NOUN pobj 2 - NN
        Ferry PROPN compound 7 - NNP B-ORG
        Guild PROPN appos 1 - NNP I-ORG
        , PUNCT punct 7 - ,
        Ann PROPN compound 10 - NNP B-PERSON
        Ryan PROPN appos 7 - NNP I-PERSON
        , PUNCT punct 7 - ,
        spoke VERB ROOT 12 speak VBD
        . PUNCT punct 12 - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Ann Ryan"


def test_mention_role_joined_by_and_to_a_role_of_an_organisation_is_in_it_too() -> None:
    # "Jo Park, chair of the Ferry Guild, and treasurer Kim Lee spoke"
    doc = make_doc(
        """
        Jo PROPN compound 1 - NNP B-PERSON
        Park PROPN nsubj 13 - NNP I-PERSON
        , PUNCT punct 1 - ,
        chair NOUN appos 1 - NN
        of ADP prep 3 - IN
        the DET det 7 - DT
        Ferry PROPN compound 7 - NNP B-ORG
        Guild PROPN pobj 4 - NNP I-ORG
        , PUNCT punct 1 - ,
        and CCONJ cc 1 - CC
        treasurer NOUN compound 12 - NN
        Kim PROPN compound 12 - NNP B-PERSON
        Lee PROPN conj 1 - NNP I-PERSON
        spoke VERB ROOT 13 speak VBD
        . PUNCT punct 13 - .
        """
    )
    found = mentions_of(doc)
    organisations = {
        found.mentions[link.holder].text: found.mentions[link.organisation].text
        for link in found.roles
        if link.holder is not None and link.organisation is not None
    }
    assert organisations == {"Jo Park": "Ferry Guild", "Kim Lee": "Ferry Guild"}


def test_statistical_entities_lone_word_opening_a_body_sentence_is_no_person() -> None:
    # "Attendance was low": the model may call "Attendance" a person; "Okoro" is one, named
    # in full in the same article ("Ann Okoro")
    doc = make_doc(
        """
        Ann PROPN compound 1 - NNP B-PERSON
        Okoro PROPN nsubj 2 - NNP I-PERSON
        spoke VERB ROOT 2 speak VBD
        . PUNCT punct 2 - .
        Attendance PROPN nsubj 5 - NNP B-PERSON
        was AUX ROOT 5 be VBD
        low ADJ acomp 5 - JJ
        . PUNCT punct 5 - .
        Okoro PROPN nsubj 9 - NNP B-PERSON
        left VERB ROOT 9 leave VBD
        . PUNCT punct 9 - .
        """
    )
    texts = [text for text, _, _ in _texts(list(statistical_entities(context_of(doc), ())))]
    assert texts == ["Ann Okoro", "Okoro"]


def test_statistical_entities_letters_after_a_name_are_no_part_of_it() -> None:
    # "Kim Lee QC and Tom Reid MLA spoke to their members": an honour the model read as part of an organisation's
    # name, and a member's title
    doc = make_doc(
        """
        News NOUN ROOT 0 - NN
        . PUNCT punct 0 - .
        Kim PROPN compound 4 - NNP B-ORG
        Lee PROPN compound 4 - NNP I-ORG
        QC PROPN nsubj 9 - NNP I-ORG
        and CCONJ cc 4 - CC
        Tom PROPN compound 8 - NNP B-PERSON
        Reid PROPN compound 8 - NNP I-PERSON
        MLA PROPN conj 4 - NNP I-PERSON
        spoke VERB ROOT 9 speak VBD
        to ADP prep 9 - IN
        their PRON poss 12 - PRP$
        members NOUN pobj 10 member NNS
        . PUNCT punct 9 - .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert found == [("Kim Lee", "ner", "Person"), ("Tom Reid", "ner", "Person")]


def test_statistical_entities_plural_role_noun_is_no_person() -> None:
    # "£7m was allocated by Harbour Ministers to the port": people in a post ("Ministers",
    # tagged as a singular proper noun), no person
    doc = make_doc(
        """
        News NOUN ROOT 0 - NN
        . PUNCT punct 0 - .
        £ SYM quantmod 3 - $
        7 NUM nummod 3 - CD
        m NUM nsubjpass 5 - CD
        was AUX auxpass 5 be VBD
        allocated VERB ROOT 5 allocate VBN
        by ADP agent 5 - IN
        Harbour PROPN compound 8 - NNP B-PERSON
        Ministers PROPN pobj 6 - NNP I-PERSON
        to ADP prep 5 - IN
        the DET det 11 - DT
        port NOUN pobj 9 - NN
        . PUNCT punct 5 - .
        """
    )
    assert _texts(list(statistical_entities(context_of(doc), ()))) == []


@pytest.mark.parametrize(
    ("auxiliary", "named"),
    [("could", False), ("did", True)],
)
def test_noun_phrases_action_that_could_be_taken_is_no_event(auxiliary: str, named: bool) -> None:
    # "Members could take industrial action" names no event; "Members did take industrial
    # action" does
    doc = make_doc(
        f"""
        Members NOUN nsubj 2 member NNS
        {auxiliary} AUX aux 2 - MD
        take VERB ROOT 2 take VB
        industrial ADJ amod 4 - JJ
        action NOUN dobj 2 - NN
        . PUNCT punct 2 - .
        """
    )
    found = [c.span.text for c in head_noun_phrases(context_of(doc))]
    assert ("industrial action" in found) is named


def test_mention_role_title_tail_stops_at_its_holder_s_name() -> None:
    """ "Minister for Rural Affairs Ann Ryan said so.": the tail is the portfolio's words; the
    name after them is the holder, even when the parser marks no person."""
    doc = make_doc(
        """
        Minister PROPN compound 5 - NNP
        for      ADP   prep     0 - IN
        Rural    PROPN compound 3 - NNP
        Affairs  PROPN pobj     1 - NNP
        Ann      PROPN compound 5 - NNP
        Ryan     PROPN nsubj    6 - NNP
        said     VERB  ROOT     6 say VBD
        so       ADV   advmod   6 - RB
        .        PUNCT punct    6 - .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.start : phrase.end].text == "Minister for Rural Affairs"


def test_mention_role_a_spokespersons_portfolio_after_on_and_a_name_the_model_runs_into_it() -> (
    None
):
    """ "The party spokesperson on Home Affairs and Migration Ann Ryan said so.": the portfolio
    follows "on"; the model's person starts at its last word, which is the title's."""
    doc = make_doc(
        """
        The          DET   det      2  -   DT
        party        NOUN  compound 2  -   NN
        spokesperson NOUN  nsubj    10 -   NN
        on           ADP   prep     2  -   IN
        Home         PROPN compound 5  -   NNP  B-ORG
        Affairs      PROPN pobj     3  -   NNP  I-ORG
        and          CCONJ cc       5  -   CC
        Migration    PROPN compound 9  -   NNP  B-PERSON
        Ann          PROPN compound 9  -   NNP  I-PERSON
        Ryan         PROPN conj     5  -   NNP  I-PERSON
        said         VERB  ROOT     10 say VBD
        so           ADV   advmod   10 -   RB
        .            PUNCT punct    10 -   .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.start : phrase.end].text == "party spokesperson on Home Affairs and Migration"
    people = [m.text for m in mentions_of(doc).mentions if m.type == KG.Person and not m.is_role]
    assert people == ["Ann Ryan"]


def test_mention_role_no_portfolio_after_on_and_a_day() -> None:
    """ "The spokesperson on Monday said so.": a day is no portfolio."""
    doc = make_doc(
        """
        The          DET   det      1  -   DT
        spokesperson NOUN  nsubj    4  -   NN
        on           ADP   prep     1  -   IN
        Monday       PROPN pobj     2  -   NNP  B-DATE
        said         VERB  ROOT     4  say VBD
        .            PUNCT punct    4  -   .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.start : phrase.end].text == "spokesperson"


def test_mention_role_title_tail_without_a_holder_keeps_every_portfolio_word() -> None:
    """ "the Secretary of State for Ports and Harbours said": no name follows, so words that are
    no portfolio word stay in the tail."""
    doc = make_doc(
        """
        the       DET   det      1 - DT
        Secretary PROPN nsubj    7 - NNP
        of        ADP   prep     1 - IN
        State     PROPN pobj     2 - NNP
        for       ADP   prep     1 - IN
        Ports     PROPN pobj     4 - NNPS
        and       CCONJ cc       5 - CC
        Harbours  PROPN conj     5 - NNPS
        said      VERB  ROOT     7 say VBD
        .         PUNCT punct    7 - .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.start : phrase.end].text == "Secretary of State for Ports and Harbours"


def test_mention_role_holder_named_straight_after_the_title_s_organisation() -> None:
    """ "President of the Ferry Guild Ann Ryan said so.": the holder follows the title's
    "of" phrase with no comma."""
    doc = make_doc(
        """
        President PROPN nsubj    7 - NNP
        of        ADP   prep     0 - IN
        the       DET   det      4 - DT
        Ferry     PROPN compound 4 - NNP  B-ORG
        Guild     PROPN pobj     1 - NNP  I-ORG
        Ann       PROPN compound 6 - NNP  B-PERSON
        Ryan      PROPN appos    0 - NNP  I-PERSON
        said      VERB  ROOT     7 say VBD
        so        ADV   advmod   7 - RB
        .         PUNCT punct    7 - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "President"
    assert link.holder is not None and found.mentions[link.holder].text == "Ann Ryan"


@pytest.mark.parametrize("bracket", [False, True])
def test_mention_role_holder_after_an_organisation_whose_name_has_and(bracket: bool) -> None:
    """ "The chair of the Ferry and Dock Guild (FDG) Ann Ryan said so.": the name's "and"
    opens no new clause, and the acronym in brackets is the name's."""
    acronym = """
        (         PUNCT punct    7 - -LRB-
        FDG       PROPN appos    7 - NNP  B-ORG
        )         PUNCT punct    7 - -RRB-
    """
    n = 3 if bracket else 0
    doc = make_doc(
        f"""
        The       DET   det      1 - DT
        chair     NOUN  nsubj    {10 + n} - NN
        of        ADP   prep     1 - IN
        the       DET   det      7 - DT
        Ferry     PROPN compound 7 - NNP  B-ORG
        and       CCONJ cc       4 - CC   I-ORG
        Dock      PROPN conj     4 - NNP  I-ORG
        Guild     PROPN pobj     2 - NNP  I-ORG
        {acronym if bracket else ""}
        Ann       PROPN compound {9 + n} - NNP  B-PERSON
        Ryan      PROPN appos    1 - NNP  I-PERSON
        said      VERB  ROOT     {10 + n} say VBD
        .         PUNCT punct    {10 + n} - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "chair"
    assert link.holder is not None and found.mentions[link.holder].text == "Ann Ryan"


def test_mention_role_holder_before_a_hyphenated_organisation_and_its_title() -> None:
    """ "It was backed by Ann Ryan, Ferry-Dock General Secretary.": the parser leaves the
    hyphenated name out of the title; the holder stands before it, the organisation is the
    name."""
    doc = make_doc(
        """
        It        PRON  nsubjpass 2  -    PRP
        was       AUX   auxpass   2  be   VBD
        backed    VERB  ROOT      2  back VBN
        by        ADP   agent     2  -    IN
        Ann       PROPN compound  5  -    NNP B-PERSON
        Ryan      PROPN pobj      3  -    NNP I-PERSON
        ,         PUNCT punct     5  -    ,
        Ferry     PROPN nmod      11 -    NNP B-ORG
        -         PUNCT punct     7  -    HYPH I-ORG
        Dock      PROPN npadvmod  7  -    NNP I-ORG
        General   PROPN compound  11 -    NNP
        Secretary PROPN appos     5  -    NNP
        .         PUNCT punct     2  -    .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "General Secretary"
    assert link.holder is not None and found.mentions[link.holder].text == "Ann Ryan"
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Ferry-Dock"


def test_mention_role_modified_by_a_name_word_is_of_the_one_body_named_so() -> None:
    """ "The Dock Workers Association met. Association president Jo Reyes spoke.": the
    capitalised name word before the role stands for the one body whose name ends in it."""
    doc = make_doc(
        """
        The         DET   det      3  -     DT
        Dock        PROPN compound 3  -     NNP B-ORG
        Workers     PROPN compound 3  -     NNP I-ORG
        Association PROPN nsubj    4  -     NNP I-ORG
        met         VERB  ROOT     4  meet  VBD
        .           PUNCT punct    4  -     .
        Association PROPN compound 7  -     NNP
        president   NOUN  compound 9  -     NN
        Jo          PROPN compound 9  -     NNP B-PERSON
        Reyes       PROPN nsubj    10 -     NNP I-PERSON
        spoke       VERB  ROOT     10 speak VBD
        .           PUNCT punct    10 -     .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Jo Reyes"
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Dock Workers Association"


def test_mention_role_modified_by_the_name_word_before_a_bodys_of() -> None:
    """ "The Association of Dock Workers met. Association president Jo Reyes spoke.": a name
    of the form "X of Y" is known by the word before its "of"."""
    doc = make_doc(
        """
        The         DET   det      1  -     DT
        Association PROPN nsubj    5  -     NNP B-ORG
        of          ADP   prep     1  -     IN  I-ORG
        Dock        PROPN compound 4  -     NNP I-ORG
        Workers     PROPN pobj     2  -     NNP I-ORG
        met         VERB  ROOT     5  meet  VBD
        .           PUNCT punct    5  -     .
        Association PROPN compound 8  -     NNP
        president   NOUN  compound 10 -     NN
        Jo          PROPN compound 10 -     NNP B-PERSON
        Reyes       PROPN nsubj    11 -     NNP I-PERSON
        spoke       VERB  ROOT     11 speak VBD
        .           PUNCT punct    11 -     .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Association of Dock Workers"


def test_mention_role_modified_by_a_lower_case_kind_word_is_of_the_last_such_body() -> None:
    """ "The Dock Workers Union met. union boss Jo Reyes spoke.": "union" before the role
    stands for the union named before, as "the union" would."""
    doc = make_doc(
        """
        The       DET   det      3  -     DT
        Dock      PROPN compound 3  -     NNP B-ORG
        Workers   PROPN compound 3  -     NNP I-ORG
        Union     PROPN nsubj    4  -     NNP I-ORG
        met       VERB  ROOT     4  meet  VBD
        .         PUNCT punct    4  -     .
        union     NOUN  compound 7  -     NN
        boss      NOUN  compound 9  -     NN
        Jo        PROPN compound 9  -     NNP B-PERSON
        Reyes     PROPN nsubj    10 -     NNP I-PERSON
        spoke     VERB  ROOT     10 speak VBD
        .         PUNCT punct    10 -     .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == "Dock Workers Union"


def test_mention_role_modified_by_a_name_word_beside_another_body_of_its_kind() -> None:
    """ "The Dock Workers Association and the Pilots Federation met. Association president Jo
    Reyes spoke.": with another union named, the capitalised word may be the common noun
    opening the sentence, and names no one body."""
    doc = make_doc(
        """
        The         DET   det      3  -     DT
        Dock        PROPN compound 3  -     NNP B-ORG
        Workers     PROPN compound 3  -     NNP I-ORG
        Association PROPN nsubj    8  -     NNP I-ORG
        and         CCONJ cc       3  -     CC
        the         DET   det      7  -     DT
        Pilots      PROPN compound 7  -     NNP B-ORG
        Federation  PROPN conj     3  -     NNP I-ORG
        met         VERB  ROOT     8  meet  VBD
        .           PUNCT punct    8  -     .
        Association PROPN compound 11 -     NNP
        president   NOUN  compound 13 -     NN
        Jo          PROPN compound 13 -     NNP B-PERSON
        Reyes       PROPN nsubj    14 -     NNP I-PERSON
        spoke       VERB  ROOT     14 speak VBD
        .           PUNCT punct    14 -     .
        """
    )
    found = mentions_of(doc)
    types = {m.text: m.type for m in found.mentions}
    assert types["Pilots Federation"] == types["Dock Workers Association"]
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Jo Reyes"
    assert link.organisation is None


def test_mention_role_of_a_function_before_its_holder_s_name_is_a_post() -> None:
    """ "Guild head of policy Ann Ryan said so.": "of policy" names a function (a post, not
    the head of the Guild), though a capitalised name follows it."""
    doc = make_doc(
        """
        Guild  PROPN compound 1 - NNP  B-ORG
        head   NOUN  compound 5 - NN
        of     ADP   prep     1 - IN
        policy NOUN  pobj     2 - NN
        Ann    PROPN compound 5 - NNP  B-PERSON
        Ryan   PROPN nsubj    6 - NNP  I-PERSON
        said   VERB  ROOT     6 say VBD
        so     ADV   advmod   6 - RB
        .      PUNCT punct    6 - .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.role_start : phrase.end].text == "head of policy"
    assert phrase.role.relation == KG.holdsPostIn


def test_mention_role_of_a_member_s_post_keeps_its_function() -> None:
    """ "Ann Ryan, director of regulation, spoke.": a post's word that is no head's ("director")
    keeps its function in the title too."""
    doc = make_doc(
        """
        Ann        PROPN compound 1 - NNP  B-PERSON
        Ryan       PROPN nsubj    7 - NNP  I-PERSON
        ,          PUNCT punct    1 - ,
        director   NOUN  appos    1 - NN
        of         ADP   prep     3 - IN
        regulation NOUN  pobj     4 - NN
        ,          PUNCT punct    1 - ,
        spoke      VERB  ROOT     7 speak VBD
        .          PUNCT punct    7 - .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.role_start : phrase.end].text == "director of regulation"
    assert phrase.role.relation == KG.holdsPostIn


def test_mention_role_title_tail_keeps_a_portfolio_word_it_does_not_list() -> None:
    """ "Minister for Social Protection Ann Ryan said so.": "Protection" is no listed word of a
    portfolio, but only the last two capitalised words are the holder's name."""
    doc = make_doc(
        """
        Minister   PROPN compound 6 - NNP
        for        ADP   prep     0 - IN
        Social     PROPN compound 3 - NNP
        Protection PROPN pobj     1 - NNP
        Ann        PROPN compound 5 - NNP
        Ryan       PROPN nsubj    6 - NNP
        said       VERB  ROOT     6 say VBD
        so         ADV   advmod   6 - RB
        .          PUNCT punct    6 - .
        """
    )
    (phrase,) = find_role_phrases(doc, load_lexicon())
    assert doc[phrase.start : phrase.end].text == "Minister for Social Protection"


def test_mention_role_in_an_opening_phrase_is_not_the_subject_after_its_comma() -> None:
    """ "After talks with the minister, Mr Ryan spoke.": the comma closes the opening phrase;
    Ryan is the clause's subject, not the minister."""
    doc = make_doc(
        """
        After    ADP   prep     8 - IN
        talks    NOUN  pobj     0 talk NNS
        with     ADP   prep     1 - IN
        the      DET   det      4 - DT
        minister NOUN  pobj     2 - NN
        ,        PUNCT punct    7 - ,
        Mr       PROPN compound 7 - NNP
        Ryan     PROPN nsubj    8 - NNP B-PERSON
        spoke    VERB  ROOT     8 speak VBD
        .        PUNCT punct    8 - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "minister"
    assert link.holder is None


def test_mention_role_after_an_opening_phrase_and_before_its_verb_is_no_apposition() -> None:
    """ "In a letter to Ann Ryan, the guild's chair claimed so.": the parser hangs the chair on
    Ryan, but the opening phrase ends at the comma and the chair is who claims."""
    doc = make_doc(
        """
        In       ADP   prep     11 - IN
        a        DET   det      2 - DT
        letter   NOUN  pobj     0 - NN
        to       ADP   prep     2 - IN
        Ann      PROPN compound 5 - NNP B-PERSON
        Ryan     PROPN nsubj    11 - NNP I-PERSON
        ,        PUNCT punct    5 - ,
        the      DET   det      8 - DT
        guild    NOUN  poss     10 - NN
        's       PART  case     8 - POS
        chair    NOUN  appos    5 - NN
        claimed  VERB  ROOT     11 claim VBD
        so       ADV   advmod   11 - RB
        .        PUNCT punct    11 - .
        """
    )
    found = mentions_of(doc)
    assert [link.holder for link in found.roles if link.holder is not None] == []


def test_mention_role_in_apposition_before_a_comma_keeps_its_holder() -> None:
    """ "Ann Ryan, the guild's chair, claimed so.": a comma after the role, and no opening
    phrase: Ryan is the chair."""
    doc = make_doc(
        """
        Ann      PROPN compound 1 - NNP B-PERSON
        Ryan     PROPN nsubj    7 - NNP I-PERSON
        ,        PUNCT punct    1 - ,
        the      DET   det      4 - DT
        guild    NOUN  poss     6 - NN
        's       PART  case     4 - POS
        chair    NOUN  appos    1 - NN
        claimed  VERB  ROOT     7 claim VBD
        so       ADV   advmod   7 - RB
        .        PUNCT punct    7 - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Ann Ryan"


def test_mention_role_in_a_phrase_keeps_the_name_in_apposition_after_its_comma() -> None:
    """ "In a letter to the minister, Ann Ryan, the guild said so.": the name stands in
    apposition to the role."""
    doc = make_doc(
        """
        In       ADP   prep     12 - IN
        a        DET   det      2 - DT
        letter   NOUN  pobj     0 - NN
        to       ADP   prep     2 - IN
        the      DET   det      5 - DT
        minister NOUN  pobj     3 - NN
        ,        PUNCT punct    5 - ,
        Ann      PROPN compound 8 - NNP B-PERSON
        Ryan     PROPN appos    5 - NNP I-PERSON
        ,        PUNCT punct    5 - ,
        the      DET   det      11 - DT
        guild    NOUN  nsubj    12 - NN
        said     VERB  ROOT     12 say VBD
        so       ADV   advmod   12 - RB
        .        PUNCT punct    12 - .
        """
    )
    found = mentions_of(doc)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Ann Ryan"


def test_head_noun_phrases_terms_of_pay_are_proposals_their_bare_nouns_are_not() -> None:
    # "pay parity", "pay scale" are terms negotiated (proposals7); "parity" and "scale" alone
    # name none
    doc = make_doc(
        """
        The DET det 1 - DT
        guild NOUN nsubj 2 - NN
        sought VERB ROOT 2 seek VBD
        pay NOUN compound 4 - NN
        parity NOUN dobj 2 - NN
        and CCONJ cc 4 - CC
        a DET det 9 - DT
        revised VERB amod 9 revise VBN
        porter NOUN compound 9 - NN
        scale NOUN conj 4 - NN
        . PUNCT punct 2 - .
        The DET det 12 - DT
        guild NOUN nsubj 13 - NN
        sought VERB ROOT 13 seek VBD
        a DET det 18 - DT
        revised VERB amod 18 revise VBN
        porter NOUN compound 18 - NN
        pay NOUN compound 18 - NN
        scale NOUN dobj 13 - NN
        . PUNCT punct 13 - .
        """
    )
    found = _texts(list(head_noun_phrases(context_of(doc), ())))
    assert ("pay parity", "noun-phrase", "Proposal") in found
    assert ("revised porter pay scale", "noun-phrase", "Contract") in found
    assert not any(text.endswith("porter scale") for text, _, _ in found)


def test_statistical_entities_a_county_and_the_town_before_it_are_places() -> None:
    # "Nurses in Ardmore, Co Kerry, and Kerry County Council met." The model reads the town, the
    # county and the council as organisations; only the council is one.
    doc = make_doc(
        """
        Nurses  NOUN  nsubj    11 nurse NNS
        in      ADP   prep     0  -     IN
        Ardmore PROPN pobj     1  -     NNP  B-ORG
        ,       PUNCT punct    2  -     ,
        Co      PROPN compound 5  -     NNP  B-ORG
        Kerry   PROPN appos    2  -     NNP  I-ORG
        ,       PUNCT punct    2  -     ,
        and     CCONJ cc       0  -     CC
        Kerry   PROPN compound 10 -     NNP  B-ORG
        County  PROPN compound 10 -     NNP  I-ORG
        Council PROPN conj     0  -     NNP  I-ORG
        met     VERB  ROOT     11 meet  VBD
        .       PUNCT punct    11 -     .
        """
    )
    found = {
        (c.span.text, c.type.rsplit("#", 1)[-1]) for c in statistical_entities(context_of(doc), ())
    }
    assert {("Ardmore", "Place"), ("Co Kerry", "Place")} <= found
    assert ("Kerry County Council", "Place") not in found


def test_statistical_entities_a_person_ending_in_a_company_name_word_is_an_organisation() -> None:
    # "Coastal Trains cut services." The model reads a person; a person's name ends in no
    # company word.
    doc = make_doc(
        """
        Coastal  PROPN compound 1 -    NNP  B-PERSON
        Trains   PROPN nsubj    2 -    NNPS I-PERSON
        cut      VERB  ROOT     2 -    VBD
        services NOUN  dobj     2 service NNS
        .        PUNCT punct    2 -    .
        """
    )
    found = {(c.span.text, core_class(c.type)) for c in statistical_entities(context_of(doc), ())}
    assert found == {("Coastal Trains", KG.Organisation)}


def test_mention_source_seat_letters_in_a_title_case_headline_name_no_person() -> None:
    # review8: "Labour MP Criticises Health Secretary": in a Title Case headline every word
    # looks like a name; only a name written again in the text is one
    doc = make_doc(
        """
        Labour     PROPN compound 1 -        NNP
        MP         PROPN nsubj    2 -        NNP
        Criticises PROPN ROOT     2 -        NNP
        Health     PROPN compound 4 -        NNP
        Secretary  PROPN dobj     2 -        NNP
        """
    )
    assert list(people_after_seat_letters(context_of(doc), ())) == []


def test_statistical_entities_a_person_before_a_county_stays_a_person() -> None:
    # review8: "The levy is unfair, said Mary Byrne, Co Cork." A person named with the county
    # she lives in, as a letter is signed, is no town.
    doc = make_doc(
        """
        The    DET   det      1  -      DT
        levy   NOUN  nsubj    2  -      NN
        is     AUX   ccomp    5  be     VBZ
        unfair ADJ   acomp    2  -      JJ
        ,      PUNCT punct    5  -      ,
        said   VERB  ROOT     5  say    VBD
        Mary   PROPN compound 7  -      NNP  B-PERSON
        Byrne  PROPN nsubj    5  -      NNP  I-PERSON
        ,      PUNCT punct    7  -      ,
        Co     PROPN compound 10 -      NNP  B-PERSON
        Cork   PROPN appos    7  -      NNP  I-PERSON
        .      PUNCT punct    5  -      .
        """
    )
    found = {
        (c.span.text, c.type.rsplit("#", 1)[-1]) for c in statistical_entities(context_of(doc), ())
    }
    assert ("Mary Byrne", "Person") in found
    assert ("Co Cork", "Place") in found


def test_mention_source_a_listed_short_name_before_its_heads_title_names_the_body() -> None:
    # "Haven chief executive Jo Reyes said Haven would act. Council leader Ann Lowe agreed."
    # "Haven" and "Council" are listed short names that are ordinary words; the title of a
    # head says "Haven" is a body's, which is then the listed one throughout; "Council" is
    # any council's.
    doc = make_doc(
        """
        Haven     PROPN compound 3  -      NNP
        chief     ADJ   amod     2  -      JJ
        executive NOUN  compound 4  -      NN
        Jo        PROPN compound 4  -      NNP  B-PERSON
        Reyes     PROPN nsubj    5  -      NNP  I-PERSON
        said      VERB  ROOT     5  say    VBD
        Haven     PROPN nsubj    8  -      NNP
        would     AUX   aux      8  -      MD
        act       VERB  ccomp    5  -      VB
        .         PUNCT punct    5  -      .
        Council   PROPN compound 11 -      NNP
        leader    NOUN  compound 13 -      NN
        Ann       PROPN compound 13 -      NNP  B-PERSON
        Lowe      PROPN nsubj    14 -      NNP  I-PERSON
        agreed    VERB  ROOT     14 agree  VBD
        .         PUNCT punct    14 -      .
        """
    )
    doc.spans[UNSUPPORTED_SPANS] = [
        Span(doc, 0, 1, label=str(KG.Organisation), span_id="haven"),
        Span(doc, 6, 7, label=str(KG.Organisation), span_id="haven"),
        Span(doc, 10, 11, label=str(KG.Committee), span_id="eu_council"),
    ]
    plain = context_of(doc)
    gazetteer = {
        "haven": GazetteerEntry("haven", "Haven (charity)", KG.Organisation, ("Haven",)),
        "eu_council": GazetteerEntry(
            "eu_council", "Council of the Union", KG.Committee, ("Council",)
        ),
    }
    context = Context(
        doc, plain.document, plain.sentences, plain.lexicon, False, gazetteer, frozenset()
    )
    found = [(c.span.start, c.gazetteer_id) for c in bodies_before_their_heads_title(context)]
    assert found == [(0, "haven"), (6, "haven")]


@pytest.mark.parametrize(
    ("rows", "listed", "expected"),
    [
        # "Jo Reyes, chief executive of Haven, spoke.": the title and "of" before the name
        (
            """
            Jo        PROPN compound 1 -     NNP B-PERSON
            Reyes     PROPN nsubj    8 -     NNP I-PERSON
            ,         PUNCT punct    1 -     ,
            chief     ADJ   amod     4 -     JJ
            executive NOUN  appos    1 -     NN
            of        ADP   prep     4 -     IN
            Haven     PROPN pobj     5 -     NNP
            ,         PUNCT punct    1 -     ,
            spoke     VERB  ROOT     8 speak VBD
            .         PUNCT punct    8 -     .
            """,
            [],
            [(6, "haven")],
        ),
        # "Haven, Brightwell Trust and others spoke.": in a list beside a listed body
        (
            """
            Haven     PROPN nsubj    6 -     NNP
            ,         PUNCT punct    0 -     ,
            Brightwell PROPN compound 3 -    NNP
            Trust     PROPN conj     0 -     NNP
            and       CCONJ cc       3 -     CC
            others    NOUN  conj     3 -     NNS
            spoke     VERB  ROOT     6 speak VBD
            .         PUNCT punct    6 -     .
            """,
            [(2, 4)],
            [(0, "haven")],
        ),
        # "Haven is open, and others spoke.": no title, no listed body beside it
        (
            """
            Haven     PROPN nsubj    1 -     NNP
            is        AUX   ROOT     1 be    VBZ
            open      ADJ   acomp    1 -     JJ
            ,         PUNCT punct    1 -     ,
            and       CCONJ cc       1 -     CC
            others    NOUN  nsubj    6 -     NNS
            spoke     VERB  conj     1 speak VBD
            .         PUNCT punct    6 -     .
            """,
            [],
            [],
        ),
    ],
)
def test_mention_source_ambiguous_short_name_after_a_title_and_of_or_in_a_list(
    rows: str, listed: list[tuple[int, int]], expected: list[tuple[int, str]]
) -> None:
    doc = make_doc(rows)
    at = next(t.i for t in doc if t.text == "Haven")
    doc.spans[UNSUPPORTED_SPANS] = [
        Span(doc, at, at + 1, label=str(KG.Organisation), span_id="haven")
    ]
    doc.spans[GAZETTEER_SPANS] = [
        Span(doc, start, end, label=str(KG.Organisation), span_id="brightwell")
        for start, end in listed
    ]
    plain = context_of(doc)
    gazetteer = {"haven": GazetteerEntry("haven", "Haven (charity)", KG.Organisation, ("Haven",))}
    context = Context(
        doc, plain.document, plain.sentences, plain.lexicon, False, gazetteer, frozenset()
    )
    found = [(c.span.start, c.gazetteer_id) for c in bodies_before_their_heads_title(context)]
    assert found == expected


def test_model_entities_a_first_name_between_a_title_and_the_surname_is_the_persons() -> None:
    # "The charity's chief executive Polly Reyes spoke." The model reads "Reyes" alone.
    doc = make_doc(
        """
        The       DET   det      2  -     DT
        charity   NOUN  poss     4  -     NN
        's        PART  case     1  -     POS
        chief     ADJ   amod     4  -     JJ
        executive NOUN  compound 6  -     NN
        Polly     PROPN compound 6  -     NNP
        Reyes     PROPN nsubj    7  -     NNP  B-PERSON
        spoke     VERB  ROOT     7  speak VBD
        .         PUNCT punct    7  -     .
        """
    )
    found = [(c.span.text, core_class(c.type)) for c in statistical_entities(context_of(doc), ())]
    assert found == [("Polly Reyes", KG.Person)]


@pytest.mark.parametrize(
    ("rows", "relation"),
    [
        # "Ann Ryan, Guild Head of Policy, spoke": a function of the guild, as "head of policy"
        (
            """
            Ann    PROPN compound 1 -     NNP B-PERSON
            Ryan   PROPN nsubj    8 -     NNP I-PERSON
            ,      PUNCT punct    1 -     ,
            Guild  PROPN compound 4 -     NNP
            Head   PROPN appos    1 -     NNP
            of     ADP   prep     4 -     IN
            Policy PROPN pobj     5 -     NNP
            ,      PUNCT punct    1 -     ,
            spoke  VERB  ROOT     8 speak VBD
            .      PUNCT punct    8 -     .
            """,
            KG.holdsPostIn,
        ),
        # "Ann Ryan, Head of Ferry Union, spoke": an organisation's name, which she leads
        (
            """
            Ann    PROPN compound 1 -     NNP B-PERSON
            Ryan   PROPN nsubj    8 -     NNP I-PERSON
            ,      PUNCT punct    1 -     ,
            Head   PROPN appos    1 -     NNP
            of     ADP   prep     3 -     IN
            Ferry  PROPN compound 6 -     NNP B-ORG
            Union  PROPN pobj     4 -     NNP I-ORG
            ,      PUNCT punct    1 -     ,
            spoke  VERB  ROOT     8 speak VBD
            .      PUNCT punct    8 -     .
            """,
            KG.leads,
        ),
    ],
)
def test_mention_role_with_a_capitalised_function_is_a_post_below_the_head(
    rows: str, relation: object
) -> None:
    (phrase,) = find_role_phrases(make_doc(rows), load_lexicon())
    assert (phrase.role.words, phrase.role.relation) == ("head", relation)


def test_events_named_by_verbs_not_a_responsibility_met() -> None:
    # "Councils must meet their responsibilities.": a duty met, no meeting
    doc = make_doc(
        """
        Councils NOUN nsubj 2 council NNS
        must AUX aux 2 - MD
        meet VERB ROOT 2 meet VB
        their PRON poss 4 - PRP$
        responsibilities NOUN dobj 2 responsibility NNS
        . PUNCT punct 2 - .
        """
    )
    assert list(events_named_by_verbs(context_of(doc), ())) == []
