"""投诉 tab: the complaints register; open and overdue complaints stand out (derived state)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from agentbook.domain.complaints import ComplaintChannel, ComplaintState
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.record_tab import RecordTab


class ComplaintTab(RecordTab):
    tab = "complaints"
    customer_column = "customer_id"

    def add_filters(self, bar: FilterBar) -> None:
        bar.add_enum("complaint_state", self.tr("处理状态"), ComplaintState)
        bar.add_enum("complaint_channel", self.tr("渠道"), ComplaintChannel)
        bar.add_date_range("received_from", "received_to", self.tr("受理日期"), self.store.today())

    def search_placeholder(self) -> str:
        return self.tr("客户姓名、拼音、手机尾号")

    def extra_actions(self, menu: QMenu, record_id: int) -> None:
        menu.addAction(self.tr("处理/办结…"), lambda: self.openRequested.emit(record_id))
