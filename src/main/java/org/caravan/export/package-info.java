/**
 * Exports of the stored events in other tools' formats: GDELT 2.0 Event and Mentions tables, CSV, JSON lines. The
 * {@link org.caravan.export.Exporter} streams the store twice through the cross-document merge and hands each event
 * to an {@link org.caravan.export.EventSink}; {@link org.caravan.export.GdeltCodes} holds the code tables (data
 * files under {@code /export/}). docs/exports.md maps every field.
 */
package org.caravan.export;
