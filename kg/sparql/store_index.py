"""The store's name index: names and aliases → entities, so adding documents looks up
instead of merging every stored document again.

A store (:mod:`kg.sparql.store`) keeps, in ``DIR/index.sqlite``, the state of
the merge across documents (:mod:`kg.extract.entities.merge`) as a reduce
over entity summaries (:mod:`kg.distributed.resolution`):

* ``members``: every document entity with its summary, its document's place
  in the store and the merged entity (group) it belongs to;
* ``names``: each merge key (core class and gazetteer id or distinctive name)
  → the group that holds it; all entities with one key are in one group;
* ``groups``: per merged entity what its label and triples depend on: its
  first member's place, its lead (the earliest gazetteered member, and the
  best by mentions, name length and name), every name and detail of its
  members, its label, and the slugs it may take (``cands``) and took
  (``regs``): a label is qualified when an earlier entity took its slug;
* ``relations``: which document asserts which direct relation triple.

Adding a document looks its entities' keys up, joins them to the groups found
(merging groups its entities bridge) and recomputes the labels of the groups
that changed and of those whose label depended on theirs. The result is
exactly the merge of all documents in the store's order; its cost grows with
the added documents, not the stored ones, except that a document whose entity
changes an existing entity's label (it names it more often, or under a longer
name) makes the documents that mention that entity be rewritten, and a
replaced document makes its groups be recomputed from their members.
"""

from __future__ import annotations

import heapq
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef

from kg.distributed.resolution import Assignment, EntitySummary
from kg.model import Entity
from kg.rdf.namespaces import slug
from kg.rdf.schema import core_class
from kg.sparql.store_disk import INDEX

__all__ = ["NameIndex", "IndexChange", "INDEX"]

_FORMAT = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (doc TEXT PRIMARY KEY, pos INTEGER);
CREATE TABLE IF NOT EXISTS members (
    key TEXT PRIMARY KEY, doc TEXT, pos INTEGER, idx INTEGER, grp INTEGER, summary BLOB);
CREATE INDEX IF NOT EXISTS members_doc ON members (doc);
CREATE INDEX IF NOT EXISTS members_grp ON members (grp);
CREATE TABLE IF NOT EXISTS names (name TEXT PRIMARY KEY, grp INTEGER);
CREATE INDEX IF NOT EXISTS names_grp ON names (grp);
CREATE TABLE IF NOT EXISTS groups (
    grp INTEGER PRIMARY KEY AUTOINCREMENT, pos INTEGER, idx INTEGER, size INTEGER, label TEXT, state BLOB);
CREATE TABLE IF NOT EXISTS cands (slug TEXT, grp INTEGER);
CREATE INDEX IF NOT EXISTS cands_slug ON cands (slug);
CREATE INDEX IF NOT EXISTS cands_grp ON cands (grp);
CREATE TABLE IF NOT EXISTS regs (slug TEXT, grp INTEGER, pos INTEGER, idx INTEGER, cls TEXT);
CREATE INDEX IF NOT EXISTS regs_slug ON regs (slug, pos, idx);
CREATE INDEX IF NOT EXISTS regs_grp ON regs (grp);
CREATE TABLE IF NOT EXISTS relations (triple TEXT, doc TEXT, value BLOB);
CREATE INDEX IF NOT EXISTS relations_triple ON relations (triple);
CREATE INDEX IF NOT EXISTS relations_doc ON relations (doc);
"""

Order = tuple[int, int]


@dataclass
class _Group:
    """What a merged entity's label and triples depend on; merging two is cheap."""

    order: Order
    size: int
    gazetteered: tuple[Order, EntitySummary] | None
    best: tuple[tuple[int, int, str, int, int], EntitySummary]
    names: set[str]
    details: set[tuple[str, str]]

    @classmethod
    def of(cls, order: Order, summary: EntitySummary) -> _Group:
        best_key = (summary.mentions, len(summary.label), summary.label, -order[0], -order[1])
        return cls(
            order,
            1,
            (order, summary) if summary.gazetteer_id else None,
            (best_key, summary),
            {summary.label, *summary.aliases},
            set(summary.details),
        )

    def absorb(self, other: _Group) -> None:
        self.order = min(self.order, other.order)
        self.size += other.size
        if other.gazetteered and (
            self.gazetteered is None or other.gazetteered[0] < self.gazetteered[0]
        ):
            self.gazetteered = other.gazetteered
        if other.best[0] > self.best[0]:
            self.best = other.best
        self.names |= other.names
        self.details |= other.details

    @property
    def lead(self) -> EntitySummary:
        return self.gazetteered[1] if self.gazetteered else self.best[1]

    def entity(self, label: str) -> Entity:
        lead = self.lead
        aliases = tuple(sorted(self.names - {label}))
        details = tuple(sorted(self.details))
        return Entity(label, label, lead.type, aliases, (), lead.gazetteer_id, details)


