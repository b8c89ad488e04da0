-- Migration 5 (archive): attachments kept encrypted inside the database, paper files and their
-- loans, commissions expected and received, and the merges of duplicate customers with their
-- undo records.

-- What a file is, for lists: small rows, read often. The bytes live in attachment_content so a
-- list of a hundred scans never pages through megabytes.
CREATE TABLE attachment (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    policy_id    INTEGER REFERENCES policy(id) ON DELETE SET NULL,
    claim_id     INTEGER REFERENCES claim(id) ON DELETE SET NULL,
    category     TEXT NOT NULL CHECK (length(trim(category)) > 0),
    file_name    TEXT NOT NULL CHECK (length(file_name) > 0),
    mime_type    TEXT NOT NULL,
    size         INTEGER NOT NULL CHECK (size > 0),
    sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    remarks      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX attachment_customer ON attachment(customer_id, created_at);
CREATE INDEX attachment_policy ON attachment(policy_id) WHERE policy_id IS NOT NULL;
CREATE INDEX attachment_claim ON attachment(claim_id, category) WHERE claim_id IS NOT NULL;

-- The file itself and its thumbnail (a small PNG made by the UI), encrypted at rest with every
-- other page of the database.
CREATE TABLE attachment_content (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    thumbnail     BLOB,
    data          BLOB NOT NULL
);

-- Where a customer's paper file is kept: cabinet (柜), box (盒), folder (卷/夹).
CREATE TABLE paper_location (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL UNIQUE REFERENCES customer(id) ON DELETE CASCADE,
    cabinet     TEXT NOT NULL DEFAULT '',
    box         TEXT NOT NULL DEFAULT '',
    folder      TEXT NOT NULL DEFAULT '',
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (length(cabinet) + length(box) + length(folder) > 0)
);

-- Who borrowed a customer's paper file, when, until when, and when it came back.
CREATE TABLE loan (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    borrower    TEXT NOT NULL CHECK (length(trim(borrower)) > 0),
    purpose     TEXT NOT NULL DEFAULT '',
    lent_on     TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    returned_on TEXT,
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (due_on >= lent_on),
    CHECK (returned_on IS NULL OR returned_on >= lent_on)
);
CREATE INDEX loan_customer ON loan(customer_id, lent_on);
-- Open loans by due date: the Today list of overdue files and its count read only this index.
CREATE INDEX loan_open_due ON loan(due_on, customer_id) WHERE returned_on IS NULL;

-- The commission a policy should earn: a rate of the premium paid or a fixed amount per
-- instalment, for a range of policy years (year 1 = first year, later years = renewals).
CREATE TABLE commission_rule (
    id          INTEGER PRIMARY KEY,
    policy_id   INTEGER NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    year_from   INTEGER NOT NULL CHECK (year_from >= 1),
    year_to     INTEGER CHECK (year_to IS NULL OR year_to >= year_from),
    rate_bp     INTEGER CHECK (rate_bp IS NULL OR (rate_bp >= 0 AND rate_bp <= 10000)),
    amount      INTEGER CHECK (amount IS NULL OR amount >= 0),
    remarks     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((rate_bp IS NULL) <> (amount IS NULL))
);
CREATE INDEX commission_rule_policy ON commission_rule(policy_id, year_from);

-- Commission the insurer actually paid, against a policy's instalment (period).
CREATE TABLE commission_receipt (
    id           INTEGER PRIMARY KEY,
    policy_id    INTEGER NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    period       INTEGER NOT NULL CHECK (period >= 1),
    received_on  TEXT NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount >= 0),
    statement_no TEXT NOT NULL DEFAULT '',
    remarks      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX commission_receipt_policy ON commission_receipt(policy_id, period);
CREATE INDEX commission_receipt_on ON commission_receipt(received_on);
-- Reconciliation reads paid instalments by the day they were paid.
CREATE INDEX payment_paid_on ON payment(paid_date, policy_id) WHERE status = 'paid';

-- Merges of duplicate customers: what moved where, and (for the newest one only) every row the
-- merge changed, before and after, so it can be undone exactly. Undoing removes the row; the
-- audit log keeps the history.
CREATE TABLE merge_record (
    id                INTEGER PRIMARY KEY,
    kept_id           INTEGER NOT NULL,
    merged_id         INTEGER NOT NULL,
    merged_archive_no TEXT NOT NULL,
    merged_name       TEXT NOT NULL,
    moved_json        TEXT NOT NULL,
    undo_json         TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

-- Pairs the agent has looked at and said are two different people (lower id first).
CREATE TABLE not_duplicate (
    low_id     INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    high_id    INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
) WITHOUT ROWID;
CREATE INDEX not_duplicate_high ON not_duplicate(high_id);
