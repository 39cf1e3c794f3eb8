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

from rdflib import Graph, Literal, URIRef

from kg.extract.lexicon_words import RuleWords, word_list
from kg.rdf.namespaces import LEX
from kg.rdf.schema import ontology_dir, parse_turtle

__all__ = ["Lexicon", "Role", "load_lexicon", "word_list"]


@dataclass(frozen=True)
class Role:
    """A post named by a role word: whoever holds it ``relation`` the organisation."""

    words: str
    relation: URIRef
    government_post: bool


@dataclass(frozen=True)
class Lexicon(RuleWords):
    """The words that drive the rules, read from ``ontology/lexicon.ttl`` (more word lists
    in :class:`~kg.extract.lexicon_words.RuleWords`)."""

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

    confirming_verbs: frozenset[str] = word_list(LEX.confirmingVerb)
    """Verbs of confirming what will be done ("confirmed that the levy will be introduced"):
    like a verb of saying, they report a decision as their subject's."""
    carrying_out_verbs: frozenset[str] = word_list(LEX.carryingOutVerb)
    """Verbs of carrying a proposal out ("deliver"): they name what a proposal is (a service
    delivered), but who carries one out need not have put it forward ("practices deliver the
    services the plan sets out")."""

    failure_nouns: frozenset[str] = word_list(LEX.failureNoun)
    """Nouns of not doing what their infinitive says ("failure to adopt", "refusal to
    accept"): the infinitive's act is not done."""
    failure_verbs: frozenset[str] = word_list(LEX.failureVerb)
    """Verbs of not doing what their infinitive says ("failed to pass the motion"): the
    infinitive's act is not done, though not refused (review8)."""
    constituent_verbs: frozenset[str] = word_list(LEX.constituentVerb)
    """Verbs (with their particle) of bringing a measure into being ("set up", "create"): a
    proposal that is their subject has their object as a part."""
    contents_verbs: frozenset[str] = word_list(LEX.contentsVerb)
    """Verbs by which a document or motion is said to put forward what it holds ("the motion
    demanded a review", "the plan promised an agreement"): their object is a part of it."""
    feeling_words: frozenset[str] = word_list(LEX.feelingWord)
    """Adjectives of feeling ("disappointed", "pleased"): what they are said of feels, so it
    is an actor, never a proposal ("the union said it was disappointed")."""
    shortfall_nouns: frozenset[str] = word_list(LEX.shortfallNoun)
    """Nouns of something not done or missing ("failure", "lack"): whoever speaks of a failure
    to adopt a proposal, or of its lack, supports it."""
    partitive_words: frozenset[str] = word_list(LEX.partitiveWord)
    """Words of a part of a whole named after "of" ("many of the recommendations"): what is
    done to the part is done to what the whole names."""
    content_nouns: frozenset[str] = word_list(LEX.contentNoun)
    """Nouns of a chance or a claim ("the opportunity to discuss the levy", "claims that the
    levy would cut services"): a stance on one is not a stance on a proposal named in it."""
    examination_nouns: frozenset[str] = word_list(LEX.examinationNoun)
    """Nouns of examining something ("review", "inquiry"): a stance on the review of a
    proposal is none on the proposal."""
    reception_verbs: frozenset[str] = word_list(LEX.receptionVerb)
    """Verbs of receiving a proposal in some manner ("greet", "meet", "receive"): "the levy
    was greeted with dismay by the guild" opposes it."""
    factive_marks: frozenset[str] = word_list(LEX.factiveMark)
    """Words opening a clause of reason or concession ("as", "because", "although"): what such
    a clause says has happened is asserted, whatever the mood of the clause it hangs on."""
    past_time_marks: frozenset[str] = word_list(LEX.pastTimeMark)
    """Words opening a clause of time ("after", "when", "once"): in the simple past or past
    perfect, what it says has happened is asserted, whatever the mood of the clause it hangs
    on."""
    workforce_nouns: frozenset[str] = word_list(LEX.workforceNoun)
    """Nouns for people by their work ("worker", "staff"): a name before one says where they
    work ("NHS workers"), not who acts when they vote or strike."""
    request_verbs: frozenset[str] = word_list(LEX.requestVerb)
    """Verbs of asking for something ("seek", "call for"): the event asked for is not held."""
    conduct_nouns: frozenset[str] = word_list(LEX.conductNoun)
    """Nouns of what an actor does or fails to do ("failure", "refusal", "decision"): a bad
    feeling about an actor's one criticises the actor."""
    grievance_adjectives: frozenset[str] = word_list(LEX.grievanceAdjective)
    """Adjectives of a bad feeling at what someone did ("disappointed", "angry")."""
    collaboration_verbs: frozenset[str] = word_list(LEX.collaborationVerb)
    """Verbs (with their preposition) of working together with another actor ("work with")."""
    debate_topic_prepositions: frozenset[str] = word_list(LEX.debateTopicPreposition)
    """Prepositions after "debate" of a question argued in public ("the debate over fees")."""
    public_debate_modifiers: frozenset[str] = word_list(LEX.publicDebateModifier)
    """Adjectives of a debate carried on in public ("public debate", "the wider debate")."""
    protest_nouns: frozenset[str] = word_list(LEX.protestNoun)
    """Head nouns of a protest held ("protest", "rally"): an article's protests are one."""
    polled_nouns: frozenset[str] = word_list(LEX.polledNoun)
    """Nouns for a body's members after "poll of" ("a poll of branches"): a ballot."""
    ballot_poll_modifiers: frozenset[str] = word_list(LEX.ballotPollModifier)
    """Words before "poll" of a union's ballot ("an indicative poll", "a strike poll")."""
    repeat_adverbs: frozenset[str] = word_list(LEX.repeatAdverb)
    """Adverbs of an act done once more ("meet again"): another event than the one before."""
    round_words: frozenset[str] = word_list(LEX.roundWord)
    """Words before "talks" of another round ("further talks"): not the talks told of before."""
    inquiry_nouns: frozenset[str] = word_list(LEX.inquiryNoun)
    """Nouns of an inquiry ("review", "inquiry"): held when the subject of a finding verb."""
    inquiry_finding_verbs: frozenset[str] = word_list(LEX.inquiryFindingVerb)
    """Verbs of what an inquiry found ("find", "conclude"): their inquiry subject was held."""
    capacity_nouns: frozenset[str] = word_list(LEX.capacityNoun)
    """Nouns of a capacity ("right", "freedom"): "the right to strike" names no act."""
    time_adjectives: frozenset[str] = word_list(LEX.timeAdjective)
    ministry_nouns: frozenset[str] = word_list(LEX.ministryNoun)
    """Nouns of a ministry ("department"): a minister's own one is the one they lead."""
    """Adjectives of when ("recent", "next"): "the union's recent Council meeting" dates it."""
    author_of_nouns: frozenset[str] = word_list(LEX.authorOfNoun)
    """Heads of a proposal whose "of" names its author when that is an actor ("the
    recommendations of the pay review body"); not nouns of change ("the reform of the NHS")."""
    persisting_verbs: frozenset[str] = word_list(LEX.persistingVerb)
    """Verbs (with their particle or adverb) of going on with a proposal ("press ahead",
    "push through", "proceed"): the subject puts forward what it goes on with."""
    consent_verbs: frozenset[str] = word_list(LEX.consentVerb)
    """Verbs of agreeing to an event ("agree to talks"): whoever agrees takes part in it."""
    rebuttal_verbs: frozenset[str] = word_list(LEX.rebuttalVerb)
    """Verbs of rejecting what someone said ("dismiss"): answering them in public."""
    utterance_nouns: frozenset[str] = word_list(LEX.utteranceNoun)
    """Nouns of something said ("claim", "call", "criticism"), whose owner said it."""
    declaration_nouns: frozenset[str] = word_list(LEX.declarationNoun)
    """Nouns of making known what one will do ("announcement"): "would" in their that-clause,
    said of their owner, is the past of "will"."""
    involving_verbs: frozenset[str] = word_list(LEX.involvingVerb)
    """Verbs of an event's relative clause or participle whose objects take part in it
    ("talks involving the unions")."""
    notice_nouns: frozenset[str] = word_list(LEX.noticeNoun)
    """Nouns of notice given of an event ("notice of strike action"): who gives it calls it."""
    notice_verbs: frozenset[str] = word_list(LEX.noticeVerb)
    """Verbs of giving notice ("give", "serve"): their subject calls the event noticed."""
    contribution_nouns: frozenset[str] = word_list(LEX.contributionNoun)
    """Nouns of what one sends in to a consultation ("response", "submission"): their owner
    took part in it."""
    event_course_verbs: frozenset[str] = word_list(LEX.eventCourseVerb)
    """Verbs (with their particle) of the course of particular events, whose bare plural
    subject names them ("talks will resume", "strikes will begin")."""
    result_nouns: frozenset[str] = word_list(LEX.resultNoun)
    """Nouns of a result after the noun of a ballot ("its ballot results"): the owner held
    the ballot."""
    verb_event_nouns: frozenset[str] = word_list(LEX.verbEventNoun)
    """A verb naming an event and a head noun of that event's act, as "verb noun" ("ballot
    ballot", "negotiate talk"): the noun named after the verb is the verb's event."""
    engaged_participles: frozenset[str] = word_list(LEX.engagedParticiple)
    """Participles of taking part said of a subject ("engaged in talks", "involved in the
    negotiations"): the subject takes part in the gathering after "in"."""
    organiser_nouns: frozenset[str] = word_list(LEX.organiserNoun)
    """Nouns of one who runs or takes part in an event ("organiser of the protest")."""
    distinct_action_nouns: frozenset[str] = word_list(LEX.distinctActionNoun)
    """Nouns of action short of a strike ("boycott", "overtime ban"): one with their own kind."""
    gathering_verbs: frozenset[str] = word_list(LEX.gatheringVerb)
    """Light verbs of holding talks or a meeting ("have": "we have had talks with X")."""
    unchanged_state_nouns: frozenset[str] = word_list(LEX.unchangedStateNoun)
    """Nouns of a state of affairs or a time limit ("dispute", "deadline"): ending or extending
    one changes no policy or body, so "vowed to end the dispute" names no proposal."""
    sum_nouns: frozenset[str] = word_list(LEX.sumNoun)
    """Nouns of money ("money", "cash") that, after "the", stand for the latest proposal named
    with a sum ("The money is part of the package")."""

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

    membership_nouns: frozenset[str] = word_list(LEX.membershipNoun)
    """Nouns that with a copula say their subject belongs to a body ("is a member of")."""

    reaction_verbs: frozenset[str] = word_list(LEX.reactionVerb)
    """Verbs of reacting with their preposition ("react to"): the manner says the stance."""

    positive_manners: frozenset[str] = word_list(LEX.positiveManner)
    """Manners of reacting that show support ("warmly")."""

    negative_manners: frozenset[str] = word_list(LEX.negativeManner)
    """Manners of reacting that show opposition ("angrily")."""

    not_holding_words: frozenset[str] = word_list(LEX.notHoldingWord)
    """Words before a role phrase saying its holder does not hold the post ("former", "shadow")."""

    vacancy_words: frozenset[str] = word_list(LEX.vacancyWord)
    """Words before a role phrase saying the post's holder is still to be chosen ("next")."""

    tenure_adverbs: frozenset[str] = word_list(LEX.tenureAdverb)
    """Adverbs of time between a name's comma and its title ("X, then the chair of Y")."""

    undertaking_nouns: frozenset[str] = word_list(LEX.undertakingNoun)
    """Nouns of what one takes on ("campaign", "invitation"): an infinitive on one is its taker's."""

    undertaking_verbs: frozenset[str] = word_list(LEX.undertakingVerb)
    """Verbs of taking on an undertaking ("launch", "accept"): their subject does its act."""

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
    planned_body_nouns: frozenset[str] = word_list(LEX.plannedBodyNoun)
    """Nouns of a public body that "new" or a verb of creating still to come makes a body not
    yet created ("a new regulator", "a watchdog will be set up"): a proposal."""

    bringing_in_verbs: frozenset[str] = word_list(LEX.bringingInVerb)
    """Verbs (with their particle) of bringing a proposal in: "plans to introduce a levy" are
    the levy ("introduce", "deliver", "set up")."""

    decision_nouns: frozenset[str] = word_list(LEX.decisionNoun)
    """Nouns of resolving to act ("decision", "move"): with an infinitive of bringing a
    proposal in, they name that proposal ("the decision to impose a pay freeze")."""

    name_only_head_nouns: frozenset[str] = word_list(LEX.nameOnlyHeadNoun)
    """Heads that name a proposal only with a name that is no place's, or a version word
    ("the Environmental Land Management system", "a new system"; not "the health system")."""
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
    addressee_verbs: frozenset[str] = word_list(LEX.addresseeVerb)
    """Verbs of asking whose object is who is asked, not what is asked for ("asked a panel",
    "pressed a regulator for answers")."""
    lack_nouns: frozenset[str] = word_list(LEX.lackNoun)
    """Nouns of something missing whose "of" names it ("the lack of a workforce plan")."""
    government_tier_words: frozenset[str] = word_list(LEX.governmentTierWord)
    """Words that make "government" a tier of councils ("local government")."""
    government_sector_nouns: frozenset[str] = word_list(LEX.governmentSectorNoun)
    """Plurals after "government" that make it the public sector ("government departments")."""
    government_part_nouns: frozenset[str] = word_list(LEX.governmentPartNoun)
    """Nouns before "of government" that make it the institution in general ("role")."""
    duty_adjectives: frozenset[str] = word_list(LEX.dutyAdjective)
    """Adjectives whose "for" names a remit ("responsible for pay negotiations")."""
    intention_nouns: frozenset[str] = word_list(LEX.intentionNoun)
    """Nouns of intending whose content is what is intended: with an event for content ("plans
    for a strike", "strike plans", "plans to ballot members") they name the event planned."""
    nominal_forms: frozenset[str] = word_list(LEX.nominalForm)
    """A verb of changing a policy, then the noun of the change with its preposition
    ("abolish abolition of"): "plans to abolish the levy" are also the "abolition of the levy"."""
    seat_letters: frozenset[str] = word_list(LEX.seatLetters)
    """Letters after a person's name for a seat in a legislature ("MSP", "MS"), lower-cased;
    they match only in capitals."""
    possessive_name_words: frozenset[str] = word_list(LEX.possessiveNameWord)
    """Titles that with a possessive open one name, not an owner's name and another ("the
    King's Speech", "Queen's University")."""
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
    precondition_marks: frozenset[str] = word_list(LEX.preconditionMark)
    """Words opening a clause of an act not yet done ("before", "until")."""
    conviction_words: frozenset[str] = word_list(LEX.convictionWord)
    """Words of being persuaded ("convince", "persuade", "sure"); negated, they doubt."""
    alteration_nouns: frozenset[str] = word_list(LEX.alterationNoun)
    """Nouns of altering a proposal ("simplification"): a stance on one is none on what it alters."""
    field_sense_nouns: frozenset[str] = word_list(LEX.fieldSenseNoun)
    """Proposal words that, bare and singular, name a field of work, not one proposal
    ("government policy", "policy set by ministers")."""
    devotion_nouns: frozenset[str] = word_list(LEX.devotionNoun)
    """Proposal words that, "to" an actor, name devotion, not a proposal ("commitment to the
    NHS", "commitment to working people"); "commitment to cut waiting times" is one."""
    people_nouns: frozenset[str] = word_list(LEX.peopleNoun)
    """Nouns for people as those a body serves ("patients", "families", "people")."""
    council_service_nouns: frozenset[str] = word_list(LEX.councilServiceNoun)
    """Nouns after "council" that name what a council levies or lets, not the council
    ("council tax", "council houses"): "Leeds council tax" names no council."""
    money_nouns: frozenset[str] = word_list(LEX.moneyNoun)
    """Nouns of money paid or spent ("pay", "funding"): a change in one put forward by an actor
    ("announced a rise in pay") is a proposal."""
    replacement_words: frozenset[str] = word_list(LEX.replacementWord)
    """Words of replacing a body ("replace", "replacement"): what it is replaced "with" is a
    body still to come."""
    claim_nouns: frozenset[str] = word_list(LEX.claimNoun)
    """Nouns of claiming ("claim") that name a proposal only with "for" and a change in money
    or pay after them ("a claim for a 5% rise")."""
    open_set_words: frozenset[str] = word_list(LEX.openSetWord)
    """Adjectives that, without a determiner, make a proposal phrase an open set of things
    besides those named ("other reforms", "further cuts"), not one proposal."""
    equating_verbs: frozenset[str] = word_list(LEX.equatingVerb)
    """Verbs (with their preposition) that say what their subject is ("represent", "amount
    to"): a described proposal after one is the subject described again."""
    blame_verbs: frozenset[str] = word_list(LEX.blameVerb)
    """Verbs that name a cause ("blame", "attribute"): a change in money they take as object is
    what the speaker holds to account, not a change put forward."""
    amount_words: frozenset[str] = word_list(LEX.amountWord)
    """Words of an amount told in words ("digit" of "double-digit", "inflation" of
    "above-inflation"): a rise with one is not a rise of another amount."""
    ability_words: frozenset[str] = word_list(LEX.abilityWord)
    """Adjectives of ability taking an infinitive ("able", "prepared"): its subject's own act."""
    negative_ability_words: frozenset[str] = word_list(LEX.negativeAbilityWord)
    """Adjectives of ability negative by themselves ("unable")."""
    opposing_dispositions: frozenset[str] = word_list(LEX.opposingDisposition)
    """Adjectives with their preposition whose subject opposes the object ("opposed to")."""
    supporting_dispositions: frozenset[str] = word_list(LEX.supportingDisposition)
    """Adjectives with their preposition whose subject supports the object ("supportive of")."""

    def role(self, words: str) -> Role | None:
        """The role that role words name, hyphens as the tokenizer splits them ("vice-chair" is
        "vice - chair")."""
        return self._roles_by_tokens.get(_role_key(words))

    @functools.cached_property
    def _roles_by_tokens(self) -> dict[str, Role]:
        """Each role by its tokens, written with spaces or with hyphens ("general secretary",
        "general-secretary"); a spelling listed as such wins over a variant."""
        variants = {
            key: role
            for words, role in self.roles.items()
            for key in _hyphen_variants(_role_key(words))
        }
        return variants | {_role_key(words): role for words, role in self.roles.items()}

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

    def first_words(self, names: str) -> frozenset[str]:
        """The first words of the entries of the word sets ``names`` names (attribute names,
        space-separated: ``"speech_verbs finding_verbs"``), in lower case, also cut at a
        hyphen ("short" for "short-term fix"): a word that is none of them starts no entry.
        An entry of two parts (a trigger's lemma and preposition) starts with its first part.
        Worked out once per ``names`` (the relation rules' gates, ``Rule.words``)."""
        found = self._first_words.get(names)
        if found is None:
            firsts = {
                words[0]
                for name in names.split()
                for entry in getattr(self, name)
                if (words := (entry[0] if isinstance(entry, tuple) else entry).lower().split())
            }
            found = self._first_words[names] = frozenset(
                firsts | {first.split("-")[0] for first in firsts}
            )
        return found

    @functools.cached_property
    def _first_words(self) -> dict[str, frozenset[str]]:
        return {}

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


