"""The app's log file: where the details of anything unexpected go, for the GUI and the CLI."""

from __future__ import annotations

import logging
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from leadership_desk.paths import log_dir

log = logging.getLogger("leadership_desk")


def setup_logging() -> str:
    """Logs to a file in the user's log folder (a windowed build has no console); returns
    its path. Calling it again reuses the handler already set up."""
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "leadership-desk.log"
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        path = Path(tempfile.gettempdir()) / "leadership-desk.log"
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return str(path)
