"""Accepting calendar drafts from any view: a draft that overlaps logged time is asked about
with the usual three choices, one at a time; what could not be accepted is said in words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from leadership_desk.services.container import Services
from leadership_desk.ui.activity_editor import ask_overlap


def accept_drafts(parent: QWidget, services: Services, ids: list[int],
                  category_id: int | None = None) -> str:
    """Accepts the drafts (with `category_id`, or each one's suggestion) and returns what
    happened, for the view to show: "Accepted 2. Not accepted: …"."""
    calendar = services.calendar
    result = calendar.accept(ids, category_id)
    accepted = len(result.accepted)
    reasons = [why for draft_id, why in result.skipped if draft_id not in result.overlaps]
    categories = {c.id: c for c in services.categories.all()}
    zone = services.profiles.profile().zone
    for draft_id, problem in result.overlaps.items():
        candidate = calendar.candidate(calendar.get(draft_id), category_id)
        choice = ask_overlap(parent, candidate, problem, categories, zone)
        if choice is None:
            reasons.append("left as a draft")
            continue
        again = calendar.accept([draft_id], category_id, choice)
        accepted += len(again.accepted)
        reasons += [why for _, why in again.skipped]
    text = f"Accepted {accepted}." if accepted else ""
    if reasons:
        text += " Not accepted: " + "; ".join(reasons[:3])
    return text.strip()
