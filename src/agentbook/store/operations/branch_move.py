"""Moving an agent's local archive into the branch's PostgreSQL server (``branch migrate``).

Every row of every table goes across in one server transaction — customers to attachments'
content, the audit log with its hash chain and sealing keys, the search index — with its own
ids, so that the chain, the sealed details and every reference stay exactly as they were. The
local file is only read. Afterwards the server's copy is checked: the same row count in every
table and an unbroken audit chain; only then is the move recorded (in the branch's audit log,
naming the owner).

A move is all or nothing (a failure, or the program killed, leaves the branch as it was), and
running it again finds the archive already there and writes nothing. A branch that already holds
a different archive is refused: ids would collide, and joining several agents' archives into one
branch is the work of the branch's people and roles, not of a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.branch import sealed_rows
from agentbook.store.db import schema_info
from agentbook.store.db.database import Database
from agentbook.store.errors import KnownError

CHUNK = 500  # rows per INSERT batch (attachments carry their content)
# The logs of access and sealing grow with every use of either copy, and the server's search index
# holds the numbers' blind tokens besides the file's rows: not compared on a second run.
_LOGS = ("audit_log", "audit_key", "customer_gram")
# SQLite's own bookkeeping, never archive data.
_SKIP_PREFIXES = ("sqlite_", "customer_fts_")


class BranchHoldsOtherArchiveError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "营业部服务器上的这个数据库已有其他记录，不能迁入。请迁入刚用“branch init”建立、尚未使用的数据库。",
    )


class MovedBeforeError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "这份档案已迁入过营业部服务器，之后本机又有改动。请在服务器上继续工作，或请管理员核对两边的记录。"
    )


class LocalChainBrokenError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "本机档案的操作日志校验未通过，为免带着问题迁移，已停止。请先做数据库检查。")


class MoveVerificationError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "迁移后的核对未通过（行数或操作日志链不一致），服务器上的这次迁移已撤销。")


@dataclass
class MoveReport:
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, the same on both sides
    already_there: bool = False  # a second run: nothing written


def source_tables(db: Database) -> list[str]:
    """The local archive's tables in the order they were created (a table's references first)."""
    names = db.run_read(schema_info.tables)
    return [
        n
        for n in reversed(names)
        if not n.startswith(_SKIP_PREFIXES) and n != "schema_version" and n not in schema_info.DERIVED_TABLES
    ]


def move_to_branch(
    source: Database,
    target: Any,
    owner: str,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> MoveReport:
    """Copy every row of *source* (a local archive) into *target* (a ``PgConnection`` to a
    branch whose schema is current, carrying the branch's data key); see the module's docstring.
    The sealed columns are sealed on the way (``store/branch/sealing``): the file holds them in
    clear under its own encryption, the server must not."""
    from agentbook.store.audit.log import verify_chain

    if source.run_read(verify_chain) is not None:
        raise LocalChainBrokenError()
    tables = source_tables(source)
    counts = {t: source.read_int(f"SELECT count(*) FROM {t}") for t in tables}
    state = _branch_state(source, target)
    if state == "same":
        records = [t for t in tables if t not in _LOGS]
        if _counts(target, records) != {t: counts[t] for t in records}:
            raise MovedBeforeError("the branch holds this archive with other counts")
        return MoveReport(counts, already_there=True)
    if state == "other":
        raise BranchHoldsOtherArchiveError("the branch is not empty")
    target.execute("BEGIN")
    try:
        target.execute("SET CONSTRAINTS ALL DEFERRED")  # rows referring to later rows of their table
        for table in tables:  # the search index's rows keep their rowid, a column only on the server
            columns = _fts_columns(source) if table == "customer_fts" else None
            _copy_table(source, target, table, progress, columns=columns)
        schema_info.ids_written(target, [t for t in tables if t in target.identity_tables])
        numbers = source.read("SELECT id, mobile, id_number FROM customer ORDER BY id")
        # The moved customers are the agent's own on the branch (the file has one agent: no owner).
        target.execute("UPDATE customer SET owner = ? WHERE owner IS NULL", (owner,))
        if _counts(target, tables) != counts:
            raise MoveVerificationError("row counts differ after the copy")
        if verify_chain(target) is not None:
            raise MoveVerificationError("the audit chain does not verify on the server")
        if target.sealer is not None:  # the numbers, searchable by their blind tokens only
            sealed_rows.put_tokens(target, target.sealer, [(int(i), m or "", n or "") for i, m, n in numbers])
        target.execute("COMMIT")
    except BaseException:
        if target.in_transaction:
            target.execute("ROLLBACK")
        raise
    return MoveReport(counts)


def _branch_state(source: Database, target: Any) -> str:
    """'empty', 'same' (this archive is already there: its first audit entry is) or 'other'."""
    first = source.read_one("SELECT hash FROM audit_log ORDER BY id LIMIT 1")
    row = target.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    if row is None:
        held = target.execute("SELECT count(*) FROM customer").fetchone()[0]
        return "empty" if held == 0 else "other"
    return "same" if first is not None and row[0] == first[0] else "other"


def _fts_columns(source: Database) -> list[str]:
    names = [c.name for c in source.run_read(lambda conn: schema_info.columns(conn, "customer_fts"))]
    return ["rowid", *names]


def _copy_table(
    source: Database,
    target: Any,
    table: str,
    progress: Callable[[str, int], None] | None,
    columns: list[str] | None = None,
) -> None:
    """Stream *table* from the file's read connection into the server in batches."""
    if columns is None:
        columns = [c.name for c in source.run_read(lambda conn: schema_info.columns(conn, table))]
    listed = ", ".join(columns)
    insert = f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(columns))})"

    sealer = target.sealer
    blank = [i for i, c in enumerate(columns) if c in ("mobile", "id_number")] if table == "customer_fts" else []

    def stream(conn: Any) -> None:
        cursor = conn.execute(f"SELECT {listed} FROM {table}")
        done = 0
        while rows := cursor.fetchmany(CHUNK):
            if sealer is not None:
                rows = [sealed_rows.seal_row(sealer, table, columns, r) for r in rows]
                if blank:  # the search rows' numbers: blind tokens instead, after the copy
                    rows = [tuple("" if i in blank else v for i, v in enumerate(r)) for r in rows]
            target.executemany(insert, rows)
            done += len(rows)
            if progress is not None:
                progress(table, done)

    source.run_read(stream)


