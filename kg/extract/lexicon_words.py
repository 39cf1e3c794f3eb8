"""Word lists of the lexicon read by the relation rules and the mention sources: one field
for each ``lex:`` property of ``ontology/lexicon.ttl``, filled by
:func:`~kg.extract.lexicon.load_lexicon` with the property's lower-cased words.

:class:`~kg.extract.lexicon.Lexicon` is built on :class:`RuleWords`; a new list is one
field, ``name: frozenset[str] = word_list(LEX.someWord)``, here or there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.rdf.namespaces import LEX

__all__ = ["RuleWords", "word_list"]


def word_list(prop: URIRef) -> Any:
    """A :class:`~kg.extract.lexicon.Lexicon` field that
    :func:`~kg.extract.lexicon.load_lexicon` fills with the lower-cased words of ``prop``
    (``membership_verbs: frozenset[str] = word_list(LEX.membershipVerb)``)."""
    return field(default=frozenset(), metadata={"lex": prop})


@dataclass(frozen=True)
class RuleWords:
    """Word lists of modality, proposals, reforms, directives, appraisals, titles, amounts
    and discourse (the rest are :class:`~kg.extract.lexicon.Lexicon`'s own)."""

    # ---- relation rules: modality, proposals and reforms
    conditional_aux: frozenset[str] = word_list(LEX.conditionalAux)
    """Auxiliaries that make a clause conditional ("could", "would")."""
    future_aux: frozenset[str] = word_list(LEX.futureAux)
    """Auxiliaries that make a clause planned ("will")."""
    planning_verbs: frozenset[str] = word_list(LEX.planningVerb)
    """Verbs that make the clause they govern planned ("plan to", "intend to")."""
    conditional_marks: frozenset[str] = word_list(LEX.conditionalMark)
    question_verbs: frozenset[str] = word_list(LEX.questionVerb)
    """Verbs of asking a question: "if" after them opens the question ("asked if the plan
    would go ahead"), not a condition."""
    """Words opening a clause of condition ("if", "unless")."""
    uncertain_marks: frozenset[str] = word_list(LEX.uncertainMark)
    """Words opening a clause whose truth is open ("whether")."""
    focus_adverbs: frozenset[str] = word_list(LEX.focusAdverb)
    """Adverbs of focus: "not just X, but Y" does not deny X."""
    disclosure_verbs: frozenset[str] = word_list(LEX.disclosureVerb)
    """Verbs of disclosing: a news outlet revealing a plan reports it ("revealed the plan")."""
    demand_triggers: frozenset[str] = word_list(LEX.demandTrigger)
    """Triggers of asking for a thing: new, it is put forward ("called for a levy", "demanded
    a levy"); already there, it is backed ("called for the levy", "demanded the levy")."""
    denial_verbs: frozenset[str] = word_list(LEX.denialVerb)
    """Verbs that deny the clause they take ("denied it was planning a levy"): negated."""
    pending_adverbs: frozenset[str] = word_list(LEX.pendingAdverb)
    """Adverbs of an act not yet done on the verb over its infinitive ("is yet to back")."""
    uncertain_adjectives: frozenset[str] = word_list(LEX.uncertainAdjective)
    """Adjectives of likelihood over an infinitive ("unlikely to back"): conditional."""
    contrary_prepositions: frozenset[str] = word_list(LEX.contraryPreposition)
    """Prepositions after which a proposal is no proposal of the head ("a fight against")."""
    receiving_verbs: frozenset[str] = word_list(LEX.receivingVerb)
    """Verbs of receiving: who receives "advice from X" communicates with X."""
    finding_verbs: frozenset[str] = word_list(LEX.findingVerb)
    """Verbs of research findings ("estimate", "find"), read like verbs of saying."""
    reform_nouns: frozenset[str] = word_list(LEX.reformNoun)
    """Head nouns of a named reform ("the NHSE abolition")."""
    reform_verbs: frozenset[str] = word_list(LEX.reformVerb)
    """Verbs of reforming: abolishing X proposes the named reform of X."""
    # ---- relations (ext-relations): directives, verbs naming events, appraisals, lists
    directive_verbs: frozenset[str] = word_list(LEX.directiveVerb)
    """Verbs (with their particle) of asking others to act ("urge", "call on", "recommend")."""
    event_verbs: dict[str, URIRef] = field(default_factory=dict)
    """Verb → the event class it names ("ballot" → ``kg:Vote``, "meet" → ``kg:Meeting``)."""
    positive_appraisals: frozenset[str] = word_list(LEX.positiveAppraisal)
    """Words and phrases that praise what they are said of ("a step in the right direction")."""
    negative_appraisals: frozenset[str] = word_list(LEX.negativeAppraisal)
    """Words and phrases that condemn what they are said of ("an insult", "derisory")."""
    label_verbs: frozenset[str] = word_list(LEX.labelVerb)
    """Verbs that say what their object is ("called the offer an insult", "described X as")."""
    list_nouns: frozenset[str] = word_list(LEX.listNoun)
    """Nouns for what someone asks for or puts forward, item by item ("demands", "measures")."""
    reconsider_verbs: frozenset[str] = word_list(LEX.reconsiderVerb)
    """Verbs of going back on a proposal: asking someone to do it opposes the proposal."""
    offer_nouns: frozenset[str] = word_list(LEX.offerNoun)
    """Head nouns of what one side of talks puts to the other ("offer", "deal")."""
    # ---- mentions and entities: titles, versions, generic and vague nouns, regions ----
    honorifics: frozenset[str] = word_list(LEX.honorific)
    """Titles before a person's name ("dr", "baroness"), lower-case without a full stop."""
    verb_particles: frozenset[str] = word_list(LEX.verbParticle)
    """Particles of phrasal verbs the parser may misread after a verb ("back" of "push back")."""
    creation_verbs: frozenset[str] = word_list(LEX.creationVerb)
    """Verbs (with a particle) of bringing a body into being ("set up", "establish")."""
    creation_nouns: frozenset[str] = word_list(LEX.creationNoun)
    """Nouns of bringing a body into being ("creation", "launch")."""
    topic_names: frozenset[str] = word_list(LEX.topicName)
    """Lower-case proper names of topics, not actors or places ("covid", "ai", "brexit")."""
    topic_prefixes: frozenset[str] = word_list(LEX.topicPrefix)
    """Prefixes that make a topic's name a word of time or attitude ("post" of "post-Brexit")."""
    law_name_words: frozenset[str] = word_list(LEX.lawNameWord)  # "act": "... Act" is a law
    given_names: frozenset[str] = word_list(LEX.givenName)
    """Common given names ("sarah"), from ``ontology/given-names.ttl``."""
    institution_name_words: frozenset[str] = word_list(
        LEX.institutionNameWord
    )  # "St Anne's Hospital" read as a facility is an organisation
    county_words: frozenset[str] = word_list(LEX.countyWord)  # "Co Kerry" is a county, a place
    demonyms: frozenset[str] = word_list(LEX.demonym)  # "Welsh" alone names no body

    def names_a_topic(self, text: str) -> bool:
        """True when ``text`` is a topic's name, or one word of a prefix and a name ("post-
        Brexit", "non-EU", "anti-Tory"): an adjective of time or attitude, no name of an
        actor ("Anti-Slavery International", of several words, still names one)."""
        text = text.lower()
        if text in self.topic_names:
            return True
        prefix, hyphen, rest = text.partition("-")
        return bool(hyphen) and prefix in self.topic_prefixes and " " not in rest.strip()

    surname_particles: frozenset[str] = word_list(LEX.surnameParticle)
    """Lower-case words that start a surname of several words ("von der Leyen")."""
    honorific_genders: dict[str, str] = field(default_factory=dict)
    """Honorific → "male" or "female", for the titles that tell ("mr", "dame")."""
    version_words: frozenset[str] = word_list(LEX.versionWord)
    """Modifiers that make a proposal another version of one named before ("new", "revised")."""
    generic_proposal_heads: frozenset[str] = word_list(LEX.genericProposalHead)
    """Proposal heads so general that two phrases with one name one proposal when they are about
    the same thing ("plan", "scheme")."""
    vague_nouns: frozenset[str] = word_list(LEX.vagueNoun)
    """Nouns too general to say what a proposal is about ("network", "number")."""
    collective_change_nouns: frozenset[str] = word_list(LEX.collectiveChangeNoun)
    """Plurals naming the parts of one change together ("the plans", "the reforms")."""
    region_words: frozenset[str] = word_list(LEX.regionWord)
    """Words of regions' names before a country ("north", "greater")."""
    generic_organisation_nouns: frozenset[str] = word_list(LEX.genericOrganisationNoun)
    """Nouns that, after "the", refer back to any organisation ("organisation", "body")."""
    governing_body_nouns: frozenset[str] = word_list(LEX.governingBodyNoun)
    """Nouns naming the body that runs an organisation, after the organisation's name or its
    possessive ("the union's executive", "the BMA Scottish council", "the CBA Executive")."""
    nation_adjectives: frozenset[str] = word_list(LEX.nationAdjective)
    """Adjectives of the nations an organisation's branches and bodies serve ("Scottish" of "the
    BMA Scottish council")."""
    # ---- entities (ext-entities): things introduced by a verb ----
    introducing_verbs: dict[str, URIRef] = field(default_factory=dict)
    """Verb lemma → the class of what it introduces ("consult" → ``kg:Consultation``): "the
    consultation" refers to the act "the union will consult its members" introduced."""
    proper_head_nouns: frozenset[str] = word_list(LEX.properHeadNoun)
    """Heads that name a proposal only with a proper noun, acronym or number, a new version or
    an author's verb ("service")."""
    quantity_head_nouns: frozenset[str] = word_list(LEX.quantityHeadNoun)
    """Heads of an amount that name a proposal only with an amount or year, a modifier after
    them or an author's verb ("funding", "rise")."""
    measure_nouns: frozenset[str] = word_list(LEX.measureNoun)
    """Nouns that measure an event or proposals named after "of" ("10 days of strike action",
    "a raft of measures")."""
    complex_preposition_nouns: frozenset[str] = word_list(LEX.complexPrepositionNoun)
    """Nouns that make one preposition with "in" and the one after them ("in favour of", "in
    response to"): the "in" of a verb's trigger ("vote in") is not theirs."""
    # ---- amounts (ext-amounts) ----
    change_head_nouns: frozenset[str] = word_list(LEX.changeHeadNoun)
    """Nouns of a change in an amount that alone name a proposal only with an amount, as what a
    relation verb is about, and not said of what changes ("a 4% rise in waiting lists")."""
    part_nouns: frozenset[str] = word_list(LEX.partNoun)
    """Head nouns of a part of a proposal ("element", "component"): part of the proposal after
    "of"."""
    authored_head_nouns: frozenset[str] = word_list(LEX.authoredHeadNoun)
    """Heads of reports that name a proposal only with a name before them ("the Hale review")
    or as a part put into a proposal."""
    author_named_head_nouns: frozenset[str] = word_list(LEX.authorNamedHeadNoun)
    """Heads that name a proposal with the name of whoever made it, before them as an owner or
    after them as an agent ("the Labour Court's recommendation", "a recommendation by X")."""
    counted_head_nouns: frozenset[str] = word_list(LEX.countedHeadNoun)
    """Heads that name a set of measures only with a count before them ("four immediate
    steps"), not an act or a figure of speech ("next steps", "a step forward")."""
    component_head_nouns: frozenset[str] = word_list(LEX.componentHeadNoun)
    """Heads that name a proposal when their phrase is put into one as a part ("the offer
    includes a review of X")."""
    # --- ext-props ---
    complement_head_nouns: frozenset[str] = word_list(LEX.complementHeadNoun)
    """Heads that name a proposal only with a modifier after them or as what an actor's
    relation verb is about ("cuts to rail subsidies", "a tax on cruise berths")."""
    deal_heads: frozenset[str] = word_list(LEX.dealHead)
    """Head nouns of what two sides settle on ("offer", "deal", "package"): a description with
    one refers back to a proposal named with another ("the deal" -> "the 4% pay offer")."""
    counting_adjectives: frozenset[str] = word_list(LEX.countingAdjective)
    """Adjectives that say how an amount is counted ("overall", "average"): a name of the thing
    starts at its amount ("4.5% pay award" of "the overall 4.5% pay award")."""
    funding_verbs: frozenset[str] = word_list(LEX.fundingVerb)
    """Verbs of funding whose object, a sum of money, is a funding package ("provide £2bn")."""
    in_complement_heads: frozenset[str] = word_list(LEX.inComplementHead)
    """Nouns of a change in an amount whose modifier after "in" says what changes ("a hike in
    National Insurance"): a longer name of the change."""
    infinitive_content_nouns: frozenset[str] = word_list(LEX.infinitiveContentNoun)
    """Nouns whose infinitive says what they are ("target", "incentive", "pledge"): one the
    parser hung on the verb governing the noun is still part of the noun's name."""
    length_nouns: frozenset[str] = word_list(LEX.lengthNoun)
    """Nouns of time that tell an action's length after a number ("48-hour strike", "three
    days of action"): a strike of one length is not one of another."""
    prior_version_words: frozenset[str] = word_list(LEX.priorVersionWord)
    """Modifiers of a version that came before ("the old scheme", "the previous offer"): not the
    version a word of a new one names ("the new scheme")."""
    kinds_of_heads: frozenset[str] = word_list(LEX.kindOfHead)
    """Pairs "broader narrower" of head nouns ("legislation bill", "ballot vote"): a phrase with
    the first may name what a phrase with the second names (``entities/head_kinds.py``)."""
    # ---- discourse (ext-discourse): what speakers say of proposals and of each other ----
    accept_words: frozenset[str] = word_list(LEX.acceptWord)
    """Verbs and nouns of accepting a proposal ("accept", "vote for"): urged on others, support."""
    reject_words: frozenset[str] = word_list(LEX.rejectWord)
    """Verbs and nouns of rejecting or dropping a proposal ("reject", "scrap"): urged on
    others, opposition."""
    recommend_words: frozenset[str] = word_list(LEX.recommendWord)
    """Verbs and nouns of urging others to act ("recommend", "call on")."""
    refuse_verbs: frozenset[str] = word_list(LEX.refuseVerb)
    """Verbs of refusing what they govern ("refuse to accept")."""
    approval_words: frozenset[str] = word_list(LEX.approvalWord)
    """Words of a favourable verdict on a proposal ("fair", "a step forward")."""
    disapproval_words: frozenset[str] = word_list(LEX.disapprovalWord)
    """Words of an unfavourable verdict on a proposal ("derisory", "a betrayal")."""
    opinion_verbs: frozenset[str] = word_list(LEX.opinionVerb)
    """Verbs of holding a view ("believe"): their subject speaks for the clause they govern."""
    misconduct_verbs: frozenset[str] = word_list(LEX.misconductVerb)
    """Verbs of wrongdoing ("ignore"): an actor a speaker says does it is criticised."""
    regard_verbs: frozenset[str] = word_list(LEX.regardVerb)
    """Verbs of heeding ("listen"): an actor a speaker says does not do it is criticised."""
    media_words: frozenset[str] = word_list(LEX.mediaWord)
    """Verbs and nouns of speaking through a news organisation ("speak on", "statement to")."""
    obligation_words: frozenset[str] = word_list(LEX.obligationWord)
    """Auxiliaries and verbs of obligation ("should", "must", "need")."""
    criticism_phrases: frozenset[str] = word_list(LEX.criticismPhrase)
    """Verbs and verb phrases of public criticism ("hit out at", "lambast")."""
    grievance_nouns: frozenset[str] = word_list(LEX.grievanceNoun)
    """Nouns of a bad feeling ("frustration", "dissatisfaction"): aimed at an actor ("with the
    ministry"), public criticism of it by whoever feels it."""
    motion_verbs: frozenset[str] = word_list(LEX.motionVerb)
    """Verbs of passing or putting forward a motion ("pass", "table"): their subject takes the
    stance the motion states."""
    # ---- precision (ext-precision) ----
    satisfied_nouns: frozenset[str] = word_list(LEX.satisfiedNoun)
    """Nouns of a need or goal that "meet" satisfies ("meet the demands", "hopes were met"):
    the verb then names no meeting."""
    # --- ext-proprel ---
    undoing_nouns: frozenset[str] = word_list(LEX.undoingNoun)
    """Nouns of undoing a proposal ("the removal of", "the abolition of"): what follows "of"
    is what the act undoes, not what a speaker backs or puts forward."""
    undoing_verbs: frozenset[str] = word_list(LEX.undoingVerb)
    """Verbs of undoing or holding back a proposal ("calls to abolish the levy"): their object
    is not what a speaker backing the call backs."""
    offering_verbs: frozenset[str] = word_list(LEX.offeringVerb)
    """Verbs of making an offer ("offer", "table"): a list for their object gives the terms of
    the offer named before."""
    trust_nouns: frozenset[str] = word_list(LEX.trustNoun)
    """Nouns of trust in an actor ("confidence", "faith"): denied, public criticism of it."""
    trust_loss_verbs: frozenset[str] = word_list(LEX.trustLossVerb)
    """Verbs of being without trust ("lose", "lack"): "lost confidence in the board" denies it."""
    disregard_verbs: frozenset[str] = word_list(LEX.disregardVerb)
    """Verbs of setting something aside unheeded ("ignore", "sweep aside"): they reject a
    proposal, and criticise no actor they have for object."""
    urging_predicates: frozenset[str] = word_list(LEX.urgingPredicate)
    """Predicates of an extraposed "it is ... for X to" that say X should act ("time", "up to",
    "vital", "not too late"): the speaker urges X."""
    reply_verbs: frozenset[str] = word_list(LEX.replyVerb)
    """Verbs of replying ("reply", "retort"): with no one named, the reply answers the main
    subject of the sentence before."""
    behest_nouns: frozenset[str] = word_list(LEX.behestNoun)
    """Nouns of asking after "at ... of" ("at the request of the court"): the actor asked
    the doer."""
    response_words: frozenset[str] = word_list(LEX.responseWord)
    """Verbs and nouns of responding ("respond", "response"): a response to an actor's act is
    addressed to the actor."""
    failing_words: frozenset[str] = word_list(LEX.failingWord)
    """Verbs and nouns of failing or refusing ("fail", "refusal"): told of an actor by someone
    else, they criticise the actor."""
    needed_verbs: frozenset[str] = word_list(LEX.neededVerb)
    """Verbs of needing ("need", "require"): more money said in the present to be needed is
    money asked for ("an extra £1bn is needed")."""
    measure_act_nouns: frozenset[str] = word_list(LEX.measureActNoun)
    """Nouns of an agent's act on a policy, service, body or group ("introduction",
    "integration", "transfer"): with its complement, put forward by an actor, a proposal
    ("welcomed the introduction of nursing associates")."""
    aim_head_nouns: frozenset[str] = word_list(LEX.aimHeadNoun)
    """Nouns of what an actor aims at ("agenda", "ambition", "promise"): a proposal only with
    its owner and a word of its content before it ("the minister's legislative agenda") or an
    infinitive after it ("the promise to cut waiting lists")."""
    ownership_adjectives: frozenset[str] = word_list(LEX.ownershipAdjective)
    """Adjectives that stress whose a thing is ("its own plan"): they say nothing of what it
    is."""
    judging_words: frozenset[str] = word_list(LEX.judgingWord)
    """Words of a judgement or a time before a proposal's name ("controversial", "current")."""
    hyphened_action_names: frozenset[str] = word_list(LEX.hyphenedActionName)
    """Hyphenated names of collective action ("work-to-rule", "go-slow")."""
    party_nouns: frozenset[str] = word_list(LEX.partyNoun)
    """Nouns of a settlement between sides ("agreement"): "with" names the other side."""
    policy_name_words: frozenset[str] = word_list(LEX.policyNameWord)
    """Last words of capitalised names of policies ("Allowance", "Obligation"), lower-case."""
    unclassifying_adjectives: frozenset[str] = word_list(LEX.unclassifyingAdjective)
    """Adjectives ending like relational ones that say how much, when or how weighty, not what
    kind ("additional", "final", "crucial")."""
    manner_event_nouns: frozenset[str] = word_list(LEX.mannerEventNoun)
    """Event nouns that after a bare "in" say why something is done ("in protest")."""
    right_modifiers: frozenset[str] = word_list(LEX.rightModifier)
    """Adjectives that make "speech" a right, not a speech ("free")."""
    dispute_declaring_verbs: frozenset[str] = word_list(LEX.disputeDeclaringVerb)
    """Verbs of starting a formal dispute ("declare", "enter", "lodge")."""
    sector_words: frozenset[str] = word_list(LEX.sectorWord)
    """Sectors of the state whose "service" is an institution ("police", "prison", "civil")."""
    fear_nouns: frozenset[str] = word_list(LEX.fearNoun)
    """Nouns of what is feared ("warning", "fear", "risk"): what follows "of" is no proposal."""
