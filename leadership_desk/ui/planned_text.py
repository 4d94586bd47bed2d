"""The day's protected blocks in words, for the day view and the day review."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from leadership_desk.domain.blocks import PlannedItem
from leadership_desk.domain.categories import Category


def day_blocks_text(blocks: list[tuple[PlannedItem, bool | None]], zone: ZoneInfo,
                    categories: dict[int, Category]) -> str:
    """'Protected blocks: 08:30–10:00 Walkthroughs (kept); 13:00–14:00 PLC (planned)'."""
    if not blocks:
        return ""
    parts = []
    for item, kept in blocks:
        category = categories.get(item.category_id)
        what = item.title or (category.name if category else "")
        state = ("planned" if kept is None else
                 "kept" if kept else "not logged as instruction")
        parts.append(f"{item.start.astimezone(zone):%H:%M}–{item.end.astimezone(zone):%H:%M} "
                     f"{what} ({state})")
    return ("Protected blocks: " + "; ".join(parts)
            + ". They count once you log what you did.")