def _hyphen_variants(key: str) -> list[str]:
    """A role's tokens with each space between two words also written as a hyphen, as titles
    often are ("general-secretary", "deputy-general-secretary"); up to three gaps."""
    words = key.split(" ")
    if len(words) < 2 or len(words) > 4 or "-" in words:
        return []
    variants = []
    for mask in range(1, 2 ** (len(words) - 1)):
        joined = [words[0]]
        for gap, word in enumerate(words[1:]):
            joined += ["-", word] if mask >> gap & 1 else [word]
        variants.append(" ".join(joined))
    return variants


def _role_key(words: str) -> str:
    """Role words as tokens: lower case, a hyphen a token of its own."""
    return " ".join(words.lower().replace("-", " - ").split())


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Head nouns, name words, role words and relation triggers."""
    graph = parse_turtle(ontology_dir() / "lexicon.ttl")
    graph += parse_turtle(ontology_dir() / "given-names.ttl")

    def words(prop: URIRef) -> frozenset[str]:
        return frozenset(str(w).lower() for w in graph.objects(None, prop))

    return Lexicon(
        head_nouns=_classes_by_word(graph, LEX.headNoun, lower=True),
        name_words=_classes_by_word(graph, LEX.nameWord, lower=False),
        roles=_roles(graph),
        triggers=_triggers(graph),
        description_nouns=words(LEX.descriptionNoun),
        weak_head_nouns=words(LEX.weakHeadNoun),
        negative_effects=words(LEX.negativeEffect),
        positive_effects=words(LEX.positiveEffect),
        light_head_nouns=words(LEX.lightHeadNoun),
        participation_verbs=words(LEX.participationVerb),
        group_nouns=words(LEX.groupNoun),
        inverse=words(LEX.inverseTrigger),
        warning_words=words(LEX.warningWord),
        analysis_nouns=words(LEX.analysisNoun),
        cancel_verbs=words(LEX.cancelVerb),
        delivery_effects=words(LEX.deliveryEffect),
        burden_nouns=words(LEX.burdenNoun),
        amount_verbs=words(LEX.amountVerb),
        speech_verbs=words(LEX.speechVerb),
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
