"""The right-click menu of a record row: what an agent does next with the customer on that row.

Copy the number a call or a chat needs, copy the selected rows as a message, start a policy,
contact or payment for the row's customer, or open the 360 view — without opening the record
first. Full ID and mobile numbers leave only through the clipboard guard and are audited like a
reveal; copied rows carry what the table shows, so masked columns stay masked unless revealed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from agentbook.domain.models import Customer
from agentbook.store.api import Store
from agentbook.ui.clipboard import copy_text
from agentbook.ui.tabs.columns import header
from agentbook.ui.tabs.selection_actions import add_selection_actions
from agentbook.ui.tabs.table_model import PagedTableModel


class RecordTab(Protocol):
    """What the menu needs of ``record_tab.RecordTab`` (which builds the menu, so no import)."""

    tab: str
    store: Store
    model: PagedTableModel
    openRequested: Any  # noqa: N815 - the tab's Qt signals
    revealRequested: Any  # noqa: N815
    customerRequested: Any  # noqa: N815
    editRequested: Any  # noqa: N815
    exportRequested: Any  # noqa: N815
    deleteRequested: Any  # noqa: N815

    def customer_id_of(self, record_id: int) -> int | None: ...
    def policy_id_of(self, record_id: int) -> int | None: ...
    def selected_rows(self) -> list[int]: ...
    def selected_ids(self) -> list[int]: ...
    def visible_column_keys(self) -> list[str]: ...
    def extra_actions(self, menu: QMenu, record_id: int) -> None: ...
    def window(self) -> QWidget: ...


def _add(menu: QMenu, name: str, text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
    action = menu.addAction(text, slot)
    action.setObjectName(name)
    action.setEnabled(enabled)
    return action


def _copier(text: str, tab: RecordTab) -> Callable[[], object]:
    """A menu slot copying *text* (a slot of its own per row: a loop's lambda would see the last)."""
    return lambda: copy_text(text, tab.window())


def _payment_for(policy_id: int | None, tab: RecordTab) -> Callable[[], object]:
    return lambda: tab.editRequested.emit("payments", None, {"policy_id": policy_id})


def rows_as_text(tab: RecordTab, rows: list[int]) -> str:
    """The rows as the table shows them (masked unless revealed), one ``列：值`` line each."""
    model = tab.model
    keys = tab.visible_column_keys()
    lines = []
    for row in rows:
        parts = []
        for key in keys:
            text = model.data(model.index(row, model.column_index(key)))
            if text not in (None, ""):
                parts.append(f"{header(key)}：{text}")
        lines.append("；".join(parts))
    return "\n".join(lines)


def _copy_detail(tab: RecordTab, customer: Customer, field: str) -> None:
    """A full ID or mobile number: through the guard, and in the audit log like a reveal."""
    tab.store.record_event("copy", "customer", customer.id, customer_id=customer.id, summary=field)
    copy_text(getattr(customer, field), tab.window())


def build_row_menu(tab: RecordTab, record_id: int) -> QMenu:
    """The whole menu for the row of *record_id*; the tab adds its own entries in the middle."""
    menu = QMenu(tab.window())
    store = tab.store
    customer_id = tab.customer_id_of(record_id)
    customer = store.customers.get(customer_id) if customer_id is not None else None
    policy_id = tab.policy_id_of(record_id)
    policies = store.policies.of_customer(customer_id) if customer_id is not None else []

    _add(menu, "open", QCoreApplication.translate("RowActions", "打开"), lambda: tab.openRequested.emit(record_id))
    if customer is not None and tab.tab != "customers":
        _add(
            menu,
            "open_360",
            QCoreApplication.translate("RowActions", "打开客户 360 视图"),
            lambda: tab.customerRequested.emit(customer.id),
        )
    if tab.model.has_sensitive_columns():
        _add(
            menu,
            "reveal",
            QCoreApplication.translate("RowActions", "显示敏感信息"),
            lambda: tab.revealRequested.emit(record_id),
        )
    menu.addSeparator()

    copy = menu.addMenu(QCoreApplication.translate("RowActions", "复制"))
    copy.setObjectName("copy_menu")
    if customer is not None:
        _add(
            copy,
            "copy_name",
            QCoreApplication.translate("RowActions", "复制姓名"),
            lambda: copy_text(customer.name, tab.window()),
        )
        _add(
            copy,
            "copy_mobile",
            QCoreApplication.translate("RowActions", "复制手机号"),
            lambda: _copy_detail(tab, customer, "mobile"),
            bool(customer.mobile),
        )
        _add(
            copy,
            "copy_id_number",
            QCoreApplication.translate("RowActions", "复制证件号码"),
            lambda: _copy_detail(tab, customer, "id_number"),
            bool(customer.id_number),
        )
    if policy_id is not None:
        number = store.policies.get(policy_id).policy_no
        _add(
            copy,
            "copy_policy_no",
            QCoreApplication.translate("RowActions", "复制保单号 %1").replace("%1", number),
            lambda: copy_text(number, tab.window()),
        )
    elif policies:
        numbers = copy.addMenu(QCoreApplication.translate("RowActions", "复制保单号"))
        numbers.setObjectName("copy_policy_no_menu")
        for p in policies:
            _add(
                numbers,
                f"copy_policy_no_{p.id}",
                f"{p.policy_no}  {p.product}",
                _copier(p.policy_no, tab),
            )
    rows = tab.selected_rows() or [tab.model.row_of(record_id) or 0]
    _add(
        copy,
        "copy_rows",
        QCoreApplication.translate("RowActions", "复制所选 %n 行（发消息用）", "", len(rows)),
        lambda: copy_text(rows_as_text(tab, rows), tab.window()),
    )

    if customer is not None:
        new = menu.addMenu(QCoreApplication.translate("RowActions", "为此客户新增"))
        new.setObjectName("new_menu")
        cid = customer.id
        _add(
            new,
            "new_policy",
            QCoreApplication.translate("RowActions", "保单…"),
            lambda: tab.editRequested.emit("policies", None, {"customer_id": cid}),
        )
        _add(
            new,
            "new_contact",
            QCoreApplication.translate("RowActions", "沟通记录…"),
            lambda: tab.editRequested.emit("contacts", None, {"customer_id": cid}),
        )
        if policy_id is not None:
            _add(
                new,
                "new_payment",
                QCoreApplication.translate("RowActions", "缴费记录…"),
                lambda: tab.editRequested.emit("payments", None, {"policy_id": policy_id}),
            )
        else:
            pay = new.addMenu(QCoreApplication.translate("RowActions", "缴费记录"))
            pay.setObjectName("new_payment_menu")
            pay.setEnabled(bool(policies))
            for p in policies:
                _add(
                    pay,
                    f"new_payment_{p.id}",
                    f"{p.policy_no}  {p.product}",
                    _payment_for(p.id, tab),
                )
    menu.addSeparator()
    tab.extra_actions(menu, record_id)
    add_selection_actions(menu, tab.tab, store, tab.selected_ids() or [record_id], tab.window())
    _add(
        menu, "export_view", QCoreApplication.translate("RowActions", "导出当前视图到 Excel…"), tab.exportRequested.emit
    )
    menu.addSeparator()
    _add(menu, "delete", QCoreApplication.translate("RowActions", "删除…"), lambda: tab.deleteRequested.emit(record_id))
    return menu
