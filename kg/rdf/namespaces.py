"""The vocabularies kg writes, and the one place where IRIs are minted.

Example:
    >>> entity_iri("Wes Streeting")
    rdflib.term.URIRef('https://w3id.org/kg-policy/id/wes-streeting')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

__all__ = ["KG", "LEX", "GAZ", "ID", "DOC", "entity_iri", "document_iri", "slug", "PREFIXES"]

BASE = "https://w3id.org/kg-policy/"


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``; a misspelt term raises instead of minting an IRI."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # core classes
    Entity: URIRef
    Person: URIRef
    Organisation: URIRef
    Proposal: URIRef
    Event: URIRef
    Place: URIRef
    # subclasses
    TradeUnion: URIRef
    ProfessionalBody: URIRef
    Committee: URIRef
    GovernmentBody: URIRef
    PublicBody: URIRef
    Legislature: URIRef
    PoliticalParty: URIRef
    ThinkTank: URIRef
    NewsOrganisation: URIRef
    ProviderNetwork: URIRef
    Contract: URIRef
    FundingFormula: URIRef
    Reform: URIRef
    Plan: URIRef
    Policy: URIRef
    ProviderModel: URIRef
    Service: URIRef
    FundingPackage: URIRef
    Motion: URIRef
    PlannedBody: URIRef
    Report: URIRef
    Vote: URIRef
    CollectiveAction: URIRef
    Meeting: URIRef
    Consultation: URIRef
    Negotiation: URIRef
    Conference: URIRef
    Speech: URIRef
    Campaign: URIRef
    Inquiry: URIRef
    Country: URIRef
    City: URIRef
    # core relations
    memberOf: URIRef
    leads: URIRef
    communicatesWith: URIRef
    proposes: URIRef
    supports: URIRef
    opposes: URIRef
    advisesOn: URIRef
    partOf: URIRef
    participatesIn: URIRef
    # refinements
    chairOf: URIRef
    committeeOf: URIRef
    holdsPostIn: URIRef
    wroteTo: URIRef
    urges: URIRef
    meets: URIRef
    tells: URIRef
    criticises: URIRef
    negotiatesWith: URIRef
    consultsOn: URIRef
    introduces: URIRef
    imposes: URIRef
    announces: URIRef
    welcomes: URIRef
    rejects: URIRef
    inDisputeWith: URIRef
    reviews: URIRef
    evolvesInto: URIRef
    organises: URIRef
    # provenance
    Document: URIRef
    Sentence: URIRef
    Mention: URIRef
    Statement: URIRef
    Modality: URIRef
    Quotation: URIRef
    quotedText: URIRef
    date: URIRef
    figure: URIRef
    Asserted: URIRef
    Reported: URIRef
    Planned: URIRef
    Conditional: URIRef
    Negated: URIRef
    text: URIRef
    surfaceForm: URIRef
    startOffset: URIRef
    endOffset: URIRef
    method: URIRef
    confidence: URIRef
    fromReaderComments: URIRef
    modality: URIRef
    mentionOf: URIRef
    mentionedIn: URIRef
    trigger: URIRef
    dateSource: URIRef
    rule: URIRef


class LEX(DefinedNamespace):
    """Terms of ``ontology/lexicon.ttl``: the properties that attach word lists to classes,
    properties and roles. A misspelt term raises instead of silently giving an empty list."""

    _fail = True
    _NS = Namespace(BASE + "lexicon#")

    headNoun: URIRef
    nameWord: URIRef
    trigger: URIRef
    inverseTrigger: URIRef
    roleWord: URIRef
    roleRelation: URIRef
    governmentPost: URIRef
    descriptionNoun: URIRef
    weakHeadNoun: URIRef
    negativeEffect: URIRef
    positiveEffect: URIRef
    lightHeadNoun: URIRef
    participationVerb: URIRef
    groupNoun: URIRef
    warningWord: URIRef
    analysisNoun: URIRef
    cancelVerb: URIRef
    deliveryEffect: URIRef
    burdenNoun: URIRef
    amountVerb: URIRef
    speechVerb: URIRef
    # ---- relation rules: modality, proposals and reforms
    conditionalAux: URIRef
    futureAux: URIRef
    planningVerb: URIRef
    conditionalMark: URIRef
    questionVerb: URIRef
    uncertainMark: URIRef
    focusAdverb: URIRef
    demandTrigger: URIRef
    disclosureVerb: URIRef
    denialVerb: URIRef
    pendingAdverb: URIRef
    uncertainAdjective: URIRef
    contraryPreposition: URIRef
    receivingVerb: URIRef
    findingVerb: URIRef
    reformNoun: URIRef
    reformVerb: URIRef
    # ---- relations (ext-relations): directives, verbs naming events, appraisals, lists
    directiveVerb: URIRef
    eventVerb: URIRef
    positiveAppraisal: URIRef
    negativeAppraisal: URIRef
    labelVerb: URIRef
    listNoun: URIRef
    reconsiderVerb: URIRef
    offerNoun: URIRef
    # ---- relations: membership
    membershipVerb: URIRef
    membershipNoun: URIRef
    # ---- relations: reactions
    reactionVerb: URIRef
    # ---- relations: motions (stance7)
    motionVerb: URIRef
    positiveManner: URIRef
    negativeManner: URIRef
    notHoldingWord: URIRef
    vacancyWord: URIRef
    tenureAdverb: URIRef
    undertakingNoun: URIRef
    undertakingVerb: URIRef
    partyPostWord: URIRef
    legislatorWord: URIRef
    seatIn: URIRef
    headlineVerb: URIRef
    portfolioWord: URIRef
    postNominal: URIRef
    # ---- mentions and entities: titles, versions, generic and vague nouns, regions ----
    honorific: URIRef
    surnameParticle: URIRef
    givenName: URIRef
    topicName: URIRef
    topicPrefix: URIRef
    lawNameWord: URIRef
    institutionNameWord: URIRef
    countyWord: URIRef
    demonym: URIRef
    creationVerb: URIRef
    verbParticle: URIRef
    creationNoun: URIRef
    versionWord: URIRef
    genericProposalHead: URIRef
    vagueNoun: URIRef
    collectiveChangeNoun: URIRef
    regionWord: URIRef
    genericOrganisationNoun: URIRef
    governingBodyNoun: URIRef
    nationAdjective: URIRef
    # ---- entities (ext-entities): things introduced by a verb ----
    introducingVerb: URIRef
    properHeadNoun: URIRef
    quantityHeadNoun: URIRef
    measureNoun: URIRef
    complexPrepositionNoun: URIRef
    # ---- amounts (ext-amounts) ----
    changeHeadNoun: URIRef
    partNoun: URIRef
    componentHeadNoun: URIRef
    authoredHeadNoun: URIRef
    authorNamedHeadNoun: URIRef
    countedHeadNoun: URIRef
    # ---- discourse (ext-discourse): what speakers say of proposals and of each other ----
    acceptWord: URIRef
    rejectWord: URIRef
    recommendWord: URIRef
    refuseVerb: URIRef
    approvalWord: URIRef
    disapprovalWord: URIRef
    opinionVerb: URIRef
    misconductVerb: URIRef
    regardVerb: URIRef
    mediaWord: URIRef
    obligationWord: URIRef
    criticismPhrase: URIRef
    # ---- precision (ext-precision) ----
    satisfiedNoun: URIRef
    # --- ext-events ---
    passiveEventVerb: URIRef
    outletNoun: URIRef
    symmetricVerb: URIRef
    feelingAdjective: URIRef
    onEventVerb: URIRef
    # --- ext-props ---
    priorVersionWord: URIRef
    inComplementHead: URIRef
    infinitiveContentNoun: URIRef
    lengthNoun: URIRef
    fundingVerb: URIRef
    countingAdjective: URIRef
    dealHead: URIRef
    complementHeadNoun: URIRef
    # --- ext-proprel ---
    undoingNoun: URIRef
    undoingVerb: URIRef
    confirmingVerb: URIRef
    carryingOutVerb: URIRef
    failureNoun: URIRef
    failureVerb: URIRef
    constituentVerb: URIRef
    contentsVerb: URIRef
    feelingWord: URIRef
    grievanceNoun: URIRef
    shortfallNoun: URIRef
    partitiveWord: URIRef
    contentNoun: URIRef
    receptionVerb: URIRef
    factiveMark: URIRef
    pastTimeMark: URIRef
    workforceNoun: URIRef
    requestVerb: URIRef
    conductNoun: URIRef
    grievanceAdjective: URIRef
    collaborationVerb: URIRef
    plannedBodyNoun: URIRef
    bringingInVerb: URIRef
    decisionNoun: URIRef
    nameOnlyHeadNoun: URIRef
    clauseHeadNoun: URIRef
    outcomeHeadNoun: URIRef
    settlingAdjective: URIRef
    accountHeadNoun: URIRef
    provisionNoun: URIRef
    providedNoun: URIRef
    policyChangeNoun: URIRef
    leverNoun: URIRef
    moreWord: URIRef
    demandingFor: URIRef
    answerNoun: URIRef
    reviewNoun: URIRef
    debateTopicPreposition: URIRef
    publicDebateModifier: URIRef
    protestNoun: URIRef
    polledNoun: URIRef
    ballotPollModifier: URIRef
    addresseeVerb: URIRef
    lackNoun: URIRef
    governmentTierWord: URIRef
    governmentSectorNoun: URIRef
    governmentPartNoun: URIRef
    dutyAdjective: URIRef
    unchangedStateNoun: URIRef
    intentionNoun: URIRef
    nominalForm: URIRef
    repeatAdverb: URIRef
    roundWord: URIRef
    capacityNoun: URIRef
    timeAdjective: URIRef
    ministryNoun: URIRef
    inquiryNoun: URIRef
    inquiryFindingVerb: URIRef
    seatLetters: URIRef
    authorOfNoun: URIRef
    persistingVerb: URIRef
    possessiveNameWord: URIRef
    standingModifier: URIRef
    referenceHead: URIRef
    pledgingVerb: URIRef
    pledgedChangeVerb: URIRef
    collectionNoun: URIRef
    kindOfHead: URIRef
    nounPreposition: URIRef
    consentVerb: URIRef
    examinationNoun: URIRef
    gatheringVerb: URIRef
    distinctActionNoun: URIRef
    rebuttalVerb: URIRef
    utteranceNoun: URIRef
    declarationNoun: URIRef
    preconditionMark: URIRef
    convictionWord: URIRef
    alterationNoun: URIRef
    fieldSenseNoun: URIRef
    devotionNoun: URIRef
    peopleNoun: URIRef
    councilServiceNoun: URIRef
    sumNoun: URIRef
    moneyNoun: URIRef
    replacementWord: URIRef
    claimNoun: URIRef
    openSetWord: URIRef
    equatingVerb: URIRef
    amountWord: URIRef
    blameVerb: URIRef
    abilityWord: URIRef
    negativeAbilityWord: URIRef
    opposingDisposition: URIRef
    supportingDisposition: URIRef
    involvingVerb: URIRef
    engagedParticiple: URIRef
    verbEventNoun: URIRef
    resultNoun: URIRef
    eventCourseVerb: URIRef
    contributionNoun: URIRef
    noticeNoun: URIRef
    noticeVerb: URIRef
    organiserNoun: URIRef
    offeringVerb: URIRef
    trustNoun: URIRef
    trustLossVerb: URIRef
    disregardVerb: URIRef
    urgingPredicate: URIRef
    replyVerb: URIRef
    behestNoun: URIRef
    neededVerb: URIRef
    measureActNoun: URIRef
    aimHeadNoun: URIRef
    ownershipAdjective: URIRef
    judgingWord: URIRef
    partyNoun: URIRef
    policyNameWord: URIRef
    unclassifyingAdjective: URIRef
    mannerEventNoun: URIRef
    rightModifier: URIRef
    disputeDeclaringVerb: URIRef
    sectorWord: URIRef
    fearNoun: URIRef
    hyphenedActionName: URIRef
    responseWord: URIRef
    failingWord: URIRef


# Declared terms become plain class attributes: the rules look them up hundreds of thousands
# of times per corpus, and DefinedNamespace's attribute hook is slow. Undeclared terms still
# go through the hook and raise.
for _namespace in (KG, LEX):
    for _term in _namespace.__annotations__:
        type.__setattr__(_namespace, _term, _namespace._NS[_term])
del _namespace, _term

GAZ = Namespace(BASE + "gazetteer#")
ID = Namespace(BASE + "id/")
DOC = Namespace(BASE + "doc/")

#: The one prefix table: bound in every graph kg makes (so Turtle output is stable) and
#: pre-declared for every SPARQL query.
PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "id": ID,
    "doc": DOC,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "foaf": Namespace(str(FOAF)),
    "org": Namespace(str(ORG)),
    "schema": Namespace(str(SDO)),
}

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``"Carr-Hill formula" -> "carr-hill-formula"``.

    Apostrophes vanish whatever their style ("King's" and "King’s" give
    ``kings``); a name with no Latin letters or digits gets a stable hash.
    """
    text = text.replace("’", "'").replace("‘", "'")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("'", "").replace("`", "")
    result = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if not result:
        result = "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return result


def entity_iri(canonical_name: str) -> URIRef:
    """The IRI of the entity whose canonical name is ``canonical_name``."""
    return ID[slug(canonical_name)]


def document_iri(document_id: str) -> URIRef:
    """The IRI of a source document from its id (a slug of its file name)."""
    return DOC[slug(document_id)]
