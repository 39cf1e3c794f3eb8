""" "government" in a sense that names no government: the state or the public sector, not the
Government the article names acting.

News prose uses the bare noun for being in office ("14 years in government"), for the
institution in general ("the role of government", ``lex:governmentPartNoun``), for the public
sector ("staff in government departments", ``lex:governmentSectorNoun``) and as the first part
of an adjective ("government-funded schools"). None of these is an act or a voice of the
Government, so the gazetteer's name "government" is read as no mention there; "the
government's departments" and "the government said" still are.

Example: in "She spent ten years in government." and "Government-funded schools will close."
"government" names no entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["government_in_general"]

#: prepositions after which a bare "government" is being in office or the public sector
_WITHIN = frozenset({"in", "into", "across", "throughout", "within"})
#: children that make "government" one government: "in the government", "in his government"
_DEFINING = frozenset({"det", "poss", "nummod", "compound"})


def government_in_general(span: Span, lexicon: Lexicon) -> bool:
    """True when ``span`` is the one word "government" used for the state, office or public
    sector: bare after "in" ("in government"), bare after "of" on a noun of its parts ("the
    role of government"), before a hyphen ("government-funded") or before a plural noun of
    the sector ("government departments")."""
    if len(span) != 1 or span[0].lower_ != "government":
        return False
    token = span[0]
    return (
        _hyphenated(token)
        or _sector(token, lexicon)
        or _bare(token)
        and (_in_office(token) or _of_its_parts(token, lexicon))
    )


def _bare(token: Token) -> bool:
    return not any(c.dep_ in _DEFINING for c in token.children)


def _in_office(token: Token) -> bool:
    """ "in government", "across government": being in office, or the public sector."""
    return token.dep_ == "pobj" and token.head.lower_ in _WITHIN


def _of_its_parts(token: Token, lexicon: Lexicon) -> bool:
    """ "the role of government", "all levels of government": the institution in general."""
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in lexicon.government_part_nouns
    )


def _hyphenated(token: Token) -> bool:
    """ "government-funded", "government-run": the first part of an adjective of something
    else."""
    doc = token.doc
    k = token.i
    return (
        k + 2 < len(doc)
        and doc[k + 1].text == "-"
        and not token.whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
    )


def _sector(token: Token, lexicon: Lexicon) -> bool:
    """ "government departments", "government jobs": a plural of the public sector's parts."""
    head = token.head
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and head.i == token.i + 1
        and head.tag_ == "NNS"
        and head.lemma_.lower() in lexicon.government_sector_nouns
    )
