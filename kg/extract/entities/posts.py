"""Role phrases read with the gazetteer's posts: which post "the health secretary" is, who held
it when the article was written, and which organisation its holder is a member of.

A role phrase names a post by one of its role phrases (``skos:altLabel`` of an ``org:Post``:
"Health Secretary", "Scottish Education Secretary", "agriculture commissioner"); several posts
may share one ("Health Secretary" is a UK, a Scottish and a Welsh post). The post meant is:

1. one its holder in the article held ("Health Secretary Wes Streeting");
2. else one whose government, or organisation, the article names (the Welsh Government);
3. else one whose country the article names and no other candidate's (Wales);
4. else the UK post, when the others' countries are not named.

The article's date is its ``Document.date`` when it has one; else the days on which every
office holder the article names with a post held it ("Prime Minister Keir Starmer": after
5 July 2024). A role phrase with no holder in the text names the post's holder on those days
when there is exactly one, or exactly one of them the article names.

Example:
    >>> index = post_index()  # doctest: +SKIP
    >>> [p.id for p in index.for_role("the new health secretary")]  # doctest: +SKIP
    ['post_scot_health_secretary', 'post_uk_health_secretary', 'post_wales_health_secretary']
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from kg.extract.gazetteer import Post, load_posts
from kg.extract.mentions import normalise_name

__all__ = [
    "PostIndex",
    "post_index",
    "Days",
    "UK_GOVERNMENT",
    "GOVERNMENTS",
    "choose_post",
    "title_words",
]

Days = tuple[datetime.date | None, datetime.date | None]
"""A span of days, open at either end (None)."""

#: the government of the UK as the gazetteer names it: the post meant when nothing else is said
UK_GOVERNMENT = "government"
#: governments whose posts are named by title words ("Scottish Health Secretary")
GOVERNMENTS = frozenset(
    {
        UK_GOVERNMENT,
        "scottish_government",
        "welsh_government",
        "ni_executive",
        "government_of_ireland",
        "european_commission",
    }
)


@dataclass(frozen=True)
class PostIndex:
    """The gazetteer's posts by role phrase and by holder."""

    posts: tuple[Post, ...]
    by_role: dict[str, tuple[Post, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, posts: Iterable[Post]) -> PostIndex:
        found: dict[str, list[Post]] = {}
        posts = tuple(posts)
        for post in posts:
            for role in {post.label, *post.roles}:
                found.setdefault(_post_key(role), []).append(post)
        return cls(posts, {role: tuple(items) for role, items in found.items()})

    def for_role(self, text: str) -> tuple[Post, ...]:
        """The posts a role phrase may name: its words, else its last words ("the new health
        secretary" → "health secretary"); never one word that is no post's whole name."""
        words = _post_key(text).split()
        for start in range(len(words)):
            found = self.by_role.get(" ".join(words[start:]))
            if found:
                return found
        return ()

    def for_title(self, text: str) -> tuple[Post, ...]:
        """The posts whose title opens as a role phrase that names no post does, up to its
        "for" or "of": "Cabinet Secretary for Rural Economy" (a portfolio since renamed) →
        every "Cabinet Secretary for ..." post, "Minister for Rural Affairs" → every
        "Minister for ..." post."""
        words = _post_key(text).split()
        opening = next(
            (
                " ".join(words[: i + 1]) + " "
                for i in (1, 2)
                if i < len(words) - 1 and words[i] in ("for", "of")
            ),
            None,
        )
        if opening is None:
            return ()
        found = {
            p.id: p for key, posts in self.by_role.items() if key.startswith(opening) for p in posts
        }
        return tuple(found[k] for k in sorted(found))


def _post_key(text: str) -> str:
    """A role phrase as posts are looked up by: "Minister of Finance" and "Minister for
    Finance" are one title (news writes either, whichever the government's own list uses).

    >>> _post_key("the Minister of Finance")
    'minister for finance'
    """
    return normalise_name(text).replace("minister of ", "minister for ")


@functools.lru_cache(maxsize=8)
def post_index(extra_files: tuple[str, ...] = ()) -> PostIndex:
    """The posts of the shipped gazetteer files and the user's (read once)."""
    return PostIndex.of(load_posts(extra_files))


def government_of(post: Post) -> str | None:
    """The government the post is in (its department's, or its own organisation)."""
    return post.government or post.organisation


def choose_post(
    posts: Sequence[Post],
    *,
    holder: str | None,
    named: Collection[str],
) -> Post | None:
    """The post a role phrase names, among ``posts``, by its holder (a gazetteer id) and the
    gazetteer ids the article names (``named``); None when it cannot be told."""
    if holder is not None:
        held = [p for p in posts if holder in p.holders()]
        if held:
            return held[0]
    if len(posts) == 1:
        return posts[0]
    for wanted in (
        [p for p in posts if government_of(p) in named or p.organisation in named],
        [p for p in posts if p.area in named],
    ):
        if len({government_of(p) for p in wanted}) == 1:
            return wanted[0]
    uk = [p for p in posts if government_of(p) == UK_GOVERNMENT]
    if uk and not any(government_of(p) in named or p.area in named for p in posts if p not in uk):
        return uk[0]
    return None


def tenure_days(post: Post, person: str) -> Days | None:
    """The days ``person`` held ``post`` (from their first day to their last), or None."""
    tenures = [t for t in post.tenures if t.person == person]
    if not tenures:
        return None
    starts = [t.start for t in tenures]
    ends = [t.end for t in tenures]
    return (
        None if None in starts else min(s for s in starts if s is not None),
        None if None in ends else max(e for e in ends if e is not None),
    )


def within(days: Iterable[Days]) -> Days:
    """The days within every span of ``days`` (all days when there are none)."""
    low: datetime.date | None = None
    high: datetime.date | None = None
    for start, end in days:
        if start is not None and (low is None or start > low):
            low = start
        if end is not None and (high is None or end < high):
            high = end
    return low, high


def holders_within(post: Post, days: Days) -> tuple[str, ...]:
    """The people who held ``post`` on some day of ``days`` (one day, or the days from the
    first up to the last, excluded). A holder's last day is the day their successor took
    office (``gaz:until``): it counts as the successor's."""
    low, high = days
    one_day = low is not None and low == high
    found = [
        t.person
        for t in post.tenures
        if (high is None or t.start is None or t.start < high or one_day and t.start == high)
        and (low is None or t.end is None or low < t.end)
    ]
    return tuple(dict.fromkeys(found))


def title_words(index: PostIndex, names: Iterable[str] = ()) -> frozenset[str]:
    """The words government posts' role phrases put before their role word ("education",
    "scottish", "home"), lower-cased, but none that is a name of its own (``names``: "Defra"
    in "Defra Secretary" is the department)."""
    excluded = {n.lower() for n in names} | {"of", "for", "and", "the", "&"}
    words = {
        word
        for post in index.posts
        if post.government is not None or post.organisation in GOVERNMENTS
        for role in post.roles
        if len(role.split()) <= 4  # "Scottish Health Secretary", not "Minister for ..."
        for word in role.lower().split()[:-1]
        if word.isalpha()
    }
    return frozenset(words - excluded)
