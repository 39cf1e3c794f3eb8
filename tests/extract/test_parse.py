"""The spaCy pipeline: line breaks end sentences, gazetteer spans carry ids, clear model errors,
and texts over spaCy's length limit parsed in pieces."""

from __future__ import annotations

from typing import Any

import pytest

import kg.extract.parse
from kg.errors import KGError, ModelError
from kg.extract.mentions import sentences_of
from kg.extract.parse import GAZETTEER_SPANS, load_pipeline, parse_documents, split_text
from kg.extract.read import read_text
from kg.rdf.namespaces import KG


def _gazetteer(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(span.text, span.id_, span.label_) for span in doc.spans[GAZETTEER_SPANS]]


def _ids(nlp: Any, text: str) -> dict[str, str]:
    return {span_text: span_id for span_text, span_id, _ in _gazetteer(nlp, text)}


# ------------------------------------------------------------------ components


def test_parse_pipeline_has_kg_components_in_order(nlp: Any) -> None:
    names = nlp.pipe_names
    assert "kg_paragraphs" in names and GAZETTEER_SPANS in names
    assert names.index("kg_paragraphs") < names.index("parser")
    assert names.index("ner") < names.index(GAZETTEER_SPANS)


# ------------------------------------------------------------------ sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Ferry pilots vote to strike\nThe guild said its members backed action.",
            "Ferry pilots vote to strike",
        ),
        (
            "Minister backs rural clinics plan\nthe union said it was pleased.",
            "Minister backs rural clinics plan",
        ),
        (
            "Rural clinics: a new deal\n\nThe Federation of Rural Clinics agreed.",
            "Rural clinics: a new deal",
        ),
        ("Pay talks resume\nTom Hale said so.", "Pay talks resume"),
    ],
)
def test_parse_headline_is_not_merged_into_the_next_line(nlp: Any, text: str, first: str) -> None:
    document = read_text(text, doc_id="t")
    sentences = sentences_of(document, nlp(text))
    assert sentences[0].text == first
    assert len(sentences) == 2
    assert sentences[1].start > sentences[0].end


def test_parse_every_line_break_starts_a_sentence(nlp: Any) -> None:
    text = "The minister\nsaid the plan was ready.\nThe union\n\ndisagreed with her."
    doc = nlp(text)
    starts = {token.idx for token in doc if token.is_sent_start and not token.is_space}
    for offset, char in enumerate(text):
        if char == "\n" and offset + 1 < len(text) and text[offset + 1] != "\n":
            assert offset + 1 in starts, text[offset + 1 :]


def test_parse_sentences_skip_blank_lines_and_match_their_offsets(nlp: Any) -> None:
    text = "Headline here\n\n\nFirst paragraph ends.\n  \nSecond paragraph ends.\n"
    document = read_text(text, doc_id="t")
    sentences = sentences_of(document, nlp(text))
    assert [s.text for s in sentences] == [
        "Headline here",
        "First paragraph ends.",
        "Second paragraph ends.",
    ]
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_parse_documents_yields_each_document_with_its_doc(nlp: Any) -> None:
    documents = [read_text(f"Title {n}\nBody {n}.", doc_id=f"d{n}") for n in range(3)]
    pairs = list(parse_documents(nlp, documents, batch_size=2))
    assert [d.id for d, _ in pairs] == ["d0", "d1", "d2"]
    assert all(doc.text == d.text for d, doc in pairs)


# ------------------------------------------------------------------ gazetteer


