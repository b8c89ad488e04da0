-- agentbook schema, migration 12: summaries the Today view reads instead of scanning the book.
-- Each is derived data, kept by the triggers below on every write (repositories, bulk loads,
-- merges and their undo alike) and rebuilt here from the rows already on file. Nothing writes
-- them directly; a move to a branch server rebuilds them through the same triggers there.

-- Per policy with an unpaid instalment: the oldest unpaid due date, with the policy's status and
-- own grace period beside it, so that arrears are ranked and counted on one index.
CREATE TABLE policy_arrears (
    policy_id   INTEGER PRIMARY KEY REFERENCES policy(id) ON DELETE CASCADE,
    first_due   TEXT NOT NULL,
    status      TEXT NOT NULL,
    grace_days  INTEGER
);
CREATE INDEX policy_arrears_due ON policy_arrears(status, first_due, grace_days);

INSERT INTO policy_arrears (policy_id, first_due, status, grace_days)
SELECT p.id, u.first_due, p.status, p.grace_days
FROM (SELECT policy_id, min(due_date) AS first_due FROM payment WHERE status = 'due' GROUP BY policy_id) u
JOIN policy p ON p.id = u.policy_id;

-- Per customer: the cover they hold and are insured by (the opportunities' book rules), beside
-- copies of the customer's fields those rules filter and rank on, and the last raise of their
-- annual income (when, as the record's version, and from what).
CREATE TABLE cover_summary (
    customer_id       INTEGER PRIMARY KEY REFERENCES customer(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL,
    lifecycle         TEXT NOT NULL,
    birth_date        TEXT,
    income            INTEGER NOT NULL DEFAULT -1,  -- annual income in fen, -1 when unknown
    holds_in_force    INTEGER NOT NULL DEFAULT 0,   -- policies in force held as policyholder
    newest_effective  TEXT,                         -- newest effective date of any policy held
    insured_in_force  INTEGER NOT NULL DEFAULT 0,   -- policies in force insuring them
    insured_ci        INTEGER NOT NULL DEFAULT 0,   -- of those, with a critical-illness cover
    newest_policy_at  TEXT,                         -- when the newest policy naming them was recorded
    income_raised_at  TEXT,
    income_before     INTEGER
);
CREATE INDEX cover_summary_review ON cover_summary(newest_effective)
    WHERE holds_in_force > 0 AND lifecycle <> 'terminated';
CREATE INDEX cover_summary_review_rank ON cover_summary(income DESC, customer_id, newest_effective)
    WHERE holds_in_force > 0 AND lifecycle <> 'terminated';
CREATE INDEX cover_summary_no_ci ON cover_summary(birth_date)
    WHERE insured_in_force > 0 AND insured_ci = 0 AND kind = 'individual' AND lifecycle <> 'terminated';
CREATE INDEX cover_summary_no_ci_rank ON cover_summary(income DESC, customer_id, birth_date)
    WHERE insured_in_force > 0 AND insured_ci = 0 AND kind = 'individual' AND lifecycle <> 'terminated';
CREATE INDEX cover_summary_raised ON cover_summary(income_raised_at) WHERE income_raised_at IS NOT NULL;

INSERT INTO cover_summary (customer_id, kind, lifecycle, birth_date, income)
SELECT id, kind, lifecycle, birth_date, coalesce(annual_income, -1) FROM customer;
UPDATE cover_summary SET
    holds_in_force = (SELECT count(*) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id
                      AND p.status = 'in_force'),
    newest_effective = (SELECT max(p.effective_date) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id),
    insured_in_force = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                        AND p.status = 'in_force'),
    insured_ci = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id AND p.status = 'in_force'
                  AND EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'critical_illness')),
    newest_policy_at = (SELECT max(p.created_at) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id
                        OR p.insured_id = cover_summary.customer_id);

