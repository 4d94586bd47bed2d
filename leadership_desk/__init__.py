"""Leadership Desk: a principal's time log, instruction vs management."""

__version__ = "0.1.0"
APP_NAME = "Leadership Desk"

