"""Export and import end to end: privacy, formats, idempotency, replacement, the roll-up."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import jsonschema
import pypdf
import pytest

from leadership_desk.domain.periods import Period
from leadership_desk.domain.profile import Profile
from leadership_desk.exchange.summary import dumps, parse_summary, schema, seal
from leadership_desk.services.container import open_services
from leadership_desk.services.export_service import FORMAT_NAMES, FORMATS, preview_text
from tests.helpers import log

NOTE = "Follow up about Jamie R. in room 12"  # the kind of words that must never leave
TITLE = "Walkthrough, grade 2"


@pytest.fixture
def principal(services):
    services.profiles.save(Profile(name="=HYPERLINK(\"http://x\")", school="Lincoln Elementary",
                                   school_id="CA-1964733", timezone="America/Los_Angeles"))
    a = log(services, "observation-walkthrough", "2026-11-16 08:00", "2026-11-16 09:00", TITLE)
    services.activities.update(a.with_changes(note=NOTE))
    log(services, "office-email", "2026-11-16 09:00", "2026-11-16 11:00", "Email")
    log(services, "feedback-coaching", "2026-11-17 08:00", "2026-11-17 09:00", "Debrief")
    return services


def period() -> Period:
    return Period(date(2026, 11, 16), date(2026, 11, 20))


def test_json_export_carries_totals_only_and_validates(principal, tmp_path):
    doc = principal.exports.build(period())
    jsonschema.Draft202012Validator(schema()).validate(doc)
    out = tmp_path / "summary.json"
    principal.exports.write(doc, "json", out)
    data = out.read_bytes()
    assert NOTE.encode() not in data and TITLE.encode() not in data
    assert parse_summary(data)["totals"]["minutes"] == {"instruction": 120,
                                                        "management": 120, "other": 0}
    record = principal.exports.history()[0]
    assert (record.format, record.file, record.first) == ("json", str(out), date(2026, 11, 16))


def test_titles_only_when_asked_and_notes_never(principal, tmp_path):
    doc = principal.exports.build(period(), include_titles=True, reflection="Need coverage")
    assert {t["title"] for t in doc["titles"]} == {TITLE, "Email", "Debrief"}
    for fmt in ("json", "csv", "pdf"):
        out = tmp_path / f"s.{fmt}"
        principal.exports.write(doc, fmt, out)
        assert NOTE.encode() not in out.read_bytes()
        assert b"Jamie" not in out.read_bytes()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "s.pdf").pages)
    assert "Jamie" not in text and "Need coverage" in text


def test_csv_opens_in_spreadsheets_without_formulas(principal, tmp_path):
    out = tmp_path / "summary.csv"
    principal.exports.write(principal.exports.build(period()), "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["school_id", "school", "principal", "date"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert rows[1][2].startswith("'=HYPERLINK")
    assert rows[1][3] == "2026-11-16"
    assert sum(float(r[-1]) for r in rows[1:]) == 240


def test_pdf_report_has_school_period_and_share(principal, tmp_path):
    out = tmp_path / "summary.pdf"
    principal.exports.write(principal.exports.build(period(), reflection="Wins: PLCs"),
                            "pdf", out)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Lincoln Elementary" in text
    assert "Nov 16 – 20, 2026" in text
    assert "Instruction share: 50%" in text
    assert "Wins: PLCs" in text and "Weekly totals" in text


def test_a_generated_school_id_is_stable(services):
    first = services.exports.school_id()
    assert first.startswith("LD-") and services.exports.school_id() == first


def ias(tmp_path, clock, name="ias.sqlite3"):
    return open_services(tmp_path / name, clock=clock, default_zone="America/Los_Angeles")


def test_round_trip_roll_up_equals_each_principals_report(tmp_path, clock):
    files = []
    expected = {}
    for n in range(3):
        p = open_services(tmp_path / f"p{n}.sqlite3", clock=clock,
                          default_zone="America/Los_Angeles")
        p.profiles.set("school_id", f"CA-{n}")
        p.profiles.set("school", f"School {n}")
        for day in range(16, 21):
            log(p, "feedback-coaching", f"2026-11-{day} 08:00", f"2026-11-{day} 08:{30 + 10 * n}")
            log(p, "office-email", f"2026-11-{day} 10:00", f"2026-11-{day} 12:00")
        out = tmp_path / f"s{n}.json"
        p.exports.write(p.exports.build(period()), "json", out)
        files.append(out)
        expected[f"CA-{n}"] = p.reports.report(period()).to_json()
        p.close()
    target = ias(tmp_path, clock)
    results = target.imports.import_paths([tmp_path])
    assert [r.status for r in results] == ["accepted"] * 3
    rows = {row.school_id: row for row in target.rollup.rows(period())}
    for school_id, report in expected.items():
        assert rows[school_id].minutes == report["minutes"]
        assert round(rows[school_id].share, 4) == report["instruction_share"]
        assert rows[school_id].days_logged == report["days_logged"]
    assert any(b.reason == "before-import" for b in target.backups.list())
    target.close()


def test_import_is_idempotent_and_newer_replaces_older(principal, tmp_path, clock):
    older = tmp_path / "older.json"
    principal.exports.write(principal.exports.build(period()), "json", older)
    clock.advance(days=1, hours=5)  # Wednesday 15:00
    log(principal, "travel", "2026-11-18 13:00", "2026-11-18 14:00")
    log(principal, "feedback-coaching", "2026-11-18 08:00", "2026-11-18 10:00")
    newer = tmp_path / "newer.json"
    principal.exports.write(principal.exports.build(Period(date(2026, 11, 18),
                                                           date(2026, 11, 20))), "json", newer)
    target = ias(tmp_path, clock)
    first = target.imports.import_paths([older])
    again = target.imports.import_paths([older])
    assert first[0].status == "accepted" and again[0].status == "duplicate"
    before = target.rollup.rows(period())[0]
    assert before.minutes["instruction"] == 120
    replaced = target.imports.import_paths([newer])[0]
    assert (replaced.status, replaced.days_replaced) == ("accepted", 3)
    after = target.rollup.rows(period())[0]
    assert after.minutes == {"instruction": 240, "management": 120, "other": 60}
    target.close()

    # the other order: the older file arriving last never overwrites the newer days
    late = ias(tmp_path, clock, "late.sqlite3")
    late.imports.import_paths([newer])
    result = late.imports.import_paths([older])[0]
    assert (result.status, result.days_kept, result.days_replaced) == ("accepted", 3, 2)
    assert late.rollup.rows(period())[0].minutes == after.minutes
    late.close()


def test_overlapping_periods_are_never_counted_twice(principal, tmp_path, clock):
    week = tmp_path / "week.json"
    principal.exports.write(principal.exports.build(period()), "json", week)
    clock.advance(hours=1)
    days = tmp_path / "two-days.json"
    principal.exports.write(principal.exports.build(
        Period(date(2026, 11, 16), date(2026, 11, 17))), "json", days)
    target = ias(tmp_path, clock)
    target.imports.import_paths([week, days])
    assert target.rollup.rows(period())[0].minutes["instruction"] == 120
    target.close()


def test_one_bad_file_never_stops_the_others_nor_leaves_half_an_import(principal, tmp_path,
                                                                       clock):
    good = tmp_path / "a-good.json"
    principal.exports.write(principal.exports.build(period()), "json", good)
    (tmp_path / "b-broken.json").write_text("{")
    edited = json.loads(good.read_text())
    edited["totals"]["days_logged"] = 99
    (tmp_path / "c-edited.json").write_text(json.dumps(edited))
    newer = json.loads(good.read_text())
    newer["version"] = 7
    (tmp_path / "d-newer.json").write_bytes(dumps(newer))
    target = ias(tmp_path, clock)
    results = target.imports.import_paths([tmp_path])
    assert [(r.status, r.reason.split(" (")[0][:40]) for r in results] == [
        ("accepted", ""),
        ("rejected", "This is not a Leadership Desk summary"),
        ("rejected", "This summary was damaged or edited after"),
        ("rejected", "This summary was made by a newer version"),
    ]
    # a summary whose school row cannot be written leaves nothing of itself behind
    other = json.loads(good.read_text())
    other["export_id"] = "00000000-0000-4000-8000-000000000000"
    other["school"]["id"] = "CA-OTHER"
    other["generated_at"] = "not a date"
    result = target.imports.import_bytes(dumps(seal({k: v for k, v in other.items()
                                                     if k != "checksum"})), "x.json")
    assert result.status == "rejected"
    assert [row.school_id for row in target.rollup.rows()] == ["CA-1964733"]
    target.close()


def test_roll_up_flags(principal, tmp_path, clock):
    out = tmp_path / "s.json"
    principal.exports.write(principal.exports.build(period()), "json", out)
    clock.advance(days=15)
    target = ias(tmp_path, clock)
    target.imports.import_paths([out])
    row = target.rollup.rows()[0]
    assert "below goal" in row.flags and "no summary for 2 weeks" in row.flags
    assert row.hours_logged == 4.0
    assert row.to_json()["instruction_share"] == 0.5
    target.close()


def file_text(path) -> str:
    """What a reader of the file sees: the JSON as text, the CSV cells, the PDF's words."""
    if path.suffix == ".pdf":
        return " ".join(" ".join(page.extract_text() for page in
                                 pypdf.PdfReader(path).pages).split())
    return path.read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize("titles", [False, True])
