"""Finds the files in resources/ from the source tree, an installed wheel or the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding the shipped resources (default categories, stylesheet, icons)."""
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # installed wheel: copied inside the package
        here.parent / "resources",  # source tree or editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "categories.json").is_file():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall Leadership Desk.")


def read_text(name: str) -> str:
    """The text of one shipped resource file."""
    return (resources_dir() / name).read_text(encoding="utf-8")
