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
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from agentbook.domain.money import format_money
from agentbook.domain.validation import FieldError
from agentbook.store.api import Store
from agentbook.ui.dialogs.form_base import INVALID_STYLE
from agentbook.ui.dialogs.simple_form import SimpleFormDialog
from agentbook.ui.i18n import join_list, tr_enum
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
                Column(QT_TRANSLATE_NOOP("columns", "保障类型"), "text", lambda p: join_list(map(tr_enum, p.kinds))),
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


class ProductDialog(SimpleFormDialog):
    """One catalogue entry; checked as it is typed (a name, at least one kind of cover, a deductible
    only for medical cover)."""

    def __init__(self, store: Store, product: Product | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.product = product
        self.setObjectName("product_dialog")
        self.setWindowTitle(self.tr("编辑产品") if product else self.tr("新增产品"))
        self.line = QComboBox(self)
        for member in BusinessLine:
            self.line.addItem(tr_enum(member), member.value)
        self.kinds: dict[CoverKind, QCheckBox] = {}
        kinds_box = self.kinds_box = QFrame(self)
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(CoverKind):
            box = self.kinds[kind] = QCheckBox(tr_enum(kind), kinds_box)
            box.toggled.connect(self.schedule_validation)
            grid.addWidget(box, i // 4, i % 4)
        self.years = QSpinBox(self)
        self.years.setRange(NOT_STATED, 120)
        self.years.setSpecialValueText(self.tr("未说明"))
        self.years.setSuffix(self.tr(" 年"))
        self.years.valueChanged.connect(self.schedule_validation)
        years_box = QWidget(self)
        years = QHBoxLayout(years_box)
        years.setContentsMargins(0, 0, 0, 0)
        years.addWidget(self.years)
        years.addWidget(QLabel(self.tr("0 表示终身"), years_box))
        self.waiting = QSpinBox(self)
        self.waiting.setRange(0, MAX_WAITING_DAYS)
        self.insurer = self.add_row("insurer", self.tr("保险公司"), self.line_edit())
        self.name = self.add_row("name", self.tr("产品名称"), self.line_edit())
        self.add_row("business_line", self.tr("险种"), self.line)
        self.add_row("kinds", self.tr("保障类型"), kinds_box)
        self.add_row("usual_years", self.tr("常见保险期间"), years_box)
        self.add_row("waiting_days", self.tr("等待期（天）"), self.waiting)
        self.deductible = self.add_row("deductible", self.tr("免赔额（医疗）"), self.line_edit())
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit())
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
        self.finish()

    def build(self) -> Product:
        years = self.years.value()
        return Product(
            self.name.text().strip(),
            BusinessLine(self.line.currentData()),
            tuple(kind for kind, box in self.kinds.items() if box.isChecked()),
            insurer=self.insurer.text().strip(),
            usual_years=None if years == NOT_STATED else years,
            waiting_days=self.waiting.value(),
            deductible=self.money_of(self.deductible, "deductible"),
            remarks=self.remarks.text().strip(),
            id=self.product.id if self.product else None,
            created_at=self.product.created_at if self.product else None,
            updated_at=self.product.updated_at if self.product else None,
        )

    def check(self, record: Product) -> list[FieldError]:
        return validate_product(record)

    def show_errors(self, errors: list[FieldError]) -> None:
        """The kinds are a box of checkboxes: the red line goes round the box, not round each one."""
        super().show_errors(errors)
        wrong = any(e.field == "kinds" for e in errors)
        self.kinds_box.setStyleSheet(f"QFrame#kinds {{ {INVALID_STYLE} }}" if wrong else "")

    def store_record(self, record: Product) -> Product:
        """A duplicate name or a stale entry is refused by the store; the form keeps what was typed."""
        if record.id is None:
            return self.store.products.create(record)
        return self.store.products.update(record)
