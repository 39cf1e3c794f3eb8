"""spaCy's statistical entities, cleaned.

Honorifics are kept in the span ("Dr Bramall"), leading articles and possessive endings
dropped; names the model cut in two are joined and names with a possessive inside are
split; false persons ("Easter recess") and places are dropped; organisations are typed by
the words in their names (``lex:nameWord``) or as proposals by their head noun.

Example: in "Mind, the mental health charity, said so." the model's PERSON "Mind" is an
organisation (a name in apposition with a kind of organisation).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.acronyms import defined_term_pairs
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.generic_heads import numbered_provision
from kg.extract.mentions.lone_words import lone_word_opening_a_sentence, word_of_a_name_before
from kg.extract.mentions.model_entities import (
    constituency_name,
    ends_in_a_joining_word,
    mended,
    seat_letters,
)
from kg.extract.mentions.names import (
    DETERMINERS,
    NER_TYPES,
    QUOTES,
    acronym_core,
    event_name_class,
    head_class,
    model_entity_class,
    name_class,
    named_after_an_article,
    policy_name,
    times_written,
    trim,
    with_honorific,
)
from kg.extract.mentions.plan_names import government_of_a_plan
from kg.extract.mentions.role_phrases import inside_role_title
from kg.extract.mentions.titled_names import inside_a_titled_name
from kg.extract.parse import ents_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "NER_TYPES",
    "statistical_entities",
    "organisation_by_apposition",
]


#: labels of things kg keeps none of that the model also gives people's names
MISREAD_HOLDERS = frozenset({"PRODUCT", "WORK_OF_ART"})


def statistical_entities(context: Context, earlier: Sequence[Candidate]) -> Iterator[Candidate]:
    """The model's entities of the kinds kg keeps, cleaned and typed.

    A one-word name after "the" that is a word of an organisation named before ("the Guild"
    after "the Guild of Ferry Pilots") is a description of it, not a new name.
    """
    organisation_words: dict[str, int] = {}  # a word of an organisation's name -> where it was seen
    for c in earlier:
        if core_class(c.type) == KG.Organisation and len(c.span) > 1:
            for t in c.span:
                organisation_words.setdefault(t.lower_, t.i)
    listed = {(c.span.start, c.span.end) for c in earlier if c.method == "gazetteer"}
    ents = _model_entities(context, listed)
    longer_names = _names_of_several_words(ents)
    terms, term_shorts = _defined_terms(context)
    name_words = {t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    bodies = _bodies_by_apposition(ents, context.lexicon)
    for ent in ents:
        type_ = model_entity_class(ent, context.lexicon) or _holder_misread(context, ent)
        if type_ is None or any(t.start <= ent.start and ent.end <= t.end for t in terms):
            continue  # "National Insurance" in "National Insurance contributions (NICs)"
        span = trim(ent)
        if span is None:
            continue
        if len(span) == 1 and {span.text, acronym_core(span.text)} & term_shorts:
            continue  # "HFSS" of "foods high in fat, salt and sugar (HFSS)"; "PCCs" (holders)
        text = context.document.text
        if span.end_char <= context.title_end and times_written(text, span.text) < 2:
            continue  # in a Title Case Headline every word looks like a name
        if word_of_a_name_before(span, organisation_words):
            # "the AGM" after "the Guild AGM": the meeting, described by its kind's word
            kind = context.lexicon.head_nouns.get(span[0].lower_, KG.Organisation)
            found = context.candidate(span, kind, "description", head=span[0].lower_)
            if found is not None:
                yield found
            continue
        if type_ == KG.Place and not _plausible_place(span, context.lexicon):
            continue
        if type_ == KG.Policy and numbered_provision(span, context.lexicon):
            continue  # "Section 21": a part of a law in force, no proposal
        if type_ == KG.Event and (type_ := event_name_class(span, context.lexicon)) is None:
            continue
        span = _longer_name_seen(span, longer_names)
        type_ = _retyped(context, span, type_)
        if type_ == KG.Person and lone_word_opening_a_sentence(context, span, name_words):
            continue
        if type_ == KG.Person:
            span = with_honorific(span, context.lexicon)
        found, keep = _typed_candidate(context, span, type_, span.text in bodies)
        if not keep:
            continue
        if found is not None:
            yield found
        if type_ == KG.Organisation:
            for t in span:
                organisation_words.setdefault(t.lower_, t.i)


def _names_of_several_words(ents: Sequence[Span]) -> set[tuple[str, ...]]:
    """The words of each cleaned model name of two words or more."""
    return {tuple(t.text for t in cut) for ent in ents if (cut := trim(ent)) and len(cut) > 1}


def _bodies_by_apposition(ents: Sequence[Span], lexicon: Lexicon) -> set[str]:
    """The names the model reads as organisations that are set beside a kind of body somewhere
    in the text ("Stop Port Expansion, a campaign group,"): bodies wherever they are named."""
    return {
        trimmed.text
        for ent in ents
        if ent.label_ == "ORG"
        and (trimmed := trim(ent)) is not None
        and organisation_by_apposition(trimmed, lexicon)
    }


def _model_entities(context: Context, listed: set[tuple[int, int]]) -> list[Span]:
    """The model's entities, mended (:func:`~kg.extract.mentions.model_entities.mended`)."""
    return mended(ents_of(context.doc), context.lexicon, listed)


