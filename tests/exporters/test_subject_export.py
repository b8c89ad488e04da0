"""The data-subject export (PIPL Art. 45): a full archive sheet and a workbook of every record."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import load_workbook
from pypdf import PdfReader

from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel
from agentbook.domain.consent import ConsentAction, ConsentEvent, ConsentKind, RequestKind, SubjectRequest
from agentbook.domain.models import Relationship
from agentbook.exporters.subject_data import SHEET_TITLES, export_subject_data
from tests.conftest import TODAY
from tests.store_builders import beneficiary, claim, contact, payment, person, policy


def _full_customer(store):
    me = store.customers.create(
        person("王芳", male=False, health_notes="高血压，按时服药", financial_notes="房贷 80 万")
    )
    spouse = store.customers.create(person("李雷"))
    store.relationships.create(Relationship(me.id, spouse.id, E.RelationKind.SPOUSE))
    own = store.policies.create(policy(me.id))
    as_beneficiary = store.policies.create(
        policy(spouse.id, beneficiaries=[beneficiary("王芳", "100", customer_id=me.id, relation=E.RelationKind.SPOUSE)])
    )
    stranger = store.customers.create(person("陌生人"))
    store.policies.create(policy(stranger.id))  # not about her: must not appear
    store.payments.create(payment(own.id))
    scan = store.attachments.add(me.id, "诊断证明.jpg", b"\xff\xd8 scan", "诊断证明")
    store.attachment_texts.record(scan.id, "诊断证明书\n临床诊断：右桡骨远端骨折\f第二页：建议休息", 2, "engine")
    store.claims.create(claim(own.id, me.id))
    store.contacts.create(contact(me.id))
    store.complaints.create(
        Complaint(me.id, datetime(2026, 11, 1, 9, 0), ComplaintChannel.PHONE, "回访电话太频繁", date(2026, 11, 16))
    )
    store.record_consent(ConsentEvent(me.id, ConsentKind.GENERAL, ConsentAction.GIVEN, date(2026, 1, 5), "档案管理"))
    return me, own, as_beneficiary


def test_export_writes_a_full_pdf_and_a_workbook_and_answers_the_request(store, tmp_path):
    me, own, as_beneficiary = _full_customer(store)
    request = store.add_subject_request(
        SubjectRequest(me.id, RequestKind.ACCESS, date(2026, 11, 20), details="要复印件")
    )
    folder = tmp_path / "给客户"

    result = export_subject_data(store, me.id, folder, request_id=request.id)

    assert result.pdf.parent == folder and result.pdf.exists() and result.xlsx.exists()
    text = "".join(page.extract_text() for page in PdfReader(result.pdf).pages)
    assert me.id_number in text  # her own data: printed in full
    assert me.mobile in text
    assert "高血压" in text

    book = load_workbook(result.xlsx, read_only=True)
    assert tuple(book.sheetnames) == SHEET_TITLES

    def rows(title):
        return [r for r in book[title].iter_rows(min_row=2, values_only=True) if any(v is not None for v in r)]

    fields = dict(rows("客户资料"))
    assert fields["证件号码"] == me.id_number
    assert fields["健康状况"] == "高血压，按时服药"
    assert fields["财务状况"] == "房贷 80 万"
    assert [r[0] for r in rows("家庭与关系")] == ["李雷"]
    policies = {r[0]: r for r in rows("保单")}
    assert set(policies) == {own.policy_no, as_beneficiary.policy_no}
    assert policies[as_beneficiary.policy_no][1] == "受益人"
    assert len(rows("缴费")) == 1
    assert len(rows("理赔")) == 1
    assert len(rows("沟通记录")) == 2  # the contact plus the complaint's timeline entry
    assert rows("投诉")[0][3] == "回访电话太频繁"
    assert rows("知情同意记录")[0][1:4] == ("个人信息处理同意", "同意", "档案管理")
    assert rows("个人信息请求")[0][1] == "查阅/复制"
    scanned = rows("档案材料文字")  # what OCR read in her scans is her data too, a row per page
    assert [(r[0], r[1], r[2]) for r in scanned] == [("诊断证明.jpg", "诊断证明", 1), ("诊断证明.jpg", "诊断证明", 2)]
    assert "右桡骨远端骨折" in scanned[0][3]
    assert result.rows["保单"] == 2

    answered = store.subject_requests.get(request.id)
    assert answered.answered_on == TODAY and result.pdf.name in answered.answer
    audit = [(e.action, e.entity) for e in store.audit_entries(customer_id=me.id)]
    assert ("export_pdf", "customer") in audit and ("export_excel", "customer") in audit
    assert ("update", "subject_request") in audit


def test_export_without_a_request_and_of_an_answered_one(store, tmp_path):
    me = store.customers.create(person("赵六"))
    plain = export_subject_data(store, me.id, tmp_path)
    assert plain.request is None and plain.pdf.exists()
    done = store.add_subject_request(SubjectRequest(me.id, RequestKind.ACCESS, date(2026, 11, 2)))
    store.answer_subject_request(done.id, "当面交付")
    again = export_subject_data(store, me.id, tmp_path / "again", request_id=done.id)
    assert again.request is not None and again.request.answer == "当面交付"
