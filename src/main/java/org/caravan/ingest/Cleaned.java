package org.caravan.ingest;

import java.util.Optional;
import org.caravan.model.PartialDate;

/**
 * What cleaning found in a page.
 *
 * @param head the lines before the article body, where a dateline of any precision may stand
 * @param lead the first words of the body, where only a full dateline (day, month, year) is trusted
 * @param metaDate a publication date from HTML metadata
 */
record Cleaned(Optional<String> title, String text, String head, String lead, Optional<PartialDate> metaDate) {
}
