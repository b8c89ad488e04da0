-- agentbook schema, migration 1. Money in integer fen, dates ISO text, codes in English.

CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE archive_sequence (
    scope       TEXT PRIMARY KEY,
    next_value  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE customer (
    id                    INTEGER PRIMARY KEY,
    archive_no            TEXT NOT NULL UNIQUE,
    kind                  TEXT NOT NULL CHECK (kind IN ('individual','family','enterprise')),
    lifecycle             TEXT NOT NULL CHECK (lifecycle IN ('prospect','active','terminated')),
    name                  TEXT NOT NULL CHECK (length(name) > 0),
    gender                TEXT CHECK (gender IN ('male','female')),
    birth_date            TEXT,
    id_type               TEXT,
    id_number             TEXT NOT NULL DEFAULT '',
    mobile                TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    wechat                TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    occupation            TEXT NOT NULL DEFAULT '',
    employer              TEXT NOT NULL DEFAULT '',
    annual_income         INTEGER,
    risk_level            TEXT CHECK (risk_level IN ('low','medium','high')),
    value_tier            TEXT CHECK (value_tier IN ('high','medium','low')),
    protection_preference TEXT,
    risk_tolerance        TEXT,
    needs                 TEXT NOT NULL DEFAULT '',
    health_notes          TEXT NOT NULL DEFAULT '',
    financial_notes       TEXT NOT NULL DEFAULT '',
    source_channel        TEXT NOT NULL DEFAULT '',
    remarks               TEXT NOT NULL DEFAULT '',
    consent_date          TEXT,
    consent_scope         TEXT NOT NULL DEFAULT '',
    consent_sensitive     INTEGER NOT NULL DEFAULT 0,
    retention_until       TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX customer_name ON customer(name);
CREATE INDEX customer_kind ON customer(kind, lifecycle);
CREATE INDEX customer_lifecycle ON customer(lifecycle);
CREATE INDEX customer_id_number ON customer(id_number) WHERE id_number <> '';
CREATE INDEX customer_mobile ON customer(mobile) WHERE mobile <> '';
CREATE INDEX customer_birth_md ON customer(substr(birth_date, 6, 5)) WHERE birth_date IS NOT NULL;
CREATE INDEX customer_updated ON customer(updated_at);
CREATE INDEX customer_risk ON customer(risk_level);
CREATE INDEX customer_tier ON customer(value_tier);

CREATE TABLE customer_tag (
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tag_tag ON customer_tag(tag, customer_id);

CREATE TABLE relationship (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    related_id  INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    relation    TEXT NOT NULL,
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (customer_id <> related_id),
    UNIQUE (customer_id, related_id, relation)
);
CREATE INDEX relationship_related ON relationship(related_id);

CREATE TABLE policy (
    id              INTEGER PRIMARY KEY,
    policy_no       TEXT NOT NULL,
    insurer         TEXT NOT NULL,
    product         TEXT NOT NULL,
    business_line   TEXT NOT NULL,
    policyholder_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE RESTRICT,
    insured_id      INTEGER NOT NULL REFERENCES customer(id) ON DELETE RESTRICT,
    sum_insured     INTEGER NOT NULL CHECK (sum_insured >= 0),
    premium         INTEGER NOT NULL CHECK (premium >= 0),
    payment_mode    TEXT NOT NULL,
    payment_years   INTEGER NOT NULL DEFAULT 1,
    apply_date      TEXT,
    effective_date  TEXT,
    expiry_date     TEXT,
    status          TEXT NOT NULL,
    riders          TEXT NOT NULL DEFAULT '',
    renewal_of_id   INTEGER REFERENCES policy(id) ON DELETE SET NULL,
    commission      INTEGER,
    remarks         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (policy_no, insurer)
);
CREATE INDEX policy_no ON policy(policy_no);
CREATE INDEX policy_holder ON policy(policyholder_id);
CREATE INDEX policy_insured ON policy(insured_id);
CREATE INDEX policy_expiry ON policy(expiry_date);
CREATE INDEX policy_effective ON policy(effective_date);
CREATE INDEX policy_status ON policy(status);
CREATE INDEX policy_insurer ON policy(insurer);
CREATE INDEX policy_line ON policy(business_line);
CREATE INDEX policy_premium ON policy(premium);

CREATE TABLE beneficiary (
    id          INTEGER PRIMARY KEY,
    policy_id   INTEGER NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    id_number   TEXT NOT NULL DEFAULT '',
    relation    TEXT NOT NULL,
    share_bp    INTEGER NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),
    rank        INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX beneficiary_policy ON beneficiary(policy_id);
CREATE INDEX beneficiary_customer ON beneficiary(customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE payment (
    id          INTEGER PRIMARY KEY,
    policy_id   INTEGER NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    period      INTEGER NOT NULL CHECK (period >= 1),
    due_date    TEXT NOT NULL,
    amount_due  INTEGER NOT NULL CHECK (amount_due >= 0),
    paid_date   TEXT,
    amount_paid INTEGER,
    method      TEXT,
    receipt_no  TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (policy_id, period)
);
CREATE INDEX payment_due ON payment(due_date);
CREATE INDEX payment_status_due ON payment(status, due_date);
CREATE INDEX payment_amount ON payment(amount_due);

CREATE TABLE claim (
    id             INTEGER PRIMARY KEY,
    claim_no       TEXT NOT NULL UNIQUE,
    policy_id      INTEGER NOT NULL REFERENCES policy(id) ON DELETE RESTRICT,
    claimant_id    INTEGER NOT NULL REFERENCES customer(id) ON DELETE RESTRICT,
    incident_date  TEXT NOT NULL,
    filed_date     TEXT NOT NULL,
    cause          TEXT NOT NULL,
    amount_claimed INTEGER NOT NULL CHECK (amount_claimed >= 0),
    amount_paid    INTEGER,
    status         TEXT NOT NULL,
    decision_date  TEXT,
    remarks        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX claim_policy ON claim(policy_id);
CREATE INDEX claim_claimant ON claim(claimant_id);
CREATE INDEX claim_status ON claim(status, filed_date);
CREATE INDEX claim_filed ON claim(filed_date);

CREATE TABLE claim_material (
    id        INTEGER PRIMARY KEY,
    claim_id  INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    received  INTEGER NOT NULL DEFAULT 0,
    position  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (claim_id, name)
);

CREATE TABLE claim_status_history (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claim_status_history_claim ON claim_status_history(claim_id, changed_at);

CREATE TABLE contact (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    policy_id      INTEGER REFERENCES policy(id) ON DELETE SET NULL,
    claim_id       INTEGER REFERENCES claim(id) ON DELETE SET NULL,
    contacted_at   TEXT NOT NULL,
    channel        TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    summary        TEXT NOT NULL,
    outcome        TEXT NOT NULL DEFAULT '',
    follow_up_date TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX contact_customer ON contact(customer_id, contacted_at);
CREATE INDEX contact_at ON contact(contacted_at);
CREATE INDEX contact_follow_up ON contact(follow_up_date) WHERE follow_up_done = 0 AND follow_up_date IS NOT NULL;

-- Append-only, hash-chained record of every write.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    customer_id INTEGER,
    summary     TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_customer ON audit_log(customer_id, at) WHERE customer_id IS NOT NULL;
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Search: trigram full text for 3+ characters, n-grams for the 1–2 character queries
-- (most Chinese names are 2–3 characters) that a trigram index cannot answer.
CREATE VIRTUAL TABLE customer_fts USING fts5(
    name, pinyin, initials, archive_no, mobile, id_number, policy_nos, other,
    tokenize = 'trigram'
);
CREATE TABLE customer_gram (
    gram        TEXT NOT NULL,
    pos         INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (gram, pos, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_gram_customer ON customer_gram(customer_id);
