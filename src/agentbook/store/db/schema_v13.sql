-- agentbook schema, migration 13: the number of rows of each table a tab lists, kept as rows are
-- added and removed, so that a tab without a filter says how many it holds without counting them
-- (the payments of 300,000 customers: 0.2 s a count, most of it decrypting the index's pages
-- again). Derived data, like migration 12's summaries: nothing writes it but the triggers below.
--
-- local archive only: on a branch server every insert would wait on the same row until its
-- transaction ends, and each person sees other rows there (row-level security), so one number
-- could not be everyone's count. The branch's schema skips this block (``pg_schema.py``).
-- begin local archive only

CREATE TABLE row_count (
    name  TEXT PRIMARY KEY,
    n     INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO row_count (name, n)
SELECT 'customer', count(*) FROM customer
UNION ALL SELECT 'policy', count(*) FROM policy
UNION ALL SELECT 'payment', count(*) FROM payment
UNION ALL SELECT 'claim', count(*) FROM claim
UNION ALL SELECT 'contact', count(*) FROM contact
UNION ALL SELECT 'complaint', count(*) FROM complaint;

-- A REPLACE that deletes a row fires no delete trigger (recursive triggers are off): nothing in
-- the store inserts into these tables with REPLACE; a test holds every count to count(*).
CREATE TRIGGER customer_count_insert AFTER INSERT ON customer FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n + 1 WHERE name = 'customer';
END;
CREATE TRIGGER customer_count_delete AFTER DELETE ON customer FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n - 1 WHERE name = 'customer';
END;
CREATE TRIGGER policy_count_insert AFTER INSERT ON policy FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n + 1 WHERE name = 'policy';
END;
CREATE TRIGGER policy_count_delete AFTER DELETE ON policy FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n - 1 WHERE name = 'policy';
END;
CREATE TRIGGER payment_count_insert AFTER INSERT ON payment FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n + 1 WHERE name = 'payment';
END;
CREATE TRIGGER payment_count_delete AFTER DELETE ON payment FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n - 1 WHERE name = 'payment';
END;
CREATE TRIGGER claim_count_insert AFTER INSERT ON claim FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n + 1 WHERE name = 'claim';
END;
CREATE TRIGGER claim_count_delete AFTER DELETE ON claim FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n - 1 WHERE name = 'claim';
END;
CREATE TRIGGER contact_count_insert AFTER INSERT ON contact FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n + 1 WHERE name = 'contact';
END;
CREATE TRIGGER contact_count_delete AFTER DELETE ON contact FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n - 1 WHERE name = 'contact';
END;
CREATE TRIGGER complaint_count_insert AFTER INSERT ON complaint FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n + 1 WHERE name = 'complaint';
END;
CREATE TRIGGER complaint_count_delete AFTER DELETE ON complaint FOR EACH ROW
BEGIN
    UPDATE row_count SET n = n - 1 WHERE name = 'complaint';
END;

-- end local archive only
