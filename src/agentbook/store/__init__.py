"""The encrypted store: connection and key vault, migrations, repositories, search, audit.

Never imports Qt. ``Store`` in ``agentbook.store.api`` is the entry point.
"""
