"""The open archive as a session: its repositories, where it is, who works in it, its settings,
its transactions and change feed, and the audit of what is not a write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agentbook.domain.clock import Clock
from agentbook.store.branch.access import LOOKING, AccessLog
from agentbook.store.branch.approval import Approvals
from agentbook.store.branch.people import People
from agentbook.store.db.changes import ChangeFeed
from agentbook.store.db.connection import Passphrase
from agentbook.store.db.database import Database
from agentbook.store.keys.security import Security
from agentbook.store.queries.existing import ExistingRecords
from agentbook.store.repositories import Repositories
from agentbook.store.settings import Settings, apply_agent_name


class StoreSession(Repositories):
    """What every part of the Store stands on: the repositories and the archive's session."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.settings = Settings(db)
        # A branch's people, change approval and access log (empty and inert on a local archive).
        self.people = People(db)
        self.approvals = Approvals(db)
        self.access = AccessLog(db)
        self.existing = ExistingRecords(db)
        self.security = Security(db)

    def close(self) -> None:
        self.db.close()

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @property
    def changes(self) -> ChangeFeed:
        """Subscribe here to hear, after each commit, what it changed."""
        return self.db.changes

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Writes made inside are one commit and one change event: all of them, or none
        (an import of many rows, an export logged for many customers)."""
        with self.db.transaction():
            yield

    @property
    def branch(self) -> str | None:
        """``host:port/database`` of the branch server the archive is on; None for a local file."""
        return self.db.branch

    @property
    def actor(self) -> str:
        """Who the audit log names for this session's actions."""
        return self.db.actor

    @property
    def person(self) -> str | None:
        """The login signed in to the branch server (None on a local archive)."""
        return self.db.person

    @property
    def roles(self) -> frozenset[str]:
        """The branch roles of the signed-in person (``store/branch/rules``); on a local archive the
        one agent is agent and manager of their own records."""
        return self.people.my_roles()

    @property
    def uses_passphrase(self) -> bool:
        """True in passphrase mode (no keyring: the passphrase is the only way in)."""
        return isinstance(self.db.credentials, Passphrase)

    def take_held_requests(self) -> list[int]:
        """The change requests the saves since the last call filed instead of changing guarded
        fields (a branch's agent): the UI tells the person their change waits for approval."""
        held, self.db.held_requests = self.db.held_requests, []
        return held

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A raw setting stored in the archive (it travels with the data, unlike window layout)."""
        return self.db.get_setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.db.set_setting(key, value)

    def update_settings(self, values: dict[str, object]) -> None:
        """Several declared settings in one commit; a new agent name becomes the audit log's actor
        at once."""
        with self.db.transaction():
            for key, value in values.items():
                self.settings.set(key, value)
        if "agent_name" in values:
            apply_agent_name(self.db)

    def use_agent_name(self) -> str:
        """Make the agent named in the settings (the login name when none) the audit log's actor."""
        return apply_agent_name(self.db)

    def record_event(
        self,
        action: str,
        entity: str,
        entity_id: int | None = None,
        *,
        customer_id: int | None = None,
        summary: str = "",
        details: object = None,
    ) -> None:
        """Audit an event that is not a write: an export, a print, a reveal of a masked field. On a
        branch, looking at personal data also goes to the access log (who looked at whom)."""
        self.db.audit(action, entity, entity_id, customer_id=customer_id, summary=summary, after=details)
        looked = LOOKING.get(action)
        if looked is not None:
            self.access.record(looked, customer_id, summary)
