"""Reading articles: titles, the readers' comments boundary, line endings, errors, folders."""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

import kg.extract.read
from kg.errors import InputError, KGError
from kg.extract.read import (
    find_body_end,
    read_documents,
    read_file,
    read_text,
    read_url_list,
    url_doc_id,
)

ROOT = Path(__file__).resolve().parents[2]

# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Minister backs rural clinics\nThe minister said so.", "Minister backs rural clinics"),
        ("\n\n  Ferry pilots strike  \nThe guild said so.", "Ferry pilots strike"),
        ("One line only", "One line only"),
    ],
)
def test_read_title_is_first_non_empty_line(text: str, title: str) -> None:
    assert read_text(text, doc_id="t").title == title


def test_read_text_keeps_id_and_uses_it_as_path() -> None:
    document = read_text("Title\nBody.", doc_id="rural-clinics")
    assert document.id == "rural-clinics"
    assert document.path == "rural-clinics"


# ------------------------------------------------------------------ readers' comments


@pytest.mark.parametrize(
    "boundary",
    [
        "READERS' COMMENTS [3]",
        "Readers’ comments [2]",
        "Readers’ comments (2)",
        "Related Articles",
        "Comments [12]",
        "7 comments",
        "Leave a comment",
        "  Read more  ",
    ],
)
def test_read_comment_boundary_sets_body_end(boundary: str) -> None:
    article = "Ferry pilots vote to strike\nThe guild said its members backed action.\n"
    text = f"{article}{boundary}\nA reader wrote something.\n"
    document = read_text(text, doc_id="t")
    assert document.body_end == len(article)
    assert document.text[document.body_end :].splitlines()[0] == boundary
    assert not document.in_comments(document.body_end - 1)
    assert document.in_comments(document.body_end)


def test_read_first_boundary_wins() -> None:
    text = "Title\nBody.\nRelated Articles\nLink.\nREADERS' COMMENTS [1]\nA comment."
    assert find_body_end(text) == text.index("Related Articles")


@pytest.mark.parametrize(
    "text",
    [
        "Title\nThe guild said readers' comments were welcome.",
        "Title\nSee the related articles below for more.",
        "Title\nNo boundary at all.",
    ],
)
def test_read_boundary_words_inside_a_sentence_do_not_end_the_body(text: str) -> None:
    document = read_text(text, doc_id="t")
    assert document.body_end == len(text)
    assert not document.in_comments(len(text) - 1)


# ------------------------------------------------------------------ files


def test_read_file_normalises_crlf_and_cr(make_file: Callable[..., Path]) -> None:
    path = make_file(
        "clinics.txt", b"Clinics plan\r\nThe union said yes.\rThe minister said no.\r\n"
    )
    document = read_file(path)
    assert "\r" not in document.text
    assert document.text == "Clinics plan\nThe union said yes.\nThe minister said no.\n"
    assert document.title == "Clinics plan"


def test_read_file_strips_utf8_bom(make_file: Callable[..., Path]) -> None:
    path = make_file("bom.txt", "\ufeffCafé plan\nBody.".encode())
    document = read_file(path)
    assert document.text.startswith("Café plan")
    assert document.title == "Café plan"


def test_read_file_id_is_slug_of_stem_and_path_is_kept(make_file: Callable[..., Path]) -> None:
    path = make_file("Rural Clinics Plan.txt", "Title\nBody.")
    document = read_file(path)
    assert document.id == "rural-clinics-plan"
    assert document.path == str(path)


def test_read_file_boundary_after_crlf_normalisation(make_file: Callable[..., Path]) -> None:
    path = make_file("c.txt", b"Title\r\nBody.\r\nREADERS' COMMENTS [3]\r\nA comment.\r\n")
    document = read_file(path)
    assert document.body_end == len("Title\nBody.\n")


# ------------------------------------------------------------------ errors


def _message(error: pytest.ExceptionInfo[InputError]) -> str:
    return str(error.value)


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\r\n  ", "empty"),
        ("binary.txt", b"PK\x03\x04\x00\x00binary", "binary"),
        ("latin1.txt", "Café plan\nThe union said so.".encode("latin-1"), "UTF-8"),
    ],
)
def test_read_file_rejects_unreadable_content(
    make_file: Callable[..., Path], name: str, content: bytes, fragment: str
) -> None:
    path = make_file(name, content)
    with pytest.raises(InputError) as error:
        read_file(path)
    assert str(path) in _message(error)
    assert fragment in _message(error)


def test_read_file_missing_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "no-such-article.txt"
    with pytest.raises(InputError) as error:
        read_file(path)
    assert str(path) in _message(error)
    assert "no such file" in _message(error)


