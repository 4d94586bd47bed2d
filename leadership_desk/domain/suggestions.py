"""Suggesting a category for a title (a calendar event's, or a quick entry's): first the
principal's own history, then the keyword rules shipped with the categories. Each
suggestion says why. Words are compared by their stem, so plurals and verb forms match
("walkthroughs", "observed", "IEPs" and "PLCs" find "walkthrough", "observe", "IEP", "PLC")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")
_VOWEL = re.compile(r"[aeiouy]")
# A past title more similar than this (shared words over all words) counts as the same kind
# of event; at one half, "lunch" would follow "lunch duty".
SIMILAR = 0.5


@dataclass(frozen=True, slots=True)
class PastTitle:
    """A title the principal categorised before, and when."""

    title: str
    category_id: int
    day: date


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A category to suggest (None when nothing fits) and the reason in plain words."""

    category_id: int | None
    reason: str


def stem(word: str) -> str:
    """A light English stem: enough to match plurals, possessives, -ed, -ing and -ation.

    General stemmers leave acronyms' plurals alone ("plcs"), which principals' calendars
    are full of; this one treats a trailing s on any word of three letters or more as a
    plural, except after s, u or i (class, focus, analysis)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) >= 3 and w.endswith("s") and w[-2] not in "sui":
        w = w[:-1]
    for suffix in ("ation", "ing", "ed"):
        rest = w[: -len(suffix)]
        if w.endswith(suffix) and len(rest) >= 3 and _VOWEL.search(rest):
            w = rest
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def tokens(text: str) -> list[str]:
    """The stemmed words of `text`, in order."""
    return [stem(w) for w in _WORD.findall(text.lower())]


def words(text: str) -> set[str]:
    return set(tokens(text))


def find_phrase(phrase: str, title: str) -> tuple[int, int] | None:
    """Where in `title` (character start and end) the words of `phrase` stand in a row, in
    any of their forms; None when they do not."""
    wanted = tokens(phrase)
    if not wanted:
        return None
    found = list(_WORD.finditer(title.lower()))
    stems = [stem(m.group()) for m in found]
    for i in range(len(stems) - len(wanted) + 1):
        if stems[i:i + len(wanted)] == wanted:
            return found[i].start(), found[i + len(wanted) - 1].end()
    return None


def suggest(
    title: str,
    history: Iterable[PastTitle],
    keywords: Mapping[int, list[str]],
) -> Suggestion:
    """The category to suggest for an activity called `title`, and the reason in plain words.

    History wins over keywords: an identical past title (the most recent), then the most
    similar one; then the keyword or phrase the title mentions first (the longer one where
    two start together), so "cafeteria walkthrough" stays with the cafeteria.
    """
    cleaned = " ".join(title.lower().split())
    if not cleaned:
        return Suggestion(None, "no title to go by")
    past = sorted(history, key=lambda p: p.day, reverse=True)
    for item in past:
        if " ".join(item.title.lower().split()) == cleaned:
            return Suggestion(item.category_id, f"like '{item.title}' on {_day(item.day)}")
    mine = words(cleaned)
    best: tuple[float, PastTitle] | None = None
    for item in past:
        theirs = words(item.title)
        if not mine or not theirs:
            continue
        score = len(mine & theirs) / len(mine | theirs)
        if score > SIMILAR and (best is None or score > best[0]):
            best = (score, item)
    if best is not None:
        item = best[1]
        return Suggestion(item.category_id, f"like '{item.title}' on {_day(item.day)}")
    found: list[tuple[int, int, int, str]] = []
    for category_id, phrases in keywords.items():
        for phrase in phrases:
            span = find_phrase(phrase, title)
            if span is not None:
                start, end = span
                found.append((start, -(end - start), category_id, title[start:end]))
    if found:
        _, _, category_id, words_in_title = min(found)
        return Suggestion(category_id, f"the title mentions '{words_in_title}'")
    return Suggestion(None, "no similar activity or keyword; choose a category")


def _day(day: date) -> str:
    return f"{day:%b} {day.day}"
