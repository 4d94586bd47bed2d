"""The send-to folder, the weekly summary and the IAS's watched folder, on real files."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime

import pytest

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.summary_folders import FolderSettings
from leadership_desk.errors import StorageError, ValidationError
from leadership_desk.services.container import open_services
from leadership_desk.services.summary_folder_service import notice
from tests.helpers import local, log
from tests.services.test_rollup import summary


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def ias(tmp_path, clock):
    s = open_services(tmp_path / "ias" / "ias.sqlite3", clock=clock,
                      default_zone="America/Los_Angeles")
    yield s
    s.close()


def test_export_goes_to_the_send_to_folder_under_one_name_per_period(services, shared):
    services.folders.save(FolderSettings(send_to=str(shared)))
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    first = services.folders.send()
    second = services.folders.send()  # the same period again
    # the school year to date on Tuesday 2026-11-17 (the clock fixture), from the first day
    # logged
    name = f"Leadership Desk summary {services.exports.school_id()} 2026-11-16 to 2026-11-17.json"
    assert [p.name for p in shared.iterdir()] == [name]
    doc = json.loads((shared / name).read_text())
    assert doc["export_id"] == second.export_id != first.export_id
    assert doc["totals"]["minutes"]["instruction"] == 60


def test_re_exporting_replaces_the_file_whole_or_not_at_all(services, shared, monkeypatch):
    services.folders.save(FolderSettings(send_to=str(shared)))
    services.folders.send()
    (path,) = shared.iterdir()
    before = path.read_bytes()

    def disk_fails(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_fails)
    with pytest.raises(StorageError):
        services.folders.send()
    assert path.read_bytes() == before  # the old file is whole, no partial one beside it
    assert [p.name for p in shared.iterdir()] == [path.name]


def test_the_send_to_folder_must_exist_and_is_never_the_live_log_s_folder(services, tmp_path):
    with pytest.raises(ValidationError, match="live log"):
        services.folders.save(FolderSettings(send_to=str(services.path.parent)))
    with pytest.raises(ValidationError, match="does not exist"):
        services.folders.save(FolderSettings(send_to=str(tmp_path / "nowhere")))
    with pytest.raises(ValidationError, match="send-to folder first"):
        services.folders.save(FolderSettings(weekly=True))
    assert services.folders.settings() == FolderSettings()


def test_the_weekly_summary_leaves_once_from_friday_15_00_with_totals_only(
        services, shared, clock):
    category = services.categories.by_slug("feedback-coaching")
    services.activities.add(Activity(
        category_id=category.id, start=local("2026-11-16 08:00"), end=local("2026-11-16 09:00"),
        zone="America/Los_Angeles", title="Debrief with Ms. Ortiz",
        note="Jamie R. struggled with fractions"))
    services.folders.save(FolderSettings(send_to=str(shared)))
    clock.now = datetime(2026, 11, 20, 23, 0, tzinfo=UTC)  # Friday 15:00 in Los Angeles
    assert services.folders.send_weekly_if_due() is None  # off by default
    services.folders.save(FolderSettings(send_to=str(shared), weekly=True))
    clock.now = datetime(2026, 11, 20, 22, 59, tzinfo=UTC)  # 14:59
    assert services.folders.send_weekly_if_due() is None
    clock.now = datetime(2026, 11, 20, 23, 0, tzinfo=UTC)
    record = services.folders.send_weekly_if_due()
    # the school year to date, from the first day logged
    assert (record.first, record.last) == (date(2026, 11, 16), date(2026, 11, 20))
    text = (shared / os.path.basename(record.file)).read_text()
    assert "Jamie" not in text and "Ortiz" not in text and '"titles"' not in text
    clock.now = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)  # Saturday: sent already
    assert services.folders.send_weekly_if_due() is None
    clock.now = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # the next Friday
    assert services.folders.send_weekly_if_due().last == date(2026, 11, 27)
    assert len(list(shared.iterdir())) == 2


def test_the_watched_folder_imports_new_and_changed_files_once(ias, shared):
    (shared / "lincoln.json").write_bytes(summary("Lincoln", (60, 40), (50, 50)))
    (shared / "broken.json").write_text("{not json")
    (shared / "notes.txt").write_text("not a summary")
    ias.folders.save(FolderSettings(watched=str(shared)))
    results = ias.folders.import_folder()
    assert sorted((os.path.basename(r.file), r.status) for r in results) == [
        ("broken.json", "rejected"), ("lincoln.json", "accepted")]
    assert notice(results) == "1 new summary came in, 1 was refused."
    assert ias.folders.import_folder() == []  # nothing new: nothing read, nothing said
    (shared / "roosevelt.json").write_bytes(summary("Roosevelt", (60, 40), (60, 40)))
    (shared / "broken.json").write_bytes(summary("Broken no more", (60, 40), (60, 40)))
    results = ias.folders.import_folder()
    assert sorted((os.path.basename(r.file), r.status) for r in results) == [
        ("broken.json", "accepted"), ("roosevelt.json", "accepted")]
    assert sorted(r.school for r in ias.rollup.rows()) == ["Broken no more", "Lincoln",
                                                           "Roosevelt"]


def test_a_missing_watched_folder_says_so(ias, shared):
    ias.folders.save(FolderSettings(watched=str(shared)))
    shared.rmdir()
    with pytest.raises(ValidationError, match="cannot be found"):
        ias.folders.import_folder()


def test_config_words_for_the_folder_settings(services, shared):
    assert services.folders.get("send_to_folder") == "off"
    services.folders.set("send_to_folder", str(shared))
    services.folders.set("send_weekly", "on")
    assert (services.folders.get("send_to_folder"), services.folders.get("send_weekly")) \
        == (str(shared), "on")
    with pytest.raises(ValidationError, match="not on or off"):
        services.folders.set("send_weekly", "maybe")
