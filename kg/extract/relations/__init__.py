'''Typed relations between entities, read from the dependency parse, each with its evidence.

The rules are small functions, one module per family, run in the order of one table
(``registry.RULES``); the words they look for are in ``ontology/lexicon.ttl``:

* ``roles``: "GPCE chair Dr Katie Bramall" → Bramall ``chairOf`` GPCE;
* ``structure``: "the BMA's GP Committee England" → ``committeeOf`` the BMA, "Johnson's
  polyclinic plan" → Johnson ``proposes`` it, "funding for the plan" → ``partOf`` it;
* ``events``: "negotiations with the Government" → the Government ``participatesIn`` them;
* ``verbs``: a trigger lemma with its preposition, "Streeting wrote to the GPCE" → ``wroteTo``;
* ``nouns``: "advice from X on Y" → X ``advisesOn`` Y;
* ``stances``: "the BMA warned the plan could undermine ..." → the BMA ``opposes`` the plan;
* ``reforms``: "the Government will abolish NHSE" → it ``proposes`` "NHSE abolition";
* ``parts``: "as part of the plan, X will introduce Y" → Y ``partOf`` the plan;
* ``contents``: "the offer of a payment and a rise", "X is offering staff a payment and a rise"
  (after the article has named its one offer) → each ``partOf`` the offer;
* ``reciprocals``: "X and Y accused each other" → both ways;
* ``announcements``: "the Treasury said the levy would be introduced" → the Treasury
  ``proposes`` the levy (a government reporting an agentless proposing passive);
* ``speech``: "the board is recommending members vote to accept the offer" → it
  ``supports`` the offer; "we will not accept it", "this offer is a betrayal" → the speaker
  ``opposes`` it.

``core`` holds the table's types (:class:`Rule`, :class:`Pass`), the :class:`Context` the
rules read (tokens, sentences, resolved entities, lexicon, schema; entity lookup, subjects
and objects of a verb, modality) and the relation constructor ``Context.emit``, which keeps
a relation only when its subject and object fit the property's signature in
``ontology/kg.ttl``. ``grammar`` reads the parse; ``modality`` gives a clause's modality:
negated, conditional (could, would, if), planned (will, plan to), reported (reported speech
or inside a quotation) or asserted.

How to add a rule
-----------------

1. Write the function in the module of its family (or a new module): it takes the
   context, one item of its pass and its own :class:`Rule`, and yields relations made by
   ``context.emit`` / ``context.relation``, which stamp the rule's method and confidence.
2. Add ``Rule(name, function, confidence)`` to ``registry.RULES``: to a pass over the same
   items (``tokens``, ``phrases``, ``role_links``, ``whole``) to run at each item after the
   rules before it, or in a new ``Pass`` where its output should come. The name is unique;
   ``method=`` sets what the evidence records when it is not the name
   (``"verb:{trigger}"``); ``cases={"author": 0.55}`` gives named confidences for cases
   the rule tells apart (``emit(..., case="author")``).
3. Put the words it needs in ``ontology/lexicon.ttl``: a new ``lex:`` property declared
   there with an ``rdfs:comment``, in ``kg.rdf.namespaces.LEX`` and in ``Lexicon``.
4. Test it on a hand-built parse (``tests/extract/doc_builder.py``), so the test does not
   move when the statistical model does, and run ``kg eval --by-rule`` on the dev set.

A worked example (not in the table): "Jane Okafor resigned as chair of the BMA" says she
led the BMA. In ``roles.py``::

    def resigned_as(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
        """ "X resigned as chair of Y" → X leads Y (a post given up is still a post held)."""
        if token.lemma_ != "resign":
            return
        for as_ in preps(token, "as"):
            for post in objects_of(as_):
                role = context.lexicon.role(post.lower_)
                organisations = [
                    found
                    for of in preps(post, "of")
                    for found in context.object_entities(objects_of(of), ACTORS, search=False)
                ]
                if role is not None:
                    yield from context.emit(
                        rule,
                        context.subject_entities(token),
                        role.relation,
                        organisations,
                        [post],
                        context.modality(token),
                        f"resign as {post.lower_}",
                    )

and in ``registry.RULES``, phase 2::

    Pass("resignations", tokens, (Rule("resigned-as", roles.resigned_as, 0.6),)),

with its test::

    def test_resigned_as_chair_leads() -> None:
        parsed = build(
            """
            Okafor  PROPN nsubj 1
            resigned VERB ROOT  1  resign
            as       ADP  prep  1
            chair    NOUN pobj  2
            of       ADP  prep  3
            BMA      PROPN pobj 4
            .        PUNCT punct 1
            """,
            names=[("Okafor", KG.Person), ("BMA", KG.TradeUnion)],
        )
        (relation,) = parsed.relations("resigned-as")
        assert (relation.subject, relation.predicate, relation.object) == (
            "Okafor", KG.chairOf, "BMA"
        )

(``tests/extract/test_relations_rules.py`` runs this example through a table of its own.)
'''

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from kg.extract.entities import ResolvedDocument
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.relations.core import Context, Pass, Rule, run
from kg.extract.relations.modality import modality_of
from kg.extract.relations.own_bodies import without_own_bodies
from kg.extract.relations.own_proposals import without_opposed_own_proposals
from kg.extract.relations.registry import RULES
from kg.model import Document, Relation, Sentence
from kg.rdf.namespaces import KG

__all__ = ["find_relations", "modality_of", "Context", "Pass", "Rule", "RULES"]

UNASSERTED = (KG.Conditional, KG.Negated)


def find_relations(
    spacy_doc: Doc,
    document: Document,
    sentences: Sequence[Sentence],
    resolved: ResolvedDocument,
    lexicon: Lexicon,
    *,
    include_comments: bool = False,
    gazetteer: Mapping[str, GazetteerEntry] | None = None,
) -> list[Relation]:
    """Every relation the rules find in one document, de-duplicated per sentence (the first
    rule to find a relation in a sentence gives its evidence, unless it is conditional or
    negated and a later one asserts it: "urged members to accept the offer" is the members'
    acceptance only asked for, and the urger's support). ``gazetteer`` (id → entry) gives what
    background knowledge says of the entities, e.g. the parent of a sub-unit."""
    context = Context.of(spacy_doc, document, sentences, resolved, lexicon, gazetteer)
    relations: list[Relation] = []
    seen: dict[tuple[str, str, str, int], int] = {}
    for relation in run(context, RULES):
        if relation.evidence.in_comments and not include_comments:
            continue
        signature = (
            relation.subject,
            relation.predicate,
            relation.object,
            relation.evidence.sentence.index,
        )
        if relation.subject == relation.object:
            continue
        if signature in seen:
            k = seen[signature]
            if relations[k].modality in UNASSERTED and relation.modality not in UNASSERTED:
                relations[k] = relation
            continue
        seen[signature] = len(relations)
        relations.append(relation)
    relations = without_own_bodies(relations, context.schema.core_property, context.core)
    return without_opposed_own_proposals(relations, context.schema.core_property)
