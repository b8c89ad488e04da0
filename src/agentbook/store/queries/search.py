"""Customer search: one box for name fragments, pinyin, phone or ID tails, archive and policy numbers.

Two indexes are kept in step by the store:
- ``customer_fts``, an FTS5 trigram table, answers any query of three or more characters;
- ``customer_gram`` holds every 1- and 2-character piece of the name and of its pinyin
  initials, and the first two letters of the full pinyin (``li``, ``wu``), because a trigram
  index finds nothing for ``王``, ``曦桂`` or ``li`` and most Chinese names are two or three
  characters long.
Ranking puts exact archive or policy numbers first, then exact names, name prefixes, pinyin,
and number tails.

Names are indexed as written and folded to simplified characters (张三 finds 張三, and the other
way round: queries are folded too), and with every reading of the surname (单 as shan and dan):
``domain/names.py``. Variants are kept in one column, separated by a tab (names) or a space
(pinyin), which no query term contains.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlcipher3

from agentbook.domain import phones
from agentbook.domain.names import fold, readings
from agentbook.store.branch.sealed_rows import token_rows
from agentbook.store.branch.sealing import opened_rows, sealer_of
from agentbook.store.db.many_rows import insert_many
from agentbook.store.queries.search_match import (
    NAME_SEPARATOR,
    NOISE,
    Match,
    MatchReason,
    explain_match,
    numeric,
    rank_only,
    short_match,
)

MAX_CANDIDATES = 5000
_UNEXPLAINED = Match(MatchReason.OTHER, "", 0, 0)  # a full-text candidate, explained once returned
SHORT_CANDIDATES = 3000  # index entries read for a 1–2 character query
SHORT_NAMED = 400  # of which this many are ranked by name


@dataclass(frozen=True, slots=True)
class SearchDoc:
    customer_id: int
    name: str
    pinyin: str
    initials: str
    archive_no: str
    mobile: str
    id_number: str
    policy_nos: str
    other: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    customer_id: int
    rank: int
    name: str
    archive_no: str
    matches: tuple[Match, ...] = ()  # what each term of the query matched (search_match.py)


def _substring_query(conn: Any, term: str) -> tuple[str, Sequence[object] | Mapping[str, object]]:
    """The index rows holding *term* anywhere: SQLite's FTS5 trigram table, or on a branch server
    the same table through its trigram (pg_trgm) index."""
    columns = (
        "SELECT rowid AS id, name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other FROM customer_fts"
    )
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        from agentbook.store.db.pg_schema import FTS_TEXT

        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if not term.isascii():
            # pg_trgm takes trigrams of letters and digits only as the server's locale knows them
            # (none of a Chinese name under the C locale): such a term is a name, whose first two
            # characters the gram table indexes.
            return (
                f"{columns} WHERE rowid IN (SELECT customer_id FROM customer_gram WHERE gram = ?)"
                f" AND {FTS_TEXT} ILIKE ? ESCAPE '\\' LIMIT ?",
                (term[:2], pattern, MAX_CANDIDATES),
            )
        return f"{columns} WHERE {FTS_TEXT} ILIKE ? ESCAPE '\\' LIMIT ?", (pattern, MAX_CANDIDATES)
    fts_query = '"' + term.replace('"', '""') + '"'
    if term.isdigit():
        return (
            f"{columns} WHERE customer_fts MATCH :fts AND {_NUMBER_PLACES} LIMIT :most",
            {"fts": fts_query, "t": term, "most": MAX_CANDIDATES},
        )
    return f"{columns} WHERE customer_fts MATCH ? LIMIT ?", (fts_query, MAX_CANDIDATES)


# Where a typed number counts (``search_match.rank_only``): a name or reading holding it, the
# tail or head of a mobile, the tail of an ID, archive or policy number, the contact numbers, and
# anywhere in an archive or policy number when it has eight digits or more. Digits inside someone's
# number are noise, and at 300,000 customers four digits are inside about 1,500 customers' numbers
# against about 200 places that count: SQLite drops those rows before Python reads and ranks them.
# A superset of what ranks, never a subset: the ranking still decides.
_NUMBER_PLACES = (
    "(instr(name, :t) OR instr(pinyin, :t) OR instr(initials, :t)"
    " OR substr(mobile, -length(:t)) = :t OR substr(mobile, 1, length(:t)) = :t"
    " OR substr(id_number, -length(:t)) = :t OR substr(archive_no, -length(:t)) = :t"
    " OR instr(policy_nos || ' ', :t || ' ') OR instr(other, :t)"
    " OR (length(:t) >= 8 AND (instr(archive_no, :t) OR instr(policy_nos, :t))))"
)


_CANDIDATE_COLUMNS = "id, name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other"


def rows_at_once(conn: Any, sql: str, params: Sequence[object] | Mapping[str, object], columns: str) -> list[Any]:
    """The rows of *sql* (whose result columns are named *columns*), fetched as one value.

    SQLite hands a row to Python per step and the module releases the interpreter lock around
    each step, so a search reading 400 candidates queued 400 times behind any Python running on
    another thread (Today's lists: search p95 1.5 → 8.6 ms measured on 400 rows). Packed into
    one JSON array by SQLite, they cross once. A branch server sends its rows in one reply already.
    """
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return list(conn.execute(sql, params).fetchall())
    packed = conn.execute(f"SELECT json_group_array(json_array({columns})) FROM ({sql})", params).fetchone()
    return json.loads(packed[0]) if packed and packed[0] else []


def normalize_query(text: str) -> str:
    """Half-width, lower-case, trimmed, simplified: what people type in a hurry, 繁 or 简."""
    return fold(text).strip()  # fold normalises NFKC and lower-cases as well


def phone_term(query: str) -> str | None:
    """The index's digits for a whole query written as a telephone number (``+86 138 1234 5678``,
    ``(010) 6234-5678``, ``013812345678``), read by the rules numbers are stored by; None when the
    query is not one or is already those digits."""
    try:
        key = phones.read(query).key
    except phones.PhoneError:
        return None
    return key if key != query else None


def name_pinyin(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name as usually read: 张三 → (``zhangsan``, ``zs``)."""
    return readings(name)[0]


