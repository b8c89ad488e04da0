"""Customers: archive numbers, tags, the search index, and the rule that parties are not deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import sqlcipher3

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import normalize_id_text
from agentbook.domain.models import Customer
from agentbook.domain.phones import canonical as canonical_phone
from agentbook.domain.validation import FieldError, validate_customer
from agentbook.store.db.mapping import Col
from agentbook.store.errors import CustomerIsPartyError
from agentbook.store.operations import retention
from agentbook.store.records import archive_numbers
from agentbook.store.records.repository import Repository


class CustomerRepository(Repository[Customer]):
    table = "customer"
    entity = "customer"
    model = Customer
    columns: ClassVar[tuple[Col, ...]] = (
        Col("archive_no"),
        Col("kind", "enum", E.CustomerKind),
        Col("lifecycle", "enum", E.Lifecycle),
        Col("name"),
        Col("gender", "enum", E.Gender),
        Col("birth_date", "date"),
        Col("id_type", "enum", E.IdType),
        Col("id_number"),
        Col("mobile"),
        Col("phone"),
        Col("email"),
        Col("wechat"),
        Col("address"),
        Col("occupation"),
        Col("employer"),
        Col("annual_income", "money"),
        Col("risk_level", "enum", E.RiskLevel),
        Col("value_tier", "enum", E.ValueTier),
        Col("protection_preference", "enum", E.ProtectionPreference),
        Col("risk_tolerance", "enum", E.RiskTolerance),
        Col("needs"),
        Col("health_notes"),
        Col("financial_notes"),
        Col("source_channel"),
        Col("remarks"),
        Col("consent_date", "date"),
        Col("consent_scope"),
        Col("consent_sensitive", "bool"),
        Col("retention_until", "date"),
    )

    def normalize(self, obj: Customer) -> None:
        obj.name = obj.name.strip()
        # One stored form per number, whoever the caller is: look-ups by mobile and the search
        # index compare these texts.
        obj.mobile = canonical_phone(obj.mobile)
        obj.phone = canonical_phone(obj.phone)
        # Validation reads resident IDs and credit codes through normalize_id_text (full-width
        # digits, spaces, a lower-case x); store that same form, or search and look-ups miss it.
        checked = obj.id_type in (E.IdType.RESIDENT_ID, E.IdType.USCC) or (
            obj.kind is E.CustomerKind.ENTERPRISE and obj.id_type is None
        )
        obj.id_number = normalize_id_text(obj.id_number) if checked else obj.id_number.strip()
        if obj.lifecycle is E.Lifecycle.TERMINATED and obj.retention_until is None:
            # The retention clock starts at termination (the years are a setting).
            obj.retention_until = retention.end_for_termination(self.db, self.db.today())
        elif obj.lifecycle is not E.Lifecycle.TERMINATED:
            obj.retention_until = None  # back in business: the clock starts again at the next termination

    def validate(self, obj: Customer) -> list[FieldError]:
        return validate_customer(obj, self.db.today())

    def customer_of(self, obj: Customer) -> int | None:
        return obj.id

    @property
    def archive_pattern(self) -> str:
        return self.db.get_setting(archive_numbers.SETTING_KEY, archive_numbers.DEFAULT_PATTERN) or ""

    def prepare_insert(self, conn: sqlcipher3.Connection, obj: Customer) -> None:
        if not obj.archive_no:
            obj.archive_no = archive_numbers.allocate(conn, self.archive_pattern, self.db.today())

    def prepare_many(self, conn: sqlcipher3.Connection, objs: Sequence[Customer]) -> None:
        wanted = [o for o in objs if not o.archive_no]
        if wanted:
            typed = {o.archive_no for o in objs if o.archive_no}
            numbers = archive_numbers.allocate_many(conn, self.archive_pattern, self.db.today(), len(wanted), typed)
            for obj, number in zip(wanted, numbers, strict=True):
                obj.archive_no = number

    def load_children(self, objs: list[Customer]) -> None:
        by_id = {o.id: o for o in objs if o.id is not None}  # read from the archive: every one has its id
        if not by_id:
            return
        tags: dict[int, list[str]] = {}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for cid, tag in self.db.read(
                f"SELECT customer_id, tag FROM customer_tag WHERE customer_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY tag",
                chunk,
            ):
                tags.setdefault(cid, []).append(tag)
        for cid, obj in by_id.items():
            obj.tags = tuple(tags.get(cid, ()))

    def save_children(self, conn: sqlcipher3.Connection, obj: Customer) -> None:
        conn.execute("DELETE FROM customer_tag WHERE customer_id = ?", (obj.id,))
        clean = sorted({t.strip() for t in obj.tags if t.strip()})
        obj.tags = tuple(clean)
        conn.executemany("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)", [(obj.id, t) for t in clean])

    def save_children_many(self, conn: sqlcipher3.Connection, objs: Sequence[Customer]) -> None:
        rows = []
        for obj in objs:
            clean = sorted({t.strip() for t in obj.tags if t.strip()})
            obj.tags = tuple(clean)
            rows += [(obj.id, t) for t in clean]
        conn.executemany("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)", rows)

    def after_write(self, conn: sqlcipher3.Connection, before: Customer | None, after: Customer | None) -> None:
        if after is None:
            assert before is not None and before.id is not None
            self.db.search_index.remove([before.id])
        else:
            assert after.id is not None  # written: the row has its id
            self.db.search_index.refresh([after.id])

    def before_delete(self, conn: sqlcipher3.Connection, obj: Customer) -> None:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM policy WHERE policyholder_id = :id OR insured_id = :id)"
            " + (SELECT count(*) FROM beneficiary WHERE customer_id = :id)"
            " + (SELECT count(*) FROM claim WHERE claimant_id = :id)",
            {"id": obj.id},
        ).fetchone()
        if row[0]:
            raise CustomerIsPartyError(obj.archive_no)

    def policy_count(self, customer_id: int) -> int:
        return self.db.read_int(
            "SELECT count(*) FROM policy WHERE policyholder_id = :id OR insured_id = :id"
            " OR id IN (SELECT policy_id FROM beneficiary WHERE customer_id = :id)",
            {"id": customer_id},
        )

    def by_archive_no(self, archive_no: str) -> Customer | None:
        found = self.find("archive_no = ?", (archive_no,))
        return found[0] if found else None

    def by_id_number(self, id_number: str) -> list[Customer]:
        if not id_number:
            return []
        sealer = self.db.sealer  # on a branch compared sealed: the same number seals the same way
        return self.find("id_number = ?", (sealer.seal(id_number, "id_number") if sealer else id_number,))

    def all_tags(self) -> list[str]:
        return [r[0] for r in self.db.read("SELECT DISTINCT tag FROM customer_tag ORDER BY tag")]

    def tags_of(self, customer_ids: Sequence[int]) -> list[str]:
        """The tags any of these customers carries, sorted: what removing a tag from a selection
        offers. Read from the tag table a slice at a time, not customer by customer: a selection
        may be the whole book."""
        found: set[str] = set()
        ids = list(customer_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                tag
                for (tag,) in self.db.read(
                    f"SELECT DISTINCT tag FROM customer_tag WHERE customer_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return sorted(found)

    def terminate(self, customer_id: int) -> Customer:
        """Mark 已终止 instead of deleting: the archive of a policy party must stay."""
        customer = self.get(customer_id)
        customer.lifecycle = E.Lifecycle.TERMINATED
        return self.update(customer)
