"""The archive around the records, on a real encrypted database: attachments, paper files and
loans, commissions, duplicates and merges with their undo."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.attachments import MAX_ATTACHMENT_BYTES
from agentbook.domain.commissions import CommissionReceipt, CommissionRule
from agentbook.domain.duplicates import DuplicateRule
from agentbook.domain.models import Relationship
from agentbook.domain.paper import Loan, PaperLocation
from agentbook.domain.validation import ValidationError
from agentbook.exporters.private_temp import PrivateTempFiles
from agentbook.store.api import Store
from agentbook.store.db.row_journal import ChangedSinceError
from agentbook.store.operations.merge import NothingToUndoError
from agentbook.store.records.attachments import DuplicateAttachmentError
from agentbook.store.records.paper import AlreadyLentError
from tests import store_builders as b
from tests.conftest import TODAY
from tests.engines import on_branch, table_names

pytestmark = pytest.mark.both_engines

MARKER = "机密扫描件-MARKER-7f3a9c".encode()


def scan_bytes(seed: int = 1, size: int = 50_000) -> bytes:
    body = bytes((i * seed * 31 + 7) % 256 for i in range(size))
    return MARKER + body + MARKER


# --- attachments ---------------------------------------------------------------------------
def test_attachment_round_trip_is_exact_and_encrypted_at_rest(store: Store, db_path, engine):
    customer = store.customers.create(b.person())
    data = scan_bytes()
    saved = store.attachments.add(customer.id, "身份证正面.jpg", data, "身份证件", thumbnail=b"\x89PNG thumb")
    assert saved.size == len(data) and saved.mime_type == "image/jpeg" and len(saved.sha256) == 64
    assert store.attachments.content(saved.id) == data
    assert store.attachments.thumbnail(saved.id) == b"\x89PNG thumb"
    assert [a.id for a in store.customer_360(customer.id).attachments] == [saved.id]
    logged = store.audit_entries(customer.id)[0]
    assert (logged.action, logged.entity) == ("create", "attachment") and "MARKER" not in (logged.after_json or "")
    if engine == "file":  # a branch server's disk is the server's to encrypt (docs/branch.md)
        store.close()
        raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))
        assert MARKER not in raw and data[1000:1100] not in raw


def test_a_cleaned_page_keeps_its_original_retrievable(store: Store):
    customer = store.customers.create(b.person("赵六"))
    photo = store.attachments.add(customer.id, "IMG_1.jpg", scan_bytes(3), "诊断证明")
    cleaned = store.attachments.add(customer.id, "IMG_1（整理后）.jpg", scan_bytes(4), "诊断证明",
                                    original_id=photo.id)  # fmt: skip
    again = store.attachments.get(cleaned.id)
    assert again.original_id == photo.id and store.attachments.original_of(again).id == photo.id
    assert store.attachments.content(photo.id) == scan_bytes(3)
    assert store.attachments.original_of(photo) is None
    other = store.customers.create(b.person("钱七"))
    with pytest.raises(ValidationError):
        store.attachments.add(other.id, "x.jpg", scan_bytes(5), "其他", original_id=photo.id)
    store.attachments.delete(photo.id)  # the copy stands on its own once its original is gone
    assert store.attachments.get(cleaned.id).original_id is None


def test_duplicate_attachment_is_refused_naming_the_first(store: Store):
    customer = store.customers.create(b.person("李四"))
    store.attachments.add(customer.id, "诊断证明.pdf", scan_bytes(2), "诊断证明")
    other = store.customers.create(b.person("王五"))
    with pytest.raises(DuplicateAttachmentError) as caught:
        store.attachments.add(other.id, "copy.pdf", scan_bytes(2), "其他")
    assert caught.value.params["name"] == "诊断证明.pdf"
    assert "李四" in caught.value.params["owner"]
    assert store.attachments.count() == 1


def test_oversize_and_empty_files_are_refused_with_the_limit(store: Store):
    customer = store.customers.create(b.person())
    with pytest.raises(ValidationError) as caught:
        store.attachments.add(customer.id, "huge.pdf", b"x" * (MAX_ATTACHMENT_BYTES + 1), "其他")
    assert caught.value.errors[0].field == "file"
    assert "20.0 MiB" in caught.value.errors[0].text()
    with pytest.raises(ValidationError):
        store.attachments.add(customer.id, "empty.pdf", b"", "其他")
    assert store.attachments.count() == 0


def test_claim_checklist_ticks_from_attachments(store: Store):
    holder = store.customers.create(b.person())
    policy = store.policies.create(b.policy(holder.id))
    claim = store.claims.create(b.claim(policy.id, holder.id))
    assert {m.name: m.received for m in store.claims.get(claim.id).materials} == {"理赔申请书": True, "诊断证明": False}
    store.attachments.add(holder.id, "zd.pdf", scan_bytes(3), "诊断证明", claim_id=claim.id)
    store.attachments.add(holder.id, "photo.png", scan_bytes(4), "事故照片", claim_id=claim.id)
    materials = {m.name: m.received for m in store.claims.get(claim.id).materials}
    assert materials == {"理赔申请书": True, "诊断证明": True, "事故照片": True}  # a new line for a new category
    assert store.attachments.categories_of_claim(claim.id) == {"诊断证明": 1, "事故照片": 1}
    assert [a.claim_id for a in store.customer_360(holder.id).attachments] == [claim.id, claim.id]


def test_private_temp_files_are_0600_and_removed(tmp_path):
    files = PrivateTempFiles(tmp_path)
    path = files.write("../../保单 扫描.pdf", b"%PDF-1.4 secret")
    assert path.parent.parent == tmp_path and path.read_bytes() == b"%PDF-1.4 secret"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    second = files.write("../../保单 扫描.pdf", b"again")
    assert second != path and files.live_files() == {path, second}
    files.remove(path)
    assert not path.exists()
    files.remove_all()
    assert not second.exists() and not second.parent.exists()


# --- paper archive ---------------------------------------------------------------------------
def test_paper_location_and_loans_overdue_on_the_right_day(store: Store):
    a = store.customers.create(b.person("赵一"))
    c = store.customers.create(b.person("钱二"))
    store.paper_locations.save(PaperLocation(a.id, "3", "12", "05"))
    moved = store.paper_locations.save(PaperLocation(a.id, "4", "01", "02"))
    assert store.paper_locations.count() == 1 and store.paper_locations.of_customer(a.id).cabinet == "4"
    assert moved.id is not None
    due_yesterday = store.loans.create(Loan(a.id, "内勤 李娜", TODAY - timedelta(days=15), TODAY - timedelta(days=1)))
    store.loans.create(Loan(c.id, "王主管", TODAY - timedelta(days=14), TODAY))  # due today: not overdue yet
    with pytest.raises(AlreadyLentError):
        store.loans.create(Loan(a.id, "另一人", TODAY, TODAY + timedelta(days=3)))
    report = store.today_lists()
    assert [(i.record_id, i.days, i.label) for i in report["loan_overdue"]] == [(due_yesterday.id, -1, "内勤 李娜")]
    assert report.counts["loan_overdue"] == 1
    store.loans.return_file(due_yesterday.id)
    assert store.today_lists().counts["loan_overdue"] == 0
    register = store.loans.register()
    assert [r.customer_name for r in register] == ["钱二", "赵一"]  # the open one first
    assert register[1].location == "4/01/02"
    with pytest.raises(ValidationError):
        store.loans.create(Loan(c.id, "", TODAY, TODAY - timedelta(days=1)))


# --- commissions -----------------------------------------------------------------------------
def test_commission_reconciliation_on_a_known_data_set(store: Store):
    holder = store.customers.create(b.person())
    life = store.policies.create(b.policy(holder.id, insurer="平安人寿", premium=Decimal("10000.00")))
    monthly = store.policies.create(
        b.policy(
            holder.id,
            insurer="中国人寿",
            premium=Decimal("500.00"),
            payment_mode=E.PaymentMode.MONTHLY,
        )
    )
    store.policies.create(b.policy(holder.id, insurer="太平洋"))  # no rules: expects nothing
    store.commission_rules.create(CommissionRule(life.id, 1, 1, rate=Decimal("30.00")))
    store.commission_rules.create(CommissionRule(life.id, 2, None, rate=Decimal("5.50")))
    store.commission_rules.create(CommissionRule(monthly.id, 1, 1, amount=Decimal("80.00")))
    with pytest.raises(ValidationError):  # overlapping years
        store.commission_rules.create(CommissionRule(life.id, 3, 4, rate=Decimal("1")))
    paid = [
        (life.id, 1, date(2026, 3, 12), "10000.00"),
        (life.id, 2, date(2026, 10, 5), "10000.00"),
        (monthly.id, 12, date(2026, 10, 20), "500.00"),
        (monthly.id, 13, date(2026, 11, 2), "500.00"),  # policy year 2: no rule
    ]
    for policy_id, period, day, amount in paid:
        store.payments.create(
            b.payment(
                policy_id,
                period,
                due_date=day,
                status=E.PaymentStatus.PAID,
                paid_date=day,
                amount_paid=Decimal(amount),
            )
        )
    store.commission_receipts.create(CommissionReceipt(life.id, 1, date(2026, 4, 20), Decimal("3000.00")))
    store.commission_receipts.create(CommissionReceipt(life.id, 2, date(2026, 11, 1), Decimal("200.00")))
    recon = store.commission_reconciliation(date(2026, 1, 1), date(2026, 12, 31))
    lines = {(line.instalment.policy_id, line.instalment.period): line for line in recon.lines}
    assert set(lines) == {(life.id, 1), (life.id, 2), (monthly.id, 12)}
    assert (lines[(life.id, 1)].expected, lines[(life.id, 1)].missing) == (Decimal("3000.00"), Decimal("0.00"))
    assert (lines[(life.id, 2)].expected, lines[(life.id, 2)].received) == (Decimal("550.00"), Decimal("200.00"))
    assert lines[(life.id, 2)].missing == Decimal("350.00")
    assert lines[(monthly.id, 12)].missing == Decimal("80.00")
    assert recon.totals() == (Decimal("3630.00"), Decimal("3200.00"), Decimal("430.00"))
    assert [(s.month, s.insurer, s.missing) for s in recon.summary] == [
        ("2026-10", "平安人寿", Decimal("350.00")),
        ("2026-10", "中国人寿", Decimal("80.00")),
        ("2026-03", "平安人寿", Decimal("0.00")),
    ]
    assert [line.instalment.period for line in recon.missing_lines] == [2, 12]
    only = store.commission_reconciliation(date(2026, 1, 1), date(2026, 12, 31), insurer="中国人寿")
    assert [line.instalment.policy_id for line in only.lines] == [monthly.id]
    assert len(store.customer_360(holder.id).commissions) == 3


# --- duplicates ------------------------------------------------------------------------------
def test_duplicate_candidates_for_each_rule(store: Store):
    born = date(1980, 5, 6)
    a = store.customers.create(b.person("张伟", born=born, mobile="13900000001"))
    same_id = store.customers.create(b.person("张卫", born=born, id_number=a.id_number, mobile="13900000002"))
    name_mobile = store.customers.create(b.person("张伟", born=date(1990, 1, 1), mobile="13900000001"))
    name_birth = store.customers.create(b.person("李娜", born=date(1975, 3, 3), mobile="13900000003"))
    name_birth2 = store.customers.create(b.person("李娜", born=date(1975, 3, 3), mobile="13900000004"))
    py1 = store.customers.create(b.person("王芳", mobile="13900000005"))
    py2 = store.customers.create(b.person("汪方", mobile="13900000005"))
    store.customers.create(b.person("陈明", mobile="13900000006"))  # no twin
    found = {(c.low_id, c.high_id): set(c.reasons) for c in store.duplicate_candidates()}
    assert found == {
        (a.id, same_id.id): {DuplicateRule.SAME_ID},
        (a.id, name_mobile.id): {DuplicateRule.NAME_MOBILE},
        (name_birth.id, name_birth2.id): {DuplicateRule.NAME_BIRTH},
        (py1.id, py2.id): {DuplicateRule.PINYIN_MOBILE},
    }
    assert store.duplicate_candidates()[0].reasons == (DuplicateRule.SAME_ID,)  # strongest first
    store.dismiss_duplicate(py2.id, py1.id)
    assert (py1.id, py2.id) not in {(c.low_id, c.high_id) for c in store.duplicate_candidates()}


# --- merge and undo ----------------------------------------------------------------------------
def snapshot(store: Store) -> dict[str, list]:
    """Every row of every table, except the audit log and its sealing keys (they grow) and the
    full-text index's internal pages (its content is compared through the index itself)."""
    out = {}
    tables = [name for name in table_names(store) if name not in ("audit_log", "audit_key")]
    for table in tables:
        columns = "rowid, *" if table == "customer_fts" else "*"
        out[table] = sorted(store.db.read(f"SELECT {columns} FROM {table}"), key=repr)
    return out