def test_read_file_on_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read_file(tmp_path)
    assert str(tmp_path) in _message(error)
    assert "folder" in _message(error)


def test_read_documents_missing_input_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "missing"
    with pytest.raises(InputError) as error:
        read_documents([path])
    assert str(path) in _message(error)


@pytest.mark.parametrize("names", [(), ("notes.pdf", "data.csv", "sub/readme.rst")])
def test_read_documents_folder_without_text_files_is_an_error(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_documents([folder])
    assert str(folder) in _message(error)
    assert ".txt" in _message(error)


def test_read_documents_without_inputs_is_an_error() -> None:
    with pytest.raises(InputError):
        read_documents([])


def test_read_errors_are_kg_errors_with_an_exit_code(tmp_path: Path) -> None:
    with pytest.raises(KGError) as error:
        read_file(tmp_path / "nothing.txt")
    assert error.value.exit_code != 0


def test_read_error_in_one_file_of_a_folder_names_that_file(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/a.txt", "Title\nBody.")
    bad = make_file("in/b.txt", b"")
    with pytest.raises(InputError) as error:
        read_documents([tmp_path / "in"])
    assert str(bad) in _message(error)


# ------------------------------------------------------------------ folders


def test_read_documents_folder_is_sorted_and_recursive(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/zeta.txt", "Zeta\nBody.")
    make_file("in/alpha.md", "Alpha\nBody.")
    make_file("in/sub/beta.txt", "Beta\nBody.")
    make_file("in/sub/deeper/gamma.TXT", "Gamma\nBody.")
    make_file("in/skip.pdf", "not read")
    documents = read_documents([tmp_path / "in"])
    assert [d.title for d in documents] == ["Alpha", "Beta", "Gamma", "Zeta"]
    assert [d.id for d in documents] == ["alpha", "beta", "gamma", "zeta"]


def test_read_documents_keeps_the_order_given(
    make_file: Callable[..., Path],
) -> None:
    second = make_file("b.txt", "Second\nBody.")
    first = make_file("a.txt", "First\nBody.")
    assert [d.title for d in read_documents([second, first])] == ["Second", "First"]


def test_read_documents_duplicate_names_get_unique_ids(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/one/report.txt", "First report\nBody.")
    make_file("in/two/report.txt", "Second report\nBody.")
    make_file("in/three/Report.md", "Third report\nBody.")
    documents = read_documents([tmp_path / "in"])
    ids = [d.id for d in documents]
    assert len(set(ids)) == len(ids) == 3
    assert ids[0] == "report"
    assert all(i.startswith("report") for i in ids)


def test_read_documents_numbered_ids_do_not_collide_with_file_names(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/a/report.txt", "First\nBody.")
    make_file("in/b/report.txt", "Second\nBody.")
    make_file("in/c/report-2.txt", "Third\nBody.")
    ids = [d.id for d in read_documents([tmp_path / "in"])]
    assert len(set(ids)) == len(ids) == 3


# ------------------------------------------------------------------ front matter and dates


def test_read_front_matter_gives_metadata_and_is_not_text() -> None:
    text = (
        "---\ndate: 2024-07-09\npublisher: The Northern Ledger\nauthor: 'Priya Okafor'\n"
        "url: https://ledger.example/news/clinics\n---\nClinics plan\nThe guild backed it.\n"
    )
    document = read_text(text, doc_id="t")
    assert document.text == "Clinics plan\nThe guild backed it.\n"
    assert document.title == "Clinics plan"
    assert document.date == dt.date(2024, 7, 9)
    assert document.date_source == "front-matter"
    assert document.publisher == "The Northern Ledger"
    assert document.author == "Priya Okafor"
    assert document.url == "https://ledger.example/news/clinics"


def test_read_front_matter_title_wins_and_unknown_keys_are_ignored() -> None:
    document = read_text(
        '---\ntitle: "A better title"\ntags: [a, b]\n---\nFirst line\n', doc_id="t"
    )
    assert document.title == "A better title"
    assert document.date is None
    assert document.text == "First line\n"


@pytest.mark.parametrize(
    "text",
    [
        "Clinics plan\nThe guild backed it.",
        "---\nThe guild backed it: all of it.\nAnd more prose here, not fields.\n---\nBody.",
        "---\ndate: 2024-07-09\nno closing line\n",
        "Title\n---\ndate: 2024-07-09\n---\n",
    ],
)
def test_read_text_without_front_matter_is_unchanged(text: str) -> None:
    document = read_text(text, doc_id="t")
    assert document.text == text
    assert (document.date, document.publisher, document.author, document.url) == (None,) * 4


@pytest.mark.parametrize(
    ("block", "fragment"),
    [
        ("date: 9 July 2024", "YYYY-MM-DD"),
        ("date: 2024-02-30", "YYYY-MM-DD"),
        ("url: ftp://x/y", "url"),
    ],
)
def test_read_front_matter_bad_value_is_one_line_error(
    make_file: Callable[..., Path], block: str, fragment: str
) -> None:
    path = make_file("a.txt", f"---\n{block}\n---\nTitle\nBody.\n")
    with pytest.raises(InputError) as error:
        read_file(path)
    assert str(path) in _message(error) and fragment in _message(error)
    assert "\n" not in _message(error)


def test_read_documents_date_option_fills_only_missing_dates(
    make_file: Callable[..., Path], tmp_path: Path
) -> None:
    make_file("in/a.txt", "---\ndate: 2024-01-02\n---\nA\nBody.")
    make_file("in/b.txt", "B\nBody.")
    a, b = read_documents([tmp_path / "in"], date=dt.date(2024, 5, 6))
    assert (a.date, a.date_source) == (dt.date(2024, 1, 2), "front-matter")
    assert (b.date, b.date_source) == (dt.date(2024, 5, 6), "option")


# ------------------------------------------------------------------ what is not a regular file


def test_read_fifo_is_an_error_and_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as error:  # refused before it is opened: nothing blocks
        read_documents([fifo])
    assert str(fifo) in _message(error) and "FIFO" in _message(error)


def test_read_fifo_in_a_folder_is_an_error(make_file: Callable[..., Path], tmp_path: Path) -> None:
    make_file("in/a.txt", "A\nBody.")
    os.mkfifo(tmp_path / "in" / "b.txt")
    with pytest.raises(InputError) as error:
        read_documents([tmp_path / "in"])
    assert "FIFO" in _message(error)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_read_device_is_an_error_and_is_not_read() -> None:
    with pytest.raises(InputError) as error:
        read_documents([Path("/dev/zero")])
    assert "/dev/zero" in _message(error) and "device" in _message(error)


def test_read_socket_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(path))
        with pytest.raises(InputError) as error:
            read_file(path)
    assert "socket" in _message(error)


def test_read_file_over_the_size_limit_is_an_error(
    make_file: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.extract.read, "MAX_FILE_BYTES", 1000)
    assert read_file(make_file("small.txt", "Title\n" + "x" * 900)).title == "Title"
    path = make_file("big.txt", "Title\n" + "x" * 1000)
    with pytest.raises(InputError) as error:
        read_file(path)
    assert str(path) in _message(error) and "limit" in _message(error)


def test_read_size_limit_is_documented_and_allows_a_5mb_article() -> None:
    assert kg.extract.read.MAX_FILE_BYTES >= 5 * 1024 * 1024
    assert f"{kg.extract.read.MAX_FILE_BYTES // 2**20} MiB" in (ROOT / "README.md").read_text()


# ------------------------------------------------------------------ URL lists


def test_read_url_list_skips_blank_lines_and_comments(make_file: Callable[..., Path]) -> None:
    path = make_file(
        "urls.txt", "# saved for later\nhttps://a.example/x\n\n  http://b.example/y?id=2  \n"
    )
    assert read_url_list(path) == ["https://a.example/x", "http://b.example/y?id=2"]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("https://a.example/x\nnews/a.html\n", ":2:"),
        ("# nothing\n\n", "no URLs"),
        ("http://\n", ":1:"),
    ],
)
def test_read_url_list_bad_line_names_it(
    make_file: Callable[..., Path], content: str, fragment: str
) -> None:
    path = make_file("urls.txt", content)
    with pytest.raises(InputError) as error:
        read_url_list(path)
    assert fragment in _message(error)


@pytest.mark.parametrize(
    ("url", "doc_id"),
    [
        ("https://ledger.example/news/2024/03/union-backs-plan.html", "union-backs-plan"),
        ("https://ledger.example/news/union-backs-plan/", "union-backs-plan"),
        ("https://ledger.example/news/plan/index.html", "plan"),
        ("https://ledger.example/article.php?id=42", "article-id-42"),
        ("https://ledger.example/", "ledger-example"),
    ],
)
def test_read_url_doc_id_is_a_slug_of_the_last_segment(url: str, doc_id: str) -> None:
    assert url_doc_id(url) == doc_id


def test_read_documents_no_fetch_refuses_urls_before_reading_anything() -> None:
    with pytest.raises(InputError) as error:
        read_documents(["https://ledger.example/a"], fetch_urls=False)
    assert "--no-fetch" in _message(error)
