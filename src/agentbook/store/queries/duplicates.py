"""Finding likely duplicate customers, and remembering pairs the agent says are different people.

The pinyin of every name is already in the search index (``customer_fts.pinyin``), so finding
reads one row per customer and groups in memory (``domain.duplicates``): about 0.3 s at
100,000 customers, run on demand from the Tools menu.
"""

from __future__ import annotations

from datetime import date

from agentbook.domain.duplicates import Candidate, PersonKey, find_candidates
from agentbook.store.branch.sealing import opened_rows
from agentbook.store.db.database import Database


def candidates(db: Database) -> list[Candidate]:
    rows = db.read(
        "SELECT c.id, c.name, c.id_number, c.mobile, c.birth_date, coalesce(f.pinyin, '')"
        " FROM customer c LEFT JOIN customer_fts f ON f.rowid = c.id"
    )
    rows = opened_rows(db.sealer, rows, (2, 3))
    dismissed = {(a, b) for a, b in db.read("SELECT low_id, high_id FROM not_duplicate")}
    people = [
        # the index keeps every reading of the surname; the everyday one (first) is compared
        PersonKey(cid, name, id_number, mobile, date.fromisoformat(born) if born else None, (pinyin.split() or [""])[0])
        for cid, name, id_number, mobile, born, pinyin in rows
    ]
    return find_candidates(people, dismissed)


def dismiss(db: Database, a: int, b: int) -> None:
    """Record that *a* and *b* are different people; the pair is not proposed again."""
    low, high = sorted((a, b))
    with db.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO not_duplicate (low_id, high_id, created_at) VALUES (?,?,?)", (low, high, db.now())
        )
        db.audit("not_duplicate", "customer", low, customer_id=low, after={"customer_id": high})
