"""Page furniture of a batch: each customer's pages counted on their own, written into every page."""

from __future__ import annotations

import gc
import re
import threading
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from agentbook import collector
from agentbook.domain import enums as E
from agentbook.domain.models import ContactEntry
from agentbook.exporters.archive_sheets import CONTACT_LIMIT_SETTING, SheetCancelledError, export_batch
from agentbook.exporters.pdf_page import TOTAL_MARK

HEADER = re.compile(r"档案编号：(\S+) .*第 (\d+) 页 / 共 (\d+) 页")


def long_log(store, customer_id: int, entries: int) -> None:
    with store.db.transaction():
        for n in range(entries):
            when = datetime(2025, 1, 1, 9) + timedelta(days=n)
            note = f"第{n:03d}次回访：客户询问保单贷款与减额交清的区别，已详细解释并约定下次面谈"
            store.contacts.create(ContactEntry(customer_id, when, E.ContactChannel.PHONE, E.ContactPurpose.FOLLOW_UP,
                                               note))  # fmt: skip


def pdf_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("pdf-pages")]


def test_every_page_of_a_batch_counts_its_own_customers_pages(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 6")]
    long_log(demo_store, ids[1], 120)  # the second customer runs over several pages, the last one too
    long_log(demo_store, ids[-1], 60)
    demo_store.settings.set(CONTACT_LIMIT_SETTING, 500)
    path = export_batch(demo_store, ids, tmp_path / "batch.pdf").files[0]
    reader = PdfReader(path)
    headers = [HEADER.search(page.extract_text()) for page in reader.pages]
    assert all(headers)
    pages: dict[str, list[tuple[int, int]]] = {}
    for found in headers:
        pages.setdefault(found[1], []).append((int(found[2]), int(found[3])))
    archive_nos = [demo_store.customers.get(i).archive_no for i in ids]
    assert list(pages) == archive_nos
    for numbers in pages.values():
        count = len(numbers)
        assert numbers == [(n, count) for n in range(1, count + 1)]
    assert len(pages[archive_nos[1]]) >= 3 and len(pages[archive_nos[-1]]) >= 2
    raw = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert TOTAL_MARK.encode() not in raw and raw.count(b" re\n") > 0
    assert not pdf_threads()


def test_a_cancelled_batch_stops_the_page_compressing_thread(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 30")]
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 20:
            stop.set()

    with pytest.raises(SheetCancelledError):
        export_batch(demo_store, ids, tmp_path / "batch.pdf", progress=progress, cancel=stop)
    assert not pdf_threads() and not (tmp_path / "batch.pdf").exists()


def test_the_heap_frozen_for_a_batch_is_handed_back_after_it_and_after_a_failure(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 3")]
    assert gc.get_freeze_count() == 0
    export_batch(demo_store, ids, tmp_path / "batch.pdf")
    assert gc.get_freeze_count() == 0
    with collector.set_aside():
        assert gc.get_freeze_count() > 0
        with pytest.raises(ZeroDivisionError), collector.set_aside():
            1 / 0  # noqa: B018
        assert gc.get_freeze_count() > 0  # the outer block still holds it
    assert gc.get_freeze_count() == 0
