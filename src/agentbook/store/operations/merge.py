"""Merging a duplicate customer into the one kept, and undoing the newest merge.

Everything of the merged customer moves to the kept one: policies as holder, insured or
beneficiary (their payments and commissions go with the policies), claims, contacts,
relationships, complaints, consent history, data-subject requests, attachments, paper file and
loans, and tags. Contact details the kept record lacks are taken over, and so are the keys its audit
details are sealed under (destroying the kept customer must shred the duplicate's history too).
Then the merged record is deleted. One transaction holds the moves, the audit row (what came from where, by id) and a
complete undo record of every changed row, so ``undo_last`` can put the archive back exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from agentbook.domain.duplicates import FILLABLE
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.branch.sealing import SEALED_TEXT
from agentbook.store.db import row_journal
from agentbook.store.db.mapping import from_db
from agentbook.store.db.row_journal import RowJournal
from agentbook.store.errors import ConflictError, KnownError
from agentbook.store.repositories import Repositories


class SameCustomerError(ConflictError):
    message = QT_TRANSLATE_NOOP("store", "不能把客户与自己合并。")


class NothingToUndoError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "没有可以撤销的合并。")


# Tables whose rows simply change owner: (table, customer column).
_OWNED = (
    ("beneficiary", "customer_id"),
    ("claim", "claimant_id"),
    ("contact", "customer_id"),
    ("complaint", "customer_id"),
    ("consent_event", "customer_id"),
    ("subject_request", "customer_id"),
    ("attachment", "customer_id"),
    ("loan", "customer_id"),
)


@dataclass(frozen=True, slots=True)
class MergeRecord:
    id: int
    kept_id: int
    merged_id: int
    merged_archive_no: str
    merged_name: str
    moved: dict[str, Any]
    undoable: bool
    created_at: Any


def merge(store: Repositories, kept_id: int, merged_id: int) -> MergeRecord:
    """Move everything of *merged_id* to *kept_id* and delete *merged_id*; returns the record."""
    if kept_id == merged_id:
        raise SameCustomerError()
    db = store.db
    with db.transaction() as conn:
        kept = store.customers.get(kept_id)
        other = store.customers.get(merged_id)
        now = db.now()
        journal = RowJournal(conn)
        ids = {"k": kept_id, "m": merged_id}
        journal.capture("customer", "id IN (:k, :m)", ids)
        journal.capture("customer_tag", "customer_id IN (:k, :m)", ids, key=("customer_id", "tag"))
        moved: dict[str, Any] = {}

        for column, label in (("policyholder_id", "policy_holder"), ("insured_id", "policy_insured")):
            rows = journal.capture("policy", f"{column} = :m", ids)
            moved[label] = [r["id"] for r in rows]
            conn.execute(f"UPDATE policy SET {column} = :k, updated_at = :now WHERE {column} = :m", {**ids, "now": now})
        for table, column in _OWNED:
            rows = journal.capture(table, f"{column} = :m", ids)
            moved[table] = [r["id"] for r in rows]
            conn.execute(
                f"UPDATE {table} SET {column} = :k, updated_at = :now WHERE {column} = :m", {**ids, "now": now}
            )

        moved["relationship"], moved["relationship_dropped"] = _move_relationships(conn, journal, ids, now)
        moved["paper_location"] = _move_paper_location(conn, journal, ids, other.archive_no, now)

        tags = [r[0] for r in conn.execute("SELECT tag FROM customer_tag WHERE customer_id = ?", (merged_id,))]
        have = set(kept.tags)
        for tag in tags:
            if tag not in have:
                conn.execute("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)", (kept_id, tag))
                journal.inserted("customer_tag", (kept_id, tag), ("customer_id", "tag"))
        moved["tags"] = [t for t in tags if t not in have]

        filled = {f: getattr(other, f) for f in FILLABLE if not getattr(kept, f) and getattr(other, f)}
        written = filled
        if db.sealer is not None:  # a branch keeps the mobile sealed (store/branch/sealing)
            written = {f: db.sealer.seal(v, f) if f in SEALED_TEXT["customer"] else v for f, v in filled.items()}
        assignments = "".join(f", {f} = :{f}" for f in filled)
        conn.execute(
            f"UPDATE customer SET updated_at = :now{assignments} WHERE id = :k", {**ids, **written, "now": now}
        )
        moved["filled"] = filled

        journal.capture("not_duplicate", "low_id = :m OR high_id = :m", ids, key=("low_id", "high_id"))
        conn.execute("DELETE FROM not_duplicate WHERE low_id = :m OR high_id = :m", ids)
        # Only the newest merge can be undone: older undo records are dropped (they also hold a
        # copy of personal data nobody needs any more); this undo restores them.
        journal.capture("merge_record", "undo_json IS NOT NULL")
        conn.execute("UPDATE merge_record SET undo_json = NULL, updated_at = ? WHERE undo_json IS NOT NULL", (now,))

        # The duplicate's audit history is sealed under its own keys; they now belong to the kept
        # customer, so destroying that customer shreds everything ever logged about either record.
        moved["audit_key"] = [
            r[0] for r in conn.execute("SELECT id FROM audit_key WHERE customer_id = ? ORDER BY id", (merged_id,))
        ]
        conn.execute("UPDATE audit_key SET customer_id = ? WHERE customer_id = ?", (kept_id, merged_id))

        conn.execute("DELETE FROM customer WHERE id = ?", (merged_id,))
        db.search_index.remove([merged_id])
        db.search_index.refresh([kept_id])

        undo = journal.record()
        cur = conn.execute(
            "INSERT INTO merge_record (kept_id, merged_id, merged_archive_no, merged_name, moved_json, undo_json,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                kept_id,
                merged_id,
                other.archive_no,
                other.name,
                json.dumps(moved, ensure_ascii=False, sort_keys=True),
                json.dumps(undo, ensure_ascii=False),
                now,
                now,
            ),
        )
        record_id = int(cur.lastrowid)
        db.audit(
            "merge",
            "customer",
            kept_id,
            customer_id=kept_id,
            summary=f"{other.archive_no} → {kept.archive_no}",
            before={"from": {"customer_id": merged_id, "archive_no": other.archive_no, "name": other.name}},
            after={
                "into": {"customer_id": kept_id, "archive_no": kept.archive_no, "name": kept.name},
                "merge_record": record_id,
                "moved": moved,
            },
        )
    last = last_merge(store)
    assert last is not None
    return last


def _move_relationships(conn: Any, journal: RowJournal, ids: dict[str, int], now: str) -> tuple[list[int], list[int]]:
    """Relationships of the merged customer now name the kept one; a relation that would point at
    itself (the two were linked to each other) or repeat one the kept customer has is dropped."""
    moved, dropped = [], []
    rows = journal.capture("relationship", "customer_id = :m OR related_id = :m", ids)
    for row in rows:
        a = ids["k"] if row["customer_id"] == ids["m"] else row["customer_id"]
        b = ids["k"] if row["related_id"] == ids["m"] else row["related_id"]
        clash = conn.execute(
            "SELECT 1 FROM relationship WHERE customer_id = ? AND related_id = ? AND relation = ? AND id <> ?",
            (a, b, row["relation"], row["id"]),
        ).fetchone()
        if a == b or clash:
            conn.execute("DELETE FROM relationship WHERE id = ?", (row["id"],))
            dropped.append(row["id"])
        else:
            conn.execute(
                "UPDATE relationship SET customer_id = ?, related_id = ?, updated_at = ? WHERE id = ?",
                (a, b, now, row["id"]),
            )
            moved.append(row["id"])
    return moved, dropped


def _move_paper_location(
    conn: Any, journal: RowJournal, ids: dict[str, int], archive_no: str, now: str
) -> dict[Any, Any]:
    """The merged customer's paper file moves with them; when both have one, the kept location
    stays and its remarks say where the other file is, so the agent can put the papers together."""
    rows = journal.capture("paper_location", "customer_id IN (:k, :m)", ids)
    mine = next((r for r in rows if r["customer_id"] == ids["m"]), None)
    kept = next((r for r in rows if r["customer_id"] == ids["k"]), None)
    if mine is None:
        return {}
    if kept is None:
        conn.execute(
            "UPDATE paper_location SET customer_id = ?, updated_at = ? WHERE id = ?", (ids["k"], now, mine["id"])
        )
        return {"moved": mine["id"]}
    where = "/".join(p for p in (mine["cabinet"], mine["box"], mine["folder"]) if p)
    note = f"{archive_no}: {where}"
    remarks = f"{kept['remarks']}\n{note}".strip()
    conn.execute("UPDATE paper_location SET remarks = ?, updated_at = ? WHERE id = ?", (remarks, now, kept["id"]))
    conn.execute("DELETE FROM paper_location WHERE id = ?", (mine["id"],))
    return {"joined": mine["id"], "location": where}


def last_merge(store: Repositories) -> MergeRecord | None:
    row = store.db.read_one(
        "SELECT id, kept_id, merged_id, merged_archive_no, merged_name, moved_json, undo_json IS NOT NULL, created_at"
        " FROM merge_record ORDER BY id DESC LIMIT 1"
    )
    if row is None:
        return None
    return MergeRecord(
        row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), bool(row[6]), from_db("datetime", row[7])
    )


def undo_last(store: Repositories) -> MergeRecord:
    """Undo the newest merge: every changed row back as it was, the merge record removed."""
    db = store.db
    with db.transaction() as conn:
        last = last_merge(store)
        if last is None or not last.undoable:
            raise NothingToUndoError()
        (undo_json,) = conn.execute("SELECT undo_json FROM merge_record WHERE id = ?", (last.id,)).fetchone()
        row_journal.undo(conn, json.loads(undo_json))
        # The keys are not in the undo journal (no key copy should sit in a JSON column); their ids are.
        keys = [int(i) for i in last.moved.get("audit_key", [])]
        if keys:
            marks = ",".join("?" * len(keys))
            conn.execute(
                f"UPDATE audit_key SET customer_id = ? WHERE id IN ({marks}) AND customer_id = ?",
                (last.merged_id, *keys, last.kept_id),
            )
        conn.execute("DELETE FROM merge_record WHERE id = ?", (last.id,))
        db.search_index.refresh([last.kept_id, last.merged_id])
        db.audit(
            "undo_merge",
            "customer",
            last.kept_id,
            customer_id=last.kept_id,
            summary=f"{last.merged_archive_no}",
            after={
                "restored": {"customer_id": last.merged_id, "archive_no": last.merged_archive_no},
                "moved": last.moved,
            },
        )
    return last
