"""Archive sheets from the store: one customer, a batch into one PDF, or a folder of PDFs.

This is the layer between the store and the sheet: it reads the settings (agency name, how many
contact-log entries), fetches each customer's ``Customer360`` as the batch goes, writes through a
temporary file so that Cancel leaves nothing behind, and records every export, print or preview
in the audit log — including whether sensitive fields were printed in full, which is the
deliberate choice the print dialog asks for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from agentbook.exporters import sheet_pool
from agentbook.exporters.files import replaced_atomically, safe_file_name, staging_folder
from agentbook.exporters.pdf_sheet import SheetCancelledError, SheetOptions, write_sheets
from agentbook.store.api import Customer360, Store
from agentbook.store.queries.listing import ListRequest

AGENCY_SETTING = "agency_name"  # the same key the settings dialog edits
CONTACT_LIMIT_SETTING = "sheet_contact_limit"
REVEALED_FIELDS = ("id_number", "mobile", "annual_income", "health_notes", "financial_notes")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event | None

__all__ = [
    "AGENCY_SETTING",
    "CONTACT_LIMIT_SETTING",
    "ExportResult",
    "SheetCancelledError",
    "contact_limit",
    "customer_ids",
    "export_batch",
    "export_folder",
    "export_sheet",
    "print_batch",
    "print_sheet",
    "record_sheets",
    "sheet_options",
    "write_batch",
]


@dataclass(frozen=True, slots=True)
class ExportResult:
    files: list[Path]
    customers: int


def contact_limit(store: Store) -> int:
    """How many of the latest contact-log entries a sheet shows (declared in store/settings.py)."""
    return int(store.settings.get(CONTACT_LIMIT_SETTING))


def sheet_options(store: Store, *, reveal: bool = False, contacts: int | None = None) -> SheetOptions:
    return SheetOptions(
        agency=store.settings.get(AGENCY_SETTING),
        reveal=reveal,
        contact_limit=contact_limit(store) if contacts is None else contacts,
        printed_on=store.today(),
    )


def customer_ids(store: Store, request: ListRequest | None = None) -> list[int]:
    """The customers of the customer tab's current filter and order ("print the whole list")."""
    return store.list_query("customers", request).ids()


FETCH_BATCH = 100  # customers read together: a few queries each, and Cancel still answers quickly


def _sheets(store: Store, ids: Sequence[int], options: SheetOptions) -> Iterator[Customer360]:
    # One more contact than shown tells the sheet whether the log goes on ("最近 20 条").
    for start in range(0, len(ids), FETCH_BATCH):
        chunk = ids[start : start + FETCH_BATCH]
        found = {data.customer.id: data for data in store.sheet_data(chunk, contact_limit=options.contact_limit + 1)}
        yield from (found[customer_id] for customer_id in chunk)  # a customer listed twice prints twice


def _checker(cancel: Cancel) -> Callable[[], bool] | None:
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def record_sheets(
    store: Store, ids: Sequence[int], action: str, *, reveal: bool, target: str, extra: dict | None = None
) -> None:
    """One audit entry per customer (so each customer's history shows it), in one transaction."""
    details: dict[str, object] = {"reveal": reveal, "target": target, "format": "pdf", "customers": len(ids)}
    if reveal:
        details["revealed_fields"] = list(REVEALED_FIELDS)
    details.update(extra or {})
    with store.batch():
        for customer_id in ids:
            store.record_event(
                action, "customer", customer_id, customer_id=customer_id, summary=target, details=details
            )


