"""Components: a noun phrase that a proposal is said to include names a proposal too.

"The offer includes a one-off bonus and a review of the grading structure": the review is
one of the offer's parts, so a proposal, though "review" alone may name an inquiry
(``lex:componentHeadNoun``). The whole must be headed by a proposal noun, and the part be
the object of a verb of including (``lex:inverseTrigger``: "includes", "which contains") or
of putting forward ("the plan sets out a review of X"), or follow "including" after the
whole ("the package, including a rent freeze").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.names import head_class
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["component_class", "named_component"]

PROPOSING = (KG.introduces, KG.announces)
LIST_PRONOUNS = frozenset({"it", "this", "they"})  # "It includes:", a list of its parts
MAX_ITEMS = 15  # lines of a list read back to its colon


def component_class(token: Token, lexicon: Lexicon) -> URIRef | None:
    """``kg:Policy`` (a measure) for a component head noun put into a proposal, else None."""
    if token.lemma_.lower() not in lexicon.component_head_nouns:
        return None
    whole = _whole(token, lexicon)
    return KG.Policy if whole is not None else None


def named_component(token: Token, long_ends: Sequence[int], lexicon: Lexicon) -> bool:
    """A part put into a proposal and said with what it does or bears on ("the bill includes
    rules to strip councils of their powers", "the offer includes reform of pay scales"): one
    of that proposal's parts, not a kind ("rules", "a reform"), though bare or indefinite."""
    return bool(long_ends) and component_class(token, lexicon) is not None


def _whole(token: Token, lexicon: Lexicon) -> Token | None:
    """The proposal noun a phrase (or the list it is one item of) is put into: the subject of
    a verb of including whose object it is ("the offer includes X", "the offer, which
    includes X") or the noun "including" hangs on ("a package including X")."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    if token.dep_ == "ROOT":
        return _listed_under(token, lexicon)
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "including":
        wholes = [governor.head]
    elif token.dep_ == "dobj" and _including_or_proposing(governor, lexicon):
        verb = governor.head if governor.dep_ == "conj" else governor  # "... and sets out X"
        wholes = [c for c in (*governor.children, *verb.children) if c.dep_ == "nsubj"]
        if governor.dep_ == "relcl":  # "the offer, which includes X"
            wholes = [governor.head]
    else:
        return None
    for whole in wholes:
        cls = head_class(whole, lexicon)
        if cls is not None and core_class(cls) == KG.Proposal:
            return whole
    return None


def _including_or_proposing(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of including (``lex:inverseTrigger``) or of bringing in or setting out (a
    ``lex:trigger`` of ``kg:introduces`` or ``kg:announces``, with its particle: "sets out")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.inverse:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"] or [""]
    return any(lexicon.triggers.get((lemma, p)) in PROPOSING for p in particles)


def _listed_under(token: Token, lexicon: Lexicon) -> Token | None:
    """The whole a line of a list puts its noun into: the line (or the lines of items before
    it) comes after one that ends with a colon and says a proposal, a list ("the union's
    demands") or "it" includes what follows ("The offer includes:", "It contains:")."""
    sentence = token.sent
    for _ in range(MAX_ITEMS):
        if sentence.start == 0:
            return None
        sentence = token.doc[sentence.start - 1].sent
        if sentence.text.rstrip().endswith(":"):
            return _including_subject(sentence, lexicon)
        if sentence.root.pos_ not in ("NOUN", "PROPN"):
            return None
    return None


def _including_subject(line: Span, lexicon: Lexicon) -> Token | None:
    """The subject of a verb of including in a line, when it is headed by a proposal or list
    noun or is "it", "this" or "they"."""
    for verb in line:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.inverse:
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            cls = head_class(subject, lexicon)
            if (
                cls is not None
                and core_class(cls) == KG.Proposal
                or subject.lemma_.lower() in lexicon.list_nouns
                or subject.lower_ in LIST_PRONOUNS
            ):
                return subject
    return None
