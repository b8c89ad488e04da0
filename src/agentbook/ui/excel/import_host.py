"""What the import wizard's pages ask of the wizard that holds them.

The wizard imports its pages; the pages name the wizard by this shape instead of importing it back.
"""

from __future__ import annotations

from typing import Protocol

from agentbook.importers.excel_import import ImportSession
from agentbook.importers.execute import ImportResult
from agentbook.importers.plan import Action, ImportPlan
from agentbook.store.api import Store


class ImportWizardState(Protocol):
    store: Store
    session: ImportSession | None
    plan: ImportPlan | None
    choices: dict[tuple[str, int], Action]
    result: ImportResult | None

    def next(self) -> None: ...
