"""The OCR text of attachments: kept encrypted with the attachment, audited without its words."""

from __future__ import annotations

import pytest

from agentbook.domain.scan_text import MAX_SCAN_TEXT_CHARS
from agentbook.domain.validation import ValidationError
from agentbook.store.api import Store
from agentbook.store.errors import NotFoundError
from tests import store_builders as b

pytestmark = pytest.mark.both_engines


def _scan(store: Store, name: str = "张三", data: bytes = b"\xff\xd8 a scan") -> tuple[int, int]:
    customer = store.customers.create(b.person(name))
    attachment = store.attachments.add(customer.id, "诊断证明.jpg", data, "诊断证明")
    return customer.id, attachment.id


def test_text_is_kept_with_the_attachment_and_belongs_to_its_customer(store: Store, db_path, engine):
    customer_id, attachment_id = _scan(store)
    saved = store.attachment_texts.record(attachment_id, "诊断证明书\n临床诊断：急性阑尾炎", 1, "rapidocr test",
                                          proposed_category="诊断证明")  # fmt: skip
    assert saved.customer_id == customer_id and saved.pages == 1
    assert store.attachment_texts.of_attachment(attachment_id).text.endswith("急性阑尾炎")
    assert [s.attachment_id for s in store.attachment_texts.of_customer(customer_id)] == [attachment_id]
    if engine == "file":
        assert "急性阑尾炎".encode() not in db_path.read_bytes()  # encrypted at rest with the rest of the file


def test_a_second_reading_replaces_the_first(store: Store):
    _customer, attachment_id = _scan(store)
    store.attachment_texts.record(attachment_id, "first", 1, "engine")
    store.attachment_texts.record(attachment_id, "second", 2, "engine")
    assert store.attachment_texts.count() == 1
    assert store.attachment_texts.of_attachment(attachment_id).text == "second"


def test_the_audit_row_says_how_much_was_read_never_the_words(store: Store):
    _customer, attachment_id = _scan(store)
    store.attachment_texts.record(attachment_id, "临床诊断：急性阑尾炎", 1, "engine")
    entries = [e for e in store.audit_entries() if e.action == "read_text"]
    assert len(entries) == 1 and entries[0].entity_id == attachment_id
    assert "急性阑尾炎" not in repr(entries[0])


def test_overlong_text_is_cut_and_the_cut_recorded(store: Store):
    _customer, attachment_id = _scan(store)
    saved = store.attachment_texts.record(attachment_id, "字" * (MAX_SCAN_TEXT_CHARS + 5), 90, "engine")
    assert len(saved.text) == MAX_SCAN_TEXT_CHARS and saved.truncated


def test_unknown_attachment_and_bad_values_are_refused(store: Store):
    with pytest.raises(NotFoundError):
        store.attachment_texts.record(999, "text", 1, "engine")
    _customer, attachment_id = _scan(store)
    with pytest.raises(ValidationError):
        store.attachment_texts.record(attachment_id, "text", -1, "engine")
    with pytest.raises(ValidationError):
        store.attachment_texts.record(attachment_id, "text", 1, " ")
    assert store.attachment_texts.count() == 0


def test_deleting_the_attachment_deletes_its_text(store: Store):
    _customer, attachment_id = _scan(store)
    store.attachment_texts.record(attachment_id, "text", 1, "engine")
    store.attachments.delete(attachment_id)
    assert store.attachment_texts.count() == 0
