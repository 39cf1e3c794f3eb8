"""Resolving mentions to entities: acronyms, names, roles, descriptions, pronouns, comments, merging."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rdflib import Literal, URIRef

from kg.extract.entities import merge_documents
from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text
from kg.model import Corpus, Entity
from kg.rdf.graph import corpus_graph
from kg.rdf.namespaces import KG, entity_iri
from kg.rdf.schema import core_class

Extract = Callable[..., Corpus]


def _entity(corpus: Corpus, label: str) -> Entity:
    found = [e for e in corpus.entities if e.label == label]
    assert len(found) == 1, (label, [e.label for e in corpus.entities])
    return found[0]


def _labels(corpus: Corpus, cls: URIRef | None = None) -> list[str]:
    return [e.label for e in corpus.entities if cls is None or core_class(e.type) == cls]


def _names(corpus: Corpus) -> set[str]:
    return {name for e in corpus.entities for name in (e.label, *e.aliases)}


def _facts(corpus: Corpus) -> set[tuple[str, str, str]]:
    return {(r.subject, str(r.predicate).rsplit("#", 1)[-1], r.object) for r in corpus.relations}


# ------------------------------------------------------------------ acronyms


@pytest.mark.parametrize(
    ("text", "label", "alias", "cls"),
    [
        (
            "Pay news\nThe Federation of Rural Clinics (FRC) met on Monday. FRC said the offer was too low.",
            "Federation of Rural Clinics",
            "FRC",
            KG.TradeUnion,
        ),
        (
            "Pay news\nThe NRB (National Rail Board) met on Monday. The NRB said fares would rise.",
            "National Rail Board",
            "NRB",
            KG.Committee,
        ),
    ],
)
def test_entities_acronym_definition_gives_one_entity(
    extract: Extract, text: str, label: str, alias: str, cls: URIRef
) -> None:
    corpus = extract(text)
    entity = _entity(corpus, label)
    assert entity.type == cls
    assert alias in entity.aliases
    assert alias not in _labels(corpus)
    assert len([m for m in entity.mentions if m.text == alias]) == 2


# ------------------------------------------------------------------ people


def test_entities_description_prefers_a_name_with_its_word(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe chief executive of Eastbrook Hospitals NHS Foundation Trust resigned after"
        " the Care Quality Commission rated it poorly.\nThe trust said it would improve."
    )
    assert "trust" in _entity(corpus, "Eastbrook Hospitals NHS Foundation Trust").aliases
    assert "trust" not in _entity(corpus, "Care Quality Commission").aliases


def test_entities_plural_words_of_change_name_the_one_overhaul(extract: Extract) -> None:
    corpus = extract(
        "Council news\nThe government has announced an overhaul of animal welfare inspections."
        "\nThe Guild of Vets said the plans were rushed. It said the changes had not been tested."
    )
    overhaul = _entity(corpus, "overhaul of animal welfare inspections")
    assert {"plans", "changes"} <= set(overhaul.aliases)
    assert _labels(corpus, KG.Proposal) == ["overhaul of animal welfare inspections"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Local Government cannot support the Care Bill, the Guild of Councils said.",
        "The Guild of Councils said local government cannot support the Care Bill.",
    ],
)
def test_entities_local_government_is_a_tier_not_a_government(
    extract: Extract, sentence: str
) -> None:
    corpus = extract("Council news\n" + sentence)
    assert not [e for e in corpus.entities if e.type == KG.GovernmentBody]


def test_entities_name_with_a_bracketed_short_form_inside_is_also_named_without_it(
    extract: Extract,
) -> None:
    corpus = extract(
        "Fire news\nThe Fire Brigades Union's (FBU) pay committee voted to reject the offer."
    )
    committee = next(e for e in corpus.entities if "pay committee" in e.label)
    assert {"FBU pay committee", "Fire Brigades Union pay committee"} <= set(committee.aliases)


@pytest.mark.parametrize(
    ("second_sentence", "described"),
    [
        ("The Fire Brigades Union said the merger would put lives at risk.", "Fire Brigades Union"),
        # the government is the other side, not the union the lede describes
        ("The Home Office said the merger was fair.", None),
        # named, but not as a speaker
        ("The merger was first proposed by the Fire Brigades Union.", None),
    ],
)
def test_entities_lede_subject_described_is_the_speaker_named_after(
    extract: Extract, second_sentence: str, described: str | None
) -> None:
    corpus = extract(
        "Fire news\nA union has accused the Home Office of ignoring firefighters.\n"
        + second_sentence
    )
    union = [e.label for e in corpus.entities if "union" in e.aliases]
    assert union == ([described] if described else [])


def test_entities_short_form_of_the_holders_of_a_post_names_no_organisation(
    extract: Extract,
) -> None:
    corpus = extract(
        "Police news\nMost Police and Crime Commissioners (PCCs) will raise the precept."
        "\nThe Health Service Executive (HSE) said so."
    )
    assert _labels(corpus, KG.Organisation) == ["Health Service Executive"]


def test_entities_a_body_named_after_the_holders_of_a_post_keeps_its_short_form(
    extract: Extract,
) -> None:
    """ "The Guild of Harbour Chairs (GHC)": the plural role word ends the name but is not its
    head; the short form still names the guild (review3: it had become an entity of its own)."""
    corpus = extract("Port news\nThe Guild of Harbour Chairs (GHC) said the levy was unfair.")
    guild = _entity(corpus, "Guild of Harbour Chairs")
    assert "GHC" in guild.aliases


def test_entities_honorific_and_surname_give_one_person(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nDr Jane Okafor spoke on Monday. Dr Okafor said the offer was flawed. "
        "Okafor said more work was needed."
    )
    assert _labels(corpus, KG.Person) == ["Jane Okafor"]
    person = _entity(corpus, "Jane Okafor")
    assert person.type == KG.Person
    assert {"Dr Jane Okafor", "Dr Okafor", "Okafor"} <= set(person.aliases)
    assert len(person.mentions) == 3


def test_entities_people_sharing_a_surname_stay_apart(extract: Extract) -> None:
    corpus = extract("Pay news\nJane Okafor met Peter Okafor on Monday. Jane Okafor said so.")
    assert sorted(_labels(corpus, KG.Person)) == ["Jane Okafor", "Peter Okafor"]


def test_entities_role_before_name_and_later_role_are_one_person(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nTransport secretary Anna Lind announced the Rural Access Scheme. "
        "Later the transport secretary said she was confident."
    )
    assert _labels(corpus, KG.Person) == ["Anna Lind"]
    person = _entity(corpus, "Anna Lind")
    assert "transport secretary" in {a.lower() for a in person.aliases}
    assert len([m for m in person.mentions if m.is_role]) == 2


def test_entities_apposition_role_is_an_alias_of_the_holder(extract: Extract) -> None:
    corpus = extract("Pay news\nTom Hale, the chair of the Water Board, said prices would rise.")
    assert _labels(corpus, KG.Person) == ["Tom Hale"]
    assert "chair" in _entity(corpus, "Tom Hale").aliases
    assert _entity(corpus, "Water Board").type == KG.Committee


@pytest.mark.parametrize(
    "text",
    [
        "Pay news\nMinisters will decide before the Easter recess on the matter.",
        "Pay news\nThe union will ballot members after the Christmas break.",
    ],
)
def test_entities_false_person_is_dropped(extract: Extract, text: str) -> None:
    corpus = extract(text)
    assert _labels(corpus, KG.Person) == []


def test_entities_short_organisation_name_is_not_a_person(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nProfessor Sam Ode leads the Guild of Ferry Pilots. Professor Ode said the Guild would strike."
    )
    assert _labels(corpus, KG.Person) == ["Sam Ode"]


def test_entities_the_capitalised_word_of_a_body_named_later_is_that_body(
    extract: Extract,
) -> None:
    # a body's house style writes "the College" before its full name: one organisation
    corpus = extract(
        "Surgeons back plan\nThe College and the Centre for Surgical Care have long argued "
        "for the change.\nDr Jo Reid, President of the Royal College of Ferry Surgeons, said "
        "the plan was welcome.\n"
    )
    bodies = {e.label: set(e.aliases) for e in corpus.entities if e.type != KG.Person}
    assert "College" in bodies["Royal College of Ferry Surgeons"]
    assert "College" not in bodies


def test_entities_a_union_named_by_its_members_is_the_union_named(extract: Extract) -> None:
    corpus = extract(
        "Minister rules out new offer after pilots' union rejects deal\n"
        "The Ferry Pilots Union said its members had rejected the offer.\n"
    )
    bodies = {e.label: set(e.aliases) for e in corpus.entities if e.type != KG.Person}
    assert "pilots' union" in bodies["Ferry Pilots Union"]


# ------------------------------------------------------------------ organisations


@pytest.mark.parametrize(
    ("text", "body", "owner", "predicate"),
    [
        (
            "Pay news\nThe Dockers Association's Pay Review Committee met on Tuesday.",
            "Pay Review Committee",
            "Dockers Association",
            "committeeOf",
        ),
        (
            "Pay news\nThe Dockers Association's executive said the offer was too low.",
            "Dockers Association executive",
            "Dockers Association",
            "memberOf",
        ),
        pytest.param(
            "Pay news\nThe Dockers Association’s Pay Review Committee met on Tuesday.",
            "Pay Review Committee",
            "Dockers Association",
            "committeeOf",
        ),
        (
            "Pay news\nThe Union of Nurses’ pay committee said the offer was too low.",
            "Union of Nurses’ pay committee",
            "Union of Nurses",
            "memberOf",
        ),
    ],
)
def test_entities_possessive_body_belongs_to_its_owner(
    extract: Extract, text: str, body: str, owner: str, predicate: str
) -> None:
    corpus = extract(text)
    assert core_class(_entity(corpus, body).type) == KG.Organisation
    assert core_class(_entity(corpus, owner).type) == KG.Organisation
    assert (body, predicate, owner) in _facts(corpus)


@pytest.mark.parametrize(
    ("text", "college"),
    [
        (
            "Pay news\nThe Royal College of Widgets has welcomed the scheme. The college said it was overdue.",
            "Royal College of Widgets",
        ),
        pytest.param(
            "Pay news\nThe Royal College of Widgets has welcomed the Rural Access Scheme. "
            "The College said the scheme was overdue.",
            "Royal College of Widgets",
        ),
    ],
)
def test_entities_definite_description_refers_to_the_earlier_organisation(
    extract: Extract, text: str, college: str
) -> None:
    corpus = extract(text)
    assert _labels(corpus, KG.Organisation) == [college]
    assert "college" in {a.lower() for a in _entity(corpus, college).aliases}


def test_entities_description_without_antecedent_is_dropped(extract: Extract) -> None:
    corpus = extract("Pay news\nThe committee said the offer was too low.")
    assert _labels(corpus, KG.Organisation) == []


# ------------------------------------------------------------------ proposals


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        (
            "Pay news\nAnna Lind announced the Rural Access Scheme on Monday.",
            "Rural Access Scheme",
            KG.Policy,
        ),
        (
            "Pay news\nThe Government announced the 2025/26 pharmacy contract yesterday.",
            "2025/26 pharmacy contract",
            KG.Contract,
        ),
        (
            "Pay news\nThe union backed the coastal pharmacy framework.",
            "coastal pharmacy framework",
            KG.Plan,
        ),
    ],
)
def test_entities_unknown_proposal_typed_by_head_noun(
    extract: Extract, text: str, label: str, cls: URIRef
) -> None:
    entity = _entity(extract(text), label)
    assert entity.type == cls
    assert core_class(entity.type) == KG.Proposal


def test_entities_later_description_joins_the_named_proposal(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe Government announced the Rural Access Scheme. The union said the scheme was late."
    )
    assert _labels(corpus, KG.Proposal) == ["Rural Access Scheme"]
    assert "scheme" in _entity(corpus, "Rural Access Scheme").aliases


def test_entities_demonstrative_description_refers_to_the_last_proposal(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe Home Office announced a flat £900 salary uplift for officers. "
        "The federation said this pay award was not enough."
    )
    assert _labels(corpus, KG.Proposal) == ["flat £900 salary uplift"]
    assert "pay award" in _entity(corpus, "flat £900 salary uplift").aliases


def test_entities_new_before_a_proposal_does_not_make_another_entity(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe union backed a new 2025/26 pharmacy contract. Later the 2025/26 pharmacy contract was signed."
    )
    assert _labels(corpus, KG.Proposal) == ["2025/26 pharmacy contract"]


# ------------------------------------------------------------------ pronouns


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "Pay news\nTom Hale spoke at length on Monday. He later wrote to the Federation of Rural Clinics.",
            "Tom Hale",
        ),
        # a subject pronoun prefers the subject of the clause before ...
        (
            "Pay news\nMr Tom Hale met Dr Sam Ode on Monday. He later wrote to the Federation of Rural Clinics.",
            "Tom Hale",
        ),
        # ... unless a gendered honorific rules it out
        (
            "Pay news\nMs Jane Okafor met Mr Tom Hale on Monday. He later wrote to the Federation of Rural Clinics.",
            "Tom Hale",
        ),
        (
            "Pay news\nMr Tom Hale met Dr Jane Okafor on Monday. She later wrote to the Federation of Rural Clinics.",
            "Jane Okafor",
        ),
    ],
)
def test_entities_pronoun_resolves_to_the_recent_subject_of_fitting_gender(
    extract: Extract, text: str, writer: str
) -> None:
    assert _facts(extract(text)) >= {(writer, "wroteTo", "Federation of Rural Clinics")}


def test_entities_pronoun_agrees_with_gendered_honorific(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nMr Tom Hale met Ms Jane Okafor on Monday. He later wrote to the Federation of Rural Clinics."
    )
    assert ("Tom Hale", "wroteTo", "Federation of Rural Clinics") in _facts(corpus)
    assert ("Jane Okafor", "wroteTo", "Federation of Rural Clinics") not in _facts(corpus)


def test_entities_it_resolves_to_the_recent_organisation(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe Federation of Rural Clinics met on Monday. It later wrote to Tom Hale."
    )
    assert ("Federation of Rural Clinics", "wroteTo", "Tom Hale") in _facts(corpus)


# ------------------------------------------------------------------ readers' comments

COMMENTED = (
    "Pay news\nThe Federation of Rural Clinics has rejected the 2025/26 pharmacy contract.\n"
    "READERS' COMMENTS [3]\nDr Jane Okafor has written to the Federation of Rural Clinics.\n"
)


def test_entities_comments_excluded_by_default(extract: Extract) -> None:
    corpus = extract(COMMENTED)
    assert "Jane Okafor" not in _names(corpus)
    assert all(not r.evidence.in_comments for r in corpus.relations)
    body_end = corpus.extractions[0].document.body_end
    assert all(m.start < body_end for e in corpus.entities for m in e.mentions)


def test_entities_comments_included_and_marked_on_request(extract: Extract) -> None:
    corpus = extract(COMMENTED, include_comments=True)
    assert _entity(corpus, "Jane Okafor").type == KG.Person
    (relation,) = [r for r in corpus.relations if r.subject == "Jane Okafor"]
    assert relation.predicate == KG.wroteTo
    assert relation.evidence.in_comments
    assert relation.evidence.sentence.in_comments
    graph = corpus_graph(corpus)
    statements = set(graph.subjects(KG.fromReaderComments, Literal(True)))
    assert any((s, KG.modality, None) in graph for s in statements)
    assert (
        entity_iri("Jane Okafor"),
        KG.wroteTo,
        entity_iri("Federation of Rural Clinics"),
    ) in graph


def test_entities_comment_heading_is_not_an_entity(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nThe Federation of Rural Clinics met.\nRelated Articles\n"
        "Dr Jane Okafor has written to the Federation of Rural Clinics.\n",
        include_comments=True,
    )
    assert "Related Articles" not in _names(corpus)


# ------------------------------------------------------------------ across documents


def test_entities_merge_across_documents_by_name(nlp: Any) -> None:
    documents = [
        read_text(
            "First\nDr Jane Okafor has written to the Federation of Rural Clinics.", doc_id="a"
        ),
        read_text(
            "Second\nJane Okafor said the Federation of Rural Clinics was right.", doc_id="b"
        ),
    ]
    corpus = extract_documents(documents, nlp=nlp)
    okafor = _entity(corpus, "Jane Okafor")
    assert okafor.doc_ids == ("a", "b")
    assert _entity(corpus, "Federation of Rural Clinics").doc_ids == ("a", "b")
    assert [r.subject for r in corpus.relations if r.predicate == KG.wroteTo] == ["Jane Okafor"]


def test_entities_merge_keeps_people_with_only_a_shared_surname_apart(nlp: Any) -> None:
    documents = [
        read_text("Pay news\nDr Jane Okafor spoke. Okafor said the offer was flawed.", doc_id="a"),
        read_text("Pay news\nDr Peter Okafor spoke. Okafor said the offer was fair.", doc_id="b"),
    ]
    corpus = extract_documents(documents, nlp=nlp)
    assert sorted(_labels(corpus, KG.Person)) == ["Jane Okafor", "Peter Okafor"]


def test_entities_merged_keys_are_labels_and_unique(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nTransport secretary Anna Lind announced the Rural Access Scheme. "
        "The Federation of Rural Clinics (FRC) welcomed it."
    )
    keys = [e.key for e in corpus.entities]
    assert keys == [e.label for e in corpus.entities]
    assert len(keys) == len(set(keys))
    merged, relations, _quotes = merge_documents(corpus.extractions)
    assert [e.key for e in merged] == keys
    assert len(relations) == len(corpus.relations)


def _corpus_of(nlp: Any, *texts: str) -> Corpus:
    documents = [read_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)]
    return extract_documents(documents, nlp=nlp)


def test_entities_same_actor_across_documents_is_one_entity(nlp: Any) -> None:
    corpus = _corpus_of(
        nlp,
        "Pay news\nThe Federation of Rural Clinics (FRC) has written to the Government.",
        "Clinic news\nThe FRC rejected the offer on Monday.",
    )
    federation = [e for e in corpus.entities if "FRC" in (e.label, *e.aliases)]
    assert len(federation) == 1
    assert set(federation[0].doc_ids) == {"d0", "d1"}


def test_entities_shared_surname_without_evidence_is_two_people(nlp: Any) -> None:
    corpus = _corpus_of(
        nlp,
        "Pay news\nDr Jane Okafor has written to the Government.",
        "Clinic news\nMr Tom Okafor met the Federation of Rural Clinics.",
    )
    people = {e.label for e in corpus.entities if e.type == KG.Person}
    assert {"Jane Okafor", "Tom Okafor"} <= people


def test_entities_bare_common_noun_is_not_merged_across_documents(nlp: Any) -> None:
    corpus = _corpus_of(
        nlp,
        "Pay news\nThe union passed a motion of no confidence in the board.",
        "Clinic news\nThe council debated a motion on parking charges.",
    )
    motions = [e for e in corpus.entities if e.type == KG.Motion]
    assert len(motions) == 2
    assert len({e.label for e in motions}) == 2


def test_entities_event_keeps_its_date_and_figure(extract: Extract) -> None:
    corpus = extract(
        "Pay news\nA ballot of nurses closed yesterday with 87% voting to strike. "
        "The union said a strike could start as early as 3 May."
    )
    details = {e.label: dict(e.details) for e in corpus.entities if e.details}
    ballot = next(d for label, d in details.items() if label.startswith("ballot"))
    assert ballot == {"date": "yesterday", "figure": "87%"}
    assert {"date": "as early as 3 May"} in details.values()


def test_entities_repeated_description_with_no_name_before_is_one_proposal(
    extract: Extract,
) -> None:
    corpus = extract(
        "Ferry news\nTom Hale defended the cap. Ann Lowe criticised the cap on Monday."
    )
    caps = [e for e in corpus.entities if e.label.startswith("cap")]
    assert len(caps) == 1, [e.label for e in corpus.entities]
    assert len(caps[0].mentions) == 2


def test_entities_surname_in_headline_keeps_the_headline_sentence(extract: Extract) -> None:
    corpus = extract(
        "£500m care pay deal just the start, says Streeting\n"
        "A package to help care workers is just the start, Health and Social Care Secretary "
        "Wes Streeting has said.\n"
    )
    extraction = corpus.extractions[0]
    sentences = {s.index: s for s in extraction.sentences}
    mentions = [m for e in extraction.entities for m in e.mentions]
    assert any(m.text == "Streeting" and m.start < sentences[1].start for m in mentions)
    for mention in mentions:
        sentence = sentences[mention.sentence]
        assert sentence.start <= mention.start < mention.end <= sentence.end, mention


def test_entities_repeated_head_of_a_proposal_names_it_not_a_later_reform(
    extract: Extract,
) -> None:
    """ "plans to close libraries ... a reform of parking charges ... the plans": the
    description repeats the head the plans were named by (real parse)."""
    corpus = extract(
        "Council news\nThe council set out plans to close three village libraries."
        "\nThe mayor also announced a reform of parking charges."
        "\nResidents criticised the plans on Monday."
    )
    assert "plans" not in _entity(corpus, "reform of parking charges").aliases


def test_entities_headline_word_of_change_is_the_body_overhaul(extract: Extract) -> None:
    """ "Council faces anger over park plans" names the overhaul of the park (real parse)."""
    corpus = extract(
        "Council faces anger over park plans\nResidents opposed the council's overhaul of the"
        " town park on Monday.\nThe mayor defended the changes."
    )
    assert _labels(corpus, KG.Proposal) == ["overhaul of the town park"]
