"""What "校验完整性" tells the user: a changed entry, a log cut short or rewritten, or all well."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentbook.store.audit.anchor import AuditVerdict, Truncation


def verdict_text(verdict: AuditVerdict) -> str:
    """The problem in the user's language; "" when the log is whole."""
    parts = []
    if verdict.broken_at is not None:
        parts.append(
            QCoreApplication.translate(
                "AuditVerdict", "从第 {0} 条记录起校验不通过：这条记录或它之前的记录被改动、删除或损坏。"
            ).format(verdict.broken_at)
        )
    cut = verdict.truncation
    if cut is not None:
        parts.append(
            QCoreApplication.translate("store", Truncation.message).format(
                cut.anchored.count, cut.anchored.last_id, cut.found, cut.first_missing
            )
        )
    return "\n".join(parts)