def _defined_terms(context: Context) -> tuple[list[Span], set[str]]:
    """The long forms of the acronyms defined for terms or for the holders of a post, and their
    short forms without a plural "s" ("PCC" of "Police and Crime Commissioners (PCC)"), with
    the short forms of terms in brackets (:attr:`Context.term_acronyms`)."""
    pairs = defined_term_pairs(context)
    shorts = {acronym_core(short.text) for _, short in pairs} | context.term_acronyms
    return [long for long, _ in pairs], shorts


def _longer_name_seen(span: Span, names: set[tuple[str, ...]]) -> Span:
    """The span widened to the left to a longer name the model found elsewhere in the article
    ("Change" in "Agenda for Change band" when "Agenda for Change" was found)."""
    doc = span.doc
    for name in names:
        n = len(name) - len(span)
        if (
            n > 0
            and span.start >= n
            and name[n:] == tuple(t.text for t in span)
            and tuple(t.text for t in doc[span.start - n : span.start]) == name[:n]
        ):
            return doc[span.start - n : span.end]
    return span


def _retyped(context: Context, span: Span, type_: URIRef) -> URIRef:
    """The model's class, corrected: "Priya Sandhu" read as an organisation is a person when
    "Ms Sandhu" follows; "Mind, the mental health charity," is an organisation."""
    lexicon = context.lexicon
    if policy_name(span, lexicon):
        return KG.Policy  # "the Winter Fuel Allowance", "Pension Credit": a benefit or a duty
    if (
        type_ == KG.Organisation
        and 2 <= len(span) <= 3
        and span[-1].text in context.honorific_names
        and not any(lexicon.name_words.get(t.text) for t in span)
    ):
        type_ = KG.Person
    if type_ in (KG.Person, KG.Place) and organisation_by_apposition(span, lexicon):
        type_ = KG.Organisation  # "Mind, the mental health charity,"; "the regulator Ofwat"
    if type_ == KG.Organisation and _name_after_a_role(context, span):
        type_ = KG.Person  # "the union's head of policy Ida Moss said"
    if type_ == KG.Person and _organisation_of_a_role(context, span):
        type_ = KG.Organisation  # "Ida Moss, director of policy at Kindred, said"
    if type_ in (KG.Place, KG.Person) and len(span) > 1 and lexicon.name_words.get(span[-1].text):
        type_ = KG.Organisation  # "the Ferry Federation", "Northern Trains": a body's name word
    if type_ in (KG.Organisation, KG.Place) and _particle_surname(span, lexicon):
        type_ = KG.Person  # "Seán Ó Fearghaíl", "Ana de Vries": a surname with its particle
    if type_ == KG.Person and len(span) == 1 and _where_an_event_is(span[0], lexicon):
        type_ = KG.Place  # "the union's annual conference in Tullybeg"
    return type_


