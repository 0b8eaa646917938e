/**
 * Ingestion: from files to clean documents. {@link org.caravan.ingest.Sources} streams raw documents from text,
 * HTML, JSON Lines, WARC and RSS/Atom files, turning every input problem into a
 * {@link org.caravan.ingest.SourceError}; {@link org.caravan.ingest.Ingestor} cleans the article text
 * (boilerplate removal for HTML and for scraped plain text), finds the title and the publication date;
 * {@link org.caravan.ingest.LanguageStage} detects the language. Formats, id rules and the cleaning method are
 * described in {@code docs/ingest.md}.
 */
package org.caravan.ingest;