-- Relationships recorded on a later day than the customer they concern (related_id): news of a
-- family (a child, a marriage), as opposed to a family entered at once.
CREATE TABLE relationship_news (
    relationship_id  INTEGER PRIMARY KEY REFERENCES relationship(id) ON DELETE CASCADE,
    customer_id      INTEGER NOT NULL,
    related_id       INTEGER NOT NULL,
    relation         TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX relationship_news_created ON relationship_news(relation, created_at);

INSERT INTO relationship_news (relationship_id, customer_id, related_id, relation, created_at)
SELECT r.id, r.customer_id, r.related_id, r.relation, r.created_at FROM relationship r
JOIN customer c ON c.id = r.related_id WHERE substr(r.created_at, 1, 10) > substr(c.created_at, 1, 10);

-- The triggers. Each statement is plain SQL both engines read alike (the branch server runs the
-- same bodies as trigger functions).

CREATE TRIGGER payment_arrears_insert AFTER INSERT ON payment FOR EACH ROW WHEN NEW.status = 'due'
BEGIN
    INSERT INTO policy_arrears (policy_id, first_due, status, grace_days)
    SELECT p.id, NEW.due_date, p.status, p.grace_days FROM policy p WHERE p.id = NEW.policy_id
    ON CONFLICT (policy_id) DO UPDATE SET first_due = excluded.first_due
    WHERE excluded.first_due < policy_arrears.first_due;
END;

CREATE TRIGGER payment_arrears_update AFTER UPDATE OF status, due_date, policy_id ON payment FOR EACH ROW
WHEN OLD.status = 'due' OR NEW.status = 'due'
BEGIN
    DELETE FROM policy_arrears WHERE policy_id IN (OLD.policy_id, NEW.policy_id);
    INSERT INTO policy_arrears (policy_id, first_due, status, grace_days)
    SELECT p.id, (SELECT min(y.due_date) FROM payment y WHERE y.policy_id = p.id AND y.status = 'due'),
           p.status, p.grace_days
    FROM policy p WHERE p.id IN (OLD.policy_id, NEW.policy_id)
    AND EXISTS (SELECT 1 FROM payment y WHERE y.policy_id = p.id AND y.status = 'due');
END;

CREATE TRIGGER payment_arrears_delete AFTER DELETE ON payment FOR EACH ROW WHEN OLD.status = 'due'
BEGIN
    DELETE FROM policy_arrears WHERE policy_id = OLD.policy_id;
    INSERT INTO policy_arrears (policy_id, first_due, status, grace_days)
    SELECT p.id, (SELECT min(y.due_date) FROM payment y WHERE y.policy_id = p.id AND y.status = 'due'),
           p.status, p.grace_days
    FROM policy p WHERE p.id = OLD.policy_id
    AND EXISTS (SELECT 1 FROM payment y WHERE y.policy_id = p.id AND y.status = 'due');
END;

CREATE TRIGGER policy_arrears_status AFTER UPDATE OF status, grace_days ON policy FOR EACH ROW
BEGIN
    UPDATE policy_arrears SET status = NEW.status, grace_days = NEW.grace_days WHERE policy_id = NEW.id;
END;

CREATE TRIGGER customer_summary_insert AFTER INSERT ON customer FOR EACH ROW
BEGIN
    INSERT INTO cover_summary (customer_id, kind, lifecycle, birth_date, income)
    VALUES (NEW.id, NEW.kind, NEW.lifecycle, NEW.birth_date, coalesce(NEW.annual_income, -1));
END;

-- A raise is a known income recorded higher; its moment is the record's new version (the
-- store's clock). An income wiped (a destruction) takes its history with it.
CREATE TRIGGER customer_summary_update AFTER UPDATE OF kind, lifecycle, birth_date, annual_income ON customer
FOR EACH ROW
BEGIN
    UPDATE cover_summary SET
        kind = NEW.kind,
        lifecycle = NEW.lifecycle,
        birth_date = NEW.birth_date,
        income = coalesce(NEW.annual_income, -1),
        income_raised_at = CASE WHEN NEW.annual_income IS NULL THEN NULL
                                WHEN NEW.annual_income > OLD.annual_income THEN NEW.updated_at
                                ELSE income_raised_at END,
        income_before = CASE WHEN NEW.annual_income IS NULL THEN NULL
                             WHEN NEW.annual_income > OLD.annual_income THEN OLD.annual_income
                             ELSE income_before END
    WHERE customer_id = NEW.id;
END;

CREATE TRIGGER policy_summary_insert AFTER INSERT ON policy FOR EACH ROW
BEGIN
    UPDATE cover_summary SET
        holds_in_force = holds_in_force + CASE WHEN NEW.status = 'in_force' THEN 1 ELSE 0 END,
        newest_effective = CASE WHEN newest_effective IS NULL OR NEW.effective_date > newest_effective
                                THEN coalesce(NEW.effective_date, newest_effective) ELSE newest_effective END
    WHERE customer_id = NEW.policyholder_id;
    UPDATE cover_summary SET
        insured_in_force = insured_in_force + CASE WHEN NEW.status = 'in_force' THEN 1 ELSE 0 END
    WHERE customer_id = NEW.insured_id;
    UPDATE cover_summary SET
        newest_policy_at = CASE WHEN newest_policy_at IS NULL OR NEW.created_at > newest_policy_at
                                THEN NEW.created_at ELSE newest_policy_at END
    WHERE customer_id IN (NEW.policyholder_id, NEW.insured_id);
END;

CREATE TRIGGER policy_summary_update
AFTER UPDATE OF policyholder_id, insured_id, status, effective_date, created_at ON policy FOR EACH ROW
BEGIN
    UPDATE cover_summary SET
        holds_in_force = (SELECT count(*) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id
                          AND p.status = 'in_force'),
        newest_effective = (SELECT max(p.effective_date) FROM policy p
                            WHERE p.policyholder_id = cover_summary.customer_id),
        insured_in_force = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                            AND p.status = 'in_force'),
        insured_ci = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                      AND p.status = 'in_force' AND EXISTS (SELECT 1 FROM policy_cover v
                      WHERE v.policy_id = p.id AND v.kind = 'critical_illness')),
        newest_policy_at = (SELECT max(p.created_at) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id
                            OR p.insured_id = cover_summary.customer_id)
    WHERE customer_id IN (OLD.policyholder_id, OLD.insured_id, NEW.policyholder_id, NEW.insured_id);