def _particle_surname(span: Span, lexicon: Lexicon) -> bool:
    """A first name, then a surname opened by a capitalised particle (``lex:surnameParticle``:
    "Ó", "Ní", "Mac"), with no body's name word: a person's name, whatever the model read (a
    lower-case particle may join a place's name: "Rio de Janeiro")."""
    words = list(span)
    return (
        3 <= len(words) <= 4
        and words[0].is_title
        and words[1].is_title
        and words[1].lower_ in lexicon.surname_particles
        and words[-1].is_title
        and not any(lexicon.name_words.get(t.text) for t in words)
    )


def _holder_misread(context: Context, ent: Span) -> URIRef | None:
    """A person, for a name the model reads as a thing kg keeps none of (a product, a work)
    right after a role title ("chief executive Ida Moss and chair ..."): news writing names a
    post's holder after its title, whatever the model's label."""
    if ent.label_ not in MISREAD_HOLDERS:
        return None
    span = trim(ent)
    return KG.Person if span is not None and _name_after_a_role(context, span) else None


def _where_an_event_is(token: Token, lexicon: Lexicon) -> bool:
    """A one-word name after "in" that follows an event's noun ("the conference in X", "a rally
    in X"): where the event is held, a place."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "NOUN"
        and core_class(head_class(prep.head, lexicon) or KG.Entity) == KG.Event
    )


def _organisation_of_a_role(context: Context, span: Span) -> bool:
    """A one-word name after "of" or "at" that hangs on a role title ("chief executive of
    Kindred", "director at Kindred"): where the role is held, an organisation."""
    if len(span) != 1:
        return False
    token = span[0]
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in ("of", "at")
        and preposition.head.i in context.role_title_tokens
    )


def _name_after_a_role(context: Context, span: Span) -> bool:
    """A short name of capitalised words (no acronym, no organisation word) right after a role
    title or its "of" phrase ("head of health Ida Moss", "chief executive Ida Moss"), or in
    apposition after it ("the mayor, Ida Moss,"), and not the
    object of a preposition (the role's organisation, "chief executive of Open Doors"): the
    holder of the role, a person."""
    if not 2 <= len(span) <= 3 or span.start == 0 or span.root.dep_ == "pobj":
        return False
    if any(not t.is_title or context.lexicon.name_words.get(t.text) for t in span):
        return False
    titles = context.role_title_tokens
    before = span.doc[span.start - 1]
    if before.text == "," and span.root.dep_ == "appos" and span.root.head.i == span.start - 2:
        before = span.doc[span.start - 2]  # "the city's elected mayor, Ida Moss, said"
    if before.dep_ == "pobj" and before.head.lower_ == "of":
        before = before.head.head
    return before.i in titles


def _common_word(context: Context, span: Span, type_: URIRef) -> bool:
    """A one-word "name" that is a common word: capitalised only because it opens a sentence
    or a headline ("Farmers protested ...", with "farmers" elsewhere), or, for a person, read
    as a proper noun nowhere ("'Broken' water industry"); never a word after an honorific."""
    if len(span) != 1 or span.text in context.honorific_names:
        return False
    token = span[0]
    at_start = token.is_sent_start or token.i == 0 or token.nbor(-1).is_punct
    lower = token.text.lower()
    if at_start and lower != token.text and lower in context.lowercase_words:
        return True
    lemma = token.lemma_.lower()
    if token.tag_ in ("NNS", "NNPS") and lemma != lower:
        if at_start or lemma in context.lowercase_words:
            return True  # "Farmers protest ..."; "Junior doctors and Consultants" ("consultant")
    elif token.tag_ == "NNPS" and lower.endswith("s") and lower[:-1] in context.lowercase_words:
        return True  # the tagger gives a capitalised plural no lemma: "Consultants"
    return type_ == KG.Person and token.pos_ != "PROPN" and token.text not in context.proper_nouns


def _without_post_nominals(context: Context, span: Span, type_: URIRef) -> tuple[Span, URIRef]:
    """A person's name without the letters after it: an honour or degree (``lex:postNominal``:
    "Kim Lee QC", which the model may even call an organisation) or a member's title ("Tom
    Reid MLA", a role word)."""
    lexicon = context.lexicon
    end = span.end
    doc = span.doc
    while end > span.start + 2 and (
        doc[end - 1].lower_.rstrip(".") in lexicon.post_nominals
        or seat_letters(doc[end - 1], lexicon)
        or type_ == KG.Person
        and doc[end - 1].i in context.role_title_tokens
    ):
        end -= 1
    if end == span.end:
        return span, type_
    words = doc[span.start : end]
    if type_ == KG.Organisation and not any(lexicon.name_words.get(t.text) for t in words):
        type_ = KG.Person
    return words, type_


