"""proposes28: an offer made to someone with its terms ("made the unions the offer of A and B"),
an owner the parser did not hang as a possessor ("the Board's plans to ..."), and a sum
signed off. Hand-built parses of sentences written for the test, and real parses."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

OFFER_NAMES = [
    ("Harbour Board", KG.GovernmentBody),
    ("harbour offer", KG.FundingPackage),
    ("bonus payment", KG.FundingPackage),
    ("4 % rise", KG.FundingPackage),
]

# "The Harbour Board made the crews the harbour offer of a bonus payment and a 4% rise.", with
# the two objects read as a small clause: made → ccomp "crews" → dobj "offer"
SMALL_CLAUSE = """
    The      DET   det      2
    Harbour  PROPN compound 2
    Board    PROPN nsubj    3
    made     VERB  ROOT     3 make
    the      DET   det      5
    crews    NOUN  ccomp    3 crew
    the      DET   det      8
    harbour  NOUN  compound 8
    offer    NOUN  dobj     5
    of       ADP   prep     8
    a        DET   det      12
    bonus    NOUN  compound 12
    payment  NOUN  pobj     9
    and      CCONJ cc       12
    a        DET   det      17
    4        NUM   nummod   16
    %        NOUN  compound 17
    rise     NOUN  conj     12
    .        PUNCT punct    3
"""


def test_relations_second_object_read_as_a_small_clause_is_made() -> None:
    parsed = build(SMALL_CLAUSE, names=OFFER_NAMES)
    found = facts(parsed.relations("verb"))
    assert ("Harbour Board", KG.proposes, "harbour offer") in found


def test_relations_the_maker_of_an_offer_of_a_list_proposes_each_term() -> None:
    parsed = build(SMALL_CLAUSE, names=OFFER_NAMES)
    assert facts(parsed.relations("verb")) == {
        ("Harbour Board", KG.proposes, "harbour offer"),
        ("Harbour Board", KG.proposes, "bonus payment"),
        ("Harbour Board", KG.proposes, "4 % rise"),
    }


def test_relations_an_offer_of_one_thing_puts_forward_only_the_offer() -> None:
    """ "made the crews the harbour offer of a bonus payment": perhaps the offer itself."""
    rows = "\n".join(SMALL_CLAUSE.strip().splitlines()[:13]) + "\n.        PUNCT punct    3\n"
    parsed = build(rows, names=OFFER_NAMES[:3])
    assert facts(parsed.relations("verb")) == {("Harbour Board", KG.proposes, "harbour offer")}


def test_relations_small_clause_with_the_offer_as_its_head() -> None:
    """ "The Harbour Board made the crews a harbour offer." read as made → ccomp "offer" →
    nsubj "crews"."""
    parsed = build(
        """
        The      DET   det      2
        Harbour  PROPN compound 2
        Board    PROPN nsubj    3
        made     VERB  ROOT     3 make
        the      DET   det      5
        crews    NOUN  nsubj    8 crew
        a        DET   det      8
        harbour  NOUN  compound 8
        offer    NOUN  ccomp    3
        .        PUNCT punct    3
        """,
        names=OFFER_NAMES[:2],
    )
    assert facts(parsed.relations("verb")) == {("Harbour Board", KG.proposes, "harbour offer")}


def test_relations_a_clause_said_is_no_second_object() -> None:
    """ "The Harbour Board said crews rejected the harbour offer": a verb's clause, not a noun's."""
    parsed = build(
        """
        The      DET   det      2
        Harbour  PROPN compound 2
        Board    PROPN nsubj    3
        said     VERB  ROOT     3 say
        crews    NOUN  nsubj    5 crew
        rejected VERB  ccomp    3 reject
        the      DET   det      8
        harbour  NOUN  compound 8
        offer    NOUN  dobj     5
        .        PUNCT punct    3
        """,
        names=OFFER_NAMES[:2],
    )
    assert ("Harbour Board", KG.proposes, "harbour offer") not in facts(parsed.relations("verb"))


PLANS_NAMES = [("Harbour Board", KG.GovernmentBody), ("plans to close depots", KG.Plan)]


# "The Harbour Board's plans to close depots rely on crews.": as the parser may read it, with
# "plans" a verb whose subject is the mark, and as it should
MISREAD_MARK = """
    The      DET   det      2
    Harbour  PROPN compound 2
    Board    PROPN nsubj    3
    's       PART  nsubj    4 's POS
    plans    VERB  nsubj    8 plan
    to       PART  aux      6
    close    VERB  xcomp    4
    depots   NOUN  dobj     6 depot
    rely     VERB  ROOT     8
    on       ADP   prep     8
    crews    NOUN  pobj     9 crew
    .        PUNCT punct    8
