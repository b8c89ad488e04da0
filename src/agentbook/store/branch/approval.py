"""信息变更申请: changes to guarded fields wait for a manager's approval.

On a branch, an agent who changes a customer's name or ID, a policy's policyholder, insured or
beneficiaries — or anything of a customer another agent owns — does not change them: the save
writes everything else and files a change request with the fields' values before and after. A
manager other than the requester approves it (the server applies it, ``ab_decide``) or rejects it
with a reason. The server's triggers refuse the guarded changes from anyone else, so skipping the
app gains nothing. Every step is in the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import from_db, to_db
from agentbook.store.errors import KnownError

# Which fields need approval, per entity (attribute names of the domain records).
GUARDED: dict[str, tuple[str, ...]] = {
    "customer": ("name", "id_type", "id_number"),
    "policy": ("policyholder_id", "insured_id", "beneficiaries"),
}
STATUS_LABELS = {
    "pending": QT_TRANSLATE_NOOP("approval", "待审批"),
    "approved": QT_TRANSLATE_NOOP("approval", "已批准"),
    "rejected": QT_TRANSLATE_NOOP("approval", "已驳回"),
    "withdrawn": QT_TRANSLATE_NOOP("approval", "已撤回"),
}


class ReasonRequiredError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "驳回申请时请写明理由。")


@dataclass(frozen=True)
class ChangeRequest:
    id: int
    customer_id: int
    customer_name: str
    entity: str
    entity_id: int
    changes: dict[str, tuple[Any, Any]]  # field → (before, after), as stored
    reason: str
    requested_by: str
    requested_at: datetime
    status: str
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str


def _beneficiaries(policy: Any, sealer: Any) -> list[dict[str, Any]]:
    """The beneficiaries as ``ab_decide`` writes them: ID numbers sealed as their column keeps them."""
    return [
        {
            "customer_id": b.customer_id,
            "name": b.name.strip(),
            "id_number": sealer.seal(b.id_number, "id_number") if sealer is not None else b.id_number,
            "relation": b.relation.value,
            "share_bp": to_db("percent", b.share),
            "rank": b.order,
        }
        for b in policy.beneficiaries
    ]


def _stored(repository: Any, entity: str, obj: Any, field: str) -> Any:
    if entity == "policy" and field == "beneficiaries":
        return _beneficiaries(obj, repository.db.sealer)
    column = next(c for c in repository.columns if c.attr == field)
    return repository.stored(column, getattr(obj, field))


def hold(db: Database, repository: Any, before: Any, after: Any) -> dict[str, tuple[Any, Any]]:
    """The changes of *after* (against *before*) that must wait for approval, taken out of
    *after* (set back to their stored values). Empty unless an agent on a branch saves them."""
    if db.branch is None or db.person is None or "manager" in db.roles:
        return {}
    entity = repository.entity
    fields: tuple[str, ...] = GUARDED.get(entity, ())
    if entity == "customer":
        row = db.read_one("SELECT owner FROM customer WHERE id = ?", (before.id,))
        if row is not None and row[0] != db.person:  # a colleague's customer: every change waits
            fields = tuple(c.attr for c in repository.columns)
    held: dict[str, tuple[Any, Any]] = {}
    for field in fields:
        old, new = _stored(repository, entity, before, field), _stored(repository, entity, after, field)
        if old != new:
            held["beneficiaries" if field == "beneficiaries" else _column(repository, field)] = (old, new)
            setattr(after, field, getattr(before, field))
    return held


def _column(repository: Any, field: str) -> str:
    return str(next(c.name for c in repository.columns if c.attr == field))


def file_request(db: Database, repository: Any, obj: Any, customer_id: int, held: dict[str, tuple[Any, Any]]) -> int:
    """Write the change request for *held* (inside the save's transaction) and its audit row."""
    changes = {field: [old, new] for field, (old, new) in held.items()}
    cur = db.conn.execute(
        "INSERT INTO change_request (customer_id, entity, entity_id, changes_json, requested_by, requested_at)"
        " VALUES (?,?,?,?,?,?)",
        (customer_id, repository.entity, obj.id, json.dumps(changes, ensure_ascii=False), db.person, db.now()),
    )
    request_id = int(cur.lastrowid)
    db.audit(
        "request_change",
        repository.entity,
        obj.id,
        customer_id=customer_id,
        summary=",".join(held),
        before={k: _opened(db.sealer, v[0]) for k, v in held.items()},
        after={k: _opened(db.sealer, v[1]) for k, v in held.items()},
    )
    db.held_requests.append(request_id)
    return request_id


_SELECT = (
    "SELECT r.id, r.customer_id, coalesce(c.name, ''), r.entity, r.entity_id, r.changes_json, r.reason,"
    " r.requested_by, r.requested_at, r.status, r.decided_by, r.decided_at, r.decision_note"
    " FROM change_request r LEFT JOIN customer c ON c.id = r.customer_id"
)


def _opened(sealer: Any, value: Any) -> Any:
    """A change's value as people read it: sealed ID numbers opened, in beneficiaries too."""
    if sealer is None:
        return value
    if isinstance(value, list):
        return [{**b, "id_number": sealer.open(b.get("id_number"))} if isinstance(b, dict) else b for b in value]
    return sealer.open(value)


def _request(row: tuple[Any, ...], sealer: Any = None) -> ChangeRequest:
    changes = {k: (_opened(sealer, v[0]), _opened(sealer, v[1])) for k, v in json.loads(row[5]).items()}
    return ChangeRequest(
        int(row[0]),
        int(row[1]),
        row[2],
        row[3],
        int(row[4]),
        changes,
        row[6],
        row[7],
        from_db("datetime", row[8]),
        row[9],
        row[10],
        from_db("datetime", row[11]),
        row[12],
    )


class Approvals:
    """``store.approvals``: the 待审批 list of managers and 我的申请 of agents."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def pending(self) -> list[ChangeRequest]:
        """Requests waiting for a decision (a manager sees all, anyone else their own)."""
        if self.db.branch is None:
            return []
        return [
            _request(r, self.db.sealer)
            for r in self.db.read(_SELECT + " WHERE r.status = 'pending' ORDER BY r.requested_at, r.id")
        ]

    def pending_count(self) -> int:
        if self.db.branch is None:
            return 0
        return self.db.read_int("SELECT count(*) FROM change_request WHERE status = 'pending'")

    def mine(self) -> list[ChangeRequest]:
        if self.db.branch is None:
            return []
        rows = self.db.read(
            _SELECT + " WHERE r.requested_by = ? ORDER BY r.requested_at DESC, r.id DESC", (self.db.person,)
        )
        return [_request(r, self.db.sealer) for r in rows]

    def get(self, request_id: int) -> ChangeRequest:
        row = self.db.read_one(_SELECT + " WHERE r.id = ?", (request_id,))
        if row is None:
            raise KeyError(request_id)
        return _request(row, self.db.sealer)

    def decide(self, request_id: int, approve: bool, note: str = "") -> None:
        """Approve (the server applies the change) or reject with a reason, in one audited step."""
        if not approve and not note.strip():
            raise ReasonRequiredError("a rejection needs its reason")
        request = self.get(request_id)
        with self.db.transaction() as conn:
            conn.execute(
                "SELECT ab_decide(CAST(? AS bigint), CAST(? AS integer) <> 0, CAST(? AS text), CAST(? AS text))",
                (request_id, approve, note.strip(), self.db.now()),
            )
            self.db.audit(
                "approve_change" if approve else "reject_change",
                request.entity,
                request.entity_id,
                customer_id=request.customer_id,
                summary=f"#{request_id} {note.strip()}".strip(),
                before={k: v[0] for k, v in request.changes.items()},
                after={k: v[1] for k, v in request.changes.items()},
            )
            if approve:
                self.db.search_index.refresh([request.customer_id])

    def withdraw(self, request_id: int) -> None:
        request = self.get(request_id)
        with self.db.transaction() as conn:
            conn.execute("SELECT ab_withdraw(CAST(? AS bigint), CAST(? AS text))", (request_id, self.db.now()))
            self.db.audit(
                "withdraw_change",
                request.entity,
                request.entity_id,
                customer_id=request.customer_id,
                summary=f"#{request_id}",
            )
