-- Caravan store, version 1: documents and the events coded from them.
-- Written in the SQL that both H2 2.x and PostgreSQL accept; TEXT is unbounded in both.
CREATE TABLE documents (
    doc_id              VARCHAR(1024) NOT NULL PRIMARY KEY,
    content_hash        CHAR(64)      NOT NULL,
    pipeline            VARCHAR(1024) NOT NULL,
    source              TEXT          NOT NULL,
    url                 TEXT,
    title               TEXT,
    published           VARCHAR(10),
    published_precision VARCHAR(16),
    published_origin    VARCHAR(16),
    lang                VARCHAR(16),
    clean_text          TEXT          NOT NULL,
    status              VARCHAR(8)    NOT NULL,
    reason              TEXT,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE events (
    doc_id     VARCHAR(1024) NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    seq        INTEGER       NOT NULL,
    event_id   VARCHAR(1024) NOT NULL,
    cameo      VARCHAR(8)    NOT NULL,
    event_date VARCHAR(10),
    body       TEXT          NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX documents_status ON documents (status);