def write_batch(
    store: Store,
    ids: Sequence[int],
    path: Path,
    *,
    reveal: bool = False,
    contacts: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> Path:
    """All *ids* into one PDF at *path*, each customer from a new page with an outline entry.

    Nothing is logged: the caller records what it did with the file (export, print, preview).
    Raises ``SheetCancelledError`` when *cancel* is set; then no file exists at *path* (an older
    file there is left as it was).
    """
    if not ids:
        raise ValueError("no customers to print")
    options = sheet_options(store, reveal=reveal, contacts=contacts)
    path = Path(path)
    with replaced_atomically(path) as temp:
        write_sheets(
            _sheets(store, ids, options), temp, options, total=len(ids), progress=progress, cancelled=_checker(cancel)
        )
    return path


def export_batch(
    store: Store,
    ids: Sequence[int],
    path: Path,
    *,
    reveal: bool = False,
    contacts: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel = None,
    action: str = "export_pdf",
) -> ExportResult:
    """``write_batch``, then one audit entry per customer (*action*, whether fields were revealed)."""
    path = write_batch(store, ids, path, reveal=reveal, contacts=contacts, progress=progress, cancel=cancel)
    record_sheets(store, ids, action, reveal=reveal, target=str(path))
    return ExportResult([path], len(ids))


def export_sheet(
    store: Store, customer_id: int, path: Path, *, reveal: bool = False, action: str = "export_pdf"
) -> Path:
    """One customer's sheet as a PDF file."""
    return export_batch(store, [customer_id], path, reveal=reveal, action=action).files[0]


def export_folder(
    store: Store,
    ids: Sequence[int],
    folder: Path,
    *,
    reveal: bool = False,
    contacts: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> ExportResult:
    """One PDF per customer in *folder*, named by archive number (``KH2026000123.pdf``).

    The files are made in a hidden staging folder and moved in at the end: a cancelled batch
    leaves no file, a finished one replaces same-named files from an earlier run.
    """
    if not ids:
        raise ValueError("no customers to print")
    options = sheet_options(store, reveal=reveal, contacts=contacts)
    check = _checker(cancel)
    folder = Path(folder)
    names: set[str] = set()
    written: list[tuple[int, str]] = []

    def jobs(staging: Path) -> Iterator[tuple[Customer360, Path]]:
        for data in _sheets(store, ids, options):
            if check is not None and check():
                raise SheetCancelledError()
            customer = data.customer
            stem = safe_file_name(customer.archive_no, f"customer-{customer.id}")
            if stem.lower() in names:
                stem = f"{stem}-{customer.id}"
            names.add(stem.lower())
            written.append((customer.id or 0, f"{stem}.pdf"))
            yield data, staging / f"{stem}.pdf"

    def done(count: int) -> None:
        if progress is not None:
            progress(count, len(ids))

    with staging_folder(folder) as staging:
        workers = sheet_pool.workers_for(len(ids))
        if workers:
            sheet_pool.write_files(jobs(staging), options, workers, progress=done, cancelled=check)
        else:
            for count, (data, path) in enumerate(jobs(staging), start=1):
                write_sheets([data], path, options)
                done(count)
        if check is not None and check():
            raise SheetCancelledError()
        files = []
        for _customer_id, name in written:
            (staging / name).replace(folder / name)
            files.append(folder / name)
    with store.batch():
        for customer_id, name in written:
            record_sheets(store, [customer_id], "export_pdf", reveal=reveal, target=str(folder / name))
    return ExportResult(files, len(ids))


def print_sheet(store: Store, customer_id: int, path: Path, *, reveal: bool = False) -> Path:
    """``export_sheet`` under the name the first version of this module used."""
    return export_sheet(store, customer_id, path, reveal=reveal)


def print_batch(
    store: Store,
    customer_ids: Sequence[int],
    target: Path,
    *,
    one_file: bool = True,
    reveal: bool = False,
    progress: Progress | None = None,
    cancelled: Cancel = None,
) -> list[Path]:
    """``export_batch`` (*one_file*) or ``export_folder``: the one call the print dialog and the CLI make."""
    if one_file:
        return export_batch(store, customer_ids, target, reveal=reveal, progress=progress, cancel=cancelled).files
    return export_folder(store, customer_ids, target, reveal=reveal, progress=progress, cancel=cancelled).files