# What the index holds changes with the rules above; an archive indexed by older rules is
# re-indexed when it opens (``ensure_current``).
INDEX_VERSION = "3"  # names folded 繁→简, every reading of the surname, numbers by their digits
INDEX_VERSION_SETTING = "search_index_version"


def make_doc(
    customer_id: int,
    name: str,
    archive_no: str,
    mobile: str,
    id_number: str,
    phone: str = "",
    wechat: str = "",
    email: str = "",
    policy_nos: Iterable[str] = (),
    spoken: dict[str, list[tuple[str, str]]] | None = None,
) -> SearchDoc:
    """*spoken*: the readings of names already read by the caller, filled in here (a batch of
    documents reads each name once; 张伟 is a thousand customers' name)."""
    read = spoken.get(name) if spoken is not None else None
    if read is None:
        read = readings(name)
        if spoken is not None:
            spoken[name] = read
    names = list(dict.fromkeys((name.lower(), fold(name))))
    other = " ".join(x for x in (phones.search_key(phone), wechat, email) if x)
    return SearchDoc(
        customer_id,
        NAME_SEPARATOR.join(names),
        " ".join(full for full, _i in read),
        " ".join(dict.fromkeys(initials for _f, initials in read)),
        archive_no.lower(),
        phones.search_key(mobile),
        id_number.lower(),
        " ".join(sorted(p.lower() for p in policy_nos)),
        other.lower(),
    )


def grams(doc: SearchDoc) -> set[tuple[str, int]]:
    """1- and 2-character pieces of the name and its initials, with their position, and the
    first two letters of the full pinyin: ``li``, ``wu``, ``he`` are whole surnames people type."""
    out: set[tuple[str, int]] = set()
    for text in (*doc.name.split(NAME_SEPARATOR), *doc.initials.split()):
        for i in range(len(text)):
            out.add((text[i], i))
            if i + 1 < len(text):
                out.add((text[i : i + 2], i))
    for full in doc.pinyin.split():
        if len(full) >= 2:
            out.add((full[:2], 0))
    return out


