"""``Store``: the one narrow API through which the UI, exporters and tools reach the data.

It opens or creates the encrypted file through the key vault, runs migrations, and offers the
repositories, the tab lists, search and the customer 360 view. It never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from agentbook.domain.attachments import Attachment
from agentbook.domain.clock import Clock
from agentbook.domain.commissions import ReconLine
from agentbook.domain.consent import ConsentEvent, SubjectRequest, consent_warnings
from agentbook.domain.duplicates import Candidate
from agentbook.domain.enums import ContactChannel, PaymentMethod
from agentbook.domain.messages import Message
from agentbook.domain.models import Claim, ContactEntry, Customer, Payment, Policy
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.domain.review import FamilyReview
from agentbook.domain.segmentation import TierFeatures
from agentbook.domain.servicing import ServiceRequest
from agentbook.domain.validation import FieldError
from agentbook.store.audit import anchor as audit_anchor
from agentbook.store.audit import log as audit_log
from agentbook.store.backup import backups
from agentbook.store.backup.copy import write_copy
from agentbook.store.backup.integrity import check_at_open
from agentbook.store.backup.restore_swap import settle as settle_restore
from agentbook.store.branch.access import LOOKING, AccessLog
from agentbook.store.branch.approval import Approvals
from agentbook.store.branch.people import People
from agentbook.store.db.changes import ChangeFeed
from agentbook.store.db.connection import Credentials, Passphrase, RawKey, lock_for_create, open_encrypted
from agentbook.store.db.database import Database
from agentbook.store.db.migrations import migrate, schema_version
from agentbook.store.errors import BugError, KeyringUnavailableError, KnownError, UnreadableFileError
from agentbook.store.keys import recovery
from agentbook.store.keys.key_life import open_existing
from agentbook.store.keys.security import Security
from agentbook.store.keys.vault import KeyVault
from agentbook.store.operations import branch_move, bulk, merge, messages, premiums, renewals, retention, selection
from agentbook.store.queries import (
    archive_table,
    duplicates,
    performance,
    review,
    scan_search,
    segmentation,
    sheets,
    statistics,
    today,
)
from agentbook.store.queries.existing import ExistingRecords
from agentbook.store.queries.listing import SPECS, ListQuery, ListRequest
from agentbook.store.queries.search import SearchHit, SearchIndex
from agentbook.store.queries.search_match import Match, MatchReason
from agentbook.store.queries.today_items import TodayItem, TodayReport
from agentbook.store.records import commissions
from agentbook.store.records.products import seed_catalogue
from agentbook.store.records.relationships import RelatedPerson
from agentbook.store.repositories import Repositories
from agentbook.store.settings import Settings, apply_agent_name

CATALOGUE_VERSION = 6  # the schema that brought the product catalogue: seeded when an archive reaches it


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


def _settle(db: Database, found: int, *, named: bool, summary: str) -> None:
    """What every opening does once the schema is current: the actor, the first audit rows, the
    product catalogue of a new or migrated archive, the search index of older rules."""
    if not named:  # the agent named in the settings, not the computer's login, is the actor
        apply_agent_name(db)
    if found == 0:
        db.audit("create", "database", summary=summary)
    if found < CATALOGUE_VERSION:
        seed_catalogue(db)
    db.audit("open", "database", summary=summary)
    if not db.search_index.is_current():  # indexed by older rules (or new): index again
        with db.transaction():
            db.search_index.rebuild()
            db.search_index.mark_current(db.now())


def _key(credentials: Credentials | None) -> Credentials:
    if credentials is None:
        raise BugError("a read connection to the file needs its key")
    return credentials


class Store(Repositories):
    """The only door to the data: repositories, lists, search, Today, security and settings."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.settings = Settings(db)
        # A branch's people, change approval and access log (empty and inert on a local archive).
        self.people = People(db)
        self.approvals = Approvals(db)
        self.access = AccessLog(db)
        self.existing = ExistingRecords(db)
        self.security = Security(db)

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        vault: KeyVault | None = None,
        *,
        create: bool = False,
        passphrase: str | None = None,
        credentials: Credentials | None = None,
        actor: str | None = None,
        clock: Clock | None = None,
    ) -> Store:
        """Open *path*; with *create*, make it (and its key) when it does not exist yet.

        An existing file is never re-created: a missing key is an error, not a fresh start.
        *clock* dates every record (the computer's clock unless a test or the self-test says
        otherwise).
        """
        path = Path(path).expanduser()
        vault = vault or KeyVault()
        settle_restore(path)  # a restore killed mid-swap is finished before anything looks
        exists = path.exists()
        if not exists and not create:
            raise UnreadableFileError(f"{path} does not exist")
        creds = credentials or vault.credentials_for(path, creating=not exists, passphrase=passphrase)
        if exists:
            from_vault = credentials is None and passphrase is None
            conn, creds = open_existing(path, vault, creds, from_vault=from_vault)
            try:
                check_at_open(conn, path)
            except BaseException:
                conn.close()
                raise
        else:
            # Owned before the keyring is touched: of two first starts at once, the loser must not
            # overwrite or delete the key the winner stored for the file it is creating.
            lock = lock_for_create(path)
            stored_key = False
            try:
                key_is_new = isinstance(creds, RawKey) and credentials is None and passphrase is None
                if isinstance(creds, RawKey) and key_is_new and vault.has_backend() and vault.load(path) is None:
                    vault.store(path, creds)
                    stored_key = True
                conn = open_encrypted(path, creds, create=True, held=lock)
            except BaseException:
                lock.release()
                if stored_key:
                    vault.forget(path)
                raise
        db = Database(
            conn,
            path,
            creds,
            actor=actor,
            clock=clock,
            open_reader=lambda key: open_encrypted(path, _key(key), create=False, owner=False),
        )
        db.audit_anchor = audit_anchor.keeper(vault, path, creds, conn)
        try:
            found = migrate(conn, before_migrating=lambda v: write_copy(db, path.with_name(f"{path.name}.v{v}.bak")))
            _settle(db, found, named=actor is not None, summary=str(path))
        except BaseException:
            db.close()
            if not exists:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return cls(db)

    @classmethod
    def open_branch(cls, dsn: str, *, actor: str | None = None, clock: Clock | None = None) -> Store:
        """Open the archive on a branch's PostgreSQL server at *dsn* (its schema created or
        brought up to date first), through the same repositories and queries as a local file."""
        from agentbook.store.db.branch_open import open_database

        return cls(open_database(dsn, actor=actor, clock=clock, settle=_settle))

    @classmethod
    def open_with_recovery_key(
        cls, path: Path, vault: KeyVault, text: str, **kwargs: object
    ) -> tuple[Store, KnownError | None]:
        """Open *path* with the recovery key typed in *text* and store the key in the keyring again.

        Returns the store and, when the keyring could not take the key, why (the store is open
        for this session anyway; the UI says the recovery key will be needed next time too).
        """
        key = recovery.decode(text)
        store = cls.open(path, vault, credentials=key, **kwargs)  # type: ignore[arg-type]
        problem: KnownError | None = None
        try:
            if not vault.has_backend():
                raise KeyringUnavailableError()
            vault.store(path, key)
            vault.forget_pending(path)
        except KnownError as exc:
            problem = exc
        store.record_event("recover", "database", summary="recovery key", details={"key_saved": problem is None})
        return store, problem

    def close(self) -> None:
        self.db.close()

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def schema_version(self) -> int:
        if self.db.branch is not None:  # the server keeps it in a table (``pg_schema``)
            return self.db.read_int("SELECT max(version) FROM schema_version")
        with self.db.lock:
            return schema_version(self.db.conn)

    @staticmethod
    def init_branch(dsn: str) -> tuple[int, int]:
        """Create or update the archive's schema on a branch's PostgreSQL server; returns the
        schema version found and the version now."""
        from agentbook.store.db import pg_schema  # psycopg is loaded only by branch work

        return pg_schema.init_branch(dsn)

    def move_to_branch(
        self, dsn: str, owner: str, progress: Callable[[str, int], None] | None = None
    ) -> branch_move.MoveReport:
        """Copy this local archive into the branch server at *dsn* (``operations/branch_move.py``),
        then record the move in both audit logs: the branch's names *owner*, this file's the branch."""
        from agentbook.store.db.branch_open import open_database

        def open_branch() -> Database:
            return open_database(dsn, actor=self.actor, clock=self.db.clock, settle=_settle)

        return branch_move.move_archive(self.db, dsn, owner, open_branch, progress=progress)

    def backup_branch(self, target: Path, passphrase: str) -> int:
        """An encrypted, verified dump of the branch server's archive (``backup/branch_dump.py``);
        its size in bytes. Audited like every backup."""
        from agentbook.store.backup import branch_dump

        return branch_dump.backup(self.db, target, passphrase)

    @staticmethod
    def restore_branch(source: Path, passphrase: str, dsn: str, *, actor: str | None = None) -> dict[str, int]:
        """Restore a branch backup into the empty database at *dsn* and prove it: the archive
        opens and its audit chain verifies. Returns the restored archive's row counts."""
        from agentbook.store.backup import branch_dump

        branch_dump.restore_into_empty(source, passphrase, dsn)
        restored = Store.open_branch(dsn, actor=actor)
        try:
            branch_dump.prove_restored(restored.db, source)
            return restored.counts()
        finally:
            restored.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Writes made inside are one commit and one change event: all of them, or none
        (an import of many rows, an export logged for many customers)."""
        with self.db.transaction():
            yield

    @property
    def branch(self) -> str | None:
        """``host:port/database`` of the branch server the archive is on; None for a local file."""
        return self.db.branch

    @property
    def actor(self) -> str:
        """Who the audit log names for this session's actions."""
        return self.db.actor

    @property
    def person(self) -> str | None:
        """The login signed in to the branch server (None on a local archive)."""
        return self.db.person

    @property
    def roles(self) -> frozenset[str]:
        """The branch roles of the signed-in person (``store/branch/rules``); on a local archive the
        one agent is agent and manager of their own records."""
        return self.people.my_roles()

    @property
    def uses_passphrase(self) -> bool:
        """True in passphrase mode (no keyring: the passphrase is the only way in)."""
        return isinstance(self.db.credentials, Passphrase)

    def take_held_requests(self) -> list[int]:
        """The change requests the saves since the last call filed instead of changing guarded
        fields (a branch's agent): the UI tells the person their change waits for approval."""
        held, self.db.held_requests = self.db.held_requests, []
        return held

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A raw setting stored in the archive (it travels with the data, unlike window layout)."""
        return self.db.get_setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.db.set_setting(key, value)

    def update_settings(self, values: dict[str, object]) -> None:
        """Several declared settings in one commit; a new agent name becomes the audit log's actor
        at once."""
        with self.db.transaction():
            for key, value in values.items():
                self.settings.set(key, value)
        if "agent_name" in values:
            apply_agent_name(self.db)

    def use_agent_name(self) -> str:
        """Make the agent named in the settings (the login name when none) the audit log's actor."""
        return apply_agent_name(self.db)

    def create_policy(self, policy: Policy, *, schedule: bool) -> Policy:
        """A new policy and, when asked, its payment schedule: both or neither."""
        with self.db.transaction():
            saved = self.policies.create(policy)
            if schedule:
                self.payments.generate_schedule(saved)
        return saved

    def automatic_backup_name(self) -> Path:
        """Where the next automatic backup of this archive goes (folder from the settings)."""
        return backups.automatic_name(self.db)

    def archive_table_rows(self) -> Iterator[tuple[Any, ...]]:
        """The flat 客户档案管理表, one row per policy (Excel export), read in batches."""
        return archive_table.rows(self.db)

    def archive_table_count(self) -> int:
        return archive_table.count(self.db)

    def cipher_version(self) -> str:
        row = self.db.read_one("PRAGMA cipher_version")
        return row[0] if row and row[0] else ""

    @property
    def changes(self) -> ChangeFeed:
        """Subscribe here to hear, after each commit, what it changed."""
        return self.db.changes

    @property
    def clock(self) -> Clock:
        return self.db.clock

    # --- lists and search ----------------------------------------------------------------
    def list_query(self, tab: str, request: ListRequest | None = None) -> ListQuery:
        return ListQuery(self.db, SPECS[tab], request or ListRequest())

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Ranked customers for what the search box holds (on a read connection: never waits)."""

        def run(conn: Any) -> list[SearchHit]:
            # inside this thread's write transaction: the writer's index, with that write's customers
            index = self.db.search_index if conn is self.db.conn else SearchIndex(conn)
            return index.search(text, limit)

        return self.db.run_read(run)

    def search_scans(self, text: str, *, category: str | None = None, limit: int = 200) -> list[scan_search.ScanHit]:
        """Scans whose OCR text holds the words of *text* ("骨折 诊断证明 张三"), newest first."""
        return scan_search.find(self.db, text, category=category, limit=limit)

    def customers_by_scan_text(self, text: str, limit: int = 200) -> list[int]:
        """Customers with a scan that holds the words of *text*, for the search box to add."""
        return scan_search.customer_ids(self.db, text, limit)

    def apply_search(self, tab: str, request: ListRequest, text: str, limit: int = 500) -> ListRequest:
        """*request* narrowed by what the search box holds, for any tab.

        Customers come back in search-rank order; the record tabs show the rows of the
        customers found, or of policies whose number starts with the text.
        """
        text = text.strip()
        filters = {k: v for k, v in request.filters.items() if k != "quick"}
        narrowed = ListRequest(filters, request.sort, request.descending, None)
        if not text:
            return narrowed
        hits = self.search(text, limit)
        ids = [hit.customer_id for hit in hits]
        narrowed.matches = {hit.customer_id: hit.matches for hit in hits}
        # then the customers whose scans hold the words (诊断证明 of 张三 …), after the record matches
        words = scan_search.words_of(text)
        for scan in self.search_scans(text, limit=limit) if words else []:
            if scan.customer_id not in narrowed.matches and len(ids) < limit:
                ids.append(scan.customer_id)
                narrowed.matches[scan.customer_id] = (Match.at(MatchReason.SCAN_TEXT, scan.snippet, words[0]),)
        if tab == "customers":
            narrowed.ranked_ids = ids
        else:
            narrowed.filters["quick"] = (ids, text)
        return narrowed

    def customer_choices(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """(id, "姓名（档案编号）") pairs for a picker: the search box's ranking, few rows."""
        return [(h.customer_id, f"{h.name}（{h.archive_no}）") for h in self.search(text, limit)]

    def customer_label(self, customer_id: int) -> str:
        row = self.db.read_one("SELECT name, archive_no FROM customer WHERE id = ?", (customer_id,))
        return f"{row[0]}（{row[1]}）" if row else ""

    def policy_choices(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Policies whose number starts with *text*, or of the customers *text* finds."""
        request = self.apply_search("policies", ListRequest(), text)
        query = self.list_query("policies", request)
        spec = query.spec
        number, product, holder = (spec.columns.index(spec.column(k)) for k in ("policy_no", "product", "policyholder"))
        return [(r.id, f"{r.values[number]} {r.values[product]}（{r.values[holder]}）") for r in query.page(0, limit)]

    def policy_label(self, policy_id: int) -> str:
        row = self.db.read_one(
            "SELECT p.policy_no, p.product, c.name FROM policy p JOIN customer c ON c.id = p.policyholder_id"
            " WHERE p.id = ?",
            (policy_id,),
        )
        return f"{row[0]} {row[1]}（{row[2]}）" if row else ""

    # --- the customer 360 view -----------------------------------------------------------
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

    # --- the agent's day: Today lists, premiums, renewals, tiers, statistics --------
    def today_lists(self) -> TodayReport:
        return today.compute(self.db)

    def today_counts(self) -> dict[str, int]:
        return today.counts(self.db)

    def resolve_today_item(self, item: TodayItem, *, summary: str | None = None) -> int:
        return today.resolve(self, item, summary=summary)

    def today_message(self, item: TodayItem) -> Message | None:
        """The message to send for *item* (birthday, premium, renewal, claim), None for other kinds."""
        return messages.message_for(self, item) if messages.has_message(item) else None

    def festival_message(self, customer_id: int, festival: str) -> Message:
        """The festival greeting for a customer, filled from the settings' template."""
        return messages.festival_message(self, customer_id, festival)

    def greeting_sent(self, customer_id: int, message: Message) -> int:
        """Record that a greeting went out (a 节日问候 contact entry with its text)."""
        return messages.record_greeting(self, customer_id, message)

    def message_sent(self, item: TodayItem, message: Message) -> int:
        """Record that *message* was sent for *item* (a contact entry; the item leaves Today)."""
        return messages.record_sent(self, item, message)

    def resolve_today_items(self, answers: list[tuple[TodayItem, str]]) -> list[int]:
        """Record the action for each (item, summary) in one transaction: all of them or none."""
        with self.db.transaction():
            return [today.resolve(self, item, summary=summary) for item, summary in answers]

    def mark_paid(
        self, payment_id: int, *, amount: Decimal, paid_date: date, method: PaymentMethod, receipt_no: str = ""
    ) -> Payment:
        return premiums.mark_paid(
            self, payment_id, amount=amount, paid_date=paid_date, method=method, receipt_no=receipt_no
        )

    def mark_paid_many(self, payment_ids: Sequence[int], *, paid_date: date, method: PaymentMethod) -> list[Payment]:
        """Selected instalments paid in full: one transaction, an audit row each."""
        return selection.mark_paid_many(self, payment_ids, paid_date=paid_date, method=method)

    def record_reminders(self, payment_ids: Sequence[int], *, channel: ContactChannel, summary: str) -> list[int]:
        """A 缴费提醒 contact entry per selected instalment (*summary* with {policy} {period} {due})."""
        return selection.record_reminders(self, payment_ids, channel=channel, summary=summary)

    def follow_ups_done(self, contact_ids: Sequence[int]) -> int:
        return selection.follow_ups_done(self, contact_ids)

    def change_tag(self, customer_ids: Sequence[int], *, add: str = "", remove: str = "") -> int:
        return selection.change_tag(self, customer_ids, add=add, remove=remove)

    def mark_lapsed(self, policy_id: int) -> Policy:
        return premiums.mark_lapsed(self, policy_id)

    def reinstate(self, policy_id: int) -> Policy:
        """A lapsed policy reinstated (复效): in force again, recorded in the 保全 log."""
        return premiums.reinstate(self, policy_id)

    def draft_renewal(self, policy_id: int) -> Policy:
        return renewals.draft_renewal(self.policies.get(policy_id), self.today())

    def renew_policy(self, renewal: Policy, *, schedule: bool = True) -> Policy:
        return renewals.renew(self, renewal, schedule=schedule)

    def renewal_of(self, policy_id: int) -> int | None:
        return renewals.renewal_of(self.db, policy_id)

    def renewal_rate(self, start: date, end: date) -> renewals.RenewalRate:
        return renewals.renewal_rate(self.db, start, end)

    def recompute_value_tiers(self) -> segmentation.TierRefresh:
        return segmentation.recompute(self.db, self.settings.tier_thresholds())

    def tier_features(self, customer_id: int) -> TierFeatures:
        return segmentation.features_of(self.db, customer_id)

    def family_review(self, customer_id: int) -> FamilyReview:
        """保单检视 of the customer's household under the rules in the settings (read connection)."""
        return review.family_review(self.db, customer_id, self.settings.review_rules())

    def statistics(self, period: str = "month") -> list[statistics.StatTable]:
        """Every chart of the statistics tab: 业绩 by *period* (month, quarter or year) and
        persistency first, then the book as it stands."""
        return [
            performance.performance(self.db, period),
            performance.persistency(self.db),
            performance.arrears_by_state(self.db),
            *statistics.all_tables(self.db),
        ]

    # --- consent and data-subject requests (PIPL) -------------------------------------------
    def record_consent(self, event: ConsentEvent) -> ConsentEvent:
        """Record consent given or withdrawn; the customer's current consent follows, audited."""
        return self.consent_events.record(event)

    def consent_history(self, customer_id: int) -> list[ConsentEvent]:
        """Newest first."""
        return self.consent_events.of_customer(customer_id)

    def consent_warnings(self, customer_id: int) -> list[FieldError]:
        with self.db.lock:
            customer = self.customers.get(customer_id)
            return consent_warnings(customer, self.today(), self.consent_history(customer_id))

    def add_subject_request(self, request: SubjectRequest) -> SubjectRequest:
        """Log a request; its due date is 15 working days after receipt unless given."""
        return self.subject_requests.create(request)

    def answer_subject_request(
        self, request_id: int, answer: str, *, answered_on: date | None = None, handled_by: str | None = None
    ) -> SubjectRequest:
        return self.subject_requests.answer(request_id, answer, answered_on=answered_on, handled_by=handled_by)

    def list_subject_requests(self, customer_id: int | None = None) -> list[SubjectRequest]:
        """Open requests first (nearest due date first), then answered ones, newest first."""
        return self.subject_requests.listing(customer_id)

    def open_subject_requests(self) -> tuple[int, int]:
        """(open requests, of which overdue)."""
        return self.subject_requests.open_count(self.today())

    # --- the archive around the records: commissions, duplicates, merges ----------
    def commission_reconciliation(
        self, start: date, end: date, insurer: str | None = None
    ) -> commissions.Reconciliation:
        return commissions.reconciliation(self.db, start, end, insurer)

    def insurers(self) -> list[str]:
        return commissions.insurers(self.db)

    def duplicate_candidates(self) -> list[Candidate]:
        return duplicates.candidates(self.db)

    def dismiss_duplicate(self, a: int, b: int) -> None:
        duplicates.dismiss(self.db, a, b)

    def merge_customers(self, kept_id: int, merged_id: int) -> merge.MergeRecord:
        return merge.merge(self, kept_id, merged_id)

    def last_merge(self) -> merge.MergeRecord | None:
        return merge.last_merge(self)

    def undo_last_merge(self) -> merge.MergeRecord:
        return merge.undo_last(self)

    # --- bulk, audit, backup -------------------------------------------------------------
    def load_dataset(self, data: bulk.Dataset, action: str = "bulk_load") -> dict[str, int]:
        return bulk.load(self.db, data, action=action)

    def audit_entries(self, customer_id: int | None = None, limit: int = 500) -> list[audit_log.AuditEntry]:
        with self.db.lock:
            return audit_log.entries(self.db.conn, customer_id=customer_id, limit=limit)

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

    # --- retention and destruction (PIPL Art. 47; store.retention) ----------------------------
    def retention_due(self) -> list[retention.DueCustomer]:
        return retention.due(self.db, self.today())

    def destroy_customer(self, customer_id: int, reason: str) -> retention.DestructionRecord:
        """Remove a customer's personal data for good (slow: it vacuums the file; run off the UI thread)."""
        return retention.destroy(self.db, customer_id, reason)

    def destruction_preview(self, customer_id: int) -> dict[str, int]:
        return retention.preview(self.db, customer_id)

    def destruction_records(self) -> list[retention.DestructionRecord]:
        return retention.records(self.db)

    def verify_audit_chain(self) -> int | None:
        """The first entry that is changed, or missing against the head anchored outside the file."""
        return self.security.verify_audit().first_bad

    def record_event(
        self,
        action: str,
        entity: str,
        entity_id: int | None = None,
        *,
        customer_id: int | None = None,
        summary: str = "",
        details: object = None,
    ) -> None:
        """Audit an event that is not a write: an export, a print, a reveal of a masked field. On a
        branch, looking at personal data also goes to the access log (who looked at whom)."""
        self.db.audit(action, entity, entity_id, customer_id=customer_id, summary=summary, after=details)
        looked = LOOKING.get(action)
        if looked is not None:
            self.access.record(looked, customer_id, summary)

    def backup_to(self, target: Path) -> Path:
        result = write_copy(self.db, target)
        self.db.audit("backup", "database", summary=str(target))
        return result

    def counts(self) -> dict[str, int]:
        tables = (
            "customer",
            "relationship",
            "policy",
            "beneficiary",
            "payment",
            "claim",
            "contact",
            "complaint",
            "paper_location",
            "loan",
            "commission_rule",
            "commission_receipt",
            "audit_log",
        )
        return {t: self.db.read_int(f"SELECT count(*) FROM {t}") for t in tables}
