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
    }
)


def header(key: str) -> str:
    return QCoreApplication.translate("columns", HEADERS.get(key, key))
