"""Finding mentions: gazetteer, acronyms, honorifics, head nouns, descriptions, roles, comments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rdflib import OWL, RDF

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet, find_mentions, normalise_name, sentences_of
from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text
from kg.model import Document, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class, load_ontology

Found = tuple[Document, MentionSet]


@pytest.fixture(scope="module")
def mentions_of(nlp: Any) -> Callable[..., Found]:
    """``mentions_of(text, include_comments=False)``: the document and its mentions, cached."""
    cache: dict[tuple[str, bool], Found] = {}

    def run(text: str, *, include_comments: bool = False) -> Found:
        key = (text, include_comments)
        if key not in cache:
            document = read_text(text, doc_id="t")
            doc = nlp(text)
            found = find_mentions(
                doc,
                document,
                sentences_of(document, doc),
                load_lexicon(),
                include_comments=include_comments,
            )
            cache[key] = (document, found)
        return cache[key]

    return run


def _named(found: MentionSet, text: str) -> list[Mention]:
    return [m for m in found.mentions if m.text == text and not m.is_role]


def _one(found: MentionSet, text: str) -> Mention:
    named = _named(found, text)
    assert named, (text, [m.text for m in found.mentions])
    return named[0]


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the BMA’s", "bma"),
        ("Dr Katie Bramall", "katie bramall"),
        ("Prof. Sam Ode", "sam ode"),
        ("‘the Rural Access Scheme’", "rural access scheme"),
        ("Federation of Rural Clinics'", "federation of rural clinics"),
        ("The Dockers Association's", "dockers association"),
        ("your committee", "committee"),
    ],
)
def test_mentions_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


# ------------------------------------------------------------------ every mention


TEXTS = [
    "Pay news\nThe Federation of Rural Clinics (FRC) met. FRC said the plan was flawed.",
    "Pay news\nTransport secretary Anna Lind announced the Rural Access Scheme. The transport secretary said so.",
    "Pay news\nTom Hale, the chair of the Water Board, said the 2025/26 pharmacy contract would fail.",
    "Pay news\nThe BMA’s GP Committee England met the NIHR and GPC England said so.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_text_matches_document_offsets(
    mentions_of: Callable[..., Found], text: str
) -> None:
    document, found = mentions_of(text)
    assert found.mentions
    for mention in found.mentions:
        assert document.text[mention.start : mention.end] == mention.text
        assert mention.text == mention.text.strip()
        assert 0 <= mention.start < mention.end <= len(document.text)


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_types_are_declared_classes(mentions_of: Callable[..., Found], text: str) -> None:
    ontology = load_ontology()
    _, found = mentions_of(text)
    for mention in found.mentions:
        assert (mention.type, RDF.type, OWL.Class) in ontology, mention
        assert core_class(mention.type) is not None, mention
        assert 0 < mention.confidence <= 1


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_sentence_index_contains_the_mention(
    mentions_of: Callable[..., Found], nlp: Any, text: str
) -> None:
    document, found = mentions_of(text)
    sentences = sentences_of(document, nlp(text))
    for mention in found.mentions:
        sentence = sentences[mention.sentence]
        assert sentence.start <= mention.start and mention.end <= sentence.end, mention


# ------------------------------------------------------------------ gazetteer


def test_mentions_gazetteer_names_carry_their_id(mentions_of: Callable[..., Found]) -> None:
    _, found = mentions_of(TEXTS[3])
    assert _one(found, "GP Committee England").gazetteer_id == "gpce"
    assert _one(found, "GPC England").gazetteer_id == "gpce"
    assert _one(found, "BMA").gazetteer_id == "bma"
    assert _one(found, "GPC England").method == "gazetteer"


def test_mentions_possessive_ending_is_not_part_of_the_name(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(TEXTS[3])
    assert not any(m.text.endswith(("’s", "'s", "’")) for m in found.mentions)


def test_mentions_nested_gazetteer_name_is_not_a_mention_of_its_own(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(TEXTS[3])
    assert _named(found, "England") == []


# ------------------------------------------------------------------ acronyms


@pytest.mark.parametrize(
    ("text", "long", "short", "cls"),
    [
        (
            "Pay news\nThe Federation of Rural Clinics (FRC) met. FRC said the plan was flawed.",
            "Federation of Rural Clinics",
            "FRC",
            KG.TradeUnion,
        ),
        (
            "Pay news\nThe NRB (National Rail Board) met. The NRB said so.",
            "National Rail Board",
            "NRB",
            KG.Committee,
        ),
        (
            "Pay news\nMinisters backed rural access hubs (RAHs) on Monday. Two RAHs opened.",
            "rural access hubs",
            "RAHs",
            KG.ProviderModel,
        ),
        (
            "Pay news\nThe Association of Directors of Adult Rowing Services (ADARS) met. ADARS said no.",
            "Association of Directors of Adult Rowing Services",
            "ADARS",
            KG.TradeUnion,
        ),
        (
            "Pay news\nThe Ferry Pilots' Pay Board (FPPB) met. The FPPB said no.",
            "Ferry Pilots' Pay Board",
            "FPPB",
            KG.Committee,
        ),
        (  # a long form of eight words in brackets, around a listed name ("NHS")
            "Pay news\nThe NLHT (North Lea and Hollin Hospitals NHS Foundation Trust) met. "
            "The NLHT said no.",
            "North Lea and Hollin Hospitals NHS Foundation Trust",
            "NLHT",
            KG.PublicBody,
        ),
    ],
)
def test_mentions_acronym_definition_links_both_forms(
    mentions_of: Callable[..., Found], text: str, long: str, short: str, cls: Any
) -> None:
    _, found = mentions_of(text)
    long_mention = _one(found, long)
    shorts = _named(found, short)
    assert len(shorts) == 2, [m.text for m in found.mentions]
    assert long_mention.method == "acronym" and long_mention.type == cls
    assert all(m.type == cls for m in shorts)
    index = found.mentions.index(long_mention)
    linked = {b for a, b in found.same_as if a == index} | {
        a for a, b in found.same_as if b == index
    }
    assert {found.mentions.index(m) for m in shorts} <= linked


@pytest.mark.parametrize(
    "text",
    [
        "Pay news\nThe clinics voted (by a large margin) to strike.",
        "Pay news\nThe union met on Monday (UK time) to decide.",
    ],
)
def test_mentions_brackets_without_acronym_are_not_definitions(
    mentions_of: Callable[..., Found], text: str
) -> None:
    _, found = mentions_of(text)
    assert not any(m.method == "acronym" for m in found.mentions)


# ------------------------------------------------------------------ people


def test_mentions_honorific_name_keeps_a_double_barrelled_surname(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of("Pay news\nDr Tessa Marlow-Quint spoke. Dr Marlow-Quint left early.")
    assert core_class(_one(found, "Dr Marlow-Quint").type) == KG.Person
    assert not _named(found, "Dr Marlow")


def test_mentions_honorific_is_kept_in_the_span(mentions_of: Callable[..., Found]) -> None:
    _, found = mentions_of("Pay news\nDr Jane Okafor spoke. Dr Okafor said the plan was flawed.")
    assert _one(found, "Dr Jane Okafor").type == KG.Person
    assert _one(found, "Dr Okafor").type == KG.Person


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Councillor", "Jane Smith"),
        ("Cllr", "Mo Rafiq"),
        ("Baroness", "Ruth Kell"),
        ("Lord", "Peter Amis"),
        ("Sir", "Tom Jay"),
        ("Professor", "Ann Lowe"),
    ],
)
def test_mentions_title_before_a_name_is_an_honorific(
    mentions_of: Callable[..., Found], title: str, name: str
) -> None:
    _, found = mentions_of(f"Care news\n{title} {name} spoke on Monday.")
    assert _one(found, f"{title} {name}").type == KG.Person
    assert normalise_name(f"{title} {name}") == name.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Pay news\nMinisters will decide before the Easter recess.",
        "Pay news\nThe union will ballot members after the Christmas break.",
    ],
)
def test_mentions_holiday_before_a_noun_is_not_a_person(
    mentions_of: Callable[..., Found], text: str
) -> None:
    _, found = mentions_of(text)
    assert not [m for m in found.mentions if m.type == KG.Person], found.mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pay news\nOfwat, the water regulator, said bills would rise.", "Ofwat"),
        ("Pay news\nThe watchdog Ofwat said bills would rise.", "Ofwat"),
        ("Pay news\nMind's chief executive Paul Farrow said bills would rise.", "Mind"),
        ("Pay news\nMind, the mental health charity, said bills would rise.", "Mind"),
        ("Pay news\nThe homelessness charity Shelter said rents would rise.", "Shelter"),
        ("Pay news\nThe national patient watchdog Ofwat said bills would rise.", "Ofwat"),
    ],
)
def test_mentions_name_in_apposition_with_an_organisation_noun_is_an_organisation(
    mentions_of: Callable[..., Found], text: str, name: str
) -> None:
    _, found = mentions_of(text)
    assert core_class(_one(found, name).type) == KG.Organisation


def test_mentions_chief_executive_of_an_organisation_is_no_body_of_it(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Pay news\nThe Rural Clinics Federation's chief executive, Tom Hale, spoke."
    )
    assert not [m for m in found.mentions if m.text.endswith("chief executive") and not m.is_role]


def test_mentions_organisation_named_with_an_honorific_elsewhere_is_a_person(nlp: Any) -> None:
    from spacy.tokens import Span

    text = "Pay news\nPriya Sandhu wrote to Tom Hale.\nMs Sandhu said pay was too low."
    document = read_text(text, doc_id="t")
    doc = nlp(text)
    # the statistical model sometimes reads a person's name as an organisation
    start = next(t.i for t in doc if t.text == "Priya")
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 2] + [
        Span(doc, start, start + 2, label="ORG")
    ]
    found = find_mentions(doc, document, sentences_of(document, doc), load_lexicon())
    assert _one(found, "Priya Sandhu").type == KG.Person


def test_mentions_name_ending_in_a_country_read_as_a_person_is_an_organisation(nlp: Any) -> None:
    from spacy.tokens import Span

    text = "Care news\nCarewatch England has launched a review of home care."
    document = read_text(text, doc_id="t")
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Carewatch")
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 2] + [
        Span(doc, start, start + 2, label="PERSON")
    ]
    found = find_mentions(doc, document, sentences_of(document, doc), load_lexicon())
    assert core_class(_one(found, "Carewatch England").type) == KG.Organisation
    assert not [m for m in found.mentions if core_class(m.type) in (KG.Person, KG.Place)]


def test_mentions_organisation_name_cut_after_of_is_joined(nlp: Any) -> None:
    from spacy.tokens import Span

    text = "Care news\nThe Guild of Rural Ferry Pilots said the offer was too low."
    document = read_text(text, doc_id="t")
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Guild")
    doc.ents = [
        Span(doc, start, start + 2, label="ORG"),
        Span(doc, start + 2, start + 5, label="ORG"),
    ]
    found = find_mentions(doc, document, sentences_of(document, doc), load_lexicon())
    assert core_class(_one(found, "Guild of Rural Ferry Pilots").type) == KG.Organisation
    assert not _named(found, "Rural Ferry Pilots")


def test_mentions_one_word_person_named_as_an_organisation_elsewhere_is_it(nlp: Any) -> None:
    from spacy.tokens import Span

    text = "Care news\nThe charity Shelter said rents would rise.\nCrisis and Shelter wrote to MPs."
    document = read_text(text, doc_id="t")
    doc = nlp(text)
    second = [t.i for t in doc if t.text == "Shelter"][1]
    doc.ents = [e for e in doc.ents if not e.start <= second < e.end] + [
        Span(doc, second, second + 1, label="PERSON")
    ]
    doc.ents = sorted(doc.ents, key=lambda e: e.start)
    found = find_mentions(doc, document, sentences_of(document, doc), load_lexicon())
    shelters = _named(found, "Shelter")
    assert len(shelters) == 2
    assert all(core_class(m.type) == KG.Organisation for m in shelters)


def test_mentions_organisation_name_around_a_listed_name_is_kept_whole(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Pay news\nEastbrook Hospitals NHS Foundation Trust said it would improve."
    )
    assert (
        core_class(_one(found, "Eastbrook Hospitals NHS Foundation Trust").type) == KG.Organisation
    )
    assert _named(found, "NHS") == []


def test_mentions_holiday_before_a_noun_is_not_a_place(mentions_of: Callable[..., Found]) -> None:
    _, found = mentions_of("Pay news\nMinisters will decide before the Easter recess.")
    assert _named(found, "Easter") == []


def test_mentions_organisation_opening_a_quotation_is_found(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Pay news\n“The Federation of Rural Clinics rejects the 2025/26 pharmacy contract,” Anna Lind said."
    )
    assert _one(found, "Federation of Rural Clinics").type == KG.TradeUnion


# ------------------------------------------------------------------ proposals and events


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        (
            "Pay news\nThe Government announced the 2025/26 pharmacy contract.",
            "2025/26 pharmacy contract",
            KG.Contract,
        ),
        (
            "Pay news\nAnna Lind announced the Rural Access Scheme on Monday.",
            "Rural Access Scheme",
            KG.Policy,
        ),
        (
            "Pay news\nThe union backed the coastal pharmacy framework.",
            "coastal pharmacy framework",
            KG.Plan,
        ),
        ("Pay news\nThe union called a referendum on Monday.", "referendum", KG.Vote),
        (
            "Pay news\nThe union ordered strike action on Monday.",
            "strike action",
            KG.CollectiveAction,
        ),
    ],
)
def test_mentions_head_noun_names_a_proposal_or_event(
    mentions_of: Callable[..., Found], text: str, name: str, cls: Any
) -> None:
    _, found = mentions_of(text)
    assert _one(found, name).type == cls


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pay news\nThe union said contracts were flawed.", "contracts"),
        ("Pay news\nThe union said extra investment was needed.", "investment"),
    ],
)
def test_mentions_generic_plural_or_weak_noun_names_nothing(
    mentions_of: Callable[..., Found], text: str, word: str
) -> None:
    _, found = mentions_of(text)
    assert not any(word in m.text and m.method == "noun-phrase" for m in found.mentions)


def test_mentions_definite_description_is_marked(mentions_of: Callable[..., Found]) -> None:
    _, found = mentions_of(
        "Pay news\nThe Government announced the Rural Access Scheme. The union said the scheme was late."
    )
    scheme = _one(found, "scheme")
    index = found.mentions.index(scheme)
    assert found.descriptions.get(index) == "scheme"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Pay news\nThe Commons transport and ports committee will hold an inquiry.",
            "Commons transport and ports committee",
        ),
        ("Pay news\nThe BMA consultants committee met on Monday.", "BMA consultants committee"),
        ("Pay news\nDr Ann Lowe met the GP committee on Monday.", "GP committee"),
    ],
)
def test_mentions_lowercase_body_named_after_an_organisation_is_an_organisation(
    mentions_of: Callable[..., Found], text: str, body: str
) -> None:
    _, found = mentions_of(text)
    assert core_class(_one(found, body).type) == KG.Organisation


def test_mentions_organisation_before_a_noun_alone_names_no_body(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of("Pay news\nA Government department said the offer was fair.")
    assert not _named(found, "Government department")


@pytest.mark.parametrize("name", ["Ferry Pilots Pay Review Body", "Vets and Farriers Review Body"])
def test_mentions_name_ending_in_body_is_an_organisation(
    mentions_of: Callable[..., Found], name: str
) -> None:
    _, found = mentions_of(f"Pay news\nThe {name} recommended a rise of 3%.")
    assert _one(found, name).type == KG.Committee


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Care news\nCarewatch England has launched a review of home care.", "Carewatch England"),
        ("Care news\nThe plan was welcomed by Dental Practice Wales.", "Dental Practice Wales"),
        ("Care news\nAge UK welcomed the plan.", "Age UK"),
    ],
)
def test_mentions_name_ending_in_a_country_is_an_organisation(
    mentions_of: Callable[..., Found], text: str, name: str
) -> None:
    _, found = mentions_of(text)
    assert core_class(_one(found, name).type) == KG.Organisation
    assert not [m for m in found.mentions if core_class(m.type) == KG.Place]


@pytest.mark.parametrize(
    "text",
    [
        "Care news\nWaiting times in North East England rose last year.",
        "Care news\nNurses in England rejected the offer.",
    ],
)
def test_mentions_region_or_preposition_before_a_country_is_no_organisation(
    mentions_of: Callable[..., Found], text: str
) -> None:
    _, found = mentions_of(text)
    assert not [m for m in found.mentions if core_class(m.type) == KG.Organisation]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Care news\nThe Government will introduce a cap on ferry fares.", "cap on ferry fares"),
        (
            "Care news\nThe union welcomed the ban on zero-hours contracts.",
            "ban on zero-hours contracts",
        ),
        ("Care news\nMinisters proposed a levy on ferry operators.", "levy on ferry operators"),
    ],
)
def test_mentions_cap_ban_or_levy_names_a_policy(
    mentions_of: Callable[..., Found], text: str, name: str
) -> None:
    _, found = mentions_of(text)
    assert _one(found, name).type == KG.Policy


# ------------------------------------------------------------------ roles


def test_mentions_role_before_name_links_its_holder(mentions_of: Callable[..., Found]) -> None:
    _, found = mentions_of(TEXTS[1])
    roles = {found.mentions[r.role_mention].text: r for r in found.roles}
    link = roles["Transport secretary"]
    assert link.holder is not None and found.mentions[link.holder].text == "Anna Lind"
    assert link.role.government_post
    assert found.mentions[link.role_mention].is_role


@pytest.mark.parametrize(
    ("text", "holder", "party"),
    [
        ("Care news\nLabour MP Daniel Okoro welcomed the cap.", "Daniel Okoro", "Labour"),
        ("Care news\nConservative MP Jo Ferris attacked the cap.", "Jo Ferris", "Conservative"),
        (
            "Care news\nThe Conservative spokesperson Helen Ashdown said the cap was unfair.",
            "Helen Ashdown",
            "Conservative",
        ),
        (
            "Care news\nLiberal Democrat health spokesperson Tom Hale called for a review.",
            "Tom Hale",
            "Liberal Democrat",
        ),
        # a party's name of two words opening the sentence
        ("Care news\nFine Gael TD Aoife Kerr backed the cap.", "Aoife Kerr", "Fine Gael"),
    ],
)
def test_mentions_party_before_a_role_is_its_organisation(
    mentions_of: Callable[..., Found], text: str, holder: str, party: str
) -> None:
    _, found = mentions_of(text)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == holder
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == party
    assert found.mentions[link.organisation].type == KG.PoliticalParty


def test_mentions_party_before_government_names_no_party(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of("Care news\nThe agency was set up by the then Conservative Government.")
    assert not [m for m in found.mentions if m.type == KG.PoliticalParty]


@pytest.mark.parametrize(
    ("text", "holder", "organisation"),
    [
        (
            "Care news\nDr Ann Lowe was appointed chair of the Dockers Association on Monday.",
            "Dr Ann Lowe",
            "Dockers Association",
        ),
        (
            "Care news\nTom Hale has been elected president of the Federation of Rural Clinics.",
            "Tom Hale",
            "Federation of Rural Clinics",
        ),
    ],
)
def test_mentions_role_someone_is_appointed_to_links_its_holder(
    mentions_of: Callable[..., Found], text: str, holder: str, organisation: str
) -> None:
    _, found = mentions_of(text)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == holder
    assert link.organisation is not None
    assert found.mentions[link.organisation].text == organisation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Care news\nThe Dockers Association's medical director, Dr Ann Lowe, spoke.",
            "medical director",
        ),
        ("Care news\nIts chief economist, Dr Ann Lowe, said the offer was low.", "chief economist"),
        ("Care news\nDockers Institute senior fellow Ann Lowe said so.", "senior fellow"),
        (
            "Care news\nThe plan, set out by the Harbour Trust's regional director Dr Ann Lowe, was late.",
            "regional director",
        ),
        (
            "Care news\nThe Harbour Trust's primary care director, Dr Ann Lowe, spoke.",
            "primary care director",
        ),
    ],
)
def test_mentions_post_below_the_head_is_a_member_role(
    mentions_of: Callable[..., Found], text: str, words: str
) -> None:
    _, found = mentions_of(text)
    (link,) = found.roles
    assert link.role.words == words
    assert link.role.relation == KG.holdsPostIn


def test_mentions_role_on_its_own_refers_to_the_post(mentions_of: Callable[..., Found]) -> None:
    _, found = mentions_of(TEXTS[1])
    roles = {found.mentions[r.role_mention].text: r for r in found.roles}
    assert "transport secretary" in roles
    assert roles["transport secretary"].holder is None


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nministers said the health secretary.",
        "Title\n\nministers said the health secretary",
        "Title\n\nThe union wrote to the secretary of",
    ],
)
def test_mentions_role_word_at_the_end_of_the_document_is_found(
    mentions_of: Callable[..., Found], text: str
) -> None:
    _, found = mentions_of(text)  # the longest role words would run past the last token
    assert any(found.mentions[r.role_mention].text.endswith("secretary") for r in found.roles)


def test_mentions_apposition_role_links_holder_and_organisation(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(TEXTS[2])
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "chair"
    assert link.role.relation == KG.chairOf
    assert link.holder is not None and found.mentions[link.holder].text == "Tom Hale"
    assert link.organisation is not None and found.mentions[link.organisation].text == "Water Board"


# ------------------------------------------------------------------ comments


COMMENTED = (
    "Pay news\nThe Federation of Rural Clinics has rejected the 2025/26 pharmacy contract.\n"
    "READERS' COMMENTS [3]\nDr Jane Okafor has written to the Federation of Rural Clinics.\n"
)


def test_mentions_comments_excluded_by_default(mentions_of: Callable[..., Found]) -> None:
    document, found = mentions_of(COMMENTED)
    assert found.mentions
    assert all(m.start < document.body_end for m in found.mentions)


def test_mentions_comments_included_on_request(mentions_of: Callable[..., Found]) -> None:
    document, found = mentions_of(COMMENTED, include_comments=True)
    in_comments = [m.text for m in found.mentions if m.start >= document.body_end]
    assert "Dr Jane Okafor" in in_comments
    assert "Federation of Rural Clinics" in in_comments


def test_mentions_title_case_headline_words_are_not_names(nlp: Any) -> None:
    document = read_text(
        "Resident Doctor Strike To Go Ahead As Union Rejects Offer\n"
        "The Federation of Rural Clinics rejected the offer on Monday.",
        doc_id="t",
    )
    corpus = extract_documents([document], nlp=nlp)
    assert not [e for e in corpus.entities if e.type == KG.Person]


def test_mentions_dispute_is_no_event(mentions_of: Callable[..., Found]) -> None:
    # two sides at odds hold no event: "disputes are not annotated as events"
    _, found = mentions_of("Pay news\nThe union is in a long dispute with ministers over pay.")
    assert not [m for m in found.mentions if "dispute" in m.text]


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Pay news\nThe offer came after the general election.", "general election", KG.Vote),
        (
            "Pay news\nThe Ferry Safety Inspectorate said no.",
            "Ferry Safety Inspectorate",
            KG.PublicBody,
        ),
        ("Pay news\nThe minister told parliament on Monday.", "parliament", KG.Legislature),
    ],
)
def test_mentions_elections_inspectorates_and_parliament_are_found(
    mentions_of: Callable[..., Found], text: str, name: str, cls: Any
) -> None:
    _, found = mentions_of(text)
    assert _one(found, name).type == cls


def test_mentions_petition_is_no_event(mentions_of: Callable[..., Found]) -> None:
    # petitions as things are not annotated; handing one over is a communication
    _, found = mentions_of("Pay news\nThe union delivered a petition to the minister.")
    assert not [m for m in found.mentions if "petition" in m.text]


def test_mentions_longer_forms_end_at_each_noun_of_the_modifier(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Pay news\nThe union backed the pledge to cut the number of ferry delays by May."
    )
    texts = {m.text for m in found.mentions}
    assert {"pledge to cut the number", "pledge to cut the number of ferry delays"} <= texts


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Pay news\nThe union said the ferry service needs NHS funding and a pay rise.",
            [],
            ["ferry service", "NHS funding", "pay rise"],
        ),
        (
            "Pay news\nMinisters will deliver the national ferry service and a 3% pay rise.",
            ["national ferry service", "3% pay rise"],
            [],
        ),
    ],
)
def test_mentions_service_and_funding_need_a_name_an_amount_or_an_author(
    mentions_of: Callable[..., Found], text: str, kept: list[str], dropped: list[str]
) -> None:
    _, found = mentions_of(text)
    texts = {m.text for m in found.mentions}
    assert set(kept) <= texts and not set(dropped) & texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pay news\nThe pilots began 10 days of strike action on Monday.",
            "10 days of strike action",
        ),
        (
            "Pay news\nMinisters unveiled a raft of new ferry measures.",
            "raft of new ferry measures",
        ),
        ("Pay news\nThe pay claim for 2025/26 was rejected.", "pay claim for 2025/26"),
    ],
)
def test_mentions_measures_of_events_and_pay_claims_are_named(
    mentions_of: Callable[..., Found], text: str, name: str
) -> None:
    _, found = mentions_of(text)
    assert name in {m.text for m in found.mentions}


def test_mentions_role_of_state_on_its_own_refers_to_the_post(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of("Pay news\nAt the port, Secretary of State for Ferries said no.")
    assert [found.mentions[r.role_mention].text for r in found.roles] == [
        "Secretary of State for Ferries"
    ]


def test_mentions_title_words_the_model_puts_in_a_name_are_left_out_of_it(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of("Pay news\nChief Constable Orla Brady said the force needed money.")
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "Chief Constable"
    assert link.holder is not None and found.mentions[link.holder].text == "Orla Brady"


def test_mentions_minister_for_a_portfolio_links_the_name_after_it(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Pay news\nMinister for Finance Orla Brady said the allocation was fair."
    )
    (link,) = found.roles
    assert found.mentions[link.role_mention].text == "Minister for Finance"
    assert link.holder is not None and found.mentions[link.holder].text == "Orla Brady"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Pay news\nTalks ended without an agreement to end the strike.", "agreement"),
        ("Pay news\nThe union said there was no deal on the table.", "deal"),
    ],
)
def test_mentions_a_thing_said_not_to_exist_names_nothing(
    mentions_of: Callable[..., Found], text: str, absent: str
) -> None:
    _, found = mentions_of(text)
    assert not [m for m in found.mentions if absent in m.text]


def test_mentions_what_a_pronoun_is_said_to_be_refers_back(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Pay news\nMinisters tabled a ferry pay offer. This is another poor offer to porters."
    )
    poor = _one(found, "poor offer")
    assert poor.method == "description"


def test_mentions_quoted_words_of_a_quotation_are_no_term(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of("Pay news\nThe plan points to ‘potentially huge changes’ to care.")
    assert not [
        m for m in found.mentions if m.text.endswith("changes") and m.method == "noun-phrase"
    ]


def test_mentions_apposition_role_after_a_possessor_links_the_holder_before(
    mentions_of: Callable[..., Found],
) -> None:
    _, found = mentions_of(
        "Care news\nTom Hale, the Dockers Association's chair, said the cap was fair."
    )
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Port news\nJo Lind, campaign co-ordinator for the Harbour Guild, said the plan was wrong.",
            "Jo Lind",
            "Harbour Guild",
        ),
        (
            "Port news\nSam Hale, regional organiser for the Harbour Workers Union, said so.",
            "Sam Hale",
            "Harbour Workers Union",
        ),
        (
            "Port news\nJo Bell, programme manager at the Harbour Guild, said the plan was flawed.",
            "Jo Bell",
            "Harbour Guild",
        ),
        (
            "Port news\nTom Reyes, a lawyer for the Ferry Trust, said it would fail.",
            "Tom Reyes",
            "Ferry Trust",
        ),
    ],
)
def test_mentions_a_campaigns_coordinator_or_organiser_holds_a_post_in_it(
    mentions_of: Callable[..., Found], text: str, holder: str, body: str
) -> None:
    _, found = mentions_of(text)
    (link,) = found.roles
    assert link.holder is not None and found.mentions[link.holder].text == holder
    assert link.organisation is not None and found.mentions[link.organisation].text == body
    assert link.role.relation == KG.holdsPostIn


def test_entities_governments_set_in_the_past_are_one_apart_from_the_one_in_office(
    extract: Callable[..., Any],
) -> None:
    """ "the previous Conservative government", "the last government" and, later, "the
    Conservative government" are the one government before the Labour one in office."""
    corpus = extract(
        "Care news\nThe Labour government will publish the plan next week, the minister said.\n"
        "The review was begun by the previous Conservative government in 2023.\n"
        "She said the last government had failed to act.\n"
        "The Conservative government cut the budget in 2022."
    )
    names = [{e.label, *e.aliases} for e in corpus.entities if "government" in e.label.lower()]
    past = [n for n in names if "previous Conservative government" in n]
    assert len(past) == 1
    assert {"last government", "Conservative government"} <= past[0]
    assert not any("Labour government" in n for n in past)
