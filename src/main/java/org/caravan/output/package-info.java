/**
 * The output folder: {@code documents.jsonl} and {@code events.jsonl}, one JSON object a line, in the schema
 * documented in {@code docs/output.md} and {@code docs/events.schema.json}; and the events timeline printed at the
 * end of {@code caravan analyze}.
 */
package org.caravan.output;
