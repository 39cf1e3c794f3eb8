"""Reading the dependency parse: children by relation, coordination, and who a clause's subject is.

Plain functions of spaCy tokens, with no entities and no words from the lexicon: the rules
say *which* words matter, these say *where* they stand.

Example: in "The union and the BMA wrote to ministers", ``subjects_of(wrote)`` is
``[union, BMA]`` (the subject and its conjunct).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.parse import head_indices, tokens_of

__all__ = [
    "children",
    "conjuncts",
    "coordinated_with",
    "has_child",
    "is_verb",
    "labelled_in_passive",
    "modified",
    "objects_of",
    "particle_objects",
    "preps",
    "second_objects",
    "spelt",
    "subjects_of",
]

VERB_TAGS = ("VERB", "AUX")
_POS_IDS = importlib.import_module("spacy.parts_of_speech").IDS  # a compiled module, no stubs
_VERB_POS: frozenset[int] = frozenset(_POS_IDS[tag] for tag in VERB_TAGS)
RELATIVE_PRONOUNS = ("which", "that", "who")
# clauses that take their subject from the clause they depend on
INHERITING_CLAUSES = ("xcomp", "advcl", "conj", "pcomp", "acomp", "ccomp")
MAX_DEPTH = 5
FINITE_TAGS = ("VBD", "VBZ")  # a finite verb that says its own tense ("urged", "urges")


def children(token: Token, *deps: str) -> list[Token]:
    """The children of ``token`` attached by one of ``deps``, in order."""
    return [c for dep, c in _children_of(token) if dep in deps]


def has_child(token: Token, *deps: str) -> bool:
    """True when ``token`` has a child attached by one of ``deps``."""
    return any(dep in deps for dep, _ in _children_of(token))


def preps(token: Token, *words: str) -> list[Token]:
    """The prepositions hung on ``token`` (only those spelt as one of ``words``, if given)."""
    return [
        c for dep, c in _children_of(token) if dep == "prep" and (not words or c.lower_ in words)
    ]


_NO_CHILDREN: tuple[tuple[str, Token], ...] = ()


def _children_of(token: Token) -> tuple[tuple[str, Token], ...]:
    """(relation, child) of each child of ``token``, in order, read from the parse once per
    document: walking ``token.children`` makes new Token objects on every call, and the rules
    ask for the children of the same words many times."""
    doc = token.doc
    table: list[tuple[tuple[str, Token], ...]] | None = doc.user_data.get("kg_children")
    if table is None:
        found: list[list[tuple[str, Token]]] = [[] for _ in range(len(doc))]
        heads = head_indices(doc)
        for child in tokens_of(doc):
            head = heads[child.i]
            if head != child.i:
                found[head].append((child.dep_, child))
        table = [tuple(kids) if kids else _NO_CHILDREN for kids in found]
        doc.user_data["kg_children"] = table
    return table[token.i]


def objects_of(prep: Token) -> list[Token]:
    """The objects of a preposition ("of" → "the plan" in "part of the plan")."""
    return children(prep, "pobj")


def spelt(words: Iterable[str]) -> str:
    """Words joined as they are written: a space between two, none around a hyphen, which the
    tokenizer splits off ("short", "-", "term", "fix" → "short-term fix"), so that a lexicon
    phrase spelt with a hyphen matches the tokens of the text."""
    return " ".join(words).replace(" - ", "-")


def is_verb(token: Token) -> bool:
    return token.pos in _VERB_POS  # the number: ``token.pos_`` looks its name up on every read


def second_objects(verb: Token) -> list[Token]:
    """The second object of a verb of two objects that the parser read as a small clause:
    "made the unions the offer" hung as made → ccomp "unions" → dobj "offer", or as made →
    ccomp "offer" → nsubj "unions". A noun cannot head a complement clause, so the object of
    such a noun is the verb's own, or with a subject and no object the noun itself is."""
    found: list[Token] = []
    for clause in children(verb, "ccomp"):
        if clause.pos_ == "NOUN":
            found += children(clause, "dobj") or ([clause] if has_child(clause, "nsubj") else [])
    return found


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("MNPs, SNPs and GMS")."""
    result = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in [*current.children, *_hung_inside_a_name(current)]:
            if child.dep_ in ("conj", "appos") and child not in result:
                if child.dep_ == "appos" and _subject_read_as_apposition(child):
                    continue
                result.append(child)
                stack.append(child)
    return result


def _hung_inside_a_name(token: Token) -> list[Token]:
    """The names joined by "and" to the last word of a name of the form "X of Y", which the
    parser hangs inside it ("the Society of Physiotherapists and Unison": "Unison" joined to
    "Physiotherapists"): a name's "of" phrase is part of the name, so what is joined to its
    last word is joined to the whole. Words joined inside the name itself ("the Association
    of Sergeants and Inspectors") name the same body, and a rule that looks them up finds it
    again."""
    if token.pos_ != "PROPN":
        return []
    return [
        joined
        for of in preps(token, "of")
        for name in objects_of(of)
        if name.pos_ == "PROPN"
        for joined in children(name, "conj")
        if joined.pos_ == "PROPN"
    ]


def _subject_read_as_apposition(appos: Token) -> bool:
    """An apposition right before a finite verb that has no subject is that verb's subject,
    misread after an opening phrase ending in a name ("Following the offer made by the Board,
    the union is to ballot members": "the union" hung on "the Board"). A true apposition is
    set off by a comma on both sides ("the Board, the pay panel, said") or ends a subject of
    its own ("three unions, A, B and C, will strike")."""
    after = appos.right_edge.i + 1
    doc = appos.doc
    if after >= len(doc) or doc[after].tag_ not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
    return not has_child(verb, "nsubj", "nsubjpass")


def subjects_of(verb: Token, depth: int = 0) -> list[Token]:
    """Subject tokens of a verb: nsubj, passive agent, or inherited from the governing clause.
    A participle modifying a noun with its agent is passive even where the tagger read it as a
    past tense ("the bill brought forward by the ministry": "brought" tagged VBD)."""
    passive = has_child(verb, "nsubjpass", "auxpass") or (
        (verb.tag_ == "VBN" or verb.dep_ == "acl") and has_child(verb, "agent")
    )
    if passive:
        return _passive_subjects(verb, depth)
    for child in verb.children:
        if child.dep_ == "csubj" and depth < MAX_DEPTH and not _name_beside(child, verb):
            # a clause the parser made the subject ("Members of X working for Y have voted"):
            # its own subject acts
            inner = subjects_of(child, depth + 1)
            if inner:
                return inner
        if child.dep_ in ("nsubj", "csubj"):
            if _time_beside(child, verb):
                continue
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _antecedents(verb, child)
            return conjuncts(_name_beside(child, verb) or child) + _second_subjects(child, verb)
    if verb.dep_ == "xcomp" and verb.head is not verb:
        controller = _controller(verb)
        if controller:
            return conjuncts(controller[0])
    if depth < MAX_DEPTH and verb.dep_ in INHERITING_CLAUSES and verb.head is not verb:
        governor = coordinated_with(verb)
        if governor.dep_ == "prep" and governor.pos_ == "ADP":  # "committed to working"
            governor = governor.head
        return subjects_of(governor, depth + 1)
    if verb.dep_ == "acl":
        return _acl_subjects(verb)
    return []


def _second_subjects(first: Token, verb: Token) -> list[Token]:
    """The subjects the parser hung on the verb beside a first one left with a dangling "and"
    ("Minister Jo Hale and adviser Tom Reeve asked to meet": "Reeve" a second subject, not
    a conjunct of "Hale")."""
    if not any(c.dep_ == "cc" for c in first.children) or has_child(first, "conj"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i]


def coordinated_with(verb: Token) -> Token:
    """The verb a clause depends on, or for a verb joined by "and" or "but" to the verb of a
    reported clause that cannot share its form, the verb of saying: "the union said the cuts
    could harm care, and urged the trust to think again", "said it will seek members' views
    but added ...", "said councils are doing what they can and argued ...". A finite verb
    (past or present) cannot share a modal, "to" or a progressive "be" with the verb the
    parser joined it to, so it goes with the verb that reports that clause, and has its
    subject and mood."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.dep_ != "ccomp":
        return head
    if has_child(verb, "nsubj", "nsubjpass"):
        return head
    auxiliaries = children(head, "aux")
    bare = head.tag_ == "VB" and any(a.tag_ in ("MD", "TO") for a in auxiliaries)
    progressive = head.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries)
    return head.head if (bare or progressive) and is_verb(head.head) else head


def _time_beside(subject: Token, verb: Token) -> bool:
    """True for a time phrase the parser made a second subject, before the real one ("a
    number of weeks ago he met the union", "last month the council said"): a phrase of dates
    (the model's DATE or TIME) beside another subject of the same verb."""
    if not any(t.ent_type_ in ("DATE", "TIME") for t in subject.subtree):
        return False
    return any(c.dep_ == "nsubj" and c.i > subject.i for c in verb.children)


def _name_beside(subject: Token, verb: Token) -> Token | None:
    """The name right after a subject's description ("Rail union the RMT has rejected ...",
    "Teaching union the EIS said"), which the parser makes a second subject of the same verb:
    the name is who acts, the words before it describe it."""
    if subject.pos_ == "PROPN":
        return None
    doc, k = subject.doc, subject.right_edge.i + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    while k < len(doc) and doc[k].dep_ == "compound" and doc[k].head.i > k:
        k = doc[k].head.i
    if k >= len(doc):
        return None
    name = doc[k]
    if name.dep_ == "nsubj" and name.head == verb and name.pos_ == "PROPN" and name.i > subject.i:
        return name
    return None


def _antecedents(verb: Token, pronoun: Token) -> list[Token]:
    """What a relative pronoun subject stands for. The parser hangs a relative clause after a
    coordination on its first item ("X and Y, who chair the committee"); but the clause
    belongs to the item just before it, and to the items joined to that one by "and" when its
    verb is plural (agreement: "who chair", "who are"). A clause on an apposition is about
    the one it is set beside ("Ann Lowe, a nurse who took part in the strike": Ann Lowe)."""
    governor = verb.head
    nearest = pronoun.i - 1
    while nearest > governor.i and pronoun.doc[nearest].is_punct:
        nearest -= 1
    antecedent = pronoun.doc[nearest]
    while antecedent.dep_ in ("compound", "flat") and antecedent.head.i > antecedent.i:
        antecedent = antecedent.head
    if pronoun.lower_ == "which" and antecedent.ent_type_ == "PERSON":
        return []  # "which" is never a person: "a letter to the chair, Ann Lowe, which argues"
    if antecedent == governor or antecedent not in conjuncts(governor):
        # "Ann Lowe, a nurse who joined the strike": an apposition is the one it is set beside
        return [governor.head if governor.dep_ == "appos" else governor]
    if not _plural(verb):
        return [antecedent]
    first = antecedent.head if antecedent.dep_ == "conj" else antecedent
    if not has_child(first, "cc"):
        return [antecedent]
    return [t for t in conjuncts(first) if t.i <= antecedent.i]


def _plural(verb: Token) -> bool:
    """A plural (or first-person) present verb, itself or its auxiliary: "chair", "are"."""
    forms = [verb, *children(verb, "aux", "auxpass")]
    return any(t.tag_ == "VBP" or t.lower_ in ("are", "were", "have") for t in forms)


def _passive_subjects(verb: Token, depth: int) -> list[Token]:
    """The agent of a passive ("imposed by the Government"), or its raised subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            return [t for p in objects_of(child) for t in conjuncts(p)]
    if depth > 0:  # "the committee is expected to vote": the raised subject
        return [t for c in children(verb, "nsubjpass") for t in conjuncts(c)]
    return []


# the named-entity labels of a span of time: "spent 10 hours trying to negotiate"
TIME_LABELS = ("TIME", "DATE")


def _controller(verb: Token) -> list[Token]:
    """Object control: "urged the BMA to accept", "call upon the Government to return"; not a
    span of time spent ("spent 10 hours trying to negotiate": the subject tries)."""
    governor = verb.head
    controller = [o for o in children(governor, "dobj") if o.ent_type_ not in TIME_LABELS]
    controller += [
        g
        for c in governor.children
        if c.dep_ == "prep" and c.lower_ in ("upon", "on") and c.i < verb.i
        for g in objects_of(c)
    ]
    return controller


def modified(participle: Token) -> Token:
    """The noun a participle or relative clause modifies: its head, or the noun before a
    number the parser hung the participle on ("the arrangements for 2024/25 set out in the
    letter": a year closing a phrase after the noun modifies nothing)."""
    head = participle.head
    if head.pos_ != "NUM" or head.dep_ != "pobj" or head.head.i == 0:
        return head
    before = head.doc[head.head.i - 1]  # the parser may hang "for 2024/25" on a noun before
    return before if before.pos_ in ("NOUN", "PROPN") else head


def _acl_subjects(verb: Token) -> list[Token]:
    """The owner of a participle's noun ("the Government's plans announced"), who makes the
    move or decision an infinitive completes ("a move by the union to oppose the bill"), or
    the author of the document it is set out in: its owner, the sender of a letter ("set out
    in the recent letter from NHSE") or the body named before it ("made in the Low Pay
    Commission report")."""
    noun = modified(verb)
    for child in noun.children:
        if child.dep_ == "poss":
            return [child]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        for prep in preps(noun, "by"):
            return objects_of(prep)
    for prep in preps(verb, "in"):
        for document in prep.children:
            for part in document.children:
                if part.dep_ == "poss":
                    return [part]
                if part.dep_ == "prep" and part.lower_ == "from":
                    return objects_of(part)
            names = [p for p in children(document, "compound") if p.pos_ == "PROPN"]
            if names:
                return names[-1:]
    if verb.tag_ == "VBG" and noun is not verb:
        return [noun]  # "said the union's leader, describing the offer as ...": the leader
    return []


def labelled_in_passive(verb: Token) -> list[Token]:
    """What a verb of labelling in the passive labels, when it names who labels ("the plan was
    described as unworkable by the union", "the measures have been branded by the charities
    a disappointment", "a levy which was called a tax grab by the union"): its passive
    subject, which the active voice has for object. Without an agent no one is named."""
    if not has_child(verb, "agent"):
        return []
    return children(verb, "nsubjpass")


def indirect_objects(verb: Token) -> list[Token]:
    """The nouns the parser reads as the verb's indirect object: the one told or sent to
    ("told the BBC the plan would fail", "sent the Treasury a dossier")."""
    return [c for c in children(verb, "dative") if c.pos_ in ("NOUN", "PROPN")]


def participle_objects(verb: Token) -> list[Token]:
    """What a past participle with its agent and no object acts on, where the parser hangs it on
    a clause's verb: the noun before its comma (:func:`noun_before_a_participle`), else the
    subject of the clause it opens or interrupts (:func:`participle_understood_subjects`)."""
    before = noun_before_a_participle(verb)
    return [before] if before is not None else participle_understood_subjects(verb)


def participle_understood_subjects(verb: Token) -> list[Token]:
    """What a passive participle's clause is about when it opens or interrupts another clause
    ("When asked by the BBC, the ministry declined to comment", "Criticised by the union, the
    minister defended the plan"): the subject of the clause it modifies, the participle's
    own understood subject and so the object of its act."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not has_child(verb, "agent"):
        return []
    if has_child(verb, "nsubjpass", "nsubj", "dobj"):
        return []
    return children(verb.head, "nsubj")


def noun_before_a_participle(verb: Token) -> Token | None:
    """The noun a past participle with its agent follows after a comma, where the parser hung
    the participle on the clause's verb ("... and the Guild's council, chaired by Ann Hale.":
    the council is what is chaired), or None."""
    doc = verb.doc
    if not (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and has_child(verb, "agent")
        and not has_child(verb, "nsubjpass", "nsubj")
        and verb.i >= 2
        and doc[verb.i - 1].text == ","
    ):
        return None
    noun = doc[verb.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def particle_objects(token: Token, particle: Token) -> list[Token]:
    """A phrasal verb's objects: on the particle ("called on the Government to"), after it
    ("hit out at the plan") or the noun the verb modifies ("the plan, drawn up by X,")."""
    objects = children(token, "dobj", "nsubjpass") or children(particle, "pobj")
    if not objects and _passive_modifier(token):
        objects = [modified(token)]
    objects = objects or [o for p in children(token, "prep") for o in children(p, "pobj")]
    if token.dep_ in ("relcl", "acl") and not objects:
        objects = [modified(token)]
    return objects


def _passive_modifier(token: Token) -> bool:
    """True for a participle modifying a noun in the passive, which is its object: "the bill
    brought forward by the ministry in March" (not "the letter hitting out at the plan")."""
    return token.dep_ == "acl" and (token.tag_ == "VBN" or has_child(token, "agent"))
