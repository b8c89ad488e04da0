-- Migration 6 (advice and service): the kinds of cover each policy and rider gives, the product
-- catalogue that suggests them, and the 保全 log of changes after issue.

-- One row per kind of cover of a policy's main contract (rider '') or of one of its riders.
-- until NULL: as long as the policy runs. deductible: medical cover only (免赔额).
CREATE TABLE policy_cover (
    id           INTEGER PRIMARY KEY,
    policy_id    INTEGER NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    rider        TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    sum_insured  INTEGER NOT NULL CHECK (sum_insured >= 0),
    deductible   INTEGER CHECK (deductible IS NULL OR (deductible >= 0 AND kind = 'medical')),
    until        TEXT,
    waiting_days INTEGER NOT NULL DEFAULT 0 CHECK (waiting_days BETWEEN 0 AND 730),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (policy_id, rider, kind)
);
-- The review reads a household's covers by policy; gaps by kind across the archive use this.
CREATE INDEX policy_cover_kind ON policy_cover(kind, policy_id);

-- The agent's catalogue of products: what each covers and for how long (usual_years 0 = 终身).
-- insurer '' is an entry for any insurer (a generic 百万医疗险).
CREATE TABLE product (
    id            INTEGER PRIMARY KEY,
    insurer       TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    business_line TEXT NOT NULL,
    kinds         TEXT NOT NULL CHECK (length(kinds) > 0),
    usual_years   INTEGER CHECK (usual_years IS NULL OR usual_years BETWEEN 0 AND 120),
    waiting_days  INTEGER NOT NULL DEFAULT 0,
    deductible    INTEGER,
    remarks       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (insurer, name)
);

-- 保全: changes to a policy after issue (beneficiary, policyholder, address, account, loan and
-- repayment, reinstatement, riders, surrender), each with its dates, status and materials.
CREATE TABLE policy_service (
    id          INTEGER PRIMARY KEY,
    policy_id   INTEGER NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    applied_on  TEXT NOT NULL,
    status      TEXT NOT NULL,
    materials   TEXT NOT NULL DEFAULT '',
    amount      INTEGER CHECK (amount IS NULL OR amount >= 0),
    done_on     TEXT,
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (done_on IS NULL OR done_on >= applied_on)
);
CREATE INDEX policy_service_policy ON policy_service(policy_id, applied_on);
