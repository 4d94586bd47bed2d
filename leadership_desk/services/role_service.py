"""Switching the log between a principal's and an IAS's, with each role's categories."""

from __future__ import annotations

from dataclasses import dataclass, replace

from leadership_desk.domain.categories import Category, parse_default_categories
from leadership_desk.domain.roles import Role, other_role
from leadership_desk.resources import read_text
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.settings_repository import SettingsRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

SWITCH_ARCHIVED = "role_switch_archived"  # the settings key


@dataclass(frozen=True, slots=True)
class RoleChange:
    """What switching the role did to the categories (counts of categories)."""

    role: Role
    added: int
    restored: int
    archived: int

    def line(self) -> str:
        parts = [f"{count} {what}" for count, what in (
            (self.added, "categories added"), (self.restored, "brought back from the archive"),
            (self.archived, "archived")) if count]
        done = "; ".join(parts) if parts else "categories unchanged"
        return f"Role: {self.role.label} ({done})."


class RoleService:
    """The role and its default categories.

    Switching never deletes a category and never changes a category's kind, so every
    activity already logged keeps its category and counts as it did. The new role's
    default categories are added (or brought back from the archive); the other role's
    default categories are archived: they stay on past activities but leave the lists
    and the timer. Switching back restores only what the switch archived, with its timer
    button as it was; categories the user archived themselves, or added, stay as they are.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._settings = SettingsRepository(db)
        self._categories = CategoryRepository(db)

    def role(self) -> Role:
        return Role.parse(self._settings.get("role", Role.PRINCIPAL.value))

    @staticmethod
    def default_categories(role: Role) -> list[Category]:
        """The categories a log of `role` starts with, as shipped."""
        return parse_default_categories(read_text(role.categories_file))

    def set_role(self, role: Role) -> RoleChange:
        wanted = parse_default_categories(read_text(role.categories_file))
        leaving = {c.slug for c in parse_default_categories(
            read_text(other_role(role).categories_file))}
        switching = self.role() is not role
        # {role: {slug: timer button on}}: what the switch away from each role archived, so
        # coming back restores only that, never what the user had archived on purpose
        memory = self._settings.get(SWITCH_ARCHIVED, {})
        remembered = memory.get(role.value)  # None: a log switched before this was kept
        added = restored = archived = 0
        with transaction(self._db):
            for default in wanted:
                current = self._categories.by_slug(default.slug)
                if current is None:
                    position = self._categories.next_position()
                    self._categories.insert(replace(default, position=position))
                    added += 1
                elif current.archived and (remembered is None or default.slug in remembered):
                    # archiving took it off the timer; it comes back as it was (as shipped
                    # when the log does not know)
                    favourite = default.favourite if remembered is None \
                        else remembered[default.slug]
                    self._categories.update(replace(current, archived=False,
                                                    favourite=favourite))
                    restored += 1
            archived_now = {}
            for category in self._categories.all():
                if category.slug in leaving and not category.archived:
                    self._categories.update(replace(category, archived=True, favourite=False))
                    archived_now[category.slug] = category.favourite
                    archived += 1
            other = other_role(role).value
            # the same role again adds to the record: its own switch is still the one undone
            memory[other] = archived_now if switching else memory.get(other, {}) | archived_now
            memory[role.value] = {}  # restored: switching to it again brings nothing back
            self._settings.set(SWITCH_ARCHIVED, memory)
            self._settings.set("role", role.value)
        return RoleChange(role, added, restored, archived)
