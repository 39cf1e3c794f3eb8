"""Quotations laid out across sentences and paragraphs, and who says them (real parses: the
layout across lines is what is tested)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kg.extract.entities import resolve_document
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import find_mentions, sentences_of
from kg.extract.read import read_text
from kg.model import Corpus


def _said(corpus: Corpus) -> dict[str, str | None]:
    labels = {e.key: e.label for e in corpus.entities}
    return {q.text: labels.get(q.speaker) if q.speaker else None for q in corpus.quotes}


INTRODUCED = (
    "Surgeries reject contract\n"
    "Tom Hale, chair of the Rural Surgeries Association, said:\n"
    "“Our members deserve a fair deal from the board. We will not accept this contract.\n"
    "“The offer fails every rural patient in the county.”"
)


def test_quotations_a_line_ending_in_said_introduces_the_paragraphs_after_it(
    extract: Callable[..., Corpus],
) -> None:
    said = _said(extract(INTRODUCED))
    assert said[
        "Our members deserve a fair deal from the board. We will not accept this contract."
    ] == ("Tom Hale")
    assert said["The offer fails every rural patient in the county."] == "Tom Hale"


def test_quotations_we_in_a_later_sentence_of_the_quote_is_the_speaker(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(INTRODUCED)
    labels = {e.key: e.label for e in corpus.entities}
    # "We" opens the second sentence of the quotation, which has no mark of its own
    stances = {(labels[r.subject], labels[r.object]) for r in corpus.relations}
    assert ("Tom Hale", "contract") in stances


@pytest.mark.parametrize(
    "text",
    [
        "Pay news\nDr Jane Okafor met the minister on Monday.\nShe said:\n"
        "“We made our case for a fair pay rise today.”",
        "Pay news\nDr Jane Okafor met the minister on Monday. She said;\n"
        "“We made our case for a fair pay rise today.”",
    ],
)
def test_quotations_she_said_at_the_end_of_a_line(
    extract: Callable[..., Corpus], text: str
) -> None:
    assert _said(extract(text))["We made our case for a fair pay rise today."] == "Jane Okafor"


def test_quotations_speaker_named_after_a_quote_of_several_sentences(
    extract: Callable[..., Corpus],
) -> None:
    text = (
        "Clinics news\n"
        "“We will fight this plan. It will close rural clinics across the county,” said "
        "Tom Hale, chair of the Rural Surgeries Association."
    )
    said = _said(extract(text))
    assert said["We will fight this plan. It will close rural clinics across the county,"] == (
        "Tom Hale"
    )


def test_quotations_a_narrative_paragraph_ends_the_speakers_turn(
    extract: Callable[..., Corpus],
) -> None:
    text = (
        "Clinics news\n"
        "Tom Hale said: “We want talks with the board this month.”\n"
        "The board meets in May to set its budget for clinics.\n"
        "“Nobody here wants a strike in the winter,” one nurse added."
    )
    said = _said(extract(text))
    assert said["We want talks with the board this month."] == "Tom Hale"
    assert said["Nobody here wants a strike in the winter,"] is None


def test_quotations_according_to_names_the_speaker(extract: Callable[..., Corpus]) -> None:
    text = (
        "Clinics news\n"
        "The plan “will close rural clinics across the county”, according to Tom Hale."
    )
    assert _said(extract(text))["will close rural clinics across the county"] == "Tom Hale"


def test_quotations_a_verb_of_saying_unrelated_to_a_scare_quote_does_not_claim_it(
    nlp: Any,
) -> None:
    text = (
        "Clinics news\n"
        "Tom Hale criticised the “fair and affordable” settlement for surgeries, which the "
        "Treasury said would bring growth."
    )
    document = read_text(text, doc_id="t")
    spacy_doc = nlp(document.text)
    lexicon = load_lexicon()
    sentences = sentences_of(document, spacy_doc)
    resolved = resolve_document(
        find_mentions(spacy_doc, document, sentences, lexicon), spacy_doc, document, lexicon
    )
    (quotation,) = resolved.quotations
    assert text[quotation.start : quotation.end] == "fair and affordable"
    assert quotation.speaker is None


def test_quotations_he_in_a_speakers_own_words_is_someone_else(nlp: Any) -> None:
    text = (
        "Clinics news\n"
        "Mr Tom Hale met Mr Ben Ross on Monday.\n"
        "Mr Ross said: “What he proposes for rural clinics is simply wrong.”"
    )
    document = read_text(text, doc_id="t")
    spacy_doc = nlp(document.text)
    lexicon = load_lexicon()
    sentences = sentences_of(document, spacy_doc)
    resolved = resolve_document(
        find_mentions(spacy_doc, document, sentences, lexicon), spacy_doc, document, lexicon
    )
    he = next(t.i for t in spacy_doc if t.lower_ == "he")
    assert resolved.by_key[resolved.pronouns[he]].label == "Tom Hale"


LETTER = (
    "Surgeries write to ministers\n"
    "The Rural Surgeries Association has written to the Department of Health about the "
    "contract.\n"
    "To: Jane Okafor MP, Secretary of State for Health\n"
    "Tom Hale, Chief Executive, NHS Kent\n"
    "I am writing on behalf of our members about the new rural GP contract.\n"
    "We believe the new rural GP contract is unfair to rural patients."
)


def test_quotations_a_letter_is_its_authors_words(extract: Callable[..., Corpus]) -> None:
    corpus = extract(LETTER)
    labels = {e.key: e.label for e in corpus.entities}
    (letter,) = [q for q in corpus.quotes if q.evidence.method == "quote:letter"]
    assert labels[letter.speaker or ""] == "Rural Surgeries Association"
    facts = {
        (labels[r.subject], r.predicate.split("#")[-1], labels[r.object]) for r in corpus.relations
    }
    assert ("Rural Surgeries Association", "wroteTo", "Jane Okafor") in facts
    assert ("Rural Surgeries Association", "wroteTo", "Tom Hale") in facts
    assert ("Rural Surgeries Association", "opposes", "new rural GP contract") in facts
