"""The branch's people (人员与权限): logins, roles, disabling, passwords, handover of customers.

Everything here calls the functions the branch's rules installed on the server (``rules.sql``):
the server checks that the caller is a manager, so a person who skips the app gains nothing. Each
step is one transaction with its audit row. People are never deleted: a person who leaves is
disabled, their name stays on every record and audit row they wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.branch import data_key
from agentbook.store.branch.sealing import opened_rows
from agentbook.store.db.database import Database
from agentbook.store.errors import BugError, KnownError

ROLE_LABELS = {
    "agent": QT_TRANSLATE_NOOP("roles", "业务员"),
    "archivist": QT_TRANSLATE_NOOP("roles", "档案管理员"),
    "manager": QT_TRANSLATE_NOOP("roles", "经理"),
    "auditor": QT_TRANSLATE_NOOP("roles", "审计员"),
}
# A login the server and the audit log can carry unquoted: lower-case Latin letters, digits, "_".
_LOGIN = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
MIN_PASSWORD = 10


class BranchOnlyError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "只有连接营业部服务器时才有人员与权限。")


class PersonInputError(KnownError):
    """A login, role or password the branch cannot take; *message* says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Person:
    login: str
    display_name: str
    enabled: bool
    roles: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.display_name or self.login


def _check_login(login: str) -> None:
    if not _LOGIN.match(login):
        raise PersonInputError(
            QT_TRANSLATE_NOOP("store", "登录名须以小写字母开头，只含小写字母、数字和下划线，2–31 个字符。")
        )


def _check_roles(roles: tuple[str, ...] | list[str]) -> None:
    if not roles or any(r not in ROLE_LABELS for r in roles):
        raise PersonInputError(QT_TRANSLATE_NOOP("store", "请至少选择一个角色：业务员、档案管理员、经理或审计员。"))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise PersonInputError(QT_TRANSLATE_NOOP("store", "口令至少 10 个字符。"))


