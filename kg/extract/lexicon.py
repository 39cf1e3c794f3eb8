"""The lexicon: the words that drive the extractor's rules (``ontology/lexicon.ttl``).

Which head nouns make a phrase a ``Contract``, which verbs signal
``wroteTo``, which role words make their holder ``leads`` an organisation.

Example:
    >>> from kg.rdf.namespaces import KG
    >>> lexicon = load_lexicon()
    >>> lexicon.head_nouns["formula"] == KG.FundingFormula
    True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kg.rdf.namespaces import LEX
from kg.rdf.schema import ontology_dir, parse_turtle

__all__ = ["Lexicon", "Role", "load_lexicon"]


@dataclass(frozen=True)
class Role:
    """A post named by a role word: whoever holds it ``relation`` the organisation."""

    words: str
    relation: URIRef
    government_post: bool


@dataclass(frozen=True)
class Lexicon:
    """The words that drive the rules, read from ``ontology/lexicon.ttl``."""

    head_nouns: dict[str, URIRef] = field(default_factory=dict)
    name_words: dict[str, URIRef] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    triggers: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    """``(lemma, preposition) -> property``; ``inverse`` holds the lemmas whose object is the subject."""
    description_nouns: frozenset[str] = frozenset()
    weak_head_nouns: frozenset[str] = frozenset()
    negative_effects: frozenset[str] = frozenset()
    positive_effects: frozenset[str] = frozenset()
    light_head_nouns: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    inverse: frozenset[str] = frozenset()
    warning_words: frozenset[str] = frozenset()
    analysis_nouns: frozenset[str] = frozenset()
    """Nouns for a piece of analysis: publishing "an analysis of the plan" advises on the plan."""
    cancel_verbs: frozenset[str] = frozenset()
    """Verbs (with their particle) of stopping an event: whoever calls off a strike takes no part in it."""
    delivery_effects: frozenset[str] = frozenset()
    """Positive-effect verbs whose object is the thing brought about ("deliver the plan"), not
    the thing that benefits ("protect frontline services")."""
    burden_nouns: frozenset[str] = frozenset()
    """What people bear: raising it harms them, cutting it helps them ("raise prices")."""
    amount_verbs: frozenset[str] = frozenset()
    """Verbs that change an amount, whose good or harm depends on what they change."""
    speech_verbs: frozenset[str] = frozenset()
    """Verbs of saying: their subject is the speaker of what they report or quote."""
    # ---- relation rules: modality, proposals and reforms
    conditional_aux: frozenset[str] = frozenset()
    """Auxiliaries that make a clause conditional ("could", "would")."""
    future_aux: frozenset[str] = frozenset()
    """Auxiliaries that make a clause planned ("will")."""
    planning_verbs: frozenset[str] = frozenset()
    """Verbs that make the clause they govern planned ("plan to", "intend to")."""
    conditional_marks: frozenset[str] = frozenset()
    """Words opening a clause of condition ("if", "unless")."""
    uncertain_marks: frozenset[str] = frozenset()
    """Words opening a clause whose truth is open ("whether")."""
    contrary_prepositions: frozenset[str] = frozenset()
    """Prepositions after which a proposal is no proposal of the head ("a fight against")."""
    receiving_verbs: frozenset[str] = frozenset()
    """Verbs of receiving: who receives "advice from X" communicates with X."""
    finding_verbs: frozenset[str] = frozenset()
    """Verbs of research findings ("estimate", "find"), read like verbs of saying."""
    reform_nouns: frozenset[str] = frozenset()
    """Head nouns of a named reform ("the NHSE abolition")."""
    reform_verbs: frozenset[str] = frozenset()
    """Verbs of reforming: abolishing X proposes the named reform of X."""
    # ---- relations (ext-relations): directives, verbs naming events, appraisals, lists
    directive_verbs: frozenset[str] = frozenset()
    """Verbs (with their particle) of asking others to act ("urge", "call on", "recommend")."""
    event_verbs: dict[str, URIRef] = field(default_factory=dict)
    """Verb → the event class it names ("ballot" → ``kg:Vote``, "meet" → ``kg:Meeting``)."""
    positive_appraisals: frozenset[str] = frozenset()
    """Words and phrases that praise what they are said of ("a step in the right direction")."""
    negative_appraisals: frozenset[str] = frozenset()
    """Words and phrases that condemn what they are said of ("an insult", "derisory")."""
    label_verbs: frozenset[str] = frozenset()
    """Verbs that say what their object is ("called the offer an insult", "described X as")."""
    list_nouns: frozenset[str] = frozenset()
    """Nouns for what someone asks for or puts forward, item by item ("demands", "measures")."""
    reconsider_verbs: frozenset[str] = frozenset()
    """Verbs of going back on a proposal: asking someone to do it opposes the proposal."""
    offer_nouns: frozenset[str] = frozenset()
    """Head nouns of what one side of talks puts to the other ("offer", "deal")."""
    # ---- mentions and entities: titles, versions, generic and vague nouns, regions ----
    honorifics: frozenset[str] = frozenset()
    """Titles before a person's name ("dr", "baroness"), lower-case without a full stop."""
    honorific_genders: dict[str, str] = field(default_factory=dict)
    """Honorific → "male" or "female", for the titles that tell ("mr", "dame")."""
    version_words: frozenset[str] = frozenset()
    """Modifiers that make a proposal another version of one named before ("new", "revised")."""
    generic_proposal_heads: frozenset[str] = frozenset()
    """Proposal heads so general that two phrases with one name one proposal when they are about
    the same thing ("plan", "scheme")."""
    vague_nouns: frozenset[str] = frozenset()
    """Nouns too general to say what a proposal is about ("network", "number")."""
    region_words: frozenset[str] = frozenset()
    """Words of regions' names before a country ("north", "greater")."""
    generic_organisation_nouns: frozenset[str] = frozenset()
    """Nouns that, after "the", refer back to any organisation ("organisation", "body")."""

    def role(self, words: str) -> Role | None:
        return self.roles.get(words.lower())

    @functools.cached_property
    def role_lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of each role phrase → the phrase lengths to try, longest first."""
        lengths: dict[str, set[int]] = {}
        for words in self.roles:
            parts = words.split()
            lengths.setdefault(parts[0], set()).add(len(parts))
        return {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Head nouns, name words, role words and relation triggers."""
    graph = parse_turtle(ontology_dir() / "lexicon.ttl")
    head_nouns: dict[str, URIRef] = {}
    name_words: dict[str, URIRef] = {}
    for cls, word in sorted(graph.subject_objects(LEX.headNoun)):
        head_nouns.setdefault(str(word).lower(), cls)  # type: ignore[arg-type]
    for cls, word in sorted(graph.subject_objects(LEX.nameWord)):
        name_words.setdefault(str(word), cls)  # type: ignore[arg-type]
    roles: dict[str, Role] = {}
    for role_node, relation in sorted(graph.subject_objects(LEX.roleRelation)):
        government = graph.value(role_node, LEX.governmentPost) == Literal(True)
        for word in graph.objects(role_node, LEX.roleWord):
            roles[str(word).lower()] = Role(str(word).lower(), relation, government)  # type: ignore[arg-type]
    triggers: dict[tuple[str, str], URIRef] = {}
    for prop, phrase in sorted(
        [*graph.subject_objects(LEX.trigger), *graph.subject_objects(LEX.inverseTrigger)]
    ):
        lemma, _, preposition = str(phrase).lower().partition(" ")
        triggers.setdefault((lemma, preposition), prop)  # type: ignore[arg-type]
    description_nouns = frozenset(str(w).lower() for w in graph.objects(None, LEX.descriptionNoun))

    def words(prop: URIRef) -> frozenset[str]:
        return frozenset(str(w).lower() for w in graph.objects(None, prop))

    return Lexicon(
        head_nouns,
        name_words,
        roles,
        triggers,
        description_nouns,
        words(LEX.weakHeadNoun),
        words(LEX.negativeEffect),
        words(LEX.positiveEffect),
        words(LEX.lightHeadNoun),
        words(LEX.participationVerb),
        words(LEX.groupNoun),
        frozenset(str(w).lower() for w in graph.objects(None, LEX.inverseTrigger)),
        words(LEX.warningWord),
        words(LEX.analysisNoun),
        words(LEX.cancelVerb),
        words(LEX.deliveryEffect),
        words(LEX.burdenNoun),
        words(LEX.amountVerb),
        words(LEX.speechVerb),
        # ---- relation rules: modality, proposals and reforms
        conditional_aux=words(LEX.conditionalAux),
        future_aux=words(LEX.futureAux),
        planning_verbs=words(LEX.planningVerb),
        conditional_marks=words(LEX.conditionalMark),
        uncertain_marks=words(LEX.uncertainMark),
        contrary_prepositions=words(LEX.contraryPreposition),
        receiving_verbs=words(LEX.receivingVerb),
        finding_verbs=words(LEX.findingVerb),
        reform_nouns=words(LEX.reformNoun),
        reform_verbs=words(LEX.reformVerb),
        # ---- relations (ext-relations): directives, verbs naming events, appraisals, lists
        directive_verbs=words(LEX.directiveVerb),
        event_verbs={
            str(word).lower(): cls  # type: ignore[misc]
            for cls, word in sorted(graph.subject_objects(LEX.eventVerb))
        },
        positive_appraisals=words(LEX.positiveAppraisal),
        negative_appraisals=words(LEX.negativeAppraisal),
        label_verbs=words(LEX.labelVerb),
        list_nouns=words(LEX.listNoun),
        reconsider_verbs=words(LEX.reconsiderVerb),
        offer_nouns=words(LEX.offerNoun),
        # ---- mentions and entities: titles, versions, generic and vague nouns, regions ----
        honorifics=words(LEX.honorific),
        honorific_genders=_honorific_genders(graph),
        version_words=words(LEX.versionWord),
        generic_proposal_heads=words(LEX.genericProposalHead),
        vague_nouns=words(LEX.vagueNoun),
        region_words=words(LEX.regionWord),
        generic_organisation_nouns=words(LEX.genericOrganisationNoun),
    )


# ---- mentions and entities: titles, versions, generic and vague nouns, regions ----
_GENDERS = {str(LEX._NS) + "male": "male", str(LEX._NS) + "female": "female"}


def _honorific_genders(graph: Graph) -> dict[str, str]:
    """Honorific → "male" or "female", from the subject of its ``lex:honorific`` (``lex:male``,
    ``lex:female``; ``lex:anyGender`` tells none)."""
    return {
        str(word).lower(): _GENDERS[str(subject)]
        for subject, word in sorted(graph.subject_objects(LEX.honorific))
        if str(subject) in _GENDERS
    }
