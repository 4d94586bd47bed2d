"""Who uses the log: a principal, or a principal supervisor (IAS) logging the support they give."""

from __future__ import annotations

from enum import StrEnum

from leadership_desk.errors import ValidationError


class Role(StrEnum):
    """A principal logs their own school's time; an IAS logs the support they give schools."""

    PRINCIPAL = "principal"
    IAS = "ias"

    @property
    def label(self) -> str:
        return {"principal": "Principal",
                "ias": "Principal supervisor (IAS)"}[self.value]

    @property
    def share_words(self) -> str:
        """What the instruction share is called for this role, as in '62% instruction'."""
        return "instructional support" if self is Role.IAS else "instruction"

    @property
    def categories_file(self) -> str:
        """The resource holding the role's default categories."""
        return "ias_categories.json" if self is Role.IAS else "categories.json"

    @classmethod
    def parse(cls, value: str) -> Role:
        cleaned = value.strip().lower()
        if cleaned in ("supervisor", "principal-supervisor"):
            cleaned = "ias"
        try:
            return cls(cleaned)
        except ValueError:
            raise ValidationError(
                f"'{value}' is not a role: use principal or ias (principal supervisor)."
            ) from None


def other_role(role: Role) -> Role:
    return Role.PRINCIPAL if role is Role.IAS else Role.IAS
