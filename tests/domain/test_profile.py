"""The goal as people type it: 75, 75% and 0.75 are one goal; 1.5 is asked about."""

from __future__ import annotations

import pytest

from leadership_desk.domain.profile import parse_goal
from leadership_desk.errors import ValidationError


@pytest.mark.parametrize(("text", "share"), [("75", 0.75), ("75%", 0.75), ("0.75", 0.75),
                                             (" 60 % ", 0.6), ("12", 0.12), ("5%", 0.05)])
def test_the_usual_ways_of_writing_a_goal(text, share):
    assert parse_goal(text) == pytest.approx(share)


@pytest.mark.parametrize("text", ["1.5", "3", "9.9"])
def test_a_goal_that_could_be_a_mistyped_share_is_questioned(text):
    with pytest.raises(ValidationError, match="unclear"):
        parse_goal(text)
    assert parse_goal(text + "%") == pytest.approx(float(text) / 100)  # meant as written


@pytest.mark.parametrize("text", ["100", "1", "0", "abc", "150%"])
def test_impossible_goals_are_refused(text):
    with pytest.raises(ValidationError):
        parse_goal(text)
