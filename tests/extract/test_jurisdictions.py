"""A department's name several governments share is the department of the government the
article names: hand-built docs, one real parse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from doc_builder import context_of, make_doc
from spacy.tokens import Doc, Span

from kg.extract.gazetteer import GazetteerEntry, load_gazetteer
from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.jurisdictions import (
    bodies_of_named_governments,
    the_assembly_word,
    the_executive_word,
    the_governments_word,
)
from kg.extract.parse import (
    AMBIGUOUS_SPANS,
    GAZETTEER_SPANS,
    UNSUPPORTED_SPANS,
    keep_supported_ambiguous_names,
)
from kg.model import Corpus
from kg.rdf.namespaces import KG

_ISLE_GOV = GazetteerEntry("isle_gov", "Isle Government", KG.GovernmentBody, (), area="isle")
_LISTED = {
    "home_roads": GazetteerEntry(
        "home_roads",
        "Department of Roads and Rail",
        KG.GovernmentBody,
        ("Roads Department",),
        government="home_gov",
        area="home",
    ),
    "isle_roads": GazetteerEntry(
        "isle_roads",
        "Department of Roads (Isle)",
        KG.GovernmentBody,
        (),
        ambiguous=("Roads Department",),
        government="isle_gov",
        area="isle",
    ),
    "isle_gov": _ISLE_GOV,
    "isle_port": GazetteerEntry("isle_port", "Isle Port Board", KG.PublicBody, (), area="isle"),
    "isle_union": GazetteerEntry("isle_union", "Isle Dockers", KG.TradeUnion, (), area="isle"),
    "isle": GazetteerEntry("isle", "Isle", KG.Country, ()),
}

# "The Isle Government met. The Roads Department said no."
_ROWS = """
    The        DET   det      2 -          DT
    Isle       PROPN compound 2 -          NNP
    Government PROPN nsubj    3 -          NNP
    met        VERB  ROOT     3 meet       VBD
    .          PUNCT punct    3 -          .
    The        DET   det      7 -          DT
    Roads      PROPN compound 7 -          NNP
    Department PROPN nsubj    8 -          NNP
    said       VERB  ROOT     8 say        VBD
    no         INTJ  dobj     8 -          UH
    .          PUNCT punct    8 -          .
"""


def _doc(first: tuple[int, int, str, str], *, home_match: bool = True) -> Doc:
    """The doc with ``first`` listed at the start, the home department matched at "Roads
    Department" (its alias) when ``home_match``, and the isle's department set aside there."""
    start, end, label, entry_id = first
    listed = [(start, end, KG[label], entry_id)]
    if home_match:
        listed.append((6, 8, KG.GovernmentBody, "home_roads"))
    doc = make_doc(_ROWS, gazetteer=listed)
    doc.spans[UNSUPPORTED_SPANS] = [
        Span(doc, 6, 8, label=str(KG.GovernmentBody), span_id="isle_roads")
    ]
    return doc


def _chosen(doc: Doc) -> dict[tuple[int, int], str]:
    found = list(doc.spans[GAZETTEER_SPANS])
    return {k: e.id for k, e in bodies_of_named_governments(doc, _LISTED, found).items()}


def test_bodies_of_named_governments_the_named_government_takes_its_departments_name() -> None:
    assert _chosen(_doc((1, 3, "GovernmentBody", "isle_gov"))) == {(6, 8): "isle_roads"}


def test_bodies_of_named_governments_a_body_serving_the_country_is_evidence_too() -> None:
    # one body tells which department words no other entry claims are
    assert _chosen(_doc((1, 3, "PublicBody", "isle_port"), home_match=False)) == {
        (6, 8): "isle_roads"
    }


def test_bodies_of_named_governments_one_body_does_not_overrule_the_plain_reading() -> None:
    # a home article quoting one isle body ("the isle's port board") keeps the home
    # department the words name; two bodies of the isle are firm evidence
    assert _chosen(_doc((1, 3, "PublicBody", "isle_port"))) == {}
    doc = _doc((1, 2, "PublicBody", "isle_port"))
    two = [*doc.spans[GAZETTEER_SPANS], Span(doc, 2, 3, str(KG.TradeUnion), span_id="isle_union")]
    assert {k: e.id for k, e in bodies_of_named_governments(doc, _LISTED, two).items()} == {
        (6, 8): "isle_roads"
    }


