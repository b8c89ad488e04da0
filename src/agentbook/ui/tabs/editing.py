"""Opening the create/edit dialog that fits a tab, and deleting with confirmation."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QWidget

from agentbook.store.api import Store

# tab → (module, dialog class, repository attribute on Store)
EDITORS: dict[str, tuple[str, str, str]] = {
    "customers": ("agentbook.ui.dialogs.customer_dialog", "CustomerDialog", "customers"),
    "policies": ("agentbook.ui.dialogs.policy_dialog", "PolicyDialog", "policies"),
    "payments": ("agentbook.ui.dialogs.payment_dialog", "PaymentDialog", "payments"),
    "claims": ("agentbook.ui.dialogs.claim_dialog", "ClaimDialog", "claims"),
    "contacts": ("agentbook.ui.dialogs.contact_dialog", "ContactDialog", "contacts"),
    "relationships": ("agentbook.ui.dialogs.relationship_dialog", "RelationshipDialog", "relationships"),
    "complaints": ("agentbook.ui.dialogs.complaint_dialog", "ComplaintDialog", "complaints"),
}
ENTITY_OF_TAB = {
    "customers": "customer",
    "policies": "policy",
    "payments": "payment",
    "claims": "claim",
    "contacts": "contact",
    "relationships": "relationship",
    "complaints": "complaint",
}


def dialog_class(tab: str) -> type:
    module, name, _repo = EDITORS[tab]
    return getattr(importlib.import_module(module), name)


def edit_record(store: Store, tab: str, record_id: int | None, parent: QWidget | None, **context: Any) -> Any:
    """Run the dialog; returns the saved record, or None when the user cancelled."""
    repo = getattr(store, EDITORS[tab][2])
    record = repo.get(record_id) if record_id is not None else None
    dialog = dialog_class(tab)(store, record, parent, **context)
    dialog.exec()
    return getattr(dialog, "saved", None)


def delete_record(store: Store, tab: str, record_id: int, parent: QWidget | None) -> Any:
    from agentbook.ui.dialogs.deletion import confirm_and_delete

    return confirm_and_delete(store, ENTITY_OF_TAB[tab], record_id, parent)
