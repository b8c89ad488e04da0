"""The demo archive on a branch server shared by people of every role (tests of the branch's
rules, in the store and in the window): the ``branch_people`` fixture of conftest builds it."""

from __future__ import annotations

from datetime import datetime

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from tests.pg_server import OWNER_PASSWORD

PASSWORD = "一二三四五六七八九十"
PEOPLE = {
    "wang": ("王小明", ["agent"]),
    "li": ("李芳", ["agent"]),
    "zhou": ("周强", ["agent"]),
    "zhao": ("赵档案", ["archivist"]),
    "boss": ("钱经理", ["manager"]),
    "shen": ("沈审计", ["auditor"]),
}


def as_login(dsn: str, login: str) -> str:
    """*dsn* signed in as *login* with the password every test person has (their data key's)."""
    return dsn.replace("user=postgres", f"user={login}").replace(f"password={OWNER_PASSWORD}", f"password={PASSWORD}")


def build(pg_server, demo_branch_template: str, name: str, today) -> tuple[str, dict[str, list[int]]]:
    """The demo archive on a fresh branch database: people added by the owner, customers handed
    to three agents in thirds. Yields (dsn of the owner, {login: customer ids})."""
    dsn = pg_server.new_database(name, template=demo_branch_template)
    start = datetime.combine(today, datetime.min.time()).replace(hour=10)
    owner = Store.open_branch(dsn, actor="测试经办人", clock=ManualClock(start))
    try:
        for login, (display, roles) in PEOPLE.items():
            if not owner.db.read_int("SELECT count(*) FROM pg_roles WHERE rolname = ?", (login,)):
                owner.people.add(login, display, roles, PASSWORD)
            else:  # logins are the server's, shared by the session's databases
                owner.db.conn.execute(
                    "INSERT INTO branch_person (login, display_name, created_at, created_by) VALUES (?,?,?,?)",
                    (login, display, owner.db.now(), "postgres"),
                )
                owner.people.set_roles(login, roles)
                owner.people.reset_password(login, PASSWORD)  # their copy of this branch's data key
        ids = [r[0] for r in owner.db.read("SELECT id FROM customer ORDER BY id")]
        thirds = {"wang": ids[0::3], "li": ids[1::3], "zhou": ids[2::3]}
        current = owner.db.read("SELECT DISTINCT owner FROM customer")[0][0]
        for login, mine in thirds.items():
            owner.people.hand_over(current, login, mine)
    finally:
        owner.close()
    return dsn, thirds
