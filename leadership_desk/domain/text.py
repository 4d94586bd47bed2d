"""User text at the boundary: kept as text, minus the characters that would act on a
terminal (ESC), cut a name short (NUL) or reorder what is shown (bidirectional overrides)."""

from __future__ import annotations

import unicodedata

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def is_control(ch: str) -> bool:
    """A character no name, title or reflection needs."""
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def one_line(text: str) -> str:
    """A name or title: control characters removed, runs of white space made one space."""
    # white space (tab, line breaks) is kept until split() turns each run into one space
    return " ".join("".join(ch for ch in text if ch.isspace() or not is_control(ch)).split())


def lines(text: str) -> str:
    """A reflection: line breaks and tabs kept, other control characters removed."""
    return "".join(ch for ch in text if ch in "\n\t" or not is_control(ch))
