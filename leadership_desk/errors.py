"""Typed errors whose messages are written for a principal, not a programmer."""

from __future__ import annotations


class LeadershipDeskError(Exception):
    """An expected problem; `str(error)` is a message the user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(LeadershipDeskError):
    """A value the user gave cannot be used as it is; `field` names it when known."""

    field: str | None = None


class NotFoundError(LeadershipDeskError):
    """The thing asked for (an activity, a category) does not exist."""


class TimeNotValidError(ValidationError):
    """A local time that the clocks skipped (daylight saving) or that is otherwise impossible."""


class AmbiguousTimeError(ValidationError):
    """A local time that happened twice (clocks turned back); the caller must choose one."""


class LongActivityError(ValidationError):
    """An activity longer than the limit that needs the user's confirmation."""


class OverlapError(LeadershipDeskError):
    """A new or edited activity overlaps others; the user must choose what to do.

    `conflicts` holds the overlapping activities (domain objects).
    """

    def __init__(self, message: str, conflicts: list) -> None:
        super().__init__(message)
        self.conflicts = conflicts


class CategoryInUseError(LeadershipDeskError):
    """A category that past activities use cannot be deleted (archive it instead)."""


class NothingToUndoError(LeadershipDeskError):
    """Undo or redo was asked for with nothing left to undo or redo."""


class StorageError(LeadershipDeskError):
    """The database could not be read or written (disk full, read-only, locked, damaged)."""


class DamagedDatabaseError(StorageError):
    """The database file fails its integrity check or is not a database at all."""

    def __init__(self, message: str, path: object) -> None:
        super().__init__(message)
        self.path = path


class NotOurDatabaseError(StorageError):
    """The file is a database of another program; it is left untouched."""


class DatabaseInUseError(StorageError):
    """Another copy of Leadership Desk has this database open for writing."""


class NewSchoolError(ValidationError):
    """A school id used for the first time came without the school's name."""
