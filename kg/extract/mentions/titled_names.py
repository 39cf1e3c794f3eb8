"""Names in title case with a small word inside: "the Partnership for Growth contract", "the Fit
for the Future programme", "the Plan for Ports".

The parser splits such a name at its "for" or "of": it hangs the words after the preposition
on it and makes the head noun's phrase start there ("Growth contract", "Future programme"),
and it takes the capitalised word after the preposition for a noun of its own ("Change" of "the
Pact for Change" as a change). A capitalised word, "for" or "of" (and "the"), and more
capitalised words inside a sentence are one name: the phrase starts with the first word, and
the words after the preposition name nothing of their own. An organisation's name word before
the preposition ("Department of Health plans") makes it an owner's name, not the proposal's.

Example: in "Porters on the Partnership for Growth contract will vote", the phrase headed by
"contract" is "Partnership for Growth contract".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["titled_name_start", "inside_a_titled_name"]

_OF_FOR = frozenset({"for", "of"})
# small words a name runs on over, read back from its head: "People at the Heart of Care"
_INNER = _OF_FOR | {"at", "to", "in", "on"}


def titled_name_start(token: Token, start: int, lexicon: Lexicon) -> int:
    """Where the phrase of ``token`` that starts at ``start`` starts when it continues a title
    case name to its left ("Partnership for" before "Growth contract"); else ``start``."""
    doc = token.doc
    if start > token.i or not _titled(doc[start]):
        return start
    prep = start - 1
    if prep > 0 and doc[prep].lower_ == "the":
        prep -= 1
    if prep < 1 or doc[prep].text not in _INNER:
        return start
    first = _run_before(doc[prep])
    if first is None or doc[first].text in lexicon.name_words:
        return start
    return titled_name_start(token, first, lexicon)  # "People at the Heart of Care"


def inside_a_titled_name(token: Token) -> bool:
    """A capitalised word right after the "for" or "of" (and "the") of a title case name is a
    word of that name, not a name or noun of its own ("Change" of "the Pact for Change", "Growth" of "the
    Partnership for Growth contract")."""
    doc = token.doc
    prep = token.i - 1
    if prep > 0 and doc[prep].lower_ == "the":
        prep -= 1
    return (
        prep > 0
        and _titled(token)
        and doc[prep].text in _OF_FOR  # not "from Jo Reid to GPCE": a name of its own
        and _run_before(doc[prep]) is not None
    )


def _titled(token: Token) -> bool:
    """A capitalised word inside its sentence ("Change", "NHS"), not one capitalised because it
    opens the sentence."""
    return (token.is_title or token.is_upper and len(token) > 1) and not token.is_sent_start


def _run_before(prep: Token) -> int | None:
    """The capitalised word that ``prep`` hangs on and follows directly ("Partnership" of
    "Partnership for"), or None. The words before it are an owner's ("the Port Partnership for
    Growth")."""
    if prep.i == 0:
        return None
    head = prep.doc[prep.i - 1]  # the parser may hang "at" on a verb before the name
    if not _titled(head) or (prep.head.i != head.i and prep.lower_ in ("for", "of")):
        return None
    return head.i if head.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") else None
