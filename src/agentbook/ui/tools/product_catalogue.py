"""The product catalogue: the agent's list of products and what each covers (Tools menu).

Entries feed the policy dialog (its product completer and the 按产品填入 button) and let the
family review place a policy whose covers were never entered.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.cover import MAX_WAITING_DAYS, Product, validate_product
from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.money import MoneyError, format_money, parse_money
from agentbook.domain.validation import ValidationError
from agentbook.store.api import Store
from agentbook.store.errors import KnownError
from agentbook.ui.errors import describe
from agentbook.ui.i18n import tr_enum, tr_validation
from agentbook.ui.list_model import Column, ListTableModel

NOT_STATED = -1  # the years box's lowest entry: no usual period stated


class ProductCatalogueDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("product_catalogue")
        self.setWindowTitle(self.tr("产品目录"))
        self.resize(900, 520)
        self.model: ListTableModel[Product] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "保险公司"), "text", lambda p: p.insurer),
                Column(QT_TRANSLATE_NOOP("columns", "产品"), "text", lambda p: p.name),
                Column(QT_TRANSLATE_NOOP("columns", "险种"), "enum", lambda p: p.business_line),
                Column(QT_TRANSLATE_NOOP("columns", "保障类型"), "text", lambda p: "、".join(map(tr_enum, p.kinds))),
                Column(QT_TRANSLATE_NOOP("columns", "保险期间"), "text", self._years_text),
                Column(QT_TRANSLATE_NOOP("columns", "等待期（天）"), "int", lambda p: p.waiting_days),
                Column(QT_TRANSLATE_NOOP("columns", "免赔额"), "money", lambda p: p.deductible),
            ]
        )
        self.view = QTableView(self)
        self.view.setObjectName("products")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        buttons = QHBoxLayout()
        for name, text, handler in (
            ("add_product", self.tr("新增…"), lambda: self.edit(None)),
            ("edit_product", self.tr("编辑…"), self.edit_selected),
            ("delete_product", self.tr("删除"), self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("未填写保险公司的条目适用于任何保险公司；新建保单时输入产品名称即可按目录填入保障责任。"), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    def _years_text(self, product: Product) -> str:
        if product.usual_years is None:
            return ""
        return self.tr("终身") if product.usual_years == 0 else self.tr("%n 年", "", product.usual_years)

    def reload(self) -> None:
        self.model.set_rows(self.store.products.catalogue())

    def _selected(self) -> Product | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def edit_selected(self) -> None:
        product = self._selected()
        if product is not None:
            self.edit(product)

    def edit(self, product: Product | None) -> bool:
        dialog = ProductDialog(self.store, product, self)
        if not dialog.exec():
            return False
        self.reload()
        return True

    def delete_selected(self) -> None:
        product = self._selected()
        if product is None or product.id is None:
            return
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("从目录中删除“{0}”？已录入的保单不受影响。").format(product.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.products.delete(product.id)
            self.reload()


class ProductDialog(QDialog):
    """One catalogue entry."""

    def __init__(self, store: Store, product: Product | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.product = product
        self.setObjectName("product_dialog")
        self.setWindowTitle(self.tr("编辑产品") if product else self.tr("新增产品"))
        self.insurer = QLineEdit(self)
        self.name = QLineEdit(self)
        self.line = QComboBox(self)
        for member in BusinessLine:
            self.line.addItem(tr_enum(member), member.value)
        self.kinds: dict[CoverKind, QCheckBox] = {}
        kinds_box = QWidget(self)
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(CoverKind):
            box = self.kinds[kind] = QCheckBox(tr_enum(kind), kinds_box)
            grid.addWidget(box, i // 4, i % 4)
        self.years = QSpinBox(self)
        self.years.setRange(NOT_STATED, 120)
        self.years.setSpecialValueText(self.tr("未说明"))
        self.years.setSuffix(self.tr(" 年"))
        self.years_note = QLabel(self.tr("0 表示终身"), self)
        self.waiting = QSpinBox(self)
        self.waiting.setRange(0, MAX_WAITING_DAYS)
        self.deductible = QLineEdit(self)
        self.remarks = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setObjectName("product_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("保险公司"), self.insurer)
        form.addRow(self.tr("产品名称"), self.name)
        form.addRow(self.tr("险种"), self.line)
        form.addRow(self.tr("保障类型"), kinds_box)
        years = QHBoxLayout()
        years.addWidget(self.years)
        years.addWidget(self.years_note)
        form.addRow(self.tr("常见保险期间"), years)
        form.addRow(self.tr("等待期（天）"), self.waiting)
        form.addRow(self.tr("免赔额（医疗）"), self.deductible)
        form.addRow(self.tr("备注"), self.remarks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if product is not None:
            self.insurer.setText(product.insurer)
            self.name.setText(product.name)
            self.line.setCurrentIndex(max(0, self.line.findData(product.business_line.value)))
            for kind in product.kinds:
                self.kinds[kind].setChecked(True)
            self.years.setValue(NOT_STATED if product.usual_years is None else product.usual_years)
            self.waiting.setValue(product.waiting_days)
            self.deductible.setText(format_money(product.deductible) if product.deductible is not None else "")
            self.remarks.setText(product.remarks)
        else:
            self.years.setValue(NOT_STATED)
        self.saved: Product | None = None

    def build(self) -> Product:
        """The entry as typed; raises MoneyError for an unreadable deductible."""
        years = self.years.value()
        text = self.deductible.text().strip()
        return Product(
            self.name.text().strip(),
            BusinessLine(self.line.currentData()),
            tuple(kind for kind, box in self.kinds.items() if box.isChecked()),
            insurer=self.insurer.text().strip(),
            usual_years=None if years == NOT_STATED else years,
            waiting_days=self.waiting.value(),
            deductible=parse_money(text) if text else None,
            remarks=self.remarks.text().strip(),
            id=self.product.id if self.product else None,
            created_at=self.product.created_at if self.product else None,
            updated_at=self.product.updated_at if self.product else None,
        )

    def save(self) -> None:
        try:
            product = self.build()
        except MoneyError:
            self.error.setText(self.tr("免赔额无法识别"))
            return
        errors = validate_product(product)
        if errors:
            self.error.setText("\n".join(e.text(tr_validation) for e in errors))
            return
        try:
            if product.id is None:
                self.saved = self.store.products.create(product)
            else:
                self.saved = self.store.products.update(product)
        except (KnownError, ValidationError) as exc:  # a duplicate name or a stale entry: keep the form
            self.error.setText(describe(exc))
            return
        self.accept()
