"""A verb's particle and preposition read as two prepositions ("walked out of talks"), on a
hand-built parse of a sentence written for the test
(:mod:`kg.extract.relations.chained_particles`)."""

from __future__ import annotations

from doc_builder import build

from kg.rdf.namespaces import KG

# "The guild walked out of talks with ministers." with "out" and "of" as two prepositions
WALKED_OUT_OF_TALKS = """
The     DET   det   1 -    DT
guild   NOUN  nsubj 2 -    NN
walked  VERB  ROOT  2 walk VBD
out     ADP   prep  2 -    IN
of      ADP   prep  3 -    IN
talks   NOUN  pobj  4 talk NNS
with    ADP   prep  5 -    IN
ministers NOUN pobj 6 minister NNS
.       PUNCT punct 2 -    .
"""


def test_walking_out_of_talks_read_as_two_prepositions_takes_part_in_them() -> None:
    parsed = build(WALKED_OUT_OF_TALKS, names=[("guild", KG.Organisation), ("talks", KG.Event)])
    found = parsed.relations("verb")
    assert ("guild", KG.participatesIn, "talks") in {
        (r.subject, parsed.context().schema.core_property(r.predicate) or r.predicate, r.object)
        for r in found
    }
