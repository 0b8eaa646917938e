/**
 * Running the pipeline over sources: a bounded pool of workers (one pipeline per worker unless the pipeline is
 * thread-safe), the analysis behind {@code caravan analyze} (ingest, process, store, skipping finished work) and
 * the in-memory measurement behind {@code caravan bench}.
 */
package org.caravan.run;
