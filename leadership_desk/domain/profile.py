"""The principal's profile and preferences, kept in the database so backups carry them."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import check_zone
from leadership_desk.domain.balance import DEFAULT_GOAL, check_goal
from leadership_desk.domain.periods import MonthDay
from leadership_desk.domain.roles import Role
from leadership_desk.domain.text import one_line
from leadership_desk.errors import ValidationError

# The keys `config get/set` accept, in the order they are shown.
CONFIG_KEYS = ("name", "school", "school_id", "network", "timezone", "goal_share",
               "year_start", "stepped_goal_start", "stepped_goal_months")


@dataclass(frozen=True, slots=True)
class Profile:
    """Who uses this database and the rules their numbers follow."""

    name: str = ""
    school: str = ""
    school_id: str = ""
    timezone: str = "UTC"
    goal_share: float = DEFAULT_GOAL
    year_start: MonthDay = field(default_factory=lambda: MonthDay(7, 1))
    # None: the flat goal all year; a share: monthly targets rising from it to the goal
    stepped_goal_start: float | None = None
    stepped_goal_months: int = 5
    # an IAS has a network (the area of schools they supervise) and no school of their own
    role: Role = Role.PRINCIPAL
    network: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.role, Role):
            object.__setattr__(self, "role", Role.parse(str(self.role)))
        check_zone(self.timezone)
        check_goal(self.goal_share)
        if self.stepped_goal_start is not None:
            check_goal(self.stepped_goal_start)
            if self.stepped_goal_start >= self.goal_share:
                raise ValidationError("The first stepped target must be below the goal.")
        if not 2 <= self.stepped_goal_months <= 12:
            raise ValidationError("Stepped targets reach the goal in 2 to 12 months.")
        for attribute in ("name", "school", "school_id", "network"):  # shown in every export
            object.__setattr__(self, attribute, one_line(getattr(self, attribute)))
        for label, value in (("name", self.name), ("school", self.school),
                             ("school id", self.school_id), ("network", self.network)):
            if len(value) > 120:
                raise ValidationError(f"The {label} can be at most 120 characters.")

    @property
    def is_ias(self) -> bool:
        return self.role is Role.IAS

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def parse_goal(text: str) -> float:
    """'75', '75%' or '0.75' as the share 0.75."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(f"'{text}' is not a goal share like 75%.") from None
    if 1 < value < 10 and not text.strip().endswith("%"):
        # '1.5' may mean 1.5% or a share mistyped: ask rather than set a 1.5% goal
        raise ValidationError(f"'{text}' is unclear: write 75 or 75% for 75%, or 0.75; "
                              f"write {cleaned}% if you mean {cleaned} percent.")
    if value > 1 or text.strip().endswith("%"):
        value /= 100
    return check_goal(value)
