"""Hand-built spaCy docs, so that a rule's test does not change when the statistical model does.

A doc is written as a table, one token a line: ``word tag pos dep head [lemma] [entity]``,
where ``head`` is the absolute index of the token's head (its own index for a root), a
lemma of ``-`` is the lower-cased word, and the entity is an IOB tag (``B-ORG``, ``I-ORG``;
``O`` when left out). Tokens are joined by spaces, except before punctuation and possessive
endings, after an opening bracket and around a hyphen ("Ashby-Reid")::

    doc = make_doc('''
        Mr         NNP PROPN compound 1
        Streeting  NNP PROPN nsubj    2  -  B-PERSON
        said       VBD VERB  ROOT     2  say
        .          .   PUNCT punct    2
    ''')
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import spacy
from rdflib import URIRef
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.extract.entities import ResolvedDocument, resolve_document
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions import Context, MentionSet, find_mentions, sentences_of
from kg.extract.parse import GAZETTEER_SPANS
from kg.model import Document, Mention

__all__ = ["make_doc", "document_of", "context_of", "mentions_of", "resolved_of", "mention"]

_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "'s", "’s", "'", "’", "”", "?", "!", "-"}
_NO_SPACE_AFTER = {"(", "‘", "“", "-"}


@functools.lru_cache(maxsize=1)
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


def make_doc(table: str, *, gazetteer: Sequence[tuple[int, int, URIRef, str]] = ()) -> Doc:
    """A parsed doc from a token table (see the module); ``gazetteer`` lists ``(start, end,
    class, id)`` matches for ``doc.spans["kg_gazetteer"]``."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for k, row in enumerate(rows):
        if not 0 <= int(row[4]) < len(rows):
            raise ValueError(f"token {k} ({row[0]}): head {row[4]} is no token index")
    words = [row[0] for row in rows]
    spaces = [
        not (k + 1 < len(words) and words[k + 1] in _NO_SPACE_BEFORE)
        and words[k] not in _NO_SPACE_AFTER
        for k in range(len(words))
    ]
    spaces[-1] = False
    doc = Doc(
        _vocab(),
        words=words,
        spaces=spaces,
        tags=[row[1] for row in rows],
        pos=[row[2] for row in rows],
        deps=[row[3] for row in rows],
        heads=[int(row[4]) for row in rows],
        lemmas=[row[5] if len(row) > 5 and row[5] != "-" else row[0].lower() for row in rows],
        ents=[row[6] if len(row) > 6 else "O" for row in rows],
    )
    doc.spans[GAZETTEER_SPANS] = [
        Span(doc, start, end, label=str(cls), span_id=entry) for start, end, cls, entry in gazetteer
    ]
    return doc


def document_of(doc: Doc, *, body_end: int | None = None) -> Document:
    """The source document whose text the doc is (all of it article text unless ``body_end``)."""
    end = len(doc.text) if body_end is None else body_end
    return Document("t", "t.txt", doc.text, "", end)


def context_of(
    doc: Doc, *, lexicon: Lexicon | None = None, include_comments: bool = False
) -> Context:
    """What mention sources read about a hand-built doc."""
    document = document_of(doc)
    return Context(
        doc, document, sentences_of(document, doc), lexicon or load_lexicon(), include_comments
    )


def mentions_of(doc: Doc) -> MentionSet:
    """Every mention of a hand-built doc."""
    document = document_of(doc)
    return find_mentions(doc, document, sentences_of(document, doc), load_lexicon())


def resolved_of(doc: Doc) -> ResolvedDocument:
    """The entities of a hand-built doc (no gazetteer)."""
    return resolve_document(mentions_of(doc), doc, document_of(doc), load_lexicon())


def mention(
    text: str,
    type_: URIRef,
    method: str,
    *,
    start: int = 0,
    sentence: int = 0,
    token_start: int = 0,
    gazetteer_id: str | None = None,
    is_role: bool = False,
    head: str = "",
) -> Mention:
    """A mention made by hand, one token per word: for sieve passes that read no doc."""
    return Mention(
        doc_id="t",
        start=start,
        end=start + len(text),
        text=text,
        type=type_,
        sentence=sentence,
        method=method,
        confidence=0.5,
        gazetteer_id=gazetteer_id,
        is_role=is_role,
        token_start=token_start,
        token_end=token_start + len(text.split()),
        head=head or text.split()[-1].lower(),
    )
