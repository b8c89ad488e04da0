"""The audit log as an Excel sheet, for the branch's compliance file or an inspector.

Rows come from the store in pages (newest first) so a log of millions of entries streams through
xlsxwriter's constant-memory mode. Before/after details are included only when asked, and then
masked unless the user chose to reveal them — the same rule as every other export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import xlsxwriter

from agentbook.domain.audit_labels import mask_details, plain_details
from agentbook.exporters.files import replaced_atomically
from agentbook.store.api import Store
from agentbook.store.audit.log import AuditFilter

PAGE = 5000


def write_audit_xlsx(
    store: Store,
    path: Path,
    flt: AuditFilter,
    headers: list[str],
    label: Callable[[str, str], str],
    *,
    details: bool = False,
    reveal: bool = False,
) -> int:
    """Write the filtered log to *path*; returns the number of entries. ``label(kind, code)``
    turns action and entity codes into words in the UI language."""
    written = 0
    with replaced_atomically(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
        sheet = book.add_worksheet("audit")
        bold = book.add_format({"bold": True, "bg_color": "#e8eef4"})
        columns = headers if details else headers[:-2]
        for col, title in enumerate(columns):
            sheet.write_string(0, col, title, bold)
        sheet.freeze_panes(1, 0)
        for col, width in enumerate((8, 20, 14, 14, 12, 8, 12, 40, 10, 66, 60, 60)[: len(columns)]):
            sheet.set_column(col, col, width)
        archive_nos = store.archive_numbers()
        offset = 0
        while True:
            page = store.security.audit_entries(flt, limit=PAGE, offset=offset)
            if not page:
                break
            for e in page:
                written += 1
                sealed = {"shredded": label("sealing", "shredded"), "opened": ""}.get(e.sealing, "")
                row = [
                    e.id,
                    e.at,
                    e.actor,
                    label("action", e.action),
                    label("entity", e.entity),
                    "" if e.entity_id is None else e.entity_id,
                    archive_nos.get(e.customer_id, "") if e.customer_id is not None else "",
                    e.summary,
                    sealed,
                    e.hash,
                ]
                if details:
                    show = plain_details if reveal else mask_details
                    row += [show(e.before_json), show(e.after_json)]
                for col, value in enumerate(row):
                    if isinstance(value, int):
                        sheet.write_number(written, col, value)
                    else:
                        sheet.write_string(written, col, str(value))
            offset += len(page)
        book.close()
    store.record_event(
        "audit_export",
        "audit_log",
        summary=path.name,
        details={"file": str(path), "entries": written, "details": details, "revealed": reveal},
    )
    return written
