"""The archive's key: where it lives (keyring or passphrase), the recovery key, key changes, and the
store's security facade."""
