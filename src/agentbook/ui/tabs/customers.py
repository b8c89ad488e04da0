"""客户 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from agentbook.domain import enums as E
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.record_tab import RecordTab


class CustomerTab(RecordTab):
    tab = "customers"

    def customer_id_of(self, record_id: int) -> int | None:
        return record_id

    def add_filters(self, bar: FilterBar) -> None:
        bar.add_enum("kind", self.tr("类型"), E.CustomerKind)
        bar.add_enum("lifecycle", self.tr("状态"), E.Lifecycle)
        bar.add_enum("risk_level", self.tr("风险"), E.RiskLevel)
        bar.add_enum("value_tier", self.tr("价值"), E.ValueTier)
        self.tag_filter = bar.add_choices("tag", self.tr("标签"), self.store.customers.all_tags())

    def extra_actions(self, menu: QMenu, record_id: int) -> None:
        ids = self.selected_ids() or [record_id]
        menu.addAction(self.tr("打印档案表（%n 位客户）…", "", len(ids)), lambda: self._print_sheets(ids))

    def search_placeholder(self) -> str:
        return self.tr("姓名、拼音首字母（zs）、手机或证件尾号、档案编号、保单号")

    def _print_sheets(self, ids: list[int]) -> None:
        from agentbook.ui.printing.sheet_actions import print_sheets  # reportlab: loaded when first used

        print_sheets(self.store, ids, self)
