"""Generic or misread phrases that name no entity: a nation's adjective alone, listed places the
model mistypes, "government" as a sector or attribute, a duty's remit. Hand-built docs, and
real parses of sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from doc_builder import context_of, make_doc

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.government_senses import government_in_general
from kg.extract.mentions.ner import statistical_entities
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.remits import a_duty_remit
from kg.model import Corpus
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _texts(candidates: list[Candidate]) -> list[tuple[str, str]]:
    return [(c.span.text, c.type.rsplit("#", 1)[-1]) for c in candidates]


def test_statistical_entities_a_nation_adjective_alone_is_no_organisation() -> None:
    # "The plan was backed by Irish farm leaders and the Scots.": the model reads "Irish" as an
    # organisation; a nation's adjective names a people or qualifies its noun, no body
    doc = make_doc(
        """
        The     DET   det       1 -      DT
        plan    NOUN  nsubjpass 3 -      NN
        was     AUX   auxpass   3 be     VBD
        backed  VERB  ROOT      3 back   VBN
        by      ADP   agent     3 -      IN
        Irish   PROPN amod      8 -      NNP B-ORG
        farm    NOUN  compound  7 -      NN
        leaders NOUN  compound  8 leader NNS
        .       PUNCT punct     3 -      .
        Ana     PROPN compound  10 -     NNP B-PERSON
        Ruiz    PROPN nsubj     11 -     NNP I-PERSON
        agreed  VERB  ROOT      11 agree VBD
        .       PUNCT punct     11 -     .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert not any(text == "Irish" for text, _ in found)
    assert ("Ana Ruiz", "Person") in found


def test_extract_a_nation_adjective_the_model_reads_as_a_body_is_no_entity(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Nurses back new rota\n"
        "The new rota was welcomed by Welsh hospital bosses on Monday.\n"
        "A spokesperson for the Welsh said the talks would go on.\n"
    )
    assert not [e for e in corpus.entities if e.label.lower() == "welsh"]


def test_extract_listed_cities_and_counties_the_model_mistypes_are_places(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Union to ballot port staff\n"
        "Dock workers in Aberdeen, Cork and Co Clare will vote on the offer, Ana Ruiz said.\n"
    )
    places = {e.label for e in corpus.entities if core_class(e.type) == KG.Place}
    assert {"Aberdeen", "Cork", "County Clare"} <= places
    others = {e.label for e in corpus.entities if core_class(e.type) != KG.Place}
    assert not {"Aberdeen", "Cork"} & others


# "Staff in government departments said the role of government-funded bodies in government
# had changed, and the government agreed."
GOVERNMENT_SENSES = """
Staff       NOUN  nsubj    5  -          NNS
in          ADP   prep     0  -          IN
government  NOUN  compound 3  -          NN
departments NOUN  pobj     1  department NNS
said        VERB  ROOT     4  say        VBD
the         DET   det      6  -          DT
role        NOUN  nsubj    16 -          NN
of          ADP   prep     6  -          IN
government  NOUN  amod     11 -          NN
-           PUNCT punct    11 -          HYPH
funded      VERB  amod     11 fund       VBN
bodies      NOUN  pobj     7  body       NNS
in          ADP   prep     11 -          IN
government  NOUN  pobj     12 -          NN
had         AUX   aux      16 have       VBD
,           PUNCT punct    16 -          ,
changed     VERB  ccomp    4  change     VBN
and         CCONJ cc       4  -          CC
the         DET   det      19 -          DT
government  NOUN  nsubj    20 -          NN
agreed      VERB  conj     4  agree      VBD
.           PUNCT punct    4  -          .
"""


def test_government_in_general_sector_hyphen_and_office_but_not_the_government() -> None:
    doc = make_doc(GOVERNMENT_SENSES)
    lexicon = load_lexicon()
    senses = {k: government_in_general(doc[k : k + 1], lexicon) for k in (2, 8, 13, 19)}
    assert senses == {2: True, 8: True, 13: True, 19: False}


def test_government_in_general_of_its_parts_only_after_a_part_noun() -> None:
    # "the role of government" is the institution; "a decision of government" is left alone
    doc = make_doc(
        """
        the        DET  det   1 -        DT
        role       NOUN ROOT  1 -        NN
        of         ADP  prep  1 -        IN
        government NOUN pobj  2 -        NN
        and        CCONJ cc   1 -        CC
        a          DET  det   6 -        DT
        decision   NOUN conj  1 -        NN
        of         ADP  prep  6 -        IN
        government NOUN pobj  7 -        NN
        """
    )
    lexicon = load_lexicon()
    assert government_in_general(doc[3:4], lexicon)
    assert not government_in_general(doc[8:9], lexicon)


def test_extract_government_in_office_names_no_government(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Party chief steps down\n"
        "Ana Ruiz, who spent ten years in government, said staff in government departments "
        "had been loyal.\n"
    )
    assert not [e for e in corpus.entities if e.label == "Government"]


# "The new board will be responsible for pay negotiations and accountable for the strike."
REMITS = """
The          DET   det      2  -           DT
new          ADJ   amod     2  -           JJ
board        NOUN  nsubj    4  -           NN
will         AUX   aux      4  -           MD
be           AUX   ROOT     4  -           VB
responsible  ADJ   acomp    4  -           JJ
for          ADP   prep     5  -           IN
pay          NOUN  compound 8  -           NN
negotiations NOUN  pobj     6  negotiation NNS
and          CCONJ cc       5  -           CC
accountable  ADJ   conj     5  -           JJ
for          ADP   prep     10 -           IN
the          DET   det      13 -           DT
strike       NOUN  pobj     11 -           NN
.            PUNCT punct    4  -           .
"""


