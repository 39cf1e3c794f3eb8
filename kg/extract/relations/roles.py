"""Roles: the holder of a role phrase and the organisation it is a post in.

"GPCE chair Dr Katie Bramall" → Bramall ``chairOf`` GPCE; "its chief executive, X" → X
``leads`` the organisation "its" refers to; a government post ("the health secretary",
"Prime Minister") → ``holdsPostIn`` (or ``leads``) the Government when the article names it.
The role words and the relation each gives are ``lex:roleWord``/``lex:roleRelation``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.lexicon import Role
from kg.extract.mentions.candidates import RoleLink
from kg.extract.mentions.roles import head_name_word
from kg.extract.relations.core import Context, RoleFound, Rule
from kg.extract.relations.grammar import conjuncts, objects_of, preps
from kg.model import Mention, Relation
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from rdflib import URIRef
    from spacy.tokens import Doc, Token

__all__ = ["role"]


def role(context: Context, found: RoleFound, rule: Rule[RoleFound]) -> Iterator[Relation]:
    """The holder of a role phrase and its organisation: named with it, the possessor
    ("the union's general secretary"), the Government for a government post, a section of
    an organisation ("the leader of its section": a post in the organisation), the
    legislature a seat is in ("MSP": ``lex:seatIn``), or, for a bare title, the organisation
    named after it or around it (:func:`_organisation_in_focus`)."""
    link, holder, organisation = found
    doc = context.doc
    role_mention = context.resolved.mentions[link.role_mention]
    before = doc[max(0, role_mention.token_start - 2) : role_mention.token_start + 2]
    if any(t.lower_ in context.lexicon.not_holding_words for t in before) or _held_then(
        doc, role_mention.token_start
    ):
        # "former chair X", "shadow health secretary X": no post in it now; but "Labour's
        # shadow health secretary" holds a post in the party (lex:partyPostWord)
        party = _party_post(context, organisation, role_mention.token_start, before)
        if party is not None:
            tokens = list(doc[role_mention.token_start : role_mention.token_end])
            relation = context.relation(
                rule, holder, KG.holdsPostIn, party, tokens, KG.Asserted, link.role.words
            )
            if relation is not None:
                yield relation
        return
    # the object of the title's "of" first: "chair of the LGA's wellbeing board" is the board's
    target = (
        title_organisation(context, role_mention.token_start, role_mention.token_end)
        or organisation
    )
    if (
        target is not None
        and target == organisation
        and _unit_in_title(context, role_mention, organisation)
    ):
        return  # "Guild pay council chair X": a post in the council, not in the Guild
    predicate = link.role.relation
    if predicate == KG.leads and target is not None and _head_of_a_field(context, role_mention):
        predicate = KG.holdsPostIn  # "Guild Head of Policy": a post in the union, not its head
    if target is None:
        target, predicate = _organisation_around(context, link, role_mention, predicate)
    target = _council_of_the_place(context, target, role_mention.token_start) or target
    if target is None:
        return
    tokens = list(doc[role_mention.token_start : role_mention.token_end])
    relation = context.relation(
        rule, holder, predicate, target, tokens, KG.Asserted, link.role.words
    )
    if relation is not None:
        yield relation


def _organisation_around(
    context: Context, link: RoleLink, role_mention: Mention, predicate: URIRef
) -> tuple[str | None, URIRef]:
    """The organisation of a title that names none with it, and the relation its holder has
    with it: the title's possessor ("its chair"), the Government for a government post, the
    body "of" a pronoun names ("chair of it"), the legislature of a seat, or, for a bare
    title, the organisation around it."""
    doc = context.doc
    target = possessor(context, role_mention.token_start)
    if target is None and link.role.government_post:
        target = government(context)
    if target is None:
        after = role_mention.token_end
        if after + 1 < len(doc) and doc[after].lower_ == "of":
            key = context.resolved.pronouns.get(after + 1)
            if key is not None and context.core(key) == KG.Organisation:
                target, predicate = key, KG.holdsPostIn
    if target is None and link.role.words.lower() in context.lexicon.seats:
        target, predicate = _legislature(context, link.role.words.lower()), KG.memberOf
    if target is None and _bare_title(context, role_mention, link.role):
        target = _bare_title_organisation(context, link, role_mention)
    return target, predicate


def _party_post(
    context: Context, organisation: str | None, start: int, before: Iterable[Token]
) -> str | None:
    """The party of a post its opposition holds ("Labour's shadow health secretary", "Tory
    shadow minister"): a party named with the role or as its possessor, after a word of
    ``lex:partyPostWord``."""
    if not any(t.lower_ in context.lexicon.party_post_words for t in before):
        return None
    for key in (organisation, possessor(context, start)):
        if key is not None and context.resolved.by_key[key].type == KG.PoliticalParty:
            return key
    return None


def _head_of_a_field(context: Context, role_mention: Mention) -> bool:
    """A leading title whose "of" names a field, not a body: "Head of Policy", "Director of
    Nursing" head a part of the organisation the title is a post in, so its holder is one of
    its staff, not its head. The field is a noun naming no entity, inside the title or just
    after it."""
    doc = context.doc
    end = min(role_mention.token_end + 1, len(doc))
    for token in doc[role_mention.token_start : end]:
        for prep in preps(token, "of"):
            fields = objects_of(prep)
            if fields and all(_names_nothing(context, f) for f in fields):
                return True
    return False


def _unit_in_title(context: Context, role_mention: Mention, organisation: str) -> bool:
    """The title names a unit of the organisation before its role word and outside any name:
    "pay council chair", "pay committee chair" (``lex:nameWord`` of a committee, in any
    case). The post is in that unit, so the organisation named with the title is not the one
    it leads. A committee's word that ends a name of the organisation itself ("City Council
    Chief Executive") is no unit."""
    doc = context.doc
    start = role_mention.token_start
    for token in doc[start : role_mention.token_end - 1]:
        if context.lexicon.name_words.get(token.text.title()) != KG.Committee:
            continue
        if _ends_a_name_of(context, organisation, start, token.i + 1):
            continue
        if _known_by(context, organisation, token):
            continue  # "Council leader X" of the Harbour Council: the word it is known by
        named = context.resolved.mention_for_token(token.i, (KG.Organisation,))
        if named is None or named.is_role:
            return True
    return False


def _known_by(context: Context, key: str, token: Token) -> bool:
    """The title's word is the one the organisation ``key`` is known by: the last word of its
    name, or the word before its "of" ("Council" of "Harbour Council", "Federation" of the
    "Federation of Ferry Workers")."""
    entity = context.resolved.by_key.get(key)
    if entity is None:
        return False
    return len(entity.label.split()) > 1 and token.lower_ == head_name_word(entity.label).casefold()


def _ends_a_name_of(context: Context, key: str, start: int, end: int) -> bool:
    """Some words of the title up to ``end`` spell a name of the entity ``key``."""
    entity = context.resolved.by_key.get(key)
    if entity is None:
        return False
    names = {n.casefold() for n in (entity.label, *entity.aliases)}
    return any(context.doc[s:end].text.casefold() in names for s in range(start, end))


def _names_nothing(context: Context, token: Token) -> bool:
    """A noun that names no entity (a role phrase over it names its holder, not it), nor has
    an organisation's name before it in its phrase: "think tank" of "chief executive of the
    Harbour Trust think tank" says what kind of body the Trust is, a body the title heads."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i in context.resolved.pronouns:
        return False
    mention = context.resolved.mention_for_token(token.i)
    if mention is not None and not mention.is_role:
        return False
    return not any(
        context.resolved.mention_for_token(t.i, (KG.Organisation,)) is not None
        for t in token.doc[token.left_edge.i : token.i]
    )


def title_organisation(context: Context, start: int, end: int) -> str | None:
    """The organisation a role's title names after "of" or "at", inside the title or just after
    it: "general secretary of Unison", "chair of the union's pay committee" (the head of the
    preposition's object, not its possessor), "senior fellow at the think tank X" (a name in
    apposition to it)."""
    for token in context.doc[start:end]:
        for prep in preps(token, "of", "at"):
            for obj in objects_of(prep):
                # "the think tank The King's Fund": a name just after an object naming nothing
                after = [t for t in context.doc[obj.i + 1 : obj.i + 3] if t.pos_ != "DET"][:1]
                for named in conjuncts(obj) + after:
                    key = context.entity(named, (KG.Organisation,))
                    if key is not None:
                        return key
    return None


#: named-entity labels of a word before a title that makes it a state's post ("French")
NATIONS = frozenset({"NORP", "GPE"})

#: organisations whose posts a bare title does not name: governments, legislatures, the press
_NOT_IN_FOCUS = frozenset({KG.GovernmentBody, KG.Legislature, KG.NewsOrganisation})


def _legislature(context: Context, seat: str) -> str | None:
    """The legislature a seat's title is a seat in ("MEP": the European Parliament), when the
    article names it (``lex:seatIn``)."""
    wanted = context.lexicon.seats[seat]
    for gazetteer_id in wanted:
        for entity in context.resolved.entities:
            if entity.gazetteer_id == gazetteer_id:
                return entity.key
    return None


def _bare_title(context: Context, role_mention: Mention, role: Role) -> bool:
    """A title naming no organisation or unit: its nouns are the role's own words ("vice-
    president", "the new general secretary"; not "executive committee president"), no name
    but its holder's stands just before it ("Garda Commissioner"), nor a people's or a
    country's ("French President"), and it is neither a government post nor a seat in a
    legislature (``lex:legislatorWord``)."""
    if role.government_post:
        return False
    if role.words.lower() in context.lexicon.legislator_words:
        return False
    start = role_mention.token_start
    before = context.doc[start - 1] if start > 0 else None
    if any(t.ent_type_ in NATIONS for t in context.doc[max(0, start - 1) : role_mention.token_end]):
        return False  # "French President X", "Dutch Prime Minister": a post of a state
    if before is not None and before.pos_ == "PROPN":
        # "Garda Commissioner X": a name qualifies the title; but the holder's own name
        # before it, as press releases write it ("Ana Ruiz General Secretary said"), does not
        if context.resolved.entity_for_token(before.i, (KG.Person,)) is None:
            return False
    words = set(role.words.lower().replace("-", " ").split())
    tokens = context.doc[start : role_mention.token_end]
    return all(
        t.lower_ in words or not t.is_alpha or t.pos_ not in ("NOUN", "PROPN") for t in tokens
    )


def _organisation_after(context: Context, role_mention: Mention) -> str | None:
    """The organisation named just after a title, set off by a comma, as in a signature or an
    attribution: "X, Chair, Acme Trust, said"."""
    doc, at = context.doc, role_mention.token_end
    if at + 1 >= len(doc) or doc[at].text != ",":
        return None
    mention = context.resolved.mention_for_token(at + 1, (KG.Organisation,))
    if mention is None or mention.token_start != at + 1 or mention.is_role:
        return None
    return context.entity(doc[at + 1], (KG.Organisation,))


def _bare_title_organisation(context: Context, link: RoleLink, role_mention: Mention) -> str | None:
    """The organisation a bare title is a post in: the one named after it, else the one in
    focus (:func:`_organisation_in_focus`), the article's for a title beside its holder."""
    beside = _after_its_holder(context, link, role_mention) or _before_its_holder(
        context, link, role_mention
    )
    return _organisation_after(context, role_mention) or _organisation_in_focus(
        context, role_mention, appositive=beside
    )


def _after_its_holder(context: Context, link: RoleLink, role_mention: Mention) -> bool:
    """The title follows its holder's name after a comma, as in a signature ("X, President"),
    or right after it, as press releases write it ("X President said")."""
    if link.holder is None:
        return False
    holder = context.resolved.mentions[link.holder]
    at = role_mention.token_start
    return holder.token_end == at or (
        at >= 1 and context.doc[at - 1].text == "," and holder.token_end == at - 1
    )


def _before_its_holder(context: Context, link: RoleLink, role_mention: Mention) -> bool:
    """The title opens its sentence right before its holder's name, as news writes the
    official of the body under discussion ("General Secretary X said"), and is a
    title of more than one word (a single word before a name is as often a head of state's,
    "President X")."""
    if link.holder is None or len(link.role.words.split()) < 2:
        return False
    holder = context.resolved.mentions[link.holder]
    return (
        holder.token_start == role_mention.token_end
        and context.doc[role_mention.token_start].is_sent_start is True
    )


def _organisation_in_focus(
    context: Context, role_mention: Mention, *, appositive: bool = False
) -> str | None:
    """The organisation a bare title is a post in ("X, vice-president, said"; "according to
    general secretary X"): the nearest organisation named before it in its sentence, else, for
    a title in apposition after its holder (``appositive``), the one the article most often
    makes the subject of a clause, when one stands out. A title with no organisation is read
    against the organisation under discussion (a bridging reference); governments,
    legislatures and news organisations are never that."""
    resolved, doc = context.resolved, context.doc
    nearest: tuple[int, str] | None = None
    subject_counts: Counter[str] = Counter()
    for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True):
        if key is None or mention.is_role or key not in resolved.by_key:
            continue
        if context.core(key) != KG.Organisation or resolved.by_key[key].type in _NOT_IN_FOCUS:
            continue
        span = doc[mention.token_start : mention.token_end]
        if span.root.dep_ in ("nsubj", "nsubjpass"):
            subject_counts[key] += 1
        same_sentence = mention.sentence == role_mention.sentence
        if (
            same_sentence
            and mention.token_end <= role_mention.token_start
            and _a_speaking_side(context, span.root)
        ):
            if nearest is None or mention.token_start > nearest[0]:
                nearest = (mention.token_start, key)
    if nearest is not None:
        return nearest[1]
    previous = _subject_of_the_sentence_before(context, role_mention)
    if previous is not None or not appositive:
        return previous
    ranked = subject_counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _subject_of_the_sentence_before(context: Context, role_mention: Mention) -> str | None:
    """For a title that opens its sentence ("General secretary X said") or follows a quotation
    that does ("'We will ballot,' said general secretary X"), the organisation the sentence
    before makes its subject: the sentence goes on from what that one told of it ("The guild
    rejected the offer.")."""
    doc = context.doc
    sentence = doc[role_mention.token_start].sent
    # a title of one word may be any body's ("President X" of a state)
    opens = role_mention.token_start == sentence.start and len(role_mention.text.split()) > 1
    if not (sentence[0].is_quote or opens) or sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    for token in before:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head == before.root:
            key = context.entity(token, (KG.Organisation,))
            if key is not None and context.resolved.by_key[key].type not in _NOT_IN_FOCUS:
                return key
    return None