@pytest.mark.parametrize("reflection", ["", "Need coverage on Fridays"])
def test_every_file_holds_exactly_what_its_record_and_the_preview_say(principal, tmp_path,
                                                                       titles, reflection):
    doc = principal.exports.build(period(), include_titles=titles, reflection=reflection)
    preview = preview_text(doc)
    for fmt in FORMATS:
        principal.exports.write(doc, fmt, tmp_path / f"s.{fmt}")
    records = {r.format: r for r in principal.exports.history()}
    assert set(records) == set(FORMATS)
    for fmt, record in records.items():
        text = file_text(tmp_path / f"s.{fmt}")
        for title in (TITLE, "Debrief"):
            assert (title in text) is record.included_titles, (fmt, title)
        if reflection:
            assert (reflection in text) is record.included_reflection, fmt
        else:
            assert not record.included_reflection
        said = next(line for line in preview.splitlines()
                    if line.strip().startswith(f"• {FORMAT_NAMES[fmt]}:"))
        assert ("no activity titles" not in said) is record.included_titles, said
        assert ("no reflection" not in said) is record.included_reflection, said
    assert records["json"].included_titles is titles
    assert records["pdf"].included_titles is titles
    assert records["pdf"].included_reflection is bool(reflection)


def test_a_file_said_to_carry_the_reflection_without_titles_reads_unambiguously():
    from leadership_desk.services.export_service import file_contents

    doc = {"reflection": "Wins: feedback every week."}  # titles left out
    assert file_contents(doc, "pdf") == ("totals by kind, category and week (not by day); "
                                         "no activity titles; with the reflection")
