"""纸质档案: a customer's file location (柜/盒/卷) and lending it out (借阅)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from agentbook.domain.paper import DEFAULT_LOAN_DAYS, Loan, PaperLocation, validate_loan, validate_location
from agentbook.domain.validation import FieldError
from agentbook.store.api import Store
from agentbook.ui.dialogs.simple_form import SimpleFormDialog


class PaperLocationDialog(SimpleFormDialog):
    def __init__(self, store: Store, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("paper_location_dialog")
        self.current = store.paper_locations.of_customer(customer_id) or PaperLocation(customer_id)
        self.setWindowTitle(self.tr("纸质档案位置 – {0}").format(store.customer_label(customer_id)))
        self.cabinet = self.add_row("cabinet", self.tr("柜"), self.line_edit(self.current.cabinet))
        self.box = self.add_row("box", self.tr("盒"), self.line_edit(self.current.box))
        self.folder = self.add_row("folder", self.tr("卷/夹"), self.line_edit(self.current.folder))
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit(self.current.remarks))
        self.finish()

    def build(self) -> PaperLocation:
        return dataclasses.replace(
            self.current,
            cabinet=self.cabinet.text(),
            box=self.box.text(),
            folder=self.folder.text(),
            remarks=self.remarks.text(),
        )

    def check(self, record: PaperLocation) -> list[FieldError]:
        return validate_location(record)

    def store_record(self, record: PaperLocation) -> PaperLocation:
        return self.store.paper_locations.save(record)


class LoanDialog(SimpleFormDialog):
    """Lend the customer's paper file: who, why, from when and until when."""

    def __init__(self, store: Store, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.customer_id = customer_id
        self.setObjectName("loan_dialog")
        self.setWindowTitle(self.tr("借出纸质档案 – {0}").format(store.customer_label(customer_id)))
        today = store.today()
        self.borrower = self.add_row("borrower", self.tr("借阅人"), self.line_edit())
        self.purpose = self.add_row("purpose", self.tr("借阅用途"), self.line_edit())
        self.lent_on = self.add_row("lent_on", self.tr("借出日期"), self.date_edit(today))
        self.due_on = self.add_row("due_on", self.tr("应还日期"), self.date_edit(today + timedelta(DEFAULT_LOAN_DAYS)))
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit())
        self.finish()

    def build(self) -> Loan:
        return Loan(
            self.customer_id,
            self.borrower.text(),
            self.date_of(self.lent_on),
            self.date_of(self.due_on),
            self.purpose.text().strip(),
            remarks=self.remarks.text().strip(),
        )

    def check(self, record: Loan) -> list[FieldError]:
        return validate_loan(record, self.store.today())

    def store_record(self, record: Loan) -> Loan:
        return self.store.loans.create(record)