"""
ORDINARY_MARK = (
    MISREAD_MARK.replace("Board    PROPN nsubj    3", "Board    PROPN poss     4")
    .replace("'s       PART  nsubj    4", "'s       PART  case     2")
    .replace("plans    VERB", "plans    NOUN")
)


def _plans(rows: str) -> set[tuple[str, object, str]]:
    return facts(build(rows, names=PLANS_NAMES).relations("possessive"))


def test_relations_possessive_mark_the_parser_hung_elsewhere_still_owns() -> None:
    assert _plans(MISREAD_MARK) == {("Harbour Board", KG.proposes, "plans to close depots")}


def test_relations_ordinary_possessive_still_owns_once() -> None:
    assert _plans(ORDINARY_MARK) == {("Harbour Board", KG.proposes, "plans to close depots")}


def test_relations_a_sum_signed_off_is_put_forward() -> None:
    """ "The Harbour Board signed off £40m for ferries." """
    parsed = build(
        """
        The      DET   det      2
        Harbour  PROPN compound 2
        Board    PROPN nsubj    3
        signed   VERB  ROOT     3 sign
        off      ADP   prt      3 off RP
        £        SYM   nmod     6
        40m      NUM   dobj     3
        for      ADP   prep     3
        ferries  NOUN  pobj     7 ferry
        .        PUNCT punct    3
        """,
        names=[("Harbour Board", KG.GovernmentBody), ("£ 40m", KG.FundingPackage)],
    )
    assert facts(parsed.relations("verb")) == {("Harbour Board", KG.proposes, "£ 40m")}


def _found(corpus: Corpus) -> set[tuple[str, object, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}


def test_relations_offer_made_with_its_terms_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry pay\n"
        "After weeks of talks, the Harbour Board made all three ferry unions the offer of a "
        "£900 one-off payment and an average 4% pay rise.\n"
    )
    proposed = {o for s, p, o in _found(corpus) if p == KG.proposes and s == "Harbour Board"}
    assert "£900 one-off payment" in proposed and "4% pay rise" in proposed
    assert any("offer" in o for o in proposed)


def test_relations_sum_signed_off_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Ferry pay\nMinister Jo Reyes has signed off £40 million for new ferries.\n")
    assert ("Jo Reyes", KG.proposes, "£40 million") in _found(corpus)


# "The Guild welcomed the U-turn on the levy.", the tokenizer's "U", "-", "turn" as the parser
# may hang them (three objects)
U_TURN = """
    The      DET   det      1
    Guild    PROPN nsubj    2
    welcomed VERB  ROOT     2 welcome
    the      DET   det      6
    U        NOUN  dobj     2 u
    -        NOUN  dobj     2
    turn     NOUN  dobj     2
    on       ADP   prep     6
    the      DET   det      9
    levy     NOUN  pobj     7
    .        PUNCT punct    2
