"""Claims (理赔) with their materials checklist and status history."""

from __future__ import annotations

from typing import ClassVar

import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.models import Claim, ClaimMaterial, ClaimStatusChange
from agentbook.domain.validation import (
    FieldError,
    check_claim_change,
    claim_status_requirements,
    raise_if_invalid,
    validate_claim,
)
from agentbook.store.db.mapping import Col, from_db
from agentbook.store.records.repository import Repository


class ClaimRepository(Repository[Claim]):
    table = "claim"
    entity = "claim"
    model = Claim
    columns: ClassVar[tuple[Col, ...]] = (
        Col("claim_no"),
        Col("policy_id", "int"),
        Col("claimant_id", "int"),
        Col("incident_date", "date"),
        Col("filed_date", "date"),
        Col("cause"),
        Col("amount_claimed", "money"),
        Col("status", "enum", E.ClaimStatus),
        Col("amount_paid", "money"),
        Col("decision_date", "date"),
        Col("remarks"),
    )

    def validate(self, obj: Claim) -> list[FieldError]:
        return validate_claim(obj, self.db.today())

    def create(self, obj: Claim, *, as_recorded: bool = False) -> Claim:
        """*as_recorded*: an imported claim whose sheet states an outcome without its amount, date
        or documents is kept as the sheet says; every later change of state must complete it."""
        if not as_recorded:
            raise_if_invalid(claim_status_requirements(obj))
        return super().create(obj)

    def validate_update(self, before: Claim, after: Claim) -> list[FieldError]:
        return check_claim_change(before, after)

    def customer_of(self, obj: Claim) -> int | None:
        return obj.claimant_id

    def load_children(self, objs: list[Claim]) -> None:
        by_id = {o.id: o for o in objs}
        for obj in objs:
            obj.materials, obj.history = [], []
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for claim_id, name, received in self.db.read(
                "SELECT claim_id, name, received FROM claim_material"
                f" WHERE claim_id IN ({marks}) ORDER BY position, id",
                chunk,
            ):
                by_id[claim_id].materials.append(ClaimMaterial(name, bool(received)))
            for claim_id, status, changed_at, note in self.db.read(
                f"SELECT claim_id, status, changed_at, note FROM claim_status_history WHERE claim_id IN ({marks})"
                " ORDER BY changed_at, id",
                chunk,
            ):
                by_id[claim_id].history.append(
                    ClaimStatusChange(E.ClaimStatus(status), from_db("datetime", changed_at), note)
                )

    def save_children(self, conn: sqlcipher3.Connection, obj: Claim) -> None:
        conn.execute("DELETE FROM claim_material WHERE claim_id = ?", (obj.id,))
        conn.executemany(
            "INSERT INTO claim_material (claim_id, name, received, position) VALUES (?,?,?,?)",
            [(obj.id, m.name, int(m.received), i) for i, m in enumerate(obj.materials)],
        )
        # The current status is the last one *recorded* (highest id), not the one with the latest
        # timestamp: clocks move (a laptop's time zone, imported or generated history), ids do not.
        last = conn.execute(
            "SELECT status FROM claim_status_history WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
            (obj.id,),
        ).fetchone()
        if last is None or last[0] != obj.status.value:
            now = self.db.now()
            conn.execute(
                "INSERT INTO claim_status_history (claim_id, status, changed_at) VALUES (?,?,?)",
                (obj.id, obj.status.value, now),
            )
            obj.history.append(ClaimStatusChange(obj.status, from_db("datetime", now)))

    def of_customer(self, customer_id: int) -> list[Claim]:
        return self.find(
            "claimant_id = :id OR policy_id IN (SELECT id FROM policy WHERE policyholder_id = :id OR insured_id = :id)",
            {"id": customer_id},
            order="filed_date DESC, id DESC",
        )