def _counts(target: Any, tables: list[str]) -> dict[str, int]:
    return {t: int(target.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def move_archive(
    source: Database,
    dsn: str,
    owner: str,
    open_branch: Callable[[], Database],
    *,
    progress: Callable[[str, int], None] | None = None,
) -> MoveReport:
    """``branch migrate``: the schema made current, every row moved and checked
    (``move_to_branch``), then the move recorded in both audit logs — the branch's (opened by
    *open_branch*) names *owner*, the file's the branch."""
    from agentbook.store.branch.data_key import data_key_of
    from agentbook.store.db import pg_schema
    from agentbook.store.db.pg_connection import PgConnection

    pg_schema.init_branch(dsn)
    target = PgConnection.connect(dsn)
    try:
        target.sealer = data_key_of(target, dsn, source.clock)
        report = move_to_branch(source, target, owner, progress=progress)
        where = f"{target.raw.info.host}:{target.raw.info.port}/{target.raw.info.dbname}"
    finally:
        target.close()
    if not report.already_there:
        branch = open_branch()
        try:
            moved = {"from": str(source.path), "counts": report.counts}
            branch.audit("branch_move", "database", summary=owner, after=moved)
        finally:
            branch.close()
        source.audit("branch_move", "database", summary=where, after={"owner": owner, "counts": report.counts})
    return report
