"""A reaction to what an actor said or set out ("responded to the ministry's announcement") is
communication with the actor (``verbs._owners``). Sentences written for the tests."""

from __future__ import annotations

import pytest
from doc_builder import build, facts

from kg.rdf.namespaces import KG

RESPONSE = """
The        DET   det      1
Guild      PROPN nsubj    3
has        AUX   aux      3
responded  VERB  ROOT     3 respond VBN
to         ADP   prep     3
the        DET   det      6
ministry   NOUN  poss     8 -       NN
's         PART  case     6
{noun}     NOUN  pobj     4
.          PUNCT punct    3
"""


@pytest.mark.parametrize("noun", ["announcement", "plan"])
def test_relations_a_response_to_an_actor_s_statement_is_to_the_actor(noun: str) -> None:
    """ "The Guild has responded to the ministry's announcement.": the Guild answers the
    ministry (public communication)."""
    parsed = build(
        RESPONSE.format(noun=noun),
        names=[("Guild", KG.TradeUnion), ("ministry", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.communicatesWith, "ministry")}
