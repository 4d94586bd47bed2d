"""Every screen at a school laptop's sizes: the main window (every tab) and every dialog at
1024x600 and 1366x768 keep the size they were given, and every one-line text fits its widget
(or is shortened with '…' and whole in its tooltip). Dialogs are also opened at those
screens' sizes at 150% scaling."""

from __future__ import annotations

import pytest

from leadership_desk.ui.main_window import MainWindow
from tests.helpers import log
from tests.ui.screens import (
    SCALED_SCREENS,
    SCREENS,
    TASKBAR_AND_TITLE,
    cut_texts,
    dialogs,
    from_elsewhere,
)
from tests.ui.test_summaries_gui import make_summaries


@pytest.fixture
def filled(services, tmp_path, clock):
    """A log with a day of activities, an export, and imported schools."""
    log(services, "office-email", "2026-11-16 08:00", "2026-11-16 09:00", "Email")
    log(services, "feedback-coaching", "2026-11-16 09:00", "2026-11-16 10:30", "Debrief")
    doc = services.exports.build(services.exports.default_period(), reflection="Wins")
    for fmt in ("json", "pdf"):
        services.exports.write(doc, fmt, tmp_path / f"a very long file name for a summary.{fmt}")
    make_summaries(tmp_path, clock, count=2)
    services.imports.import_paths([tmp_path / "inbox"])
    return services


def settle(qtbot, widget):
    widget.layout().activate()
    qtbot.waitExposed(widget)


@pytest.mark.parametrize("screen", SCREENS + SCALED_SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_keeps_its_size_and_its_texts_fit_on_every_tab(qtbot, filled, screen):
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is window.dashboard_tab:
            with qtbot.waitSignal(window.dashboard_page.loaded, timeout=20000):
                pass
        settle(qtbot, window)
        found[window.tabs.tabText(index)] = [p for p in cut_texts(window)
                                             if not from_elsewhere(p)]
        assert (window.width(), window.height()) == screen, window.tabs.tabText(index)
    window.close()
    assert found == {name: [] for name in found}


@pytest.mark.parametrize("screen", SCREENS + SCALED_SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_dialog_fits_the_screen_and_its_texts_fit(qtbot, filled, tmp_path, screen):
    room = (screen[0], screen[1] - TASKBAR_AND_TITLE)
    problems = {}
    for name, make in dialogs(filled, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        given = (min(dialog.width(), room[0]), min(dialog.height(), room[1]))
        dialog.resize(*given)
        settle(qtbot, dialog)
        found = [p for p in cut_texts(dialog) if not from_elsewhere(p)]
        if (dialog.width(), dialog.height()) != given:
            found.append(f"grew from {given} to {(dialog.width(), dialog.height())}")
        if dialog.minimumSizeHint().height() > room[1]:
            found.append(f"needs {dialog.minimumSizeHint().height()} px of height")
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}
