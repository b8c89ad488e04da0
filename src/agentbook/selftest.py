"""``agentbook --self-test``: prove that this copy of agentbook works, without touching the user's data.

A PyInstaller bundle fails in ways the test suite never sees: a data file left out, a Qt plugin
missing, an extension module that does not load, a package that finds its parts through
``importlib.metadata`` or dynamic imports. So the self-test walks the paths a working day takes —
an encrypted database with a throw-away key, every kind of record written and read back,
search, the demo data, one printed archive sheet, one Excel workbook, the translations, the font
and the main window — in a temporary folder, prints one line per step, and exits 0, or 1 naming
the step that failed. The OS keyring and the user's settings are never touched.

The PDF and Excel steps call the real exporters (``exporters.archive_sheets`` and
``exporters.excel_workbook``) through ``render_pdf`` and ``render_workbook``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from agentbook import __version__
from agentbook.domain.clock import ManualClock

TODAY = date(2026, 11, 23)  # a fixed day keeps the generated records (ages, due dates) the same on every run


class SelfTestError(Exception):
    """A check that did not hold; the message says what was expected."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


@dataclass
class Context:
    """What the steps hand to each other: the temp folder, the QApplication, the open store."""

    folder: Path
    app: Any = None
    store: Any = None
    key: Any = None
    ids: dict[str, int] = field(default_factory=dict)


# --- rendering: the real exporters, behind one function each --------------------------------
def render_pdf(store: Any, customer_id: int, path: Path) -> Path:
    """One customer's archive sheet as a PDF (the exporter the print dialog uses)."""
    from agentbook.exporters.archive_sheets import export_sheet

    return export_sheet(store, customer_id, path, action="self_test")


def render_workbook(store: Any, path: Path) -> dict[str, int]:
    """The branch-office workbook (the exporter behind 文件 → 导出 Excel 工作簿)."""
    from agentbook.exporters.excel_workbook import export_branch_workbook

    return export_branch_workbook(store, path)


