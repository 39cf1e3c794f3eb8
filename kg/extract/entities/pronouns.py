"""Pronouns: he/she → the most recent person of fitting gender (a subject pronoun prefers the
person who was the subject before), it/its → the most recent organisation nearby, they/their →
an organisation in the same sentence.

"It" refers to a proposal rather than an actor where actors do not stand: as the subject of
a copula or a passive ("it would be backdated"), or the object of accepting or rejecting
("we will not accept it"); it refers to nothing when it stands for a clause ("it remains
unclear whether ...", "it would be 2027 before ...", "made it harder"). "They" and "their"
are left alone when a plural noun that names no organisation comes between ("recommending to
members that they vote": the members).

Pronouns are a closed grammatical set and stay here; the honorifics that tell a person's
gender ("Mr", "Dame") are in the lexicon (``lex:honorific`` of ``lex:male``, ``lex:female``).

Example: "Mr Streeting wrote to Dr Bramall. He said ..." resolves "He" to Mr Streeting.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import sentence_start as sentence_start_of
from kg.extract.parse import tokens_of
from kg.model import Document
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "main_pronoun_subject",
    "resolve_pronouns",
    "person_excluding",
    "genders",
    "MALE",
    "FEMALE",
    "NEUTER",
    "PLURAL",
]

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
# verbs whose "it" subject is no actor: a copula, or one that takes a clause ("it emerged that")
LIGHT_VERBS = frozenset({"be", "seem", "remain", "appear", "become", "emerge", "matter"})
EXTRAPOSED = ("ccomp", "xcomp", "csubj", "advcl")
NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos")
PROPOSAL_REACH = 60  # tokens before the sentence where a proposal "it" may point


def resolve_pronouns(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """he/she -> the most recent person; it/its -> the most recent organisation nearby."""
    people: list[tuple[int, str]] = []
    organisations: list[tuple[int, int, str]] = []
    proposals: list[tuple[int, int, str]] = []
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None:
            continue
        cls = core_class(resolved.by_key[key].type)
        if cls == KG.Person and not _in_a_line_between_paragraphs(document.text, m.start):
            people.append((m.token_start, key))
        elif cls == KG.Organisation and not m.is_role:
            organisations.append((m.token_start, m.token_end, key))
        elif cls == KG.Proposal:
            proposals.append((m.token_start, m.token_end, key))
    people.sort()
    organisations.sort()
    proposals.sort()
    gender = genders(resolved, lexicon)
    # people who were the subject of a clause, in order: a subject pronoun prefers them
    # ("He moved to ensure Dr Bramall ... And he concluded": he is still the first "He")
    subjects: list[tuple[int, str]] = []
    person_at = {start: key for start, key in people}
    for token in tokens_of(spacy_doc):
        lower = token.lower_
        if token.dep_ == "nsubj" and token.pos_ in ("PROPN", "NOUN") and _of_a_main_clause(token):
            key = _person_named_by(token, person_at)
            if key is not None:
                subjects.append((token.i, key))
        if token.pos_ != "PRON" and lower not in ("his", "her", "its"):
            continue
        if lower in MALE or lower in FEMALE:
            holder = _role_it_follows(token, lexicon)
            if holder is not None:  # "the minister and his team": the minister's, or no one's
                found = resolved.entity_for_token(holder.i, (KG.Person,))
            else:
                found = _person(token, people, subjects, gender)
            if found is not None:
                resolved.pronouns[token.i] = found
                if token.dep_ == "nsubj" and _of_a_main_clause(token):
                    subjects.append((token.i, found))
        elif lower in NEUTER or lower in PLURAL:
            found = (
                _clause_subject(token, organisations, resolved.pronouns)
                or _topic_continued(token, proposals, resolved.pronouns, lexicon)
                or _neuter(token, organisations, proposals, lexicon)
            )
            if found is not None:
                resolved.pronouns[token.i] = found


#: the last character of a line of running text (or of one that opens a quotation: "X said:"),
#: before any closing quotation marks or brackets
_LINE_ENDS = frozenset(".!?:;…")
_CLOSING = "\"'”’)]"
#: a longer line is running text that lost its full stop, not a link, caption or subheading
MAX_BETWEEN_WORDS = 20


def _in_a_line_between_paragraphs(text: str, at: int) -> bool:
    r"""The character ``at`` is on a line of the body with no end punctuation: a link to another
    story, a caption or a subheading set between paragraphs ("Minister doubles down on tax"),
    whose people the paragraph after it does not go on about. The headline is not one.

    A line of more than ``MAX_BETWEEN_WORDS`` words is a paragraph whose full stop was lost.

    >>> _in_a_line_between_paragraphs("Title\nJo Hale quits\nHe said so.", 8)
    True
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].rstrip().rstrip(_CLOSING)
    short = len(line.split()) <= MAX_BETWEEN_WORDS
    return start > 0 and bool(line) and line[-1] not in _LINE_ENDS and short


