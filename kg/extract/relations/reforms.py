"""Reforms: doing to X what a named reform of X does proposes that reform.

"The Government will abolish NHSE" → the Government ``proposes`` "NHSE abolition" when the
article names that reform as a thing of its own, by its head noun ("the NHSE abolition",
``lex:reformNoun``) or inside a proposal ("the decision to abolish NHSE"). The verbs are
``lex:reformVerb``; "he announced that NHSE will be abolished" takes the speaker as subject.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.parse import lemmas_of
from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["named_reforms", "reform"]


def reform(context: Context, doc: Doc, rule: Rule[Doc]) -> Iterator[Relation]:
    """Whoever reforms, abolishes, scraps ... something with a named reform proposes it."""
    reforms = named_reforms(context)
    if not reforms:
        return
    lexicon = context.lexicon
    lemmas, tags = lemmas_of(context.doc), context.pos_tags
    for verb in context.tokens:
        if lemmas[verb.i] not in lexicon.reform_verbs or tags[verb.i] != "VERB":
            continue
        subjects = context.subject_entities(verb)
        if not subjects and verb.dep_ == "ccomp" and verb.head.lemma_ in lexicon.speech_verbs:
            subjects = context.subject_entities(verb.head)
        for obj_key, obj_token in context.object_entities(
            children(verb, "dobj", "nsubjpass"), PROPOSALS + (KG.Organisation,), search=False
        ):
            if obj_key not in reforms:
                continue
            for subject, subject_token in subjects:
                relation = context.relation(
                    rule,
                    subject,
                    KG.proposes,
                    reforms[obj_key],
                    [subject_token, verb, obj_token],
                    context.modality(verb),
                    verb.lemma_,
                )
                if relation is not None:
                    yield relation


def named_reforms(context: Context) -> dict[str, str]:
    """What is reformed → the named reform of it: "the NHSE abolition" (a reform noun after
    a proposal or organisation), "the decision to abolish NHSE" (a proposal whose phrase
    reforms it); the first reform named wins."""
    resolved, lexicon = context.resolved, context.lexicon
    found: dict[str, str] = {}
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None or m.head not in lexicon.reform_nouns:
            continue
        for t in range(m.token_start, m.token_end - 1):
            for inner in sorted(resolved.entities_at(t) - {key}):
                if context.core(inner) in (KG.Proposal, KG.Organisation):
                    found.setdefault(inner, key)
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None or context.core(key) is not KG.Proposal:  # core classes are one object
            continue
        for verb in context.tokens[m.token_start : m.token_end]:
            if verb.lemma_.lower() in lexicon.reform_verbs and verb.pos_ == "VERB":
                for obj in children(verb, "dobj"):
                    for inner in sorted(resolved.entities_at(obj.i) - {key}):
                        found.setdefault(inner, key)
    return found