@pytest.mark.parametrize(
    ("text", "name", "entry_id", "type_"),
    [
        ("GPC England met on Tuesday.", "GPC England", "gpce", KG.Committee),
        ("The GP Committee for England met.", "GP Committee for England", "gpce", KG.Committee),
        ("Doctors in the BMA voted.", "BMA", "bma", KG.TradeUnion),
        (
            "The british medical association voted.",
            "british medical association",
            "bma",
            KG.TradeUnion,
        ),
        ("The NIHR will advise ministers.", "NIHR", "nihr", KG.PublicBody),
        (
            "Changes to the Carr-Hill formula are due.",
            "Carr-Hill formula",
            "carr_hill",
            KG.FundingFormula,
        ),
        ("The King’s Fund said so.", "King’s Fund", "kings_fund", KG.ThinkTank),
        ("The King's Fund said so.", "King's Fund", "kings_fund", KG.ThinkTank),
        # plural nouns inside a listed name written as possessives, or a possessive without
        # its apostrophe: papers write either
        (
            "The Irish Nurses' and Midwives' Organisation said so.",
            "Irish Nurses' and Midwives' Organisation",
            "inmo",
            KG.TradeUnion,
        ),
        (
            "The School Teachers Review Body said so.",
            "School Teachers Review Body",
            "strb",
            KG.PublicBody,
        ),
    ],
)
def test_parse_gazetteer_spans_carry_ids(
    nlp: Any, text: str, name: str, entry_id: str, type_: Any
) -> None:
    spans = _gazetteer(nlp, text)
    assert (name, entry_id, str(type_)) in spans, spans


@pytest.mark.parametrize(
    "text",
    [
        "The minister said it was a nice idea.",
        "It was nice of the union to agree.",
        "Nice is a city on the coast.",
    ],
)
def test_parse_acronyms_match_case_sensitively(nlp: Any, text: str) -> None:
    assert "nice" not in _ids(nlp, text).values()


def test_parse_newspaper_title_matches_only_with_its_capitals(nlp: Any) -> None:
    assert (
        "the_independent" in _ids(nlp, "Okoro told The Independent that talks had failed.").values()
    )
    assert "the_independent" not in _ids(nlp, "Okoro told the independent panel so.").values()


def test_parse_a_nation_s_nhs_by_its_adjective(nlp: Any) -> None:
    assert "nhs_wales" in _ids(nlp, "Staff in the Welsh NHS voted on the offer.").values()


def test_parse_acronym_in_capitals_matches(nlp: Any) -> None:
    assert _ids(nlp, "It was a nice idea, and NICE agreed.") == {"NICE": "nice"}


@pytest.mark.parametrize(
    ("text", "name", "entry_id"),
    [
        ("The trade union body Ictu said so.", "Ictu", "ictu"),
        ("Members of Nasuwt walked out.", "Nasuwt", "nasuwt"),
    ],
)
def test_parse_acronym_in_house_style_matches(
    nlp: Any, text: str, name: str, entry_id: str
) -> None:
    """Newspapers write an acronym of four or more letters with one capital ("Ictu")."""
    assert _ids(nlp, text).get(name) == entry_id


@pytest.mark.parametrize(
    "text",
    [
        "Ministers want a cross-government strategy.",
        "Non-EU workers protested.",
        "An anti-NHS slogan.",
    ],
)
def test_parse_name_inside_a_hyphenated_word_names_nothing(nlp: Any, text: str) -> None:
    assert _ids(nlp, text) == {}


def test_parse_name_before_a_hyphen_still_matches(nlp: Any) -> None:
    assert _ids(nlp, "The BMA-led talks ended.") == {"BMA": "bma"}


def test_parse_acronym_in_house_style_that_spells_a_word_does_not_match(nlp: Any) -> None:
    assert "nice" not in _ids(nlp, "Delegates met in Nice on Monday.").values()


@pytest.mark.parametrize(
    ("text", "plural", "entry_id"),
    [
        ("Funding for ICBs was cut.", "ICBs", "icbs"),
        ("Two MNPs were set up.", "MNPs", "mnp"),
        ("Several PCNs merged.", "PCNs", "pcns"),
    ],
)
def test_parse_acronym_plurals_match(nlp: Any, text: str, plural: str, entry_id: str) -> None:
    assert _ids(nlp, text).get(plural) == entry_id


def test_parse_one_word_names_match_their_exact_spelling(nlp: Any) -> None:
    ids = [
        (span_text, span_id)
        for span_text, span_id, _ in _gazetteer(nlp, "Labour said labour costs rose.")
    ]
    assert ids == [("Labour", "labour")]


# ------------------------------------------------------------------ errors


def test_parse_no_installed_model_raises_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        kg.extract.parse, "MODEL_NAMES", ("kg_no_such_model_a", "kg_no_such_model_b")
    )
    with pytest.raises(ModelError) as error:
        load_pipeline()
    message = str(error.value)
    assert "pip install" in message
    assert "spaCy" in message
    assert isinstance(error.value, KGError) and error.value.exit_code != 0


