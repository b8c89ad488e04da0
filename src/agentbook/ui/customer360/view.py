"""The customer 360 view: one screen with everything linked to one person or firm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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
from agentbook.domain.consent import ConsentAction, ConsentEvent, consent_warnings
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_id_number, mask_phone, mask_text
from agentbook.domain.messages import FESTIVALS
from agentbook.domain.models import Customer, Policy, Relationship
from agentbook.domain.money import format_money
from agentbook.domain.review import FamilyReview
from agentbook.store.api import Customer360, Store
from agentbook.ui.customer360 import print_view
from agentbook.ui.customer360.archive_sections import CommissionsPanel, PaperBox
from agentbook.ui.customer360.attachments_panel import AttachmentsPanel
from agentbook.ui.customer360.claim_history import claim_history_text
from agentbook.ui.customer360.review_panel import ReviewPanel
from agentbook.ui.customer360.service_panel import ServicePanel
from agentbook.ui.dialogs.customer_dialog import CustomerDialog
from agentbook.ui.errors import reported
from agentbook.ui.i18n import tr_enum, tr_validation
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.security.lock import KEEP_THROUGH_LOCK
from agentbook.ui.today import messages

WARNING_STYLE = "color: #8a5300;"


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
        self.relations_model: ListTableModel[Any] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "姓名/名称"), "text", lambda r: r.other_name),
                Column(QT_TRANSLATE_NOOP("columns", "关系"), "enum", lambda r: r.relation),
                Column(QT_TRANSLATE_NOOP("columns", "档案编号"), "text", lambda r: r.other_archive_no),
            ]
        )
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
            [
                Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda p: p.policy_no),
                Column(QT_TRANSLATE_NOOP("columns", "角色"), "text", self._roles),
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
        )
        policy_nos: Callable[[int], str] = lambda pid: next(  # noqa: E731
            (p.policy_no for p in (self.data.policies if self.data else []) if p.id == pid), ""
        )
        today = store.today()
        self.payments_model: ListTableModel[Any] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "保单号"), "text", lambda y: policy_nos(y.policy_id)),
                Column(QT_TRANSLATE_NOOP("columns", "期数"), "int", lambda y: y.period),
                Column(QT_TRANSLATE_NOOP("columns", "应缴日期"), "date", lambda y: y.due_date),
                Column(QT_TRANSLATE_NOOP("columns", "应缴金额"), "money", lambda y: y.amount_due),
                Column(QT_TRANSLATE_NOOP("columns", "状态"), "enum", lambda y: y.status_on(today)),
                Column(QT_TRANSLATE_NOOP("columns", "缴费日期"), "date", lambda y: y.paid_date),
                Column(QT_TRANSLATE_NOOP("columns", "实缴金额"), "money", lambda y: y.amount_paid),
                Column(QT_TRANSLATE_NOOP("columns", "缴费方法"), "enum", lambda y: y.method),
            ]
        )
        self.claims_model: ListTableModel[Any] = ListTableModel(
            [
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
        )
        self.contacts_model: ListTableModel[Any] = ListTableModel(
            [
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
        )
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
        self.consent_section = self._consent_section()
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
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def _consent_section(self) -> QWidget:
        """知情同意 (PIPL): current state and warnings, the history, and the person's own data."""
        page = QWidget(self)
        page.setObjectName("consent_section")
        self.consent_state = QLabel(page)
        self.consent_state.setObjectName("consent_state")
        self.consent_state.setWordWrap(True)
        self.consent_warnings = QLabel(page)
        self.consent_warnings.setObjectName("consent_warnings")
        self.consent_warnings.setWordWrap(True)
        self.consent_warnings.setStyleSheet(WARNING_STYLE)
        self.consent_model: ListTableModel[ConsentEvent] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "日期"), "date", lambda e: e.on_date),
                Column(QT_TRANSLATE_NOOP("columns", "类别"), "enum", lambda e: e.kind),
                Column(QT_TRANSLATE_NOOP("columns", "操作"), "enum", lambda e: e.action),
                Column(QT_TRANSLATE_NOOP("columns", "范围"), "text", lambda e: e.scope),
                Column(QT_TRANSLATE_NOOP("columns", "方式"), "enum", lambda e: e.channel),
                Column(QT_TRANSLATE_NOOP("columns", "监护人"), "text", self._guardian_text),
                Column(QT_TRANSLATE_NOOP("columns", "备注"), "text", lambda e: e.note),
            ]
        )
        self.consent_view = self._table(self.consent_model)
        self.consent_view.setObjectName("view_consent")
        buttons = QHBoxLayout()
        for name, text, handler in (
            ("give_consent", self.tr("记录同意…"), lambda: self.record_consent(ConsentAction.GIVEN)),
            ("withdraw_consent", self.tr("撤回同意…"), lambda: self.record_consent(ConsentAction.WITHDRAWN)),
            ("export_own_data", self.tr("导出本人数据…"), lambda: self.export_own_data()),
            ("subject_requests", self.tr("个人信息请求…"), self.open_requests),
        ):
            button = QPushButton(text, page)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.consent_state)
        layout.addWidget(self.consent_warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.consent_view, 1)
        return page

    @staticmethod
    def _guardian_text(event: ConsentEvent) -> str:
        if not event.guardian_name:
            return ""
        return f"{event.guardian_name}（{event.guardian_relation}）" if event.guardian_relation else event.guardian_name

    def _fill_consent(self, c: Customer) -> None:
        assert c.id is not None
        history = self.store.consent_history(c.id)
        self.consent_model.set_rows(history)
        self.consent_state.setText(self.tr("当前状态：{0}").format(self._consent_text(c)))
        warnings = consent_warnings(c, self.store.today(), history)
        shown = [w for w in warnings if w.field in ("consent_date", "consent_sensitive", "guardian")]
        self.consent_warnings.setText("\n".join("⚠ " + w.text(tr_validation) for w in shown))
        self.consent_warnings.setVisible(bool(shown))
        title = self.tr("知情同意 (%n)", "", len(history))
        if shown:
            title += " ⚠"
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

    def _roles(self, policy: Policy) -> str:
        roles = []
        if policy.policyholder_id == self.customer_id:
            roles.append(self.tr("投保人"))
        if policy.insured_id == self.customer_id:
            roles.append(self.tr("被保险人"))
        if any(b.customer_id == self.customer_id for b in policy.beneficiaries):
            roles.append(self.tr("受益人"))
        return "、".join(roles)

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
        parts = [c.archive_no, tr_enum(c.kind), tr_enum(c.lifecycle)]
        if c.risk_level:
            parts.append(self.tr("风险{0}").format(tr_enum(c.risk_level)))
        if c.value_tier:
            parts.append(tr_enum(c.value_tier))
        if c.tags:
            parts.append(" ".join(f"#{t}" for t in c.tags))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        if c.id is not None:  # what the value tier rests on (thresholds in the settings)
            features = self.store.tier_features(c.id)
            self.subtitle.setToolTip(
                self.tr("客户价值依据：年化保费 {0} 元，有效保单 {1} 件，客户 {2} 年").format(
                    format_money(features.annual_premium), features.products, features.tenure_years
                )
            )

    def _fill_basic(self, c: Customer) -> None:
        while self.basic.rowCount():
            self.basic.removeRow(0)
        show = self.revealed
        rows: list[tuple[str, str]] = []
        if c.kind is not E.CustomerKind.ENTERPRISE and c.kind is not E.CustomerKind.FAMILY:
            rows += [
                (self.tr("性别"), tr_enum(c.gender)),
                (self.tr("出生日期"), c.birth_date.isoformat() if c.birth_date else ""),
            ]
        rows += [
            (tr_enum(c.id_type) or self.tr("证件号码"), c.id_number if show else mask_id_number(c.id_number)),
            (self.tr("手机"), c.mobile if show else mask_phone(c.mobile)),
            (self.tr("固定电话"), c.phone),
            (self.tr("微信"), c.wechat),
            (self.tr("电子邮箱"), c.email),
            (self.tr("地址"), c.address),
            (self.tr("职业"), c.occupation),
            (self.tr("工作单位"), c.employer),
            (self.tr("年收入"), format_money(c.annual_income) if show else mask_text(format_money(c.annual_income))),
            (self.tr("保障偏好"), tr_enum(c.protection_preference)),
            (self.tr("风险承受"), tr_enum(c.risk_tolerance)),
            (self.tr("需求"), c.needs),
            (self.tr("健康状况"), c.health_notes if show else mask_text(c.health_notes)),
            (self.tr("财务状况"), c.financial_notes if show else mask_text(c.financial_notes)),
            (self.tr("客户来源"), c.source_channel),
            (self.tr("知情同意"), self._consent_text(c)),
            (self.tr("备注"), c.remarks),
        ]
        for label, value in rows:
            if not value:
                continue
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.basic.addRow(label, text)

    def _consent_text(self, c: Customer) -> str:
        if not c.consent_date:
            return self.tr("未记录")
        text = self.tr("{0} 同意：{1}").format(c.consent_date.isoformat(), c.consent_scope)
        if c.consent_sensitive:
            text += self.tr("（含敏感信息单独同意）")
        return text

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