END;

CREATE TRIGGER policy_summary_delete AFTER DELETE ON policy FOR EACH ROW
BEGIN
    UPDATE cover_summary SET
        holds_in_force = (SELECT count(*) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id
                          AND p.status = 'in_force'),
        newest_effective = (SELECT max(p.effective_date) FROM policy p
                            WHERE p.policyholder_id = cover_summary.customer_id),
        insured_in_force = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                            AND p.status = 'in_force'),
        insured_ci = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                      AND p.status = 'in_force' AND EXISTS (SELECT 1 FROM policy_cover v
                      WHERE v.policy_id = p.id AND v.kind = 'critical_illness')),
        newest_policy_at = (SELECT max(p.created_at) FROM policy p WHERE p.policyholder_id = cover_summary.customer_id
                            OR p.insured_id = cover_summary.customer_id)
    WHERE customer_id IN (OLD.policyholder_id, OLD.insured_id);
END;

CREATE TRIGGER cover_summary_ci_insert AFTER INSERT ON policy_cover FOR EACH ROW
WHEN NEW.kind = 'critical_illness'
BEGIN
    UPDATE cover_summary SET
        insured_ci = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                      AND p.status = 'in_force' AND EXISTS (SELECT 1 FROM policy_cover v
                      WHERE v.policy_id = p.id AND v.kind = 'critical_illness'))
    WHERE customer_id = (SELECT p.insured_id FROM policy p WHERE p.id = NEW.policy_id);
END;

CREATE TRIGGER cover_summary_ci_update AFTER UPDATE OF kind, policy_id ON policy_cover FOR EACH ROW
WHEN OLD.kind = 'critical_illness' OR NEW.kind = 'critical_illness'
BEGIN
    UPDATE cover_summary SET
        insured_ci = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                      AND p.status = 'in_force' AND EXISTS (SELECT 1 FROM policy_cover v
                      WHERE v.policy_id = p.id AND v.kind = 'critical_illness'))
    WHERE customer_id IN (SELECT p.insured_id FROM policy p WHERE p.id IN (OLD.policy_id, NEW.policy_id));
END;

CREATE TRIGGER cover_summary_ci_delete AFTER DELETE ON policy_cover FOR EACH ROW
WHEN OLD.kind = 'critical_illness'
BEGIN
    UPDATE cover_summary SET
        insured_ci = (SELECT count(*) FROM policy p WHERE p.insured_id = cover_summary.customer_id
                      AND p.status = 'in_force' AND EXISTS (SELECT 1 FROM policy_cover v
                      WHERE v.policy_id = p.id AND v.kind = 'critical_illness'))
    WHERE customer_id = (SELECT p.insured_id FROM policy p WHERE p.id = OLD.policy_id);
END;

CREATE TRIGGER relationship_news_insert AFTER INSERT ON relationship FOR EACH ROW
BEGIN
    INSERT INTO relationship_news (relationship_id, customer_id, related_id, relation, created_at)
    SELECT NEW.id, NEW.customer_id, NEW.related_id, NEW.relation, NEW.created_at FROM customer c
    WHERE c.id = NEW.related_id AND substr(NEW.created_at, 1, 10) > substr(c.created_at, 1, 10);
END;

