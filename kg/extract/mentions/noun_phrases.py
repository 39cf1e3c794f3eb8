"""Noun phrases whose head noun is a proposal or event word of the lexicon (``lex:headNoun``).

"2026/27 contract changes", "scoping talks" (a term in quotation marks), "the union's plan"
name things; "the plan" and "the promised talks" (a definite article and only adjectives)
are descriptions that refer back, and so are "a motion" and "a fair offer" (no article or
"a", only adjectives), which introduce a thing of their own when nothing comes before them.
A bare singular without an article names a kind, not a thing ("a path to reform"). A longer
form with a short modifier after the head ("the timeline set out by GPCE", "motion of no
confidence") is kept as another name of the same thing.

Example: "GPCE rejected the 2026/27 contract changes." gives the noun phrase "2026/27
contract changes" (``kg:Reform``, head "change").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.aims import without_ownership_words
from kg.extract.mentions.amounts import from_its_amount, measured_by_a_sum
from kg.extract.mentions.authored_proposals import named_by_its_author
from kg.extract.mentions.broadcasts import names_a_broadcast
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.components import component_class, named_component
from kg.extract.mentions.contact_clauses import contact_clause_end
from kg.extract.mentions.event_plans import plans_an_event
from kg.extract.mentions.event_senses import course_told, names_no_event, taken_part_in
from kg.extract.mentions.generic_heads import names_no_proposal
from kg.extract.mentions.head_conditions import (
    amount_or_year,
    enough_for_its_head,
    multiword,
    object_of_a_trigger,
)
from kg.extract.mentions.headlines import headline_clause, headline_verb
from kg.extract.mentions.judged_names import without_judging_words
from kg.extract.mentions.names import (
    DEFINITE,
    DEMONSTRATIVES,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    QUOTES,
    determiner,
    head_class,
    is_acronym,
)
from kg.extract.mentions.owner_forms import described_owner_forms, owner_forms
from kg.extract.mentions.phrase_extent import (
    MODIFIER_DEPS,
    breaks_a_name,
    clause_of_its_own,
    long_form_ends,
    noun_phrase_bounds,
    owned_proposal,
)
from kg.extract.mentions.possible_actions import action_that_may_be
from kg.extract.mentions.remits import a_duty_remit
from kg.extract.mentions.reports import answer_class, answer_owner_forms
from kg.extract.mentions.titled_names import inside_a_titled_name
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["head_noun_phrases", "noun_phrase_bounds", "long_form_ends", "MODIFIER_DEPS"]


def head_noun_phrases(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Noun phrases and descriptions named by their head noun, with their longer forms."""
    for token in context.tokens:
        if token.pos_ in ("NOUN", "PROPN"):  # what :func:`_naming_head` asks first
            yield from _phrases_headed_by(context, token)


def _naming_head(token: Token, lexicon: Lexicon) -> URIRef | None:
    """The proposal or event class a noun heads a name of, or None: not inside a compound, and
    not a noun that relates ("in broad agreement with X" names nothing)."""
    if (
        token.pos_ not in ("NOUN", "PROPN")
        or token.dep_ == "compound"
        and token.head.pos_ in ("NOUN", "PROPN")
        or inside_a_titled_name(token)  # "Change" of "the Pact for Change"
    ):
        return None
    cls = (
        head_class(token, lexicon)
        or component_class(token, lexicon)
        or answer_class(token, lexicon)
    )
    if cls == KG.Report and not any(c.pos_ == "PROPN" for c in token.lefts):
        cls = component_class(token, lexicon) or cls  # "the offer includes a review of X"
    if cls is None or _misread_verb(token) or plans_an_event(token, lexicon):
        return None  # "plans for a strike" name the strike planned (event_plans.py)
    lemma = token.lemma_.lower()
    if names_a_broadcast(token, lexicon):
        return None  # "the BBC's Today programme" is a broadcast, not a plan (lex:outletNoun)
    if lemma in lexicon.part_nouns:
        return cls if _named_part(token) else None
    if core_class(cls) != KG.Event and any(
        (lemma, c.lower_) in lexicon.triggers for c in token.children if c.dep_ == "prep"
    ):
        return None
    if lemma in lexicon.measure_nouns and _measured(token, lexicon) is not None:
        return None  # "a programme of strike action" is the strike action
    return cls


