"""The 360 view's 保全 tab: a request added through its dialog appears, counted in the tab title."""

from __future__ import annotations

from decimal import Decimal

from agentbook.domain.servicing import ServiceKind, ServiceStatus
from agentbook.ui.customer360.service_panel import ServiceDialog
from agentbook.ui.customer360.view import Customer360View


def test_add_a_loan_through_the_dialog(store, household, qtbot, qapp_font, monkeypatch, qtmodeltester) -> None:
    zhang, _yu, policy = household
    view = Customer360View(store, zhang.id)
    qtbot.addWidget(view)
    panel = view.service_panel
    assert "保全 (0)" in view.sections.tabText(view.sections.indexOf(panel))

    def fill_and_save(dialog: ServiceDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ServiceKind.BENEFICIARY.value))
        dialog.amount.setText("2万")
        dialog.save()  # a beneficiary change carries no amount
        assert "只有保单贷款、还款和退保填写金额" in dialog.error_labels["amount"].text()
        assert not dialog.save_button().isEnabled()  # checked as typed, like every form
        dialog.kind.setCurrentIndex(dialog.kind.findData(ServiceKind.LOAN.value))
        assert "保单借款申请书" in dialog.materials.toPlainText()  # the untouched list follows the kind
        dialog.status.setCurrentIndex(dialog.status.findData(ServiceStatus.SUBMITTED.value))
        dialog.save()
        return 1 if dialog.saved else 0

    monkeypatch.setattr(ServiceDialog, "exec", fill_and_save)
    assert panel.edit(None)
    saved = store.services.of_customer(zhang.id)
    assert [(r.kind, r.amount, r.status) for r in saved] == [
        (ServiceKind.LOAN, Decimal(20_000), ServiceStatus.SUBMITTED)
    ]
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)
    assert "办理中 1" in view.sections.tabText(view.sections.indexOf(panel))
    assert policy.id == saved[0].policy_id
