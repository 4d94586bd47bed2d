"""Suggestions from titles: word forms of the shipped keywords, and no kind flips."""

from __future__ import annotations

import json

import pytest

from leadership_desk.domain.suggestions import find_phrase, stem, suggest
from leadership_desk.resources import read_text

RULES = json.loads(read_text("calendar_keywords.json"))["keywords"]
SLUGS = list(RULES)
KEYWORDS = {index: RULES[slug] for index, slug in enumerate(SLUGS)}


def suggested_slug(title: str) -> str | None:
    hint = suggest(title, [], KEYWORDS)
    return None if hint.category_id is None else SLUGS[hint.category_id]


@pytest.mark.parametrize(("title", "slug"), [
    ("Classroom walkthroughs grades 3-5", "observation-walkthrough"),
    ("Walk-throughs, 4th grade", "observation-walkthrough"),
    ("Formal observations: Ms. Lee", "observation-walkthrough"),
    ("Observed 2nd grade reading block", "observation-walkthrough"),
    ("Observing math centers", "observation-walkthrough"),
    ("Mid-year evals", "teacher-evaluation"),
    ("Evaluations: post-conference", "teacher-evaluation"),
    ("IEPs for room 12", "student-learning-support"),
    ("Interviews for 5th grade opening", "instructional-talent"),
    ("Grade-level PLCs", "professional-learning"),
    ("PLC's agenda", "professional-learning"),
    ("Debriefs with new teachers", "feedback-coaching"),
    ("Coached Mr. Park on questioning", "feedback-coaching"),
    ("Parents' night planning", "family-community"),
    ("Fire drills", "safety-facilities-operations"),
    ("Emails", "office-email"),
    ("Visited classrooms in 4th grade", "observation-walkthrough"),
    ("Evaluated Mr. Kim", "teacher-evaluation"),
    ("Taught a reading group", "teaching-modeling"),
    ("Modeled a lesson", "teaching-modeling"),
    ("Covered 2nd grade class", "teaching-modeling"),
    ("Recess duty", "discipline-supervision"),
    ("Student fight on the playground", "discipline-supervision"),
    ("Kinder roundup", "family-community"),
    ("Drove to the district office", "travel"),
])
def test_word_forms_find_the_shipped_keywords(title, slug):
    assert suggested_slug(title) == slug


@pytest.mark.parametrize(("title", "slug"), [
    # a management title that contains an instructional word stays management
    ("Cafeteria walkthrough with the food-services manager", "safety-facilities-operations"),
    ("Lunch duty", "discipline-supervision"),
    ("Lunch duties", "discipline-supervision"),
    ("Yard duty, then observation", "discipline-supervision"),
])
def test_no_kind_flips(title, slug):
    assert suggested_slug(title) == slug


def test_words_are_matched_whole_not_inside_other_words():
    # "sub" (substitute) must not fire inside "subject", nor "data" inside "update"
    assert suggested_slug("Subject update") is None
    assert find_phrase("lunch duty", "Lunch with the duty roster") is None
    assert find_phrase("yard duty", "YARD  duties!") == (0, 12)


def test_stems():
    assert {stem(w) for w in ("observe", "observed", "observation", "observations",
                              "observing")} == {"observ"}
    assert stem("plcs") == stem("PLC") == stem("plc's") == "plc"
    assert stem("duties") == stem("duty")
    # words that only look plural keep their s
    assert [stem(w) for w in ("class", "focus", "analysis", "bus")] == \
        ["class", "focus", "analysis", "bus"]
