"""Quick entry: one line typed the way a principal would say it, turned into an activity.

    8:00-9:15 walkthroughs grade 3     from 8:00 to 9:15
    9:15 feedback with 2nd grade team  from 9:15 until the next activity (or now)
    now email                          starts the timer now
    45m discipline                     the last 45 minutes, finished now
    -20m parent call                   started 20 minutes ago, still running

A time without am/pm from 1 to 6 o'clock is read as the afternoon (a school day runs from
about 7 to 18), unless only the morning makes sense (6:45-7:30, or a time not yet come):
"1:30" is 13:30, "1:30am" and "01:30" are 1:30; "noon" is 12:00. The category is named
with @ (a slug or the start of a name: "@disc"), or by starting with a category's name
("Discipline …"), otherwise suggested from the words. Anything that cannot be understood raises a
ValidationError with one line saying why; nothing is guessed silently: the caller shows
the parsed result before saving.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import TITLE_MAX, Activity
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.periods import local_date, resolve_local
from leadership_desk.domain.suggestions import Suggestion, tokens
from leadership_desk.errors import AmbiguousTimeError, ValidationError

_T = r"(noon|\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|a|p)?"
# in a range, 830-9 and 1130-1215 are times too
_RT = r"(noon|\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|a|p)?"
_RANGE = re.compile(rf"^{_RT}\s*(?:-|–|—|to\b)\s*{_RT}(?=\s|$)", re.IGNORECASE)
_START = re.compile(rf"^(?:from\s+|at\s+)?{_T}(?=\s|$)", re.IGNORECASE)
_DURATION = (r"(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?(?:\s*(\d+)\s*(?:m(?:in(?:utes?|s)?)?)?)?"
             r"|(\d+)\s*m(?:in(?:utes?|s)?)?)")
_AGO = re.compile(rf"^-\s*{_DURATION}(?=\s|$)", re.IGNORECASE)
_LAST = re.compile(rf"^(?:last\s+)?{_DURATION}(?=\s|$)", re.IGNORECASE)
_NOW = re.compile(r"^now(?=\s|$)", re.IGNORECASE)
_AT = re.compile(r"(?:^|\s)@([\w-]+)")
# a category named at the start of the line: the part of its name before "&" or ","
_NAME_HEAD = re.compile(r"\s*[&,(]")
LONGEST = timedelta(hours=16)

Suggest = Callable[[str], Suggestion]


@dataclass(frozen=True, slots=True)
class QuickEntry:
    """What a quick-entry line means: `end` None = running from `start` (the timer)."""

    start: datetime
    end: datetime | None
    category_id: int
    title: str
    reason: str
    # the end was not typed: it is the next activity's start, or now
    open_end: bool = False

    @property
    def running(self) -> bool:
        return self.end is None

    def activity(self, zone: str) -> Activity:
        return Activity(category_id=self.category_id, start=self.start, end=self.end,
                        zone=zone, title=self.title)


def parse_quick_entry(
    text: str,
    *,
    day: date,
    now: datetime,
    zone: ZoneInfo,
    categories: Sequence[Category],
    day_activities: Sequence[Activity],
    suggest: Suggest,
) -> QuickEntry:
    """What `text` typed for local `day` means at instant `now` (see the module's doc).

    `categories` are those that may be chosen (not archived); `day_activities` are the
    activities of that day, to end an open start at the next one.
    """
    line = " ".join(text.split())
    if not line:
        raise ValidationError("Type what you did, like '8:00-9:15 walkthroughs grade 3'.")
    now = now.replace(microsecond=0)
    today = local_date(now, zone)
    start, end, rest, open_end = _times(line, day, today, now, zone, day_activities)
    category, title, reason = _category(rest, categories, suggest)
    if len(title) > TITLE_MAX:
        raise ValidationError(f"The title can be at most {TITLE_MAX} characters.")
    if end is not None:
        if end <= start:
            raise ValidationError("The end has to be after the start.")
        if end - start > LONGEST:
            if _hm(end, zone) < _hm(start, zone):  # '13:00-12:00': read as the next noon
                raise ValidationError(f"The end ({_hm(end, zone)}) comes before the start "
                                      f"({_hm(start, zone)}); check the order of the times.")
            raise ValidationError("That is longer than 16 hours; check the times "
                                  "(write 1:30am for the night, 1:30 means 13:30).")
        if end > now + timedelta(minutes=1):
            raise ValidationError("That ends later than now; log it once it has happened.")
    elif start > now:
        raise ValidationError("That starts later than now.")
    return QuickEntry(start=start, end=end, category_id=category.id, title=title,
                      reason=reason, open_end=open_end)


def _times(line: str, day: date, today: date, now: datetime, zone: ZoneInfo,
           day_activities: Sequence[Activity]) -> tuple[datetime, datetime | None, str, bool]:
    """The start, the end (None: running), the words after the times, and whether the end
    was left open (taken from the next activity or now)."""
    if m := _RANGE.match(line):
        start, end = _likely_range(day, today, now, zone, m.group(1, 2, 3), m.group(4, 5, 6))
        return start, end, line[m.end():], False
    if m := _NOW.match(line):
        _only_today(day, today, "now")
        return now, None, line[m.end():], False
    if m := _AGO.match(line):
        _only_today(day, today, "'-20m' (started 20 minutes ago)")
        return now - _length(*m.group(1, 2, 3)), None, line[m.end():], False
    if m := _LAST.match(line):
        _only_today(day, today, "'45m' (the last 45 minutes)")
        return now - _length(*m.group(1, 2, 3)), now, line[m.end():], False
    if (m := _START.match(line)) and (m.group(2) or m.group(3) or line[:5].lower() in
                                      ("from ", "at ")):
        start = min((_instant(day, t, zone) for t in _readings(*m.group(1, 2, 3))),
                    key=lambda instant: (day == today and instant > now,))
        later = sorted(a.start for a in day_activities if a.start > start)
        if later:
            return start, later[0], line[m.end():], True
        if day == today and now > start:
            return start, now, line[m.end():], True
        raise ValidationError(
            f"Nothing follows {_hm(start, zone)} on that day to end it: give an end, "
            f"like {_hm(start, zone)}-{_hm(start + timedelta(minutes=30), zone)}.")
    raise ValidationError(
        "Start with the time: '8:00-9:15 …', '9:15 …', 'now …', '45m …' or '-20m …'.")


def _readings(hour: str, minute: str | None, half: str | None) -> list[time]:
    """The times a typed clock time can mean, the likelier first: with am/pm or a leading
    zero ("06:30") one; from 1 to 6 without them, the school afternoon, then the morning."""
    h = 12 if hour.lower() == "noon" else int(hour)
    m = int(minute or 0)
    if half:
        if not 1 <= h <= 12:
            raise ValidationError(f"'{hour} {half}' is not a time.")
        h = h % 12 + (12 if half.lower().startswith("p") else 0)
    if h > 23 or m > 59:
        raise ValidationError(f"'{hour}:{minute or '00'}' is not a time of day.")
    if not half and 1 <= h <= 6 and not hour.startswith("0"):
        return [time(h + 12, m), time(h, m)]
    return [time(h, m)]


def _likely_range(day: date, today: date, now: datetime, zone: ZoneInfo,
                  start_text: tuple, end_text: tuple) -> tuple[datetime, datetime]:
    """The first reading of a typed range that makes sense: an end after the start (past
    midnight only when typed so, as in 10pm-1am), at most 12 hours, and not later than now
    on today; when none does, the likeliest, for the checks to explain."""
    candidates = []
    for start_t in _readings(*start_text):
        for end_t in _readings(*end_text):
            end_day = day + timedelta(days=1) if end_t <= start_t else day
            candidates.append((start_t, end_t, end_day))

    def sensible(candidate) -> bool:
        start_t, end_t, end_day = candidate
        start, end = _instant(day, start_t, zone), _instant(end_day, end_t, zone)
        return (end - start <= timedelta(hours=12)
                and not (day == today and end > now + timedelta(minutes=1)))

    start_t, end_t, end_day = next((c for c in candidates if sensible(c)), candidates[0])
    return _instant(day, start_t, zone), _instant(end_day, end_t, zone)


def _length(hours: str | None, minutes_after: str | None, minutes: str | None) -> timedelta:
    if hours is not None:
        length = timedelta(hours=float(hours), minutes=int(minutes_after or 0))
    else:
        length = timedelta(minutes=int(minutes or 0))
    if length <= timedelta(0):
        raise ValidationError("A length has to be more than 0 minutes.")
    if length > LONGEST:
        raise ValidationError("That is longer than 16 hours.")
    return timedelta(seconds=int(length.total_seconds()))


def _instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    wall = datetime.combine(day, at)
    try:
        return resolve_local(wall, zone).instant
    except AmbiguousTimeError:
        raise ValidationError(
            f"{at:%H:%M} happened twice that night (the clocks turned back); "
            "use Add activity… to say which.") from None


def _only_today(day: date, today: date, what: str) -> None:
    if day != today:
        raise ValidationError(f"{what} only works for today; give times for {day:%b} {day.day}.")


def _hm(instant: datetime, zone: ZoneInfo) -> str:
    return f"{instant.astimezone(zone):%H:%M}"


def _category(rest: str, categories: Sequence[Category],
              suggest: Suggest) -> tuple[Category, str, str]:
    """The category the words name or suggest, the title, and why that category."""
    words = rest.strip(" -–—:,")
    if m := _AT.search(words):
        wanted = m.group(1).lower()
        title = " ".join((words[:m.start()] + " " + words[m.end():]).split())
        return _named(wanted, categories), title, f"you named it with @{m.group(1)}"
    if not words:
        raise ValidationError("Say what it was after the time, like '45m discipline'.")
    said = tokens(words)
    for category in categories:
        head = tokens(_NAME_HEAD.split(category.name, maxsplit=1)[0])
        if head and said[:len(head)] == head:
            return category, words, f"it starts with the category's name, '{category.name}'"
    hint = suggest(words)
    chosen = next((c for c in categories if c.id == hint.category_id), None)
    if chosen is None:
        raise ValidationError(
            f"Which category is '{words}'? End the line with @ and the start of a category's "
            f"name{_examples(categories)}.")
    return chosen, words, hint.reason


def _examples(categories: Sequence[Category]) -> str:
    """', like @walk or @disc': the start of one of the user's own instructional and one
    management category (an IAS's are not a principal's)."""
    picks = []
    for kind in (Kind.INSTRUCTION, Kind.MANAGEMENT):
        first = next((c for c in categories if c.kind is kind), None)
        word = re.match(r"[A-Za-z]{3,}", first.name) if first else None
        if word:
            picks.append("@" + word.group(0)[:4].lower())
    return f", like {' or '.join(picks)}" if picks else ""


def _named(wanted: str, categories: Sequence[Category]) -> Category:
    exact = [c for c in categories if c.slug == wanted]
    if exact:
        return exact[0]
    starts = [c for c in categories
              if c.slug.startswith(wanted) or c.name.lower().startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    if not starts:
        raise ValidationError(f"No category is called @{wanted}.")
    names = ", ".join(c.slug for c in starts[:4])
    raise ValidationError(f"@{wanted} could be {names}: type more of it.")
