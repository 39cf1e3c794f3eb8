"""A person's body (parts28): an organisation named with a person's possessive is one the
person leads when it is written by its name ("von Halen's European Commission", "Reyes's
Guild"), is named after them, or, for a holder of a government post, is their ministry.

News names a body by its leader's possessive ("Starmer's government", "the chancellor's
Treasury"), calls commissions and inquiries after the person who chairs them ("the Hale
Commission" ... "Lady Hale's Commission"), and a minister's "department" is the one they are
in charge of ("the minister said the money would have to be found outside his department").
A possessive pronoun before another description ("her union", "his party") says only that the
person belongs to the body, which its name's own rules tell: it gives nothing here.
``structure.possessive`` reads organisations' possessives; people's are read here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import Context, Found, Phrase, Rule
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["personal_body"]

#: possessive pronouns that stand for a person
PERSONAL = frozenset({"his", "her"})


def personal_body(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A person's possessive before an organisation's name or description: the person
    ``leads`` it when it is written by its name, is named after them or is the ministry of a
    post they hold."""
    if phrase.cls != KG.Organisation or _modifies_a_noun_after(phrase):
        return
    for owner, token in _person_owners(context, phrase):
        led = (
            (phrase.head.pos_ == "PROPN" and token.pos_ != "PRON")
            or _named_after(context, phrase.key, owner)
            or _own_ministry(context, phrase, owner)
        )
        if not led:
            continue
        relation = context.relation(
            rule,
            owner,
            KG.leads,
            phrase.key,
            [token, phrase.head],
            KG.Asserted,
        )
        if relation is not None:
            yield relation


def _modifies_a_noun_after(phrase: Phrase) -> bool:
    """The name modifies a common noun after it ("von der Leyen's State of the Union speech"):
    the possessive is that noun phrase's, the person's speech, not their body."""
    head = phrase.head
    return (
        head.dep_ in ("compound", "nmod")
        and head.head.i >= phrase.mention.token_end
        and head.head.pos_ == "NOUN"
    )


def _person_owners(context: Context, phrase: Phrase) -> Iterator[Found]:
    """The people whose possessive ("Hale's", "his", "her") stands before the phrase, outside
    its name."""
    mention, resolved = phrase.mention, context.resolved
    for token in phrase.span:
        for child in token.children:
            if child.dep_ != "poss" or mention.token_start <= child.i < mention.token_end:
                continue
            if child.pos_ == "PRON":
                owner = resolved.pronouns.get(child.i) if child.lower_ in PERSONAL else None
            else:
                owner = resolved.entity_for_token(child.i, (KG.Person,))
            if owner is not None and context.core(owner) == KG.Person:
                yield owner, child


def _named_after(context: Context, body: str, person: str) -> bool:
    """The body's name holds the person's surname ("Hale Commission" for Lady Hale)."""
    surname = context.resolved.by_key[person].label.split()[-1].lower()
    entity = context.resolved.by_key[body]
    names = [entity.label, *(a for a in entity.aliases if "'" not in a and "’" not in a)]
    return any(surname in name.lower().split() for name in names)


def _own_ministry(context: Context, phrase: Phrase, person: str) -> bool:
    """The body is a ministry (``lex:ministryNoun``: "department") and the person holds a
    government post ("the health minister ... his department")."""
    if not _a_ministry(context, phrase.head):
        return False
    return any(
        holder == person and link.role.government_post for link, holder, _ in context.resolved.roles
    )


def _a_ministry(context: Context, head: Token) -> bool:
    return head.lemma_.lower() in context.lexicon.ministry_nouns
