"""One-word model names that describe a body named in full elsewhere ("the Guild", "the
College"). Hand-built parses of sentences written for the tests."""

from __future__ import annotations

from doc_builder import make_doc

from kg.extract.mentions.lone_words import word_of_a_name_before

THE_GUILD_SAID = """
The    DET   det   1 -   DT
Guild  PROPN nsubj 2 -   NNP
said   VERB  ROOT  2 say VBD
.      PUNCT punct 2 -   .
"""


def test_lone_words_a_word_of_a_name_before_or_after_describes_that_body() -> None:
    guild = make_doc(THE_GUILD_SAID)[1:2]
    assert word_of_a_name_before(guild, {"guild": 0})  # "the Guild of Ferry Pilots" before
    assert word_of_a_name_before(guild, {"guild": 9})  # ... or named in full later


def test_lone_words_a_word_of_no_other_name_is_a_name() -> None:
    guild = make_doc(THE_GUILD_SAID)[1:2]
    assert not word_of_a_name_before(guild, {"ferry": 9})
    assert not word_of_a_name_before(make_doc(THE_GUILD_SAID)[1:3], {"guild": 9})
