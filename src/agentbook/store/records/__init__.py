"""One repository per kind of record: audited, validated create/update/delete on one table each."""
