package org.caravan.ingest;

import java.util.Optional;
import org.caravan.model.PartialDate;

/**
 * What cleaning found in a page.
 *
 * @param head the part of the page where a dateline may stand (lines before the body and its first words)
 * @param metaDate a publication date from HTML metadata
 */
record Cleaned(Optional<String> title, String text, String head, Optional<PartialDate> metaDate) {
}
