-- agentbook schema, migration 10 (scan clean-up): a cleaned page names the original it was made from.
-- The cleaned copy (cropped, levelled, contrast stretched) is what the agent reads; the original,
-- exactly as photographed, is an attachment of its own and stays retrievable through this link.
-- Deleting the original leaves the copy standing; deleting the copy leaves the original.
ALTER TABLE attachment ADD COLUMN original_id INTEGER REFERENCES attachment(id) ON DELETE SET NULL;
