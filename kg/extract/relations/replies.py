"""Replies: answering with no one named answers whoever spoke or acted just before.

"McAdam accused the minister of inaction. Ruiz replied that ..." → Ruiz ``communicatesWith``
McAdam. News writing tells an exchange in turns, one sentence each: a verb of replying
(``lex:replyVerb``) that takes what is said ("replied that ...", "retorted: ...") and names no
one it is said to ("replied to the union" is read by the trigger "reply to") answers the actor
the sentence before has for its main subject, when that is another actor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import Context, Rule
from kg.extract.relations.grammar import children, has_child, is_verb
from kg.extract.relations.speech import actors
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["reply"]

SAID = ("ccomp", "parataxis")  # "replied that ...", "retorted: ..."


def reply(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The subject of a verb of replying with no addressee ``communicatesWith`` the main
    subject of the sentence before."""
    if not is_verb(token) or token.lemma_.lower() not in context.lexicon.reply_verbs:
        return
    if not has_child(token, *SAID) or has_child(token, "dobj", "dative", "neg"):
        return
    if any(p.lower_ in ("to", "with") for p in children(token, "prep")):
        return  # "replied to the union": the trigger's
    start = token.sent.start
    if start == 0:
        return
    repliers = actors(context, context.subject_entities(token))
    previous = context.doc[start - 1].sent.root
    own = {k for k, _ in repliers}
    answered = [
        (k, t) for k, t in actors(context, context.subject_entities(previous)) if k not in own
    ]
    yield from context.emit(
        rule,
        repliers,
        KG.communicatesWith,
        answered,
        [token],
        context.modality(token),
        token.lemma_.lower(),
    )
