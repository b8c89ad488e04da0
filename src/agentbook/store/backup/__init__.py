"""Verified backups, restores that never leave the archive missing, and the integrity checks they rely on."""
