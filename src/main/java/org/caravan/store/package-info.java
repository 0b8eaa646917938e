/**
 * The store: documents and their events in an embedded H2 database (a folder, {@code caravan.db} by default) or in
 * PostgreSQL, the schema managed by Flyway migrations under {@code db/migration}. A document is written with its
 * events in one transaction, so a killed run loses and doubles nothing; a document whose content and pipeline are
 * unchanged is skipped on the next run.
 */
package org.caravan.store;
