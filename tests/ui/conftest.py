"""Fixtures for the GUI tests: a main window over the test database."""

from __future__ import annotations

import pytest

from leadership_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services):
    """The main window at a school laptop's size, closed before its database is."""
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()  # before the services fixture closes the database