def busy_pair(store: Store):
    """A customer entered twice, with something hanging off both records."""
    kept = store.customers.create(b.person("周杰", mobile="13812345678", tags=("老客户",), email=""))
    dup = store.customers.create(
        b.person(
            "周杰",
            mobile="13812345678",
            tags=("转介绍", "老客户"),
            email="zj@example.com",
            lifecycle=E.Lifecycle.PROSPECT,
            id_number="",
            id_type=None,
        )
    )
    spouse = store.customers.create(b.person("林娜", male=False))
    store.relationships.create(Relationship(spouse.id, dup.id, E.RelationKind.SPOUSE))
    store.relationships.create(Relationship(spouse.id, kept.id, E.RelationKind.SPOUSE))  # the same, twice
    store.relationships.create(Relationship(dup.id, kept.id, E.RelationKind.OTHER))  # linked to itself
    holder_policy = store.policies.create(
        b.policy(dup.id, spouse.id, beneficiaries=[b.beneficiary("周杰", "100", customer_id=dup.id)])
    )
    insured_policy = store.policies.create(b.policy(spouse.id, dup.id))
    store.payments.create(b.payment(holder_policy.id))
    claim = store.claims.create(b.claim(insured_policy.id, dup.id))
    store.contacts.create(b.contact(dup.id))
    store.attachments.add(dup.id, "id.jpg", scan_bytes(9), "身份证件")
    store.attachments.add(dup.id, "zd.pdf", scan_bytes(10), "诊断证明", claim_id=claim.id)
    store.paper_locations.save(PaperLocation(kept.id, "1", "02", "03"))
    store.paper_locations.save(PaperLocation(dup.id, "5", "06", "07"))
    store.loans.create(Loan(dup.id, "内勤", TODAY - timedelta(days=3), TODAY + timedelta(days=3)))
    store.commission_rules.create(CommissionRule(holder_policy.id, 1, 1, rate=Decimal("20")))
    return kept, dup, spouse, holder_policy, insured_policy, claim


