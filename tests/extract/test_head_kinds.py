"""One thing named with two head nouns of one kind (``lex:kindOfHead``): a description by a
broader word or a synonym ("the latest legislation" of a bill, "the ballot" of a vote), and two
phrases with the same modifiers and heads of one kind ("industrial action vote" and "industrial
action ballot"), on hand-built parses and written sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from doc_builder import make_doc, mention
from rdflib import URIRef

from kg.extract.entities.generic_references import generic_references_to_one_proposal
from kg.extract.entities.head_kinds import names_a_kind_of, phrases_of_one_kind
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Corpus, Mention
from kg.rdf.namespaces import KG

# "The council backed the Housing Bill. Tenants criticised the latest legislation."
LEGISLATION = """
The         DET   det      1  -           DT
council     NOUN  nsubj    2  -           NN
backed      VERB  ROOT     2  back        VBD
the         DET   det      5  -           DT
Housing     PROPN compound 5  -           NNP
{name}      PROPN dobj     2  -           NNP
.           PUNCT punct    2  -           .
Tenants     NOUN  nsubj    8  tenant      NNS
criticised  VERB  ROOT     8  criticise   VBD
the         DET   det      11 -           DT
latest      ADJ   amod     11 latest      JJS
legislation NOUN  dobj     8  legislation NN
.           PUNCT punct    8  -           .
"""


def _sieve(mentions: Sequence[Mention], rows: str = "") -> Sieve:
    found = MentionSet(mentions=list(mentions), same_as=[], roles=[], descriptions={})
    tokens = list(make_doc(rows)) if rows else []
    return Sieve(found, list(mentions), load_lexicon(), {}, tokens)


def _joined(sieve: Sieve, a: int, b: int) -> bool:
    return sieve.links.find(a) == sieve.links.find(b)


def _legislation(name: str, head: str) -> Sieve:
    return _sieve(
        [
            mention(
                f"Housing {name}", KG.Policy, "noun-phrase", start=22, token_start=4, head=head
            ),
            mention(
                "latest legislation",
                KG.Policy,
                "noun-phrase",
                start=62,
                sentence=1,
                token_start=10,
                head="legislation",
            ),
        ],
        LEGISLATION.format(name=name),
    )


def test_head_kinds_the_lexicon_pairs_broader_words_with_narrower_ones() -> None:
    lexicon = load_lexicon()
    assert names_a_kind_of(lexicon, "legislation", "bill")
    assert not names_a_kind_of(lexicon, "bill", "legislation")
    assert names_a_kind_of(lexicon, "ballot", "vote") and names_a_kind_of(lexicon, "vote", "ballot")


def test_head_kinds_the_latest_legislation_is_the_bill_named_before() -> None:
    sieve = _legislation("Bill", "bill")
    generic_references_to_one_proposal(sieve)
    assert _joined(sieve, 0, 1)
    # it describes the bill again: it does not name it
    assert sieve.mentions[1].method == "description"


def test_head_kinds_legislation_is_no_scheme() -> None:
    sieve = _legislation("Scheme", "scheme")
    generic_references_to_one_proposal(sieve)
    assert not _joined(sieve, 0, 1)


def _two_phrases(first: str, second: str, type_: URIRef = KG.Vote) -> Sieve:
    """Two noun phrases, two sentences apart; their heads are their last words, singular."""
    return _sieve(
        [
            mention(first, type_, "noun-phrase", start=10, token_start=2, head=_head(first)),
            mention(
                second,
                type_,
                "noun-phrase",
                start=80,
                sentence=2,
                token_start=20,
                head=_head(second),
            ),
        ]
    )


def _head(phrase: str) -> str:
    return phrase.split()[-1].removesuffix("s")


def test_head_kinds_phrases_with_one_set_of_modifiers_and_synonymous_heads_are_one() -> None:
    sieve = _two_phrases("national industrial action vote", "national industrial action ballot")
    phrases_of_one_kind(sieve)
    assert _joined(sieve, 0, 1)


def test_head_kinds_a_word_of_standing_is_no_modifier_of_its_own() -> None:
    sieve = _two_phrases("cost-cutting proposals", "proposed cost-cutting measures", KG.Proposal)
    phrases_of_one_kind(sieve)
    assert _joined(sieve, 0, 1)


def test_head_kinds_phrases_with_other_modifiers_are_two() -> None:
    sieve = _two_phrases("industrial action vote", "strike ballot")
    phrases_of_one_kind(sieve)
    assert not _joined(sieve, 0, 1)


def test_head_kinds_two_versions_are_two() -> None:
    sieve = _two_phrases("old farming scheme", "new farming grant", KG.Policy)
    phrases_of_one_kind(sieve)
    assert not _joined(sieve, 0, 1)


def test_extract_the_ballot_is_the_vote_named_before(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Nurses back action\n"
        "The Harbour Nurses Guild announced an industrial action vote on Monday.\n"
        "The ballot closes on 3 May, the Harbour Nurses Guild said.\n"
    )
    votes = [e for e in corpus.entities if e.type is not None and e.type == KG.Vote]
    assert len(votes) == 1
    assert {"industrial action vote", "ballot"} <= {votes[0].label, *votes[0].aliases}