def _role_it_follows(pronoun: Token, lexicon: Lexicon) -> Token | None:
    """The role noun a possessive pronoun's noun is coordinated with: "the secretary of state
    and his team", "the minister and her officials" are the team and officials of that holder,
    whoever the role names (not of a person named before)."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "conj":
        return None
    first = pronoun.head.head
    if first.i < pronoun.i and first.pos_ in ("NOUN", "PROPN") and lexicon.role(first.lower_):
        return first
    return None


def _of_a_main_clause(subject: Token) -> bool:
    """The subject is of the sentence's main verb or one joined to it, not of a clause inside
    ("X suggested that even Y would not go far enough. He told ...": he is X)."""
    verb = subject.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _person_named_by(subject: Token, person_at: dict[int, str]) -> str | None:
    """The person a subject names: by its name ("Dr Hale said"), or by the name set beside a
    role ("The union's general secretary, Jo Hale, met ...": the appositive)."""
    if subject.pos_ == "PROPN":
        return person_at.get(subject.left_edge.i) or person_at.get(subject.i)
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.pos_ == "PROPN":
            return person_at.get(appos.left_edge.i) or person_at.get(appos.i)
    return None


def _person(
    token: Token,
    people: list[tuple[int, str]],
    subjects: list[tuple[int, str]],
    gender: dict[str, str],
    excluding: Collection[str] = (),
) -> str | None:
    """The person a he/she pronoun points to: the last one before it whose gender fits; for a
    subject pronoun, the last subject of a main clause of fitting gender in the 120 tokens before
    it."""
    wrong = "female" if token.lower_ in MALE else "male"
    before = [
        key
        for start, key in people
        if start < token.i and gender.get(key) != wrong and key not in excluding
    ]
    if token.dep_ == "nsubj":
        recent = [
            key
            for at, key in subjects
            if token.i - 120 < at < token.i and gender.get(key) != wrong and key not in excluding
        ]
        if recent:
            before = recent
    return before[-1] if before else None


def person_excluding(
    resolved: ResolvedDocument, token: Token, lexicon: Lexicon, excluding: Collection[str]
) -> str | None:
    """The person a he/she pronoun points to when it cannot be any of ``excluding`` (inside a
    quotation, "he" is never its speaker: "“What he says is unlawful,” Hale said")."""
    people = sorted(
        (m.token_start, key)
        for k, m in enumerate(resolved.mentions)
        if (key := resolved.mention_entity[k]) is not None
        and core_class(resolved.by_key[key].type) == KG.Person
    )
    person_at = {start: key for start, key in people}
    subjects = [
        (t.i, key)
        for t in token.doc[max(0, token.i - 80) : token.i]
        if t.dep_ == "nsubj"
        and (key := person_at.get(t.left_edge.i) or resolved.pronouns.get(t.i)) is not None
    ]
    return _person(token, people, subjects, genders(resolved, lexicon), excluding)


def _neuter(
    token: Token,
    organisations: list[tuple[int, int, str]],
    proposals: list[tuple[int, int, str]],
    lexicon: Lexicon,
) -> str | None:
    """it/its/they/their: a proposal where actors do not stand, else an organisation."""
    lower = token.lower_
    if lower in ("it", "itself"):
        said = token.dep_ == "dobj" and token.head.lemma_ in lexicon.speech_verbs
        if (_stands_for_a_clause(token) and not _feels(token, lexicon)) or said:
            return None  # "it remains unclear whether", "dare I say it"
        if _takes_a_proposal(token, lexicon):
            return _recent(token, proposals, PROPOSAL_REACH)
        if token.dep_ == "nsubj":
            found = _continued_subject(token, organisations + proposals)
            if found is not None:
                return found
    if lower in PLURAL and _plural_noun_between(token, organisations):
        return None
    if lower == "they" and token.dep_ == "nsubj":
        found = _plural_body_continued(token, organisations)
        if found is not None:
            return found
    return _organisation(token, organisations)


PLURAL_AGREEMENT = frozenset({"have", "are", "were"})


def _plural_body_continued(token: Token, organisations: list[tuple[int, int, str]]) -> str | None:
    """A subject "they" with no organisation before it in its sentence goes on with the last
    organisation the sentence before had as a subject with a plural verb: British writing
    makes a body plural ("The executive council have received the report. They have suspended
    the strike"), and the verb's agreement shows the writer did so."""
    sentence_start = sentence_start_of(token)
    if sentence_start == 0 or any(sentence_start <= s < token.i for s, _e, _k in organisations):
        return None
    previous = token.doc[sentence_start - 1].sent
    found = None
    for subject in previous:
        if subject.dep_ != "nsubj" or subject.tag_ not in ("NN", "NNP"):
            continue
        verb = subject.head
        if verb.tag_ != "VBP" and not any(
            c.dep_ == "aux" and c.lower_ in PLURAL_AGREEMENT for c in verb.children
        ):
            continue
        for start, end, key in organisations:
            if start <= subject.i < end:
                found = key
    return found


def _clause_subject(
    token: Token, organisations: list[tuple[int, int, str]], pronouns: dict[int, str]
) -> str | None:
    """A possessive "its" or "their" on the object of a verb whose subject is an organisation
    is that organisation's: "It will ballot its members", "the union urged its members"
    (the subject binds the possessive in its own clause)."""
    if token.dep_ != "poss" or token.lower_ not in ("its", "their"):
        return None
    noun = token.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.i in pronouns:
            return pronouns[subject.i]
        for start, end, key in organisations:
            if start <= subject.i < end:
                return key
    return None


def _continued_subject(token: Token, candidates: list[tuple[int, int, str]]) -> str | None:
    """A subject "it" with no organisation or proposal before it in its sentence continues
    what the sentence before was about: its subject, else its object ("This offer is less
    than ... . It does nothing to ...")."""
    sentence_start = sentence_start_of(token)
    if sentence_start == 0 or any(sentence_start <= s < token.i for s, _e, _k in candidates):
        return None
    previous = token.doc[sentence_start - 1].sent
    root = previous.root
    for dep in ("nsubj", "nsubjpass", "dobj"):
        for child in root.children:
            if child.dep_ != dep:
                continue
            for start, end, key in candidates:
                if start <= child.i < end:
                    return key
    return None


def _topic_continued(
    token: Token,
    proposals: list[tuple[int, int, str]],
    pronouns: dict[int, str],
    lexicon: Lexicon,
) -> str | None:
    """A subject "it" that stands for a proposal goes on with the proposal the sentence before
    had as its own subject "it", not the last proposal that sentence named in passing: "It has
    been criticised, with the guild saying it falls short of the award it wants. The union
    said it is a step forward" (the offer both "it"s stand for, not the award). A chain of
    pronoun subjects keeps one topic."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = sentence_start_of(token)
    if start == 0 or not _takes_a_proposal(token, lexicon):
        return None
    subject = main_pronoun_subject(token.doc[start - 1].sent, ("it",))
    if subject is None:
        return None
    key = pronouns.get(subject.i)
    return key if key in {key for _s, _e, key in proposals} else None


def main_pronoun_subject(sentence: Span, words: Collection[str]) -> Token | None:
    """The subject of the sentence's main verb when it is one of the pronouns ``words`` ("it",
    "this"): a sentence whose subject is "it" goes on with what was spoken of before, and the
    "it"s of the sentences that follow go on with it (the topic chain read here, by
    :func:`_topic_continued`, and by the verdict rules)."""
    for subject in sentence.root.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in words:
            return subject
    return None


def _organisation(token: Token, organisations: list[tuple[int, int, str]]) -> str | None:
    """it/its: an organisation nearby (up to 60 tokens before its sentence); they/them/their:
    one in the same sentence only."""
    reach = 60 if token.lower_ in NEUTER else 0
    return _recent(token, organisations, reach)


def _recent(token: Token, found: list[tuple[int, int, str]], reach: int) -> str | None:
    """The last of ``found`` before ``token``, no more than ``reach`` tokens before its
    sentence."""
    sentence_start = sentence_start_of(token)
    before = [key for start, _e, key in found if sentence_start - reach <= start < token.i]
    return before[-1] if before else None


def _feels(token: Token, lexicon: Lexicon) -> bool:
    """ "it was disappointed that ...": the subject of a feeling is an actor, not a proposal or
    a clause (``lex:feelingAdjective``)."""
    return token.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lower_ in lexicon.feeling_adjectives for c in token.head.children
    )


def _stands_for_a_clause(token: Token) -> bool:
    """ "It" that stands for a clause, not a thing: "it remains unclear whether ...", "it
    would be 2027 before ...", "it is vital to ...", "it is disappointing that ...", "made it
    harder"."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in LIGHT_VERBS:
        # "it was the ballot that forced ...": a cleft
        cleft = any(
            c.dep_ == "attr" and any(r.dep_ == "relcl" for r in c.children) for c in head.children
        )
        # "it is bitterly disappointing that ...": the parser hangs the clause
        # on the adjective (a finite clause only: "it is likely to be rejected" is the plan)
        judged = any(
            c.dep_ == "ccomp" for a in head.children if a.dep_ == "acomp" for c in a.children
        )
        return cleft or judged or any(c.dep_ in EXTRAPOSED for c in head.children)
    return token.dep_ in ("nsubj", "dobj") and head.pos_ == "ADJ"  # "made it harder"


