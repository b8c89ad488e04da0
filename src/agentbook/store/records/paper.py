"""The paper archive: each customer's file location and the register of loans (借阅登记).

A customer has at most one location; a file can be lent to one borrower at a time, so a second
open loan of the same customer's file is refused. Overdue loans feed the Today view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.paper import Loan, PaperLocation, validate_loan, validate_location
from agentbook.domain.validation import FieldError, raise_if_invalid
from agentbook.store.branch.sealing import opened_rows
from agentbook.store.db.mapping import Col, from_db
from agentbook.store.errors import ConflictError
from agentbook.store.records.repository import Repository


class AlreadyLentError(ConflictError):
    message = QT_TRANSLATE_NOOP("store", "该客户的纸质档案已借出尚未归还，请先登记归还。")


@dataclass(frozen=True, slots=True)
class PaperFile:
    """One customer's paper file as the archivist looks it up: where it is and who has it now."""

    customer_id: int
    archive_no: str
    name: str
    id_number: str
    location: str  # cabinet/box/folder, "" when not filed yet
    borrower: str  # "" when the file is in place
    due_on: date | None


class PaperLocationRepository(Repository[PaperLocation]):
    table = "paper_location"
    entity = "paper_location"
    model = PaperLocation
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("cabinet"),
        Col("box"),
        Col("folder"),
        Col("remarks"),
    )

    def normalize(self, obj: PaperLocation) -> None:
        obj.cabinet, obj.box, obj.folder = obj.parts()

    def validate(self, obj: PaperLocation) -> list[FieldError]:
        return validate_location(obj)

    def customer_of(self, obj: PaperLocation) -> int | None:
        return obj.customer_id

    def of_customer(self, customer_id: int) -> PaperLocation | None:
        found = self.find("customer_id = ?", (customer_id,))
        return found[0] if found else None

    def register(self, text: str = "", limit: int = 500) -> list[PaperFile]:
        """The customers' paper files matching *text* (part of a name or archive number; all
        when empty), by archive number: identity, location and open loan only, which is what
        an archivist may read of a customer on a branch."""
        like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.db.read(
            "SELECT c.id, c.archive_no, c.name, c.id_number,"
            " coalesce(p.cabinet || '/' || p.box || '/' || p.folder, ''),"
            " coalesce(l.borrower, ''), l.due_on"
            " FROM customer c LEFT JOIN paper_location p ON p.customer_id = c.id"
            " LEFT JOIN loan l ON l.id = (SELECT max(o.id) FROM loan o"
            "   WHERE o.customer_id = c.id AND o.returned_on IS NULL)"
            " WHERE c.name LIKE :pattern ESCAPE '\\' OR c.archive_no LIKE :pattern ESCAPE '\\'"
            " ORDER BY c.archive_no LIMIT :limit",
            {"pattern": like, "limit": limit},
        )
        rows = opened_rows(self.db.sealer, rows, (3,))
        return [PaperFile(int(r[0]), r[1], r[2], r[3] or "", r[4], r[5], from_db("date", r[6])) for r in rows]

    def save(self, location: PaperLocation) -> PaperLocation:
        """Create the customer's location or change the one they have."""
        with self.db.transaction():
            current = self.of_customer(location.customer_id)
            if current is None:
                location.id = None
                return self.create(location)
            location.id = current.id
            return self.update(location)


@dataclass(frozen=True, slots=True)
class LoanRow:
    """A loan with the names the register shows."""

    loan: Loan
    customer_name: str
    archive_no: str
    location: str  # "柜/盒/卷" as stored, "" when the customer has none


class LoanRepository(Repository[Loan]):
    table = "loan"
    entity = "loan"
    model = Loan
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("borrower"),
        Col("purpose"),
        Col("lent_on", "date"),
        Col("due_on", "date"),
        Col("returned_on", "date"),
        Col("remarks"),
    )

    def normalize(self, obj: Loan) -> None:
        obj.borrower = obj.borrower.strip()

    def validate(self, obj: Loan) -> list[FieldError]:
        return validate_loan(obj, self.db.today())

    def customer_of(self, obj: Loan) -> int | None:
        return obj.customer_id

    def create(self, obj: Loan) -> Loan:
        self.normalize(obj)
        raise_if_invalid(self.validate(obj))  # a wrong date is news before "already lent"
        with self.db.transaction():
            if obj.returned_on is None and self.open_loan_of(obj.customer_id) is not None:
                raise AlreadyLentError()
            return super().create(obj)

    def open_loan_of(self, customer_id: int) -> Loan | None:
        found = self.find("customer_id = ? AND returned_on IS NULL", (customer_id,), order="lent_on DESC, id DESC")
        return found[0] if found else None

    def of_customer(self, customer_id: int) -> list[Loan]:
        return self.find("customer_id = ?", (customer_id,), order="lent_on DESC, id DESC")

    def return_file(self, loan_id: int, returned_on: date | None = None) -> Loan:
        loan = self.get(loan_id)
        loan.returned_on = returned_on or self.db.today()
        return self.update(loan)

    def register(self, *, open_only: bool = False, overdue_only: bool = False) -> list[LoanRow]:
        """The loans register with names and locations, open ones first, most overdue first."""
        where = []
        params: dict[str, str] = {"today": self.db.today().isoformat()}
        if open_only or overdue_only:
            where.append("l.returned_on IS NULL")
        if overdue_only:
            where.append("l.due_on < :today")
        sql = (
            "SELECT l.id, l.created_at, l.updated_at, "
            + ", ".join(f"l.{c.name}" for c in self.columns)
            + ", c.name, c.archive_no,"
            " coalesce(p.cabinet || '/' || p.box || '/' || p.folder, '')"
            " FROM loan l JOIN customer c ON c.id = l.customer_id"
            " LEFT JOIN paper_location p ON p.customer_id = l.customer_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY l.returned_on IS NOT NULL, l.due_on, l.id"
        )
        out = []
        n = len(self.columns)
        for row in self.db.read(sql, params):
            loan = self.from_row(row[: 3 + n])
            out.append(LoanRow(loan, row[3 + n], row[4 + n], row[5 + n]))
        return out
