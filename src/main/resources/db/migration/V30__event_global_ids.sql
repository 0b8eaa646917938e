-- Caravan store, version 30: a number for each stored event that stays the same across exports and re-runs
-- (the GLOBALEVENTID of GDELT exports). Numbers come from the one-row counter below, taken under its row lock, so
-- concurrent writers never hand out the same number. Rows stored before this version get theirs when the store is
-- next opened (JdbcStore), in (doc_id, seq) order.
CREATE TABLE id_counters (
    name    VARCHAR(32) NOT NULL PRIMARY KEY,
    next_id BIGINT      NOT NULL
);
INSERT INTO id_counters (name, next_id) VALUES ('event', 1);
ALTER TABLE events ADD COLUMN global_id BIGINT;
CREATE UNIQUE INDEX events_global_id ON events (global_id);
