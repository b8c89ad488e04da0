-- Migration 2: indexes the Today view needs at branch scale.
-- "Has this policy had a payment reminder / renewal call lately?" is asked per due payment and
-- per expiring policy; without this index each question scanned the whole contact log.
CREATE INDEX contact_policy_purpose ON contact(policy_id, purpose, contacted_at) WHERE policy_id IS NOT NULL;
-- "Was this customer greeted on their birthday this week?"
CREATE INDEX contact_customer_purpose ON contact(customer_id, purpose, contacted_at);