def _typed_candidate(
    context: Context, span: Span, type_: URIRef, a_body: bool = False
) -> tuple[Candidate | None, bool]:
    """The candidate for a cleaned entity, and False when the entity is no name at all;
    ``a_body``: the name is set beside a kind of organisation somewhere in the text, so a
    proposal's head noun in it does not make it a proposal."""
    lexicon = context.lexicon
    if all(t.lower_.rstrip(".") in lexicon.post_nominals for t in span):
        return None, False  # "QC" of "Tom Black, QC, said": an honour, read as a name of its own
    span, type_ = _without_post_nominals(context, span, type_)
    if type_ in (KG.Person, KG.Organisation) and _common_word(context, span, type_):
        return None, False
    if type_ == KG.Person:
        if all(t.i in context.role_title_tokens for t in span):
            return None, False  # "Home Affairs" of "spokesperson on Justice, Home Affairs and ..."
        start = span.start
        while start < span.end - 1 and start in context.role_title_tokens:
            start += 1  # "Constable Jo Farrell" of "Chief Constable Jo Farrell": the title's words
        span = span.doc[start : span.end]
        if not _plausible_person(span, lexicon):
            return None, False
        return context.candidate(span, KG.Person, "ner"), True
    if type_ == KG.Organisation:
        holder = _holder_after_a_title(context, span)
        if holder is not None:
            return context.candidate(holder, KG.Person, "ner"), True
        end = span.end
        while end > span.start + 1 and span.doc[end - 1].i in context.role_title_tokens:
            end -= 1  # "EIS General" of "EIS General Secretary": the union, not the title
        named_after_a_post = ends_in_a_joining_word(span.doc[span.start : end])
        if not named_after_a_post:  # "the Office of the Deputy Prime Minister" is whole
            span = span.doc[span.start : end]
        if (
            not _plausible_organisation(span, lexicon)
            or not named_after_a_post
            and inside_role_title(span, context.role_title_tokens)
            or _quoted(span)
        ):
            return None, False
        head = _head_before_a_year(span)
        if government_of_a_plan(head, lexicon):
            head = span.doc[head.i - 2]  # "Programme" of "Programme for Government": a plan
        head_type = head_class(head, lexicon)
        if head_type is not None and a_body:
            head_type = None  # "Stop Port Expansion, a residents' campaign group,": a body
        if head_type is not None and inside_a_titled_name(span[0]):
            return None, False  # "Change" of "the Pact for Change" (titled_names.py)
        if head_type is not None and lexicon.name_words.get(head.text) is None:
            return context.candidate(span, head_type, "ner"), True
        return context.candidate(span, name_class(span, lexicon, KG.Organisation), "ner"), True
    if type_ == KG.Place and all(t.i in context.role_title_tokens for t in span):
        return None, False  # "Home" of "Home Secretary": a word of a post's title, no place
    return context.candidate(span, type_, "ner"), True


def _holder_after_a_title(context: Context, span: Span) -> Span | None:
    """The name after the comma of a span that opens with the end of a role's title: the model
    reads "Rural Economy, Fergus Ewing" of "the Cabinet Secretary for Rural Economy, Fergus
    Ewing" as one organisation; its tail is the holder, unless the title goes on after the
    comma ("Cabinet Secretary for Health, Social Care and Sport"; review5). Without a comma,
    the capitalised words after a title ("MEP Ana Ruiz Vidal") are the holder."""
    start, doc = span.start, span.doc
    while start < span.end - 1 and start in context.role_title_tokens and doc[start].text != ",":
        start += 1
    if start == span.start:
        return None
    if doc[start].text != ",":  # "MEP Ana Ruiz Vidal": a seat's or post's title, then the name
        rest = doc[start : span.end]
        named = (
            len(rest) > 1
            and all(t.is_title for t in rest)
            and not head_class(rest[-1], context.lexicon)
        )
        return rest if named and _plausible_person(rest, context.lexicon) else None
    rest = doc[start + 1 : span.end]
    if any(t.i in context.role_title_tokens for t in rest):
        return None  # "Health, Social Care and Sport": the title goes on past its comma
    return rest if len(rest) and _plausible_person(rest, context.lexicon) else None


