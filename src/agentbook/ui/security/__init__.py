"""The lock, keys and recovery, backups and restores, the app password and the audit log viewer."""
