"""Direct quotations and who says them, across sentences and paragraphs.

A quotation is the text between quotation marks (“…”, "…", ‘…’; an opening mark with no
closing one on its line runs to the end of the paragraph, as British news continues a quote
in the next paragraph that opens with a mark). Its speaker, in order of precedence:

1. **speech-verb**: the subject of a verb of saying (``lex:speechVerb``) outside the quoted
   words in the sentences the quotation opens or closes in: "Mr Okafor said: “…”",
   "“…,” said Jane Hale, chair of the union", "“…,” she added", "according to X";
2. **introduced**: the quotation opens a paragraph and the paragraph before ends with a
   verb of saying and a colon, or with the verb itself ("Tom Hale, the union's chair,
   said:" at the end of a line): its subject;
3. **continued**: the quotation opens a paragraph (or follows another in the same one) right
   after a quotation of a known speaker: the same speaker.

A letter reproduced in the article (a "To:" line and its addressees, then the body) is a
quotation of its author, the subject of the last "written to" before it (**letter**).

The subject names the speaker when it is an actor, or a group noun, a role or a document
whose possessor, modifier or "for"/"of"/"from" complement is one ("a spokesperson for the
department", "the union's letter").

Example:
    >>> [span for span in quoted_spans("He said: “We will act now on pay.” Then left.")]
    [(10, 33)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.coordination import premodifier_conjuncts
from kg.extract.entities.resolved import Quotation, ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import head_indices, text_of, tokens_of
from kg.model import Document
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Quotation", "according_to", "find_quotations", "quoted_spans", "speakers_of_verb"]

_DOUBLE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = re.compile(r"’(?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)
_OPENING_MARKS = "‘“\"'"
_TO_LINE = re.compile(r"^To: .*$", re.MULTILINE)
_ACTORS = (KG.Person, KG.Organisation)
# a subject that is no actor may stand for one: "a spokesperson for the department"
_STANDS_FOR = ("for", "of", "from", "at")
# clauses that share their subject with the verb they hang on: "…, adding: “…”"
_SHARING = ("xcomp", "conj", "advcl")


def quoted_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the words inside each quotation of ``text`` (marks excluded)."""
    for match in _DOUBLE.finditer(text):
        inner_end = (
            match.end() - 1
            if match.group().endswith(("”", '"')) and match.end() - match.start() > 1
            else match.end()
        )
        yield match.start() + 1, inner_end
    position = 0
    while True:
        start = text.find(_SINGLE_OPEN, position)
        if start < 0:
            return
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        close = _SINGLE_CLOSE.search(text, start + 1, line_end)
        end = close.start() if close else line_end
        yield start + 1, end
        position = (close.end() if close else line_end) or start + 1


def find_quotations(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> list[Quotation]:
    """Every quotation of a document in order, with its speaker (see the module)."""
    text = document.text
    spans = sorted(set(quoted_spans(text)))
    layout = _Layout(text, spacy_doc, spans)
    quotations: list[Quotation] = []
    previous: Quotation | None = None
    for start, end in spans:
        speakers = _said_in(resolved, layout, lexicon, start, end)
        method = "speech-verb"
        if not speakers:
            speakers, method = _introduced(resolved, layout, lexicon, start, previous)
        speaker = speakers[0] if speakers else None
        quotation = Quotation(start, end, speaker, method if speaker else "unattributed", speakers)
        quotations.append(quotation)
        if speaker is not None:
            previous = quotation
    return quotations + _letters(resolved, layout, lexicon, document)


def _letters(
    resolved: ResolvedDocument, layout: _Layout, lexicon: Lexicon, document: Document
) -> list[Quotation]:
    """A letter reproduced in the article: a "To:" line, then lines naming its addressees, then
    its body to the end of the article. Its author is the subject of the last verb of writing
    to someone before it ("The College has written to the DHSC ..."): "I" and "we" in the
    body are the author's."""
    text = layout.text
    found: list[Quotation] = []
    for match in _TO_LINE.finditer(text, 0, document.body_end):
        lines = [(match.start(), match.end())]
        position = match.end() + 1
        while position < document.body_end:
            end = text.find("\n", position)
            end = document.body_end if end < 0 else min(end, document.body_end)
            if not _names_an_addressee(resolved, layout, position, end):
                break
            lines.append((position, end))
            position = end + 1
        author = _letter_author(resolved, layout, lexicon, match.start())
        if author is not None and position < document.body_end:
            found.append(
                Quotation(position, document.body_end, author, "letter", (author,), tuple(lines))
            )
    return found


def _names_an_addressee(resolved: ResolvedDocument, layout: _Layout, start: int, end: int) -> bool:
    """A line of a "To:" block: it opens with an actor's name and is no sentence."""
    line = layout.text[start:end].strip()
    k = bisect.bisect_left(layout.token_starts, start)
    if not line or line.endswith((".", "?", "!")) or k >= len(layout.tokens):
        return False
    return resolved.entity_for_token(k, _ACTORS) is not None


def _letter_author(
    resolved: ResolvedDocument, layout: _Layout, lexicon: Lexicon, before: int
) -> str | None:
    """The subject of the last verb of writing to someone before ``before``."""
    last = bisect.bisect_left(layout.token_starts, before)
    for token in reversed(layout.tokens[:last]):
        if _is_speech_verb(token, lexicon) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in token.children
        ):
            keys = speakers_of_verb(resolved, token)
            if keys:
                return keys[0]
    return None