def test_bodies_of_named_governments_not_where_the_plain_readings_government_is_named() -> None:
    # both governments named: the words keep the department they name as written
    home = GazetteerEntry("home_gov", "Home Government", KG.GovernmentBody, (), area="home")
    doc = _doc((1, 2, "GovernmentBody", "isle_gov"))
    both = [
        *doc.spans[GAZETTEER_SPANS],
        Span(doc, 2, 3, str(KG.GovernmentBody), span_id="home_gov"),
    ]
    assert bodies_of_named_governments(doc, {**_LISTED, "home_gov": home}, both) == {}


def test_bodies_of_named_governments_a_country_alone_tells_only_an_unclaimed_name() -> None:
    # "Isle" alone does not overrule the home department the words name; where they name
    # no other entry, it tells which department they are
    assert _chosen(_doc((1, 2, "Country", "isle"))) == {}
    assert _chosen(_doc((1, 2, "Country", "isle"), home_match=False)) == {(6, 8): "isle_roads"}


def test_bodies_of_named_governments_a_minister_of_the_government_is_firm_evidence() -> None:
    # "Minister Ann Tarrow met. The Roads Department said no.": a person the gazetteer
    # lists in posts of the isle government only names that government as firmly as its name
    listed = {
        **_LISTED,
        "tarrow": GazetteerEntry("tarrow", "Ann Tarrow", KG.Person, (), government="isle_gov"),
    }
    doc = _doc((1, 3, "Person", "tarrow"))
    found = list(doc.spans[GAZETTEER_SPANS])
    assert {k: e.id for k, e in bodies_of_named_governments(doc, listed, found).items()} == {
        (6, 8): "isle_roads"
    }


def test_bodies_of_named_governments_nothing_without_evidence() -> None:
    assert _chosen(_doc((1, 3, "PublicBody", "home_roads"), home_match=False)) == {}


def test_listed_names_the_shared_name_is_the_named_governments_department() -> None:
    doc = _doc((1, 3, "GovernmentBody", "isle_gov"))
    context = replace(context_of(doc), gazetteer=_LISTED)
    found = [(c.span.text, c.gazetteer_id) for c in listed_names(context, ())]
    assert ("Roads Department", "isle_roads") in found
    assert ("Roads Department", "home_roads") not in found


def test_keep_supported_ambiguous_names_sets_aside_unsupported_names() -> None:
    # of several words, or of one capitalised word ("Department" here)
    doc = make_doc(_ROWS)
    doc.spans[AMBIGUOUS_SPANS] = [
        Span(doc, 6, 8, label=str(KG.GovernmentBody), span_id="isle_roads"),
        Span(doc, 7, 8, label=str(KG.GovernmentBody), span_id="isle_roads"),
    ]
    kept = keep_supported_ambiguous_names(doc)
    assert [(s.start, s.end) for s in kept.spans[UNSUPPORTED_SPANS]] == [(6, 8), (7, 8)]


def test_keep_supported_ambiguous_names_not_a_word_that_ends_another_name() -> None:
    # "The Harbour Board met. The Board said no.": "Board" is the Harbour Board's, not a
    # listed board of another government's
    rows = """
        The     DET   det      2 -    DT
        Harbour PROPN compound 2 -    NNP
        Board   PROPN nsubj    3 -    NNP
        met     VERB  ROOT     3 meet VBD
        .       PUNCT punct    3 -    .
        The     DET   det      6 -    DT
        Board   PROPN nsubj    7 -    NNP
        said    VERB  ROOT     7 say  VBD
        no      INTJ  dobj     7 -    UH
        .       PUNCT punct    7 -    .
    """
    doc = make_doc(rows)
    doc.spans[AMBIGUOUS_SPANS] = [Span(doc, 6, 7, label=str(KG.PublicBody), span_id="isle_port")]
    assert list(keep_supported_ambiguous_names(doc).spans[UNSUPPORTED_SPANS]) == []
    doc = make_doc(rows.replace("Harbour PROPN", "harbour NOUN"))
    doc.spans[AMBIGUOUS_SPANS] = [Span(doc, 6, 7, label=str(KG.PublicBody), span_id="isle_port")]
    assert len(keep_supported_ambiguous_names(doc).spans[UNSUPPORTED_SPANS]) == 1


def test_keep_supported_ambiguous_names_a_lower_case_word_is_not_set_aside() -> None:
    doc = make_doc(_ROWS.replace("Department PROPN", "department NOUN"))
    doc.spans[AMBIGUOUS_SPANS] = [
        Span(doc, 7, 8, label=str(KG.GovernmentBody), span_id="isle_roads"),
    ]
    assert list(keep_supported_ambiguous_names(doc).spans[UNSUPPORTED_SPANS]) == []