def test_a_duty_remit_is_a_bare_phrase_after_responsible_for() -> None:
    doc = make_doc(REMITS)
    lexicon = load_lexicon()
    assert a_duty_remit(doc[8], None, lexicon)
    assert not a_duty_remit(doc[13], "the", lexicon)  # blame for a thing named


def test_head_noun_phrases_a_remit_names_no_event() -> None:
    doc = make_doc("Board NOUN ROOT 0 -\n. PUNCT punct 0 -\n" + _shifted(REMITS, 2))
    found = {c.span.text for c in head_noun_phrases(context_of(doc))}
    assert "pay negotiations" not in found
    assert "strike" in found


def _shifted(rows: str, n: int) -> str:
    lines = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        lines.append(" ".join([word, pos, dep, str(int(head) + n), *rest]))
    return "\n".join(lines)


def test_extract_a_convener_before_a_name_is_a_role_not_part_of_the_name(
    extract: Callable[..., Corpus],
) -> None:
    # the chair of a committee or of a union's body in Scottish usage
    corpus = extract(
        "Union rejects pay offer\n"
        "Commenting on the result, Salaries Convener Ann Lowe said the offer was poor.\n"
    )
    [lowe] = [e for e in corpus.entities if "Lowe" in e.label]
    assert lowe.label == "Ann Lowe" and core_class(lowe.type) == KG.Person


def test_extract_council_areas_of_wales_and_scotland_are_places(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Councils warn on budgets\n"
        "Caerphilly's council leader, Ana Ruiz, said services in Fife and Caerphilly would be cut.\n"
    )
    places = {e.label for e in corpus.entities if core_class(e.type) == KG.Place}
    assert {"Caerphilly", "Fife"} <= places


# "Farmers marched in Portvale and Portvale said no.": the harbour board is called by its
# city's name, as the European Commission is "Brussels"
PORTVALE = """
Farmers  NOUN  nsubj 1 farmer NNS
marched  VERB  ROOT  1 march  VBD
in       ADP   prep  1 -      IN
Portvale PROPN pobj  2 -      NNP
and      CCONJ cc    1 -      CC
Portvale PROPN nsubj 6 -      NNP
said     VERB  conj  1 say    VBD
no       INTJ  dobj  6 -      UH
.        PUNCT punct 1 -      .
"""


def test_listed_names_a_bodys_short_name_after_in_is_the_place_it_is_named_after() -> None:
    board = GazetteerEntry(
        "portvale_board", "Portvale Harbour Board", KG.GovernmentBody, (), ambiguous=("Portvale",)
    )
    city = GazetteerEntry("portvale", "Portvale", KG.City, ())
    doc = make_doc(
        PORTVALE,
        gazetteer=[(3, 4, KG.GovernmentBody, board.id), (5, 6, KG.GovernmentBody, board.id)],
    )
    context = replace(context_of(doc), gazetteer={board.id: board, city.id: city})
    found = [(c.span.start, c.gazetteer_id) for c in listed_names(context)]
    assert found == [(3, "portvale"), (5, "portvale_board")]


def test_statistical_entities_a_lone_word_opening_a_quoted_sentence_is_no_person() -> None:
    # 'Ana Ruiz spoke. "Homelessness is rising."': the model reads the capitalised noun after
    # the quotation mark as a person; it opens the sentence, as "Turnout was 55%" does
    doc = make_doc(
        """
        Ana          PROPN compound 1 -     NNP B-PERSON
        Ruiz         PROPN nsubj    2 -     NNP I-PERSON
        spoke        VERB  ROOT     2 speak VBD
        .            PUNCT punct    2 -     .
        "            PUNCT punct    6 -     ``
        Homelessness PROPN nsubj    6 -     NNP B-PERSON
        is           AUX   aux      7 be    VBZ
        rising       VERB  ROOT     7 rise  VBG
        .            PUNCT punct    7 -     .
        "            PUNCT punct    7 -     ''
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert ("Homelessness", "Person") not in found
    assert ("Ana Ruiz", "Person") in found


def test_extract_meeting_priorities_is_no_meeting(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Councils warn on housing\n"
        "Ana Ruiz said the rules would make it harder to meet local priorities.\n"
    )
    assert not [e for e in corpus.entities if core_class(e.type) == KG.Event]


def test_extract_a_hospital_named_after_a_listed_place_is_one_organisation(
    extract: Callable[..., Corpus],
) -> None:
    # a listed place opening an institution's name ("Hospital", lex:institutionNameWord) is a
    # word of the name, as it is of a body's ("Kent Police Federation")
    corpus = extract(
        "Trolley numbers rise\n"
        "Staff at Cork University Hospital said 77 patients were on trolleys, Ana Ruiz said.\n"
    )
    labels = {e.label: core_class(e.type) for e in corpus.entities}
    assert labels.get("Cork University Hospital") == KG.Organisation
    assert "Cork" not in labels


def test_extract_a_body_the_model_names_after_a_listed_place_is_the_body(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Business leaders back plan\n"
        "The Cork Chamber of Commerce backed the plan on Monday, Ana Ruiz said.\n"
    )
    labels = {e.label: core_class(e.type) for e in corpus.entities}
    assert labels.get("Cork Chamber of Commerce") == KG.Organisation
    assert "Cork" not in labels
