"""What inside a phrase may be searched for the entities it is about: not what follows a
contrary preposition, a relative clause or a word of undoing ("backed calls to abolish the
levy" backs no levy); nor a name that says where a workforce works ("NHS workers voted": the
workers vote, not the NHS). Read by :meth:`kg.extract.relations.core.Context.object_entities`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.entities import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.relations.grammar import children, is_verb
from kg.rdf.namespaces import KG

__all__ = [
    "employer_before",
    "outlet_of",
    "searchable",
    "share_of_a_group",
    "undoes",
    "undoing_noun",
    "union_of_workers",
]


# what a noun of undoing undoes, or takes it out of: "the removal of the cap", "a delay to
# the levy", "the removal of all targets from the plan" (--- stance6 ---: "from" backs
# nothing of the plan either)
UNDOING_PREPOSITIONS = ("of", "to", "for", "on", "from")


def searchable(phrase: Token, lexicon: Lexicon) -> list[Token]:
    """The tokens inside a phrase but its head, less what follows a contrary preposition
    ("a fight against proposals" is no proposal of the fighter's), a relative clause ("the
    rule that brought commissioning under the procurement law": the law is not the rule;
    "options to reform the formula" is no relative clause), what a verb of undoing governs
    ("backed calls to abolish the levy") and the "of", "to" or "for" of a noun of undoing
    ("backs the removal of the levy" does not back the levy; "offers an alternative to
    the model" does not offer the model), or its "from" ("backed the removal of targets from
    the plan" backs nothing of the plan), nor its owner ("welcomed the levy's demise")."""
    if undoes(phrase, lexicon):  # "argued against scrapping the levy"
        return []
    contrary = lexicon.contrary_prepositions
    blocked = {
        t.i
        for part in phrase.subtree
        if (part.dep_ == "prep" and part.lower_ in contrary)
        or (part.dep_ == "relcl" and not any(c.lower_ == "to" for c in part.children))
        or (
            part.lower_ in UNDOING_PREPOSITIONS
            and part.dep_ == "prep"
            and undoing_noun(part.head, lexicon)
        )
        # "welcomed the levy's demise", "backed the U-turn on the levy"
        or (part.dep_ == "poss" and undoing_noun(part.head, lexicon))
        or (part.i != phrase.i and undoes(part, lexicon))
        for t in part.subtree
    }
    return [t for t in phrase.subtree if t.i != phrase.i and t.i not in blocked]


def undoing_noun(noun: Token, lexicon: Lexicon) -> bool:
    """True for a noun of undoing (``lex:undoingNoun``), also one the tokenizer split at its
    hyphen: "U-turn" is "U", "-", "turn" (lemma "turn"), so the lexicon's "u-turn" is read
    from the two words before the last (proposes28)."""
    words = lexicon.undoing_nouns
    lemma = noun.lemma_.lower()
    if lemma in words:
        return True
    if noun.i < 2:
        return False
    dash, first = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    return (
        dash.text == "-"
        and not dash.whitespace_
        and not first.whitespace_
        and f"{first.lower_}-{lemma}" in words
    )


def undoes(verb: Token, lexicon: Lexicon) -> bool:
    """True for a verb of undoing a proposal ("calls to abolish the levy", ``lex:undoingVerb``,
    with its particle: "water down")."""
    if not is_verb(verb):
        return False
    words = lexicon.undoing_verbs
    lemma = verb.lemma_.lower()
    return lemma in words or any(f"{lemma} {p.lower_}" in words for p in children(verb, "prt"))


UNIONS = (KG.TradeUnion, KG.ProfessionalBody)


def employer_before(token: Token, resolved: ResolvedDocument, lexicon: Lexicon) -> bool:
    """True for an organisation named before a noun for a workforce that is not their union:
    "NHS" in "NHS workers", not "Unite" in "Unite workers" (any word of the name)."""
    key = resolved.entity_for_token(token.i, (KG.Organisation,))
    if key is None or resolved.by_key[key].type in UNIONS:
        return False
    last = token  # the name's last word: "Harbour" -> "Ports" in "Harbour Ports staff"
    while last.dep_ == "compound" and resolved.entity_for_token(last.head.i) == key:
        last = last.head
    return last.dep_ == "compound" and last.head.lemma_.lower() in lexicon.workforce_nouns


def union_of_workers(token: Token, resolved: ResolvedDocument, lexicon: Lexicon) -> str | None:
    """The union a workforce is counted in: "doctors in the BMA", "nurses in the RCN" (a
    ``lex:workforceNoun`` with "in" and a trade union or professional body), or named before
    it ("Guild staff", "the Guild's nurses": --- comm27 ---, as ``lex:workforceNoun`` says).
    Those in a union, so named, act for it, as its members do ("BMA members", "members of the
    RCN"); staff "in the NHS" or "NHS staff", where they work, do not."""
    if token.lemma_.lower() not in lexicon.workforce_nouns:
        return None
    places = [
        p for prep in children(token, "prep") if prep.lower_ == "in" for p in children(prep, "pobj")
    ]
    for place in places + children(token, "compound"):
        key = resolved.entity_for_token(place.i, (KG.Organisation,))
        if key is not None and resolved.by_key[key].type in UNIONS:
            return key
    return None


def outlet_of(
    token: Token, resolved: ResolvedDocument, types: Iterable[URIRef] | None
) -> str | None:
    """The news organisation whose programme or show a noun names ("the BBC's Today
    programme", ``lex:outletNoun``): speaking on it is speaking to the organisation. The
    parser may hang the owner on the programme's own name ("Today" → poss "BBC")."""
    names = children(token, "compound")
    for owner in children(token, "poss") + names + [o for n in names for o in children(n, "poss")]:
        key = resolved.entity_for_token(owner.i, types)
        if key is not None and resolved.by_key[key].type == KG.NewsOrganisation:
            return key
    return None


#: words for a share of a group: "most of its members", "a majority of nurses"
_SHARES = frozenset(
    {"%", "percent", "per", "cent", "majority", "most", "half", "third", "thirds", "quarter"}
)


def share_of_a_group(token: Token, is_group: Callable[[Token], bool]) -> Token | None:
    """The group a share is of ("78% of its members", "a majority of members voted"): a number
    or a word of a share with "of" and a noun for an organisation's people."""
    if not (token.like_num or token.lower_ in _SHARES):
        return None
    for prep in children(token, "prep"):
        if prep.lower_ == "of":
            for obj in children(prep, "pobj"):
                if is_group(obj):
                    return obj
    return None