def test_load_gazetteer_departments_know_their_government_and_country() -> None:
    entries = {entry.id: entry for entry in load_gazetteer()}
    assert (entries["dhsc"].government, entries["dhsc"].area) == ("government", "uk")
    northern = entries["ni_department_of_health"]
    assert (northern.government, northern.area) == ("ni_executive", "northern_ireland")


def test_extract_a_department_in_an_article_about_a_devolved_government(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Stormont ministers agreed the budget on Tuesday.\n"
        "The Department of Health said the money would cover nurses' pay.\n"
    )
    listed = {e.gazetteer_id for e in corpus.entities}
    assert "ni_department_of_health" in listed
    assert "dhsc" not in listed
    corpus = extract("The Department of Health said the money would cover nurses' pay.\n")
    assert "dhsc" in {e.gazetteer_id for e in corpus.entities}


@pytest.mark.parametrize(
    ("first_line", "kept", "not_read"),
    [
        (
            "The Government announced a pay rise for nurses in England.",
            "government",
            "government_of_ireland",
        ),
        (
            "The Department of Health said waiting lists had fallen in England.",
            "dhsc",
            "ie_dept_health",
        ),
    ],
)
def test_extract_one_body_of_another_country_leaves_the_uk_reading(
    extract: Callable[..., Corpus], first_line: str, kept: str, not_read: str
) -> None:
    corpus = extract(
        first_line + "\nThe Irish Nurses and Midwives Organisation sent a message of support.\n"
    )
    listed = {e.gazetteer_id for e in corpus.entities}
    assert kept in listed
    assert not_read not in listed


def test_extract_the_commission_in_an_article_about_the_european_parliament(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "MEPs in the European Parliament voted on the fishing quotas.\n"
        "The Commission said it would publish a new proposal.\n"
    )
    assert "european_commission" in {e.gazetteer_id for e in corpus.entities}


# "The Government met the Isle Port Board."
_GOVERNMENT_ROWS = """
    The        DET   det      1 -     DT
    Government PROPN nsubj    2 -     NNP
    met        VERB  ROOT     2 meet  VBD
    the        DET   det      7 -     DT
    Isle       PROPN compound 7 -     NNP
    Port       PROPN compound 7 -     NNP
    Board      PROPN dobj     2 -     NNP
    .          PUNCT punct    2 -     .
"""
_STATES = {
    **_LISTED,
    "government": GazetteerEntry(
        "government", "Government", KG.GovernmentBody, ("government",), area="home"
    ),
}


def _governments_word(listed: list[tuple[int, int, str]]) -> dict[tuple[int, int], str]:
    doc = make_doc(_GOVERNMENT_ROWS, gazetteer=[(a, b, KG.Organisation, i) for a, b, i in listed])
    found = list(doc.spans[GAZETTEER_SPANS])
    return {k: e.id for k, e in the_governments_word(doc, _STATES, found).items()}


def test_the_governments_word_in_an_article_about_another_state_is_its_government() -> None:
    # the isle's port board and dockers serve the isle, whose government has departments
    listed = [(1, 2, "government"), (4, 5, "isle_union"), (5, 7, "isle_port")]
    assert _governments_word(listed) == {(1, 2): "isle_gov"}


def test_the_governments_word_stays_beside_one_mention_of_another_states_body() -> None:
    # a UK article that quotes one isle body once says nothing of whose government it means
    assert _governments_word([(1, 2, "government"), (4, 7, "isle_port")]) == {}


def test_the_governments_word_stays_the_uk_governments_beside_a_body_of_it() -> None:
    listed = [(1, 2, "government"), (4, 7, "home_roads")]
    assert _governments_word(listed) == {}


def test_extract_the_government_of_an_irish_article_is_the_irish_government(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "The Teachers' Union of Ireland said members would not cooperate with the"
        " Government's reforms.\nThe Teachers' Union of Ireland will meet on Monday.\n"
    )
    listed = {e.gazetteer_id for e in corpus.entities}
    assert "government_of_ireland" in listed
    assert "government" not in listed


