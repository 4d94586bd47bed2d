"""Makes docs/day-view.png: the main window on demo data at a school laptop's 1366x768."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from leadership_desk.app import make_demo_database, prepare
from leadership_desk.resources import read_text
from leadership_desk.services.container import open_services


def main(out: str) -> None:
    app = QApplication([])
    app.setStyleSheet(read_text("style.qss"))
    services = open_services(make_demo_database())
    window = prepare(services, ask_user=False)
    window.resize(1366, 768)
    window.show()
    # show the most recent day with activities
    for _ in range(7):
        if window.day_page.model.rowCount():
            break
        window.day_page.go_previous()
    app.processEvents()
    window.grab().save(out)
    window.close()
    services.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("day-view.png")))
