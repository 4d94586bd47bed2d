"""Quitting while work runs in the background: the work is stopped (an import, between
files) or finished (anything that writes), and nothing reports to a closed window."""

from __future__ import annotations

import logging
import threading

from leadership_desk.ui.worker import Worker


def test_closing_stops_a_cancellable_job_at_its_next_step(qtbot, window, caplog):
    started, steps = threading.Event(), []

    def job(progress):
        started.set()
        for step in range(10_000):
            steps.append(step)
            progress(step, 10_000)  # raises once the window is closing
            threading.Event().wait(0.001)  # a file's worth of work
        return "all done"

    worker = Worker(job, with_progress=True, cancellable=True)
    finished = []
    worker.signals.finished.connect(finished.append)
    worker.start()
    assert started.wait(10)
    with caplog.at_level(logging.INFO, logger="leadership_desk"):
        window.close()
    assert Worker.running() == []
    assert len(steps) < 10_000 and finished == []
    assert "stopped because the app is closing" in caplog.text
    assert "Background task failed" not in caplog.text


def test_closing_waits_for_a_job_that_writes(qtbot, window):
    release, done = threading.Event(), []

    def job():
        release.wait(10)
        done.append("written")
        return "written"

    worker = Worker(job)
    worker.start()
    threading.Timer(0.05, release.set).start()
    window.close()  # returns only once the job is over
    assert done == ["written"] and Worker.running() == []


def test_a_job_whose_window_is_gone_ends_quietly(qtbot, caplog, capfd):
    release = threading.Event()
    worker = Worker(lambda: release.wait(10))
    signals = worker.signals
    worker.start()
    signals.deleteLater()
    qtbot.waitUntil(lambda: not _alive(signals))
    with caplog.at_level(logging.INFO, logger="leadership_desk"):
        release.set()
        qtbot.waitUntil(lambda: Worker.running() == [])
    assert "finished after its window closed" in caplog.text
    assert "Error calling Python override" not in capfd.readouterr().err


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