def _misread_verb(token: Token) -> bool:
    """A "noun" with a subject, or at the root of a sentence of the body, and with an infinitive
    of its own is a verb the parser misread: "The Government plan to introduce legislation"
    (they plan to), not the Government's plan. (A headline may be a bare noun phrase: "Plan to
    cut waiting lists".)"""
    verb_like = any(c.dep_ == "nsubj" for c in token.children) or (
        token.dep_ == "ROOT" and token.sent.start > 0
    )
    return verb_like and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts) for c in token.children
    )


def _named_part(token: Token) -> bool:
    """A part of a proposal (``lex:partNoun``) is named by a noun, a number or a hyphenated word
    before it ("the year two component", "non-pay elements"); "a key element of the plan" is
    what a clause says of the plan."""
    return any(
        c.dep_ in MODIFIER_DEPS and (c.pos_ in ("NOUN", "PROPN", "NUM") or "-" in c.text)
        for c in token.subtree
        if c.i < token.i
    )


def _numbered_label_start(token: Token, start: int) -> int:
    """A phrase that opens with a number after a noun starts at the noun: "year two", "phase
    3" label a part together (the parser may hang the noun elsewhere)."""
    doc = token.doc
    if 0 < start < token.i and doc[start].like_num and doc[start - 1].pos_ == "NOUN":
        return start - 1
    return start


def _measured(token: Token, lexicon: Lexicon) -> Token | None:
    """The event or proposals a measure noun measures ("10 days of strike action", "a raft of
    measures": ``lex:measureNoun``), by its head noun."""
    for of in token.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            for obj in of.children:
                if obj.dep_ == "pobj" and head_class(obj, lexicon) is not None:
                    return obj
    return None


def _phrases_headed_by(context: Context, token: Token) -> Iterator[Candidate]:
    """The noun phrase or description a head noun names, then its longer forms."""
    lexicon = context.lexicon
    cls = _naming_head(token, lexicon)
    if cls is None:
        return
    lemma = token.lemma_.lower()
    start, end = noun_phrase_bounds(token)
    doc = token.doc
    det = determiner(token)
    start, modifiers, specific = _modifiers(token, start, lexicon)
    long_ends = long_form_ends(token, content=cls == KG.Motion)  # "a motion calling for X"
    quoted = _quoted_term_start(token)
    if quoted is None and not enough_for_its_head(token, modifiers, long_ends, lexicon):
        return
    if quoted is not None and quoted < token.i:
        # "organise 'scoping talks'": quotation marks make a term, whatever the parse says
        start, modifiers, specific = quoted, list(doc[quoted : token.i]), [doc[quoted]]
    if _generic(token, cls, modifiers, det, long_ends, lexicon):
        return  # "contracts", "incentive schemes"; "could take industrial action"
    two_words = multiword(token, lexicon)
    descriptive, indefinite = _description_kind(
        token, det, modifiers, specific, long_ends, two_words, lexicon
    )
    if indefinite and _names_a_kind(token, det, modifiers, lexicon) or _said_not_to_exist(token):
        return  # a kind, not a thing ("a path to reform"); "without an agreement", "no deal"
    definite = det in DEFINITE or not modifiers and owned_proposal(token, cls, long_ends)
    if indefinite or descriptive and quoted is None and definite:
        # "the plan", "the promised talks", "a fair offer"; "the timeline set out by GPCE"
        first = context.candidate(
            doc[start:end],
            cls,
            "description",
            head=lemma,
            possessive=det in POSSESSIVE_PRONOUNS and not long_ends,
            indefinite=indefinite,
        )
        variants = _long_variants(token, start, modifiers, long_ends)
        variants += described_owner_forms(token, cls, end, lexicon)  # "the Chancellor's Budget"
    else:
        if _too_vague(token, specific, long_ends, two_words, lexicon):
            return  # "extra investment", "professed commitment"
        first = context.candidate(doc[start:end], cls, "noun-phrase", head=lemma)
        if first is None:
            return
        variants = _long_variants(token, start, modifiers, long_ends)
        variants += _measured_and_owned(token, cls, start, end, lexicon)
    if first is not None:
        yield first
    for variant_start, variant_end in variants:
        longer = context.candidate(
            doc[variant_start:variant_end],
            cls,
            "noun-phrase",
            head=lemma,
            longer=True,
            same_as=first,
        )
        if longer is not None:
            yield longer


def _long_variants(
    token: Token, start: int, modifiers: Sequence[Token], long_ends: Sequence[int]
) -> list[tuple[int, int]]:
    """The longer forms of a phrase, and, when only adjectives stand before its head, the same
    forms from the head ("commitment to a health service focused on prevention" of "the
    professed commitment to ..."): a reader names the thing without what is said of it."""
    ends = _alias_ends(token, long_ends)
    contact = contact_clause_end(token)  # "the pay award our members campaigned for"
    if contact is not None:
        ends.append(contact)
    variants = [(start, e) for e in ends]
    if (
        start < token.i
        and modifiers
        and all(t.pos_ in ("ADJ", "VERB") and t.dep_ == "amod" for t in modifiers)
    ):
        variants += [(token.i, e) for e in ends]
    return variants


