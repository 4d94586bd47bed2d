"""Use cases: logging, undo, reports, categories, settings, demo data. They own transactions."""
