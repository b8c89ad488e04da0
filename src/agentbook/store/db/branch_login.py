"""Who connects to which branch server: host, port, database and user — never the password.

The app remembers a branch login between runs (the UI's settings) and keeps its password in the
OS keyring (``KeyVault.load_branch_password``); this module turns them into a psycopg connection
string. TLS is required for any server but this computer's own: the password and every customer
record would otherwise cross the branch's network in clear. Which hosts count as local: the
loopback names and addresses, and a Unix socket folder.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from psycopg.conninfo import make_conninfo

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "agentbook"
CONNECT_TIMEOUT_S = 10


def is_local(host: str) -> bool:
    """True for a server on this computer (loopback, or a Unix socket folder)."""
    host = host.strip().lower()
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class BranchLogin:
    host: str
    user: str
    port: int = DEFAULT_PORT
    dbname: str = DEFAULT_DATABASE

    @property
    def label(self) -> str:
        """How the app names the branch (window title, keyring entry): ``user@host:port/db``."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    @property
    def needs_tls(self) -> bool:
        return not is_local(self.host)

    def dsn(self, password: str | None) -> str:
        """The connection string; ``sslmode=require`` unless the server is this computer."""
        params: dict[str, str | int | None] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.user,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "agentbook",
            "sslmode": "require" if self.needs_tls else "prefer",
        }
        if password:
            params["password"] = password
        return make_conninfo("", **params)