def _cls_name(type_: URIRef) -> str:
    cls = core_class(type_)
    return "" if cls is None else str(cls)


def _candidates(lead: EntitySummary) -> list[str]:
    """Every slug the label of an entity with this lead may take (see :func:`_label`)."""
    plain = lead.label
    qualified = f"{plain} ({_cls_name(lead.type).rsplit('#', 1)[-1] or 'None'})"
    doc = lead.doc_ids[0] if lead.doc_ids else ""
    return sorted(
        {slug(plain), slug(qualified), slug(f"{plain} ({doc})"), slug(f"{qualified} ({doc})")}
    )


@dataclass
class _Run:
    """What one :meth:`NameIndex.add` changed so far."""

    before: dict[int, Entity] = field(default_factory=dict)
    """The entity of each group touched, as it was (``_NEW`` for a new group)."""
    gone: set[int] = field(default_factory=set)
    moved: dict[int, int] = field(default_factory=dict)
    """A group merged into another → that other."""
    old_labels: dict[str, str] = field(default_factory=dict)
    """Members of groups taken apart → their label before."""

    def current(self, grp: int) -> int | None:
        """The group that now holds what ``grp`` held (None when it was taken apart)."""
        while grp in self.moved:
            grp = self.moved[grp]
        return None if grp in self.gone else grp


@dataclass
class IndexChange:
    """What adding documents changed: the merged entities before and after (of the groups
    that changed), and the stored documents whose entities now have other labels."""

    before: list[Entity] = field(default_factory=list)
    after: list[Entity] = field(default_factory=list)
    rerender: set[str] = field(default_factory=set)


