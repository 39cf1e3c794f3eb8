"""A name followed by a word of its kind ("the HGS scheme", "the Decent Homes programme") names
what the name alone names, on hand-built parses and a written sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from doc_builder import make_doc, mention
from rdflib import URIRef

from kg.extract.entities.kind_words import names_with_their_kind_word
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Corpus, Mention
from kg.rdf.namespaces import KG

# "Farmers backed the HGS scheme. The HGS closed."
ACRONYM = """
Farmers  NOUN  nsubj    1 farmer NNS
backed   VERB  ROOT     1 back   VBD
the      DET   det      4 -      DT
HGS      PROPN compound 4 -      NNP
scheme   NOUN  dobj     1 scheme NN
.        PUNCT punct    1 -      .
The      DET   det      7 -      DT
HGS      PROPN nsubj    8 -      NNP
closed   VERB  ROOT     8 close  VBD
.        PUNCT punct    8 -      .
"""

# "Tenants backed the <name> programme. <name> failed."
TWO_WORDS = """
Tenants   NOUN  nsubj    1 tenant    NNS
backed    VERB  ROOT     1 back      VBD
the       DET   det      5 -         DT
{first}   PROPN compound 4 -         NNP
{second}  PROPN compound 5 -         NNP
programme NOUN  dobj     1 programme NN
.         PUNCT punct    1 -         .
{first}   PROPN compound 8 -         NNP
{second}  PROPN nsubj    9 -         NNP
failed    VERB  ROOT     9 fail      VBD
.         PUNCT punct    9 -         .
"""


def _sieve(mentions: Sequence[Mention], rows: str) -> Sieve:
    found = MentionSet(mentions=list(mentions), same_as=[], roles=[], descriptions={})
    return Sieve(found, list(mentions), load_lexicon(), {}, list(make_doc(rows)))


def _joined(sieve: Sieve, a: int, b: int) -> bool:
    return sieve.links.find(a) == sieve.links.find(b)


def test_kind_words_the_acronym_and_its_scheme_are_one() -> None:
    sieve = _sieve(
        [
            mention("HGS scheme", KG.Policy, "noun-phrase", start=19, token_start=3),
            mention("HGS", KG.Policy, "acronym", start=36, sentence=1, token_start=7),
        ],
        ACRONYM,
    )
    names_with_their_kind_word(sieve)
    assert _joined(sieve, 0, 1)


def _programme(first: str, second: str, type_: URIRef) -> Sieve:
    name = f"{first} {second}"
    sieve = _sieve(
        [
            mention(f"{name} programme", KG.Plan, "noun-phrase", start=19, token_start=3),
            mention(name, type_, "ner", start=50, sentence=1, token_start=7),
        ],
        TWO_WORDS.format(first=first, second=second),
    )
    names_with_their_kind_word(sieve)
    return sieve


def test_kind_words_a_name_misread_as_a_person_is_the_programme() -> None:
    sieve = _programme("Decent", "Homes", KG.Person)
    assert _joined(sieve, 0, 1)
    assert sieve.mentions[1].type == KG.Plan


def test_kind_words_a_body_named_before_a_kind_word_owns_it() -> None:
    sieve = _programme("Harbour", "Trust", KG.Organisation)
    assert not _joined(sieve, 0, 1)
    assert sieve.mentions[1].type == KG.Organisation


def test_extract_a_named_scheme_with_its_acronym_is_one_proposal(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Farm leaders warn over grazing cuts\n"
        "Farm leaders criticised the closure of the Upland Grazing Incentive (UGI) scheme.\n"
        "The UGI had paid 4,000 farms, the Hill Farmers Guild said.\n"
    )
    named = [e for e in corpus.entities if "UGI" in {e.label, *e.aliases}]
    assert len(named) == 1
    assert "Upland Grazing Incentive (UGI) scheme" in {named[0].label, *named[0].aliases}
