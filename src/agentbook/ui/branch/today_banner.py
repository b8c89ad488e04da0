"""The manager's line on the Today view of a branch: change requests waiting for a decision and
people who opened unusually many customers today. Each is a button to the list behind it.

Counted on a worker (two small queries) whenever Today reloads."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from agentbook.store.api import Store
from agentbook.ui.branch import menu as branch_menu
from agentbook.ui.worker import Operation


class BranchBanner(QFrame):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("branch_banner")
        self.setStyleSheet("#branch_banner { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }")
        self.approvals = QPushButton(self)
        self.approvals.setObjectName("pending_approvals")
        self.approvals.setFlat(True)
        self.approvals.clicked.connect(self._open_approvals)
        self.unusual = QPushButton(self)
        self.unusual.setObjectName("unusual_access")
        self.unusual.setFlat(True)
        self.unusual.clicked.connect(lambda: branch_menu.open_access_log(self, store))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.approvals)
        layout.addWidget(self.unusual)
        layout.addStretch(1)
        self.setVisible(False)

    @staticmethod
    def for_store(store: Store, parent: QWidget) -> BranchBanner | None:
        """A banner for a manager on a branch; None for anyone else."""
        if store.branch is None or "manager" not in store.roles:
            return None
        return BranchBanner(store, parent)

    def refresh(self) -> None:
        store = self.store

        def count() -> tuple[int, list[tuple[str, int]], dict[str, str]]:
            unusual = store.access.unusual()
            return store.approvals.pending_count(), unusual, store.people.names() if unusual else {}

        Operation(count, self).success(self.show_counts).run_in_background()

    def show_counts(self, counts: tuple[int, list[tuple[str, int]], dict[str, str]]) -> None:
        pending, unusual, names = counts
        self.approvals.setText(self.tr("待审批的信息变更：{0} 份").format(pending))
        self.approvals.setVisible(pending > 0)
        self.unusual.setText(
            self.tr("今日查看客户异常多：{0}").format(
                "、".join(self.tr("{0} {1} 位").format(names.get(p, p), n) for p, n in unusual)
            )
        )
        self.unusual.setVisible(bool(unusual))
        self.setVisible(pending > 0 or bool(unusual))

    def _open_approvals(self) -> None:
        branch_menu.open_approvals(self, self.store, deciding=True)
        self.refresh()
