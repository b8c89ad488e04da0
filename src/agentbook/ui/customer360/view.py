"""The customer 360 view: one screen with everything linked to one person or firm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.consent import ConsentAction, consent_warnings
from agentbook.domain.messages import FESTIVALS
from agentbook.domain.models import Customer, Policy, Relationship
from agentbook.domain.review import FamilyReview
from agentbook.store.api import Customer360, Store
from agentbook.ui.customer360 import print_view
from agentbook.ui.customer360.archive_sections import CommissionsPanel, PaperBox
from agentbook.ui.customer360.attachments_panel import AttachmentsPanel
from agentbook.ui.customer360.consent_section import ConsentSection
from agentbook.ui.customer360.person_details import basic_rows, subtitle, tier_reasons
from agentbook.ui.customer360.record_tables import (
    claim_columns,
    contact_columns,
    payment_columns,
    policy_columns,
    policy_roles,
    record_table,
    relation_columns,
)
from agentbook.ui.customer360.review_panel import ReviewPanel
from agentbook.ui.customer360.service_panel import ServicePanel
from agentbook.ui.dialogs.customer_dialog import CustomerDialog
from agentbook.ui.errors import reported
from agentbook.ui.i18n import tr_enum
from agentbook.ui.list_model import ListTableModel
from agentbook.ui.security.lock import KEEP_THROUGH_LOCK
from agentbook.ui.today import messages


class Customer360View(QDialog):
    """Non-modal, so an agent can keep several customers open while on the phone."""

    changed = Signal()
    editRequested = Signal(str, object, dict)  # noqa: N815 - tab, record id or None, context
    printRequested = Signal(int)  # noqa: N815
    customerRequested = Signal(int)  # noqa: N815

    def __init__(self, store: Store, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.customer_id = customer_id
        self.revealed = False
        self.setObjectName("customer360")
        self.setProperty(KEEP_THROUGH_LOCK, True)  # hidden by the lock, shown again after unlocking
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1180, 760)
        self.data: Customer360 | None = None

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("显示敏感信息"), self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._toggle_reveal)

        actions = QHBoxLayout()
        for text, handler in (
            (self.tr("编辑资料"), lambda: self.editRequested.emit("customers", self.customer_id, {})),
            (self.tr("新增保单"), lambda: self.editRequested.emit("policies", None, {"customer_id": self.customer_id})),
            (self.tr("新增缴费"), self._new_payment),
            (self.tr("新增理赔"), self._new_claim),
            (
                self.tr("新增沟通记录"),
                lambda: self.editRequested.emit("contacts", None, {"customer_id": self.customer_id}),
            ),
            (
                self.tr("新增关系"),
                lambda: self.editRequested.emit("relationships", None, {"customer_id": self.customer_id}),
            ),
            (self.tr("打印档案表"), lambda: self.printRequested.emit(self.customer_id)),
            (self.tr("打印此页…"), self.print_as_shown),
            (self.tr("新建家庭成员…"), self._new_family_member),
            (self.tr("复制节日问候…"), self._copy_greeting),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(handler)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.reveal_button)

        self.basic = QFormLayout()
        basic_box = QGroupBox(self.tr("基本信息"), self)
        basic_box.setLayout(self.basic)
        self.relations_model: ListTableModel[Any] = ListTableModel(relation_columns())
        self.relations_view = self._table(self.relations_model)
        self.relations_view.doubleClicked.connect(
            lambda i: self.customerRequested.emit(self.relations_model.row_object(i.row()).other_id)
        )
        relations_box = QGroupBox(self.tr("家庭与关系"), self)
        QVBoxLayout(relations_box).addWidget(self.relations_view)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(basic_box, 3)
        left_layout.addWidget(relations_box, 2)
        self.paper_box = PaperBox(store, customer_id, self)
        self.paper_box.changed.connect(self._archive_changed)
        left_layout.addWidget(self.paper_box)

        names: Callable[[int | None], str] = lambda cid: self.data.names.get(cid, "") if self.data and cid else ""  # noqa: E731
        self.policies_model: ListTableModel[Policy] = ListTableModel(
            policy_columns(lambda p: policy_roles(p, customer_id), names)
        )
        policy_nos: Callable[[int], str] = lambda pid: next(  # noqa: E731
            (p.policy_no for p in (self.data.policies if self.data else []) if p.id == pid), ""
        )
        today = store.today()
        self.payments_model: ListTableModel[Any] = ListTableModel(payment_columns(policy_nos, today))
        self.claims_model: ListTableModel[Any] = ListTableModel(claim_columns(policy_nos, names))
        self.contacts_model: ListTableModel[Any] = ListTableModel(contact_columns())
        self.sections = QTabWidget(self)
        self.sections.setObjectName("sections")
        for model, tab in (
            (self.policies_model, "policies"),
            (self.payments_model, "payments"),
            (self.claims_model, "claims"),
            (self.contacts_model, "contacts"),
        ):
            view = self._table(model)
            view.setObjectName(f"view_{tab}")
            view.doubleClicked.connect(lambda i, m=model, t=tab: self._open(t, m.row_object(i.row()).id))
            self.sections.addTab(view, "")
        # the archive around the records: attachments and commissions
        self.attachments_panel = AttachmentsPanel(store, customer_id, self)
        self.attachments_panel.changed.connect(self._archive_changed)
        self.sections.addTab(self.attachments_panel, "")
        self.commissions_panel = CommissionsPanel(store, self)
        self.commissions_panel.changed.connect(self._archive_changed)
        self.sections.addTab(self.commissions_panel, "")
        self.consent_section = ConsentSection(
            self,
            give=lambda: self.record_consent(ConsentAction.GIVEN),
            withdraw=lambda: self.record_consent(ConsentAction.WITHDRAWN),
            export=lambda: self.export_own_data(),
            requests=self.open_requests,
        )
        section = self.consent_section
        self.consent_state, self.consent_warnings = section.state, section.warnings
        self.consent_model, self.consent_view = section.model, section.view
        self.sections.addTab(self.consent_section, "")  # after the archive tabs
        self.review_panel = ReviewPanel(store, customer_id, self)
        self.review_panel.reviewed.connect(self._review_arrived)
        self.sections.addTab(self.review_panel, self.tr("保单检视"))
        self.service_panel = ServicePanel(store, self)
        self.service_panel.changed.connect(self._archive_changed)
        self.sections.addTab(self.service_panel, "")

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.sections)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)

        layout = QVBoxLayout(self)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        layout.addLayout(heading)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.reload()
        with reported(self):  # on a branch: who opened whose 360 view (the access log)
            store.access.record("open_360", customer_id)

    # --- building ------------------------------------------------------------------------
    def _table(self, model: ListTableModel[Any]) -> QTableView:
        return record_table(model, self)

    def _fill_consent(self, c: Customer) -> None:
        assert c.id is not None
        history = self.store.consent_history(c.id)
        title = self.consent_section.fill(c, history, consent_warnings(c, self.store.today(), history))
        self.sections.setTabText(self.sections.indexOf(self.consent_section), title)

    def record_consent(self, action: ConsentAction) -> bool:
        from agentbook.ui.consent.dialogs import ConsentDialog

        dialog = ConsentDialog(self.store, self.customer_id, action, self)
        if not dialog.exec():
            return False
        self.reload()
        self.changed.emit()
        return True

    def export_own_data(self, folder: Path | None = None, done: Callable[[Any], None] | None = None) -> bool:
        """The person's own data in full (PIPL Art. 45): archive sheet PDF and workbook."""
        from agentbook.ui.consent.dialogs import export_own_data

        def finished(result: Any) -> None:
            self.reload()
            if done is not None:
                done(result)

        return export_own_data(self.store, self.customer_id, self, folder=folder, done=finished)

    def open_requests(self) -> None:
        from agentbook.ui.consent.dialogs import SubjectRequestsDialog

        SubjectRequestsDialog(self.store, self, customer_id=self.customer_id).exec()
        self.reload()

    def reload(self) -> None:
        self.data = self.store.customer_360(self.customer_id)
        c = self.data.customer
        self.setWindowTitle(self.tr("客户档案 – {0}").format(c.name))
        self.title.setText(c.name)
        self._fill_subtitle(c)
        self._fill_basic(c)
        self.relations_model.set_rows(self.data.relations)
        self.policies_model.set_rows(self.data.policies)
        self.payments_model.set_rows(self.data.payments)
        self.claims_model.set_rows(self.data.claims)
        self.contacts_model.set_rows(self.data.contacts)
        today = self.store.today()
        overdue = sum(1 for y in self.data.payments if y.status_on(today) is E.PaymentStatus.OVERDUE)
        open_claims = sum(1 for k in self.data.claims if k.status.is_open)
        self.sections.setTabText(0, self.tr("保单 (%n)", "", len(self.data.policies)))
        payments = self.tr("缴费 (%n)", "", len(self.data.payments))
        if overdue:
            payments += self.tr(" · 逾期 %n", "", overdue)
        self.sections.setTabText(1, payments)
        claims = self.tr("理赔 (%n)", "", len(self.data.claims))
        if open_claims:
            claims += self.tr(" · 处理中 %n", "", open_claims)
        self.sections.setTabText(2, claims)
        self.sections.setTabText(3, self.tr("沟通记录 (%n)", "", len(self.data.contacts)))
        self._fill_consent(c)
        self._fill_archive()
        self.service_panel.set_data(self.data.policies, self.data.services)
        open_services = sum(1 for r in self.data.services if r.status.is_open)
        text = self.tr("保全 (%n)", "", len(self.data.services))
        if open_services:
            text += self.tr(" · 办理中 %n", "", open_services)
        self.sections.setTabText(self.sections.indexOf(self.service_panel), text)
        self.review_panel.refresh()

    def _fill_archive(self) -> None:
        """Attachments, paper file and commissions: the archive around the records."""
        data = self.data
        assert data is not None
        targets = [("policy", self.tr("保单 {0}").format(p.policy_no), p.id) for p in data.policies if p.id]
        targets += [("claim", self.tr("理赔 {0}").format(k.claim_no), k.id) for k in data.claims if k.id]
        self.attachments_panel.set_data(data.attachments, targets)
        self.sections.setTabText(4, self.tr("档案材料 (%n)", "", len(data.attachments)))
        self.paper_box.set_data(data.paper_location, data.open_loan)
        self.commissions_panel.set_data(data.policies, data.commissions)
        missing = sum(1 for line in data.commissions if line.missing > 0)
        text = self.tr("佣金 (%n)", "", len(data.commissions))
        if missing:
            text += self.tr(" · 未到账 %n", "", missing)
        self.sections.setTabText(5, text)

    def _review_arrived(self, review: FamilyReview) -> None:
        title = self.tr("保单检视")
        if review.gaps:
            title += self.tr(" · 缺口 %n", "", len(review.gaps))
        if review.lapse_risks or review.burden_too_high:
            title += " ⚠"
        self.sections.setTabText(self.sections.indexOf(self.review_panel), title)

    def _archive_changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _fill_subtitle(self, c: Customer) -> None:
        self.subtitle.setText(subtitle(c))
        if c.id is not None:
            self.subtitle.setToolTip(tier_reasons(self.store.tier_features(c.id)))

    def _fill_basic(self, c: Customer) -> None:
        while self.basic.rowCount():
            self.basic.removeRow(0)
        for label, value in basic_rows(c, self.revealed):
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.basic.addRow(label, text)

    # --- actions -------------------------------------------------------------------------
    def _toggle_reveal(self, on: bool) -> None:
        if on:
            self.store.record_event("reveal", "customer", self.customer_id, customer_id=self.customer_id, summary="360")
        self.revealed = on
        self.reveal_button.setText(self.tr("隐藏敏感信息") if on else self.tr("显示敏感信息"))
        if self.data:
            self._fill_basic(self.data.customer)
        self.review_panel.set_revealed(on)

    def _selected_policy_id(self) -> int | None:
        view = self.sections.widget(0)
        index = view.currentIndex() if isinstance(view, QTableView) else None
        if index is not None and index.isValid():
            return self.policies_model.row_object(index.row()).id
        return self.data.policies[0].id if self.data and self.data.policies else None

    def _new_family_member(self) -> bool:
        """A spouse, child or parent in one go: the customer dialog starts from this household's
        address and landline, and the relationship is made when the new person is saved."""
        kinds = [E.RelationKind.SPOUSE, E.RelationKind.CHILD, E.RelationKind.PARENT]
        labels = [tr_enum(k) for k in kinds]
        chosen, ok = QInputDialog.getItem(self, self.tr("新建家庭成员"), self.tr("与本客户的关系"), labels, 0, False)
        if not ok:
            return False
        relation = kinds[labels.index(chosen)]
        customer = self.store.customers.get(self.customer_id)
        dialog = CustomerDialog(self.store, None, self, address=customer.address, phone=customer.phone)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        with reported(self) as failure:  # the new person is saved; the link to this household follows
            self.store.relationships.create(Relationship(dialog.saved.id, self.customer_id, relation))
        return not failure

    def _copy_greeting(self) -> None:
        """Pick the festival, and the greeting — filled from the template — goes to the clipboard."""
        # the names as the message will say them: the greeting goes to the customer in Chinese
        festival, ok = QInputDialog.getItem(self, self.tr("节日问候"), self.tr("节日"), list(FESTIVALS), 0, False)
        if not ok:
            return
        said = messages.copy_greeting(self.store, self.customer_id, festival, self)
        if said is not None:
            QToolTip.showText(self.mapToGlobal(self.rect().center()), said, self, self.rect(), 6000)

    def print_as_shown(self) -> bool:
        """The window as it is, on a landscape page (masked unless revealed), audited."""
        return print_view.ask_print(self.store, self.customer_id, self, revealed=self.revealed)

    def _new_payment(self) -> None:
        self.editRequested.emit("payments", None, {"policy_id": self._selected_policy_id()})

    def _new_claim(self) -> None:
        self.editRequested.emit(
            "claims", None, {"policy_id": self._selected_policy_id(), "customer_id": self.customer_id}
        )

    def _open(self, tab: str, record_id: int) -> None:
        self.editRequested.emit(tab, record_id, {})
