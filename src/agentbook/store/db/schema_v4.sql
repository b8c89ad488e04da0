-- Migration 4 (trust): audit sealing keys, destruction records, consent history, data-subject
-- requests, and retention dates for customers already terminated.

-- One random key per customer (a new one after each destruction of that id); rows of the audit
-- log about a customer are sealed under it. Deleting a customer's keys shreds those details.
CREATE TABLE audit_key (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    key         BLOB NOT NULL CHECK (length(key) = 32),
    created_at  TEXT NOT NULL
);
CREATE INDEX audit_key_customer ON audit_key(customer_id, id);

-- What was destroyed, when, how, by whom and why; never the destroyed data itself.
CREATE TABLE destruction_record (
    id            INTEGER PRIMARY KEY,
    archive_no    TEXT NOT NULL,
    customer_ref  INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    destroyed_at  TEXT NOT NULL,
    method        TEXT NOT NULL,
    actor         TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    removed_json  TEXT NOT NULL,
    tombstone     INTEGER NOT NULL DEFAULT 0,
    audit_id      INTEGER,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX destruction_record_customer ON destruction_record(customer_ref);
CREATE TRIGGER destruction_record_no_update BEFORE UPDATE ON destruction_record
BEGIN SELECT RAISE(ABORT, 'destruction_record is append-only'); END;
CREATE TRIGGER destruction_record_no_delete BEFORE DELETE ON destruction_record
BEGIN SELECT RAISE(ABORT, 'destruction_record is append-only'); END;

-- Consent as it was given and withdrawn (PIPL Arts. 14, 15, 29, 31); the customer row keeps
-- the current state (consent_date, consent_scope, consent_sensitive) for lists and sheets.
CREATE TABLE consent_event (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('general', 'sensitive', 'guardian')),
    action            TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    on_date           TEXT NOT NULL,
    scope             TEXT NOT NULL DEFAULT '',
    channel           TEXT NOT NULL DEFAULT '',
    guardian_name     TEXT NOT NULL DEFAULT '',
    guardian_relation TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX consent_event_customer ON consent_event(customer_id, on_date);

-- Requests of data subjects (PIPL Arts. 44–50) and how they were answered.
CREATE TABLE subject_request (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER REFERENCES customer(id) ON DELETE SET NULL,
    archive_no   TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    received_on  TEXT NOT NULL,
    channel      TEXT NOT NULL DEFAULT '',
    details      TEXT NOT NULL DEFAULT '',
    due_on       TEXT,
    answered_on  TEXT,
    answer       TEXT NOT NULL DEFAULT '',
    handled_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX subject_request_customer ON subject_request(customer_id);
CREATE INDEX subject_request_open ON subject_request(answered_on, received_on);

CREATE INDEX customer_retention ON customer(retention_until) WHERE lifecycle = 'terminated';

-- Customers terminated before retention dates existed keep them for the default period.
UPDATE customer SET retention_until = date(substr(updated_at, 1, 10), '+10 years')
WHERE lifecycle = 'terminated' AND retention_until IS NULL;
