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
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

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


def word_list(prop: URIRef) -> Any:
    """A :class:`Lexicon` field that :func:`load_lexicon` fills with the lower-cased words of
    ``prop`` (``membership_verbs: frozenset[str] = word_list(LEX.membershipVerb)``)."""
    return field(default=frozenset(), metadata={"lex": prop})


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
    conditional_aux: frozenset[str] = word_list(LEX.conditionalAux)
    """Auxiliaries that make a clause conditional ("could", "would")."""
    future_aux: frozenset[str] = word_list(LEX.futureAux)
    """Auxiliaries that make a clause planned ("will")."""
    planning_verbs: frozenset[str] = word_list(LEX.planningVerb)
    """Verbs that make the clause they govern planned ("plan to", "intend to")."""
    conditional_marks: frozenset[str] = word_list(LEX.conditionalMark)
    """Words opening a clause of condition ("if", "unless")."""
    uncertain_marks: frozenset[str] = word_list(LEX.uncertainMark)
    """Words opening a clause whose truth is open ("whether")."""
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

    def names_a_topic(self, text: str) -> bool:
        """True when ``text`` is a topic's name, or one after a prefix ("post-Brexit")."""
        text = text.lower()
        if text in self.topic_names:
            return True
        prefix, hyphen, rest = text.partition("-")
        return bool(hyphen) and prefix in self.topic_prefixes and rest in self.topic_names

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
    # ---- amounts (ext-amounts) ----
    change_head_nouns: frozenset[str] = word_list(LEX.changeHeadNoun)
    """Nouns of a change in an amount that alone name a proposal only with an amount, as what a
    relation verb is about, and not said of what changes ("a 4% rise in waiting lists")."""
    part_nouns: frozenset[str] = word_list(LEX.partNoun)
    """Head nouns of a part of a proposal ("element", "component"): part of the proposal after
    "of"."""
    # --- parts ---
    authored_head_nouns: frozenset[str] = word_list(LEX.authoredHeadNoun)
    """Heads of reports that name a proposal only with a name before them ("the Hale review")
    or as a part put into a proposal."""
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
    funding_verbs: frozenset[str] = word_list(LEX.fundingVerb)
    """Verbs of funding whose object, a sum of money, is a funding package ("provide £2bn")."""
    in_complement_heads: frozenset[str] = word_list(LEX.inComplementHead)
    """Nouns of a change in an amount whose modifier after "in" says what changes ("a hike in
    National Insurance"): a longer name of the change."""
    prior_version_words: frozenset[str] = word_list(LEX.priorVersionWord)
    """Modifiers of a version that came before ("the old scheme", "the previous offer"): not the
    version a word of a new one names ("the new scheme")."""
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

    # --- stance ---
    confirming_verbs: frozenset[str] = word_list(LEX.confirmingVerb)
    """Verbs of confirming what will be done ("confirmed that the levy will be introduced"):
    like a verb of saying, they report a decision as their subject's."""
    carrying_out_verbs: frozenset[str] = word_list(LEX.carryingOutVerb)
    """Verbs of carrying a proposal out ("deliver"): they name what a proposal is (a service
    delivered), but who carries one out need not have put it forward ("practices deliver the
    services the plan sets out")."""

    # --- stance2 ---
    failure_nouns: frozenset[str] = word_list(LEX.failureNoun)
    """Nouns of not doing what their infinitive says ("failure to adopt", "refusal to
    accept"): the infinitive's act is not done."""
    constituent_verbs: frozenset[str] = word_list(LEX.constituentVerb)
    """Verbs (with their particle) of bringing a measure into being ("set up", "create"): a
    proposal that is their subject has their object as a part."""
    feeling_words: frozenset[str] = word_list(LEX.feelingWord)
    """Adjectives of feeling ("disappointed", "pleased"): what they are said of feels, so it
    is an actor, never a proposal ("the union said it was disappointed")."""
    # --- stance3 ---
    shortfall_nouns: frozenset[str] = word_list(LEX.shortfallNoun)
    """Nouns of something not done or missing ("failure", "lack"): whoever speaks of a failure
    to adopt a proposal, or of its lack, supports it."""
    partitive_words: frozenset[str] = word_list(LEX.partitiveWord)
    """Words of a part of a whole named after "of" ("many of the recommendations"): what is
    done to the part is done to what the whole names."""
    # --- stance4 ---
    content_nouns: frozenset[str] = word_list(LEX.contentNoun)
    """Nouns of a chance or a claim ("the opportunity to discuss the levy", "claims that the
    levy would cut services"): a stance on one is not a stance on a proposal named in it."""
    examination_nouns: frozenset[str] = word_list(LEX.examinationNoun)
    """Nouns of examining something ("review", "inquiry"): a stance on the review of a
    proposal is none on the proposal."""
    reception_verbs: frozenset[str] = word_list(LEX.receptionVerb)
    """Verbs of receiving a proposal in some manner ("greet", "meet", "receive"): "the levy
    was greeted with dismay by the guild" opposes it."""
    # --- events2 ---
    factive_marks: frozenset[str] = word_list(LEX.factiveMark)
    """Words opening a clause of reason or concession ("as", "because", "although"): what such
    a clause says has happened is asserted, whatever the mood of the clause it hangs on."""
    workforce_nouns: frozenset[str] = word_list(LEX.workforceNoun)
    """Nouns for people by their work ("worker", "staff"): a name before one says where they
    work ("NHS workers"), not who acts when they vote or strike."""
    request_verbs: frozenset[str] = word_list(LEX.requestVerb)
    """Verbs (with their preposition) of asking for something ("seek", "call for"): the event
    they ask for is not held yet."""
    conduct_nouns: frozenset[str] = word_list(LEX.conductNoun)
    """Nouns of what an actor does or fails to do ("failure", "refusal", "decision"): a bad
    feeling about an actor's one criticises the actor."""
    grievance_adjectives: frozenset[str] = word_list(LEX.grievanceAdjective)
    """Adjectives of a bad feeling at what someone did ("disappointed", "angry")."""
    collaboration_verbs: frozenset[str] = word_list(LEX.collaborationVerb)
    """Verbs (with their preposition) of working together with another actor ("work with")."""
    # --- events3 ---
    debate_topic_prepositions: frozenset[str] = word_list(LEX.debateTopicPreposition)
    """Prepositions after "debate" giving the question argued in public ("the debate over
    fees"): that debate is no sitting held."""
    public_debate_modifiers: frozenset[str] = word_list(LEX.publicDebateModifier)
    """Adjectives of a debate carried on in public ("public debate", "the wider debate")."""
    protest_nouns: frozenset[str] = word_list(LEX.protestNoun)
    """Head nouns of a protest held ("protest", "rally"): an article's protests are one."""
    # --- events4 ---
    polled_nouns: frozenset[str] = word_list(LEX.polledNoun)
    """Nouns for a body's members after "poll of" ("a poll of branches"): a ballot, not an
    opinion poll."""
    ballot_poll_modifiers: frozenset[str] = word_list(LEX.ballotPollModifier)
    """Words before "poll" of a union's ballot ("an indicative poll", "a strike poll")."""
    # --- events5 ---
    repeat_adverbs: frozenset[str] = word_list(LEX.repeatAdverb)
    """Adverbs of an act done once more ("meet again"): another event than the one before."""
    # --- proposes6 ---
    author_of_nouns: frozenset[str] = word_list(LEX.authorOfNoun)
    """Heads of a proposal whose "of" names its author when that is an actor ("the
    recommendations of the pay review body"); not nouns of change ("the reform of the NHS")."""
    persisting_verbs: frozenset[str] = word_list(LEX.persistingVerb)
    """Verbs (with their particle or adverb) of going on with a proposal ("press ahead",
    "push through", "proceed"): the subject puts forward what it goes on with."""
    # --- events6 ---
    consent_verbs: frozenset[str] = word_list(LEX.consentVerb)
    """Verbs (with their preposition) of agreeing to an event ("agree to talks", "accept a
    meeting"): whoever agrees to it takes part in it."""
    # --- review5 ---
    unchanged_state_nouns: frozenset[str] = word_list(LEX.unchangedStateNoun)
    """Nouns of a state of affairs or a time limit ("dispute", "deadline"): ending or extending
    one changes no policy or body, so "vowed to end the dispute" names no proposal."""

    # --- ext-events ---
    on_event_verbs: frozenset[str] = word_list(LEX.onEventVerb)
    """Verbs of being or going after which "on" and a bare event noun name the event their
    subject takes part in ("went on strike")."""
    feeling_adjectives: frozenset[str] = word_list(LEX.feelingAdjective)
    """Adjectives of a feeling or resolve ("disappointed", "determined"): their subject is an
    actor ("it was disappointed that ...")."""
    symmetric_verbs: frozenset[str] = word_list(LEX.symmetricVerb)
    """Verbs reciprocal by themselves ("meet", "negotiate"): coordinated subjects with no object
    do it with each other."""
    outlet_nouns: frozenset[str] = word_list(LEX.outletNoun)
    """Nouns of a news organisation's programme or show ("the BBC's Today programme"): they
    stand for the organisation."""
    passive_event_verbs: frozenset[str] = word_list(LEX.passiveEventVerb)
    """Event verbs whose passive names the event ("members will be balloted"); the passive
    of the others is another sense ("the demands were met")."""

    # ---- relations: membership
    membership_verbs: frozenset[str] = word_list(LEX.membershipVerb)
    """Verbs (with their preposition) of joining an organisation ("join", "affiliate to")."""

    reaction_verbs: frozenset[str] = word_list(LEX.reactionVerb)
    """Verbs of reacting with their preposition ("react to"): the manner says the stance."""

    positive_manners: frozenset[str] = word_list(LEX.positiveManner)
    """Manners of reacting that show support ("warmly")."""

    negative_manners: frozenset[str] = word_list(LEX.negativeManner)
    """Manners of reacting that show opposition ("angrily")."""

    not_holding_words: frozenset[str] = word_list(LEX.notHoldingWord)
    """Words before a role phrase saying its holder does not hold the post ("former", "shadow")."""

    post_nominals: frozenset[str] = word_list(LEX.postNominal)
    """Honours and degrees written after a person's name ("QC", "OBE"), lower-cased."""

    party_post_words: frozenset[str] = word_list(LEX.partyPostWord)
    """Words before a role phrase saying the post is in the holder's party ("shadow")."""

    legislator_words: frozenset[str] = word_list(LEX.legislatorWord)
    """Titles of seats in a legislature ("mp", "msp"): no post in an organisation."""

    portfolio_words: frozenset[str] = word_list(LEX.portfolioWord)
    """Words of ministerial portfolios ("finance", "rural", "affairs"), lower-cased."""

    headline_verbs: frozenset[str] = word_list(LEX.headlineVerb)
    """Verbs of stance that headlines put between subject and object ("criticise", "slam"),
    in their base form."""

    seats: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Seat title → gazetteer ids of the legislatures it is a seat in ("mep" →
    ``("european_parliament",)``; ``lex:seatIn``)."""
    # --- props2 ---
    planned_body_nouns: frozenset[str] = word_list(LEX.plannedBodyNoun)
    """Nouns of a public body that "new" or a verb of creating still to come makes a body not
    yet created ("a new regulator", "a watchdog will be set up"): a proposal."""

    bringing_in_verbs: frozenset[str] = word_list(LEX.bringingInVerb)
    """Verbs (with their particle) of bringing a proposal in: "plans to introduce a levy" are
    the levy ("introduce", "deliver", "set up")."""

    name_only_head_nouns: frozenset[str] = word_list(LEX.nameOnlyHeadNoun)
    """Heads that name a proposal only with a name that is no place's, or a version word
    ("the Environmental Land Management system", "a new system"; not "the health system")."""
    # --- generic ---
    clause_head_nouns: frozenset[str] = word_list(LEX.clauseHeadNoun)
    """Heads that name a proposal only with what is decided after them ("the decision to delay
    the ban"; not "treatment decisions", "a decision on withdrawal")."""

    outcome_head_nouns: frozenset[str] = word_list(LEX.outcomeHeadNoun)
    """Heads of a motion that are also the settling of a dispute ("a swift resolution to the
    dispute")."""

    settling_adjectives: frozenset[str] = word_list(LEX.settlingAdjective)
    """Adjectives of how soon or how well a dispute ends ("swift", "amicable")."""

    account_head_nouns: frozenset[str] = word_list(LEX.accountHeadNoun)
    """Heads of a body's money in general that name a proposal only with an amount, a year, a
    capital or a version word ("the 2025/26 budget"; not "the NHS budget")."""

    provision_nouns: frozenset[str] = word_list(LEX.provisionNoun)
    """Nouns of a numbered part of a law ("Section 21", "Article 50"): no proposal."""

    provided_nouns: frozenset[str] = word_list(LEX.providedNoun)
    """Nouns of what a body provides, whose bare plural is a kind ("frontline services")."""

    # --- demands ---
    policy_change_nouns: frozenset[str] = word_list(LEX.policyChangeNoun)
    """Nouns of changing an instrument ("rise", "extension", "overhaul"): with a proposal after
    "in", "of", "to" or "on" they name the change, a proposal of its own ("a rise in the cap")."""
    lever_nouns: frozenset[str] = word_list(LEX.leverNoun)
    """Nouns of a means of governing ("control", "flexibility", "powers"): more of one, put
    forward by an actor, is a proposal ("more control over bus routes")."""
    more_words: frozenset[str] = word_list(LEX.moreWord)
    """Adjectives of more of something ("more", "greater", "increased")."""
    answer_nouns: frozenset[str] = word_list(LEX.answerNoun)
    """Nouns of answering ("response"): to a report or review, a proposal."""
    review_nouns: frozenset[str] = word_list(LEX.reviewNoun)
    """Nouns of a report or review that a body answers with what it will do ("report")."""
    demanding_for: frozenset[str] = word_list(LEX.demandingFor)
    """Nouns and verbs of calling for, planning or making way for a change, whose "for" (or a
    verb's object) puts the change forward ("calls for", "plans for", "demanded a regulator")."""
    # --- review3 ---
    addressee_verbs: frozenset[str] = word_list(LEX.addresseeVerb)
    """Verbs of asking whose object is who is asked, not what is asked for ("asked a panel",
    "pressed a regulator for answers")."""
    lack_nouns: frozenset[str] = word_list(LEX.lackNoun)
    """Nouns of something missing whose "of" names it ("the lack of a workforce plan")."""
    government_tier_words: frozenset[str] = word_list(LEX.governmentTierWord)
    """Words that make "government" a tier of councils ("local government")."""
    # --- proposals5 ---
    intention_nouns: frozenset[str] = word_list(LEX.intentionNoun)
    """Nouns of intending whose content is what is intended: with an event for content ("plans
    for a strike", "strike plans", "plans to ballot members") they name the event planned."""
    nominal_forms: frozenset[str] = word_list(LEX.nominalForm)
    """A verb of changing a policy, then the noun of the change with its preposition
    ("abolish abolition of"): "plans to abolish the levy" are also the "abolition of the levy"."""
    # --- entprec5 ---
    seat_letters: frozenset[str] = word_list(LEX.seatLetters)
    """Letters after a person's name for a seat in a legislature ("MSP", "MS"), lower-cased;
    they match only in capitals."""
    possessive_name_words: frozenset[str] = word_list(LEX.possessiveNameWord)
    """Titles that with a possessive open one name, not an owner's name and another ("the
    King's Speech", "Queen's University")."""
    # --- proposals6 ---
    standing_modifiers: frozenset[str] = word_list(LEX.standingModifier)
    """Modifiers that say how a proposal stands, not which it is ("proposed", "controversial"):
    "the proposed reforms" refers to a proposal named elsewhere."""
    reference_heads: frozenset[str] = word_list(LEX.referenceHead)
    """Proposal words, beside the generic, change and deal words, that with modifiers of
    standing alone refer to a proposal named elsewhere ("the new contract", "the bill")."""
    pledging_verbs: frozenset[str] = word_list(LEX.pledgingVerb)
    """Verbs of promising or announcing a change to come ("pledge", "vow", "announce")."""
    pledged_change_verbs: frozenset[str] = word_list(LEX.pledgedChangeVerb)
    """Verbs of changing a policy or body whose phrase, pledged, names a proposal ("scrap")."""
    collection_nouns: frozenset[str] = word_list(LEX.collectionNoun)
    """Nouns of a collection whose "of" names what it holds ("a package of reforms")."""
    noun_prepositions: frozenset[str] = word_list(LEX.nounPreposition)
    """Prepositions that take a noun phrase, never a clause ("against", "over")."""
    # --- proposals7 ---
    field_sense_nouns: frozenset[str] = word_list(LEX.fieldSenseNoun)
    """Proposal words that, bare and singular, name a field of work, not one proposal
    ("government policy", "policy set by ministers")."""
    devotion_nouns: frozenset[str] = word_list(LEX.devotionNoun)
    """Proposal words that, "to" an actor, name devotion, not a proposal ("commitment to the
    NHS", "commitment to working people"); "commitment to cut waiting times" is one."""
    people_nouns: frozenset[str] = word_list(LEX.peopleNoun)
    """Nouns for people as those a body serves ("patients", "families", "people")."""

    def role(self, words: str) -> Role | None:
        """The role that role words name, hyphens as the tokenizer splits them ("vice-chair" is
        "vice - chair")."""
        return self._roles_by_tokens.get(_role_key(words))

    @functools.cached_property
    def _roles_by_tokens(self) -> dict[str, Role]:
        return {_role_key(words): role for words, role in self.roles.items()}

    @functools.cached_property
    def persisting_lemmas(self) -> frozenset[str]:
        """The first words of ``persisting_verbs`` (proposes6): a verb with another lemma is
        none of them."""
        return frozenset(w.partition(" ")[0] for w in self.persisting_verbs)

    @functools.cached_property
    def generic_reference_heads(self) -> frozenset[str]:
        """Proposal words a generic reference to a proposal may have for head: generic ones
        ("plan"), words of change ("reform"), of settlement ("offer", "deal") and
        ``lex:referenceHead`` ("contract", "bill")."""
        return (
            self.generic_proposal_heads
            | self.collective_change_nouns
            | self.deal_heads
            | self.reference_heads
        )

    @functools.cached_property
    def trigger_lemmas(self) -> frozenset[str]:
        """The lemmas of ``triggers``: a verb with none of them has no trigger."""
        return frozenset(lemma for lemma, _ in self.triggers)

    @functools.cached_property
    def role_lengths(self) -> dict[str, tuple[int, ...]]:
        """First token of each role phrase → the phrase lengths to try, in tokens, longest first."""
        lengths: dict[str, set[int]] = {}
        for words in self._roles_by_tokens:
            parts = words.split()
            lengths.setdefault(parts[0], set()).add(len(parts))
        return {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}


def _role_key(words: str) -> str:
    """Role words as tokens: lower case, a hyphen a token of its own."""
    return " ".join(words.lower().replace("-", " - ").split())


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Head nouns, name words, role words and relation triggers."""
    graph = parse_turtle(ontology_dir() / "lexicon.ttl")

    def words(prop: URIRef) -> frozenset[str]:
        return frozenset(str(w).lower() for w in graph.objects(None, prop))

    return Lexicon(
        _classes_by_word(graph, LEX.headNoun, lower=True),
        _classes_by_word(graph, LEX.nameWord, lower=False),
        _roles(graph),
        _triggers(graph),
        words(LEX.descriptionNoun),
        words(LEX.weakHeadNoun),
        words(LEX.negativeEffect),
        words(LEX.positiveEffect),
        words(LEX.lightHeadNoun),
        words(LEX.participationVerb),
        words(LEX.groupNoun),
        words(LEX.inverseTrigger),
        words(LEX.warningWord),
        words(LEX.analysisNoun),
        words(LEX.cancelVerb),
        words(LEX.deliveryEffect),
        words(LEX.burdenNoun),
        words(LEX.amountVerb),
        words(LEX.speechVerb),
        event_verbs={
            str(word).lower(): cls  # type: ignore[misc]
            for cls, word in sorted(graph.subject_objects(LEX.eventVerb))
        },
        honorific_genders=_honorific_genders(graph),
        introducing_verbs={
            str(verb).lower(): cls  # type: ignore[misc]
            for cls, verb in sorted(graph.subject_objects(LEX.introducingVerb))
        },
        seats=_seats(graph),
        # every field declared with word_list(LEX.x)
        **{f.name: words(f.metadata["lex"]) for f in fields(Lexicon) if "lex" in f.metadata},
    )


def _classes_by_word(graph: Graph, prop: URIRef, *, lower: bool) -> dict[str, URIRef]:
    """Word → the class it names (``lex:headNoun``, ``lex:nameWord``); the first class in IRI
    order when a word names several."""
    found: dict[str, URIRef] = {}
    for cls, word in sorted(graph.subject_objects(prop)):
        found.setdefault(str(word).lower() if lower else str(word), cls)  # type: ignore[arg-type]
    return found


def _seats(graph: Graph) -> dict[str, tuple[str, ...]]:
    """Seat title → the gazetteer ids of its legislatures (``lex:legislatorWord``,
    ``lex:seatIn``)."""
    seats: dict[str, tuple[str, ...]] = {}
    for node in sorted(set(graph.subjects(LEX.seatIn)), key=str):
        legislatures = tuple(sorted(str(g) for g in graph.objects(node, LEX.seatIn)))
        for word in graph.objects(node, LEX.legislatorWord):
            seats[str(word).lower()] = legislatures
    return seats


def _roles(graph: Graph) -> dict[str, Role]:
    """Role word → its post (``lex:roleWord``, ``lex:roleRelation``, ``lex:governmentPost``)."""
    roles: dict[str, Role] = {}
    for role_node, relation in sorted(graph.subject_objects(LEX.roleRelation)):
        government = graph.value(role_node, LEX.governmentPost) == Literal(True)
        for word in graph.objects(role_node, LEX.roleWord):
            roles[str(word).lower()] = Role(str(word).lower(), relation, government)  # type: ignore[arg-type]
    return roles


def _triggers(graph: Graph) -> dict[tuple[str, str], URIRef]:
    """``(lemma, preposition)`` → property, of ``lex:trigger`` and ``lex:inverseTrigger``."""
    triggers: dict[tuple[str, str], URIRef] = {}
    for prop, phrase in sorted(
        [*graph.subject_objects(LEX.trigger), *graph.subject_objects(LEX.inverseTrigger)]
    ):
        lemma, _, preposition = str(phrase).lower().partition(" ")
        triggers.setdefault((lemma, preposition), prop)  # type: ignore[arg-type]
    return triggers


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