def test_merge_moves_everything_and_undo_restores_every_row(store: Store):
    kept, dup, spouse, holder_policy, insured_policy, claim = busy_pair(store)
    from agentbook.domain.complaints import Complaint, ComplaintChannel

    store.complaints.create(
        Complaint(dup.id, store_now(), ComplaintChannel.PHONE, "理赔太慢", TODAY + timedelta(days=15))
    )
    before = snapshot(store)
    audit_before = store.db.read_one("SELECT count(*) FROM audit_log")[0]

    record = store.merge_customers(kept.id, dup.id)

    assert record.undoable and record.merged_archive_no == dup.archive_no
    assert store.db.read_one("SELECT count(*) FROM customer WHERE id = ?", (dup.id,))[0] == 0
    merged = store.customers.get(kept.id)
    assert merged.email == "zj@example.com" and set(merged.tags) == {"老客户", "转介绍"}
    view = store.customer_360(kept.id)
    assert {p.id for p in view.policies} == {holder_policy.id, insured_policy.id}
    assert store.policies.get(holder_policy.id).beneficiaries[0].customer_id == kept.id
    assert [k.id for k in view.claims] == [claim.id] and store.claims.get(claim.id).claimant_id == kept.id
    assert len(view.attachments) == 2 and len(view.loans) == 1 and len(view.payments) == 1
    assert len(store.complaints.of_customer(kept.id)) == 1
    assert [r.other_id for r in view.relations] == [spouse.id]  # the repeated and the self-link dropped
    assert view.paper_location.cabinet == "1" and "5/06/07" in view.paper_location.remarks
    assert [h.customer_id for h in store.search("周杰")] == [kept.id]
    audit = store.audit_entries(kept.id, limit=5)[0]
    assert (audit.action, audit.entity, audit.entity_id) == ("merge", "customer", kept.id)
    told = json.loads(audit.after_json)
    assert json.loads(audit.before_json)["from"]["archive_no"] == dup.archive_no
    assert told["moved"]["policy_holder"] == [holder_policy.id] and told["moved"]["policy_insured"] == [
        insured_policy.id
    ]
    assert told["moved"]["claim"] == [claim.id] and len(told["moved"]["attachment"]) == 2
    assert told["moved"]["filled"] == {"email": "zj@example.com"}

    undone = store.undo_last_merge()

    assert undone.id == record.id
    assert snapshot(store) == before
    if not on_branch(store):  # the server checks every foreign key at commit
        assert store.db.read("PRAGMA foreign_key_check") == []
    assert store.db.read_one("SELECT count(*) FROM audit_log")[0] > audit_before + 1
    assert store.audit_entries(kept.id, limit=1)[0].action == "undo_merge"
    assert store.verify_audit_chain() is None
    with pytest.raises(NothingToUndoError):
        store.undo_last_merge()


def test_only_the_last_merge_is_undone_and_never_over_newer_edits(store: Store):
    a = store.customers.create(b.person("甲"))
    dup_a = store.customers.create(b.person("甲"))
    c = store.customers.create(b.person("乙"))
    dup_c = store.customers.create(b.person("乙"))
    before = snapshot(store)
    first = store.merge_customers(a.id, dup_a.id)
    second = store.merge_customers(c.id, dup_c.id)
    assert not store.db.read_one("SELECT undo_json IS NOT NULL FROM merge_record WHERE id = ?", (first.id,))[0]
    assert store.undo_last_merge().id == second.id
    assert store.last_merge().id == first.id and store.last_merge().undoable  # its undo record is back
    edited = store.customers.get(a.id)
    edited.remarks = "合并后又改了"
    store.customers.update(edited)
    with pytest.raises(ChangedSinceError):
        store.undo_last_merge()
    assert store.customers.get(a.id).remarks == "合并后又改了"  # the newer edit stands
    assert snapshot(store) != before


def store_now():
    from datetime import datetime

    return datetime(2026, 11, 20, 9, 0)
