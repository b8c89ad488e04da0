"""缴费 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from agentbook.domain import enums as E
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.record_tab import RecordTab
from agentbook.ui.today import workday_actions
from agentbook.ui.tools.quick_payments import open_quick_payments


class PaymentTab(RecordTab):
    tab = "payments"
    customer_column = "policyholder_id"

    def policy_id_of(self, record_id: int) -> int | None:
        return self.store.payments.get(record_id).policy_id

    def add_filters(self, bar: FilterBar) -> None:
        bar.add_enum("status", self.tr("状态"), E.PaymentStatus)
        bar.add_date_range("due_from", "due_to", self.tr("应缴日期"), self.store.today())

    def search_placeholder(self) -> str:
        return self.tr("保单号，或投保人姓名、拼音、手机尾号")

    def extra_actions(self, menu: QMenu, record_id: int) -> None:
        menu.addAction(self.tr("登记缴费…"), lambda: workday_actions.mark_paid(self.store, record_id, self))
        menu.addAction(self.tr("批量登记缴费…"), lambda: open_quick_payments(self.store, self))
