"""Shared fixtures: a real SQLCipher file in a temp dir, a real keyring backend held in memory,
and every standard folder pointed away from the developer's own."""

from __future__ import annotations

import copy
import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from agentbook.domain.clock import ManualClock
from agentbook.store.keys.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



TODAY = date(2026, 11, 23)  # the day the tests' clock starts on; tests move it, never the wall clock


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication ``gui`` (as pyproject's marker list promises), so
    ``-m "not gui"`` runs the suite on a machine without Qt's system libraries."""
    qt_fixtures = {"qtbot", "qapp", "qapp_font", "main_window"}
    for item in items:
        if qt_fixtures & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's keyring, settings or data folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("AGENTBOOK_PASSPHRASE", raising=False)
    monkeypatch.delenv("AGENTBOOK_DB", raising=False)


@pytest.fixture
def clock() -> ManualClock:
    """The store's clock, standing at TODAY 09:30 until a test moves it (``clock.advance(days=8)``)."""
    return ManualClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=9, minute=30))


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def vault(memory_keyring: MemoryKeyring):
    from agentbook.store.keys.vault import KeyVault

    return KeyVault(memory_keyring)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive" / "agentbook.db"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked ``both_engines`` (or in a module so marked) that uses the store runs twice:
    on the local encrypted file and on a branch's PostgreSQL server (``engine`` fixture); one
    also marked ``file_only`` tests what only the file has (its key, its pages, SQLite's plans)."""
    marked = metafunc.definition.get_closest_marker("both_engines")
    if "store" in metafunc.fixturenames and marked and not metafunc.definition.get_closest_marker("file_only"):
        metafunc.parametrize("engine", ["file", "branch"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Where the ``store`` fixture keeps its archive: ``file`` (SQLCipher) or ``branch`` (PostgreSQL)."""
    return getattr(request, "param", "file")


@pytest.fixture
def store(request: pytest.FixtureRequest, engine: str, db_path: Path, vault, clock: ManualClock) -> Iterator:
    """A real, encrypted store whose clock (the ``clock`` fixture) says TODAY: empty, or the demo
    archive when the test also asks for ``demo_store`` (then both names are the same store). On
    the ``branch`` engine, a fresh database of the session's PostgreSQL server."""
    from agentbook.store.api import Store

    if engine == "branch":
        server = request.getfixturevalue("pg_server")
        name = _database_name(request.node.nodeid)
        if "demo_store" in request.fixturenames:
            dsn = server.new_database(name, template=request.getfixturevalue("demo_branch_template"))
        else:  # a copy of an archive created once: the server copies it faster than it migrates
            dsn = server.new_database(name, template=request.getfixturevalue("empty_branch_template"))
        s = Store.open_branch(dsn, actor="测试经办人", clock=clock)
        try:
            yield s
        finally:
            s.close()
            server.drop_database(name)
        return
    if "demo_store" in request.fixturenames:
        template, key = request.getfixturevalue("demo_template")
        db_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, db_path)
        vault.store(db_path, key)
    s = Store.open(db_path, vault, create=True, actor="测试经办人", clock=clock)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_data():
    from agentbook.demo.generator import demo_dataset

    return demo_dataset(200, seed=7, today=TODAY)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, demo_data) -> tuple[Path, object]:
    """The 200-customer demo archive, built once per session; each test opens a byte copy of it
    (loading the demo takes seconds, copying the file a few milliseconds)."""
    from agentbook.store.api import Store
    from agentbook.store.keys.vault import KeyVault, new_raw_key

    key = new_raw_key()
    path = tmp_path_factory.mktemp("demo-template") / "agentbook.db"
    start = datetime.combine(TODAY, datetime.min.time()).replace(hour=9, minute=30)
    built = Store.open(path, KeyVault(MemoryKeyring()), create=True, credentials=key, actor="测试经办人",
                       clock=ManualClock(start))  # fmt: skip
    built.load_dataset(copy.deepcopy(demo_data), action="demo_data")
    built.close()  # checkpoints the WAL: the copy is one whole file
    return path, key


@pytest.fixture(scope="session")
def empty_branch_template(pg_server) -> str:
    """A new, empty archive on the branch server, created once (schema, catalogue, first audit rows)."""
    from agentbook.store.api import Store

    name = "empty_template"
    start = datetime.combine(TODAY, datetime.min.time()).replace(hour=9, minute=30)
    Store.open_branch(pg_server.new_database(name), actor="测试经办人", clock=ManualClock(start)).close()
    return name


@pytest.fixture(scope="session")
def demo_branch_template(pg_server, demo_data) -> str:
    """The 200-customer demo archive on the branch server, built once; each test's database is
    created from it as a template (a copy made by the server)."""
    from agentbook.store.api import Store

    name = "demo_template"
    dsn = pg_server.new_database(name)
    start = datetime.combine(TODAY, datetime.min.time()).replace(hour=9, minute=30)
    built = Store.open_branch(dsn, actor="测试经办人", clock=ManualClock(start))
    built.load_dataset(copy.deepcopy(demo_data), action="demo_data")
    built.close()
    return name


@pytest.fixture
def branch_people(pg_server, demo_branch_template, request: pytest.FixtureRequest):
    """The demo archive on a fresh branch database with three agents (their customers in thirds),
    an archivist, a manager and an auditor (tests/branch_people.py): (owner's dsn, {agent: ids})."""
    from tests.branch_people import build

    name = _database_name(request.node.nodeid)
    try:
        yield build(pg_server, demo_branch_template, name, TODAY)
    finally:
        pg_server.drop_database(name)


def _database_name(nodeid: str) -> str:
    import hashlib

    return "t_" + hashlib.sha256(nodeid.encode()).hexdigest()[:16]


@pytest.fixture
def demo_store(store):
    """The store holding the demo archive (a fresh copy per test)."""
    return store


@pytest.fixture
def qapp_font(qapp):
    """The QApplication with the shipped CJK font, as the real app starts."""
    from agentbook.ui.app.fonts import install_app_font

    install_app_font()
    return qapp


@pytest.fixture
def main_window(qtbot, qapp_font, demo_store, tmp_path, vault):
    from agentbook.ui.app.main_window import MainWindow
    from tests.ui_helpers import temp_settings

    window = MainWindow(demo_store, settings=temp_settings(tmp_path), vault=vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def household(store):
    """张三, 于曦桂 and the policy he holds on her life, saved in the store."""
    from decimal import Decimal

    from agentbook.domain import enums as E
    from agentbook.domain.idnumbers import make_resident_id
    from agentbook.domain.models import Beneficiary, Customer, Policy
    from tests.store_builders import saved_person

    zhang = saved_person(store, "张三", "13900001111", tags=("VIP", "转介绍"))
    yu = store.customers.create(
        Customer(
            name="于曦桂",
            gender=E.Gender.FEMALE,
            id_type=E.IdType.RESIDENT_ID,
            id_number=make_resident_id("110105", date(1985, 3, 14), 124),
            mobile="13812345678",
        )
    )
    policy = store.policies.create(
        Policy(
            "P2024000123",
            "平安人寿",
            "平安福",
            E.BusinessLine.LIFE,
            zhang.id,
            yu.id,
            Decimal("5000.00"),
            Decimal("500000"),
            payment_mode=E.PaymentMode.ANNUAL,
            payment_years=20,
            effective_date=date(2024, 1, 31),
            expiry_date=date(2054, 1, 31),
            beneficiaries=[Beneficiary("张三", E.RelationKind.SPOUSE, Decimal(100), customer_id=zhang.id)],
        )
    )
    return zhang, yu, policy


@pytest.fixture(scope="session")
def pg_server() -> Iterator:
    """One throwaway PostgreSQL server for the session (tests/pg_server.py), stopped at the end."""
    from tests.pg_server import PostgresServer, bindir

    if bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL must be installed for CI (python3 dev.py test installs it)")
        pytest.skip("PostgreSQL is not installed (python3 dev.py test installs it)")
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def branch_dsn(pg_server, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty database on the session's server for one test."""
    name = _database_name(request.node.nodeid)
    try:
        yield pg_server.new_database(name)
    finally:
        pg_server.drop_database(name)