# --- steps ----------------------------------------------------------------------------------
def _quiet_offscreen(_kind: object, _context: object, message: str) -> None:
    """Pass Qt's messages on, except the offscreen plugin's notes about what it cannot do."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def step_qt(ctx: Context) -> str:
    import PySide6
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(["agentbook", "--self-test"])
        QCoreApplication.setOrganizationName("agentbook-self-test")  # never the user's settings
        QCoreApplication.setApplicationName("agentbook-self-test")
    ctx.app = app
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(p.name.split(".")[0].removeprefix("libq").removeprefix("q") for p in plugins.glob("*q*"))
    check(names, f"no Qt platform plugins in {plugins}")
    platform = app.platformName()
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}, platform {platform} (bundled: {', '.join(names)})"


def step_font(ctx: Context) -> str:
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from agentbook.assets import FONT_FAMILY
    from agentbook.exporters.pdf_fonts import pdf_font
    from agentbook.ui.app.fonts import install_app_font

    family = install_app_font()
    check(family == FONT_FAMILY, f"UI font registered as {family!r}, expected {FONT_FAMILY!r}")
    check(family in QFontDatabase.families(), f"{family} missing from the font database")
    check(QGuiApplication.font().family() == family, "the application font was not set")
    return f"{family} for the UI, {pdf_font()} embedded in PDFs"


def step_translations(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from agentbook.ui.i18n import LANGUAGES, Translation

    translation = Translation()
    seen = []
    expected = {"en": "Customers", "zh_TW": "客戶"}
    try:
        for language, word in expected.items():
            check(translation.apply(language), f"agentbook_{language}.qm did not load")
            got = QCoreApplication.translate("MainWindow", "客户")
            check(got == word, f"{language}: 客户 translated as {got!r}, expected {word!r}")
            seen.append(language)
    finally:
        translation.apply("zh_CN")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_loaded = [lang for lang in ("zh_CN", "zh_TW") if QTranslator().load(f"qtbase_{lang}", qt_folder)]
    check(qt_loaded, f"Qt's own qtbase_zh_*.qm not found in {qt_folder}")
    return f"{', '.join(LANGUAGES)}; Qt dialogs: qtbase {', '.join(qt_loaded)}"


def step_database(ctx: Context) -> str:
    from agentbook.store.api import Store
    from agentbook.store.db.migrations import LATEST_VERSION
    from agentbook.store.keys.memory_keyring import MemoryKeyring
    from agentbook.store.keys.vault import KeyVault, new_raw_key

    ctx.key = new_raw_key()
    path = ctx.folder / "self-test.db"
    # The key is handed over directly and the vault holds an in-memory keyring: nothing is stored anywhere.
    ctx.store = Store.open(
        path, KeyVault(MemoryKeyring()), create=True, credentials=ctx.key, actor="self-test", clock=ManualClock(TODAY)
    )
    version = ctx.store.schema_version
    check(version == LATEST_VERSION, f"schema version {version}, expected {LATEST_VERSION}")
    cipher = ctx.store.cipher_version()
    check(cipher, "SQLCipher is not compiled in (PRAGMA cipher_version is empty)")
    ctx.store.set_setting("agency_name", "自检保险代理有限公司")
    check(ctx.store.get_setting("agency_name") == "自检保险代理有限公司", "a setting did not read back")
    return f"SQLCipher {cipher}, schema v{version}, raw 256-bit key"


def step_records(ctx: Context) -> str:
    from agentbook.domain import enums as E
    from agentbook.domain.idnumbers import make_resident_id
    from agentbook.domain.models import (
        Beneficiary,
        Claim,
        ClaimMaterial,
        ContactEntry,
        Customer,
        Policy,
        Relationship,
    )

    store = ctx.store
    holder = store.customers.create(
        Customer(
            name="张三",
            kind=E.CustomerKind.INDIVIDUAL,
            lifecycle=E.Lifecycle.ACTIVE,
            gender=E.Gender.MALE,
            birth_date=date(1985, 6, 18),
            id_type=E.IdType.RESIDENT_ID,
            id_number=make_resident_id("110105", date(1985, 6, 18), 13),
            mobile="13912345678",
            annual_income=Decimal("240000.00"),
            health_notes="无既往病史",
            tags=("自检", "高净值"),
        )
    )
    spouse = store.customers.create(
        Customer(
            name="李四",
            lifecycle=E.Lifecycle.ACTIVE,
            gender=E.Gender.FEMALE,
            birth_date=date(1987, 2, 3),
            id_type=E.IdType.RESIDENT_ID,
            id_number=make_resident_id("330106", date(1987, 2, 3), 24),
            mobile="13787654321",
        )
    )
    relation = store.relationships.create(Relationship(spouse.id, holder.id, E.RelationKind.SPOUSE))
    policy = store.policies.create(
        Policy(
            policy_no="ZJ202600000001",
            insurer="自检人寿",
            product="终身寿险（自检版）",
            business_line=E.BusinessLine.LIFE,
            policyholder_id=holder.id,
            insured_id=holder.id,
            premium=Decimal("12000.00"),
            sum_insured=Decimal("1000000.00"),
            payment_mode=E.PaymentMode.ANNUAL,
            payment_years=20,
            apply_date=date(2026, 1, 5),
            effective_date=date(2026, 1, 10),
            beneficiaries=[Beneficiary("李四", E.RelationKind.SPOUSE, Decimal("100"), customer_id=spouse.id)],
        )
    )
    schedule = store.payments.generate_schedule(policy)
    check(len(schedule) == 20, f"annual 20-year schedule has {len(schedule)} instalments")
    first = store.payments.of_policy(policy.id)[0]
    first.status, first.paid_date, first.amount_paid = E.PaymentStatus.PAID, date(2026, 1, 10), first.amount_due
    store.payments.update(first)
    claim = store.claims.create(
        Claim(
            claim_no="LP-SELFTEST-1",
            policy_id=policy.id,
            claimant_id=holder.id,
            incident_date=date(2026, 3, 1),
            filed_date=date(2026, 3, 3),
            cause="住院医疗",
            amount_claimed=Decimal("8650.50"),
            materials=[ClaimMaterial("诊断证明", True), ClaimMaterial("费用清单")],
        )
    )
    contact = store.contacts.create(
        ContactEntry(
            customer_id=holder.id,
            contacted_at=datetime(2026, 3, 4, 10, 30),
            channel=E.ContactChannel.PHONE,
            purpose=E.ContactPurpose.CLAIM_PROGRESS,
            summary="告知理赔材料已收齐",
            follow_up_date=date(2026, 3, 11),
            claim_id=claim.id,
        )
    )
    ctx.ids = {"holder": holder.id, "spouse": spouse.id, "policy": policy.id, "claim": claim.id}

    back = store.customers.get(holder.id)
    check(back.name == "张三" and back.annual_income == Decimal("240000.00"), "customer did not read back")
    check(set(back.tags) == {"自检", "高净值"} and back.archive_no, "customer tags or archive number lost")
    check(store.relationships.get(relation.id).relation is E.RelationKind.SPOUSE, "relationship did not read back")
    policy_back = store.policies.get(policy.id)
    check(policy_back.beneficiaries[0].share == Decimal("100"), "beneficiary share did not read back")
    check(store.payments.of_policy(policy.id)[0].status is E.PaymentStatus.PAID, "payment did not read back")
    claim_back = store.claims.get(claim.id)
    check([m.received for m in claim_back.materials] == [True, False], "claim materials did not read back")
    check(store.contacts.get(contact.id).summary == "告知理赔材料已收齐", "contact entry did not read back")
    view = store.customer_360(holder.id)
    check(len(view.policies) == 1 and len(view.claims) == 1 and view.relations, "the 360 view is incomplete")
    store.record_event("self_test", "database", summary="records")
    broken = store.verify_audit_chain()
    check(broken is None, f"audit chain broken at entry {broken}")
    counts = store.counts()
    empty = [table for table, n in counts.items() if n == 0]
    check(not empty, f"nothing written to {', '.join(empty)}")
    return ", ".join(f"{table} {n}" for table, n in counts.items())


def step_search(ctx: Context) -> str:
    found = {hit.customer_id for hit in ctx.store.search("zs")}  # pinyin initials of 张三 (pypinyin's data)
    check(ctx.ids["holder"] in found, "pinyin initials 'zs' did not find 张三")
    by_phone = {hit.customer_id for hit in ctx.store.search("5678")}
    check(ctx.ids["holder"] in by_phone, "the last digits of a mobile number did not find 张三")
    from agentbook.domain import phones, regions

    # Both are data files loaded on first use: a bundle that left them out fails here, not in a dialog.
    check(phones.read("+852 2123 4567").text == "+852 2123 4567", "libphonenumber's metadata is missing")
    check(regions.counties("110105") != (), "the GB/T 2260 region table (python-stdnum) is missing")
    return "pinyin initials, phone digits, phone rules, region codes"


def step_ocr(ctx: Context) -> str:
    """Read a generated 诊断证明 with the local engine, classify it, keep its text, find it by a word."""
    from agentbook.ocr import engine

    if not engine.available():
        return "OCR component not installed (optional: agentbook[ocr]); reading scans is not offered"
    import io
    import random

    from PIL import Image

    from agentbook.demo import scans
    from agentbook.ocr.reading import read_pages
    engine.model_paths()  # the packaged models, by path: a missing one fails here instead of downloading
    person = scans.person(random.Random(1), TODAY)
    scan = scans.diagnosis(person, scans.Spoil(rotate=2.0, noise=10.0, quality=75), seed=1)
    began = time.perf_counter()
    reading = read_pages([Image.open(io.BytesIO(scan.data))], 1, is_photo=True)
    seconds = time.perf_counter() - began
    check("急性阑尾炎" in reading.text, f"OCR did not read the diagnosis: {reading.text!r}")
    check(reading.proposed_category == "诊断证明", f"the scan was classified as {reading.proposed_category}")
    holder = ctx.ids["holder"]
    attachment = ctx.store.attachments.add(holder, "诊断证明.jpg", scan.data, "诊断证明")
    ctx.store.attachment_texts.record(attachment.id, reading.text, 1, reading.engine,
                                      proposed_category=reading.proposed_category)  # fmt: skip
    check(holder in ctx.store.customers_by_scan_text("阑尾炎"), "a word of the scan did not find its customer")
    return f"{reading.engine}: a page in {seconds:.1f} s (with loading), classified 诊断证明, found by a word in it"


def step_reopen(ctx: Context) -> str:
    from agentbook.store.api import Store
    from agentbook.store.errors import WrongKeyError
    from agentbook.store.keys.memory_keyring import MemoryKeyring
    from agentbook.store.keys.vault import KeyVault, new_raw_key

    path = ctx.store.path
    ctx.store.close()
    ctx.store = None
    with path.open("rb") as handle:
        check(not handle.read(16).startswith(b"SQLite format 3"), "the database file is not encrypted")
    vault = KeyVault(MemoryKeyring())
    from agentbook.store.db.cipher_log import sqlcipher_quiet

    with sqlcipher_quiet():  # the wrong key below is expected; SQLCipher would log it as an error
        try:
            Store.open(path, vault, credentials=new_raw_key()).close()
        except WrongKeyError:
            pass
        else:
            raise SelfTestError("a wrong key opened the database")
    ctx.store = Store.open(path, vault, credentials=ctx.key, actor="self-test", clock=ManualClock(TODAY))
    check(ctx.store.customers.get(ctx.ids["holder"]).name == "张三", "records lost after reopening")
    return "file encrypted on disk, wrong key refused, right key reopens"


def step_demo(ctx: Context) -> str:
    from agentbook.demo.generator import demo_dataset

    data = demo_dataset(12, seed=7, today=TODAY)
    written = ctx.store.load_dataset(data, action="demo_data")
    check(written.get("customer", 0) >= 12, f"demo data wrote {written}")
    return f"{written.get('customer', 0)} customers generated (Faker zh_CN) and loaded"


def step_pdf(ctx: Context) -> str:
    path = render_pdf(ctx.store, ctx.ids["holder"], ctx.folder / "archive-sheet.pdf")
    data = Path(path).read_bytes()
    check(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], "the archive sheet is not a complete PDF")
    check(b"WenQuanYiMicroHei" in data and b"/FontFile2" in data, "the CJK font is not embedded in the PDF")
    return f"archive sheet, {len(data) // 1024} KiB, font embedded; {_preview(Path(path))}"


def _preview(path: Path) -> str:
    """Open the sheet as the in-app preview does (QtPdf), and load the print support it hands pages to."""
    import PySide6.QtPrintSupport  # noqa: F401 - printing goes through it

    try:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView  # noqa: F401 - the preview widget
    except ImportError:
        return "no QtPdf here: the system viewer previews"
    document = QPdfDocument()
    try:
        document.load(str(path))
        check(document.status() == QPdfDocument.Status.Ready, f"QtPdf could not open the sheet ({document.error()})")
        image = document.render(0, QSize(420, 594))
        check(not image.isNull() and image.pixelColor(210, 297).isValid(), "QtPdf rendered an empty page")
        pages = document.pageCount()
    finally:
        document.close()
    return f"QtPdf preview renders {pages} page(s)"


def step_excel(ctx: Context) -> str:
    from openpyxl import load_workbook

    path = ctx.folder / "branch.xlsx"
    counts = render_workbook(ctx.store, path)
    check(zipfile.is_zipfile(path), "the workbook is not an .xlsx file")
    book = load_workbook(path, read_only=True)
    try:
        sheets = book.sheetnames
        check(len(sheets) >= 2, f"workbook sheets: {sheets}")
        rows = sum(1 for _ in book[sheets[0]].iter_rows())
    finally:
        book.close()
    check(rows > 1, "the first sheet of the workbook is empty")
    return f"{len(sheets)} sheets, {sum(counts.values())} rows, read back with openpyxl"


def step_window(ctx: Context) -> str:
    from PySide6.QtCore import QSettings, QThreadPool

    from agentbook.ui.app.main_window import MainWindow
    from agentbook.ui.i18n import Translation

    settings = QSettings(str(ctx.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx.store, Translation(), settings)
    try:
        window.show()
        for _ in range(3):  # let the tabs' background counts finish before the store closes
            ctx.app.processEvents()
            QThreadPool.globalInstance().waitForDone(5000)
        ctx.app.processEvents()
        image = window.grab()
        check(not image.isNull() and image.width() > 100, "the main window did not render")
        tabs = window.tabs.count()
    finally:
        window.close()
        window.deleteLater()
        ctx.app.processEvents()
    return f"main window with {tabs} tabs rendered offscreen"


def step_keyring(ctx: Context) -> str:
    """Information only: where this machine would keep the key (nothing is stored)."""
    from agentbook.store.keys.vault import KeyVault

    try:
        info = KeyVault().info()
    except Exception as exc:  # a broken keyring is the user's to fix; the app then asks for a passphrase
        return f"keyring unusable ({exc.__class__.__name__}); the app will ask for a passphrase"
    where = "system store" if info.is_system_store else "no system store: the app will ask for a passphrase"
    return f"{info.backend_name} ({where})"


STEPS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("qt", step_qt),
    ("keyring", step_keyring),  # before anything imports the in-memory keyring, which keyring would then pick
    ("font", step_font),
    ("translations", step_translations),
    ("database", step_database),
    ("demo", step_demo),
    ("records", step_records),
    ("search", step_search),
    ("ocr", step_ocr),
    ("reopen", step_reopen),
    ("pdf", step_pdf),
    ("excel", step_excel),
    ("window", step_window),
)


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"bundle {Path(sys.executable).parent}"
    return f"Python {sys.version.split()[0]} at {sys.executable}"


def run(out: TextIO | None = None, steps: tuple[tuple[str, Callable[[Context], str]], ...] = STEPS) -> int:
    """Run the steps in order; stop at the first failure. Returns the process exit code."""
    from PySide6.QtCore import qInstallMessageHandler

    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a self-test opens no window on the user's screen
    print(f"agentbook {__version__} self-test — {_where()}", file=out, flush=True)
    started = time.perf_counter()
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    with tempfile.TemporaryDirectory(prefix="agentbook-self-test-") as folder:
        ctx = Context(Path(folder))
        try:
            for name, step in steps:
                began = time.perf_counter()
                try:
                    detail = step(ctx)
                except Exception as exc:
                    print(f"  FAIL {name:<13} {exc.__class__.__name__}: {exc}", file=out)
                    traceback.print_exc(file=out)
                    print(f"self-test FAILED at step '{name}'", file=out, flush=True)
                    return 1
                print(f"  ok   {name:<13} {detail}  ({time.perf_counter() - began:.2f} s)", file=out, flush=True)
        finally:
            if ctx.store is not None:
                ctx.store.close()
            qInstallMessageHandler(previous_handler)
    print(f"self-test passed: {len(steps)} steps in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0
