"""A throwaway PostgreSQL server for the tests of the branch engine.

A cluster is created in a private temporary folder, started on a free port on 127.0.0.1 (and
its own socket folder), and stopped and removed when the test session ends — after failures
too. When the tests run as root (CI does), the server runs as the ``postgres`` system user, as
PostgreSQL refuses to run as root. Durability is switched off (``fsync=off``): a crashed test
server is thrown away, never recovered.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
from dev import postgres_bindir as bindir  # the same search dev.py does before installing PostgreSQL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# The owner's password in every connection string: the test server trusts its local logins and
# never asks, but the app wraps the owner's copy of each branch's data key under it.
OWNER_PASSWORD = "owner-test-password"


class PostgresServer:
    """``start()`` → ``dsn`` for the ``postgres`` superuser; ``stop()`` removes everything."""

    def __init__(self) -> None:
        found = bindir()
        if found is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt install postgresql; dev.py does it)")
        self.bin = found
        self.folder = Path(tempfile.mkdtemp(prefix="agentbook-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self.started = False
        self._watcher: subprocess.Popen[bytes] | None = None  # stops the server if this process dies

    @property
    def dsn(self) -> str:
        return (
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres connect_timeout=10"
            f" password={OWNER_PASSWORD}"
        )

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> PostgresServer:
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self.folder.chmod(0o700)
        made = self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale")
        if made.returncode != 0:
            raise RuntimeError(f"initdb failed: {made.stderr}")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        log = self.folder / "server.log"
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-o", options, "-w", "-t", "60", "start")
        if started.returncode != 0:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{text}")
        self.started = True
        self._watch_owner()
        return self

    def _watch_owner(self) -> None:
        """A killed test process (Ctrl+C twice, a closed pipe, a CI timeout) cannot run ``stop``:
        a small watcher outside it stops the server and removes its folder once it is gone."""
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        script = (
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
            f"{shlex.join(command)} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.folder))}"
        )
        self._watcher = subprocess.Popen(
            ["sh", "-c", script],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:  # stopped here: the watcher has nothing left to do
            watcher.kill()
            watcher.wait()
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_database(self, name: str, template: str = "template0") -> str:
        """A fresh database, empty or a copy of *template*; returns its DSN."""
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        return self.dsn.replace("dbname=postgres", f"dbname={name}")

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(psycopg.Error), psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
