"""The one suggestion engine behind calendar drafts and quick entry: the principal's own
history first, then the keywords shipped with the default categories."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from zoneinfo import ZoneInfo

from leadership_desk.domain.periods import local_date
from leadership_desk.domain.suggestions import PastTitle, Suggestion, suggest
from leadership_desk.resources import read_text
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.rows import from_epoch
from leadership_desk.store.sqlite import Database

Suggester = Callable[[str], Suggestion]


@cache
def _keyword_rules() -> dict[str, list[str]]:
    return json.loads(read_text("calendar_keywords.json"))["keywords"]


def make_suggester(db: Database, zone: ZoneInfo) -> Suggester:
    """A function from a title to a suggestion, over the log as it is now (read once)."""
    by_slug = {c.slug: c.id for c in CategoryRepository(db).all() if not c.archived}
    active = set(by_slug.values())
    history = [PastTitle(title, category_id, local_date(from_epoch(start), zone))
               for title, category_id, start in ActivityRepository(db).title_history()
               if category_id in active]
    keywords = keywords_by_category(db)
    return lambda title: suggest(title, history, keywords)


def keywords_by_category(db: Database) -> dict[int, list[str]]:
    """The shipped keywords of each current category, by category id."""
    by_slug = {c.slug: c.id for c in CategoryRepository(db).all() if not c.archived}
    return {by_slug[slug]: phrases for slug, phrases in _keyword_rules().items()
            if slug in by_slug}
