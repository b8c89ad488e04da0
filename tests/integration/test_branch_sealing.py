"""Sensitive columns sealed at rest on a branch server: a ``pg_dump`` holds none of them in clear,
and each person opens them with the data key their own password unwraps."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

import psycopg
import pytest

from agentbook.domain import enums as E
from agentbook.domain.clock import ManualClock
from agentbook.domain.idnumbers import make_resident_id
from agentbook.domain.models import Beneficiary
from agentbook.store.api import Store
from agentbook.store.branch.data_key import BranchKeyMissingError
from agentbook.store.branch.sealing import BYTES_PREFIX
from tests.branch_people import PASSWORD, as_login
from tests.conftest import TODAY

pytestmark = pytest.mark.slow

MARKER = bytes(range(256)) * 8  # a scan's bytes: any 32 of them in a row would show in the dump


def _clock() -> ManualClock:
    return ManualClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=11))


def _dump(pg_server, dsn: str) -> str:
    """The whole database as ``pg_dump`` writes it (plain SQL: COPY rows, bytea as hex)."""
    name = re.search(r"dbname=(\S+)", dsn)
    assert name is not None
    done = pg_server._run("pg_dump", "-h", "127.0.0.1", "-p", str(pg_server.port), "-U", "postgres", name.group(1))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_dump_of_a_branch_holds_no_id_number_mobile_note_or_scan_in_clear(branch_people, pg_server):
    dsn, mine = branch_people
    owner = Store.open_branch(dsn, clock=_clock())
    try:
        wang_first = owner.customers.get(mine["wang"][0])
        wang_first.health_notes = "二〇一九年甲状腺结节术后复查良好"
        wang_first.financial_notes = "房贷余额约一百二十万元按月还款"
        owner.customers.update(wang_first)
        policy = next(p for p in owner.policies.find("policyholder_id = ?", (wang_first.id,)))
        child = Beneficiary("受益人甲", E.RelationKind.CHILD, Decimal(100), 1, None, "11010520150301002X")
        policy.beneficiaries = [child]
        owner.policies.update(policy)
        scan = owner.attachments.add(wang_first.id, "身份证.png", MARKER, "身份证", thumbnail=MARKER[:512])
        owner.attachment_texts.record(scan.id, "居民身份证 公民身份号码 110105196603070015", 1, "test")
        customers = owner.customers.find("TRUE")
        beneficiaries = [b for p in owner.policies.find("TRUE") for b in p.beneficiaries]
    finally:
        owner.close()
    wang = Store.open_branch(as_login(dsn, "wang"), clock=_clock())
    try:  # an agent files a change request holding an old and a new ID number
        his = next(c for c in (wang.customers.get(i) for i in mine["wang"]) if c.id_type is E.IdType.RESIDENT_ID)
        his.id_number = new_id = make_resident_id("310104", his.birth_date, 7 if his.gender is E.Gender.MALE else 8)
        wang.customers.update(his)
    finally:
        wang.close()

    dump = _dump(pg_server, dsn)
    assert "ab1:id_number:" in dump and "ab1:mobile:" in dump and wang_first.name in dump  # a real dump
    secrets = {
        *(c.id_number for c in customers if len(c.id_number) >= 6),
        *(c.mobile for c in customers if c.mobile),
        *(b.id_number for b in beneficiaries if b.id_number),
        "110105196603070015",
        new_id,
        wang_first.health_notes,
        wang_first.financial_notes,
    }
    assert len(secrets) > 300  # the demo archive's numbers, every one of them
    found = sorted(s for s in secrets if s in dump or s.lower() in dump)
    assert found == []
    assert MARKER[:32].hex() not in dump and MARKER[:512].hex() not in dump
    # the keys that open the audit log's sealed details are themselves wrapped under the data key
    block = dump.split("COPY public.audit_key ", 1)[1].split("\\.\n", 1)[0].splitlines()[1:]
    wrapped = "\\\\x" + BYTES_PREFIX.hex()
    assert block and all(wrapped in line for line in block), block[:2]


def test_each_person_opens_the_sealed_columns_with_their_own_password(branch_people):
    dsn, mine = branch_people
    owner = Store.open_branch(dsn, clock=_clock())
    try:
        shown = owner.customers.get(mine["li"][0])
        assert shown.mobile and not shown.mobile.startswith("ab1:")
    finally:
        owner.close()

    li = Store.open_branch(as_login(dsn, "li"), clock=_clock())
    try:  # the agent reads, lists and finds by the last four digits what the server keeps sealed
        assert li.customers.get(shown.id).mobile == shown.mobile
        assert shown.id in [h.customer_id for h in li.search(shown.mobile[-4:], limit=500)]
    finally:
        li.close()

    wrong = as_login(dsn, "li").replace(f"password={PASSWORD}", "password=别人的口令别人的口令")
    with pytest.raises(BranchKeyMissingError):  # the test server trusts the login; the key does not
        Store.open_branch(wrong, clock=_clock())

    boss = Store.open_branch(as_login(dsn, "boss"), clock=_clock())
    try:  # a reset password brings a new copy of the key; disabling takes the copy away
        boss.people.reset_password("zhou", "周强的新口令周强的新口令")
        boss.people.disable("li")
    finally:
        boss.close()
    zhou = Store.open_branch(
        as_login(dsn, "zhou").replace(f"password={PASSWORD}", "password=周强的新口令周强的新口令"), clock=_clock()
    )
    zhou.close()
    with psycopg.connect(dsn) as conn:
        copies = {r[0] for r in conn.execute("SELECT login FROM branch_key")}
    assert "li" not in copies and {"zhou", "wang", "boss"} <= copies
