"""The working day's actions shared by the Today view and the record tabs' context menus:
mark an instalment paid, renew a policy, mark a policy lapsed. Each returns whether the
archive changed, so the caller knows to refresh."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agentbook.domain import enums as E
from agentbook.store.api import Store
from agentbook.ui.errors import reported


def mark_paid(store: Store, payment_id: int, parent: QWidget | None) -> bool:
    from agentbook.ui.dialogs.mark_paid_dialog import MarkPaidDialog

    with reported(parent) as failure:
        payment = store.payments.get(payment_id)
    if failure:
        return False
    if payment.status is E.PaymentStatus.PAID and not _confirm(
        parent,
        QCoreApplication.translate("workday", "登记缴费"),
        QCoreApplication.translate("workday", "这一期已登记为已缴，要修改缴费信息吗？"),
    ):
        return False
    dialog = MarkPaidDialog(store, payment, parent)
    dialog.exec()
    return dialog.saved is not None


def renew(store: Store, policy_id: int, parent: QWidget | None) -> bool:
    from agentbook.ui.dialogs.renew_dialog import RenewDialog

    with reported(parent) as failure:
        existing = store.renewal_of(policy_id)
        if existing is not None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("workday", "续保"),
                QCoreApplication.translate("workday", "这张保单已续保为 {0}。").format(store.policy_label(existing)),
            )
            return False
        draft = store.draft_renewal(policy_id)
    if failure:
        return False
    dialog = RenewDialog(store, draft, parent)
    dialog.exec()
    return dialog.saved is not None


def mark_lapsed(store: Store, policy_id: int, parent: QWidget | None) -> bool:
    label = store.policy_label(policy_id)
    if not _confirm(
        parent,
        QCoreApplication.translate("workday", "标记失效"),
        QCoreApplication.translate("workday", "将保单 {0} 标记为失效（效力中止）？\n客户补缴保费后可申请复效。").format(
            label
        ),
    ):
        return False
    with reported(parent) as failure:
        store.mark_lapsed(policy_id)
    return not failure


def generate_schedule(store: Store, policy_id: int, parent: QWidget | None) -> bool:
    with reported(parent) as failure:
        made = store.payments.generate_schedule(store.policies.get(policy_id))
    if failure:
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("workday", "缴费计划"),
        QCoreApplication.translate("workday", "已生成 %n 期缴费记录。", "", len(made)),
    )
    return bool(made)


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def reinstate(store: Store, policy_id: int, parent: QWidget | None) -> bool:
    """登记复效 after the customer paid the arrears and the insurer agreed; asks first."""
    policy = store.policies.get(policy_id)
    if not _confirm(
        parent,
        QCoreApplication.translate("workday", "登记复效"),
        QCoreApplication.translate(
            "workday", "保单 {0}（{1}）已补缴保费并经保险公司同意复效？登记后保单恢复有效，并记入保全记录。"
        ).format(policy.policy_no, policy.product),
    ):
        return False
    with reported(parent) as failure:
        store.reinstate(policy_id)
    return not failure
