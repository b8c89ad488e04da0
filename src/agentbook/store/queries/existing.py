"""What the archive already holds, asked by the importer before it plans: matching customers,
policies by number, and whether a payment, claim or contact is already recorded.

The SQL lives here so that the importer speaks to the store's API only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agentbook.domain.duplicates import DuplicateRule, id_key, name_mobile_key
from agentbook.domain.money import to_fen
from agentbook.store.branch.sealing import SEALED_TEXT, opened_rows
from agentbook.store.db.database import Database


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    customer_id: int
    name: str
    archive_no: str
    rule: DuplicateRule  # the strongest of ``IMPORT_RULES`` that matched


@dataclass(frozen=True, slots=True)
class PolicyMatch:
    policy_id: int
    holder_id: int
    holder_name: str
    holder_archive_no: str


class ExistingRecords:
    def __init__(self, db: Database) -> None:
        self.db = db

    def customers_matching(self, archive_no: str, id_number: str, name: str, mobile: str) -> list[CustomerMatch]:
        """Customers this one may be, by the domain's import rules, strongest first.

        Each rule reads by an indexed column; the name is compared as the domain compares it
        (繁/简 folded, spaces ignored), so 張三 with 张三's mobile is found."""
        wanted = name_mobile_key(name, mobile)
        queries: list[tuple[DuplicateRule, str, tuple[str, ...]]] = []
        if archive_no:
            queries.append((DuplicateRule.SAME_ARCHIVE_NO, "archive_no = ?", (archive_no,)))
        sealed = self._sealed
        if id_number:
            key = id_key(id_number)  # stored as typed: either case of the check letter, both indexed
            queries.append(
                (
                    DuplicateRule.SAME_ID,
                    "id_number IN (?, ?)",
                    (sealed(key, "id_number"), sealed(key.lower(), "id_number")),
                )
            )
        if wanted is not None:
            queries.append((DuplicateRule.NAME_MOBILE, "mobile = ?", (sealed(wanted[1], "mobile"),)))
        found: dict[int, CustomerMatch] = {}
        for rule, where, params in queries:
            rows = self.db.read(f"SELECT id, name, archive_no, mobile FROM customer WHERE {where} ORDER BY id", params)
            for cid, cname, archive, cmobile in opened_rows(self.db.sealer, rows, (3,)):
                if rule is DuplicateRule.NAME_MOBILE and name_mobile_key(cname, cmobile) != wanted:
                    continue
                found.setdefault(cid, CustomerMatch(cid, cname, archive, rule))
        return list(found.values())

    def customers_matching_many(
        self, people: Iterable[tuple[str, str, str, str]]
    ) -> dict[tuple[str, str, str, str], list[CustomerMatch]]:
        """``customers_matching`` of each (archive number, ID number, name, mobile) of *people*,
        the same answers, read with a few statements per 500 people instead of two or three each
        (the planner of an import asks for every row of the sheet)."""
        keys = list(dict.fromkeys(people))
        archive_nos = {a for a, _i, _n, _m in keys if a}
        ids = {v for _a, i, _n, _m in keys if i for v in (id_key(i), id_key(i).lower())}
        # Names are folded (繁/简) only for the mobiles some customer has: the rest cannot match.
        mobiles = {m.strip() for _a, _i, _n, m in keys if m.strip()}
        by_archive = self._customers_where("archive_no", archive_nos)
        by_id = self._customers_where("id_number", ids)
        by_mobile = self._customers_where("mobile", mobiles)
        out: dict[tuple[str, str, str, str], list[CustomerMatch]] = {}
        for key in keys:
            archive_no, id_number, _name, _mobile = key
            found: dict[int, CustomerMatch] = {}
            if archive_no:
                for cid, cname, archive, _m in by_archive.get(archive_no, ()):
                    found.setdefault(cid, CustomerMatch(cid, cname, archive, DuplicateRule.SAME_ARCHIVE_NO))
            if id_number:
                spellings = dict.fromkeys((id_key(id_number), id_key(id_number).lower()))
                for cid, cname, archive, _m in sorted(r for s in spellings for r in by_id.get(s, ())):
                    found.setdefault(cid, CustomerMatch(cid, cname, archive, DuplicateRule.SAME_ID))
            same_mobile = by_mobile.get(key[3].strip(), ())
            w = name_mobile_key(key[2], key[3]) if same_mobile else None
            if w is not None:
                for cid, cname, archive, cmobile in same_mobile:
                    if name_mobile_key(cname, cmobile) == w:
                        found.setdefault(cid, CustomerMatch(cid, cname, archive, DuplicateRule.NAME_MOBILE))
            out[key] = list(found.values())
        return out

    def _customers_where(self, column: str, values: set[str]) -> dict[str, list[tuple[int, str, str, str]]]:
        """(id, name, archive number, mobile) of the customers whose *column* is one of *values*,
        by that value, in id order."""
        found: dict[str, list[tuple[int, str, str, str]]] = {}
        wanted = sorted(values)
        for start in range(0, len(wanted), 500):
            chunk = [self._sealed(v, column) for v in wanted[start : start + 500]]
            rows = self.db.read(
                f"SELECT id, name, archive_no, mobile, {column} FROM customer"
                f" WHERE {column} IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            )
            for cid, name, archive_no, mobile, value in opened_rows(self.db.sealer, rows, (3, 4)):
                found.setdefault(value, []).append((cid, name, archive_no, mobile))
        return found

    def _sealed(self, value: str, column: str) -> str:
        """*value* as *column* keeps it: sealed on a branch, where ID numbers and mobiles are
        compared sealed (the same text always seals the same way)."""
        sealer = self.db.sealer
        if sealer is None or column not in SEALED_TEXT["customer"]:
            return value
        return str(sealer.seal(value, column))

    def policies(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], PolicyMatch]:
        """``policy`` of each (policy number, insurer) of *keys* that the archive holds."""
        wanted = set(keys)
        numbers = sorted({n for n, _i in wanted})
        found: dict[tuple[str, str], PolicyMatch] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            for policy_id, holder_id, name, archive_no, policy_no, insurer in self.db.read(
                "SELECT p.id, p.policyholder_id, c.name, c.archive_no, p.policy_no, p.insurer FROM policy p"
                f" JOIN customer c ON c.id = p.policyholder_id WHERE p.policy_no IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                if (policy_no, insurer) in wanted:
                    found.setdefault((policy_no, insurer), PolicyMatch(policy_id, holder_id, name, archive_no))
        return found

    def policy(self, policy_no: str, insurer: str) -> PolicyMatch | None:
        row = self.db.read_one(
            "SELECT p.id, p.policyholder_id, c.name, c.archive_no FROM policy p"
            " JOIN customer c ON c.id = p.policyholder_id WHERE p.policy_no = ? AND p.insurer = ?",
            (policy_no, insurer),
        )
        return PolicyMatch(*row) if row else None

    def payment_exists(self, policy_id: int, day: date, amount: Decimal) -> bool:
        """A payment due or paid on *day* for *amount* (the same instalment imported twice)."""
        return bool(
            self.db.read_one(
                "SELECT 1 FROM payment WHERE policy_id = ? AND (due_date = ? OR paid_date = ?)"
                " AND (amount_due = ? OR amount_paid = ?)",
                (policy_id, day.isoformat(), day.isoformat(), to_fen(amount), to_fen(amount)),
            )
        )

    def claim_exists(self, policy_id: int, filed: date, amount: Decimal) -> bool:
        return bool(
            self.db.read_one(
                "SELECT 1 FROM claim WHERE policy_id = ? AND filed_date = ? AND amount_claimed = ?",
                (policy_id, filed.isoformat(), to_fen(amount)),
            )
        )

    def contact_exists(self, customer_id: int, moment: datetime, summary: str) -> bool:
        """A contact entry on the same day with the same summary."""
        return bool(
            self.db.read_one(
                "SELECT 1 FROM contact WHERE customer_id = ? AND substr(contacted_at, 1, 10) = ? AND summary = ?",
                (customer_id, moment.date().isoformat(), summary),
            )
        )

    def next_payment_period(self, policy_id: int) -> int:
        row = self.db.read_one("SELECT max(period) FROM payment WHERE policy_id = ?", (policy_id,))
        return (row[0] or 0) + 1 if row else 1

    def claim_no_taken(self, claim_no: str) -> bool:
        return self.db.read_one("SELECT 1 FROM claim WHERE claim_no = ?", (claim_no,)) is not None
