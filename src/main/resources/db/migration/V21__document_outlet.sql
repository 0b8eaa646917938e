-- Caravan store, stories range: the outlet a document's source named (a JSONL "outlet", "site" or "source" field),
-- which num_sources counts when the document has no URL. NULL when the source named none.
ALTER TABLE documents ADD COLUMN outlet TEXT;
