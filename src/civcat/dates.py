"""Calendar arithmetic on the dates a clerk types, which may lie anywhere in years 1–9999.

A date near either end of Python's calendar (an election typed as 9999-03-04, `--as-of 0001-01-01`)
plus or minus a term of years has no date: the sums here stop at the calendar's first or last day
instead of raising, so such a date gives a finding or a figure, never an internal error.
"""

from __future__ import annotations

import datetime as dt


def years_after(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later (earlier when negative); 29 February gives 28 February.
    Past the calendar's ends: its first or last day."""
    year = day.year + years
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day where it is shorter); past the calendar's
    ends: its first or last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - some day of every month exists
