"""``Store``: the one narrow API through which the UI, exporters and tools reach the data.

It opens or creates the encrypted file through the key vault, runs migrations, and offers the
repositories, the tab lists, search and the customer 360 view. It never imports Qt.

Each feature of the Store is a part of its own in ``store/facade/`` (opening, the session,
records, lists and search, the agent's day, privacy, the archive's tools, backups and branch
work); ``Store`` is all of them, so callers keep one door and one name.
"""

from __future__ import annotations

from agentbook.store.facade.archive_tools import ArchiveTools
from agentbook.store.facade.backup_branch import BackupAndBranch
from agentbook.store.facade.day import AgentsDay
from agentbook.store.facade.lists import ListsAndSearch
from agentbook.store.facade.privacy import Privacy
from agentbook.store.facade.records import Customer360, RecordViews

__all__ = ["Customer360", "Store"]


class Store(BackupAndBranch, RecordViews, ListsAndSearch, AgentsDay, Privacy, ArchiveTools):
    """The only door to the data: repositories, lists, search, Today, security and settings."""
