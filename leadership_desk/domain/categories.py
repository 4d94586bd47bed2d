"""Categories and the three kinds of time they count as."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum

from leadership_desk.errors import ValidationError


class Kind(StrEnum):
    """What a category counts as; only instruction and management enter the ratio."""

    INSTRUCTION = "instruction"
    MANAGEMENT = "management"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"instruction": "Instruction", "management": "Management", "other": "Other"}[
            self.value
        ]

    @classmethod
    def parse(cls, value: str) -> Kind:
        try:
            return cls(value.strip().lower())
        except ValueError:
            raise ValidationError(
                f"'{value}' is not a kind of time: use instruction, management or other."
            ) from None


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def slugify(name: str) -> str:
    """A stable, readable identifier made from a category name."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "category"


@dataclass(frozen=True, slots=True)
class Category:
    """One category of activity; every category counts as exactly one kind."""

    slug: str
    name: str
    kind: Kind
    color: str = "#888888"
    high_leverage: bool = False
    favourite: bool = False
    archived: bool = False
    position: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        if not _SLUG.match(self.slug):
            raise ValidationError(
                f"'{self.slug}' cannot be a category id: use lower-case letters, digits and dashes."
            )
        if not self.name.strip():
            raise ValidationError("A category needs a name.")
        if len(self.name) > 80:
            raise ValidationError("A category name can be at most 80 characters.")
        if not isinstance(self.kind, Kind):
            object.__setattr__(self, "kind", Kind.parse(str(self.kind)))
        if not _COLOR.match(self.color):
            raise ValidationError(f"'{self.color}' is not a colour like #1F77B4.")


def parse_default_categories(text: str) -> list[Category]:
    """Reads the shipped default category set (resources/categories.json)."""
    doc = json.loads(text)
    if doc.get("format") != "leadership-desk-categories":
        raise ValueError("not a Leadership Desk category file")
    return [
        Category(
            slug=row["slug"],
            name=row["name"],
            kind=Kind.parse(row["kind"]),
            color=row.get("color", "#888888"),
            high_leverage=bool(row.get("high_leverage", False)),
            favourite=bool(row.get("favourite", False)),
            position=index,
        )
        for index, row in enumerate(doc["categories"])
    ]
