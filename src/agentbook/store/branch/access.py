"""Who looked at whom (访问记录): opening a customer's 360 view, revealing a masked field,
printing and exporting, per person, on a branch server.

The audit log records changes; this log records looking, which regulators ask a branch to review
(curiosity look-ups, resold customer lists). It is append-only on the server (triggers) and each
person may write only rows in their own name (row-level security); the auditor and the manager
read it. On a local archive there is one person and nothing to review: nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import from_db

ACTIONS = {
    "open_360": QT_TRANSLATE_NOOP("access", "查看客户360"),
    "reveal": QT_TRANSLATE_NOOP("access", "显示敏感信息"),
    "print": QT_TRANSLATE_NOOP("access", "打印"),
    "export": QT_TRANSLATE_NOOP("access", "导出"),
}
# Audited events that are also looks at personal data, and their access-log action.
LOOKING = {
    "reveal": "reveal",
    "copy": "reveal",
    "print": "print",
    "preview": "print",
    "export": "export",
    "export_excel": "export",
    "export_pdf": "print",
    "export_report": "export",
}
# Customers opened by one person in one day above which the manager's Today shows them.
UNUSUAL_OPENINGS = 60


@dataclass(frozen=True)
class Access:
    at: datetime
    person: str
    action: str
    customer_id: int | None
    customer_label: str  # archive number and name
    detail: str


class AccessLog:
    """``store.access``: write one look, read the log (auditor, manager), flag unusual days."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, action: str, customer_id: int | None = None, detail: str = "") -> None:
        if self.db.branch is None or self.db.person is None:
            return
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO access_log (at, person, action, customer_id, detail) VALUES (?,?,?,?,?)",
                (self.db.now(), self.db.person, action, customer_id, detail),
            )

    def entries(
        self, *, person: str | None = None, since: date | None = None, until: date | None = None, limit: int = 5000
    ) -> list[Access]:
        """The log, newest first, filtered by person and by day (both inclusive)."""
        if self.db.branch is None:
            return []
        where, params = ["1 = 1"], []
        if person:
            where.append("a.person = ?")
            params.append(person)
        if since:
            where.append("a.at >= ?")
            params.append(since.isoformat())
        if until:
            where.append("a.at < ?")
            params.append(f"{until.isoformat()} 99")
        rows = self.db.read(
            "SELECT a.at, a.person, a.action, a.customer_id, coalesce(ab_customer_label(a.customer_id), ''), a.detail"
            f" FROM access_log a WHERE {' AND '.join(where)}"
            " ORDER BY a.id DESC LIMIT ?",
            [*params, limit],
        )
        return [Access(from_db("datetime", r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def unusual(self, day: date | None = None, threshold: int = UNUSUAL_OPENINGS) -> list[tuple[str, int]]:
        """(person, customers opened) of those who opened more than *threshold* distinct customers'
        360 views on *day* (today by the store's clock)."""
        if self.db.branch is None:
            return []
        day = day or self.db.today()
        rows = self.db.read(
            "SELECT person, count(DISTINCT customer_id) FROM access_log WHERE action = 'open_360'"
            " AND at >= ? AND at < ? GROUP BY person HAVING count(DISTINCT customer_id) > ? ORDER BY 2 DESC",
            (day.isoformat(), f"{day.isoformat()} 99", threshold),
        )
        return [(r[0], int(r[1])) for r in rows]
