"""The assistant superintendent's Schools view: schools known only from IASs' network
summaries, and the networks side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from statistics import fmean, median
from typing import Any

from leadership_desk.services.rollup_service import BELOW_GOAL, SchoolRow

PRINCIPAL_SOURCE = "summary"  # the school's row comes from its principal's own summary
NETWORK_SOURCE = "network"  # the school's row comes from an IAS's network summary


def network_school_rows(docs: list[dict[str, Any]], known: set[str]) -> list[SchoolRow]:
    """A row for each school in the network summaries `docs` whose id is not in `known`
    (the schools whose principal's own summary is imported: that one wins). A school in
    two network summaries goes with the one listed last, as its network label does."""
    found: dict[str, SchoolRow] = {}
    for doc in docs:
        via = {"ias": doc["ias"]["name"], "network": doc["ias"]["network"],
               "generated_at": doc["generated_at"]}
        generated = datetime.fromisoformat(doc["generated_at"])
        for school in doc["schools"]:
            if school["id"] in known:
                continue
            share = school["instruction_share"]
            found[school["id"]] = SchoolRow(
                school_id=school["id"], school=school["name"], principal=school["principal"],
                first=None, last=date.fromisoformat(school["to"]) if school["to"] else None,
                exported_at=generated, goal=school["goal_share"],
                minutes={"instruction": 0.0, "management": 0.0, "other": 0.0}, share=share,
                change=None, days_logged=0, flags=list(school["flags"]),
                # the chart's dot: the latest share the IAS saw (no earlier one to ring)
                recent_share=share, source=NETWORK_SOURCE, via=via)
    return list(found.values())


@dataclass(frozen=True)
class NetworkSide:
    """One network beside the others: its schools' shares and its IAS's own support."""

    network: str
    ias: str
    first: date
    last: date
    schools: int
    with_share: int  # schools with a share (the median and mean are over these)
    median_share: float | None
    mean_share: float | None
    need_attention: int  # schools falling, silent or rarely logging (beyond below goal)
    below_goal: int
    support_share: float | None  # the IAS's own instructional support share
    support_hours: float  # the IAS's instruction + management hours over the period

    def to_json(self) -> dict[str, Any]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {"network": self.network, "ias": self.ias, "from": self.first.isoformat(),
                "to": self.last.isoformat(), "schools": self.schools,
                "schools_with_share": self.with_share,
                "median_instruction_share": rounded(self.median_share),
                "mean_instruction_share": rounded(self.mean_share),
                "need_attention": self.need_attention, "below_goal": self.below_goal,
                "instructional_support_share": self.support_share,
                "support_hours": round(self.support_hours, 1)}


def networks_side_by_side(networks: list[dict[str, Any]],
                          rows: list[SchoolRow]) -> list[NetworkSide]:
    """One NetworkSide per network of `networks` (the form `network --json` prints), over the
    Schools view's `rows`; each school counts in one network (the one listed last)."""
    home: dict[str, int] = {}
    for index, network in enumerate(networks):
        for school_id in network["schools"]:
            home[school_id] = index
    sides = []
    for index, network in enumerate(networks):
        mine = [r for r in rows if home.get(r.school_id) == index]
        shares = [r.share for r in mine if r.share is not None]
        minutes = network["minutes"]
        sides.append(NetworkSide(
            network=network["network"], ias=network["ias"],
            first=date.fromisoformat(network["from"]), last=date.fromisoformat(network["to"]),
            schools=len(mine), with_share=len(shares),
            median_share=median(shares) if shares else None,
            mean_share=fmean(shares) if shares else None,
            need_attention=sum(1 for r in mine if any(f != BELOW_GOAL for f in r.flags)),
            below_goal=sum(1 for r in mine if BELOW_GOAL in r.flags),
            support_share=network["instructional_support_share"],
            support_hours=(minutes["instruction"] + minutes["management"]) / 60))
    return sides
