"""Policies with their beneficiaries and kinds of cover; writes keep the parties' search documents current."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.cover import validate_covers
from agentbook.domain.models import Beneficiary, Cover, Policy
from agentbook.domain.validation import FieldError, validate_policy
from agentbook.store.db import schema_info
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import Col, from_db, to_db
from agentbook.store.errors import InUseError
from agentbook.store.records.repository import Repository

BENEFICIARY_INSERT = (
    "INSERT INTO beneficiary (id, policy_id, customer_id, name, id_number, relation, share_bp, rank, created_at,"
    " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
COVER_INSERT = (
    "INSERT INTO policy_cover (policy_id, rider, kind, sum_insured, deductible, until, waiting_days, created_at,"
    " updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
)


def _same(value: Any) -> Any:
    return value


def cover_row(policy_id: int | None, cover: Cover, now: str) -> tuple[Any, ...]:
    """The policy_cover row of *cover* (the bulk loader writes the same rows)."""
    return (
        policy_id,
        cover.rider,
        cover.kind.value,
        to_db("money", cover.sum_insured),
        to_db("money", cover.deductible),
        to_db("date", cover.until),
        cover.waiting_days,
        now,
        now,
    )


def read_covers(db: Database, policy_ids: list[int]) -> list[tuple[int, Cover]]:
    """(policy id, cover) for *policy_ids* (at most a few hundred), main contract first."""
    rows = db.read(
        "SELECT policy_id, id, rider, kind, sum_insured, deductible, until, waiting_days FROM policy_cover"
        f" WHERE policy_id IN ({','.join('?' * len(policy_ids))}) ORDER BY policy_id, rider <> '', rider, id",
        policy_ids,
    )
    return [
        (
            r[0],
            Cover(
                E.CoverKind(r[3]),
                from_db("money", r[4]),
                rider=r[2],
                deductible=from_db("money", r[5]),
                until=from_db("date", r[6]),
                waiting_days=r[7],
                id=r[1],
            ),
        )
        for r in rows
    ]


class PolicyRepository(Repository[Policy]):
    table = "policy"
    entity = "policy"
    model = Policy
    columns: ClassVar[tuple[Col, ...]] = (
        Col("policy_no"),
        Col("insurer"),
        Col("product"),
        Col("business_line", "enum", E.BusinessLine),
        Col("policyholder_id", "int"),
        Col("insured_id", "int"),
        Col("sum_insured", "money"),
        Col("premium", "money"),
        Col("payment_mode", "enum", E.PaymentMode),
        Col("payment_years", "int"),
        Col("grace_days", "int"),
        Col("apply_date", "date"),
        Col("effective_date", "date"),
        Col("expiry_date", "date"),
        Col("status", "enum", E.PolicyStatus),
        Col("riders"),
        Col("renewal_of_id", "int"),
        Col("commission", "money"),
        Col("remarks"),
    )

    def validate(self, obj: Policy) -> list[FieldError]:
        return validate_policy(obj) + validate_covers(obj.covers)

    def customer_of(self, obj: Policy) -> int | None:
        return obj.policyholder_id

    def normalize(self, obj: Policy) -> None:
        # (policy_no, insurer) is unique: " PA1 " must not slip past "PA1" on any write.
        obj.policy_no = obj.policy_no.strip()
        obj.insurer = obj.insurer.strip()
        obj.product = obj.product.strip()

    def load_children(self, objs: list[Policy]) -> None:
        by_id = {o.id: o for o in objs if o.id is not None}  # read from the archive: every one has its id
        for obj in objs:
            obj.beneficiaries = []
            obj.covers = []
        ids = list(by_id)
        sealer = self.db.sealer
        opened = sealer.open if sealer is not None else _same
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for policy_id, cover in read_covers(self.db, chunk):
                by_id[policy_id].covers.append(cover)
            for row in self.db.read(
                "SELECT id, policy_id, customer_id, name, id_number, relation, share_bp, rank FROM beneficiary"
                f" WHERE policy_id IN ({','.join('?' * len(chunk))}) ORDER BY rank, id",
                chunk,
            ):
                by_id[row[1]].beneficiaries.append(
                    Beneficiary(
                        name=row[3],
                        relation=E.RelationKind(row[5]),
                        share=from_db("percent", row[6]),
                        order=row[7],
                        customer_id=row[2],
                        id_number=opened(row[4]),
                        id=row[0],
                    )
                )

    def save_children(self, conn: sqlcipher3.Connection, obj: Policy) -> None:
        now = self.db.now()
        if self._beneficiaries_changed(conn, obj):
            self._write_beneficiaries(conn, obj, now)
        conn.execute("DELETE FROM policy_cover WHERE policy_id = ?", (obj.id,))
        for cover in obj.covers:
            cover.rider = cover.rider.strip()
            cur = conn.execute(COVER_INSERT, cover_row(obj.id, cover, now))
            cover.id = int(cur.lastrowid)

    def _id_number(self, text: str) -> str:
        """A beneficiary's ID number as its column keeps it (sealed on a branch)."""
        sealer = self.db.sealer
        return str(sealer.seal(text, "id_number")) if sealer is not None else text

    def _beneficiaries_changed(self, conn: sqlcipher3.Connection, obj: Policy) -> bool:
        """False when the stored beneficiaries are these: rewriting them unchanged would be a change
        a branch's rules refuse from an agent (beneficiaries wait for a manager's approval)."""
        stored = conn.execute(
            "SELECT id, customer_id, name, id_number, relation, share_bp, rank FROM beneficiary"
            " WHERE policy_id = ? ORDER BY rank, id",
            (obj.id,),
        ).fetchall()
        wanted = [
            (
                b.customer_id,
                b.name.strip(),
                self._id_number(b.id_number),
                b.relation.value,
                to_db("percent", b.share),
                b.order,
            )
            for b in obj.beneficiaries
        ]
        if [tuple(r[1:]) for r in stored] != wanted:
            return True
        for b, row in zip(obj.beneficiaries, stored, strict=True):
            b.id = int(row[0])
        return False

    def _write_beneficiaries(self, conn: sqlcipher3.Connection, obj: Policy, now: str) -> None:
        conn.execute("DELETE FROM beneficiary WHERE policy_id = ?", (obj.id,))
        for b in obj.beneficiaries:
            cur = conn.execute(
                "INSERT INTO beneficiary (policy_id, customer_id, name, id_number, relation, share_bp, rank,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    obj.id,
                    b.customer_id,
                    b.name.strip(),
                    self._id_number(b.id_number),
                    b.relation.value,
                    to_db("percent", b.share),
                    b.order,
                    now,
                    now,
                ),
            )
            b.id = int(cur.lastrowid)

    def save_children_many(self, conn: sqlcipher3.Connection, objs: Sequence[Policy]) -> None:
        """The rows ``save_children`` writes for each, with the ids it would have got."""
        now = self.db.now()
        beneficiaries, covers = [], []
        b_ids = iter(schema_info.reserve_ids(conn, "beneficiary", sum(len(o.beneficiaries) for o in objs)))
        c_ids = iter(schema_info.reserve_ids(conn, "policy_cover", sum(len(o.covers) for o in objs)))
        for obj in objs:
            for b in obj.beneficiaries:
                b.id = next(b_ids)
                share = to_db("percent", b.share)
                beneficiaries.append(
                    (
                        b.id,
                        obj.id,
                        b.customer_id,
                        b.name.strip(),
                        self._id_number(b.id_number),
                        b.relation.value,
                        share,
                        b.order,
                        now,
                        now,
                    )
                )
            for cover in obj.covers:
                cover.rider = cover.rider.strip()
                cover.id = next(c_ids)
                covers.append((cover.id, *cover_row(obj.id, cover, now)))
        conn.executemany(BENEFICIARY_INSERT, beneficiaries)
        conn.executemany(
            "INSERT INTO policy_cover (id, policy_id, rider, kind, sum_insured, deductible, until, waiting_days,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            covers,
        )

    def after_write(self, conn: sqlcipher3.Connection, before: Policy | None, after: Policy | None) -> None:
        parties = set()
        for p in (before, after):
            if p is not None:
                parties |= {p.policyholder_id, p.insured_id}
        self.db.search_index.refresh(parties)

    def before_delete(self, conn: sqlcipher3.Connection, obj: Policy) -> None:
        if conn.execute("SELECT 1 FROM claim WHERE policy_id = ?", (obj.id,)).fetchone():
            raise InUseError(obj.policy_no)

    def of_customer(self, customer_id: int) -> list[Policy]:
        """Policies where the customer is policyholder, insured or a named beneficiary."""
        return self.find(
            "policyholder_id = :id OR insured_id = :id OR id IN (SELECT policy_id FROM beneficiary"
            " WHERE customer_id = :id)",
            {"id": customer_id},
            order="effective_date DESC, id DESC",
        )

    def by_number(self, policy_no: str, insurer: str | None = None) -> list[Policy]:
        if insurer is None:
            return self.find("policy_no = ?", (policy_no,))
        return self.find("policy_no = ? AND insurer = ?", (policy_no, insurer))

    def insurers(self) -> list[str]:
        return [r[0] for r in self.db.read("SELECT DISTINCT insurer FROM policy ORDER BY insurer")]
