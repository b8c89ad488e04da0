-- agentbook schema, migration 8: a policy's own grace period, where its contract differs from the
-- law's 60 days (the settings' grace_days); NULL follows the setting.
ALTER TABLE policy ADD COLUMN grace_days INTEGER CHECK (grace_days IS NULL OR (grace_days >= 0 AND grace_days <= 365));
