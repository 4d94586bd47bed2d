"""CSV cells a spreadsheet would run as a formula are neutralised; everything else is kept."""

from __future__ import annotations

import pytest

from leadership_desk.exchange.csv_format import safe_cell


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1",
                                  "   =HYPERLINK(\"http://x\")", " +1", "  -1", " @x",
                                  "\u00a0=1", " \t=1"])
def test_a_cell_that_would_start_a_formula_is_neutralised(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Lincoln Elementary", " Lincoln", "a=b", "", 12.5, -3, None])
def test_other_cells_pass_unchanged(value):
    assert safe_cell(value) == value
