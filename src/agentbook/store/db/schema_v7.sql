-- Migration 7 (reading scans): the text the local OCR engine read in an attachment.

-- One row per attachment that was read. The text is personal data like the scan: it belongs to
-- the attachment's customer (customer_id, so destruction and the data-subject export find it)
-- and goes with the attachment when that is deleted. Pages are joined by form feeds.
CREATE TABLE attachment_text (
    id                INTEGER PRIMARY KEY,
    attachment_id     INTEGER NOT NULL UNIQUE REFERENCES attachment(id) ON DELETE CASCADE,
    customer_id       INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    text              TEXT NOT NULL,
    pages             INTEGER NOT NULL CHECK (pages >= 0),
    engine            TEXT NOT NULL CHECK (length(engine) > 0),
    proposed_category TEXT NOT NULL DEFAULT '',
    truncated         INTEGER NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX attachment_text_customer ON attachment_text(customer_id);
