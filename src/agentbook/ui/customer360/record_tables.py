"""The 360 view's record tables: the columns of its relations, policies, payments, claims and
contacts, and the one look all of them share (read-only, whole rows, sized to their contents)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Policy
from agentbook.ui.customer360.claim_history import claim_history_text
from agentbook.ui.i18n import join_list
from agentbook.ui.list_model import Column, ListTableModel

Names = Callable[[int | None], str]


def record_table(model: ListTableModel[Any], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def policy_roles(policy: Policy, customer_id: int) -> str:
    """What the customer is on *policy*: 投保人, 被保险人, 受益人 — one, two or all three."""
    roles = []
    if policy.policyholder_id == customer_id:
        roles.append(QCoreApplication.translate("Customer360View", "投保人"))
    if policy.insured_id == customer_id:
        roles.append(QCoreApplication.translate("Customer360View", "被保险人"))
    if any(b.customer_id == customer_id for b in policy.beneficiaries):
        roles.append(QCoreApplication.translate("Customer360View", "受益人"))
    return join_list(roles)


def relation_columns() -> list[Column[Any]]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "姓名/名称"), "text", lambda r: r.other_name),
        Column(QT_TRANSLATE_NOOP("columns", "关系"), "enum", lambda r: r.relation),
        Column(QT_TRANSLATE_NOOP("columns", "档案编号"), "text", lambda r: r.other_archive_no),
    ]


def policy_columns(roles: Callable[[Policy], str], names: Names) -> list[Column[Policy]]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda p: p.policy_no),
        Column(QT_TRANSLATE_NOOP("columns", "角色"), "text", roles),
        Column(QT_TRANSLATE_NOOP("columns", "保险公司"), "text", lambda p: p.insurer),
        Column(QT_TRANSLATE_NOOP("columns", "产品"), "text", lambda p: p.product),
        Column(QT_TRANSLATE_NOOP("columns", "险种"), "enum", lambda p: p.business_line),
        Column(QT_TRANSLATE_NOOP("columns", "投保人"), "text", lambda p: names(p.policyholder_id)),
        Column(QT_TRANSLATE_NOOP("columns", "被保险人"), "text", lambda p: names(p.insured_id)),
        Column(QT_TRANSLATE_NOOP("columns", "保额"), "money", lambda p: p.sum_insured),
        Column(QT_TRANSLATE_NOOP("columns", "保费"), "money", lambda p: p.premium),
        Column(QT_TRANSLATE_NOOP("columns", "缴费方式"), "enum", lambda p: p.payment_mode),
        Column(QT_TRANSLATE_NOOP("columns", "生效日期"), "date", lambda p: p.effective_date),
        Column(QT_TRANSLATE_NOOP("columns", "到期日期"), "date", lambda p: p.expiry_date),
        Column(QT_TRANSLATE_NOOP("columns", "状态"), "enum", lambda p: p.status),
    ]


def payment_columns(policy_nos: Callable[[int], str], today: date) -> list[Column[Any]]:
    """An instalment's state is read on *today* (逾期 is a matter of the day)."""
    return [
        Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda y: policy_nos(y.policy_id)),
        Column(QT_TRANSLATE_NOOP("columns", "期数"), "int", lambda y: y.period),
        Column(QT_TRANSLATE_NOOP("columns", "应缴日期"), "date", lambda y: y.due_date),
        Column(QT_TRANSLATE_NOOP("columns", "应缴金额"), "money", lambda y: y.amount_due),
        Column(QT_TRANSLATE_NOOP("columns", "状态"), "enum", lambda y: y.status_on(today)),
        Column(QT_TRANSLATE_NOOP("columns", "缴费日期"), "date", lambda y: y.paid_date),
        Column(QT_TRANSLATE_NOOP("columns", "实缴金额"), "money", lambda y: y.amount_paid),
        Column(QT_TRANSLATE_NOOP("columns", "缴费方法"), "enum", lambda y: y.method),
    ]


def claim_columns(policy_nos: Callable[[int], str], names: Names) -> list[Column[Any]]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "理赔编号"), "text", lambda k: k.claim_no),
        Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda k: policy_nos(k.policy_id)),
        Column(QT_TRANSLATE_NOOP("columns", "申请人"), "text", lambda k: names(k.claimant_id)),
        Column(QT_TRANSLATE_NOOP("columns", "出险日期"), "date", lambda k: k.incident_date),
        Column(QT_TRANSLATE_NOOP("columns", "出险原因"), "text", lambda k: k.cause),
        Column(QT_TRANSLATE_NOOP("columns", "申请金额"), "money", lambda k: k.amount_claimed),
        Column(QT_TRANSLATE_NOOP("columns", "实赔金额"), "money", lambda k: k.amount_paid),
        Column(QT_TRANSLATE_NOOP("columns", "状态"), "enum", lambda k: k.status),
        Column(QT_TRANSLATE_NOOP("columns", "状态经过"), "text", claim_history_text),
    ]


def contact_columns() -> list[Column[Any]]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "沟通时间"), "datetime", lambda t: t.contacted_at),
        Column(QT_TRANSLATE_NOOP("columns", "方式"), "enum", lambda t: t.channel),
        Column(QT_TRANSLATE_NOOP("columns", "目的"), "enum", lambda t: t.purpose),
        Column(QT_TRANSLATE_NOOP("columns", "沟通内容"), "text", lambda t: t.summary),
        Column(QT_TRANSLATE_NOOP("columns", "结果"), "text", lambda t: t.outcome),
        Column(QT_TRANSLATE_NOOP("columns", "跟进日期"), "date", lambda t: t.follow_up_date),
        Column(
            QT_TRANSLATE_NOOP("columns", "已跟进"),
            "bool",
            lambda t: t.follow_up_done if t.follow_up_date else None,
        ),
    ]