def _description_kind(
    token: Token,
    det: str | None,
    modifiers: Sequence[Token],
    specific: Sequence[Token],
    long_ends: Sequence[int],
    two_word_head: bool,
    lexicon: Lexicon,
) -> tuple[bool, bool]:
    """Whether the phrase only describes (no noun, name or number among its modifiers: "the
    plan", "a fair offer"; a multi-word head such as "general election" is a kind with a name
    of its own), and whether it is indefinite (describes something not named before)."""
    descriptive = not two_word_head and (
        not specific
        and all(t.pos_ in ("ADJ", "VERB", "ADV") or _count_word(t) for t in modifiers)
        or _points_back(det, modifiers)
    )
    indefinite = (
        descriptive and det not in DEFINITE and _unnamed(token, modifiers, long_ends, lexicon)
    ) or _said_of_a_pronoun(token)
    return descriptive, indefinite


def _count_word(token: Token) -> bool:
    """A count in words ("the three separate offers", "both"): it says how many things there
    are, not which, so it describes them as an adjective does."""
    return token.pos_ == "NUM" and token.is_alpha


def _names_a_kind(
    token: Token, det: str | None, modifiers: Sequence[Token], lexicon: Lexicon
) -> bool:
    """An indefinite description that names a kind, not a thing: a weak head ("a path to
    reform") or a bare singular noun ("the threat of strike"), but not an event someone is on
    ("went on strike", ``lex:onEventVerb``), nor a part put into a proposal with what it does
    ("the offer includes reform of pay scales", proposes9)."""
    if named_component(token, long_form_ends(token), lexicon):
        return False
    return token.lemma_.lower() in lexicon.weak_head_nouns or (
        det is None
        and not modifiers
        and token.tag_ in ("NN", "NNP")
        and not _on_event(token, lexicon)
    )


def _generic(
    token: Token,
    cls: URIRef,
    modifiers: Sequence[Token],
    det: str | None,
    long_ends: Sequence[int],
    lexicon: Lexicon,
) -> bool:
    """A phrase that names a kind or an open set, not a thing: a bare plural ("contracts"),
    proposals of a kind (:func:`_kind_of_proposals`), an action that may be taken
    (:func:`~kg.extract.mentions.possible_actions.action_that_may_be`) or a head in its sense
    that names no proposal ("the NHS budget", "treatment decisions": :mod:`generic_heads`), or
    the remit after an adjective of duty ("responsible for pay negotiations": :mod:`remits`),
    or whatever one there may be ("any funding boosts", "any deal": "any" picks none out)."""
    if det == "any":
        return True
    bare_plural = (
        token.tag_ in ("NNS", "NNPS")
        and not modifiers
        and det is None
        and not long_ends
        and not named_by_its_author(token, lexicon)  # "the Pay Board's recommendations"
    )
    return (
        bare_plural
        and not (
            core_class(cls) == KG.Event
            and (
                _measured_by(token, lexicon)
                or taken_part_in(token, lexicon)
                or course_told(token, lexicon)
            )
        )
        or _kind_of_proposals(token, cls, modifiers, det, long_ends, lexicon)
        or action_that_may_be(token, cls, det, modifiers, long_ends)
        or names_no_event(token, cls, det, lexicon)
        or core_class(cls) == KG.Proposal
        and names_no_proposal(token, det, modifiers, lexicon)
        or a_duty_remit(token, det, lexicon)  # "responsible for pay negotiations"
    )


def _measured_by(token: Token, lexicon: Lexicon) -> bool:
    """Events a measure noun counts ("five days of strikes", "a series of meetings",
    ``lex:measureNoun``): a number or a determiner before the measure makes them these events,
    not a kind."""
    of = token.head
    measure = of.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and measure.lemma_.lower() in lexicon.measure_nouns
        and any(c.dep_ in ("nummod", "det") for c in measure.children)
    )


def _on_event(token: Token, lexicon: Lexicon) -> bool:
    """ "went on strike", "are on strike": a bare event noun after "on" of a verb of being or
    going names the event its subject takes part in (``lex:onEventVerb``)."""
    on = token.head
    return (
        token.dep_ == "pobj"
        and on.lower_ == "on"
        and on.head.lemma_.lower() in lexicon.on_event_verbs
    )


