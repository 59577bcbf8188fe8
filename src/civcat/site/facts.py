"""What the report site shows, computed from the loaded repository and the validation findings.

Everything here is plain data, computed once: the pages (build.py) only lay it out. Dates are
judged on the report's check date (`as_of`), never on the clock, so the same input gives the
same site.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..dates import months_after, years_after
from ..findings import Finding, Severity
from ..repository import Document, Repository
from .words import AREAS, area_of

#: A committee whose term ends within this many months of the check date is listed as ending soon.
TERM_ENDING_MONTHS = 6
#: Charters voted more than this many years before the check date are counted as old (--older-than).
DEFAULT_OLD_YEARS = 5


def empty_counts() -> dict[str, list[int]]:
    return {area: [0, 0] for area in AREAS}


def add_finding(counts: dict[str, list[int]], finding: Finding) -> None:
    counts[area_of(finding.code)][0 if finding.severity is Severity.ERROR else 1] += 1


@dataclass
class CommunityFacts:
    code: str
    name: str
    type: str  # village | community
    township: str  # the township code (the first nine digits)
    document: Document
    charter: Document | None
    status: str  # adopted | draft | missing
    charter_date: dt.date | None  # voted, else published, else filed
    committee_ends: dt.date | None
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=empty_counts)

    @property
    def errors(self) -> int:
        return sum(e for e, _w in self.counts.values())

    @property
    def warnings(self) -> int:
        return sum(w for _e, w in self.counts.values())


@dataclass
class TownshipFacts:
    code: str
    name: str
    type: str
    communities: list[CommunityFacts] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=empty_counts)
    charters: dict[str, int] = field(default_factory=lambda: {"adopted": 0, "draft": 0, "missing": 0})
    old: int = 0
    ending: int = 0

    @property
    def villages(self) -> int:
        return sum(1 for c in self.communities if c.type == "village")

    @property
    def urban(self) -> int:
        return sum(1 for c in self.communities if c.type == "community")

    @property
    def errors(self) -> int:
        return sum(e for e, _w in self.counts.values())

    @property
    def warnings(self) -> int:
        return sum(w for _e, w in self.counts.values())


@dataclass
class SiteFacts:
    county_code: str
    county_name: str
    as_of: dt.date
    old_years: int
    townships: list[TownshipFacts]
    communities: dict[str, CommunityFacts]
    county_findings: list[Finding]  # findings in files that are not a community's or its charter's
    totals: TownshipFacts  # the county's sums, as a row of the table

    def ages(self) -> list[float | None]:
        """Years from each adopted charter's date to the check date (None: no date)."""
        return [
            None if c.charter_date is None else (self.as_of - c.charter_date).days / 365.25
            for c in self.communities.values()
            if c.status == "adopted"
        ]


#: The date fields of the data files (FORMAT.md §2), as they are written: `voted: 2021-08-15`.
_DATE_FIELD = re.compile(
    r"(?<![\w-])(?:elected|issued|solicited|drafted|reviewed|voted|filed|published)"
    r"""\s*:\s*["']?(\d{4}-\d{2}-\d{2})(?!\d)"""
)


def scan_latest_date(paths) -> dt.date:
    """The latest date written in the date fields of the data files (comment lines skipped): the
    report's check date when none is given, never the clock. Read from the text, before anything is
    parsed, so that validation can run first (its worker processes then start small)."""
    latest = dt.date(2000, 1, 1)
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError:
            continue  # validation reports the file
        for line in text.splitlines():
            if line.lstrip().startswith("#"):
                continue
            for match in _DATE_FIELD.finditer(line):
                try:
                    latest = max(latest, dt.date.fromisoformat(match.group(1)))
                except ValueError:
                    continue  # not a date (CV105)
    return latest


def latest_data_date(repository: Repository) -> dt.date:
    """The latest date the data holds: the report's check date when none is given (never the clock)."""
    dates: list[dt.date] = []
    for doc in repository.documents:
        model = doc.model
        if doc.kind == "community" and model.committee is not None:
            dates.append(model.committee.elected)
        elif doc.kind == "charter" and model.procedure is not None:
            dates += [d for d in model.procedure.model_dump().values() if isinstance(d, dt.date)]
        elif getattr(model, "issued", None):
            dates.append(model.issued)
    return max(dates, default=dt.date(2000, 1, 1))


