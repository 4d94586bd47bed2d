"""Start-up: the first-run form, a timer left running by a crash, and a lean start."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest

from leadership_desk.app import prepare
from leadership_desk.domain.profile import Profile
from leadership_desk.services.container import open_services
from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.first_run_dialog import FirstRunDialog


def test_first_run_asks_once(qtbot, tmp_path, clock, monkeypatch):
    s = open_services(tmp_path / "fresh.sqlite3", clock=clock, default_zone="America/Denver")
    seen = []

    def ask(cls, parent, profile, categories, *_more, **_options):
        seen.append(profile)
        return Profile(name="Dana", school="Hoover", timezone=profile.timezone)

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(ask))
    window = prepare(s)
    qtbot.addWidget(window)
    assert seen[0].timezone == "America/Denver"  # the computer's zone by default
    assert s.profiles.profile().name == "Dana" and s.profiles.is_set_up()
    window.close()
    second = prepare(s)
    qtbot.addWidget(second)
    assert len(seen) == 1
    second.close()
    s.close()


def test_closing_the_first_run_form_saves_nothing(tmp_path, clock, monkeypatch):
    s = open_services(tmp_path / "fresh.sqlite3", clock=clock)
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, *a: None))
    assert prepare(s) is None
    assert not s.profiles.is_set_up()
    s.close()


@pytest.mark.parametrize(("answer", "expected_running"), [(0, False), (1, True), (None, False)])
def test_timer_left_running_by_a_crash(qtbot, services, clock, monkeypatch, answer,
                                       expected_running):
    services.activities.start(services.categories.by_slug("office-email").id)
    clock.advance(minutes=40)
    services.profiles.mark_seen(clock.now)
    last_seen = clock.now.replace(microsecond=0)
    clock.advance(hours=15)  # the app died; it is opened the next morning
    questions = []

    def ask(cls, parent, title, message, options):
        questions.append(message)
        return answer

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(ask))
    window = prepare(services)
    qtbot.addWidget(window)
    window.close()
    assert "was still running" in questions[0]
    running = services.activities.running()
    assert (running is not None) is expected_running
    if not expected_running:
        assert services.activities.get(1).end == last_seen
        assert services.activities.get(1).duration(clock.now) == timedelta(minutes=40)


def test_opening_the_main_window_does_not_import_matplotlib(tmp_path):
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        "from leadership_desk.app import run_app; "
        "code = run_app(db=sys.argv[1], smoke_test=True); "
        "assert code == 0, code; "
        "assert not [m for m in sys.modules if m.startswith('matplotlib')]"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.sqlite3")],
                            capture_output=True, text=True, timeout=120,
                            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "main window painted" in result.stdout


def test_the_ias_demo_opens_on_the_sample_network_and_leaves_nothing_behind(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "leadership_desk", "--demo", "ias", "--smoke-test"],
        capture_output=True, text=True, timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
             "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "main window painted" in result.stdout
    assert not list(tmp_path.glob("leadership-desk-demo-*"))  # the sample went with the app


def test_a_set_up_log_paints_without_sqlite_utils_or_the_first_run_form(tmp_path):
    log = tmp_path / "s.sqlite3"
    # made and migrated in another process: only an up-to-date log must start without it
    subprocess.run([sys.executable, "-m", "leadership_desk", "demo", "--db", str(log),
                    "--days", "10"], check=True, capture_output=True, timeout=120,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        "from leadership_desk.app import run_app; "
        "code = run_app(db=sys.argv[1], smoke_test=True); "
        "assert code == 0, code; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlite_utils', 'click', 'pluggy') or m == 'leadership_desk.ui.first_run_dialog'))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(log)],
                            capture_output=True, text=True, timeout=120,
                            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "main window painted" in result.stdout
    assert result.stdout.splitlines()[-1] == "[]"