def _a_speaking_side(context: Context, root: Token) -> bool:
    """An organisation that may be the title holder's own: the subject of its clause ("the
    union's committee voted ..., according to general secretary X") or the owner of a title
    ("Aslef's general secretary, ... and X, assistant general secretary"); not one in a
    prepositional phrase ("after talks with the Board broke down") or owning a thing ("the
    Board's offer is an insult, according to general secretary X")."""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if root.dep_ not in ("poss", "compound"):
        return False
    head = root.head  # "the union's committee voted": the owner of a body that is the subject
    body = head.dep_ in ("nsubj", "nsubjpass") and context.entity(head, (KG.Organisation,))
    return bool(body) or context.lexicon.role(head.lower_) is not None


def government(context: Context) -> str | None:
    """The Government, when the article names it."""
    return next(
        (
            e.key
            for e in context.resolved.entities
            if e.gazetteer_id == "government" or e.label.lower() == "government"
        ),
        None,
    )


def possessor(context: Context, start: int) -> str | None:
    """The organisation that owns the noun phrase starting at token ``start``: "its", "their",
    "the union's", "Mind's"."""
    if start < 1:
        return None
    doc = context.doc
    while (
        start > 1 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i >= start
    ):
        start -= 1  # "the Commission's executive vice-president": past the title's modifiers
    before = doc[start - 1]
    if before.dep_ == "poss" and before.pos_ == "PRON":
        key = context.resolved.pronouns.get(before.i)
        if before.is_sent_start and before.i > 0:
            # "ASCL said it backed the NEU's demands. Its general secretary ...": the subject
            # of the sentence before, not its last organisation
            root = doc[before.i - 1].sent.root
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = context.entity(subjects[0], (KG.Organisation,)) if subjects else None
            key = found or key
    elif before.dep_ == "case" and start >= 2:
        key = context.entity(doc[start - 2], (KG.Organisation,))
    else:
        return None
    return key if key is not None and context.core(key) == KG.Organisation else None


