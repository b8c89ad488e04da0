"""Every repository of one open archive, built on its Database before the Store.

Store operations that span several repositories (Today's one-click answers, premiums, renewals,
merges) take this object rather than the Store, so they depend on the repositories below them and
never import the Store above them.
"""

from __future__ import annotations

from datetime import date, datetime

from agentbook.store.db.database import Database
from agentbook.store.records.attachment_text import AttachmentTextRepository
from agentbook.store.records.attachments import AttachmentRepository
from agentbook.store.records.claims import ClaimRepository
from agentbook.store.records.commissions import CommissionReceiptRepository, CommissionRuleRepository
from agentbook.store.records.complaints import ComplaintRepository
from agentbook.store.records.consent import ConsentEventRepository, SubjectRequestRepository
from agentbook.store.records.contacts import ContactRepository
from agentbook.store.records.customers import CustomerRepository
from agentbook.store.records.paper import LoanRepository, PaperLocationRepository
from agentbook.store.records.payments import PaymentRepository
from agentbook.store.records.policies import PolicyRepository
from agentbook.store.records.products import ProductRepository
from agentbook.store.records.relationships import RelationshipRepository
from agentbook.store.records.servicing import ServiceRepository


class Repositories:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.customers = CustomerRepository(db)
        self.relationships = RelationshipRepository(db)
        self.policies = PolicyRepository(db)
        self.payments = PaymentRepository(db)
        self.claims = ClaimRepository(db)
        self.contacts = ContactRepository(db)
        self.complaints = ComplaintRepository(db)
        self.consent_events = ConsentEventRepository(db)
        self.subject_requests = SubjectRequestRepository(db)
        self.attachments = AttachmentRepository(db)
        self.attachment_texts = AttachmentTextRepository(db)
        self.paper_locations = PaperLocationRepository(db)
        self.loans = LoanRepository(db)
        self.commission_rules = CommissionRuleRepository(db)
        self.commission_receipts = CommissionReceiptRepository(db)
        self.products = ProductRepository(db)
        self.services = ServiceRepository(db)

    def today(self) -> date:
        """Today by the store's clock; the UI asks here instead of reading the wall clock."""
        return self.db.today()

    def now(self) -> datetime:
        """The store clock's moment, to the second (a new contact entry's time, say)."""
        return self.db.now_dt()
