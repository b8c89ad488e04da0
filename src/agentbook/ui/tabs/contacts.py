"""沟通记录 tab."""

from __future__ import annotations

from agentbook.domain import enums as E
from agentbook.ui.tabs.filter_bar import FilterBar
from agentbook.ui.tabs.record_tab import RecordTab


class ContactTab(RecordTab):
    tab = "contacts"
    customer_column = "customer_id"

    def add_filters(self, bar: FilterBar) -> None:
        bar.add_enum("channel", self.tr("方式"), E.ContactChannel)
        bar.add_enum("purpose", self.tr("目的"), E.ContactPurpose)
        bar.add_flag("follow_up_due", self.tr("待跟进"))

    def search_placeholder(self) -> str:
        return self.tr("客户姓名、拼音、手机尾号")
