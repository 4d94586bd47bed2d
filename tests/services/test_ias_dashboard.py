"""The IAS dashboard's data: support per school this month and year, visits, need."""

from __future__ import annotations

from datetime import date

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.roles import Role
from tests.helpers import local
from tests.services.test_rollup import summary


def visit(s, slug, start, end, school=None, name=None):
    s.visits.add(Activity(category_id=s.categories.by_slug(slug).id, start=local(start),
                          end=local(end), zone="America/Los_Angeles", school=school), name)


def test_support_per_school_and_the_principals_share(services, tmp_path, clock):
    services.roles.set_role(Role.IAS)
    # A1's principal: 30 instruction and 90 management minutes a day: 25%
    (tmp_path / "a1.json").write_bytes(summary("A1", (30, 90), (30, 90)))
    services.imports.import_paths([tmp_path / "a1.json"])
    visit(services, "ias-coaching", "2026-11-16 08:00", "2026-11-16 10:00", "A1")
    visit(services, "ias-personnel", "2026-11-16 10:00", "2026-11-16 10:30", "A1")
    visit(services, "ias-teams", "2026-10-20 08:00", "2026-10-20 09:00", "B2", "Burbank")
    visit(services, "ias-travel", "2026-11-16 10:30", "2026-11-16 11:00")
    data = services.ias_dashboard.load()
    assert data.today == date(2026, 11, 17)
    schools = {s.school_id: s for s in data.schools}
    assert set(schools) == {"A1", "B2"}
    a1, b2 = schools["A1"], schools["B2"]
    assert (a1.month_hours, a1.year_hours, a1.year_instruction_hours) == (2.5, 2.5, 2.0)
    assert (b2.month_hours, b2.year_hours, b2.year_instruction_hours) == (0, 1.0, 1.0)
    assert a1.last_visit == date(2026, 11, 16) and b2.last_visit == date(2026, 10, 20)
    assert a1.principal_share == 0.25 and b2.principal_share is None
    # the own share: 3 h instruction (A1 2 h, B2 1 h), 0.5 h management, travel left out
    weeks = {w.week_start: w.share for w in data.weeks if w.share is not None}
    assert weeks == {date(2026, 10, 19): 1.0, date(2026, 11, 16): 2 / 2.5}
