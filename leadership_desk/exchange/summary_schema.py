"""The summary's JSON Schema check, fast enough for a county importing thousands of files.

The schema is compiled once to Python code (fastjsonschema). Most of a summary is its list
of days, and the compiled code checks each of their numbers and category names through
general rules; a direct loop below checks the days as the schema says, and the compiled
code checks the rest. The loop may only be stricter than the schema, never looser: when it
doubts, the whole document goes through the compiled schema, and it is used only while the
schema's `days` rule is exactly the one it was written for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

# The schema's rule for `days`, as the loop in `days_keep_schema` implements it.
_NUMBER = {"type": "number", "minimum": 0}
DAYS_RULE = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["date", "minutes", "by_category"],
        "additionalProperties": False,
        "properties": {
            "date": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
            "minutes": {
                "type": "object",
                "required": ["instruction", "management", "other"],
                "properties": {"instruction": _NUMBER, "management": _NUMBER,
                               "other": _NUMBER},
                "additionalProperties": False,
            },
            "by_category": {
                "type": "object",
                "additionalProperties": _NUMBER,
                "propertyNames": {"pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            },
        },
    },
}
# fastjsonschema reads a pattern's final $ as \Z (no newline before the end): so do these
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
_DAY_KEYS = frozenset(("date", "minutes", "by_category"))
_KIND_KEYS = frozenset(("instruction", "management", "other"))


def days_keep_schema(days: Any) -> bool:
    """True only if every day keeps DAYS_RULE (False may also mean: ask the schema)."""
    if type(days) is not list:
        return False
    slugs: set[str] = set()
    for item in days:
        if type(item) is not dict or item.keys() != _DAY_KEYS:
            return False
        day, minutes, cats = item["date"], item["minutes"], item["by_category"]
        if type(day) is not str or not _DATE.match(day):
            return False
        if type(minutes) is not dict or minutes.keys() != _KIND_KEYS:
            return False
        for value in minutes.values():
            if (type(value) is not float and type(value) is not int) or not value >= 0:
                return False
        if type(cats) is not dict:
            return False
        for slug, value in cats.items():
            if (type(value) is not float and type(value) is not int) or not value >= 0:
                return False
            if slug not in slugs:
                if not _SLUG.match(slug):
                    return False
                slugs.add(slug)
    return True


def _compile(schema: dict[str, Any]) -> Callable[[Any], Any]:
    import fastjsonschema

    return fastjsonschema.compile(schema, use_formats=False, use_default=False)


def compile_schema(schema: dict[str, Any]) -> Callable[[Any], Any]:
    """A validator for `schema` that raises fastjsonschema's JsonSchemaValueException on the
    first problem, like the compiled schema, only faster on a summary's days."""
    whole = cache(lambda: _compile(schema))
    if schema.get("properties", {}).get("days") != DAYS_RULE:
        return whole()  # a schema this shortcut was not written for: the general check
    rest = _compile({**schema, "properties": {**schema["properties"],
                                              "days": {"type": "array"}}})

    def validate(doc: Any) -> Any:
        if isinstance(doc, dict) and days_keep_schema(doc.get("days")):
            return rest(doc)
        return whole()(doc)

    return validate