"""
U_TURN_NAMES = [("Guild", KG.TradeUnion), ("levy", KG.Policy)]


def test_relations_welcoming_a_u_turn_on_a_proposal_backs_nothing_of_it() -> None:
    """The lexicon's "u-turn" is read across the tokenizer's hyphen: the levy is undone."""
    parsed = build(U_TURN, names=U_TURN_NAMES)
    assert facts(parsed.relations("verb")) == set()


def test_relations_welcoming_a_u_turn_on_a_proposal_opposes_it() -> None:
    parsed = build(U_TURN, names=U_TURN_NAMES)
    assert facts(parsed.relations("reversal")) == {("Guild", KG.opposes, "levy")}


def test_relations_u_turn_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry depots\n"
        "The Ferry Workers Union welcomed the Harbour Board's U-turn on the depot closure plan.\n"
    )
    found = _found(corpus)
    assert ("Ferry Workers Union", KG.welcomes, "depot closure plan") not in found
    assert ("Ferry Workers Union", KG.opposes, "depot closure plan") in found


def _calls_for(rows: str, names: list[tuple[str, object]]) -> set[tuple[str, object, str]]:
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy), *names])
    return facts(parsed.relations("verb", "noun"))


# "The Guild backed calls for a review of the levy."
CALLS_FOR_REVIEW = """
    The      DET   det      1
    Guild    PROPN nsubj    2
    backed   VERB  ROOT     2 back
    calls    NOUN  dobj     2 call
    for      ADP   prep     3
    a        DET   det      6
    review   NOUN  pobj     4
    of       ADP   prep     6
    the      DET   det      9
    levy     NOUN  pobj     7
    .        PUNCT punct    2
"""


def test_relations_backing_calls_for_a_review_of_a_proposal_backs_the_review_only() -> None:
    assert _calls_for(CALLS_FOR_REVIEW, []) == set()


def test_relations_backing_calls_for_a_proposal_backs_it() -> None:
    """ "The Guild backed calls for the levy." """
    rows = """
        The      DET   det      1
        Guild    PROPN nsubj    2
        backed   VERB  ROOT     2 back
        calls    NOUN  dobj     2 call
        for      ADP   prep     3
        the      DET   det      6
        levy     NOUN  pobj     4
        .        PUNCT punct    2
        """
    assert ("Guild", KG.supports, "levy") in _calls_for(rows, [])


def test_relations_accepting_an_invitation_to_talks_on_a_proposal_accepts_no_proposal() -> None:
    """ "The Guild accepted an invitation to talks on the levy.": a stance on the talks."""
    rows = """
        The        DET   det      1
        Guild      PROPN nsubj    2
        accepted   VERB  ROOT     2 accept
        an         DET   det      4
        invitation NOUN  dobj     2
        to         ADP   prep     4
        talks      NOUN  pobj     5 talk
        on         ADP   prep     6
        the        DET   det      9
        levy       NOUN  pobj     7
        .          PUNCT punct    2
        """
    found = _calls_for(rows, [("talks on the levy", KG.Negotiation)])
    assert not any(o == "levy" for _, _, o in found)


def _backed(rows: str) -> set[tuple[str, object, str, object]]:
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)])
    return {(r.subject, r.predicate, r.object, r.modality) for r in parsed.relations("verb")}


NOT_JUST = """
    The        DET   det      1
    Guild      PROPN nsubj    5
    did        AUX   aux      5 do
    not        PART  neg      5
    just       ADV   advmod   5
    back       VERB  ROOT     5
    the        DET   det      7
    levy       NOUN  dobj     5
    but        CCONJ cc       5
    campaigned VERB  conj     5 campaign
    for        ADP   prep     9
    it         PRON  pobj     10
    .          PUNCT punct    5