def _takes_a_proposal(token: Token, lexicon: Lexicon) -> bool:
    """ "It" where an actor does not stand: the subject of a copula or of a passive ("it
    would be backdated"), or what is accepted or rejected ("we will not accept it")."""
    head = token.head
    if token.dep_ == "nsubjpass":
        return True
    if token.dep_ == "nsubj" and head.lemma_.lower() in LIGHT_VERBS:
        return not _feels(token, lexicon)
    lemma = head.lemma_.lower()
    return token.dep_ == "dobj" and (lemma in lexicon.accept_words or lemma in lexicon.reject_words)


def _plural_noun_between(token: Token, organisations: list[tuple[int, int, str]]) -> bool:
    """True when a plural common noun that is no organisation's name stands between the last
    organisation of the sentence and "they" ("recommending to members that they vote"), or is
    the subject of a clause before it."""
    sentence_start = sentence_start_of(token)
    last_end = max(
        (end for start, end, _k in organisations if sentence_start <= start < token.i),
        default=sentence_start,
    )
    doc = token.doc
    if any(
        t.tag_ == "NNS" and t.dep_ in NOUN_ROLES and not _stands_for_organisation(t)
        for t in doc[last_end : token.i]
    ):
        return True
    # "Drivers are to vote on an offer made in talks with the DfT, said their union"
    return any(
        t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") and not _stands_for_organisation(t)
        for t in doc[sentence_start : token.i]
    )


def _stands_for_organisation(noun: Token) -> bool:
    """ "Members of the BMA": a plural noun followed by "of"/"from" and a name."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "from")
        and any(g.pos_ == "PROPN" for g in c.subtree)
        for c in noun.children
    )


def genders(resolved: ResolvedDocument, lexicon: Lexicon) -> dict[str, str]:
    """The gender ("male", "female") of people named with a gendered honorific (Mr, Ms, Sir,
    Dame ...)."""
    gendered = lexicon.honorific_genders
    found: dict[str, str] = {}
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        first = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
        if key is not None and first in gendered:
            found.setdefault(key, gendered[first])
    return found