CREATE TRIGGER relationship_news_update AFTER UPDATE OF customer_id, related_id, relation, created_at ON relationship
FOR EACH ROW
BEGIN
    DELETE FROM relationship_news WHERE relationship_id = NEW.id;
    INSERT INTO relationship_news (relationship_id, customer_id, related_id, relation, created_at)
    SELECT NEW.id, NEW.customer_id, NEW.related_id, NEW.relation, NEW.created_at FROM customer c
    WHERE c.id = NEW.related_id AND substr(NEW.created_at, 1, 10) > substr(c.created_at, 1, 10);
END;

-- Policies that pay an annuity (年金/养老/教育金: the business line, or a cover of that kind), by
-- status and expiry: the payouts coming up are a range of this index, not a walk over every
-- policy expiring soon.
CREATE TABLE annuity_policy (
    policy_id        INTEGER PRIMARY KEY REFERENCES policy(id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    expiry_date      TEXT,
    policyholder_id  INTEGER NOT NULL
);
CREATE INDEX annuity_policy_expiry ON annuity_policy(status, expiry_date);

INSERT INTO annuity_policy (policy_id, status, expiry_date, policyholder_id)
SELECT p.id, p.status, p.expiry_date, p.policyholder_id FROM policy p
WHERE p.business_line = 'annuity' OR EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'annuity');

CREATE TRIGGER annuity_policy_insert AFTER INSERT ON policy FOR EACH ROW WHEN NEW.business_line = 'annuity'
BEGIN
    INSERT INTO annuity_policy (policy_id, status, expiry_date, policyholder_id)
    VALUES (NEW.id, NEW.status, NEW.expiry_date, NEW.policyholder_id);
END;

CREATE TRIGGER annuity_policy_update
AFTER UPDATE OF business_line, status, expiry_date, policyholder_id ON policy FOR EACH ROW
BEGIN
    DELETE FROM annuity_policy WHERE policy_id = NEW.id;
    INSERT INTO annuity_policy (policy_id, status, expiry_date, policyholder_id)
    SELECT NEW.id, NEW.status, NEW.expiry_date, NEW.policyholder_id FROM policy p WHERE p.id = NEW.id
    AND (NEW.business_line = 'annuity'
         OR EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = NEW.id AND v.kind = 'annuity'));
END;

CREATE TRIGGER annuity_cover_insert AFTER INSERT ON policy_cover FOR EACH ROW WHEN NEW.kind = 'annuity'
BEGIN
    INSERT INTO annuity_policy (policy_id, status, expiry_date, policyholder_id)
    SELECT p.id, p.status, p.expiry_date, p.policyholder_id FROM policy p WHERE p.id = NEW.policy_id
    ON CONFLICT (policy_id) DO NOTHING;
END;

CREATE TRIGGER annuity_cover_change AFTER UPDATE OF kind, policy_id ON policy_cover FOR EACH ROW
WHEN OLD.kind = 'annuity' OR NEW.kind = 'annuity'
BEGIN
    DELETE FROM annuity_policy WHERE policy_id IN (OLD.policy_id, NEW.policy_id);
    INSERT INTO annuity_policy (policy_id, status, expiry_date, policyholder_id)
    SELECT p.id, p.status, p.expiry_date, p.policyholder_id FROM policy p WHERE p.id IN (OLD.policy_id, NEW.policy_id)
    AND (p.business_line = 'annuity'
         OR EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'annuity'));
END;

CREATE TRIGGER annuity_cover_delete AFTER DELETE ON policy_cover FOR EACH ROW WHEN OLD.kind = 'annuity'
BEGIN
    DELETE FROM annuity_policy WHERE policy_id = OLD.policy_id;
    INSERT INTO annuity_policy (policy_id, status, expiry_date, policyholder_id)
    SELECT p.id, p.status, p.expiry_date, p.policyholder_id FROM policy p WHERE p.id = OLD.policy_id
    AND (p.business_line = 'annuity'
         OR EXISTS (SELECT 1 FROM policy_cover v WHERE v.policy_id = p.id AND v.kind = 'annuity'));
END;

-- New personal-insurance policies by effective date, with what the callback list asks of them.
CREATE INDEX policy_new_personal ON policy(effective_date, expiry_date)
    WHERE status IN ('in_force', 'pending') AND renewal_of_id IS NULL AND business_line IN ('life', 'health', 'annuity');

-- Recent contacts of one purpose with the policy and customer they concern: the reminders,
-- greetings and calls that hide items, read from the index alone.
CREATE INDEX contact_purpose_policy ON contact(purpose, contacted_at, policy_id, customer_id);
