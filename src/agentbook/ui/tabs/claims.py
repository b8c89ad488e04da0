"""理赔 tab."""

from __future__ import annotations

from agentbook.domain import enums as E
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.record_tab import RecordTab


class ClaimTab(RecordTab):
    tab = "claims"
    customer_column = "claimant_id"

    def policy_id_of(self, record_id: int) -> int | None:
        return self.store.claims.get(record_id).policy_id

    def add_filters(self, bar: FilterBar) -> None:
        bar.add_enum("status", self.tr("状态"), E.ClaimStatus)
        bar.add_date_range("filed_from", "filed_to", self.tr("报案日期"), self.store.today())

    def search_placeholder(self) -> str:
        return self.tr("保单号，或申请人姓名、拼音、手机尾号")
