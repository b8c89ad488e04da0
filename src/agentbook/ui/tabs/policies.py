"""保单 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from agentbook.domain import enums as E
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.record_tab import RecordTab
from agentbook.ui.today import workday_actions


class PolicyTab(RecordTab):
    tab = "policies"
    customer_column = "policyholder_id"

    def policy_id_of(self, record_id: int) -> int | None:
        return record_id

    def add_filters(self, bar: FilterBar) -> None:
        bar.add_choices("insurer", self.tr("保险公司"), self.store.policies.insurers())
        bar.add_enum("business_line", self.tr("险种"), E.BusinessLine)
        bar.add_enum("status", self.tr("状态"), E.PolicyStatus)
        bar.add_date_range("expiry_from", "expiry_to", self.tr("到期"), self.store.today())

    def search_placeholder(self) -> str:
        return self.tr("保单号，或投保人/被保险人姓名、拼音、手机尾号")

    def extra_actions(self, menu: QMenu, record_id: int) -> None:
        menu.addAction(self.tr("续保…"), lambda: workday_actions.renew(self.store, record_id, self))
        menu.addAction(
            self.tr("生成缴费计划"),
            lambda: workday_actions.generate_schedule(self.store, record_id, self),
        )
        menu.addAction(self.tr("标记失效…"), lambda: workday_actions.mark_lapsed(self.store, record_id, self))
