"""The one clock: a manual clock stands still until moved; the system clock is the only wall clock."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

from agentbook.domain.clock import ManualClock, SystemClock, timestamp_text

SRC = Path(__file__).resolve().parents[2] / "src" / "agentbook"
# Reading the wall clock is allowed here only: the clock itself, and the names of backup files and
# of the file a restore puts aside, which record when a file was written (as its mtime does), not
# a date of the archive's data.
ALLOWED = {Path("domain/clock.py"), Path("store/backup/backups.py"), Path("store/backup/restore_swap.py")}
WALL_CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("time", "localtime"),
}


def test_manual_clock_stands_still_until_moved() -> None:
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, 15, 999))
    assert clock.now() == datetime(2026, 11, 23, 9, 30, 15)  # stored to the second
    assert clock.now() == clock.now()
    assert clock.advance(days=8, hours=1) == datetime(2026, 12, 1, 10, 30, 15)
    assert clock.today() == date(2026, 12, 1)
    clock.set(date(2028, 2, 29))
    assert clock.now() == datetime(2028, 2, 29, 10, 30, 15)  # a date keeps the time of day
    clock.advance(days=-1)
    assert clock.today() == date(2028, 2, 28)


def test_a_bare_date_starts_on_a_working_morning() -> None:
    assert ManualClock(date(2026, 11, 23)).now() == datetime(2026, 11, 23, 9, 0)


def test_system_clock_is_local_time_to_the_second() -> None:
    clock = SystemClock()
    moment = clock.now()
    assert moment.microsecond == 0 and moment.tzinfo is None
    assert clock.today() in {moment.date(), date.fromordinal(moment.date().toordinal() + 1)}  # midnight


def test_timestamps_are_stored_as_local_text() -> None:
    assert timestamp_text(datetime(2026, 1, 2, 3, 4, 5, 6)) == "2026-01-02 03:04:05"


def test_no_module_reads_the_wall_clock_but_the_clock() -> None:
    """Record dates come from the store's clock; a stray ``date.today()`` is a test that fails on
    another day and a record that cannot be dated by the tests."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative in ALLOWED or (relative.parts[0] == "ui" and relative.parts[1:2] == ("forms_generated",)):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in WALL_CLOCK_CALLS
            ):
                found.append(f"{relative}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    assert found == []