# "Minister Ann Tarrow said the Executive agreed. The chief Executive and the Executive Board
# disagreed."
_EXECUTIVE_ROWS = """
    Minister  PROPN compound 2  -     NNP
    Ann       PROPN compound 2  -     NNP
    Tarrow    PROPN nsubj    3  -     NNP
    said      VERB  ROOT     3  say   VBD
    the       DET   det      5  -     DT
    Executive PROPN nsubj    6  -     NNP
    agreed    VERB  ccomp    3  agree VBD
    .         PUNCT punct    3  -     .
    The       DET   det      11 -     DT
    chief     ADJ   amod     11 -     JJ
    Executive PROPN nsubj    15 -     NNP
    and       CCONJ cc       11 -     CC
    the       DET   det      14 -     DT
    Executive PROPN compound 14 -     NNP
    Board     PROPN conj     11 -     NNP
    disagreed VERB  ROOT     15 disagree VBD
    .         PUNCT punct    15 -     .
"""
_EXECUTIVES = {
    "isle_exec": GazetteerEntry("isle_exec", "Isle Executive", KG.GovernmentBody, (), area="isle"),
    "isle_health": GazetteerEntry(
        "isle_health", "Department of Health (Isle)", KG.GovernmentBody, (), government="isle_exec"
    ),
    "tarrow": GazetteerEntry("tarrow", "Ann Tarrow", KG.Person, (), government="isle_exec"),
    "safety_exec": GazetteerEntry("safety_exec", "Safety Executive", KG.PublicBody, ()),
}


def _executive_word(listed: list[tuple[int, int, str]]) -> dict[tuple[int, int], str]:
    doc = make_doc(_EXECUTIVE_ROWS, gazetteer=[(a, b, KG.Organisation, i) for a, b, i in listed])
    found = list(doc.spans[GAZETTEER_SPANS])
    return {k: e.id for k, e in the_executive_word(doc, _EXECUTIVES, found).items()}


def test_the_executive_word_is_the_government_called_an_executive() -> None:
    # not after "chief", nor before a capitalised word ("the Executive Board")
    assert _executive_word([(1, 3, "tarrow")]) == {(5, 6): "isle_exec"}


def test_the_executive_word_nothing_without_that_government_named() -> None:
    assert _executive_word([]) == {}


def test_the_executive_word_nothing_beside_another_body_called_an_executive() -> None:
    assert _executive_word([(1, 3, "tarrow"), (13, 15, "safety_exec")]) == {}


# "Ann Tarrow said the board's Executive agreed. Its Executive team met."
_OWNED_EXECUTIVE_ROWS = """
    Ann       PROPN compound 1  -     NNP
    Tarrow    PROPN nsubj    2  -     NNP
    said      VERB  ROOT     2  say   VBD
    the       DET   det      4  -     DT
    board     NOUN  poss     6  -     NN
    's        PART  case     4  -     POS
    Executive PROPN nsubj    7  -     NNP
    agreed    VERB  ccomp    2  agree VBD
    .         PUNCT punct    2  -     .
    Its       PRON  poss     12 -     PRP$
    Executive PROPN compound 12 -     NNP
    team      NOUN  nsubj    13 -     NN
    met       VERB  ROOT     13 meet  VBD
    .         PUNCT punct    13 -     .
"""


def test_the_executive_word_nothing_after_a_possessive() -> None:
    """A body's own Executive ("the board's Executive", "Its Executive team") is its board of
    managers, not the government called an executive."""
    doc = make_doc(_OWNED_EXECUTIVE_ROWS, gazetteer=[(0, 2, KG.Organisation, "tarrow")])
    found = list(doc.spans[GAZETTEER_SPANS])
    assert the_executive_word(doc, _EXECUTIVES, found) == {}


# "Ann Tarrow said the PCA Executive agreed. The Executive of the PCA met."
_UNION_EXECUTIVE_ROWS = """
    Ann       PROPN compound 1  -     NNP
    Tarrow    PROPN nsubj    2  -     NNP
    said      VERB  ROOT     2  say   VBD
    the       DET   det      5  -     DT
    PCA       PROPN compound 5  -     NNP
    Executive PROPN nsubj    6  -     NNP
    agreed    VERB  ccomp    2  agree VBD
    .         PUNCT punct    2  -     .
    The       DET   det      9  -     DT
    Executive PROPN nsubj    13 -     NNP
    of        ADP   prep     9  -     IN
    the       DET   det      12 -     DT
    PCA       PROPN pobj     10 -     NNP
    met       VERB  ROOT     13 meet  VBD
    .         PUNCT punct    13 -     .
"""


def test_the_executive_word_nothing_after_an_acronym_or_before_of() -> None:
    """A union's Executive ("the PCA Executive", "the Executive of the PCA") is its own
    governing council, not the government called an executive."""
    doc = make_doc(_UNION_EXECUTIVE_ROWS, gazetteer=[(0, 2, KG.Organisation, "tarrow")])
    found = list(doc.spans[GAZETTEER_SPANS])
    assert the_executive_word(doc, _EXECUTIVES, found) == {}


