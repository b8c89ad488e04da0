"""A branch's people and rules on its PostgreSQL server: roles, row-level security, change approval,
handover, the access log, and the sensitive columns sealed under the branch's data key."""
