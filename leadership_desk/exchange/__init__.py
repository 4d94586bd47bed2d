"""File formats (summary JSON, CSV, calendars), pure on bytes and text."""
