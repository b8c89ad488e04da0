"""The one clock: every record date and timestamp in agentbook comes from a :class:`Clock`.

The store is opened with a clock and hands it to everything that dates a record (audit rows,
contact entries, retention ends, Today's lists, default dates in dialogs). Reading the wall clock
anywhere else would make behaviour depend on the day the code runs — tests pinned to one date
would fail on another, and no test could move time forward. Tests pass a :class:`ManualClock`
and call ``advance``; the app uses :class:`SystemClock`. Timing measurements (idle lock,
benchmarks) use ``time.monotonic`` and are not dates, so they stay outside.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the store asks of a clock: today's date and the local time to the second."""

    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's local date and time; the only place agentbook reads the wall clock."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that stands still until told to move: for tests, the self-test and demos.

    ``now()`` is the same until :meth:`advance` or :meth:`set` is called, so a test can say
    exactly which day every record it makes is dated.
    """

    def __init__(self, start: date | datetime) -> None:
        self._now = _as_datetime(start)

    def today(self) -> date:
        return self._now.date()

    def now(self) -> datetime:
        return self._now

    def advance(self, *, days: int = 0, hours: int = 0, minutes: int = 0, seconds: int = 0) -> datetime:
        """Move forward (or back, with negative values); returns the new moment."""
        self._now += timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
        return self._now

    def set(self, moment: date | datetime) -> None:
        """Jump to *moment*; a bare date keeps the time of day."""
        if isinstance(moment, datetime):
            self._now = moment.replace(microsecond=0)
        else:
            self._now = datetime.combine(moment, self._now.time())

    def __repr__(self) -> str:
        return f"ManualClock({self._now.isoformat(sep=' ')})"


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    return datetime.combine(value, datetime.min.time()).replace(hour=9)  # a working morning


def timestamp_text(moment: datetime) -> str:
    """The stored form of a timestamp: ``YYYY-MM-DD HH:MM:SS`` in local time."""
    return moment.replace(microsecond=0).isoformat(sep=" ", timespec="seconds")