def _quoted(span: Span) -> bool:
    """A name in quotation marks from end to end: the title of a statement, report or campaign
    ("signed a joint statement, 'Rules for the Harbour Trade'"), not a body's name."""
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text in QUOTES
        and doc[span.end].text in QUOTES
    )


def _head_before_a_year(span: Span) -> Token:
    """The head word of a name, before a year or number that ends it: "Act" of "the Health and
    Care Act 2022" (a law, not an organisation)."""
    end = len(span)
    while end > 1 and (span[end - 1].like_num or span[end - 1].text.isdigit()):
        end -= 1
    return span[end - 1]


def _plausible_place(span: Span, lexicon: Lexicon) -> bool:
    """A lone word that modifies a common noun is no place ("the Easter recess"), nor is a name
    that ends in a proposal's or event's head noun ("the Port Levy", "Harbour Strike") or in a
    word written in lower case: a place's name ends in a name ("Isle of Wight"), and a name
    before a common noun only modifies it ("the Easter holiday", "the Christmas period"); nor
    is a seat's constituency ("MP for South Suffolk": :func:`constituency_name`)."""
    if len(span) > 1 and (head_class(span[-1], lexicon) is not None or span[-1].is_lower):
        return False
    if constituency_name(span, lexicon):
        return False
    if len(span) == 1:
        token = span[0]
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i >= span.end:
            return False
        if (
            token.tag_ in ("NNS", "NNPS")
            and token.lower_.removesuffix("s").title() in lexicon.name_words
        ):
            return False  # "warn Unions": a plural kind of body in a headline's capitals
    return True


def _plural_role(span: Span, lexicon: Lexicon) -> bool:
    """A name ending in a plural role noun ("Police and Crime Commissioners", "Harbour
    Ministers"): people in a post, neither a person nor an organisation."""
    last = span[-1]
    plural = last.tag_ in ("NNS", "NNPS") or last.lower_.endswith("s")  # "Ministers" as NNP
    return (
        plural
        and any(lexicon.role(w) for w in (last.lemma_.lower(), last.lower_.removesuffix("s")))
        and lexicon.role(last.lower_) is None  # not "boss"
        and not any(lexicon.name_words.get(t.text) for t in span)
    )


def _plural_kind_of_body(span: Span, lexicon: Lexicon) -> bool:
    """A name whose head is the plural of an organisation word ("Institutes of Technology",
    "Local Government Departments"): bodies of a kind, as "trusts" or "councils" are."""
    head = span.root if span.start <= span.root.i < span.end else span[-1]
    word = head.text
    return (
        word.endswith("s")
        and lexicon.name_words.get(word[:-1]) is not None
        and lexicon.name_words.get(word) is None
    )


def _plausible_person(span: Span, lexicon: Lexicon) -> bool:
    """spaCy's false persons: a lone word that modifies a common noun ("Easter recess"), no capital."""
    names = [t for t in span if t.lower_.rstrip(".") not in lexicon.honorifics]
    if not names or not any(t.is_title or t.is_upper for t in names):
        return False
    if len(names) > 1 and head_class(names[-1], lexicon) is not None:
        return False  # "Policy Framework": a proposal's name, no person's
    if _plural_role(span, lexicon):
        return False  # "Harbour Ministers"
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the" and names[0].i == span.start:
        return False  # "the Ferry Guild": a person's name takes no article
    if names[0].i == span.start and named_after_an_article(span):
        return False  # "Ferry Guild reform" where the article writes "the Ferry Guild" too
    if len(names) == 1:
        token = names[0]
        if head_class(token, lexicon) is not None:
            return False  # "Bill" of "the Harbour Services Bill": a proposal's head noun
        head = token.head
        if (
            token.dep_ == "compound"
            and head.i >= span.end
            and (head.pos_ == "NOUN" or lexicon.role(head.lower_) is not None)
        ):
            return False  # "Easter recess"; "Garda" of "Garda Commissioner Ann Ryan"
        if token.ent_type_ == "DATE":
            return False
        if any(t.dep_ == "det" for t in token.children) or (
            token.i > 0 and token.nbor(-1).pos_ == "DET"
        ):
            return False  # "the amended Bill", "the Bill": a name after an article is no person's
    return True


