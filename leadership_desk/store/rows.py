"""Mapping between database rows and domain objects."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.categories import Category, Kind


def to_epoch(instant: datetime) -> int:
    return int(instant.timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def activity_from_row(row: dict[str, Any]) -> Activity:
    return Activity(
        id=row["id"],
        category_id=row["category_id"],
        start=from_epoch(row["start_utc"]),
        end=None if row["end_utc"] is None else from_epoch(row["end_utc"]),
        zone=row["zone"],
        title=row["title"],
        note=row["note"],
        school=row.get("school_id"),
    )


def activity_to_row(activity: Activity) -> dict[str, Any]:
    row: dict[str, Any] = {
        "category_id": activity.category_id,
        "start_utc": to_epoch(activity.start),
        "end_utc": None if activity.end is None else to_epoch(activity.end),
        "zone": activity.zone,
        "title": activity.title,
        "note": activity.note,
        "school_id": activity.school,
    }
    if activity.id is not None:
        row["id"] = activity.id
    return row


def category_from_row(row: dict[str, Any]) -> Category:
    return Category(
        id=row["id"],
        slug=row["slug"],
        name=row["name"],
        kind=Kind(row["kind"]),
        color=row["color"],
        high_leverage=bool(row["high_leverage"]),
        favourite=bool(row["favourite"]),
        archived=bool(row["archived"]),
        position=row["position"],
    )


def category_to_row(category: Category) -> dict[str, Any]:
    row: dict[str, Any] = {
        "slug": category.slug,
        "name": category.name,
        "kind": category.kind.value,
        "color": category.color,
        "high_leverage": int(category.high_leverage),
        "favourite": int(category.favourite),
        "archived": int(category.archived),
        "position": category.position,
    }
    if category.id is not None:
        row["id"] = category.id
    return row