def _modifiers(token: Token, start: int, lexicon: Lexicon) -> tuple[int, list[Token], list[Token]]:
    """Where the phrase headed by ``token`` starts, its modifiers, and those that make it
    specific (a noun, name, number or hyphenated word; a numbered label of a part)."""
    doc = token.doc
    modifiers = [t for t in doc[start : token.i] if not t.is_punct]
    if headline_clause(token, modifiers):
        start, modifiers = token.i, []
    verb = headline_verb(token, modifiers, lexicon)
    if verb is not None:  # "Teachers criticise plan": the object only
        start, modifiers = verb.i + 1, [t for t in modifiers if t.i > verb.i]
    specific = [
        t
        for t in modifiers
        if (t.pos_ in ("NOUN", "PROPN", "NUM") or "-" in t.text or t.like_num)
        and not (t.pos_ == "NUM" and t.is_alpha)  # "the three offers", "one more scheme"
    ]
    if token.lemma_.lower() in lexicon.part_nouns:  # "non-pay elements", "the year two component"
        start = _numbered_label_start(token, start)
        modifiers = specific = [t for t in doc[start : token.i] if not t.is_punct]
    return start, modifiers, specific


def _measured_and_owned(
    token: Token, cls: URIRef, start: int, end: int, lexicon: Lexicon
) -> list[tuple[int, int]]:
    """Longer forms of a named phrase: with the noun that measures it ("10 days of strike
    action", "a raft of new measures"), for an event or a response to a report, with its named
    owner ("the Labour Party's conference", "the Government's response to the report") or the
    group that holds it ("the train drivers' strike"), and
    with the year after a name ("the Coastal Access Act 2019"); a proposal with its owner
    (:mod:`~kg.extract.mentions.owner_forms`: "the Chancellor's Budget"); with the sum
    that measures it and from its amount on (:mod:`~kg.extract.mentions.amounts`); an aim
    without a word that only stresses its owner (:mod:`~kg.extract.mentions.aims`)."""
    variants = []
    measure = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    measured = _measured(measure, lexicon) if measure is not None else None
    if (
        measure is not None
        and measure.lemma_.lower() in lexicon.measure_nouns
        and measured is not None
        and measured.i == token.i
    ):
        variants.append((noun_phrase_bounds(measure)[0], end))
    owner = next(
        (
            c
            for c in token.lefts
            if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.tag_ == "NNS")  # "drivers' strike"
        ),
        None,
    )
    if owner is not None and core_class(cls) == KG.Event:
        variants.append((owner.left_edge.i, end))
    if _year_after(token):
        variants.append((noun_phrase_bounds(token)[0], end + 1))
    variants += without_ownership_words(token, start, end, lexicon)  # "own ambitions"
    variants += without_judging_words(token, start, end, lexicon)  # "the controversial plan"
    for begin in (measured_by_a_sum(token, lexicon), from_its_amount(token, start, lexicon)):
        if begin is not None:  # "£38m of ringfenced funding"; "4.5% pay award" of "overall ..."
            variants.append((begin, end))
    return variants + answer_owner_forms(token, end, lexicon) + owner_forms(token, cls, end)


def _too_vague(
    token: Token,
    specific: Sequence[Token],
    long_ends: Sequence[int],
    two_words: bool,
    lexicon: Lexicon,
) -> bool:
    """A weak head (``lex:weakHeadNoun``) with no specific modifier, no longer form, no head of
    two words and no year after it ("Budget 2024" is a name): too vague to name a thing."""
    return (
        token.lemma_.lower() in lexicon.weak_head_nouns
        and not specific
        and not long_ends
        and not two_words
        and not _year_after(token)
    )