def test_parse_unknown_model_name_raises_model_error_naming_it() -> None:
    with pytest.raises(ModelError) as error:
        load_pipeline(model="kg_no_such_model_c")
    assert "kg_no_such_model_c" in str(error.value)


# ------------------------------------------------------------------ texts over spaCy's limit


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("One.\nTwo.\n\nThree four five.\nSix.", 8),
        ("a" * 25, 10),
        ("Words with no line breaks at all. And more of them. " * 5, 30),
        ("Short.", 100),
        ("\n\n\n\nx\n\n", 2),
    ],
)
def test_parse_split_text_covers_the_text_in_pieces_under_the_limit(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(text[start:end] for start, end in pieces) == text
    assert all(0 < end - start <= limit for start, end in pieces)
    assert all(
        a_end == b_start for (_a, a_end), (b_start, _b) in zip(pieces, pieces[1:], strict=False)
    )


def test_parse_split_text_cuts_after_line_breaks_and_prefers_blank_lines() -> None:
    text = "First paragraph.\n\nSecond one.\nThird line here.\n"
    assert split_text(text, 40)[0] == (0, len("First paragraph.\n\n"))
    lines = "Line one.\nLine two.\nLine three.\n"
    assert split_text(lines, 25)[0] == (0, len("Line one.\nLine two.\n"))


def _long_text(paragraphs: int) -> str:
    lines = ["Long report on the rural clinics plan"]
    for i in range(paragraphs):
        lines.append(
            f"In paragraph {i} the BMA said the rural clinics plan would cost £{i}m, "
            "and NHS England disagreed."
        )
    return "\n".join(lines) + "\n"


def test_parse_text_over_spacy_limit_is_parsed_in_pieces_with_whole_text_offsets(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _long_text(60)
    monkeypatch.setattr(nlp, "max_length", 1500)
    with pytest.raises(ValueError, match="E088"):
        nlp(text)  # what kg must not do
    document = read_text(text, doc_id="long")
    ((_document, doc),) = list(parse_documents(nlp, [document]))
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    bma = [s for s in doc.spans[GAZETTEER_SPANS] if s.text == "BMA"]
    assert len(bma) == 60
    assert all(text[s.start_char : s.end_char] == "BMA" for s in bma)
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    sentences = sentences_of(document, doc)
    assert len(sentences) == 61
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_parse_text_over_a_million_characters_does_not_raise_e088() -> None:
    import spacy

    from kg.extract.parse import parse_text

    blank = spacy.blank("en")
    text = ("The guild met the minister.\n" * 40_000) + "The end.\n"
    assert len(text) > blank.max_length
    doc = parse_text(blank, text)
    assert doc.text == text
    last = doc[-2]
    assert last.text == "." and text[last.idx] == "."


def test_parse_possessive_variants_only_of_an_organisation_s_plural_nouns() -> None:
    """ "Harbour Pilots Guild" is also written "Harbour Pilots' Guild"; a person's first name
    ending in "s" ("Thomas Quill") is no plural noun, and gets no variant (review5)."""
    variants = kg.extract.parse._possessive_plurals
    assert variants("Harbour Pilots Guild", KG.TradeUnion) == {"Harbour Pilots' Guild"}
    assert variants("Thomas Quill", KG.Person) == set()


def test_parse_contractions_with_a_typographic_apostrophe_have_the_straight_ones_lemmas(
    nlp: Any,
) -> None:
    """ "It’s time", "we’re sure", "don’t": the lemmatizer leaves a contraction written with
    a typographic apostrophe as it is; the pipeline gives it the lemma of the form written with
    a straight one, so that a copula ("be") or a negation ("not") reads the same either way. A
    possessive "’s" is left alone."""
    curly = nlp("It’s time, we’re sure, they’ve gone and it’ll go, but the Guild’s members don’t.")
    straight = nlp(
        "It's time, we're sure, they've gone and it'll go, but the Guild's members don't."
    )
    assert [t.lemma_ for t in curly if "’" in t.text] == [
        "be",
        "be",
        "have",
        "will",
        "’s",
        "not",
    ]
    assert [t.lemma_ for t in straight if "'" in t.text][:4] == ["be", "be", "have", "will"]
