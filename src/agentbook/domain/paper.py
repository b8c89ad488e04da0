"""The paper archive: where each customer's paper file is kept and who has borrowed it.

Agents keep signed originals (投保单, 回执, 身份证复印件) in numbered cabinets, boxes and folders;
colleagues, the branch office or an auditor borrow a file and must bring it back. A loan is
overdue when it is not returned by its due date — derived from the dates, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError

DEFAULT_LOAN_DAYS = 14


@dataclass(slots=True)
class PaperLocation:
    customer_id: int
    cabinet: str = ""  # 柜
    box: str = ""  # 盒
    folder: str = ""  # 卷/夹
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def parts(self) -> tuple[str, str, str]:
        return self.cabinet.strip(), self.box.strip(), self.folder.strip()


@dataclass(slots=True)
class Loan:
    customer_id: int
    borrower: str
    lent_on: date
    due_on: date
    purpose: str = ""
    returned_on: date | None = None
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.returned_on is None

    def days_overdue(self, today: date) -> int:
        """Days past the due date of a file still out; 0 when returned or not yet due."""
        if self.returned_on is not None or self.due_on >= today:
            return 0
        return (today - self.due_on).days


def validate_location(location: PaperLocation) -> list[FieldError]:
    if not any(location.parts()):
        return [FieldError("cabinet", QT_TRANSLATE_NOOP("validation", "请至少填写柜、盒、卷中的一项"))]
    return []


def validate_loan(loan: Loan, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not loan.customer_id:
        errors.append(FieldError("customer_id", QT_TRANSLATE_NOOP("validation", "请选择客户")))
    if not loan.borrower.strip():
        errors.append(FieldError("borrower", QT_TRANSLATE_NOOP("validation", "请填写借阅人")))
    if loan.lent_on > today:
        errors.append(FieldError("lent_on", QT_TRANSLATE_NOOP("validation", "借出日期不能晚于今天")))
    if loan.due_on < loan.lent_on:
        errors.append(FieldError("due_on", QT_TRANSLATE_NOOP("validation", "应还日期不能早于借出日期")))
    if loan.returned_on is not None:
        if loan.returned_on < loan.lent_on:
            errors.append(FieldError("returned_on", QT_TRANSLATE_NOOP("validation", "归还日期不能早于借出日期")))
        if loan.returned_on > today:
            errors.append(FieldError("returned_on", QT_TRANSLATE_NOOP("validation", "归还日期不能晚于今天")))
    return errors
