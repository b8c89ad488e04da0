"""An unpaid instalment walked through the grace period by the calendar, and a lapsed policy's two
years of reinstatement (《保险法》第三十六、三十七条)."""

from __future__ import annotations

from datetime import date, timedelta

from agentbook.domain.grace import (
    GRACE_ENDING_DAYS,
    GraceState,
    grace_ends,
    instalment_state,
    lapsed_state,
    reinstatement_ends,
)

DUE = date(2026, 3, 1)


def test_an_instalment_through_every_state():
    def on(days: int) -> GraceState:
        return instalment_state(DUE, DUE + timedelta(days=days), 60)

    assert on(-5) is on(0) is GraceState.DUE
    assert on(1) is on(60 - GRACE_ENDING_DAYS - 1) is GraceState.IN_GRACE
    assert on(60 - GRACE_ENDING_DAYS) is on(60) is GraceState.GRACE_ENDING  # the last day of grace included
    assert on(61) is GraceState.LAPSED
    assert grace_ends(DUE, 60) == date(2026, 4, 30)


def test_a_policy_agreed_with_a_shorter_grace_lapses_sooner():
    assert instalment_state(DUE, date(2026, 4, 1), 30) is GraceState.LAPSED
    assert instalment_state(DUE, date(2026, 4, 1), 60) is GraceState.IN_GRACE


def test_two_years_to_reinstate():
    lapsed_on = date(2025, 5, 10)
    assert reinstatement_ends(lapsed_on) == date(2027, 5, 10)
    assert lapsed_state(lapsed_on, date(2027, 5, 10)) is GraceState.REINSTATABLE
    assert lapsed_state(lapsed_on, date(2027, 5, 11)) is GraceState.TERMINATED
    assert reinstatement_ends(date(2024, 2, 29)) == date(2026, 2, 28)
