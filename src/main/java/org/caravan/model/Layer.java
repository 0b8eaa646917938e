package org.caravan.model;

/** The annotation layers a document can carry; stages declare which they need and which they add. */
public enum Layer {
    /** Clean text and metadata (id, url, title, publication date): present from ingestion on. */
    TEXT,
    LANGUAGE,
    SENTENCES,
    TOKENS,
    LEMMAS,
    POS,
    ENTITIES,
    DEPENDENCIES,
    /** Actor and place mentions resolved to the knowledge base. */
    MENTIONS,
    TIMEX,
    EVENTS
}
