"""People of a public employer: "NHS workers", "council staff", "Home Office employees".

A plural noun for a workforce (``lex:workforceNoun``) after the name of a government or public
body names people who work for it;
they do not speak or act for it, unlike a union's members ("Unison members voted" is the
union's vote). So such a phrase is no subject standing for the body (stance2).
"""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg.rdf.namespaces import KG

__all__ = ["EMPLOYERS", "staff_of"]

EMPLOYERS = (KG.GovernmentBody, KG.PublicBody)


def staff_of(
    head: Token, owner: Token, owner_type: URIRef | None, workforce_nouns: frozenset[str]
) -> bool:
    """True when ``head`` is a plural noun for a workforce (``lex:workforceNoun``) and
    ``owner`` the public employer named before it ("NHS workers"): people who work for the
    body, not the body ("Scottish Government ministers" still act for it)."""
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in workforce_nouns
        and owner.dep_ == "compound"
        and owner_type in EMPLOYERS
    )