class SearchIndex:
    """Writes and reads the search tables on a connection owned by the store.

    Inside a write transaction, ``refresh`` only notes the customers whose documents changed; the
    transaction rebuilds them once, together, just before it commits (``flush``). A customer
    written and then named on three new policies is indexed once, not four times, and an import
    of thousands of rows rebuilds its documents in a few statements."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._pending: set[int] | None = None  # customers to re-index at commit; None: at once

    def defer(self) -> None:
        """From now until ``flush`` or ``discard``, collect refreshes (a transaction began)."""
        self._pending = set()

    def flush(self) -> None:
        """Re-index what the transaction changed (called just before its COMMIT)."""
        pending, self._pending = self._pending, None
        if pending:
            self.put(self.docs_for(pending))

    def discard(self) -> None:
        """The transaction rolled back: its rows, and so its documents, never happened."""
        self._pending = None

    def put(self, docs: Sequence[SearchDoc]) -> None:
        """Replace the index rows of these customers (call inside the write's transaction). On a
        branch the numbers are indexed as blind tokens, never in clear (``store/branch/sealing``)."""
        sealer = sealer_of(self._conn)
        tokens: list[SearchDoc] = []
        if sealer is not None:
            tokens = list(docs)
            docs = [replace(d, mobile="", id_number="") for d in docs]
        ids = [(d.customer_id,) for d in docs]
        self._conn.executemany("DELETE FROM customer_fts WHERE rowid = ?", ids)
        self._conn.executemany("DELETE FROM customer_gram WHERE customer_id = ?", ids)
        self._conn.executemany(
            "INSERT INTO customer_fts (rowid, name, pinyin, initials, archive_no, mobile, id_number, policy_nos,"
            " other) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    d.customer_id,
                    d.name,
                    d.pinyin,
                    d.initials,
                    d.archive_no,
                    d.mobile,
                    d.id_number,
                    d.policy_nos,
                    d.other,
                )
                for d in docs
            ],
        )
        insert_many(
            self._conn,
            "INSERT OR IGNORE INTO customer_gram (gram, pos, customer_id) VALUES (?,?,?)",
            [(g, pos, d.customer_id) for d in docs for g, pos in grams(d)],
        )
        if sealer is not None:
            self._conn.executemany(
                "INSERT OR IGNORE INTO customer_gram (gram, pos, customer_id) VALUES (?,?,?)",
                token_rows(sealer, [(d.customer_id, d.mobile, d.id_number) for d in tokens]),
            )

    def remove(self, customer_ids: Iterable[int]) -> None:
        ids = [(i,) for i in customer_ids]
        if self._pending is not None:
            self._pending.difference_update(i for (i,) in ids)
        self._conn.executemany("DELETE FROM customer_fts WHERE rowid = ?", ids)
        self._conn.executemany("DELETE FROM customer_gram WHERE customer_id = ?", ids)

    def docs_for(self, customer_ids: Iterable[int] | None = None) -> list[SearchDoc]:
        """Build fresh documents from the customer and policy tables (all customers when None)."""
        sql = (
            "SELECT c.id, c.name, c.archive_no, c.mobile, c.id_number, c.phone, c.wechat, c.email,"
            " (SELECT group_concat(p.policy_no, ' ') FROM policy p"
            "   WHERE p.policyholder_id = c.id OR p.insured_id = c.id)"
            " FROM customer c"
        )
        if customer_ids is None:
            rows = self._conn.execute(sql).fetchall()
        else:
            wanted = sorted(set(customer_ids))
            rows = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows += self._conn.execute(sql + f" WHERE c.id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        rows = opened_rows(sealer_of(self._conn), rows, (3, 4))
        spoken: dict[str, list[tuple[str, str]]] = {}
        return [make_doc(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], (r[8] or "").split(), spoken) for r in rows]

    def refresh(self, customer_ids: Iterable[int]) -> None:
        ids = list(customer_ids)
        if self._pending is not None:
            self._pending.update(ids)
        elif ids:
            self.put(self.docs_for(ids))

    def is_current(self) -> bool:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (INDEX_VERSION_SETTING,)).fetchone()
        return row is not None and row[0] == INDEX_VERSION

    def mark_current(self, now: str) -> None:
        """Record that the index follows today's rules (bookkeeping of the index, not a record of
        the archive: no audit row)."""
        self._conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (INDEX_VERSION_SETTING, INDEX_VERSION, now),
        )

    def rebuild(self) -> int:
        """Recreate the whole index (after bulk loads); returns the number of customers indexed."""
        self._conn.execute("DELETE FROM customer_fts")
        self._conn.execute("DELETE FROM customer_gram")
        docs = self.docs_for(None)
        self.put(docs)
        return len(docs)

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Ranked hits for *text*; several words must all match (``张 1234``)."""
        if self._pending:  # a search inside a write transaction sees that transaction's customers
            self.flush()
            self.defer()
        query = normalize_query(text)
        terms = query.split()
        if not terms:
            return []
        raw: dict[tuple[str, int], tuple[str, ...]] = {}
        named: set[str] = set()
        result = self._search_terms(terms, raw, named)
        number = phone_term(query)
        by_number: dict[int, SearchHit] = {}
        # A number that looks like one may still be an archive number; one the archive holds with
        # its letters (KH2024017612, whose digits read as the landline 020-24017612) is not a phone.
        if number is not None and not named:
            by_number = self._search_terms([number], raw, named)
            result = {**by_number, **result}
        ordered = sorted(result.values(), key=lambda h: (h.rank, len(h.name), h.name, h.customer_id))
        return [self._explained(h, terms if h.customer_id not in by_number else [number], raw) for h in ordered[:limit]]

    @staticmethod
    def _explained(
        hit: SearchHit, terms: Sequence[str | None], raw: dict[tuple[str, int], tuple[str, ...]]
    ) -> SearchHit:
        """Say what each term matched, for the hits that are returned only: explaining all of
        up to 5,000 full-text candidates would double the cost of ranking them."""
        if all(m is not _UNEXPLAINED for m in hit.matches):
            return hit
        matches = tuple(
            explain_match(str(term), *raw[(str(term), hit.customer_id)]) if m is _UNEXPLAINED else m
            for term, m in zip(terms, hit.matches, strict=True)
        )
        return replace(hit, matches=matches)

    def _search_terms(
        self, terms: list[str], raw: dict[tuple[str, int], tuple[str, ...]], named: set[str]
    ) -> dict[int, SearchHit]:
        """Customers every term finds, at the rank the first term found them at, with what each
        term matched. *named* collects the terms that are whole archive or policy numbers and were
        answered by those alone (``_names_records``)."""
        result: dict[int, SearchHit] | None = None
        for term in terms:
            hits = self._search_term(term, raw, named)
            if result is None:
                result = hits
            else:
                result = {
                    cid: replace(hit, matches=hit.matches + hits[cid].matches)
                    for cid, hit in result.items()
                    if cid in hits
                }
            if not result:
                return {}
        assert result is not None
        return result

    def _search_term(
        self, term: str, raw: dict[tuple[str, int], tuple[str, ...]], named: set[str]
    ) -> dict[int, SearchHit]:
        hits: dict[int, SearchHit] = {}

        def add(cid: int, rank: int, name: str, archive_no: str, match: Match) -> None:
            old = hits.get(cid)
            if old is None or rank < old.rank:
                hits[cid] = SearchHit(cid, rank, name, archive_no, (match,))

        upper = term.upper()
        spellings = (term, upper)  # exact matches through the unique indexes (no NOCASE scan)
        for cid, name, archive_no in self._conn.execute(
            "SELECT id, name, archive_no FROM customer WHERE archive_no IN (?, ?)", spellings
        ):
            add(cid, 0, name, archive_no, Match(MatchReason.ARCHIVE_NO, archive_no, 0, len(archive_no)))
        for cid, name, archive_no, policy_no in self._conn.execute(
            "SELECT c.id, c.name, c.archive_no, p.policy_no FROM policy p JOIN customer c"
            " ON c.id = p.policyholder_id OR c.id = p.insured_id WHERE p.policy_no IN (?, ?)",
            spellings,
        ):
            add(cid, 0, name, archive_no, Match(MatchReason.POLICY_NO, policy_no, 0, len(policy_no)))
        if hits and self._names_records(term, spellings):
            named.add(term)
            return hits

        if len(term) >= 3:
            rows = rows_at_once(self._conn, *_substring_query(self._conn, term), _CANDIDATE_COLUMNS)
            sealer = sealer_of(self._conn)
            if sealer is not None:
                rows = self._with_numbers(sealer, term, rows)
            digits = term.isdigit()
            for cid, name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other in rows:
                fields = (name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other)
                rank = rank_only(term, *fields)
                if digits and rank == NOISE:
                    continue  # digits in the middle of someone's number: not what was meant
                raw[(term, cid)] = fields
                add(cid, rank, name.split(NAME_SEPARATOR)[0], archive_no.upper(), _UNEXPLAINED)
        else:
            # Walk the (gram, pos, customer_id) key in order: surname matches (pos 0) come first
            # and no grouping over thousands of 王 or 李 is needed. SQLite keeps each customer's
            # first place among the first entries and joins the few hundred named: one value, not
            # thousands of index rows handed over one by one. Their names come folded from the
            # index (OpenCC on every name of every keystroke cost more than the statement), with
            # the readings a Latin term matched (``yh``).
            firsts = rows_at_once(
                self._conn,
                "SELECT g.customer_id AS id, g.pos AS pos, c.name AS name, c.archive_no AS archive_no,"
                " f.name AS indexed, f.pinyin AS pinyin, f.initials AS initials FROM"
                " (SELECT e.customer_id, min(e.pos) AS pos FROM (SELECT customer_id, pos FROM customer_gram"
                " WHERE gram = ? ORDER BY pos, customer_id LIMIT ?) e"
                " GROUP BY e.customer_id ORDER BY min(e.pos), e.customer_id LIMIT ?) g"
                " JOIN customer c ON c.id = g.customer_id LEFT JOIN customer_fts f ON f.rowid = g.customer_id",
                (term, SHORT_CANDIDATES, SHORT_NAMED),
                "id, pos, name, archive_no, indexed, pinyin, initials",
            )
            for cid, first_pos, name, archive_no, indexed, pinyin, initials in firsts:
                lowered = indexed.rsplit(NAME_SEPARATOR, 1)[-1] if indexed else fold(name)
                if lowered == term:
                    rank = 1
                elif lowered.startswith(term):
                    rank = 2
                elif first_pos == 0:
                    rank = 3
                else:
                    rank = 6
                add(cid, rank, name, archive_no, short_match(term, name, lowered, pinyin or "", initials or ""))
        return hits

    def _names_records(self, term: str, spellings: tuple[str, str]) -> bool:
        """Whether the exact archive or policy numbers *term* found are all it can find.

        The substring search would add customers whose indexed text holds the term elsewhere. A
        term with letters and digits that is not a number tail (``123x``: an ID's check digit)
        is in no telephone or ID number; the customers of a longer archive or policy number that
        begins with it (KH1 of KH10, typed on the way to KH12), as typed or upper-cased, are
        looked up here in the numbers' indexes. Left out: a customer whose name, WeChat ID or
        e-mail holds the whole number, or whose number holds it after its first character (none
        among the 100,000 benchmark customers). The trigram search those would need is slow for
        such a term: every archive number is KH and a year, and its pieces are in nearly every
        customer's row (5 ms per keystroke at 100,000 customers; the indexes answer in 0.01 ms)."""
        if numeric(term) or not any(ch.isdigit() for ch in term) or not term[-1].isalnum():
            return False
        if not self._code_point_order():
            return False
        # In code-point order the numbers that begin with a spelling lie between it and the
        # spelling with its last character (a letter or digit) raised.
        for table, column in (("customer", "archive_no"), ("policy", "policy_no")):
            for spelling in dict.fromkeys(spellings):
                above = spelling[:-1] + chr(ord(spelling[-1]) + 1)
                longer = self._conn.execute(
                    f"SELECT 1 FROM {table} WHERE {column} >= ? AND {column} < ? AND {column} NOT IN (?, ?) LIMIT 1",
                    (spelling, above, *spellings),
                ).fetchone()
                if longer is not None:
                    return False
        return True

    def _code_point_order(self) -> bool:
        """Whether text compares by code point here, as the range in ``_names_records`` needs.

        SQLite's does. A branch server's database compares as its administrator created it: under a
        language's collation ``KH1:`` sorts before ``KH19`` (punctuation before digits, or passed
        over) and ``a`` before ``B``, so the range could miss a longer number; such a server takes
        the full search.
        """
        if getattr(self._conn, "dialect", "sqlite") != "postgresql":
            return True
        row = self._conn.execute("SELECT 'KH1:' > 'KH19' AND 'a' > 'B' AND '[' > 'Z'").fetchone()
        return bool(row and row[0])

    def _with_numbers(self, sealer: Any, term: str, rows: list[Any]) -> list[Any]:
        """A branch's candidates for *term* with their numbers: those whose blind tokens match a
        typed number (whole, tail or head) join the text matches, and each row's mobile and ID
        number are read from the customer (sealed) and opened for ranking."""
        found = {r[0]: r for r in rows}
        if term.isalnum() and term.isascii():
            wanted = sealer.query_tokens(term)
            marks = ",".join("?" * len(wanted))
            extra = self._conn.execute(
                "SELECT rowid, name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other"
                " FROM customer_fts"
                f" WHERE rowid IN (SELECT customer_id FROM customer_gram WHERE gram IN ({marks})) LIMIT ?",
                (*wanted, MAX_CANDIDATES),
            ).fetchall()
            for r in extra:
                found.setdefault(r[0], r)
        if not found:
            return []
        numbers: dict[int, tuple[str, str]] = {}
        ids = list(found)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for cid, mobile, id_number in self._conn.execute(
                f"SELECT id, mobile, id_number FROM customer WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                numbers[cid] = (phones.search_key(sealer.open(mobile) or ""), (sealer.open(id_number) or "").lower())
        return [(*r[:5], *numbers.get(r[0], ("", "")), *r[7:]) for r in found.values()]
