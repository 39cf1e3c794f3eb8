"""The rule table: every relation rule, its name, method and confidence, in the order they run.

Relations come out in this order, and where two rules find the same relation in one
sentence the first one's evidence is kept, so the order is part of the behaviour.

Two phases:

1. **Phrases** (``roles``, ``structure``): what role phrases and phrases naming entities say
   by themselves. The ``participatesIn`` relations of the ``structure`` pass become
   ``Context.participants``: who takes part in each event.
2. **Clauses** (the rest): verbs, nouns and what speakers say. The ``verb`` rule reads
   ``Context.participants`` for a clause with no subject of its own ("a referendum of BMA
   members concluded with 98.9% voting to reject the offer": the members reject it).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from kg.extract.relations import (
    announcements,
    appraisals,
    behests,
    bodies,
    censure,
    confidence,
    contents,
    contributions,
    directives,
    events,
    forecasts,
    gatherings,
    grievances,
    held_plans,
    judged_acts,
    judged_clauses,
    labels,
    motions,
    nouns,
    parts,
    persistence,
    pledges,
    reactions,
    rebuttals,
    reciprocals,
    reforms,
    replies,
    reversals,
    roles,
    shortfalls,
    speech,
    stances,
    structure,
    taking_part,
    urgings,
    verbs,
    verdicts,
)
from kg.extract.relations.ballot_results import ballot_result
from kg.extract.relations.charged_acts import charged_act
from kg.extract.relations.coholders import co_holders
from kg.extract.relations.collaboration import collaboration
from kg.extract.relations.core import Pass, Rule, phrases, role_links, tokens, whole
from kg.extract.relations.failings import failing
from kg.extract.relations.memberships import member_noun, part_of_a_body
from kg.extract.relations.nested_events import within_a_gathering
from kg.extract.relations.personal_bodies import personal_body
from kg.extract.relations.responses import response
from kg.extract.relations.undertakings import undertaking
from kg.rdf.namespaces import KG

__all__ = ["RULES", "rule_named", "select"]

# gates (``Rule.pos``): the parts of speech a rule's first test lets through; a token pass
# calls a gated rule only at tokens with one of them (a rule without a gate sees every token)
VERBS = frozenset({"VERB", "AUX"})
VERB = frozenset({"VERB"})
NOUN = frozenset({"NOUN"})
ADJ = frozenset({"ADJ"})
ADP = frozenset({"ADP"})
# class gates (``Rule.classes``): the core class of the phrases a rule reads
PERSON = frozenset({KG.Person})
ORGANISATION = frozenset({KG.Organisation})
PROPOSAL = frozenset({KG.Proposal})
EVENT = frozenset({KG.Event})
# dependency gates (``Rule.deps``)
PREP = frozenset({"prep"})
CCOMP = frozenset({"ccomp"})  # a reported clause
PREDICATES = frozenset({"acomp", "attr", "prep"})  # "it is vital / time / up to X to ..."
ACL = frozenset({"acl"})  # an infinitive completing a noun ("a campaign to appeal")
STATING = frozenset(motions.STATING)

RULES: tuple[Pass[Any], ...] = (
    # ---- phase 1: phrases ------------------------------------------------------------------
    Pass("roles", role_links, (Rule("role", roles.role, 0.85),)),
    Pass(
        "structure",
        phrases,
        (
            Rule("possessive", structure.possessive, 0.7, cases={"body": 0.75}),
            # "Lady Hale's commission", "the minister ... his department"
            Rule("personal-body", personal_body, 0.6, classes=ORGANISATION),
            Rule("body-of", structure.body_of, 0.7),
            Rule("body-in-view", bodies.body_in_view, 0.6, method="body-of", classes=ORGANISATION),
            Rule("sub-unit", structure.sub_unit, 0.8),
            Rule(
                "affiliation",
                structure.affiliation,
                0.6,
                cases={"possessive": 0.6, "of": 0.6},
                classes=PERSON,
            ),
            Rule("source", structure.source, 0.6, classes=PROPOSAL),
            Rule("component", structure.component, 0.55, method="part-of", classes=PROPOSAL),
            Rule("modifier", events.modifier, 0.7, classes=EVENT),
            Rule("event-argument", events.argument, 0.65, classes=EVENT),
            Rule("event-setting", events.setting, 0.6, method="event-argument", classes=EVENT),
            # "her speech at the conference": the speaker is at the conference
            Rule("event-within", within_a_gathering, 0.55, method="event-argument", classes=EVENT),
            Rule(
                "event-verb",
                events.participation,
                0.65,
                method="event-argument",
                classes=EVENT,
            ),
            Rule("event-partners", events.partners, 0.6, classes=EVENT),
            Rule("event-involved", events.involved, 0.6, classes=EVENT),
            Rule("event-organiser", events.organisers, 0.6, classes=EVENT),
            # ---- relations (ext-relations): offers made in talks, authors named before
            Rule("made-in-talks", events.made_in, 0.55, classes=EVENT),
            # ---- events (ext-events): the agent of a participle of taking part
            Rule("event-agent", events.performer, 0.6, classes=EVENT),
            # who hosts or has talks and meetings
            Rule("event-host", gatherings.hosts, 0.6, classes=EVENT),
            Rule("event-holder", gatherings.holders, 0.6, classes=EVENT),
            # "the guild is engaged in talks"; "secured a mandate after a member vote"
            Rule("engaged-in", taking_part.engaged_in, 0.6, classes=EVENT),
            Rule("after-a-vote", taking_part.after_a_vote, 0.55, classes=EVENT),
            Rule("response-to", taking_part.response_to, 0.55, classes=EVENT),
            Rule("notice-of", taking_part.notice_of, 0.55, classes=EVENT),
            Rule("involving", taking_part.involving, 0.55, classes=EVENT),
            Rule("author-modifier", structure.author_modifier, 0.6, classes=PROPOSAL),
            # ---- amounts (ext-amounts): a part of a package is part of it
            Rule("part-noun", parts.part_noun, 0.55, classes=PROPOSAL),
        ),
        gives_participants=True,
    ),
    # ---- phase 2: clauses (may read Context.participants) ----------------------------------
    Pass(
        "verbs",
        tokens,
        (
            Rule(
                "verb",
                verbs.verb,
                0.7,
                method="verb:{trigger}",
                cases={"analysis": 0.6},
                pos=VERBS | NOUN,  # a noun only as the root: a verb the tagger missed
                words="trigger_lemmas",
            ),
        ),
    ),
    Pass(
        "nouns",
        tokens,
        (
            Rule(
                "noun",
                nouns.noun,
                0.65,
                method="noun:{trigger}",
                cases={"received": 0.6},
                pos=NOUN,
            ),
        ),
    ),
    Pass(
        "warnings",
        tokens,
        (Rule("warning", stances.warning, 0.6, cases={"defends": 0.55}, pos=VERBS),),
    ),
    Pass("reforms", whole, (Rule("reform", reforms.reform, 0.6, method="verb:{trigger}"),)),
    Pass("shared posts", whole, (Rule("co-holders", co_holders, 0.75),)),
    Pass(
        "parts",
        tokens,
        (
            Rule("part-of", parts.part_of, 0.7, cases={"author": 0.55}, pos=NOUN),
            Rule("one-of", parts.one_of, 0.55, pos=ADP, deps=PREP),
            Rule("under-a-whole", parts.under_a_whole, 0.55, pos=ADP, deps=PREP),
            Rule(
                "brought-in",
                parts.brought_in,
                0.55,
                pos=VERBS,
                words="constituent_verbs contents_verbs",
            ),
            # "the investment in the agreement", "£5m to go towards the plan"
            Rule("put-towards", contributions.put_towards, 0.55, pos=ADP, deps=PREP),
        ),
    ),
    Pass(
        "analyses",
        tokens,
        (
            Rule(
                "analysis",
                stances.analysis,
                0.55,
                pos=VERBS,
                words="speech_verbs finding_verbs",
            ),
        ),
    ),
    Pass(
        "evaluations",
        tokens,
        (Rule("evaluation", stances.evaluation, 0.5, pos=VERBS, words="speech_verbs"),),
    ),
    Pass("reciprocals", tokens, (Rule("reciprocal", reciprocals.reciprocal, 0.5, pos=VERB),)),
    Pass(
        "collaborations",
        tokens,
        (Rule("collaboration", collaboration, 0.5, pos=VERB, words="collaboration_verbs"),),
    ),
    # ---- relations (ext-relations): directives, verbs naming events -------------------------
    Pass(
        "directives",
        tokens,
        (
            Rule(
                "directive",
                directives.directive,
                0.6,
                cases={"organiser": 0.55, "addressed": 0.6},
                pos=VERBS,
                words="directive_verbs speech_verbs",
            ),
        ),
    ),
    Pass("event-verbs", tokens, (Rule("event-verb-named", events.named_by_verb, 0.55, pos=VERBS),)),
    # "the union said its ballot results showed ...": the owner held the ballot
    Pass(
        "ballot-results",
        tokens,
        (Rule("ballot-result", ballot_result, 0.55, pos=NOUN, words="result_nouns"),),
    ),
    Pass(
        "appraisals",
        tokens,
        (
            Rule(
                "appraisal",
                appraisals.appraisal,
                0.55,
                pos=VERBS | ADJ | NOUN | frozenset({"PROPN", "INTJ"}),  # a headline's "Betrayal"
                words="label_verbs speech_verbs positive_appraisals negative_appraisals",
            ),
            # "the union is opposed to the bill"
            Rule(
                "disposition",
                appraisals.disposition,
                0.55,
                pos=ADJ | VERB,
                words="opposing_dispositions supporting_dispositions",
                deps=frozenset({"acomp", "ROOT", "conj", "relcl"}),
            ),
        ),
    ),
    Pass(
        "houses",
        tokens,
        (Rule("addressed-house", verbs.addressed_house, 0.6, pos=VERBS, words="speech_verbs"),),
    ),
    Pass("lists", tokens, (Rule("listed", parts.listed, 0.6, pos=VERBS | ADP),)),
    Pass(
        "list-lines", whole, (Rule("listed-lines", parts.listed_lines, 0.55, cases={"line": 0.5}),)
    ),
    # the terms of an offer, told where it is made
    Pass(
        "contents",
        tokens,
        (
            Rule("offer-of", contents.offer_of, 0.55, pos=NOUN, words="deal_heads"),
            Rule("offered-terms", contents.offered_terms, 0.5, pos=VERB, words="offering_verbs"),
        ),
    ),
    # ---- speech (ext-discourse): the stances speakers take by urging, refusing, judging ----
    Pass("attributions", role_links, (Rule("attribution-role", speech.attribution_role, 0.7),)),
    Pass("letters", whole, (Rule("addressee", speech.addressees, 0.7),)),
    Pass(
        "speech",
        tokens,
        (
            Rule(
                "recommendation",
                speech.recommendation,
                0.6,
                pos=VERBS | NOUN,
                words="accept_words reject_words",
            ),
            Rule("refusal", speech.refusal, 0.6, pos=VERBS, words="accept_words"),
            Rule(
                "verdict",
                verdicts.verdict,
                0.55,
                cases={"own": 0.5},
                pos=ADJ | NOUN | VERB,
                words="approval_words disapproval_words",
            ),
            Rule(
                "attitude",
                verdicts.attitude,
                0.55,
                pos=ADJ | VERB,
                words="approval_words disapproval_words",
                deps=frozenset({"acomp"}),
            ),
            # "the regulator is not fit for purpose": a verdict on an actor criticises it
            Rule(
                "censure",
                censure.censure,
                0.5,
                pos=ADJ | NOUN,
                words="approval_words disapproval_words",
                deps=frozenset({"acomp", "attr"}),
            ),
            # "branded the minister reckless": an actor labelled with a bad word is criticised
            Rule("label", labels.labelled_actor, 0.5, pos=VERB, words="label_verbs"),
            Rule("grievance", grievances.grievance, 0.5, pos=NOUN, words="grievance_nouns"),
            # "a vote of no confidence in the board": trust denied criticises
            Rule("distrust", confidence.distrust, 0.5, pos=NOUN, words="trust_nouns"),
            Rule("conduct", verdicts.conduct, 0.5, pos=ADJ | VERB, words="grievance_adjectives"),
            Rule(
                "effect",
                verdicts.effect,
                0.5,
                pos=VERB,
                words="positive_effects negative_effects",
            ),
            Rule(
                "criticism",
                speech.criticism,
                0.5,
                pos=VERBS,
                words="misconduct_verbs regard_verbs",
            ),
            Rule(
                "reproach",
                verdicts.reproach,
                0.5,
                pos=NOUN,
                words="approval_words disapproval_words",
            ),
            # "described the move by the union as a betrayal": its doer criticised
            Rule(
                "judged-act",
                judged_acts.judged_act,
                0.5,
                pos=ADJ | NOUN,
                words="approval_words disapproval_words",
            ),
            # "Cutting the grant is a disgrace": the proposal the act carries out
            Rule("judged-clause", judged_clauses.judged_clause, 0.5, pos=ADJ | NOUN | VERB),
            Rule("exhortation", speech.exhortation, 0.5, pos=VERBS, words="obligation_words"),
            # "it is time for the council to act": the council urged
            Rule(
                "extraposed-urging",
                urgings.extraposed_urging,
                0.5,
                pos=ADJ | NOUN | ADP,
                deps=PREDICATES,
            ),
            Rule("outburst", speech.outburst, 0.6, pos=VERBS, words="criticism_phrases"),
            Rule("media", speech.media, 0.6, pos=ADP, deps=PREP),
            Rule(
                "shortfall",
                shortfalls.shortfall,
                0.5,
                cases={"failed": 0.5},
                pos=NOUN,
                words="shortfall_nouns",
            ),
            Rule(
                "reversal",
                reversals.reversal,
                0.5,
                method="reversal:{trigger}",
                pos=VERBS,
                words="trigger_lemmas",
            ),
        ),
    ),
    # ---- relations: membership
    Pass(
        "memberships",
        tokens,
        (
            Rule("joined", verbs.joined, 0.6, pos=VERBS, words="membership_verbs"),
            # "the union is a member of the council", "the council, of which the union is a member"
            Rule(
                "member-noun",
                member_noun,
                0.6,
                pos=NOUN,
                words="membership_nouns",
                deps=frozenset({"attr"}),
            ),
            Rule("part-of-a-body", part_of_a_body, 0.6, pos=NOUN),
        ),
    ),
    Pass(
        "reactions",
        tokens,
        (
            Rule(
                "reaction",
                reactions.reaction,
                0.55,
                pos=VERBS,
                words="reception_verbs reaction_verbs",
            ),
        ),
    ),
    # "criticised the council for backing the levy": the critic against the levy
    Pass(
        "charges",
        tokens,
        (Rule("charged-act", charged_act, 0.5, pos=VERB, words="trigger_lemmas"),),
    ),
    # "the council passed a motion opposing the reforms"
    Pass("motions", tokens, (Rule("motion", motions.carried, 0.55, pos=VERB, deps=STATING),)),
    # answering an actor's words in public
    Pass(
        "rebuttals",
        tokens,
        (Rule("rebuttal", rebuttals.rebuttal, 0.5, pos=VERB, words="rebuttal_verbs"),),
    ),
    # "X accused the minister ... The minister replied that ...": answers X
    Pass("replies", tokens, (Rule("reply", replies.reply, 0.5, pos=VERB, words="reply_verbs"),)),
    # "suspended the strike at the request of the court": the court asked
    Pass("behests", tokens, (Rule("behest", behests.behest, 0.5, pos=NOUN, words="behest_nouns"),)),
    # "launched a campaign to appeal to the minister": the launcher appeals
    Pass("undertakings", tokens, (Rule("undertaking", undertaking, 0.55, pos=VERB, deps=ACL),)),
    # "in response to the union's vote, the chair said": the chair answers the union
    Pass(
        "responses",
        tokens,
        (Rule("response", response, 0.5, pos=VERB | NOUN, words="response_words"),),
    ),
    # "the union said the minister had refused to meet": the union criticises the minister
    Pass(
        "failings", tokens, (Rule("failing", failing, 0.5, pos=VERB | NOUN, words="failing_words"),)
    ),
    # --- ext-proprel ---
    Pass(
        "announcements",
        tokens,
        (Rule("reported-passive", announcements.reported_passive, 0.5, pos=VERBS, deps=CCOMP),),
    ),
    Pass(
        "persistence",
        tokens,
        (
            Rule(
                "persisted",
                persistence.persisted,
                0.55,
                method="verb:{trigger}",
                pos=VERB,
                words="persisting_lemmas",
            ),
        ),
    ),
    Pass(
        "pledges",
        tokens,
        (
            Rule(
                "pledged",
                pledges.pledged,
                0.6,
                method="verb:{trigger}",
                pos=VERB,
                words="pledging_verbs",
            ),
        ),
    ),
    Pass("put-in", tokens, (Rule("put-in", parts.put_in, 0.55, pos=VERB),)),
    Pass("forecasts", tokens, (Rule("foretold", forecasts.foretold, 0.5, pos=VERBS, deps=CCOMP),)),
    # "the Government has plans to replace the council tax"
    Pass("held-plans", tokens, (Rule("held-plan", held_plans.held_plan, 0.55, pos=VERB),)),
)


def rule_named(name: str) -> Rule[Any]:
    """The rule of the table called ``name``."""
    for step in RULES:
        for rule in step.rules:
            if rule.name == name:
                return rule
    raise KeyError(f"no relation rule named {name!r}")


def select(names: Collection[str], passes: tuple[Pass[Any], ...] = RULES) -> tuple[Pass[Any], ...]:
    """The passes with only the rules called ``names``, in table order (to run a few rules on
    their own, in tests or to measure them)."""
    chosen = []
    for step in passes:
        rules = tuple(r for r in step.rules if r.name in names)
        if rules:
            chosen.append(Pass(step.name, step.walk, rules, step.gives_participants))
    return tuple(chosen)
