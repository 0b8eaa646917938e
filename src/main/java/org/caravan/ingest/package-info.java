/**
 * Ingestion: sources that stream raw documents from files (text, HTML, JSONL, WARC, feeds), boilerplate
 * removal, publication-date and language detection.
 */
package org.caravan.ingest;
