-- agentbook schema, migration 9: what the Today view's opportunities read by date — relationships
-- recorded lately, and the answers (contacts of one purpose) within the quiet period.
CREATE INDEX relationship_created ON relationship(created_at, relation);
CREATE INDEX contact_purpose_at ON contact(purpose, contacted_at);
