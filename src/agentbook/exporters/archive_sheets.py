"""Printing archive sheets from the store: single, batch into one PDF, or a folder of PDFs.

Every print is written to the audit log with the customers it covered and whether sensitive
fields were revealed — printing full ID numbers is a deliberate, recorded choice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from agentbook.exporters.pdf_sheet import SheetCancelledError, SheetOptions, render_batch, render_one
from agentbook.store.api import Customer360, Store

AGENCY_SETTING = "agency_name"
CONTACT_LIMIT_SETTING = "sheet_contact_limit"


def options_for(store: Store, reveal: bool = False) -> SheetOptions:
    limit = store.db.get_setting(CONTACT_LIMIT_SETTING, "20") or "20"
    return SheetOptions(
        agency=store.db.get_setting(AGENCY_SETTING, "") or "",
        reveal=reveal,
        contact_limit=int(limit),
        printed_on=store.today(),
    )


def _sheets(store: Store, customer_ids: Sequence[int]) -> Iterator[Customer360]:
    for customer_id in customer_ids:
        yield store.customer_360(customer_id)


def print_sheet(store: Store, customer_id: int, path: Path, *, reveal: bool = False) -> Path:
    options = options_for(store, reveal)
    result = render_one(store.customer_360(customer_id), path, options)
    store.record_event(
        "print_sheet",
        "customer",
        customer_id,
        customer_id=customer_id,
        summary=str(path),
        details={"reveal": reveal, "file": str(path)},
    )
    return result


def print_batch(
    store: Store,
    customer_ids: Sequence[int],
    target: Path,
    *,
    one_file: bool = True,
    reveal: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One PDF with every customer, or one PDF per customer in the folder *target*.

    Cancelling leaves nothing of this batch behind (files already finished are removed too, so a
    folder never holds half a batch).
    """
    options = options_for(store, reveal)
    total = len(customer_ids)
    if one_file:
        written = [
            render_batch(
                _sheets(store, customer_ids), target, options, total=total, progress=progress, cancelled=cancelled
            )
        ]
    else:
        folder = Path(target)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        try:
            for n, data in enumerate(_sheets(store, customer_ids), start=1):
                if cancelled and cancelled():
                    raise SheetCancelledError()
                path = folder / f"{data.customer.archive_no}.pdf"
                written.append(render_one(data, path, replace(options)))
                if progress:
                    progress(n, total)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
    store.record_event(
        "print_batch",
        "customer",
        summary=f"{total} customers → {target}",
        details={
            "reveal": reveal,
            "customers": list(customer_ids),
            "one_file": one_file,
            "files": [str(p) for p in written],
        },
    )
    return written
