-- agentbook schema, migration 11 (a branch's people): who owns a customer, who else may see them,
-- changes waiting for the manager's approval, and who looked at whom.
-- On a local archive the one agent owns everything: owner stays NULL and the other tables stay
-- empty. On a branch server the rules that use them (roles, row-level security, the approval
-- functions) are installed by ``branch init`` (store/branch/rules.sql).

-- The login of the agent responsible for the customer (NULL: the archive's one agent).
ALTER TABLE customer ADD COLUMN owner TEXT;
CREATE INDEX customer_owner ON customer(owner, id);

-- A customer shared with a colleague: they see the customer and the records around them; changes
-- still go through the owner or the manager's approval.
CREATE TABLE customer_share (
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    person      TEXT NOT NULL,
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    PRIMARY KEY (customer_id, person)
);
CREATE INDEX customer_share_person ON customer_share(person, customer_id);

-- 信息变更申请: a change to fields the branch has declared as needing approval, applied only when
-- a manager other than the requester approves it. changes_json: {"field": [before, after], ...}.
CREATE TABLE change_request (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    entity        TEXT NOT NULL,
    entity_id     INTEGER NOT NULL,
    changes_json  TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    requested_by  TEXT NOT NULL,
    requested_at  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','withdrawn')),
    decided_by    TEXT,
    decided_at    TEXT,
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_request_status ON change_request(status, requested_at);
CREATE INDEX change_request_requester ON change_request(requested_by, requested_at);
CREATE INDEX change_request_customer ON change_request(customer_id);

-- Who looked at whom: opening a customer's 360 view, revealing a masked field, printing, exporting.
-- Append-only, like the audit log.
CREATE TABLE access_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    person      TEXT NOT NULL,
    action      TEXT NOT NULL,
    customer_id INTEGER,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_log_person ON access_log(person, at);
CREATE INDEX access_log_customer ON access_log(customer_id, at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
