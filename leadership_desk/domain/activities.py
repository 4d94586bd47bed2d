"""Activities: half-open intervals of a principal's time, each with one category."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from leadership_desk.domain.periods import EARLIEST, LATEST
from leadership_desk.domain.text import one_line
from leadership_desk.errors import ValidationError

TITLE_MAX = 200
SCHOOL_ID_MAX = 120
NOTE_MAX = 5000
# Longer activities are allowed but need the user's confirmation: usually a forgotten timer.
LONG_ACTIVITY = timedelta(hours=12)


def check_zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`, or a ValidationError naming it."""
    try:
        if not name or name != name.strip():
            raise ValueError
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"'{name}' is not a time zone name like America/Los_Angeles."
        ) from None


def utc_instant(value: datetime) -> datetime:
    """The same instant in UTC, whole seconds; naive datetimes are refused."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("instants must carry a time zone")
    return value.astimezone(UTC).replace(microsecond=0)


def check_school_id(value: str | None) -> str | None:
    """A school id as stored: one line, trimmed; None (or blank) for no school."""
    if value is None:
        return None
    cleaned = one_line(value).strip()
    if not cleaned:
        return None
    if len(cleaned) > SCHOOL_ID_MAX:
        raise ValidationError(f"A school id can be at most {SCHOOL_ID_MAX} characters.")
    return cleaned


@dataclass(frozen=True, slots=True)
class Activity:
    """One thing the principal did, from `start` up to (not including) `end`.

    `end` is None while the activity is running on the timer. Instants are UTC;
    `zone` is the IANA zone the activity was logged in. `school` is the id of the school
    an IAS's activity served, or None.
    """

    category_id: int
    start: datetime
    end: datetime | None
    zone: str
    title: str = ""
    note: str = ""
    id: int | None = None
    school: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", utc_instant(self.start))
        for instant in (self.start, self.end):
            if instant is not None and not EARLIEST <= instant.date() <= LATEST:
                raise ValidationError(f"An activity has to lie between {EARLIEST.year} and "
                                      f"{LATEST.year}.")
        if self.end is not None:
            object.__setattr__(self, "end", utc_instant(self.end))
            if self.end <= self.start:
                raise ValidationError("An activity has to end after it starts.")
        check_zone(self.zone)
        title = one_line(self.title)
        object.__setattr__(self, "title", title)
        if len(title) > TITLE_MAX:
            raise ValidationError(f"A title can be at most {TITLE_MAX} characters.")
        if len(self.note) > NOTE_MAX:
            raise ValidationError(f"A note can be at most {NOTE_MAX} characters.")
        object.__setattr__(self, "school", check_school_id(self.school))

    @property
    def running(self) -> bool:
        return self.end is None

    def end_or(self, now: datetime) -> datetime:
        """The end, or `now` for a running activity (never before its start)."""
        if self.end is not None:
            return self.end
        return max(now, self.start)

    def duration(self, now: datetime) -> timedelta:
        return self.end_or(now) - self.start

    def with_changes(self, **changes: object) -> Activity:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form (instants as whole epoch seconds), used by the edit journal."""
        return {
            "id": self.id,
            "category_id": self.category_id,
            "start": int(self.start.timestamp()),
            "end": None if self.end is None else int(self.end.timestamp()),
            "zone": self.zone,
            "title": self.title,
            "note": self.note,
            "school": self.school,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Activity:
        return cls(
            id=data["id"],
            category_id=data["category_id"],
            start=datetime.fromtimestamp(data["start"], UTC),
            end=None if data["end"] is None else datetime.fromtimestamp(data["end"], UTC),
            zone=data["zone"],
            title=data["title"],
            note=data["note"],
            school=data.get("school"),  # journal entries from before schools were logged
        )
