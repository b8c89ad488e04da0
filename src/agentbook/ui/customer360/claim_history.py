"""A claim's way through its states, as one line for tables (the 360 view's claims section).

The agent answering "where is my claim?" on the phone needs the dates of each step, not just
the current state; the store keeps every change in ``claim_status_history``.
"""

from __future__ import annotations

from agentbook.domain.models import Claim
from agentbook.ui.i18n import tr_enum


def claim_history_text(claim: Claim) -> str:
    """``已报案 2026-09-03 → 待审核 2026-09-20 → 已赔付 2026-10-01``, oldest first."""
    return " → ".join(f"{tr_enum(step.status)} {step.changed_at:%Y-%m-%d}" for step in claim.history)
