"""Bulk loading of many records in one transaction (demo data, benchmarks, imports).

Records carry ids assigned by the caller so children can point at parents without a round
trip per row; one audit entry per table records the load as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from agentbook.domain.commissions import CommissionReceipt, CommissionRule
from agentbook.domain.complaints import Complaint
from agentbook.domain.consent import ConsentEvent
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy, Relationship
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.store.branch.sealed_rows import seal_row
from agentbook.store.branch.sealing import SEALED_TEXT
from agentbook.store.db import schema_info
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import Col, to_db
from agentbook.store.records.claims import ClaimRepository
from agentbook.store.records.commissions import CommissionReceiptRepository, CommissionRuleRepository
from agentbook.store.records.complaints import ComplaintRepository
from agentbook.store.records.consent import ConsentEventRepository
from agentbook.store.records.contacts import ContactRepository
from agentbook.store.records.customers import CustomerRepository
from agentbook.store.records.paper import LoanRepository, PaperLocationRepository
from agentbook.store.records.payments import PaymentRepository
from agentbook.store.records.policies import COVER_INSERT, PolicyRepository, cover_row
from agentbook.store.records.relationships import RelationshipRepository


@dataclass(slots=True)
class Dataset:
    customers: list[Customer] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contacts: list[ContactEntry] = field(default_factory=list)
    complaints: list[Complaint] = field(default_factory=list)
    paper_locations: list[PaperLocation] = field(default_factory=list)
    loans: list[Loan] = field(default_factory=list)
    commission_rules: list[CommissionRule] = field(default_factory=list)
    commission_receipts: list[CommissionReceipt] = field(default_factory=list)
    consent_events: list[ConsentEvent] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "customer": len(self.customers),
            "relationship": len(self.relationships),
            "policy": len(self.policies),
            "payment": len(self.payments),
            "claim": len(self.claims),
            "contact": len(self.contacts),
            "complaint": len(self.complaints),
            "paper_location": len(self.paper_locations),
            "loan": len(self.loans),
            "commission_rule": len(self.commission_rules),
            "commission_receipt": len(self.commission_receipts),
            "consent_event": len(self.consent_events),
        }


def _insert(db: Database, table: str, columns: tuple[Col, ...], objs: Sequence[Any]) -> None:
    now = db.now()
    names = ["id", *[c.name for c in columns], "created_at", "updated_at"]
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    convert = [(c.attr, c.kind) for c in columns]
    rows = ([o.id, *[to_db(kind, getattr(o, attr)) for attr, kind in convert], now, now] for o in objs)
    sealer = db.sealer
    if sealer is not None and table in SEALED_TEXT:  # a branch seals these (store/branch/sealing)
        names = ["id", *[c.name for c in columns], "created_at", "updated_at"]
        rows = (list(seal_row(sealer, table, names, row)) for row in rows)
    db.conn.executemany(sql, rows)


def load(db: Database, data: Dataset, *, action: str = "bulk_load") -> dict[str, int]:
    """Write the whole dataset or nothing; rebuild the search index once at the end."""
    with db.transaction() as conn:
        now = db.now()
        _insert(db, "customer", CustomerRepository.columns, data.customers)
        conn.executemany(
            "INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)",
            ((c.id, t) for c in data.customers for t in sorted(set(c.tags))),
        )
        _insert(db, "relationship", RelationshipRepository.columns, data.relationships)
        _insert(db, "policy", PolicyRepository.columns, data.policies)
        conn.executemany(
            "INSERT INTO beneficiary (policy_id, customer_id, name, id_number, relation, share_bp, rank, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                (
                    p.id,
                    b.customer_id,
                    b.name,
                    db.sealer.seal(b.id_number, "id_number") if db.sealer is not None else b.id_number,
                    b.relation.value,
                    to_db("percent", b.share),
                    b.order,
                    now,
                    now,
                )
                for p in data.policies
                for b in p.beneficiaries
            ),
        )
        conn.executemany(COVER_INSERT, (cover_row(p.id, c, now) for p in data.policies for c in p.covers))
        _insert(db, "payment", PaymentRepository.columns, data.payments)
        _insert(db, "claim", ClaimRepository.columns, data.claims)
        conn.executemany(
            "INSERT INTO claim_material (claim_id, name, received, position) VALUES (?,?,?,?)",
            ((k.id, m.name, int(m.received), i) for k in data.claims for i, m in enumerate(k.materials)),
        )
        conn.executemany(
            "INSERT INTO claim_status_history (claim_id, status, changed_at, note) VALUES (?,?,?,?)",
            ((k.id, h.status.value, to_db("datetime", h.changed_at), h.note) for k in data.claims for h in k.history),
        )
        _insert(db, "contact", ContactRepository.columns, data.contacts)
        _insert(db, "complaint", ComplaintRepository.columns, data.complaints)
        _insert(db, "paper_location", PaperLocationRepository.columns, data.paper_locations)
        _insert(db, "loan", LoanRepository.columns, data.loans)
        _insert(db, "commission_rule", CommissionRuleRepository.columns, data.commission_rules)
        _insert(db, "commission_receipt", CommissionReceiptRepository.columns, data.commission_receipts)
        _insert(db, "consent_event", ConsentEventRepository.columns, data.consent_events)
        for entity, count in data.counts().items():
            if count:
                db.audit(action, entity, summary=f"{count} rows", after={"rows": count})
        db.search_index.rebuild()
        schema_info.ids_written(conn, schema_info.tables(conn))
    return data.counts()
