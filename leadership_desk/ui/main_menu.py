"""The main window's menus, actions and keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from leadership_desk import APP_NAME


def build_menus(window) -> None:
    """Creates the menus and their actions, and keeps the ones the window updates."""
    menu = window.menuBar()
    file_menu = menu.addMenu("&File")
    window.settings_action = _action(
        window, file_menu, "&Settings…", QKeySequence.StandardKey.Preferences, window.open_settings
    )
    window.categories_action = _action(
        window, file_menu, "&Categories…", "Ctrl+Shift+K", window.open_categories
    )
    window.planning_action = _action(
        window, file_menu, "School calendar and &protected blocks…", None, window.open_planning
    )
    file_menu.addSeparator()
    window.calendar_action = _action(
        window,
        file_menu,
        "Import &calendar (.ics)…",
        "Ctrl+Shift+L",
        lambda: window.calendar_actions.choose_and_import(window.day_page.day),
    )
    window.export_action = _action(
        window,
        file_menu,
        "&Export summary for my IAS…",
        "Ctrl+Shift+E",
        window.export_for_role,
    )
    _action(window, file_menu, "What I have &shared…", None, window.summary_actions.show_history)
    _action(window, file_menu, "&Import summaries (IAS)…", "Ctrl+Shift+I", window._import_summaries)
    file_menu.addSeparator()
    window.backup_action = _action(
        window, file_menu, "&Back up now", "Ctrl+Shift+B", window.backup_actions.back_up_now
    )
    _action(window, file_menu, "Back up &to…", None, window.backup_actions.back_up_to)
    window.restore_action = _action(
        window, file_menu, "&Restore from backup…", None, window.backup_actions.restore
    )
    file_menu.addSeparator()
    _action(window, file_menu, "&Quit", QKeySequence.StandardKey.Quit, window.close)

    edit_menu = menu.addMenu("&Edit")
    window.undo_action = _action(
        window, edit_menu, "&Undo", QKeySequence.StandardKey.Undo, window.undo
    )
    window.redo_action = _action(window, edit_menu, "&Redo", "Ctrl+Shift+Z", window.redo)
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addSeparator()
    window.quick_entry_action = _action(
        window, edit_menu, "&Quick entry…", "Ctrl+L", lambda: window.quick_entry()
    )
    window.review_action = _action(
        window, edit_menu, "&Review my day…", "Ctrl+R", lambda: window.review_day()
    )
    window.add_action = _action(
        window, edit_menu, "&Add activity…", "Ctrl+N", lambda: window.add_activity()
    )
    window.edit_action = _action(
        window, edit_menu, "&Edit activity…", "Ctrl+E", window.day_page.edit_selected
    )
    window.delete_action = _action(
        window,
        edit_menu,
        "&Delete activity",
        QKeySequence.StandardKey.Delete,
        window.day_page.delete_selected,
    )

    timer_menu = menu.addMenu("&Timer")
    window.stop_action = _action(window, timer_menu, "&Stop", "Ctrl+.", window.stop_timer)
    window.other_action = _action(window, timer_menu, "Start &another category…", "Ctrl+0",
                                  window.start_other)
    window.rename_action = _action(window, timer_menu, "&Rename what is running", "F2",
                                   window.rename_running)
    timer_menu.addSeparator()
    window.favourite_actions: list[QAction] = []
    for number in range(1, 9):
        action = _action(
            window,
            timer_menu,
            f"Start button {number}",
            f"Ctrl+{number}",
            lambda _=False, n=number: window._start_favourite(n),
        )
        window.favourite_actions.append(action)

    view_menu = menu.addMenu("&View")
    _action(window, view_menu, "My &day", "Ctrl+D", lambda: window.tabs.setCurrentIndex(0))
    window.dashboard_action = _action(
        window, view_menu, "Das&hboard", "Ctrl+B", window.show_dashboard
    )
    _action(window, view_menu, "&Schools (IAS)", "Ctrl+Shift+S", window.show_schools)
    view_menu.addSeparator()
    _action(window, view_menu, "&Previous day", "Alt+Left", window.day_page.go_previous)
    _action(window, view_menu, "&Next day", "Alt+Right", window.day_page.go_next)
    _action(window, view_menu, "&Today", "Ctrl+T", window.day_page.go_today)
    _action(window, view_menu, "&Go to date…", "Ctrl+G", lambda: go_to_date(window))

    help_menu = menu.addMenu("&Help")
    _action(window, help_menu, "&Keyboard shortcuts", "F1", window.show_shortcuts)
    _action(window, help_menu, f"&About {APP_NAME}", None, window.show_about)


def _action(window, menu, text, shortcut, slot) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def go_to_date(window) -> None:
    """Asks for a date typed in any usual way and shows that day."""
    from leadership_desk.ui.go_to_date_dialog import GoToDateDialog

    day = GoToDateDialog.ask(window, window.day_page.day)
    if day is not None:
        window.tabs.setCurrentIndex(0)
        window.day_page.go_to(day)
