"""The audit log: the hash chain, per-customer sealing of details, and the chain's head kept outside the file."""