def _plausible_organisation(span: Span, lexicon: Lexicon) -> bool:
    """Drop names with no capital ("bin" in "bin strike") and one-word fragments: a short
    generic acronym ("GP members"), a title word ("Health secretary"), a word that says which
    people a plural noun means ("SAS doctors")."""
    if not any(c.isupper() for c in span.text):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        after is not None
        and span[-1].head.i == after.i
        and head_class(after, lexicon) is not None
        and (
            after.is_title
            or len(span) > 1
            and all(t.is_title for t in span)
            and not any(lexicon.name_words.get(t.text) for t in span)
        )
    ):
        return False  # "Harbour Services" of "the Harbour Services Bill": the bill's name
    if _plural_role(span, lexicon):
        return False  # "Police and Crime Commissioners": people in a post, no organisation
    if _plural_kind_of_body(span, lexicon):
        return False  # "Institutes of Technology": bodies of a kind, no one body
    if _before_seat_letters(span, lexicon):
        return False  # "Brecon" of "Brecon and Radnorshire MS Kirsty Williams": a constituency
    if len(span) == 1:
        token = span[0]
        head = token.head
        if len(token.text) <= 2:
            return False
        if token.dep_ == "compound" and head.tag_ == "NNS" and head.i == token.i + 1:
            return False
        if (
            token.dep_ == "compound"
            and head.i > token.i
            and lexicon.role(head.lower_) is not None
            and not token.is_upper
        ):
            return False
    return True


def _before_seat_letters(span: Span, lexicon: Lexicon) -> bool:
    """The name is followed by a seat's letters, or by "and" and a name then the letters
    ("Brecon and Radnorshire MS"): it names the holder's constituency, no organisation."""
    doc, k = span.doc, span.end
    if k + 1 < len(doc) and doc[k].lower_ == "and":
        k += 1
        while k < len(doc) and doc[k].is_title and not seat_letters(doc[k], lexicon):
            k += 1
    return k < len(doc) and seat_letters(doc[k], lexicon)


def organisation_by_apposition(span: Span, lexicon: Lexicon) -> bool:
    """A name in apposition with a noun for a kind of organisation: "Ofsted, the schools
    inspectorate,", "the charity Mind"; or a name with a head: "Mind's chief executive"."""
    if any(t.lower_.rstrip(".") in lexicon.honorifics for t in span):
        return False
    root = span.root
    heads = {root, span[-1]}  # "Stop Port Expansion, a campaign group": the name's last word
    nouns = [c for h in heads for c in h.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    if span.start > 1:
        # "the watchdog Ofsted", "the mental health charity Mind"
        j = span.start - 2
        while (
            j > 0
            and span.start - j <= 4
            and span.doc[j].is_lower
            and span.doc[j].pos_ in ("ADJ", "NOUN")
            and span.doc[j].lower_ not in DETERMINERS
        ):
            j -= 1
        if span.doc[j].lower_ in ("the", "a"):
            nouns.append(span.doc[span.start - 1])
    if len(span) == 1 and span.end + 1 < len(span.doc) and span.doc[span.end].tag_ == "POS":
        role = span.doc[span.end + 1 :]
        for n in (3, 2, 1):  # "Mind's chief executive": a person has no chief executive
            found = lexicon.role(" ".join(t.lower_ for t in role[:n]))
            if found is not None and found.relation in (KG.leads, KG.chairOf):
                return True
    return any(
        n.pos_ == "NOUN"
        and n.lower_ in lexicon.description_nouns
        and n.tag_ not in ("NNS",)
        and lexicon.role(n.lower_) is None  # "its chief executive, Jane Okafor"
        for n in nouns
    )
