"""Labels: an actor called a bad name is criticised (stance29).

"Unite branded the minister reckless", "the union called the council a shambles", "the GMB
described the board as a failure": a verb of labelling (``lex:labelVerb``) says what its
object is by a second complement, as a copula does ("the council is a shambles",
:mod:`~kg.extract.relations.censure`). When the label is a word of disapproval
(``lex:disapprovalWord``) and the object an actor, the labeller ``criticises`` the actor, and
the annotation conventions count public criticism as communication. The same label on a
proposal is a stance on it (:mod:`~kg.extract.relations.appraisals`); a label on an actor's
possession ("called the council's plan a shambles") labels the possession, not the actor.

The parser hangs the label in several ways ("a shambles" an ``oprd``, "as a failure" a
preposition, "the minister reckless" a small clause or the adjective as the object with the
name a compound of it), so the label is read as the words after the object in the verb's
own clause, the first of them a word of the verdict lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Rule
from kg.extract.relations.grammar import children, has_child, is_verb
from kg.extract.relations.speech import actors
from kg.extract.relations.verdicts import verdict_word
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["labelled_actor"]

LABEL_SPAN = 6  # words after the object read as its label ("as a complete and utter failure")
CLAUSES = ("relcl", "acl", "advcl", "conj", "ccomp", "xcomp")  # other clauses: no label of it


def labelled_actor(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The subject of a verb of labelling ``criticises`` the actor it gives a label of
    disapproval: "branded the minister reckless", "described the board as a failure"."""
    if not is_verb(token) or token.lemma_.lower() not in context.lexicon.label_verbs:
        return
    if has_child(token, "neg"):
        return
    for labelled, after in _objects(context, token):
        if _label_disapproves(context, token, after):
            labellers = actors(context, context.subject_entities(token))
            own = {k for k, _ in labellers}
            judged = [
                (k, t)
                for k, t in context.object_entities([labelled], ACTORS, search=False)
                if k not in own
            ]
            yield from context.emit(
                rule,
                labellers,
                KG.criticises,
                judged,
                [token],
                context.modality(token),
                f"{token.lemma_.lower()} as",
            )


def _objects(context: Context, verb: Token) -> list[tuple[Token, int]]:
    """What the verb labels, each with where its label may start: its object ("the
    council" of "called the council a shambles"), the subject of a small clause ("branded
    [the minister reckless]"), or the name the parser made a compound of the label it read as
    the object ("reckless" the object, "minister" its compound)."""
    found: list[tuple[Token, int]] = []
    for obj in children(verb, "dobj"):
        if verdict_word(context, obj) is not None:
            found += [(c, obj.i) for c in children(obj, "compound")[-1:]]
        else:
            found.append((obj, obj.right_edge.i + 1))
    for clause in children(verb, "ccomp"):
        found += [(s, s.right_edge.i + 1) for s in children(clause, "nsubj")]
    return found


def _label_disapproves(context: Context, verb: Token, start: int) -> bool:
    """True when the first word of the verdict lexicon among the few words from ``start`` in
    the verb's own clause is one of disapproval."""
    doc = verb.doc
    for word in doc[start : min(start + LABEL_SPAN, verb.right_edge.i + 1)]:
        if word.is_sent_start or _in_other_clause(word, verb):
            return False
        verdict = verdict_word(context, word)
        if verdict is not None:
            return verdict is False
    return False


def _in_other_clause(word: Token, verb: Token) -> bool:
    """True for a word inside a clause of its own under the verb ("... a shambles, which")."""
    current = word
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ == "relcl" or (current.dep_ in CLAUSES and current.head.i != verb.i):
            return True
        current = current.head
    return current.i != verb.i