def _held_then(doc: Doc, start: int) -> bool:
    """ "then-chancellor X", "the then chancellor X": "then" joined to the title dates the post
    to the time told of, no post held now. "X, then the chief executive of Y, said" is
    another reading: the title in apposition tells who X was when they spoke."""
    before = doc[start - 1] if start >= 1 else None
    if before is not None and before.text in ("-", "–") and start >= 2:
        before = doc[start - 2]
    return before is not None and before.lower_ == "then"


#: last words of a local council's name ("Flintshire Council", "Leeds City Council")
_COUNCIL_WORDS = frozenset({"council", "authority"})


def _council_of_the_place(context: Context, target: str | None, start: int) -> str | None:
    """The council the article names after a place that a title is of ("Flintshire leader X",
    "Doncaster's elected mayor X", beside "Flintshire Council", "Doncaster Council"): a
    council's leader or mayor holds the post in the council, not in the place."""
    doc = context.doc
    place = context.resolved.by_key[target].label if target is not None else None
    if place is None:
        # the place in the title ("Flintshire leader") or its possessive before it
        tokens = [doc[start]] if start < len(doc) else []
        if start >= 1:
            tokens.append(
                doc[start - 2] if doc[start - 1].tag_ == "POS" and start >= 2 else doc[start - 1]
            )
        keys = [k for t in tokens if (k := context.entity(t, (KG.Place,))) is not None]
        place = context.resolved.by_key[keys[0]].label if keys else None
    if place is None or " " in place.strip():
        return None
    councils = {
        e.key
        for e in context.resolved.entities
        if context.core(e.key) == KG.Organisation
        and (name := e.label.split())[0] == place
        and len(name) > 1
        and name[-1].lower() in _COUNCIL_WORDS
    }
    return councils.pop() if len(councils) == 1 else None
