"""The IAS's sample desk: real summaries imported, each showing a case the Schools view flags."""

from __future__ import annotations

from datetime import UTC, datetime

from leadership_desk.services.container import open_services
from leadership_desk.services.network_demo import SAMPLE_SCHOOLS, fill_network_demo

NOW = datetime(2026, 11, 20, 23, 0, tzinfo=UTC)  # a Friday afternoon in Los Angeles


def test_the_sample_network_is_imported_with_each_case_flagged(tmp_path):
    services = open_services(tmp_path / "ias.sqlite3", clock=lambda: NOW)
    try:
        count = fill_network_demo(services, now=NOW)
        assert services.profiles.profile().is_ias
        rows = {row.school: row.flags for row in services.rollup.rows()}
        assert len(rows) == len(SAMPLE_SCHOOLS) == 8
        assert "falling" in rows["Washington Elementary"]  # 80% sliding to 20%
        assert "no summary for 2 weeks" in rows["Madison Middle"]  # ends 3 weeks ago
        assert "logged on under 60% of school days" in rows["Cesar Chavez Elementary"]
        assert rows["Jefferson Elementary"] == ["below goal"]
        # the IAS's own visits name the sample schools
        hours = services.visits.support_hours(services.reports.period("year"))
        assert count > 0 and set(hours) == {f"CA-DEMO-{n:03d}" for n in range(1, 9)}
    finally:
        services.close()

