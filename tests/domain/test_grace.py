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


def test_a_policys_own_grace_period_is_checked():
    from datetime import date
    from decimal import Decimal

    from agentbook.domain import enums as E
    from agentbook.domain.models import Policy
    from agentbook.domain.validation import validate_policy

    policy = Policy("PA2026000001", "平安人寿", "平安福", E.BusinessLine.LIFE, 1, 1, Decimal(1), Decimal(1),
                    effective_date=date(2026, 1, 1), grace_days=400)  # fmt: skip
    assert "grace_days" in [e.field for e in validate_policy(policy)]
    policy.grace_days = 30
    assert "grace_days" not in [e.field for e in validate_policy(policy)]


def test_reinstatable_since_is_the_first_lapse_date_still_reinstatable():
    """Every day of a span whose lapses and days include 29 February: reinstatable exactly from that date on."""
    from agentbook.domain.grace import reinstatable_since

    day = date(2025, 12, 1)
    while day < date(2028, 4, 1):
        since = reinstatable_since(day)
        assert lapsed_state(since, day) is GraceState.REINSTATABLE
        assert lapsed_state(since - timedelta(days=1), day) is GraceState.TERMINATED
        day += timedelta(days=1)
