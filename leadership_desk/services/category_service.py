"""Managing categories: add, rename, recolour, re-order, re-map the kind, archive, delete."""

from __future__ import annotations

from dataclasses import replace

from leadership_desk.domain.categories import Category, Kind, slugify
from leadership_desk.errors import CategoryInUseError, NotFoundError, ValidationError
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.planning_repository import PlanningRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

# The timer shows this many favourite buttons at most.
MAX_FAVOURITES = 8


class CategoryService:
    """The principal's categories, in their order; archived ones stay on past activities."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._categories = CategoryRepository(db)
        self._activities = ActivityRepository(db)

    def all(self) -> list[Category]:
        return self._categories.all()

    def active(self) -> list[Category]:
        return [c for c in self.all() if not c.archived]

    def favourites(self) -> list[Category]:
        return [c for c in self.active() if c.favourite][:MAX_FAVOURITES]

    def get(self, category_id: int) -> Category:
        category = self._categories.get(category_id)
        if category is None:
            raise NotFoundError("That category no longer exists.")
        return category

    def by_slug(self, slug: str) -> Category:
        category = self._categories.by_slug(slug.strip())
        if category is None:
            known = ", ".join(c.slug for c in self.active())
            raise NotFoundError(f"There is no category '{slug}'. The categories are: {known}.")
        return category

    def add(
        self, name: str, kind: Kind, color: str = "#888888", high_leverage: bool = False
    ) -> Category:
        name = name.strip()
        self._check_unique_name(name)
        slug = self._unique_slug(slugify(name))
        with transaction(self._db):
            return self._categories.insert(
                Category(
                    slug=slug,
                    name=name,
                    kind=kind,
                    color=color,
                    high_leverage=high_leverage,
                    position=self._categories.next_position(),
                )
            )

    def update(self, category: Category) -> Category:
        """Saves a changed name, kind, colour, favourite or high-leverage mark.

        A new kind applies to every past activity of the category in every report.
        """
        current = self.get(category.id)
        if category.slug != current.slug:
            raise ValidationError("A category's id cannot change; rename it instead.")
        if category.name.strip() != current.name:
            self._check_unique_name(category.name.strip(), except_id=category.id)
        newly_favourite = category.favourite and not current.favourite
        if newly_favourite and not category.archived and len(self.favourites()) >= MAX_FAVOURITES:
            raise ValidationError(
                f"The timer has room for {MAX_FAVOURITES} buttons; remove one first."
            )
        updated = replace(category, name=category.name.strip())
        with transaction(self._db):
            self._categories.update(updated)
        return updated

    def archive(self, category_id: int, archived: bool = True) -> Category:
        category = self.get(category_id)
        return self.update(replace(category, archived=archived, favourite=category.favourite
                                   and not archived))

    def move(self, category_id: int, offset: int) -> None:
        """Moves a category up (negative offset) or down in the list."""
        ordered = self.all()
        index = next(i for i, c in enumerate(ordered) if c.id == category_id)
        target = max(0, min(len(ordered) - 1, index + offset))
        if target == index:
            return
        moved = ordered.pop(index)
        ordered.insert(target, moved)
        with transaction(self._db):
            for position, category in enumerate(ordered):
                if category.position != position:
                    self._categories.update(replace(category, position=position))

    def delete(self, category_id: int) -> None:
        category = self.get(category_id)
        used = self._activities.uses_category(category_id)
        if used:
            raise CategoryInUseError(
                f"'{category.name}' is used by {used} activit{'y' if used == 1 else 'ies'} "
                "and cannot be deleted. Archive it instead: it stays on past activities "
                "but leaves the lists."
            )
        if PlanningRepository(self._db).blocks_using(category_id):
            raise CategoryInUseError(
                f"'{category.name}' is the category of a protected block (now or in past "
                "weeks) and cannot be deleted. Archive it instead.")
        with transaction(self._db):
            self._categories.delete(category_id)

    def _check_unique_name(self, name: str, except_id: int | None = None) -> None:
        if not name:
            raise ValidationError("A category needs a name.")
        for other in self.all():
            if other.id != except_id and other.name.casefold() == name.casefold():
                raise ValidationError(f"There is already a category called '{other.name}'.")

    def _unique_slug(self, base: str) -> str:
        taken = {c.slug for c in self.all()}
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug
