"""The store's name index gives, document by document, what the merge of all documents gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.distributed.resolution import EntitySummary, Resolution
from kg.model import Entity
from kg.rdf.namespaces import KG
from kg.sparql.store_index import NameIndex

NAMES = ["Smith", "Anna Smith", "BMA", "British Medical Association", "motion", "Unite", "GPCE"]
TYPES = [KG.Person, KG.TradeUnion, KG.Organisation, KG.Motion, KG.Plan]


def summary(doc: str, number: int, rng: random.Random) -> EntitySummary:
    """A random document entity: names from a small pool, so that many collide."""
    label = rng.choice(NAMES)
    type_ = rng.choice(TYPES)
    aliases = tuple(sorted({rng.choice(NAMES) for _ in range(rng.randint(0, 2))} - {label}))
    gazetteer = rng.choice([None, None, None, "bma", "unite"])
    cls = str(KG.Person if type_ == KG.Person else KG.Organisation)
    keys = {(cls, name) for name in (label, *aliases) if rng.random() < 0.7}
    if gazetteer:
        keys.add((cls, "gaz:" + gazetteer))
    return EntitySummary(
        f"{doc}#{number}",
        label,
        type_,
        aliases,
        gazetteer,
        tuple(sorted({("date", rng.choice(["1 May", "2 June"]))} if rng.random() < 0.2 else ())),
        (doc,),
        rng.randint(1, 4),
        tuple(sorted(keys)),
    )


def document(doc: str, rng: random.Random) -> list[EntitySummary]:
    return [summary(doc, n, rng) for n in range(1, rng.randint(1, 6))]


def expected(store: list[tuple[str, list[EntitySummary]]]) -> tuple[list[Entity], dict[str, str]]:
    resolution = Resolution()
    for position, (_doc, summaries) in enumerate(store):
        resolution.add(position, summaries)
    resolved = resolution.resolve()
    return resolved.entities, {key: label for key, (label, _type) in resolved.assign.items()}


def indexed(index: NameIndex, docs: list[str]) -> tuple[list[Entity], dict[str, str]]:
    from kg.sparql.store_index import _Group

    entities = []
    import pickle

    for label, state in index.db.execute("SELECT label, state FROM groups"):
        group: _Group = pickle.loads(state)
        entities.append(group.entity(label))
    labels = {}
    for doc in docs:
        labels.update({key: label for key, (label, _type) in index.assignment(doc).items()})
    return sorted(entities, key=lambda e: e.key), labels


@pytest.mark.parametrize("seed", range(12))
def test_index_built_step_by_step_equals_the_merge(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    store: list[tuple[str, list[EntitySummary]]] = []
    with NameIndex(tmp_path) as index:
        index.reset("x")
        for step in range(14):
            if store and rng.random() < 0.3:  # replace a stored document, in its place
                at = rng.randrange(len(store))
                doc = store[at][0]
                store[at] = (doc, document(doc, rng))
                change = index.add([store[at]], removed=[doc])
            else:
                doc = f"d{step}"
                store.append((doc, document(doc, rng)))
                change = index.add([store[-1]])
            entities, labels = expected(store)
            assert indexed(index, [d for d, _ in store]) == (entities, labels), step
            assert {e.label for e in change.after} <= {e.label for e in entities}


def test_index_reports_documents_whose_entity_was_renamed(tmp_path: Path) -> None:
    rng = random.Random(0)
    first = summary("a", 1, rng)
    first = EntitySummary(
        "a#1", "Smith", KG.Person, (), None, (), ("a",), 1, ((str(KG.Person), "smith"),)
    )
    later = EntitySummary(
        "b#1",
        "Anna Smith",
        KG.Person,
        ("Smith",),
        None,
        (),
        ("b",),
        3,
        ((str(KG.Person), "anna smith"), (str(KG.Person), "smith")),
    )
    with NameIndex(tmp_path) as index:
        index.reset("x")
        index.add([("a", [first])])
        change = index.add([("b", [later])])
        assert change.rerender == {"a"}  # "Smith" is now called "Anna Smith"
        assert [e.label for e in change.before] == ["Smith"]
        assert [e.label for e in change.after] == ["Anna Smith"]
        assert index.assignment("a") == {"a#1": ("Anna Smith", KG.Person)}
