"""A branch's people and rules on its PostgreSQL server: roles, row-level security, change approval,
handover and the access log."""
