"""Translatable column headers of the tabs, keyed by the store's list column keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentbook.domain.labels import HEADERS

# Id columns the store lists for navigation; hidden unless the user asks for them.
HIDDEN_BY_DEFAULT = frozenset(
    {
        "policyholder_id",
        "claimant_id",
        "customer_id",
        "annual_income",
        "updated_at",
        "occupation",
        "birth_date",
        "gender",
        # contact details beyond the mobile and the advice profile: in the 客户 sheet of the
        # branch workbook (so it round-trips), shown in the tab when the user asks
        "phone",
        "wechat",
        "email",
        "source_channel",
        "protection_preference",
        "risk_tolerance",
        "needs",
        "consent_date",
    }
)


def header(key: str) -> str:
    return QCoreApplication.translate("columns", HEADERS.get(key, key))
