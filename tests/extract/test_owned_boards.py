"""A committee's word after a possessive names a body of the owner, never the owner itself:
"the Acme Group's finance board" is a board the group has, whatever kind of organisation the
group is (``mentions.descriptions.bodies_of_organisations``). Sentences written for the
tests."""

from __future__ import annotations

from doc_builder import make_doc, resolved_of

from kg.rdf.namespaces import KG

ROWS = """
Pay       PROPN compound 1
news      NOUN  ROOT     1
Jo        PROPN compound 3
Reyes     PROPN nsubj    13
,         PUNCT punct    3
chair     NOUN  appos    3
of        ADP   prep     5
the       DET   det      8
Acme      PROPN poss     11
’s        PART  case     8
finance   NOUN  compound 11
{noun}    NOUN  pobj     6
,         PUNCT punct    3
spoke     VERB  ROOT     13 speak
.         PUNCT punct    13
"""


def _labels(noun: str) -> dict[str, list[str]]:
    doc = make_doc(ROWS.format(noun=noun), gazetteer=[(8, 9, KG.Organisation, "acme")])
    resolved = resolved_of(doc)
    return {e.label: [m.text for m in e.mentions] for e in resolved.entities}


def test_mentions_a_board_after_a_possessive_is_a_body_of_its_owner() -> None:
    """ "Jo Reyes, chair of the Acme’s finance board, spoke.": Acme is a plain organisation."""
    labels = _labels("board")
    owner = next(k for k, texts in labels.items() if "Acme" in texts)
    assert not any("board" in t for t in labels[owner])
    assert any(any("finance board" in t for t in texts) for texts in labels.values())
