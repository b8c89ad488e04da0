"""The kinds of cover of a policy in its dialog: one row per kind of the main contract or a rider.

Rows are filled from the product catalogue when the product is known, or from what the
product's name suggests; the agent corrects sums, deductibles and waiting periods by hand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.cover import MAX_WAITING_DAYS, Product, covers_for, guess_kinds
from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.domain.models import Cover
from agentbook.domain.money import MoneyError, parse_money
from agentbook.domain.validation import FieldError
from agentbook.ui.i18n import tr_enum

RIDER, KIND, SUM, DEDUCTIBLE, UNTIL, WAITING = range(6)


class CoverEditor(QGroupBox):
    """Edits ``Policy.covers``; ``fillRequested`` asks the dialog to fill rows from its product."""

    changed = Signal()
    fillRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("保障责任（按保障类型）"), parent)
        self.setObjectName("cover_box")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("covers")
        self.table.setMinimumHeight(96)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("附加险（主险留空）"),
                self.tr("保障类型"),
                self.tr("保额"),
                self.tr("免赔额"),
                self.tr("保至（空=随保单）"),
                self.tr("等待期（天）"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RIDER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UNTIL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("添加"), self)
        self.add_button.setObjectName("add_cover")
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.remove_button.setObjectName("remove_cover")
        self.remove_button.clicked.connect(self.remove_rows)
        self.fill_button = QPushButton(self.tr("按产品填入"), self)
        self.fill_button.setObjectName("fill_covers")
        self.fill_button.setToolTip(self.tr("产品目录中有该产品时按目录填入，否则按产品名称推断"))
        self.fill_button.clicked.connect(self.fillRequested)
        self.note = QLabel(self)
        self.note.setObjectName("cover_note")
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.fill_button, self.note):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # --- rows -----------------------------------------------------------------------------
    def set_covers(self, covers: list[Cover]) -> None:
        self.table.setRowCount(0)
        for cover in covers:
            self.add_row(cover)
        self.note.clear()

    def add_row(self, cover: Cover | None) -> None:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        rider = QLineEdit(table)
        kind = QComboBox(table)
        for member in CoverKind:
            kind.addItem(tr_enum(member), member.value)
        amount, deductible, until = QLineEdit(table), QLineEdit(table), QLineEdit(table)
        until.setPlaceholderText("YYYY-MM-DD")
        waiting = QSpinBox(table)
        waiting.setRange(0, MAX_WAITING_DAYS)
        if cover is not None:
            rider.setText(cover.rider)
            kind.setCurrentIndex(max(0, kind.findData(cover.kind.value)))
            amount.setText(f"{cover.sum_insured:f}")
            deductible.setText(f"{cover.deductible:f}" if cover.deductible is not None else "")
            until.setText(cover.until.isoformat() if cover.until else "")
            waiting.setValue(cover.waiting_days)
        for column, widget in (
            (RIDER, rider),
            (KIND, kind),
            (SUM, amount),
            (DEDUCTIBLE, deductible),
            (UNTIL, until),
            (WAITING, waiting),
        ):
            widget.setObjectName(f"cover_{column}_{row}")
            table.setCellWidget(row, column, widget)
        for signal in (
            rider.textChanged,
            kind.currentIndexChanged,
            amount.textChanged,
            deductible.textChanged,
            until.textChanged,
            waiting.valueChanged,
        ):
            signal.connect(self.changed)
        self.changed.emit()

    def remove_rows(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.rowCount() - 1}
        for row in sorted(rows, reverse=True):
            if 0 <= row < self.table.rowCount():
                self.table.removeRow(row)
        self.changed.emit()

    def fill(self, product: Product | None, name: str, line: BusinessLine, sum_insured: Decimal) -> None:
        """Rows for the main contract from the catalogue entry, or guessed from the name; riders kept."""
        riders = [c for c in self.covers()[0] if c.rider]
        if product is not None:
            main = covers_for(product, sum_insured)
            self.note.setText(self.tr("已按产品目录填入"))
        else:
            main = [Cover(kind, sum_insured) for kind in guess_kinds(name, line)]
            self.note.setText(self.tr("目录中没有该产品：已按名称推断，请核对"))
        note = self.note.text()
        self.set_covers(main + riders)
        self.note.setText(note)

    # --- reading --------------------------------------------------------------------------
    def covers(self) -> tuple[list[Cover], list[FieldError]]:
        out: list[Cover] = []
        errors: list[FieldError] = []
        table = self.table
        for row in range(table.rowCount()):
            line = row + 1
            try:
                amount = parse_money(cast(QLineEdit, table.cellWidget(row, SUM)).text() or "0")
                text = cast(QLineEdit, table.cellWidget(row, DEDUCTIBLE)).text().strip()
                deductible = parse_money(text) if text else None
            except MoneyError:
                errors.append(FieldError("covers", self.tr("保障第 {0} 行的金额无法识别").format(line)))
                continue
            text = cast(QLineEdit, table.cellWidget(row, UNTIL)).text().strip()
            try:
                until = date.fromisoformat(text) if text else None
            except ValueError:
                errors.append(FieldError("covers", self.tr("保障第 {0} 行的日期应为 YYYY-MM-DD").format(line)))
                continue
            out.append(
                Cover(
                    CoverKind(cast(QComboBox, table.cellWidget(row, KIND)).currentData()),
                    amount,
                    rider=cast(QLineEdit, table.cellWidget(row, RIDER)).text().strip(),
                    deductible=deductible,
                    until=until,
                    waiting_days=cast(QSpinBox, table.cellWidget(row, WAITING)).value(),
                )
            )
        return out, errors

    def snapshot(self) -> list[tuple]:
        """What the rows hold, to tell whether the dialog has unsaved changes."""
        table = self.table
        return [
            tuple(
                w.currentIndex()
                if isinstance(w, QComboBox)
                else w.value()
                if isinstance(w, QSpinBox)
                else cast(QLineEdit, w).text()
                for w in (table.cellWidget(r, c) for c in range(6))
            )
            for r in range(table.rowCount())
        ]
