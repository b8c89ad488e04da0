"""Grace-period care (宽限期): the states an unpaid instalment and its policy pass through.

An instalment is *due* until its date; then *in grace* for the grace period (60 days by the
Insurance Law, art. 36, or what the policy says); the last days of it are *grace ending*, when a
call matters most; after it the policy's cover is suspended (*lapsed*, 效力中止). A lapsed policy
may be reinstated (复效) within two years (art. 37); after that the insurer may end it.
"""

from __future__ import annotations

from datetime import date, timedelta

from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP

GRACE_ENDING_DAYS = 15  # the last days of the grace period, when a call is most urgent
REINSTATEMENT_YEARS = 2


class GraceState(LabeledEnum):
    DUE = "due", QT_TRANSLATE_NOOP("enum", "待缴")
    IN_GRACE = "in_grace", QT_TRANSLATE_NOOP("enum", "宽限期内")
    GRACE_ENDING = "grace_ending", QT_TRANSLATE_NOOP("enum", "宽限期即将结束")
    LAPSED = "lapsed", QT_TRANSLATE_NOOP("enum", "效力中止")
    REINSTATABLE = "reinstatable", QT_TRANSLATE_NOOP("enum", "复效期内")
    TERMINATED = "terminated", QT_TRANSLATE_NOOP("enum", "复效期已过")


def grace_ends(due: date, grace_days: int) -> date:
    """The last day of grace of an instalment due on *due*."""
    return due + timedelta(days=grace_days)


def instalment_state(due: date, today: date, grace_days: int) -> GraceState:
    """Where an unpaid instalment stands on *today*."""
    if today <= due:
        return GraceState.DUE
    left = (grace_ends(due, grace_days) - today).days
    if left < 0:
        return GraceState.LAPSED
    return GraceState.GRACE_ENDING if left <= GRACE_ENDING_DAYS else GraceState.IN_GRACE


def reinstatement_ends(lapsed_on: date) -> date:
    """The last day a policy lapsed on *lapsed_on* can be reinstated (two years on)."""
    try:
        return lapsed_on.replace(year=lapsed_on.year + REINSTATEMENT_YEARS)
    except ValueError:  # lapsed on 29 February
        return lapsed_on.replace(year=lapsed_on.year + REINSTATEMENT_YEARS, day=28)


def reinstatable_since(today: date) -> date:
    """The earliest lapse date still within its reinstatement window on *today*.

    ``reinstatement_ends`` never decreases as the lapse date moves on, so "still reinstatable" is
    one comparison against this date: a store can count and rank lapsed policies in SQL without
    computing each one's deadline.
    """
    day = today - timedelta(days=366 * REINSTATEMENT_YEARS + 1)  # before any two calendar years back
    while reinstatement_ends(day) < today:
        day += timedelta(days=1)
    return day


def lapsed_state(lapsed_on: date, today: date) -> GraceState:
    """A lapsed policy: still within its reinstatement window, or past it."""
    return GraceState.REINSTATABLE if today <= reinstatement_ends(lapsed_on) else GraceState.TERMINATED
