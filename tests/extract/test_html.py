"""Web pages: the article without the page's furniture, comments apart, metadata and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from news_pages import news_page

from kg.errors import InputError, PageError
from kg.extract.html import extract_article, find_page_date
from kg.extract.read import COMMENTS_HEADING, read_documents, read_file, read_html

PARAGRAPHS = [
    "The Homecare Workers Union has welcomed the Home Care Plan.",
    "Care minister Tom Ellery announced the Home Care Plan on Monday.",
]
COMMENTS = [("carer_jo", "The union should oppose the Home Care Plan until pay is fixed.")]


def _page(**options: Any) -> str:
    options.setdefault("comments", COMMENTS)
    return news_page("Union welcomes Home Care Plan", PARAGRAPHS, **options)


# ------------------------------------------------------------------ text and comments


def test_html_keeps_the_article_and_drops_the_furniture() -> None:
    document = read_html(_page(), doc_id="p")
    body = document.text[: document.body_end]
    assert body == "Union welcomes Home Care Plan\n" + "\n".join(PARAGRAPHS) + "\n"
    for furniture in (
        "cookie",
        "Subscribe",
        "Related stories",
        "Council budgets",
        "rights reserved",
    ):
        assert furniture not in document.text
    assert document.title == "Union welcomes Home Care Plan"


def test_html_comments_follow_the_body_under_a_heading() -> None:
    document = read_html(_page(), doc_id="p")
    comments = document.text[document.body_end :]
    assert comments.startswith(COMMENTS_HEADING + "\n")
    assert "The union should oppose the Home Care Plan until pay is fixed." in comments
    assert not document.in_comments(document.body_end - 1)
    assert document.in_comments(document.text.index("The union should oppose"))


def test_html_without_comments_has_its_body_to_the_end() -> None:
    document = read_html(_page(comments=()), doc_id="p")
    assert document.body_end == len(document.text)
    assert COMMENTS_HEADING not in document.text


def test_html_title_is_not_repeated_when_the_body_opens_with_it() -> None:
    document = read_html(_page(), doc_id="p")
    assert document.text.count("Union welcomes Home Care Plan") == 1


def test_html_in_another_encoding_is_decoded(make_file: Callable[..., Path]) -> None:
    page = _page(site="Le Café Gazette").replace(
        '<meta charset="utf-8">', '<meta charset="iso-8859-1">'
    )
    path = make_file("cafe.html", page.encode("iso-8859-1"))
    document = read_file(path)
    assert document.publisher == "Le Café Gazette"


# ------------------------------------------------------------------ metadata


def test_html_metadata_publisher_author_canonical_url() -> None:
    page = _page(
        canonical="https://ledger.example/news/union-welcomes-plan", published="2024-03-05"
    )
    document = read_html(page, doc_id="p")
    assert document.publisher == "The Northern Ledger"
    assert document.author == "Priya Okafor"
    assert document.url == "https://ledger.example/news/union-welcomes-plan"


def test_html_fetched_url_wins_over_canonical() -> None:
    page = _page(canonical="https://ledger.example/news/a")
    document = read_html(page, doc_id="p", url="http://127.0.0.1:9/a")
    assert document.url == "http://127.0.0.1:9/a"


@pytest.mark.parametrize(
    ("options", "url", "expected"),
    [
        ({"published": "2024-03-05T09:30:00+00:00"}, None, (dt.date(2024, 3, 5), "metadata")),
        ({"json_ld_date": "2024-06-12T07:00:00Z"}, None, (dt.date(2024, 6, 12), "metadata")),
        ({}, "https://ledger.example/news/2024/09/03/story", (dt.date(2024, 9, 3), "url")),
        ({}, None, (None, None)),
    ],
)
def test_html_date_and_where_it_was_found(
    options: dict[str, str], url: str | None, expected: tuple[Any, Any]
) -> None:
    page = news_page("Union welcomes plan", PARAGRAPHS, **options)
    assert find_page_date(page.encode(), url=url) == expected


def test_html_date_from_the_article_text_when_markup_and_url_say_nothing() -> None:
    page = news_page("Union welcomes plan", ["Published on 12 July 2024.", *PARAGRAPHS])
    article = extract_article(page, url="https://ledger.example/news/story")
    assert (article.date, article.date_source) == (dt.date(2024, 7, 12), "text")


@pytest.mark.parametrize(
    ("paragraph", "comment"),
    [
        ("The plan was first floated in 2023.", "Good."),  # a year alone is no date
        (
            "The union said so.",
            "Posted 3 October 2024 at 10:31",
        ),  # a comment's date is not the article's
    ],
)
def test_html_no_date_from_a_year_alone_or_a_comment(paragraph: str, comment: str) -> None:
    page = news_page("Union welcomes plan", [paragraph, *PARAGRAPHS], comments=[("jo", comment)])
    article = extract_article(page, url="https://ledger.example/news/story")
    assert (article.date, article.date_source) == (None, None)


def test_html_metadata_date_wins_over_url_date() -> None:
    page = news_page("Union welcomes plan", PARAGRAPHS, published="2024-03-05")
    date, source = find_page_date(page.encode(), url="https://ledger.example/2023/01/02/story")
    assert (date, source) == (dt.date(2024, 3, 5), "metadata")


# ------------------------------------------------------------------ pages without articles


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body></body></html>",
        "not html at all \x00\x01",
    ],
)
def test_html_page_without_article_is_a_page_error(page: str) -> None:
    with pytest.raises(PageError):
        extract_article(page)


def test_html_folder_skips_pages_without_article_and_reads_the_rest(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/a.html", _page())
    empty = make_file("in/b.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    make_file("in/c.htm", b"")
    skipped: list[tuple[str, str]] = []
    documents = read_documents([tmp_path / "in"], on_skip=lambda s, r: skipped.append((s, r)))
    assert [d.id for d in documents] == ["a"]
    assert [source for source, _reason in skipped] == [str(empty), str(tmp_path / "in" / "c.htm")]
    assert all(reason and "\n" not in reason for _source, reason in skipped)


def test_html_skipped_page_warns_by_default(make_file: Callable[..., Path], tmp_path: Path) -> None:
    make_file("in/a.html", _page())
    make_file("in/b.html", "<html><body></body></html>")
    with pytest.warns(UserWarning, match="skipped"):
        read_documents([tmp_path / "in"])


def test_html_nothing_readable_is_an_input_error(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/b.html", "<html><body></body></html>")
    with pytest.raises(InputError) as error:
        read_documents([tmp_path / "in"], on_skip=lambda s, r: None)
    assert "no article could be read" in str(error.value)
    assert error.value.exit_code == 2


# ------------------------------------------------------------------ same graph as the text

ARTICLES = {
    "welcomed": (
        "Care workers’ union welcomes Home Care Plan",
        [
            "The Homecare Workers Union has welcomed the Home Care Plan, which will give every "
            "older person who needs care at home a named care worker.",
            "Care minister Tom Ellery announced the Home Care Plan on Monday.",
            "Union general secretary Dana Whitlock said visits of fifteen minutes would end under the plan.",
        ],
    ),
    "criticised": (
        "Councils warn Home Care Plan is unfunded",
        [
            "The County Councils Forum has criticised the Home Care Plan, saying the government "
            "has not said how councils will pay for it.",
            "The Homecare Workers Union still supports the Home Care Plan.",
        ],
    ),
    "rejected": (
        "Care workers’ union rejects Home Care Plan after pay rise dropped",
        [
            "The Homecare Workers Union has rejected the Home Care Plan after ministers dropped a "
            "promised pay rise for care workers.",
            "Dana Whitlock said the union opposed the Home Care Plan in its current form.",
        ],
    ),
}


def _facts(corpus: Any) -> tuple[set[Any], set[Any]]:
    labels = {entity.key: entity.label for entity in corpus.entities}
    entities = {(entity.label, entity.type, entity.aliases) for entity in corpus.entities}
    relations = {
        (
            labels[r.subject],
            r.predicate,
            labels[r.object],
            r.modality,
            r.evidence.doc_id,
            r.evidence.sentence.text,
        )
        for r in corpus.relations
    }
    return entities, relations


def test_html_pages_give_the_same_entities_and_relations_as_their_text(
    tmp_path: Path, nlp: Any
) -> None:
    from kg.extract.pipeline import extract_documents

    for name, (title, paragraphs) in ARTICLES.items():
        page = news_page(title, paragraphs, comments=COMMENTS, published="2024-03-05")
        (tmp_path / "pages").mkdir(exist_ok=True)
        (tmp_path / "pages" / f"{name}.html").write_text(page, encoding="utf-8")
        (tmp_path / "texts").mkdir(exist_ok=True)
        text = title + "\n" + "\n".join(paragraphs) + "\n"
        (tmp_path / "texts" / f"{name}.txt").write_text(text, encoding="utf-8")
    from_pages = extract_documents(read_documents([tmp_path / "pages"]), nlp=nlp)
    from_texts = extract_documents(read_documents([tmp_path / "texts"]), nlp=nlp)
    page_entities, page_relations = _facts(from_pages)
    text_entities, text_relations = _facts(from_texts)
    assert page_entities == text_entities
    assert page_relations == text_relations
    assert len(page_relations) >= 4
