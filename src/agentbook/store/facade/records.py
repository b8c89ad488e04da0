"""A customer with everything linked to them (the 360 view, archive sheets), the writes that
keep two records together, and the archive numbers by which records are named."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from agentbook.domain.attachments import Attachment
from agentbook.domain.commissions import ReconLine
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.domain.servicing import ServiceRequest
from agentbook.store.facade.session import StoreSession
from agentbook.store.queries import sheets
from agentbook.store.records import commissions
from agentbook.store.records.relationships import RelatedPerson


@dataclass(slots=True)
class Customer360:
    """Everything linked to one person, for the 360 view and the archive sheet."""

    customer: Customer
    relations: list[RelatedPerson]
    policies: list[Policy]
    payments: list[Payment]
    claims: list[Claim]
    contacts: list[ContactEntry]
    names: dict[int, str]  # customer id → name for every party mentioned
    # the archive around the records
    attachments: list[Attachment] = field(default_factory=list)
    paper_location: PaperLocation | None = None
    loans: list[Loan] = field(default_factory=list)
    commissions: list[ReconLine] = field(default_factory=list)
    services: list[ServiceRequest] = field(default_factory=list)  # 保全 on the customer's policies

    @property
    def open_loan(self) -> Loan | None:
        return next((loan for loan in self.loans if loan.is_open), None)


class RecordViews(StoreSession):
    """Records read or written together, as the 360 view, the sheets and the importers need them."""

    def customer_360(self, customer_id: int, contact_limit: int | None = None) -> Customer360:
        with self.db.lock:
            customer = self.customers.get(customer_id)
            policies = self.policies.of_customer(customer_id)
            party_ids = {customer_id}
            for p in policies:
                party_ids |= {p.policyholder_id, p.insured_id}
                party_ids |= {b.customer_id for b in p.beneficiaries if b.customer_id}
            claims = self.claims.of_customer(customer_id)
            party_ids |= {k.claimant_id for k in claims}
            marks = ",".join("?" * len(party_ids))
            names = dict(self.db.read(f"SELECT id, name FROM customer WHERE id IN ({marks})", sorted(party_ids)))
            return Customer360(
                customer=customer,
                relations=self.relationships.of_customer(customer_id),
                policies=policies,
                payments=self.payments.of_customer(customer_id),
                claims=claims,
                contacts=self.contacts.of_customer(customer_id, limit=contact_limit),
                names=names,
                attachments=self.attachments.of_customer(customer_id),
                paper_location=self.paper_locations.of_customer(customer_id),
                loans=self.loans.of_customer(customer_id),
                commissions=commissions.of_policies(self.db, [p.id for p in policies if p.id is not None]),
                services=self.services.of_customer(customer_id),
            )

    def sheet_data(self, customer_ids: Sequence[int], contact_limit: int | None = None) -> list[Customer360]:
        """What archive sheets print for *customer_ids*, in a few queries for the whole batch.

        The same records, in the same order, as ``customer_360`` gives for each customer, but
        only the sections a sheet prints: attachments, paper location, loans and commission
        lines are left empty.
        """
        with self.db.lock:
            return [Customer360(**parts) for parts in sheets.read(self, customer_ids, contact_limit)]

    def create_policy(self, policy: Policy, *, schedule: bool) -> Policy:
        """A new policy and, when asked, its payment schedule: both or neither."""
        with self.db.transaction():
            saved = self.policies.create(policy)
            if schedule:
                self.payments.generate_schedule(saved)
        return saved

    def archive_numbers(self, customer_ids: Iterable[int] | None = None) -> dict[int, str]:
        """Archive numbers by customer id (all customers when *customer_ids* is None)."""
        if customer_ids is None:
            return dict(self.db.read("SELECT id, archive_no FROM customer"))
        ids = sorted(set(customer_ids))
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.read(f"SELECT id, archive_no FROM customer WHERE id IN ({marks})", chunk))
        return found

    def customer_id_by_archive_no(self, archive_no: str) -> int | None:
        row = self.db.read_one("SELECT id FROM customer WHERE archive_no = ?", (archive_no,))
        return int(row[0]) if row else None