class People:
    """``store.people``: the branch's people, for managers (reading the list is for everyone)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _branch(self) -> None:
        if self.db.branch is None:
            raise BranchOnlyError("people exist only on a branch server")

    def _verifier(self, login: str, password: str) -> str:
        """The SCRAM-SHA-256 verifier of *password*, made here: the server's statement log never
        holds the password itself."""
        raw = self.db.conn.raw.pgconn
        return bytes(raw.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256")).decode()

    def everyone(self) -> list[Person]:
        if self.db.branch is None:
            return []
        rows = self.db.read("SELECT login, display_name, enabled, roles FROM ab_people()")
        return [Person(r[0], r[1], bool(r[2]), tuple(r[3] or ())) for r in rows]

    def my_roles(self) -> frozenset[str]:
        """The roles the signed-in person holds, as the branch's rules answered at sign-in
        (``branch_open``); on a local archive the one agent is agent and manager of their records."""
        if self.db.branch is None:
            return frozenset({"agent", "manager"})
        return self.db.roles

    def names(self) -> dict[str, str]:
        """login → the name shown for them (owners, requesters, the audit log)."""
        return {p.login: p.label for p in self.everyone()}

    def add(self, login: str, display_name: str, roles: list[str], password: str) -> Person:
        self._branch()
        login = login.strip()
        _check_login(login)
        _check_roles(roles)
        _check_password(password)
        verifier = self._verifier(login, password)
        with self.db.transaction() as conn:
            conn.execute(
                "SELECT ab_add_person(?, ?, ?, ?, ?)",
                (login, verifier, display_name.strip(), list(roles), self.db.now()),
            )
            self._hand_key(conn, login, password)
            self.db.audit("add_person", "person", summary=f"{login} {display_name.strip()} {','.join(roles)}")
        return Person(login, display_name.strip(), True, tuple(roles))

    def set_roles(self, login: str, roles: list[str]) -> None:
        self._branch()
        _check_roles(roles)
        with self.db.transaction() as conn:
            conn.execute("SELECT ab_set_roles(?, ?)", (login, list(roles)))
            self.db.audit("set_roles", "person", summary=f"{login} {','.join(roles)}")

    def disable(self, login: str) -> None:
        """Disable *login*: they can no longer sign in, and the rows they could see are closed to
        them at once (the rules look at ``enabled``). Their customers stay theirs until handed over."""
        self._branch()
        with self.db.transaction() as conn:
            conn.execute("SELECT ab_disable_person(?, ?)", (login, self.db.now()))
            self.db.audit("disable_person", "person", summary=login)

    def reset_password(self, login: str, password: str) -> None:
        self._branch()
        _check_password(password)
        verifier = self._verifier(login, password)
        with self.db.transaction() as conn:
            conn.execute("SELECT ab_reset_password(?, ?)", (login, verifier))
            self._hand_key(conn, login, password)
            self.db.audit("reset_password", "person", summary=login)

    def _hand_key(self, conn: Any, login: str, password: str) -> None:
        """A copy of the branch's data key for *login*, under the password just given to them:
        what lets them open the sealed columns at their first sign-in (``data_key``)."""
        sealer = self.db.sealer
        if sealer is None:
            raise BugError("a branch store without its data key")
        data_key.hand_to(conn, sealer, login, password, self.db.now())

    def owners(self) -> dict[str, int]:
        """Each owner's number of customers (those the signed-in person may see)."""
        rows = self.db.read("SELECT coalesce(owner, ''), count(*) FROM customer GROUP BY owner ORDER BY owner")
        return {r[0]: int(r[1]) for r in rows}

    def customers_of(self, login: str) -> list[tuple[int, str, str, str]]:
        """(id, archive number, name, ID number) of *login*'s customers, for the handover list."""
        rows = self.db.read(
            "SELECT id, archive_no, name, id_number FROM customer WHERE owner = ? ORDER BY archive_no", (login,)
        )
        rows = opened_rows(self.db.sealer, rows, (3,))
        return [(int(r[0]), r[1], r[2], r[3]) for r in rows]

    def hand_over(self, from_login: str, to_login: str, customer_ids: list[int] | None = None) -> list[int]:
        """Give *from_login*'s customers (all, or *customer_ids*) to *to_login* in one audited step;
        returns the ids moved. Each customer's audit history records the new owner."""
        self._branch()
        with self.db.transaction() as conn:
            rows = conn.execute("SELECT * FROM ab_hand_over(?, ?, ?)", (from_login, to_login, customer_ids)).fetchall()
            moved = sorted(int(r[0]) for r in rows)
            self.db.audit(
                "hand_over",
                "person",
                summary=f"{from_login} → {to_login}: {len(moved)}",
                after={"from": from_login, "to": to_login, "customers": moved},
            )
            for cid in moved:
                self.db.changes.note("update", "customer", cid, [cid])
        return moved

    def share(self, customer_id: int, login: str) -> None:
        """Let colleague *login* see *customer_id* (the owner or a manager may)."""
        self._branch()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO customer_share (customer_id, person, granted_by, granted_at) VALUES (?,?,?,?)"
                " ON CONFLICT (customer_id, person) DO NOTHING",
                (customer_id, login, self.db.person, self.db.now()),
            )
            self.db.audit("share", "customer", customer_id, customer_id=customer_id, summary=login)

    def who_has(self, id_number: str = "", mobile: str = "") -> list[str]:
        """The names of the people who already keep a customer with this ID number or mobile —
        their own or a colleague's — and nothing else of that customer (the duplicate check
        across the branch)."""
        if self.db.branch is None or not (id_number or mobile):
            return []
        sealer = self.db.sealer  # compared sealed: the same number always seals the same way
        if sealer is not None:
            id_number, mobile = sealer.seal(id_number, "id_number"), sealer.seal(mobile, "mobile")
        rows = self.db.read("SELECT owner, owner_name FROM ab_who_has(?, ?)", (id_number, mobile))
        return sorted({r[1] or r[0] or "" for r in rows})
