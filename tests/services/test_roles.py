"""The role switch and the IAS's default categories."""

from __future__ import annotations

from dataclasses import replace

from leadership_desk.domain.categories import Kind, parse_default_categories
from leadership_desk.domain.roles import Role
from leadership_desk.resources import read_text
from tests.helpers import log


def test_the_ias_category_set_is_the_table_in_the_domain_notes():
    categories = parse_default_categories(read_text("ias_categories.json"))
    kinds = {kind: [c.slug for c in categories if c.kind is kind] for kind in Kind}
    assert kinds[Kind.INSTRUCTION] == [
        "ias-co-observation", "ias-coaching", "ias-data-improvement", "ias-teams",
        "ias-principal-learning", "ias-principal-evaluation"]
    assert kinds[Kind.MANAGEMENT] == [
        "ias-operations", "ias-personnel", "ias-family-escalations", "ias-compliance",
        "ias-district-meetings", "ias-crisis"]
    assert kinds[Kind.OTHER] == ["ias-travel", "ias-personal", "ias-own-learning"]
    assert {c.slug for c in categories if c.high_leverage} == {"ias-coaching",
                                                               "ias-principal-evaluation"}
    assert sum(c.favourite for c in categories) <= 8  # the timer's buttons


def test_a_fresh_log_switched_to_ias_offers_only_the_ias_categories(services):
    assert services.roles.role() is Role.PRINCIPAL
    change = services.roles.set_role(Role.IAS)
    assert (change.added, change.restored, change.archived) == (15, 0, 21)
    assert services.roles.role() is Role.IAS
    assert services.profiles.profile().is_ias
    active = services.categories.active()
    assert len(active) == 15 and all(c.slug.startswith("ias-") for c in active)
    assert services.categories.favourites()[0].slug == "ias-co-observation"


def test_switching_role_keeps_every_activity_and_its_kind(services):
    walk = log(services, "observation-walkthrough", "2026-11-16 08:00", "2026-11-16 09:00")
    log(services, "office-email", "2026-11-16 09:00", "2026-11-16 10:00")
    week = services.reports.period("week")
    before = services.reports.report(week).to_json()
    services.roles.set_role(Role.IAS)
    after_ias = services.reports.report(week).to_json()
    assert after_ias["minutes"] == before["minutes"] == {
        "instruction": 60, "management": 60, "other": 0}
    kept = services.activities.get(walk.id)
    assert services.categories.get(kept.category_id).slug == "observation-walkthrough"
    assert services.categories.get(kept.category_id).archived  # off the lists, not gone
    # and back: the principal's categories return (with their timer buttons), the IAS ones leave
    change = services.roles.set_role(Role.PRINCIPAL)
    assert (change.added, change.restored, change.archived) == (0, 21, 15)
    assert not services.categories.by_slug("observation-walkthrough").archived
    assert services.categories.by_slug("ias-coaching").archived
    assert len(services.categories.favourites()) == 8  # as shipped in categories.json
    assert services.reports.report(week).to_json()["minutes"] == before["minutes"]


def test_switching_twice_to_the_same_role_changes_nothing(services):
    services.roles.set_role(Role.IAS)
    change = services.roles.set_role(Role.IAS)
    assert (change.added, change.restored, change.archived) == (0, 0, 0)
    assert len(services.categories.all()) == 36


def test_the_users_own_categories_stay_whatever_the_role(services):
    own = services.categories.add("Bus route planning", Kind.MANAGEMENT)
    services.roles.set_role(Role.IAS)
    assert not services.categories.get(own.id).archived


def test_switching_back_restores_only_what_the_switch_archived(services):
    cats = services.categories
    # the principal archived one category and took another off the timer, on purpose
    events = cats.by_slug("events-extracurricular")
    cats.update(replace(events, archived=True, favourite=False))
    email = cats.by_slug("office-email")
    assert email.favourite  # shipped with a timer button
    cats.update(replace(email, favourite=False))
    to_ias = services.roles.set_role(Role.IAS)
    assert to_ias.archived == 20  # 21 shipped, one already archived by the principal
    back = services.roles.set_role(Role.PRINCIPAL)
    assert back.restored == 20
    assert cats.by_slug("events-extracurricular").archived  # stays as the principal left it
    assert not cats.by_slug("office-email").archived
    assert not cats.by_slug("office-email").favourite  # its timer button stays off
    assert len(cats.favourites()) == 7  # the 8 shipped, less the one turned off
    # and the same the other way: an IAS category archived by the IAS stays archived
    services.roles.set_role(Role.IAS)
    crisis = cats.by_slug("ias-crisis")
    cats.update(replace(crisis, archived=True, favourite=False))
    services.roles.set_role(Role.PRINCIPAL)
    assert services.roles.set_role(Role.IAS).restored == 14  # 15 shipped, less ias-crisis
    assert cats.by_slug("ias-crisis").archived
    # the same role again brings nothing back
    assert services.roles.set_role(Role.IAS).restored == 0
    assert cats.by_slug("ias-crisis").archived
