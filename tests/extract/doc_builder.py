'''Hand-built parses, so that a rule's test does not change when the statistical model does.

One token a line: ``word POS dep head [lemma] [tag] [entity]``, ``head`` the index of the
head token (the root is its own head), as in spaCy's ``Doc(vocab, words=..., heads=...,
deps=...)``. A lemma or tag of ``-`` (or none) is the default: the word for a proper noun,
else the lower-cased word; no tag. ``entity`` is an IOB tag (``B-ORG``, ``I-ORG``; ``O``
when left out) for the statistical entities. Tokens are joined by spaces, except before
punctuation and possessive endings, after an opening bracket and around a hyphen.

Two levels:

* :func:`make_doc` gives the ``Doc`` alone, for mention sources and the resolution sieve
  (:func:`mentions_of`, :func:`resolved_of`, :func:`context_of`; :func:`mention` makes a
  mention by hand for passes that read no doc);
* :func:`build` gives the ``Doc`` with its entities named by hand, for relation rules::

    parsed = build(
        """
        Okafor PROPN nsubj 1
        wrote  VERB  ROOT  1  write
        to     ADP   prep  1
        Hale   PROPN pobj  2
        .      PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Hale", KG.Person)],
    )
    parsed.relations("verb")  # what the rule called "verb" finds

``names`` are the entities: the words of each name (a name given twice is its first and
second occurrence), its class, and optionally its entity key (the text by default; names
sharing a key are one entity) and the method that found it. ``roles`` are role phrases with
their holder's and organisation's keys; ``pronouns`` map a token index to the entity it
refers to. ``gazetteer`` lists background entries (``GazetteerEntry``); a name whose key is
an entry's id is that entry's entity. ``facts`` gives the ``(subject, predicate, object)`` of
relations.
'''

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from rdflib import URIRef
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.extract.entities import ResolvedDocument, resolve_document
from kg.extract.entities.quotations import Quotation
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions import Context as MentionContext
from kg.extract.mentions import MentionSet, RoleLink, find_mentions, sentences_of
from kg.extract.parse import GAZETTEER_SPANS
from kg.extract.relations import find_relations
from kg.extract.relations.core import Context, Pass, run
from kg.extract.relations.registry import RULES, select
from kg.model import Document, Entity, Mention, Relation, Sentence
from kg.rdf.namespaces import KG

__all__ = [
    "Name",
    "Parsed",
    "build",
    "context_of",
    "document_of",
    "facts",
    "make_doc",
    "mention",
    "mentions_of",
    "resolved_of",
]


@dataclass(frozen=True)
class Name:
    """A phrase naming an entity: its words, class, entity key (default: the words) and the
    method that found it (the structure rules tell noun phrases from names)."""

    text: str
    type: URIRef
    key: str = ""
    method: str = "ner"


@dataclass(frozen=True)
class Parsed:
    """A hand-built parse with its entities, ready for the relation rules."""

    doc: Doc
    document: Document
    sentences: list[Sentence]
    resolved: ResolvedDocument
    lexicon: Lexicon
    gazetteer: Mapping[str, GazetteerEntry]

    def context(self) -> Context:
        return Context.of(
            self.doc, self.document, self.sentences, self.resolved, self.lexicon, self.gazetteer
        )

    def relations(self, *names: str, passes: Sequence[Pass[Any]] | None = None) -> list[Relation]:
        """What the rules called ``names`` find (or every rule of ``passes``), in table order,
        before de-duplication."""
        chosen = tuple(passes) if passes is not None else select(names, RULES)
        return list(run(self.context(), chosen))

    def find(self, *, include_comments: bool = False) -> list[Relation]:
        """What ``find_relations`` returns: every rule, de-duplicated."""
        return find_relations(
            self.doc,
            self.document,
            self.sentences,
            self.resolved,
            self.lexicon,
            include_comments=include_comments,
            gazetteer=self.gazetteer,
        )

    def token(self, word: str) -> Token:
        """The first token spelt ``word``."""
        return next(t for t in self.doc if t.text == word)


def facts(relations: Collection[Relation]) -> set[tuple[str, URIRef, str]]:
    """``(subject, predicate, object)`` of each relation."""
    return {(r.subject, r.predicate, r.object) for r in relations}


@functools.cache
def vocab() -> Vocab:
    return spacy.blank("en").vocab


def build(
    rows: str,
    *,
    names: Sequence[Name | tuple[str, URIRef] | tuple[str, URIRef, str]] = (),
    roles: Sequence[tuple[str, str, str | None]] = (),
    pronouns: Mapping[int, str] | None = None,
    lexicon: Lexicon | None = None,
    gazetteer: Sequence[GazetteerEntry] = (),
) -> Parsed:
    """The parse of ``rows`` (``word POS dep head [lemma] [tag]`` a line) with its entities."""
    lexicon = lexicon or load_lexicon()
    entries = {entry.id: entry for entry in gazetteer}
    doc = make_doc(rows)
    document = Document("t", "t.txt", doc.text, doc.text.split("\n")[0], len(doc.text))
    sentences = sentences_of(document, doc)
    resolved = ResolvedDocument()
    taken: set[tuple[str, int]] = set()
    for spec in names:
        name = spec if isinstance(spec, Name) else Name(*spec)
        start, end = _find(doc, name.text, taken)
        key = name.key or name.text
        _add(resolved, doc, sentences, start, end, name.type, key, name.method, entries)
    for phrase, holder, organisation in roles:
        start, end = _find(doc, phrase, taken)
        index = _add(resolved, doc, sentences, start, end, KG.Person, holder, "role", is_role=True)
        role = next(
            r
            for n in range(end - start, 0, -1)
            if (r := lexicon.role(doc[end - n : end].text)) is not None
        )
        holder_name = next(
            (
                k
                for k, m in enumerate(resolved.mentions)
                if resolved.mention_entity[k] == holder and not m.is_role
            ),
            None,
        )
        link = RoleLink(index, role, holder_name, None)
        resolved.roles.append((link, holder, organisation))
    resolved.pronouns.update(pronouns or {})
    resolved.index_tokens()
    return Parsed(doc, document, sentences, resolved, lexicon, entries)