def _year_after(token: Token) -> bool:
    """A name followed by its year: "the Coastal Access Act 2019" (a capitalised head and a
    four-digit number hung on it)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        after is not None
        and token.is_title
        and after.head.i == token.i
        and len(after.text) == 4
        and after.text.isdigit()
    )


_PEOPLE_S = frozenset({"their", "our", "your"})


def _kind_of_proposals(
    token: Token,
    cls: URIRef,
    modifiers: Sequence[Token],
    det: str | None,
    long_ends: Sequence[int],
    lexicon: Lexicon,
) -> bool:
    """A bare plural proposal phrase whose modifiers are only common words names a kind or an
    open set ("incentive schemes", "existing custody measures", "economic policies"), not
    particular proposals: it needs a name, acronym, number or hyphenated compound among its
    modifiers ("Leaving Cert reforms", "2026/27 contract changes", "clean-up plans"), a
    participle or word of a new version that tells which ("previously rejected offers", "new
    measures"), an owner, a determiner, a modifier after the head, or to be what an actor's
    relation verb is about ("the minister announced pay awards"). "Their", "our" and "your"
    with common words before the head are people's own, a kind too ("their treatment
    decisions", "our staffing targets")."""
    return (
        core_class(cls) == KG.Proposal
        and token.tag_ == "NNS"
        and (det is None or det in _PEOPLE_S and bool(modifiers))
        and not long_ends
        and not any(c.dep_ == "poss" and c.lower_ not in _PEOPLE_S for c in token.lefts)
        and not any(
            t.pos_ == "PROPN"
            or is_acronym(t.text)
            or amount_or_year(t)
            or "-" in t.text
            or t.tag_ == "VBN"
            or t.lower_ in lexicon.version_words
            for t in modifiers
        )
        and not any(t.text == "-" for t in token.doc[token.left_edge.i : token.i])
        and not object_of_a_trigger(token, lexicon)
    )


def _points_back(det: str | None, modifiers: Sequence[Token]) -> bool:
    """ "this derisory funding plan", "these pay proposals": a demonstrative points back to
    something named before, so common words before the head describe it again rather than
    name a new thing (a name, acronym or number still names one: "this 2024/25 contract")."""
    return det in DEMONSTRATIVES and all(t.is_lower and t.is_alpha for t in modifiers)


def _said_of_a_pronoun(token: Token) -> bool:
    """ "This is another inadequate offer": what a pronoun is said to be is what the pronoun
    refers to, not a thing of its own."""
    verb = token.head
    return (
        token.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "DET") for c in verb.children)
    )


def _said_not_to_exist(token: Token) -> bool:
    """A thing said not to be: "without an agreement", "no deal" (``lex:contraryPreposition``
    "without", or the determiner "no")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.lefts):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "without"


def _quoted_term_start(token: Token) -> int | None:
    """The first word of a short term in quotation marks that ends with ``token`` ("'scoping
    talks'": up to three words, no punctuation or article inside), else None."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in QUOTES:
        return None
    for k in range(token.i - 1, max(token.i - 4, -1), -1):
        if doc[k].text in QUOTES:
            words = doc[k + 1 : token.i]
            if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in words):
                return None  # "'potentially profound changes'": words of a quotation
            return k + 1
        if (
            doc[k].is_punct
            or not doc[k].is_alpha
            or doc[k].lower_ in DETERMINERS
            or doc[k].pos_ == "ADV"
        ):
            return None  # "a fair offer" in quotation marks is someone's words, not a term
    return None


def _unnamed(
    token: Token, modifiers: Sequence[Token], long_ends: Sequence[int], lexicon: Lexicon
) -> bool:
    """An indefinite or bare phrase that names no particular thing: no owner ("the union's
    plan"), no short modifier after the head ("a plan for schools"), no kind that is a name
    of its own ("collective action"), no capital inside a sentence ("the Budget"), and no word
    of a new version ("a new contract" introduces one)."""
    if long_ends or any(c.dep_ == "poss" for c in token.lefts):
        return False
    if any(f"{c.lemma_.lower()} {token.lemma_.lower()}" in lexicon.head_nouns for c in token.lefts):
        return False
    if token.is_title and not token.is_sent_start:
        return False
    return not any(t.lower_ in lexicon.version_words for t in modifiers)


def _alias_ends(token: Token, long_ends: Sequence[int]) -> list[int]:
    """Ends of the longer forms of a phrase with a modifier after its head: its long forms and,
    within twelve words, the end of every noun of that modifier ("commitment to a health
    service focused on prevention", "review of the Agenda for Change pay structure"). Other
    names of the same thing, as the article may be quoted."""
    if not long_ends:
        return []
    doc = token.doc
    ends = list(long_ends)
    for t in doc[token.i + 1 : min(len(doc), token.i + 13)]:
        if (
            breaks_a_name(t)
            or t.tag_ in ("WRB", "WP", "WDT", "PRP", "MD")
            or t.pos_ == "CCONJ"
            or clause_of_its_own(t)
        ):
            break  # a clause of its own inside the modifier: "awarded by X to support Y"
        if t.dep_ in ("compound", "nummod"):
            continue  # "the Prime Minister", "4" of "4%": not within a name
        if not token.is_ancestor(t):
            break
        if t.pos_ in ("NOUN", "PROPN", "NUM") and t.i + 1 not in ends:
            ends.append(t.i + 1)
    return ends
