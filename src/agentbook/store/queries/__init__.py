"""Read-only questions asked of the whole archive: tab lists, search, Today, statistics, duplicates."""
