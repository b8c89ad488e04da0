"""Command-line subcommands that need no window: ``agentbook backup``, ``agentbook branch``.

Scheduled jobs (cron, Task Scheduler) call these, so they never prompt unless a person is at the
terminal, speak through exit codes (0 done, 2 a problem the message explains, 1 a bug), and
reach the data only through the store, exactly as the window does.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from agentbook import cli_people
from agentbook.paths import default_db_path
from agentbook.store.errors import DatabaseLockedError, KnownError, PassphraseRequiredError
from agentbook.store.keys.vault import PASSPHRASE_ENV, KeyVault

BACKUP_PASSPHRASE_ENV = "AGENTBOOK_BACKUP_PASSPHRASE"  # a branch backup's passphrase, for scheduled runs


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="命令")
    backup = sub.add_parser(
        "backup",
        help="写一份加密备份并校验（不打开窗口）",
        description="写一份加密备份，读回校验（页校验、结构、外键、行数）后才算成功。",
    )
    backup.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件（默认同主程序）")
    backup.add_argument(
        "--to",
        type=Path,
        default=None,
        help="备份文件或文件夹（默认：设置中的备份文件夹，并只保留最近 N 份）",
    )
    branch = sub.add_parser(
        "branch",
        help="营业部服务器（PostgreSQL）",
        description="在营业部的 PostgreSQL 服务器上建立或升级档案的表结构。",
    )
    actions = branch.add_subparsers(dest="action", metavar="操作", required=True)
    init = actions.add_parser("init", help="建立或升级表结构（可重复执行）")
    init.add_argument(
        "--dsn",
        required=True,
        help="服务器连接串，例如 'host=10.0.0.5 dbname=agentbook user=manager'（口令用 PGPASSWORD 或 ~/.pgpass）",
    )


    migrate = actions.add_parser(
        "migrate",
        help="把本机档案迁入营业部服务器（全部记录、附件和操作日志；本机文件不变）",
        description="把本机的加密档案整份迁入营业部服务器：核对每张表的行数和操作日志链后才算完成；可重复执行。",
    )
    migrate.add_argument("--dsn", required=True, help="服务器连接串（同 branch init）")
    migrate.add_argument("--from", dest="source", type=Path, default=None, help="本机档案文件（默认同主程序）")
    migrate.add_argument("--owner", required=True, help="这份档案的业务员在营业部的登录名（客户归他名下）")
    dump = actions.add_parser(
        "backup",
        help="备份营业部服务器上的档案（pg_dump，加密并读回校验）",
        description=(
            f"用 PostgreSQL 的 pg_dump 备份档案，用备份口令加密（环境变量 {BACKUP_PASSPHRASE_ENV} 或询问），"
            "读回校验后才算完成。"
        ),
    )
    dump.add_argument("--dsn", required=True, help="服务器连接串（同 branch init）")
    dump.add_argument("--to", type=Path, required=True, help="备份文件")
    back = actions.add_parser(
        "restore",
        help="把备份恢复到一个新建的空数据库",
        description="把 branch backup 写的备份恢复到一个新建的空数据库：全部恢复或什么都不恢复，恢复后校验操作日志链。",
    )
    back.add_argument("--dsn", required=True, help="新建的空数据库的连接串")
    back.add_argument("--from", dest="source", type=Path, required=True, help="备份文件")
    cli_people.add_parsers(actions)


def run(args: argparse.Namespace) -> int:
    if args.command == "backup":
        return backup(args)
    if args.command == "branch":
        return branch(args)
    raise SystemExit(f"unknown command {args.command}")


def _open(path: Path):
    vault = KeyVault()
    # Taken out of the environment once (the vault would consume it at the first attempt, and
    # the guest attempt below needs it too).
    env = os.environ.pop(PASSPHRASE_ENV, None) if not vault.has_backend() else None
    try:
        return _open_with(path, vault, env or None)
    except PassphraseRequiredError:
        if not sys.stdin.isatty():
            raise
        return _open_with(path, vault, getpass.getpass("数据库口令："))


def _open_with(path: Path, vault: KeyVault, passphrase: str | None):
    """The archive as its owner when nobody has it open, else as a guest beside the app:
    a scheduled backup must not fail because the agent left the window open."""
    from agentbook.store.api import Store
    from agentbook.store.db.shared import open_beside_owner

    try:
        return Store.open(path, vault, actor=None, passphrase=passphrase)
    except DatabaseLockedError:
        return open_beside_owner(path, vault, passphrase=passphrase)


def backup(args: argparse.Namespace) -> int:
    path = (getattr(args, "db", None) or default_db_path()).expanduser()
    try:
        store = _open(path)
    except PassphraseRequiredError as exc:
        print(f"{exc.message}\n（无人值守时请设置环境变量 {PASSPHRASE_ENV}）", file=sys.stderr)
        return 2
    except KnownError as exc:
        print(f"无法打开 {path}：{exc.message}", file=sys.stderr)
        return 2
    try:
        target = args.to
        if target is not None and (target.is_dir() or str(target).endswith(("/", "\\"))):
            target = target / _automatic_name(store)
        result = store.security.backup(target)
    except KnownError as exc:
        print(f"备份失败：{exc.message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    counts = "，".join(f"{table} {n}" for table, n in result.report.counts.items())
    print(f"备份完成并已校验：{result.path}")
    print(f"行数：{counts}")
    if result.pruned:
        print(f"已删除较早的自动备份 {len(result.pruned)} 份")
    return 0


def branch(args: argparse.Namespace) -> int:
    from agentbook.store.api import Store

    if args.action == "migrate":
        return branch_migrate(args)
    if args.action in cli_people.COMMANDS:
        return cli_people.run(args)
    if args.action in ("backup", "restore"):
        return branch_backup(args)
    try:
        found, now = Store.init_branch(args.dsn)
    except KnownError as exc:
        print(f"{exc.message}\n（{exc.detail}）" if exc.detail else exc.message, file=sys.stderr)
        return 2
    if found == now:
        print(f"营业部服务器的表结构已是最新（版本 {now}），未做改动。")
    else:
        print(f"营业部服务器的表结构已从版本 {found} 建立/升级到版本 {now}。")
    return 0


def branch_migrate(args: argparse.Namespace) -> int:
    path = (args.source or default_db_path()).expanduser()
    try:
        store = _open(path)
    except KnownError as exc:
        print(f"无法打开 {path}：{exc.message}", file=sys.stderr)
        return 2
    shown: dict[str, int] = {}

    def progress(table: str, done: int) -> None:
        if done - shown.get(table, 0) >= 10_000 or table not in shown:
            shown[table] = done
            print(f"  {table}：{done}", flush=True)

    try:
        report = store.move_to_branch(args.dsn, args.owner, progress=progress)
    except KnownError as exc:
        print(f"迁移未完成，服务器上没有留下任何记录：{exc.message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    counts = "，".join(f"{table} {n}" for table, n in report.counts.items() if n)
    if report.already_there:
        print(f"这份档案已在营业部服务器上，未做改动。行数：{counts}")
    else:
        print("迁移完成：服务器上每张表的行数与本机一致，操作日志链校验通过。")
        print(f"行数：{counts}")
    return 0


def _backup_passphrase(confirm: bool) -> str | None:
    text = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if text:
        return text
    if not sys.stdin.isatty():
        return None
    text = getpass.getpass("备份口令：")
    if confirm and getpass.getpass("再输入一次：") != text:
        print("两次输入的口令不一致。", file=sys.stderr)
        return None
    return text or None


def branch_backup(args: argparse.Namespace) -> int:
    from agentbook.store.api import Store

    passphrase = _backup_passphrase(confirm=args.action == "backup")
    if passphrase is None:
        print(f"需要备份口令（无人值守时请设置环境变量 {BACKUP_PASSPHRASE_ENV}）。", file=sys.stderr)
        return 2
    try:
        if args.action == "backup":
            store = Store.open_branch(args.dsn, actor=None)
            try:
                size = store.backup_branch(args.to, passphrase)
            finally:
                store.close()
            print(f"备份完成并已校验：{args.to}（{size / 1_048_576:.1f} MiB）")
            return 0
        counts = Store.restore_branch(args.source, passphrase, args.dsn)
    except KnownError as exc:
        print(f"{exc.message}\n（{exc.detail}）" if exc.detail else exc.message, file=sys.stderr)
        return 2
    print("恢复完成：档案已打开，操作日志链校验通过。")
    print("行数：" + "，".join(f"{table} {n}" for table, n in counts.items() if n))
    return 0


def _automatic_name(store) -> str:

    return store.automatic_backup_name().name
