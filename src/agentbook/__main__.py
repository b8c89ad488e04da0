"""Command line: ``agentbook`` opens the window; ``agentbook backup`` writes a verified backup;
``agentbook --help`` lists the options."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from agentbook import __version__, cli
from agentbook.console import attach_parent_console
from agentbook.paths import default_db_path
from agentbook.store.keys.vault import PASSPHRASE_ENV, KeyVault

HEADLESS_DEMO_PASSPHRASE = "agentbook-demo"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agentbook", description="agentbook 保险客户档案（离线、加密）")
    parser.add_argument("--version", action="version", version=f"agentbook {__version__}")
    parser.add_argument("--db", type=Path, default=None, help="数据库文件（默认在用户数据目录；也可用 AGENTBOOK_DB）")
    parser.add_argument("--empty", action="store_true", help="首次运行时创建空数据库，不填充演示数据")
    parser.add_argument(
        "--screenshot", type=Path, default=None, help="打开主窗口后保存截图并退出（无显示器的机器上很有用）"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="自检：在临时加密数据库中走一遍全部功能，打印报告后退出"
    )
    # --- end packaging ---
    cli.add_subcommands(parser)  # `agentbook backup` …; no command opens the window
    return parser


def main(argv: list[str] | None = None) -> int:
    attach_parent_console()  # a windowed Windows build prints --version/--self-test too
    args = build_parser().parse_args(argv)
    if args.self_test:
        from agentbook.selftest import run as self_test

        return self_test()
    if getattr(args, "command", None):
        return cli.run(args)
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if args.screenshot is None:
            args.screenshot = Path("agentbook-screenshot.png").resolve()
            print(f"没有图形显示（DISPLAY 未设置）：以离屏模式运行，主窗口截图将保存到 {args.screenshot}")
    db_path = (args.db or default_db_path()).expanduser()
    if headless and args.db is None and not os.environ.get(PASSPHRASE_ENV) and not KeyVault().has_backend():
        # Nobody can answer a passphrase prompt on a machine without a screen or a keyring. Show
        # the demo instead, in its own file, under a passphrase printed here for all to see: it
        # holds generated data only and is never the user's archive.
        db_path = db_path.with_name("headless-demo.db")
        os.environ[PASSPHRASE_ENV] = HEADLESS_DEMO_PASSPHRASE
        print(
            f"没有系统密钥环：演示档案 {db_path} 使用公开的演示口令“{HEADLESS_DEMO_PASSPHRASE}”。"
            f"真实档案请设置 {PASSPHRASE_ENV} 或在有密钥环的桌面上运行。"
        )
    from agentbook.app import run

    return run(db_path, demo=not args.empty, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
