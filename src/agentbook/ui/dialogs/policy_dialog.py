"""保单 dialog: parties chosen from customers, kinds of cover filled from the product catalogue,
beneficiaries with live share sums, schedule on save."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.cover import Product, match_product, validate_covers
from agentbook.domain.models import Beneficiary, Policy
from agentbook.domain.schedules import add_months
from agentbook.domain.validation import FieldError, validate_policy
from agentbook.store.api import Store
from agentbook.ui.dialogs.cover_editor import CoverEditor
from agentbook.ui.dialogs.fields import FieldParseError
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.policy_prefill import PolicyPrefill
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_policy_dialog import Ui_PolicyDialog
from agentbook.ui.i18n import tr_enum

ORDER, NAME, RELATION, SHARE, ID_NUMBER = range(5)


class PolicyDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        record: Policy | None = None,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        **_context: Any,
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_PolicyDialog()
        self.form.setupUi(self)
        for name in ("policy_no", "product", "riders"):
            self.bind(name)
        self.bind("insurer")
        self.form.insurer.addItems(store.policies.insurers())
        self.bind("remarks", "multiline")
        self.bind("business_line", "enum", E.BusinessLine, optional=False)
        self.bind("payment_mode", "enum", E.PaymentMode, optional=False)
        self.bind("status", "enum", E.PolicyStatus, optional=False)
        for name in ("sum_insured", "premium", "commission"):
            self.bind(name, "money")
        self.bind("payment_years", "int")
        self.bind("grace_days", "optional_int")
        self.bind("apply_date", "date")
        self.bind("effective_date", "date", optional=False)
        self.bind("expiry_date", "date")
        self.holder = RecordPicker(self.form.policyholder, store.customer_choices, store.customer_label)
        self.insured = RecordPicker(self.form.insured, store.customer_choices, store.customer_label)
        for picker in (self.holder, self.insured):
            picker.changed.connect(self.schedule_validation)
        self._pickers: list[RecordPicker] = []
        self._setup_beneficiary_table()
        self._setup_covers()

        original = record or Policy(
            "", "", "", E.BusinessLine.LIFE, 0, 0, Decimal(0), Decimal(0), effective_date=store.today()
        )
        for name, field in self.fields.items():
            value = getattr(original, name)
            field.set(None if record is None and name in ("premium", "sum_insured") else value)
        holder_id = original.policyholder_id or customer_id
        insured_id = original.insured_id or customer_id
        if holder_id:
            self.holder.set_record(holder_id)
        if insured_id:
            self.insured.set_record(insured_id)
        for b in original.beneficiaries:
            self._add_beneficiary_row(b)
        self.cover_editor.set_covers(original.covers)
        self.form.generate_schedule.setVisible(record is None)
        self.setWindowTitle(self.tr("编辑保单 – {0}").format(record.policy_no) if record else self.tr("新建保单"))
        self.finish_setup()
        self.prefill = PolicyPrefill(self) if PolicyPrefill.offered(record) else None
        self._snapshot = self.values()

    # --- kinds of cover -------------------------------------------------------------------
    def _setup_covers(self) -> None:
        self.catalogue = self.store.products.catalogue()
        self.cover_editor = CoverEditor(self)
        layout = self.form.main_layout
        layout.insertWidget(layout.indexOf(self.form.beneficiary_box), self.cover_editor)
        self.cover_editor.changed.connect(self.schedule_validation)
        self.cover_editor.fillRequested.connect(self.fill_covers)
        completer = QCompleter(sorted({p.name for p in self.catalogue}), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.form.product.setCompleter(completer)
        self.form.product.editingFinished.connect(self._product_chosen)

    def _product_chosen(self) -> None:
        """A catalogued product fills an empty cover table (a filled one is the agent's to change)."""
        if self.cover_editor.table.rowCount() == 0 and self._catalogued() is not None:
            self.fill_covers()

    def _catalogued(self) -> Product | None:
        return match_product(self.catalogue, self.form.insurer.currentText(), self.form.product.text())

    def fill_covers(self) -> None:
        """Covers, business line and usual period from the catalogue; from the name when not listed."""
        product = self._catalogued()
        try:
            effective, expiry = self.value("effective_date"), self.value("expiry_date")
            sum_insured = self.value("sum_insured") or Decimal(0)
        except FieldParseError:  # half-typed: the field shows why; fill what can be filled
            effective, expiry, sum_insured = None, None, Decimal(0)
        if product is not None:
            self.fields["business_line"].set(product.business_line)
            if product.usual_years and effective and expiry is None:
                self.fields["expiry_date"].set(add_months(effective, 12 * product.usual_years))
        line = self.value("business_line") or E.BusinessLine.LIFE
        self.cover_editor.fill(product, self.form.product.text(), line, sum_insured)

    # --- beneficiaries --------------------------------------------------------------------
    def _setup_beneficiary_table(self) -> None:
        table: QTableWidget = self.form.beneficiaries
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("顺位"),
                self.tr("姓名（可从客户中选择）"),
                self.tr("与被保险人关系"),
                self.tr("受益比例 %"),
                self.tr("证件号码"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        self.form.add_beneficiary.clicked.connect(lambda: self._add_beneficiary_row(None))
        self.form.remove_beneficiary.clicked.connect(self._remove_beneficiary_rows)

    def _add_beneficiary_row(self, b: Beneficiary | None) -> None:
        table: QTableWidget = self.form.beneficiaries
        row = table.rowCount()
        table.insertRow(row)
        order = QSpinBox(table)
        order.setRange(1, 9)
        order.setValue(b.order if b else 1)
        name = QLineEdit(table)
        name.setObjectName(f"beneficiary_name_{row}")
        picker = RecordPicker(
            name, self.store.customer_choices, lambda cid: self.store.customer_label(cid).split("（")[0], free_text=True
        )
        relation = QComboBox(table)
        for member in E.RelationKind:
            relation.addItem(tr_enum(member), member.value)
        share = QLineEdit(table)
        share.setObjectName(f"beneficiary_share_{row}")
        id_number = QLineEdit(table)
        if b is not None:
            name.setText(b.name)
            picker.record_id = b.customer_id
            relation.setCurrentIndex(max(0, relation.findData(b.relation.value)))
            share.setText(f"{b.share.normalize():f}")
            id_number.setText(b.id_number)
        else:
            share.setText("100" if row == 0 else "")
        for column, widget in (
            (ORDER, order),
            (NAME, name),
            (RELATION, relation),
            (SHARE, share),
            (ID_NUMBER, id_number),
        ):
            table.setCellWidget(row, column, widget)
        self._pickers.append(picker)
        for signal in (
            order.valueChanged,
            name.textChanged,
            relation.currentIndexChanged,
            share.textChanged,
            id_number.textChanged,
        ):
            signal.connect(self.schedule_validation)
        self.schedule_validation()

    def _remove_beneficiary_rows(self) -> None:
        table: QTableWidget = self.form.beneficiaries
        for row in sorted({i.row() for i in table.selectedIndexes()} or {table.rowCount() - 1}, reverse=True):
            if 0 <= row < table.rowCount():
                table.removeRow(row)
                del self._pickers[row]
        self.schedule_validation()

    def beneficiaries(self) -> tuple[list[Beneficiary], list[FieldError]]:
        table: QTableWidget = self.form.beneficiaries
        out, errors = [], []
        for row in range(table.rowCount()):
            text = cast(QLineEdit, table.cellWidget(row, SHARE)).text().strip().rstrip("%")
            try:
                share = Decimal(text)
            except InvalidOperation:
                errors.append(FieldError("beneficiaries", self.tr("第 {0} 行的受益比例不是数字").format(row + 1)))
                continue
            picker = self._pickers[row]
            out.append(
                Beneficiary(
                    name=cast(QLineEdit, table.cellWidget(row, NAME)).text().strip(),
                    relation=E.RelationKind(cast(QComboBox, table.cellWidget(row, RELATION)).currentData()),
                    share=share,
                    order=cast(QSpinBox, table.cellWidget(row, ORDER)).value(),
                    customer_id=picker.record_id,
                    id_number=cast(QLineEdit, table.cellWidget(row, ID_NUMBER)).text().strip(),
                )
            )
        return out, errors

    def _show_share_sums(self, beneficiaries: list[Beneficiary]) -> None:
        totals: dict[int, Decimal] = defaultdict(Decimal)
        for b in beneficiaries:
            totals[b.order] += b.share
        parts = [
            self.tr("第{0}顺位合计 {1}%").format(order, f"{total.normalize():f}")
            for order, total in sorted(totals.items())
        ]
        self.form.share_sum.setText("；".join(parts) if parts else self.tr("未指定受益人：按法定受益人处理"))
        ok = all(t == 100 for t in totals.values())
        self.form.share_sum.setStyleSheet("" if ok else "color: #c62828; font-weight: bold;")

    # --- record ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out = super().values()
        out["policyholder"] = getattr(self, "holder", None) and self.holder.record_id
        out["insured"] = getattr(self, "insured", None) and self.insured.record_id
        if hasattr(self, "_pickers"):
            table = self.form.beneficiaries
            out["beneficiaries"] = [
                tuple(
                    table.cellWidget(r, c).text()
                    if hasattr(table.cellWidget(r, c), "text")
                    else table.cellWidget(r, c).currentIndex()
                    for c in (NAME, SHARE, ID_NUMBER, RELATION)
                )
                for r in range(table.rowCount())
            ]
        if hasattr(self, "cover_editor"):
            out["covers"] = self.cover_editor.snapshot()
        return out

    def extra_errors(self) -> list[FieldError]:
        errors = []
        if self.holder.record_id is None:
            errors.append(FieldError("policyholder", self.tr("请从列表中选择投保人（输入姓名、拼音或手机尾号）")))
        if self.insured.record_id is None:
            errors.append(FieldError("insured", self.tr("请从列表中选择被保险人")))
        beneficiaries, problems = self.beneficiaries()
        self._show_share_sums(beneficiaries)
        covers, cover_problems = self.cover_editor.covers()
        return errors + problems + cover_problems + validate_covers(covers)

    def build_record(self) -> Policy:
        values = {name: self.value(name) for name in self.fields}
        values["premium"] = values["premium"] if values["premium"] is not None else Decimal(0)
        values["sum_insured"] = values["sum_insured"] if values["sum_insured"] is not None else Decimal(0)
        values["policyholder_id"] = self.holder.record_id or 0
        values["insured_id"] = self.insured.record_id or 0
        values["beneficiaries"] = self.beneficiaries()[0]
        values["covers"] = self.cover_editor.covers()[0]
        base = self.record or Policy("", "", "", E.BusinessLine.LIFE, 0, 0, Decimal(0), Decimal(0))
        return dataclasses.replace(base, **values)

    def validate_record(self, record: Policy) -> list[FieldError]:
        return validate_policy(record)

    def save_record(self, record: Policy) -> Policy:
        if self.record is not None:
            return self.store.policies.update(record)
        return self.store.create_policy(record, schedule=self.form.generate_schedule.isChecked())
