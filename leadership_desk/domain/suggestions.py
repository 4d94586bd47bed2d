"""Suggesting a category for a calendar event: first the principal's own history, then the
keyword rules shipped with the categories. Each suggestion says why."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# A past title this similar (shared words over all words) counts as the same kind of event.
SIMILAR = 0.5


@dataclass(frozen=True, slots=True)
class PastTitle:
    """A title the principal categorised before, and when."""

    title: str
    category_id: int
    day: date


@dataclass(frozen=True, slots=True)
class Suggestion:
    category_id: int | None
    reason: str


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def suggest(
    title: str,
    history: Iterable[PastTitle],
    keywords: Mapping[int, list[str]],
    names: Mapping[int, str] | None = None,
) -> Suggestion:
    """The category to suggest for an event called `title`, and the reason in plain words.

    History wins over keywords: an identical past title (the most recent), then the most
    similar one; then the first keyword or phrase the title contains.
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
        if score >= SIMILAR and (best is None or score > best[0]):
            best = (score, item)
    if best is not None:
        item = best[1]
        return Suggestion(item.category_id, f"like '{item.title}' on {_day(item.day)}")
    # the keyword found earliest in the title wins (the longer one where two start together)
    found: list[tuple[int, int, int, str]] = []
    for category_id, phrases in keywords.items():
        for phrase in phrases:
            phrase = phrase.strip().lower()
            match = re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", cleaned)
            if phrase and match:
                found.append((match.start(), -len(phrase), category_id,
                              title[match.start():match.end()]))
    if found:
        _, _, category_id, words_in_title = min(found)
        return Suggestion(category_id, f"the title mentions '{words_in_title}'")
    return Suggestion(None, "no similar activity or keyword; choose a category")


def _day(day: date) -> str:
    return f"{day:%b} {day.day}"