# "Former minister Ann Tarrow said the Executive agreed."
_FORMER_MINISTER_ROWS = """
    Former    ADJ   amod     1  -     JJ
    minister  NOUN  compound 3  -     NN
    Ann       PROPN compound 3  -     NNP
    Tarrow    PROPN nsubj    4  -     NNP
    said      VERB  ROOT     4  say   VBD
    the       DET   det      6  -     DT
    Executive PROPN nsubj    7  -     NNP
    agreed    VERB  ccomp    4  agree VBD
    .         PUNCT punct    4  -     .
"""


def test_the_executive_word_nothing_beside_a_former_minister_only() -> None:
    """A former minister speaks for no government: naming one names none firmly."""
    doc = make_doc(_FORMER_MINISTER_ROWS, gazetteer=[(2, 4, KG.Person, "tarrow")])
    found = list(doc.spans[GAZETTEER_SPANS])
    assert the_executive_word(doc, _EXECUTIVES, found) == {}


def test_extract_a_former_minister_does_not_make_the_department_theirs(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Pay news\nNurses in England were offered 4%. The Department of Health said the offer"
        " was fair. Mike Nesbitt, the former health minister, said it should be matched.\n"
    )
    listed = {e.gazetteer_id for e in corpus.entities}
    assert "dhsc" in listed
    assert "ni_department_of_health" not in listed


def test_extract_the_executive_of_a_northern_irish_article(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Mike Nesbitt said the Department of Health could not pay for the award.\n"
        "The Executive will discuss the budget on Thursday.\n"
    )
    listed = {e.gazetteer_id for e in corpus.entities}
    assert {"ni_department_of_health", "ni_executive"} <= listed
    assert "dhsc" not in listed


_ASSEMBLIES = {
    **_EXECUTIVES,
    "isle_assembly": GazetteerEntry(
        "isle_assembly", "Isle Assembly", KG.Legislature, (), area="isle"
    ),
}

# "Ann Tarrow spoke in the assembly. The assembly member agreed."
_ASSEMBLY_ROWS = """
    Ann      PROPN compound 1 -     NNP
    Tarrow   PROPN nsubj    2 -     NNP
    spoke    VERB  ROOT     2 speak VBD
    in       ADP   prep     2 -     IN
    the      DET   det      5 -     DT
    assembly NOUN  pobj     3 -     NN
    .        PUNCT punct    2 -     .
    The      DET   det      9 -     DT
    assembly NOUN  compound 9 -     NN
    member   NOUN  nsubj    10 -    NN
    agreed   VERB  ROOT     10 agree VBD
    .        PUNCT punct    10 -    .
"""


def _assembly_word(listed: list[tuple[int, int, str]]) -> dict[tuple[int, int], str]:
    doc = make_doc(_ASSEMBLY_ROWS, gazetteer=[(a, b, KG.Organisation, i) for a, b, i in listed])
    found = list(doc.spans[GAZETTEER_SPANS])
    return {k: e.id for k, e in the_assembly_word(doc, _ASSEMBLIES, found).items()}


def test_the_assembly_word_is_the_legislature_of_the_named_governments_country() -> None:
    # a minister of the Isle Executive is named: "the assembly" is the Isle Assembly; "the
    # assembly member" is a seat's title, not the legislature
    assert _assembly_word([(0, 2, "tarrow")]) == {(5, 6): "isle_assembly"}


def test_the_assembly_word_nothing_without_that_government_named() -> None:
    assert _assembly_word([]) == {}


def test_extract_the_assembly_and_its_member_in_an_article_about_a_devolved_government(
    extract: Callable[..., Corpus],
) -> None:
    # "the assembly" is the Northern Ireland Assembly once its Executive is named, and an
    # "assembly member" sits in it (lex:seatIn)
    corpus = extract(
        "Budget row at Stormont\n"
        "The Northern Ireland Executive agreed its budget on Tuesday.\n"
        "Speaking in the assembly, assembly member Ann Blake said the budget failed schools.\n"
    )
    assembly = next(e for e in corpus.entities if e.gazetteer_id == "ni_assembly")
    assert "assembly" in assembly.aliases
    members = {(r.subject, r.object) for r in corpus.relations if r.predicate == KG.memberOf}
    assert ("Ann Blake", assembly.key) in members
