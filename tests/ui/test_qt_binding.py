"""Guards against a Qt binding that would crash a long-running app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    """PySide6 6.12.0 on Python 3.11 decrements None's count on every call returning None;
    the timer's label alone makes such calls every second, so the app would die within
    hours. (From Python 3.12 on None is immortal and its count does not move.)"""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("0:00:01")
    assert sys.getrefcount(None) - before > -100
