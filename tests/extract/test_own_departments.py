"""A minister's department named by its noun alone (kg/extract/entities/own_departments.py), on
hand-made mentions and posts of the test's own."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from doc_builder import make_doc, mention

from kg.extract.entities.own_departments import (
    departments_of_named_ministers,
    executive_of_named_ministers,
)
from kg.extract.entities.posts import PostIndex
from kg.extract.entities.sieve_base import Sieve
from kg.extract.gazetteer import GazetteerEntry, Post
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet, RoleLink
from kg.model import Mention
from kg.rdf.namespaces import KG

FERRIES = Post(
    "post_ferries",
    "Minister of Ferries",
    ("Ferry Minister",),
    "dept_ferries",
    (),
    government="harbour_executive",
)
ROADS = Post(
    "post_roads",
    "Minister of Roads",
    ("Roads Minister",),
    "dept_roads",
    (),
    government="harbour_executive",
)
GAZETTEER = {
    "dept_ferries": GazetteerEntry("dept_ferries", "Department of Ferries", KG.GovernmentBody, ()),
    "dept_roads": GazetteerEntry("dept_roads", "Department of Roads", KG.GovernmentBody, ()),
}
# "Ferry Minister Tom Hale said his department would pay . Roads Minister Ann Lowe said the
# department would not ."
WORDS = (
    "Ferry Minister Tom Hale said his department would pay . "
    "Roads Minister Ann Lowe said the department would not ."
).split()


def _sieve(mentions: Sequence[Mention], descriptions: dict[int, str]) -> Sieve:
    doc = make_doc("\n".join(f"{w} X dep 0" for w in WORDS))
    role = load_lexicon().role("minister")
    assert role is not None
    roles = [RoleLink(k, role, k + 1, None) for k, m in enumerate(mentions) if m.is_role]
    found = MentionSet(mentions=list(mentions), roles=roles, descriptions=dict(descriptions))
    return Sieve(
        found, list(mentions), load_lexicon(), GAZETTEER, list(doc), PostIndex.of([FERRIES, ROADS])
    )


def _at(text: str, token: int, type_: object, method: str, **kw: object) -> Mention:
    start = len(" ".join(WORDS[:token])) + (1 if token else 0)
    return mention(text, type_, method, start=start, token_start=token, **kw)  # type: ignore[arg-type]


MINISTERS = [
    _at("Ferry Minister", 0, KG.Person, "role", is_role=True),
    _at("Tom Hale", 2, KG.Person, "ner"),
    _at("department", 6, KG.Organisation, "description"),
    _at("Roads Minister", 10, KG.Person, "role", is_role=True),
    _at("Ann Lowe", 12, KG.Person, "ner"),
    _at("department", 16, KG.Organisation, "description"),
]


def test_own_department_is_the_department_of_the_post_named_before_it() -> None:
    sieve = _sieve(MINISTERS, {2: "department", 5: "department"})
    departments_of_named_ministers(sieve)
    assert [sieve.mentions[k].gazetteer_id for k in (2, 5)] == ["dept_ferries", "dept_roads"]
    assert sieve.found.descriptions == {}  # names of the departments now


def test_own_department_not_read_when_the_article_names_a_department() -> None:
    named = [*MINISTERS, _at("Department of Roads", 18, KG.GovernmentBody, "ner")]
    sieve = _sieve(named, {2: "department", 5: "department"})
    departments_of_named_ministers(sieve)
    assert [sieve.mentions[k].gazetteer_id for k in (2, 5)] == [None, None]


# "Ferry Minister Tom Hale said the executive would pay ."
EXECUTIVE_WORDS = "Ferry Minister Tom Hale said the executive would pay .".split()
HARBOUR_EXECUTIVE = GazetteerEntry("harbour_executive", "Harbour Executive", KG.GovernmentBody, ())


@pytest.mark.parametrize("other_executive", [False, True])
def test_own_executive_is_the_government_of_the_named_ministers(other_executive: bool) -> None:
    doc = make_doc("\n".join(f"{w} X dep 0" for w in EXECUTIVE_WORDS))
    role = load_lexicon().role("minister")
    assert role is not None
    mentions = [
        mention("Ferry Minister", KG.Person, "role", is_role=True),
        mention("Tom Hale", KG.Person, "ner", start=15, token_start=2),
        mention("executive", KG.Organisation, "description", start=37, token_start=6),
    ]
    if other_executive:  # "the Guild Executive" is another body called so
        mentions.append(mention("Guild Executive", KG.Organisation, "noun-phrase", start=60))
    found = MentionSet(
        mentions=list(mentions), roles=[RoleLink(0, role, 1, None)], descriptions={2: "executive"}
    )
    gazetteer = {**GAZETTEER, "harbour_executive": HARBOUR_EXECUTIVE}
    sieve = Sieve(
        found, list(mentions), load_lexicon(), gazetteer, list(doc), PostIndex.of([FERRIES])
    )
    executive_of_named_ministers(sieve)
    expected = None if other_executive else "harbour_executive"
    assert sieve.mentions[2].gazetteer_id == expected