"""


def test_relations_not_just_but_denies_nothing() -> None:
    """ "The Guild did not just back the levy but campaigned for it.": it backed the levy."""
    assert _backed(NOT_JUST) == {("Guild", KG.supports, "levy", KG.Asserted)}


def test_relations_not_just_without_but_is_denied() -> None:
    """ "The Guild did not just back the levy.": no "but" says more, so read as denied."""
    rows = "\n".join(NOT_JUST.strip().splitlines()[:8]) + "\n.          PUNCT punct    5\n"
    assert _backed(rows) == {("Guild", KG.supports, "levy", KG.Negated)}


def test_relations_not_but_without_a_focus_word_is_denied() -> None:
    """ "The Guild did not really back the levy but campaigned for it." """
    assert _backed(NOT_JUST.replace("just       ADV", "really     ADV")) == {
        ("Guild", KG.supports, "levy", KG.Negated)
    }


def test_relations_not_just_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry pay\n"
        "In an interview, Transport Minister Alan Price said: “We are not just legislating for "
        "the ferry fare cap, but we are going to put it in place.”\n"
    )
    assert ("Alan Price", KG.proposes, "ferry fare cap") in _found(corpus)


def test_relations_welcoming_comments_on_a_proposal_welcomes_the_comments() -> None:
    """ "The Guild welcomed the comments on the levy.": a stance on what was said."""
    rows = """
        The      DET   det      1
        Guild    PROPN nsubj    2
        welcomed VERB  ROOT     2 welcome
        the      DET   det      4
        comments NOUN  dobj     2 comment
        on       ADP   prep     4
        the      DET   det      7
        levy     NOUN  pobj     5
        .        PUNCT punct    2
        """
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)])
    assert facts(parsed.relations("verb")) == set()


def _governed_back(word: str, pos: str, dep: str) -> set[tuple[str, object, str, object]]:
    """ "The Guild is <word> to back the levy.", <word> hung on "is" by ``dep``."""
    rows = f"""
        The      DET   det      1
        Guild    PROPN nsubj    2
        is       AUX   ROOT     2 be
        {word}   {pos} {dep}    2
        to       PART  aux      5
        back     VERB  xcomp    {2 if dep == "advmod" else 3}
        the      DET   det      7
        levy     NOUN  dobj     5
        .        PUNCT punct    2
        """
    return _backed(rows)


def test_relations_is_yet_to_back_has_not_backed() -> None:
    assert _governed_back("yet", "ADV", "advmod") == {("Guild", KG.supports, "levy", KG.Negated)}


def test_relations_is_unlikely_to_back_may_not_back() -> None:
    assert _governed_back("unlikely", "ADJ", "acomp") == {
        ("Guild", KG.supports, "levy", KG.Conditional)
    }


def test_relations_is_set_to_back_is_planned_or_asserted_not_denied() -> None:
    found = _governed_back("set", "VERB", "acomp")
    assert {m for *_, m in found} <= {KG.Asserted, KG.Planned}


def _announced(noun: str, prep: str) -> set[tuple[str, object, str]]:
    """ "The Guild announced a <noun> <prep> the levy." """
    rows = f"""
        The       DET   det      1
        Guild     PROPN nsubj    2
        announced VERB  ROOT     2 announce
        a         DET   det      4
        {noun}    NOUN  dobj     2
        {prep}    ADP   prep     4
        the       DET   det      7
        levy      NOUN  pobj     5
        .         PUNCT punct    2
        """
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)])
    return facts(parsed.relations("verb"))


def test_relations_announcing_a_review_of_a_proposal_puts_forward_the_review() -> None:
    assert _announced("review", "of") == set()


def test_relations_publishing_a_response_to_a_proposal_puts_forward_the_response() -> None:
    assert _announced("response", "to") == set()


def test_relations_announcing_an_extension_of_a_proposal_still_searches_it() -> None:
    """ "announced an extension of the levy": no word of examining or answering."""
    assert _announced("extension", "of") == {("Guild", KG.announces, "levy")}


def _said_benefit(adverb: str) -> set[tuple[str, object, str]]:
    """ "The Guild said the levy would <adverb> benefit the board." """
    rows = f"""
        The      DET   det      1
        Guild    PROPN nsubj    2
        said     VERB  ROOT     2 say
        the      DET   det      4
        levy     NOUN  nsubj    7
        would    AUX   aux      7
        {adverb} ADV   advmod   7
        benefit  VERB  ccomp    2
        the      DET   det      9
        board    NOUN  dobj     7
        .        PUNCT punct    2
        """
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)])
    return facts(parsed.relations("evaluation", "effect"))


def test_relations_good_said_to_be_done_only_to_some_is_no_praise() -> None:
    assert _said_benefit("only") == set()


def test_relations_good_said_to_be_done_is_praise() -> None:
    assert _said_benefit("surely") == {("Guild", KG.supports, "levy")}


def test_extract_the_move_restates_the_decision_told_before(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Port news\nMinisters plan to abolish the harbour levy in 2028.\n"
        "Port minister Jo Reid announced the move on Thursday.\n"
    )
    (levy,) = [e for e in corpus.entities if "abolish the harbour levy" in (e.label, *e.aliases)]
    assert "move" in {levy.label, *levy.aliases}
