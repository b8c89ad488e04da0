"""``agentbook branch add-user | list-users | set-roles | disable-user | reset-password | hand-over``:
the branch's people from the command line, for the manager who sets the branch up (the same steps
as 营业部 ▸ 人员与权限 in the window, through the same store; the server checks the role).

A new password is read from ``AGENTBOOK_NEW_PASSWORD`` or asked twice at the terminal — never
taken from the command line, where the shell's history and the process list would keep it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from agentbook.store.errors import KnownError

NEW_PASSWORD_ENV = "AGENTBOOK_NEW_PASSWORD"
ROLES = ("agent", "archivist", "manager", "auditor")


def add_parsers(actions: Any) -> None:
    dsn_help = "服务器连接串（经理的登录；同 branch init）"
    add = actions.add_parser("add-user", help="添加人员（新的登录名与角色）")
    add.add_argument("login", help="登录名：小写字母开头，如 wangxm")
    add.add_argument("--name", default="", help="姓名，如 王小明")
    add.add_argument("--role", action="append", choices=ROLES, required=True, help="角色，可重复")
    listing = actions.add_parser("list-users", help="列出人员、角色和名下客户数")
    roles = actions.add_parser("set-roles", help="修改人员的角色")
    roles.add_argument("login")
    roles.add_argument("--role", action="append", choices=ROLES, required=True)
    disable = actions.add_parser("disable-user", help="停用人员（不能再登录；记录保留）")
    disable.add_argument("login")
    reset = actions.add_parser("reset-password", help="重设人员的口令")
    reset.add_argument("login")
    over = actions.add_parser("hand-over", help="把一名业务员名下的客户移交给另一人")
    over.add_argument("--from", dest="giver", required=True, help="移交人的登录名")
    over.add_argument("--to", dest="receiver", required=True, help="接收人的登录名")
    over.add_argument("--customers", default="", help="只移交这些客户（档案编号，逗号分隔）；默认全部")
    for parser in (add, listing, roles, disable, reset, over):
        parser.add_argument("--dsn", required=True, help=dsn_help)


COMMANDS = ("add-user", "list-users", "set-roles", "disable-user", "reset-password", "hand-over")


def _new_password() -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise SystemExit(f"请用环境变量 {NEW_PASSWORD_ENV} 给出新口令，或在终端中运行。")
    first = getpass.getpass("新口令（至少 10 个字符）：")
    if getpass.getpass("再输一次：") != first:
        raise SystemExit("两次输入的口令不一致。")
    return first


def run(args: argparse.Namespace) -> int:
    from agentbook.store.api import Store

    try:
        store = Store.open_branch(args.dsn)
    except KnownError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    try:
        people = store.people
        if args.action == "add-user":
            people.add(args.login, args.name, args.role, _new_password())
            print(f"已添加 {args.login}（{args.name or args.login}）：{'、'.join(args.role)}")
        elif args.action == "list-users":
            owned = people.owners()
            for p in people.everyone():
                state = "在用" if p.enabled else "已停用"
                print(f"{p.login}\t{p.display_name}\t{','.join(p.roles)}\t{state}\t名下客户 {owned.get(p.login, 0)}")
        elif args.action == "set-roles":
            people.set_roles(args.login, args.role)
            print(f"{args.login} 的角色：{'、'.join(args.role)}")
        elif args.action == "disable-user":
            people.disable(args.login)
            left = people.owners().get(args.login, 0)
            print(f"已停用 {args.login}。" + (f"名下还有 {left} 位客户，请用 hand-over 移交。" if left else ""))
        elif args.action == "reset-password":
            people.reset_password(args.login, _new_password())
            print(f"已重设 {args.login} 的口令。")
        elif args.action == "hand-over":
            wanted = {a.strip() for a in args.customers.split(",") if a.strip()}
            ids = None
            if wanted:
                mine = {a: cid for cid, a, _n, _i in people.customers_of(args.giver)}
                unknown = sorted(wanted - set(mine))
                if unknown:
                    print(f"{args.giver} 名下没有这些档案编号：{'、'.join(unknown)}", file=sys.stderr)
                    return 2
                ids = [mine[a] for a in sorted(wanted)]
            moved = people.hand_over(args.giver, args.receiver, ids)
            print(f"已把 {len(moved)} 位客户从 {args.giver} 移交给 {args.receiver}。")
    except KnownError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0