_SPEAKER = """
    Ferris PROPN nsubj 1
    spoke  VERB  ROOT  1 speak
    .      PUNCT punct 1
"""


def spoken_by_ferris(rows: str, *names: tuple[str, URIRef]) -> Parsed:
    """The parse of "Ferris spoke." and then ``rows`` (heads counted from the rows' first
    token), its words from the opening mark to the closing one quoted by Ferris."""
    shifted = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + 3), *rest]))
    parsed = build(_SPEAKER + "\n".join(shifted), names=[("Ferris", KG.Person), *names])
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), "Ferris", "continued", ("Ferris",))
    ]
    return parsed


_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "'s", "’s", "'", "’", "”", "?", "!", "-"}
_NO_SPACE_AFTER = {"(", "‘", "“", "-"}


def make_doc(rows: str, *, gazetteer: Sequence[tuple[int, int, URIRef, str]] = ()) -> Doc:
    """The parse of ``rows`` (see the module); ``gazetteer`` lists ``(start, end, class, id)``
    matches for ``doc.spans["kg_gazetteer"]``."""
    table = [line.split() for line in rows.strip().splitlines() if line.strip()]
    for k, row in enumerate(table):
        if not 0 <= int(row[3]) < len(table):
            raise ValueError(f"token {k} ({row[0]}): head {row[3]} is not a token index")
    words = [row[0] for row in table]
    spaces = [
        not (k + 1 < len(words) and words[k + 1] in _NO_SPACE_BEFORE)
        and words[k] not in _NO_SPACE_AFTER
        for k in range(len(words))
    ]
    spaces[-1] = False
    doc = Doc(
        vocab(),
        words=words,
        spaces=spaces,
        pos=[row[1] for row in table],
        deps=[row[2] for row in table],
        heads=[int(row[3]) for row in table],
        lemmas=[_given(row, 4) or _lemma(row[0], row[1]) for row in table],
        tags=[_given(row, 5) for row in table],
        ents=[row[6] if len(row) > 6 else "O" for row in table],
    )
    doc.spans[GAZETTEER_SPANS] = [
        Span(doc, start, end, label=str(cls), span_id=entry) for start, end, cls, entry in gazetteer
    ]
    return doc


def _given(row: list[str], k: int) -> str:
    return row[k] if len(row) > k and row[k] != "-" else ""


def _lemma(word: str, pos: str) -> str:
    return word if pos == "PROPN" else word.lower()


def _find(doc: Doc, text: str, taken: set[tuple[str, int]]) -> tuple[int, int]:
    """The first occurrence of ``text``'s words not taken by an earlier name of that text."""
    words = text.split()
    for start in range(len(doc) - len(words) + 1):
        if (text, start) in taken or [t.text for t in doc[start : start + len(words)]] != words:
            continue
        taken.add((text, start))
        return start, start + len(words)
    raise ValueError(f"{text!r} is not in the parse (or every occurrence is taken)")


def _add(
    resolved: ResolvedDocument,
    doc: Doc,
    sentences: list[Sentence],
    start: int,
    end: int,
    type_: URIRef,
    key: str,
    method: str,
    gazetteer: Mapping[str, GazetteerEntry] | None = None,
    *,
    is_role: bool = False,
) -> int:
    """Add a mention of entity ``key`` (made on first sight) over tokens ``start:end``."""
    span = doc[start:end]
    sentence = next(s.index for s in sentences if s.start <= span.start_char < s.end)
    mention = Mention(
        "t",
        span.start_char,
        span.end_char,
        span.text,
        type_,
        sentence,
        method,
        1.0,
        is_role=is_role,
        token_start=start,
        token_end=end,
        head=span.root.lemma_.lower(),
    )
    if key not in resolved.by_key:
        entry_id = key if gazetteer and key in gazetteer else None
        entity = Entity(key, key, type_, gazetteer_id=entry_id)
        resolved.entities.append(entity)
        resolved.by_key[key] = entity
    resolved.mentions.append(mention)
    resolved.mention_entity.append(key)
    return len(resolved.mentions) - 1


# -- mention sources and the resolution sieve ------------------------------------------------


def document_of(doc: Doc, *, body_end: int | None = None) -> Document:
    """The source document whose text the doc is (all of it article text unless ``body_end``)."""
    end = len(doc.text) if body_end is None else body_end
    return Document("t", "t.txt", doc.text, "", end)


def context_of(
    doc: Doc, *, lexicon: Lexicon | None = None, include_comments: bool = False
) -> MentionContext:
    """What mention sources read about a hand-built doc."""
    document = document_of(doc)
    return MentionContext(
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
