"""Long articles in parts: every stage per part, results shifted back into the whole text."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.parts import plan_parts
from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text


def _long_text(paragraphs: int) -> str:
    lines = ["Long report on the rural clinics plan"]
    for i in range(paragraphs):
        lines.append(
            f"In paragraph {i} the BMA said it opposed the rural clinics plan, "
            f"and NHS England chief executive Amanda Pritchard wrote to the BMA about £{i}m."
        )
    lines.append("READERS' COMMENTS [1]")
    lines.append("The BMA is wrong about the rural clinics plan, a reader wrote.")
    return "\n".join(lines) + "\n"


def test_parts_short_text_is_one_part() -> None:
    document = read_text("Title\nBody.\n", doc_id="d")
    (part,) = plan_parts([document], max_length=1000)
    assert part.document is document and (part.offset, part.count) == (0, 1)


def test_parts_cover_the_text_at_line_breaks_with_the_comments_boundary() -> None:
    text = _long_text(30)
    document = read_text(text, doc_id="long")
    parts = list(plan_parts([document], max_length=1000, part_chars=700))
    assert len(parts) > 3
    assert "".join(p.document.text for p in parts) == text
    assert all(p.document.text.endswith("\n") for p in parts)
    assert all(text[p.offset : p.offset + len(p.document.text)] == p.document.text for p in parts)
    boundary = [p for p in parts if p.document.body_end < len(p.document.text)]
    assert boundary[0].offset + boundary[0].document.body_end == document.body_end


@pytest.fixture(scope="module")
def whole_and_parts(nlp: Any) -> tuple[Any, Any, str]:
    text = _long_text(40)
    whole = extract_documents([read_text(text, doc_id="long")], nlp=nlp)
    original = nlp.max_length
    nlp.max_length = 1500
    try:
        seen: list[str] = []
        parted = extract_documents(
            [read_text(text, doc_id="long")], nlp=nlp, on_document=lambda d: seen.append(d.id)
        )
    finally:
        nlp.max_length = original
    assert seen == ["long"]
    return whole, parted, text


def test_parts_give_one_extraction_with_whole_text_offsets(whole_and_parts: Any) -> None:
    _whole, parted, text = whole_and_parts
    (extraction,) = parted.extractions
    assert extraction.document.text == text
    assert [s.index for s in extraction.sentences] == list(range(len(extraction.sentences)))
    assert all(text[s.start : s.end] == s.text for s in extraction.sentences)
    for entity in parted.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert extraction.sentences[mention.sentence].start <= mention.start
    for relation in parted.relations:
        sentence = relation.evidence.sentence
        assert extraction.sentences[sentence.index] == sentence
        assert sentence.start <= relation.evidence.start < relation.evidence.end <= sentence.end


def test_parts_give_the_same_entities_and_relations_as_the_whole_text(whole_and_parts: Any) -> None:
    whole, parted, _text = whole_and_parts

    def facts(corpus: Any) -> tuple[set[Any], set[Any]]:
        entities = {(e.label, e.type, len(e.mentions)) for e in corpus.entities}
        relations = {
            (r.subject, r.predicate, r.object, r.modality, r.evidence.start, r.evidence.end)
            for r in corpus.relations
        }
        return entities, relations

    assert facts(parted) == facts(whole)
    assert len(parted.relations) >= 40


def test_parts_keep_readers_comments_apart(whole_and_parts: Any) -> None:
    _whole, parted, text = whole_and_parts
    (extraction,) = parted.extractions
    comments = [s for s in extraction.sentences if s.in_comments]
    assert comments and all(s.start >= text.index("READERS' COMMENTS") for s in comments)
    assert not any(r.evidence.in_comments for r in parted.relations)


def test_parts_are_parsed_a_few_at_a_time() -> None:
    from kg.extract.parse import LONG_BATCH
    from kg.extract.parts import parse_options

    short = read_text("Title\nBody.\n", doc_id="s")
    long = read_text(_long_text(30), doc_id="long")
    assert parse_options(list(plan_parts([short], max_length=1000))) == {}
    parts = list(plan_parts([short, long], max_length=1000, part_chars=700))
    assert parse_options(parts) == {"batch_size": LONG_BATCH}
