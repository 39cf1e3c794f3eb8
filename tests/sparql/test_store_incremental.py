"""Adding documents to a store through its name index: the same graph as one build, without
reading the stored documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

import kg.sparql.store
from kg.extract.read import read_documents
from kg.pipeline import build
from kg.rdf.turtle import turtle_bytes
from kg.sparql.engine import OxigraphGraph
from kg.sparql.store import add_documents, open_store
from kg.sparql.store_disk import INDEX, MANIFEST
from kg.sparql.store_index import NameIndex

TEXTS = {
    "a": "Pay talks\nHealth secretary Wes Streeting met the BMA on Monday. Mr Smith, a GP, "
    "said the motion would pass.\n",
    "b": "Offer rejected\nThe British Medical Association (BMA) rejected a pay offer from "
    "Wes Streeting. Dr Anna Smith said the BMA would ballot its members. Anna Smith, who "
    "chairs the committee, said Anna Smith's members were angry.\n",
    "c": "College warns\nThe Royal College of GPs criticised the motion. Smith said the Royal "
    "College of GPs would write to Wes Streeting.\n",
}


def canonical(graph: Graph) -> bytes:
    """Turtle of the graph as Oxigraph stores it (decimals in canonical form)."""
    return turtle_bytes(OxigraphGraph.from_graph(graph).to_rdflib())


def store_turtle(store: Path) -> bytes:
    with open_store(store) as opened:
        return canonical(opened.to_rdflib())


@pytest.fixture
def files(tmp_path: Path, example_article: Path) -> list[Path]:
    paths = []
    for name, text in TEXTS.items():
        path = tmp_path / "in" / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return [*paths, example_article]


def test_store_grown_one_by_one_through_the_index_equals_one_build(
    nlp: Any, tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    first = add_documents(store, read_documents(files[:1]), nlp=nlp)
    assert first.graph is not None and (store / INDEX).is_file()  # a full build makes the index
    loaded: list[str] = []
    load = kg.sparql.store.load_extraction

    def counting(folder: Path, doc_id: str, *args: Any) -> Any:
        loaded.append(doc_id)
        return load(folder, doc_id, *args)

    monkeypatch.setattr(kg.sparql.store, "load_extraction", counting)
    for n in range(2, len(files) + 1):
        update = add_documents(store, read_documents(files[n - 1 : n]), nlp=nlp)
        assert update.graph is None and update.added == [files[n - 1].stem]
        assert store_turtle(store) == canonical(build(files[:n], nlp=nlp)), n
    assert loaded == []  # no stored document was read again


def test_store_index_replacing_a_document_equals_one_build(
    nlp: Any, tmp_path: Path, files: list[Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(files[:3]), nlp=nlp)
    edited = tmp_path / "edited" / "b.txt"
    edited.parent.mkdir()
    edited.write_text("Offer accepted\nThe BMA accepted an offer from Unite.\n", encoding="utf-8")
    update = add_documents(store, read_documents([edited]), nlp=nlp)
    assert update.graph is None and update.replaced == ["b"]
    expected = build([files[0], edited, files[2]], nlp=nlp)  # as if b had said so at first
    assert store_turtle(store) == canonical(expected)


def test_store_without_index_is_built_in_full_and_gets_one(
    nlp: Any, tmp_path: Path, files: list[Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(files[:2]), nlp=nlp)
    (store / INDEX).unlink()
    update = add_documents(store, read_documents(files[2:3]), nlp=nlp)
    assert update.graph is not None and (store / INDEX).is_file()
    assert store_turtle(store) == canonical(build(files[:3], nlp=nlp))


def test_store_index_changed_by_a_build_that_did_not_switch_is_made_again(
    nlp: Any, tmp_path: Path, files: list[Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(files[:2]), nlp=nlp)
    manifest = (store / MANIFEST).read_text(encoding="utf-8")
    with NameIndex(store) as index:  # as a build stopped before the manifest leaves it
        index.stamp("a build that never switched")
    update = add_documents(store, read_documents(files[2:3]), nlp=nlp)
    assert update.graph is not None  # built in full, the index made again
    assert (store / MANIFEST).read_text(encoding="utf-8") != manifest
    assert store_turtle(store) == canonical(build(files[:3], nlp=nlp))
    update = add_documents(store, read_documents(files[3:4]), nlp=nlp)
    assert update.graph is None  # through the index again
    assert store_turtle(store) == canonical(build(files[:4], nlp=nlp))


def test_store_added_through_the_index_switches_to_a_new_generation(
    nlp: Any, tmp_path: Path, files: list[Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(files[:1]), nlp=nlp)
    before = json.loads((store / MANIFEST).read_text(encoding="utf-8"))
    update = add_documents(store, read_documents(files[1:2]), nlp=nlp)
    after = json.loads((store / MANIFEST).read_text(encoding="utf-8"))
    assert update.graph is None
    assert after["data"] != before["data"] and after["index"] != before["index"]
    assert sorted(p.name for p in store.iterdir() if p.name.startswith("data-")) == [after["data"]]


def test_store_index_replacing_a_document_removes_its_old_files(
    nlp: Any, tmp_path: Path, files: list[Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(files[:2]), nlp=nlp)
    before = sorted(p.name for p in (store / "documents").iterdir() if p.name.startswith("b."))
    edited = tmp_path / "edited" / "b.txt"
    edited.parent.mkdir()
    edited.write_text("Offer accepted\nThe BMA accepted an offer from Unite.\n", encoding="utf-8")
    update = add_documents(store, read_documents([edited]), nlp=nlp)
    assert update.graph is None and update.replaced == ["b"]
    after = sorted(p.name for p in (store / "documents").iterdir() if p.name.startswith("b."))
    assert len(before) == len(after) == 2 and not set(before) & set(after)
