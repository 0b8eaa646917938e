-- Caravan store, version 20: the cross-document merge and the stories kept in the store, so that analyze updates
-- them for the documents it stores without recomputing the archive (docs/stories.md, "Kept in the store").
-- merge_pending: documents saved since the merge step last ran (save() adds the row in its own transaction).
-- merge_tellings: the merge block (actor pair, code group, year) of each stored telling the merge step has seen.
-- merged_events: one row per happening (a telling alone, or the tellings of several documents), by merge block.
-- story_keys: the blocks of the story grouping each merged event is in (pair, article and actor, place, group).
-- stories: one row per story; merged_events.story_id names it.
CREATE TABLE merge_pending (
    doc_id VARCHAR(1024) NOT NULL PRIMARY KEY
);
INSERT INTO merge_pending (doc_id) SELECT doc_id FROM documents;

CREATE TABLE merge_tellings (
    doc_id      VARCHAR(1024) NOT NULL,
    seq         INTEGER       NOT NULL,
    merge_block VARCHAR(512)  NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX merge_tellings_block ON merge_tellings (merge_block);

CREATE TABLE merged_events (
    event_id    VARCHAR(1024) NOT NULL PRIMARY KEY,
    merge_block VARCHAR(512)  NOT NULL,
    story_id    VARCHAR(1100),
    event_date  VARCHAR(10),
    body        TEXT          NOT NULL
);
CREATE INDEX merged_events_block ON merged_events (merge_block);
CREATE INDEX merged_events_story ON merged_events (story_id);

CREATE TABLE story_keys (
    story_key VARCHAR(2048) NOT NULL,
    event_id  VARCHAR(1024) NOT NULL
);
CREATE INDEX story_keys_key ON story_keys (story_key);
CREATE INDEX story_keys_event ON story_keys (event_id);

CREATE TABLE stories (
    story_id   VARCHAR(1100) NOT NULL PRIMARY KEY,
    start_date VARCHAR(10),
    body       TEXT          NOT NULL
);
