"""Trading days: which day "last night's close" or "the previous session" was on a given market.

Calendars come from ``exchange_calendars`` (holidays of every major venue, computed offline); a
calendar is built once per process, on first use. Days outside a calendar's range, or a venue it
does not know, fall back to weekdays.

>>> previous_session(dt.date(2013, 6, 13))  # a Thursday
datetime.date(2013, 6, 12)
>>> previous_session(dt.date(2024, 12, 26), "XNYS")  # Christmas Day is no session
datetime.date(2024, 12, 24)
>>> previous_session(dt.date(2025, 3, 3), None)  # a Monday: the Friday before
datetime.date(2025, 2, 28)
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import warnings

__all__ = ["last_opened_session", "market_day", "previous_session"]

_STARTS = ("1990-01-01", "2000-01-01", None)  # the earliest start a venue's calendar accepts
_log = logging.getLogger(__name__)


@functools.cache
def _calendar(name: str):
    try:
        import exchange_calendars as xc

        with warnings.catch_warnings():  # (the library's own use of a pandas API that pandas 3.1 deprecates)
            warnings.filterwarnings("ignore", message=r"Series\.values returning an ndarray")
            for start in _STARTS:  # (Mumbai's and Tokyo's holidays are recorded from later years only)
                try:
                    return xc.get_calendar(name, start=start)
                except ValueError:
                    continue
            return None
    except Exception as e:  # an unknown venue or a missing package: weekdays are the calendar
        _log.debug("no trading calendar %s: %s", name, e)
        return None


def _previous_weekday(day: dt.date) -> dt.date:
    day -= dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def previous_session(day: dt.date, calendar: str | None = "XNYS") -> dt.date:
    """The last trading day before ``day`` on ``calendar`` (an exchange_calendars name; None: weekdays)."""
    cal = _calendar(calendar) if calendar else None
    if cal is not None:
        try:
            import pandas as pd

            return cal.date_to_session(pd.Timestamp(day) - pd.Timedelta(days=1), direction="previous").date()
        except Exception:  # outside the calendar's range
            pass
    return _previous_weekday(day)


def last_opened_session(when: dt.datetime, calendar: str | None) -> dt.date | None:
    """The last session on ``calendar`` that had opened by ``when`` (an aware time; None for a naive one, whose zone
    is unknown, or a venue without a calendar).

    A report stamped before the market opened tells the session before: "01:00 GMT" on a Tuesday is Monday's for
    London, and so is "20:00 ET" on Monday for New York.

    >>> utc = dt.timezone.utc
    >>> last_opened_session(dt.datetime(2013, 12, 3, 1, 0, tzinfo=utc), "XLON")
    datetime.date(2013, 12, 2)
    >>> last_opened_session(dt.datetime(2013, 12, 3, 10, 0, tzinfo=utc), "XLON")
    datetime.date(2013, 12, 3)
    >>> last_opened_session(dt.datetime(2013, 12, 3, 1, 0), "XLON") is None
    True
    """
    opens = _opens(calendar) if calendar and when.tzinfo is not None else None
    if opens is None:
        return None
    days, times = opens
    at = int(when.timestamp() * 1_000_000_000)
    i = int(times.searchsorted(at, side="right")) - 1
    if i < 0 or (i == len(times) - 1 and at - int(times[i]) > 7 * 86_400 * 1_000_000_000):
        return None  # outside the calendar's range
    return days[i].astype("datetime64[D]").item()


def market_day(when: dt.datetime, calendar: str | None) -> dt.date | None:
    """The day it was at the venue of ``calendar`` when ``when`` (an aware time) was stamped; None for a naive time
    or a venue without a calendar.

    >>> ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    >>> market_day(dt.datetime(2023, 2, 9, 6, 8, tzinfo=ist), "XNYS")  # the evening before in New York
    datetime.date(2023, 2, 8)
    >>> market_day(dt.datetime(2023, 2, 9, 6, 8), "XNYS") is None
    True
    """
    cal = _calendar(calendar) if calendar and when.tzinfo is not None else None
    tz = getattr(cal, "tz", None)
    return when.astimezone(tz).date() if tz is not None else None


@functools.cache
def _opens(calendar: str):
    """Every session of ``calendar`` (datetime64 days) and the time it opened (UTC nanoseconds), in order: searched
    with numpy, with no per-session Python objects."""
    cal = _calendar(calendar)
    if cal is None:
        return None
    try:
        opens = cal.opens
        utc = opens.dt.tz_convert(None) if opens.dt.tz is not None else opens  # (UTC times without their zone)
        return opens.index.to_numpy(), utc.to_numpy().astype("datetime64[ns]").astype("int64")
    except Exception:  # an older library without the series
        return None