class _Layout:
    """Where the sentences, paragraphs and quoted words of a document are."""

    def __init__(self, text: str, spacy_doc: Doc, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokens_of(spacy_doc)
        self.token_starts = [t.idx for t in self.tokens]
        whole = text_of(spacy_doc)  # a span's text read from it: no Token made per word
        self.sents: list[Span] = [
            s for s in spacy_doc.sents if whole[s.start_char : s.end_char].strip()
        ]
        self.sent_starts = [s.start_char for s in self.sents]
        self.breaks = [i for i, c in enumerate(text) if c == "\n"]
        self.spans = spans
        self.span_starts = [s for s, _ in spans]

    def paragraph(self, char: int) -> int:
        return bisect.bisect_left(self.breaks, char)

    def sentence(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def quoted(self, char: int) -> bool:
        """True when ``char`` lies inside quoted words."""
        k = bisect.bisect_right(self.span_starts, char) - 1
        return k >= 0 and self.spans[k][0] <= char < self.spans[k][1]

    def opens_paragraph(self, start: int) -> bool:
        """True when only a quotation mark and spaces stand before ``start`` on its line."""
        line_start = self.text.rfind("\n", 0, start) + 1
        return not self.text[line_start:start].strip(_OPENING_MARKS + " \t")


def _said_in(
    resolved: ResolvedDocument, layout: _Layout, lexicon: Lexicon, start: int, end: int
) -> tuple[str, ...]:
    """The subject of the verb of saying nearest the quotation, outside any quoted words, in the
    sentences it opens and closes in, and bound to the quoted words in the parse (one governs
    the other): "promising" in "a settlement promising growth and called “fair”" says
    nothing of the quote."""
    first = layout.sentence(start)
    last = layout.sentence(max(start, end - 1))
    best: tuple[int, tuple[str, ...]] | None = None
    for sent in layout.sents[first : last + 1]:
        tokens = layout.tokens[sent.start : sent.end]
        quoted = {t.i for t in tokens if start <= t.idx < end}
        governing: set[int] | None = None  # what governs the quoted words: asked for rarely
        for token in tokens:
            if token.i in quoted or layout.quoted(token.idx):
                continue
            according = according_to(resolved, token)
            keys: tuple[str, ...] = (according,) if according else ()
            if not keys and _is_speech_verb(token, lexicon):
                if governing is None:
                    governing = _governing(layout.tokens, quoted)
                if _bound(token, quoted, governing):
                    keys = speakers_of_verb(resolved, token)
            if not keys:
                continue
            distance = min(abs(token.idx - start), abs(token.idx - end))
            if best is None or distance < best[0]:
                best = (distance, keys)
    return best[1] if best else ()


def _governing(tokens: Sequence[Token], quoted: set[int]) -> set[int]:
    """The indices of every token above a quoted one in the parse: each path up stops where
    an earlier one already went, so shared heads are walked once."""
    governing: set[int] = set()
    heads = head_indices(tokens[0].doc) if tokens else []
    for i in quoted:
        k = i
        while heads[k] != k and heads[k] not in governing:
            k = heads[k]
            governing.add(k)
    return governing


def _bound(verb: Token, quoted: set[int], governing: set[int]) -> bool:
    """True when the verb governs quoted words ("she said: “…”") or hangs on them ("“…,” she
    said" parsed as a clause of the quote)."""
    return verb.i in governing or any(a.i in quoted for a in verb.ancestors)


def _introduced(
    resolved: ResolvedDocument,
    layout: _Layout,
    lexicon: Lexicon,
    start: int,
    previous: Quotation | None,
) -> tuple[tuple[str, ...], str]:
    """A quotation with no verb of its own: introduced by the line before ("X said:"), or
    continuing the quotation just before it."""
    paragraph = layout.paragraph(start)
    opens = layout.opens_paragraph(start)
    if opens and paragraph > 0:
        line_end = layout.breaks[paragraph - 1]
        line_start = layout.text.rfind("\n", 0, line_end) + 1
        line = layout.text[line_start:line_end].rstrip()
        if line and not layout.quoted(line_start + len(line) - 1):
            keys = _introducer(resolved, layout, lexicon, line_start + len(line) - 1)
            if keys:
                return keys, "introduced"
    if previous is not None:
        previous_paragraph = layout.paragraph(previous.start)
        if (opens and paragraph - previous_paragraph <= 1) or paragraph == previous_paragraph:
            return previous.speakers, "continued"
    return (), "unattributed"


def _introducer(
    resolved: ResolvedDocument, layout: _Layout, lexicon: Lexicon, last_char: int
) -> tuple[str, ...]:
    """The speaker a line ending at ``last_char`` introduces: it ends with a colon or a
    semicolon after a verb of saying, or with the verb itself ("She said")."""
    tokens = layout.tokens
    k = bisect.bisect_right(layout.token_starts, last_char) - 1
    if k < 0:
        return ()
    closing = tokens[k]
    if closing.text in (":", ";"):
        k -= 1
    elif not _is_speech_verb(closing, lexicon):
        return ()
    sent = closing.sent
    for token in reversed(tokens[sent.start : k + 1]):
        if _is_speech_verb(token, lexicon) and not layout.quoted(token.idx):
            return speakers_of_verb(resolved, token)
    return ()


def _is_speech_verb(token: Token, lexicon: Lexicon) -> bool:
    return token.lemma_ in lexicon.speech_verbs and token.pos_ in ("VERB", "AUX")


def speakers_of_verb(resolved: ResolvedDocument, verb: Token) -> tuple[str, ...]:
    """The actors a verb of saying has as its subject: "Dr Hale said", "Dr Hale and Dr Lowe
    said" (both), "a spokesperson for the union said", "the union's letter said", "…, adding"
    (the subject of the verb it hangs on)."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            keys = [_actor(resolved, t) for t in _coordinated(subjects[0])]
            keys += _hidden_speakers(resolved, subjects[0])
            return tuple(dict.fromkeys(k for k in keys if k is not None))
        if current.dep_ not in _SHARING or current.head is current:
            break
        current = current.head
    return ()


def _coordinated(token: Token) -> list[Token]:
    """A subject and the subjects coordinated with it ("Dr Hale and Dr Lowe")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_coordinated(child))
    return found


def _hidden_speakers(resolved: ResolvedDocument, subject: Token) -> list[str]:
    """Speakers the parser hung inside the subject's premodifiers, joined to it by "and"
    ("chief executive Ann Lowe and chair Tom Hart said": Lowe too), of the subject's own kind
    (:func:`kg.extract.coordination.premodifier_conjuncts`)."""
    for kind in _ACTORS:
        if resolved.entity_for_token(subject.i, (kind,)) is not None:
            return [
                key
                for name in premodifier_conjuncts(subject)
                if (key := resolved.entity_for_token(name.i, (kind,))) is not None
            ]
    return []


def according_to(resolved: ResolvedDocument, token: Token) -> str | None:
    """The actor of "according to X" when ``token`` is "according"."""
    if token.lower_ != "according":
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _actor(resolved, pobj)
    return None


def _actor(resolved: ResolvedDocument, subject: Token) -> str | None:
    """The actor a subject names, or stands for (its possessor, modifier or complement)."""
    key = resolved.entity_for_token(subject.i, _ACTORS)
    if key is not None:
        return key
    for child in subject.children:
        if child.dep_ in ("poss", "compound", "appos"):
            key = resolved.entity_for_token(child.i, _ACTORS)
        elif child.dep_ == "prep" and child.lower_ in _STANDS_FOR:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            key = resolved.entity_for_token(objects[0].i, _ACTORS) if objects else None
        if key is not None:
            return key
    return None
