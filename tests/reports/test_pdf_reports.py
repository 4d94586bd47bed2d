"""The PDF reports read back as printed: one page size, half-inch margins, nothing under
8 pt, nothing off the page, and user text printed exactly as typed (never as mathtext)."""

from __future__ import annotations

import io
import math
from datetime import UTC, date, datetime, timedelta

import pypdf
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from leadership_desk.exchange.summary import CategoryDefinition, SummaryInput, build_summary
from leadership_desk.reports.pages import MARGIN
from leadership_desk.reports.rollup_pdf import rollup_pages, rollup_pdf
from leadership_desk.reports.summary_pdf import summary_pages, summary_pdf

NAUGHTY = r"Budget $\undefinedmacro$ school"
DOLLARS = "from $5 to $3"
LONG = "Supercalifragilisticexpialidocious-" * 6  # one word wider than any column


def summary(reflection: str = f"{DOLLARS}; {NAUGHTY}", weeks: int = 40,
            titles: bool = True) -> dict:
    first = date(2025, 8, 4)
    categories = [CategoryDefinition("feedback-coaching", f"Coaching {NAUGHTY}", "instruction",
                                     True),
                  CategoryDefinition("office-email", "Office work, email & communications",
                                     "management", False),
                  CategoryDefinition("travel", "Travel between sites", "other", False)]
    days = {first + timedelta(days=7 * w + d): {"feedback-coaching": 3600 * (1 + d),
                                                 "office-email": 7200, "travel": 600}
            for w in range(weeks) for d in range(5)}
    return build_summary(SummaryInput(
        export_id="e1", generated_at=datetime(2026, 6, 1, tzinfo=UTC), app_version="1",
        school_id="CA-1", school=NAUGHTY, principal=f"Pat {DOLLARS} " + LONG,
        first=first, last=first + timedelta(weeks=weeks), time_zone="America/Los_Angeles",
        goal_share=0.75, monthly_targets=[], categories=categories, days=days,
        school_days=5 * weeks, reflection=reflection,
        titles=[(f"{NAUGHTY} {i} {LONG if i == 3 else ''}", "feedback-coaching", 600 * i)
                for i in range(1, 80)] if titles else None))


def rollup_rows(count: int = 70) -> list[dict]:
    return [{"school": f"{NAUGHTY} {i}" + (LONG if i == 2 else ""),
             "principal": f"Principal {DOLLARS}", "from": "2026-08-01", "to": "2026-11-20",
             "exported_at": "2026-11-20T10:00:00+00:00", "goal_share": 0.75,
             "instruction_share": None if i == 1 else 0.5, "change": 0.001 * i,
             "minutes": {"instruction": 6000.0, "management": 6000.0, "other": 90.0},
             "days_logged": 80, "flags": ["below goal", "falling", "no summary for 2 weeks"]}
            for i in range(count)]


def read_back(data: bytes) -> tuple[set[tuple[float, float]], list[tuple[float, float, float]],
                                   str]:
    """Page sizes; (font size, x, y) of every piece of text; all the text."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    sizes, texts, words = set(), [], []
    for page in reader.pages:
        sizes.add((float(page.mediabox.width), float(page.mediabox.height)))

        def visit(text, cm, tm, _font, size):
            if text.strip():
                texts.append((size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]),
                              cm[4] + tm[4], cm[5] + tm[5]))

        page.extract_text(visitor_text=visit)
        words.append(page.extract_text())
    return sizes, texts, "\n".join(words)


def assert_printable(data: bytes, size: tuple[float, float]) -> str:
    sizes, texts, words = read_back(data)
    assert sizes == {size}
    assert min(font for font, _x, _y in texts) >= 8
    margin = 72 * 0.5
    for _font, x, y in texts:
        assert margin <= x <= size[0] - margin and margin <= y <= size[1] - margin
    assert "(null)" not in words
    return words


def assert_inside_margins(pages) -> None:
    for page in pages:
        canvas = FigureCanvasAgg(page)
        canvas.draw()
        box = page.get_tightbbox(canvas.get_renderer())
        width, height = page.get_size_inches()
        slack = 0.02  # inches, for anti-aliasing of glyph edges
        assert box.x0 >= MARGIN - slack and box.y0 >= MARGIN - slack
        assert box.x1 <= width - MARGIN + slack and box.y1 <= height - MARGIN + slack


def test_summary_pdf_is_letter_with_margins_and_readable_text():
    words = assert_printable(summary_pdf(summary()), (612, 792))
    assert DOLLARS in words and NAUGHTY in words
    assert "Activity titles (79)" in words
    assert '("no data")' in words


def test_summary_pdf_pages_keep_everything_inside_the_margins():
    assert_inside_margins(summary_pages(summary()))


@pytest.mark.parametrize("reflection", ["", "x " * 1999, "$" * 4000, "\n" * 100])
def test_any_reflection_prints(reflection):
    assert_printable(summary_pdf(summary(reflection, weeks=2, titles=False)), (612, 792))


def test_rollup_pdf_is_landscape_letter_with_margins_and_readable_text():
    data = rollup_pdf(rollup_rows(), "Schools roll-up", datetime(2026, 11, 23, 9, 0))
    words = " ".join(assert_printable(data, (792, 612)).split())
    assert f"{NAUGHTY} 69" in words and DOLLARS in words
    assert "below goal, falling, no summary for 2 weeks" in words
    assert "+0 points" not in words and "no change" in words and "+7 points" in words
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert f"page {pages} of {pages}" in words


def test_rollup_pages_keep_everything_inside_the_margins():
    assert_inside_margins(rollup_pages(rollup_rows(), "Schools roll-up",
                                       datetime(2026, 11, 23, 9, 0)))


def test_an_empty_summary_prints_the_same_way():
    words = assert_printable(summary_pdf(summary("", weeks=0, titles=False)), (612, 792))
    assert "No time logged in this period" in words and "no data" in words
    assert_inside_margins(summary_pages(summary("", weeks=0, titles=False)))
    assert_printable(rollup_pdf([], "Schools roll-up", datetime(2026, 11, 23, 9, 0)),
                     (792, 612))


def test_rollup_pdf_shows_the_version_2_columns_and_no_data_for_version_1():
    old, new = rollup_rows(2)
    new.update(high_leverage_share=0.6238,
               follow_through={"observations": 12, "followed": 9, "share": 0.75},
               planned={"instruction_minutes": 1800.0, "blocks": 24, "blocks_kept": 17})
    old["principal"], new["principal"] = "Pat Lee", "Sam Cruz"
    # compared without spaces: pypdf's versions put different spaces between table cells
    words = "".join(assert_printable(
        rollup_pdf([old, new], "Schools roll-up", datetime(2026, 11, 23, 9, 0)),
        (792, 612)).split())

    def tight(text: str) -> str:
        return "".join(text.split())

    assert tight("High- leverage share Feedback follow- through Protected blocks kept") in words
    one, two = words.split("PatLee")[1].split("SamCruz")
    # 62.38% rounds to 62%; 9 of 12 followed is 75%; 17 of 24 kept is 70.8%, printed 71%
    assert tight("80 62% 75% (9 of 12) 71% (17 of 24) below goal") in two
    assert tight("80 no data no data no data below goal") in one
    assert tight("50% (75%) no change") in one  # the share with the goal beside it
