"""Tools-menu windows: commission reconciliation, finding and merging duplicates."""