class NameIndex:
    """The name index of a store folder (see the module's docstring); a context manager
    whose changes are committed on a clean exit and rolled back on an error."""

    def __init__(self, folder: Path | str) -> None:
        self.path = Path(folder) / INDEX
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self.db.execute("BEGIN")

    def __enter__(self) -> NameIndex:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")
        self.db.close()

    # ------------------------------------------------------------------ state

    def valid_for(self, fingerprint: str, token: str, documents: int) -> bool:
        """True when the index was made for this extractor, by the build whose ``token`` the
        manifest in force names, and holds the store's documents."""
        meta = dict(self.db.execute("SELECT name, value FROM meta"))
        count = self.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        return (
            meta.get("format") == _FORMAT
            and meta.get("extractor") == fingerprint
            and meta.get("token") == token
            and count == documents
        )

    def stamp(self, token: str) -> None:
        """Record the token of the build writing the index (its manifest names it too)."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('token', ?)", (token,))

    def reset(self, fingerprint: str) -> None:
        """Empty the index; it is for the extractor ``fingerprint``."""
        for table in ("meta", "docs", "members", "names", "groups", "cands", "regs", "relations"):
            self.db.execute(f"DELETE FROM {table}")  # noqa: S608 - table names of this module
        self.db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("format", _FORMAT), ("extractor", fingerprint)]
        )

    def position(self, doc_id: str) -> int | None:
        row = self.db.execute("SELECT pos FROM docs WHERE doc = ?", (doc_id,)).fetchone()
        return None if row is None else int(row[0])

    def next_position(self) -> int:
        row = self.db.execute("SELECT MAX(pos) FROM docs").fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def entity_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM groups").fetchone()[0])

    def assignment(self, doc_id: str) -> dict[str, Assignment]:
        """The merged label and type of each entity of a stored document."""
        rows = self.db.execute(
            "SELECT m.key, g.label, g.state FROM members m JOIN groups g ON g.grp = m.grp "
            "WHERE m.doc = ?",
            (doc_id,),
        )
        return {key: (label, pickle.loads(state).lead.type) for key, label, state in rows}

    # ------------------------------------------------------------------ groups

    def _load(self, grp: int) -> _Group:
        (state,) = self.db.execute("SELECT state FROM groups WHERE grp = ?", (grp,)).fetchone()
        group: _Group = pickle.loads(state)
        return group

    def _label_of(self, grp: int) -> str:
        (label,) = self.db.execute("SELECT label FROM groups WHERE grp = ?", (grp,)).fetchone()
        return str(label)

    def _save(self, grp: int | None, group: _Group) -> int:
        state = pickle.dumps(group, protocol=pickle.HIGHEST_PROTOCOL)
        if grp is None:
            cursor = self.db.execute(
                "INSERT INTO groups (pos, idx, size, label, state) VALUES (?, ?, ?, NULL, ?)",
                (*group.order, group.size, state),
            )
            grp = int(cursor.lastrowid or 0)
        else:
            self.db.execute(
                "UPDATE groups SET pos = ?, idx = ?, size = ?, state = ? WHERE grp = ?",
                (*group.order, group.size, state, grp),
            )
        self.db.execute("DELETE FROM cands WHERE grp = ?", (grp,))
        self.db.executemany(
            "INSERT INTO cands VALUES (?, ?)", [(s, grp) for s in _candidates(group.lead)]
        )
        return grp

    def _drop(self, grp: int) -> None:
        for table in ("groups", "cands", "regs"):
            self.db.execute(f"DELETE FROM {table} WHERE grp = ?", (grp,))  # noqa: S608

    # ------------------------------------------------------------------ adding

    def add(
        self,
        documents: Sequence[tuple[str, Sequence[EntitySummary]]],
        *,
        removed: Iterable[str] = (),
    ) -> IndexChange:
        """Take new documents (id and entity summaries, in the store's order; a document
        already indexed keeps its place) after forgetting the documents ``removed``."""
        run = _Run()
        positions = {doc: self.position(doc) for doc, _ in documents}
        for doc in removed:
            self._forget(doc, run)
        next_pos = self.next_position()
        for doc, summaries in documents:
            pos = positions[doc]
            if pos is None:
                pos, next_pos = next_pos, next_pos + 1
            self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?)", (doc, pos))
            for i, summary in enumerate(summaries):
                self._join(doc, (pos, i), summary, run)
        change = self._relabel(run)
        change.rerender = self._moved_documents(run) - {doc for doc, _ in documents}
        return change

    def _moved_documents(self, run: _Run) -> set[str]:
        """The documents with an entity whose label is not what it was."""
        docs: set[str] = set()
        for grp, before in run.before.items():
            if before is _NEW:
                continue
            current = run.current(grp)
            if current is None or self._label_of(current) != before.label:
                target = current if current is not None else grp
                docs.update(
                    str(d)
                    for (d,) in self.db.execute(
                        "SELECT DISTINCT doc FROM members WHERE grp = ?", (target,)
                    )
                )
        for key, label in run.old_labels.items():
            row = self.db.execute(
                "SELECT m.doc, g.label FROM members m JOIN groups g ON g.grp = m.grp "
                "WHERE m.key = ?",
                (key,),
            ).fetchone()
            if row is not None and row[1] != label:
                docs.add(str(row[0]))
        return docs

    def _note(self, grp: int, run: _Run) -> None:
        """Remember a group's entity before it changes."""
        if grp not in run.before:
            run.before[grp] = self._load(grp).entity(self._label_of(grp))

    def _join(self, doc: str, order: Order, summary: EntitySummary, run: _Run) -> None:
        """Add one document entity: to the group of its keys, merging the groups it bridges."""
        names = ["\x1f".join(key) for key in summary.merge_keys]
        found: set[int] = set()
        for name in names:
            row = self.db.execute("SELECT grp FROM names WHERE name = ?", (name,)).fetchone()
            if row is not None:
                found.add(int(row[0]))
        group = _Group.of(order, summary)
        grp: int | None = None
        if found:
            sizes = {g: self._size(g) for g in found}
            grp = max(found, key=lambda g: (sizes[g], -g))
            self._note(grp, run)
            merged = self._load(grp)
            merged.absorb(group)
            for other in found - {grp}:
                self._note(other, run)
                merged.absorb(self._load(other))
                self.db.execute("UPDATE members SET grp = ? WHERE grp = ?", (grp, other))
                self.db.execute("UPDATE names SET grp = ? WHERE grp = ?", (grp, other))
                self._drop(other)
                run.gone.add(other)
                run.moved[other] = grp
            group = merged
        grp = self._save(grp, group)
        run.before.setdefault(grp, _NEW)
        blob = pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL)
        self.db.execute(
            "INSERT OR REPLACE INTO members VALUES (?, ?, ?, ?, ?, ?)",
            (summary.key, doc, *order, grp, blob),
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO names VALUES (?, ?)", [(name, grp) for name in names]
        )

    def _size(self, grp: int) -> int:
        row = self.db.execute("SELECT size FROM groups WHERE grp = ?", (grp,)).fetchone()
        return int(row[0]) if row else 0

    def _forget(self, doc: str, run: _Run) -> None:
        """Remove a document's entities; recompute the groups they were in from the rest."""
        groups = sorted(
            int(g)
            for (g,) in self.db.execute("SELECT DISTINCT grp FROM members WHERE doc = ?", (doc,))
        )
        self.db.execute("DELETE FROM members WHERE doc = ?", (doc,))
        for grp in groups:
            self._note(grp, run)
            label = self._label_of(grp)
            rest = [
                (str(d), (int(pos), int(idx)), pickle.loads(blob))
                for d, pos, idx, blob in self.db.execute(
                    "SELECT doc, pos, idx, summary FROM members WHERE grp = ? ORDER BY pos, idx",
                    (grp,),
                )
            ]
            for _doc, _order, summary in rest:
                run.old_labels.setdefault(summary.key, label)
            self.db.execute("DELETE FROM names WHERE grp = ?", (grp,))
            self.db.execute("DELETE FROM members WHERE grp = ?", (grp,))
            self._drop(grp)
            run.gone.add(grp)
            for member_doc, order, summary in rest:  # in order: they may now fall apart
                self._join(member_doc, order, summary, run)
        self.db.execute("DELETE FROM docs WHERE doc = ?", (doc,))

    # ------------------------------------------------------------------ labels

    def _relabel(self, run: _Run) -> IndexChange:
        """Give the changed groups their labels, and every group whose label depended on a
        slug whose first holder changed; in the merge's order, each after those before it.
        The entities of the groups that changed, before and after."""
        heap: list[tuple[Order, int]] = []
        queued: set[int] = set()

        def push(grp: int) -> None:
            if grp in queued:
                return
            row = self.db.execute("SELECT pos, idx FROM groups WHERE grp = ?", (grp,)).fetchone()
            if row is not None:
                queued.add(grp)
                heapq.heappush(heap, ((int(row[0]), int(row[1])), grp))

        def push_slug(value: str) -> None:
            rows = self.db.execute("SELECT grp FROM cands WHERE slug = ?", (value,)).fetchall()
            for (grp,) in rows:
                push(int(grp))

        for grp, before in run.before.items():
            if grp in run.gone:  # the slug it held is free
                push_slug(slug(before.label))
            else:
                push(grp)
        while heap:
            order, grp = heapq.heappop(heap)
            group = self._load(grp)
            old = self.db.execute("SELECT label FROM groups WHERE grp = ?", (grp,)).fetchone()[0]
            old_reg = self.db.execute(
                "SELECT slug, pos, idx, cls FROM regs WHERE grp = ?", (grp,)
            ).fetchone()
            label = self._label(order, group.lead)
            reg = (slug(label), *order, _cls_name(group.lead.type))
            if label == old and old_reg is not None and tuple(old_reg) == reg:
                continue
            run.before.setdefault(grp, group.entity(old) if old else _NEW)
            self.db.execute("UPDATE groups SET label = ? WHERE grp = ?", (label, grp))
            self.db.execute("DELETE FROM regs WHERE grp = ?", (grp,))
            self.db.execute("INSERT INTO regs VALUES (?, ?, ?, ?, ?)", (reg[0], grp, *reg[1:]))
            for value in {reg[0], *([old_reg[0]] if old_reg else [])}:
                push_slug(value)
        change = IndexChange()
        for grp, before in run.before.items():
            if before is not _NEW:
                change.before.append(before)
            if grp not in run.gone:
                change.after.append(self._load(grp).entity(self._label_of(grp)))
        return change

    def _label(self, order: Order, lead: EntitySummary) -> str:
        """The label the merge gives a group at ``order`` with ``lead``
        (``kg.extract.entities.merge._unique_label``, over the labels of the groups before)."""
        label = lead.label
        cls = _cls_name(lead.type)
        first = self._first_holder(slug(label), order)
        if first is not None:
            if first != cls:
                label = f"{label} ({cls.rsplit('#', 1)[-1] or 'None'})"
            if self._first_holder(slug(label), order) is not None:
                label = f"{label} ({lead.doc_ids[0]})"
        return label

    def _first_holder(self, value: str, order: Order) -> str | None:
        """The class of the first group before ``order`` whose label has slug ``value``."""
        row = self.db.execute(
            "SELECT cls FROM regs WHERE slug = ? AND (pos < ? OR (pos = ? AND idx < ?)) "
            "ORDER BY pos, idx LIMIT 1",
            (value, order[0], order[0], order[1]),
        ).fetchone()
        return None if row is None else str(row[0])

    # ------------------------------------------------------------------ relations

    def relations_of(self, doc: str) -> dict[str, Any]:
        """The direct relation triples a stored document asserts, by key."""
        rows = self.db.execute("SELECT triple, value FROM relations WHERE doc = ?", (doc,))
        return {key: pickle.loads(value) for key, value in rows}

    def set_relations(self, doc: str, triples: Iterable[Any]) -> tuple[list[Any], list[Any]]:
        """Record the document's direct relation triples; the triples no document asserts
        any more, and those no document asserted before."""
        old = self.relations_of(doc)
        new = {" ".join(term.n3() for term in triple): triple for triple in triples}
        self.db.execute("DELETE FROM relations WHERE doc = ?", (doc,))
        self.db.executemany(
            "INSERT INTO relations VALUES (?, ?, ?)",
            [
                (key, doc, pickle.dumps(t, protocol=pickle.HIGHEST_PROTOCOL))
                for key, t in new.items()
            ],
        )
        gone = [t for key, t in old.items() if key not in new and not self._asserted(key)]
        fresh = [t for key, t in new.items() if key not in old and self._count(key) == 1]
        return gone, fresh

    def _asserted(self, key: str) -> bool:
        return self._count(key) > 0

    def _count(self, key: str) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM relations WHERE triple = ?", (key,)).fetchone()
        return int(row[0])


#: The "before" of a group that did not exist before.
_NEW = Entity("", "", URIRef(""))