def charter_date(charter: Document | None) -> dt.date | None:
    procedure = charter.model.procedure if charter is not None else None
    if procedure is None:
        return None
    return procedure.voted or procedure.published or procedure.filed


def committee_ends(doc: Document) -> dt.date | None:
    from ..legal import parameters_on

    committee = doc.model.committee
    if committee is None:
        return None
    return parameters_on(committee.elected).term[doc.model.type].ends_on(committee.elected)


def gather(
    repository: Repository, findings: list[Finding], *, as_of: dt.date, old_years: int = DEFAULT_OLD_YEARS
) -> SiteFacts:
    """The site's facts: each community, each township's sums, and the county's."""
    county = repository.county.model if repository.county is not None else None
    townships = {code: TownshipFacts(code, t.name, t.type) for code, t in sorted(repository.townships.items())}
    communities: dict[str, CommunityFacts] = {}
    owner: dict[str, str] = {}  # file path → community code
    for code, doc in sorted(repository.communities.items()):
        charter = repository.charters.get(code)
        status = charter.model.status if charter is not None else "missing"
        facts = CommunityFacts(
            code,
            doc.model.name,
            doc.model.type,
            code[:9],
            doc,
            charter,
            status,
            charter_date(charter),
            committee_ends(doc),
        )
        communities[code] = facts
        owner[doc.path] = code
        if charter is not None:
            owner[charter.path] = code
        township = townships.get(code[:9])
        if township is None:  # a community under no township of county.yaml (CV202 says so)
            township = townships[code[:9]] = TownshipFacts(code[:9], code[:9], "")
        township.communities.append(facts)
    county_findings: list[Finding] = []
    for finding in findings:
        owner_code = owner.get(finding.path)
        if owner_code is None:
            county_findings.append(finding)
            continue
        communities[owner_code].findings.append(finding)
        add_finding(communities[owner_code].counts, finding)
    _sum_townships(townships.values(), as_of, old_years)
    totals = TownshipFacts("", "", "", communities=list(communities.values()))
    _sum_townships([totals], as_of, old_years)
    return SiteFacts(
        county.code if county else "",
        county.name if county else "",
        as_of,
        old_years,
        [t for t in townships.values() if t.communities or t.code in repository.townships],
        communities,
        county_findings,
        totals,
    )


def _sum_townships(townships, as_of: dt.date, old_years: int) -> None:
    ending_by = months_after(as_of, TERM_ENDING_MONTHS)
    old_before = years_after(as_of, -old_years)
    for township in townships:
        for community in township.communities:
            for area, (errors, warnings) in community.counts.items():
                township.counts[area][0] += errors
                township.counts[area][1] += warnings
            township.charters[community.status] += 1
            if community.status == "adopted" and community.charter_date and community.charter_date < old_before:
                township.old += 1
            if community.committee_ends and as_of < community.committee_ends <= ending_by:
                township.ending += 1


def county_figures(repository: Repository, facts: SiteFacts) -> list[dict[str, Any]]:
    """The figures the county publishes (county.yaml, the references' totals) against those counted."""
    rows: list[dict[str, Any]] = []
    county = repository.county.model if repository.county is not None else None
    published = county.totals if county is not None else None
    rows.append(
        {"key": "villages", "counted": facts.totals.villages, "published": published.villages if published else None}
    )
    rows.append(
        {"key": "communities", "counted": facts.totals.urban, "published": published.communities if published else None}
    )
    rows.append({"key": "townships", "counted": len(repository.townships), "published": None})
    for row in rows:
        row["agrees"] = None if row["published"] is None else row["published"] == row["counted"]
    return rows


def group_by(values, key) -> dict:
    grouped: dict = defaultdict(list)
    for value in values:
        grouped[key(value)].append(value)
    return grouped
