"""A folder of sheets large enough for the worker processes: the same files, whole, or none at all."""

from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader

from agentbook.exporters import sheet_pool
from agentbook.exporters.archive_sheets import SheetCancelledError, export_folder


def test_a_large_folder_batch_is_written_by_the_workers_one_whole_file_per_customer(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 60")]
    assert sheet_pool.workers_for(len(ids)) >= 2 or pytest.skip("a single core: the batch is written in-process")
    seen: list[int] = []
    result = export_folder(demo_store, ids, tmp_path / "out", progress=lambda done, total: seen.append(done))
    assert seen[-1] == len(ids) == len(result.files) and seen == sorted(seen)
    numbers = {demo_store.customers.get(i).archive_no for i in ids}
    assert {p.stem for p in (tmp_path / "out").iterdir()} == numbers
    for path in result.files:
        text = PdfReader(path).pages[0].extract_text()
        assert f"档案编号：{path.stem}" in text and "一、基本信息" in text
    assert all(demo_store.audit_entries(customer_id=i, limit=1)[0].action == "export_pdf" for i in ids)


def test_cancelling_a_batch_on_the_workers_leaves_no_file_and_logs_nothing(demo_store, tmp_path):
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY id LIMIT 120")]
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= sheet_pool.CHUNK:
            stop.set()

    before = demo_store.counts()["audit_log"]
    with pytest.raises(SheetCancelledError):
        export_folder(demo_store, ids, tmp_path / "out", progress=progress, cancel=stop.is_set)
    assert list((tmp_path / "out").iterdir()) == []  # no output, no staging folder
    assert demo_store.counts()["audit_log"] == before
