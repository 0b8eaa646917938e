package org.caravan.explore;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored document as the views list it (no text): its id, title, outlet, language and publication date.
 *
 * @param outlet the host of its URL without "www.", else its feed, else the file it was read from
 * @param outletKnown whether {@code outlet} names a known outlet (URL host or feed), which {@code num_sources}
 *                    counts, rather than the file it was read from
 */
public record Source(String docId, Optional<String> title, String outlet, Optional<String> url,
                     Optional<String> lang, Optional<String> published, boolean outletKnown) {

    public Source {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(published, "published");
    }

    /** The outlet of a document: its URL's host, else its feed, else the file name of its source (without line number). */
    public static String outletOf(Optional<String> url, String source) {
        return org.caravan.stories.Outlets.of(url, source);
    }

    /** Whether a document's outlet is known (URL host or feed), not just the file it was read from. */
    public static boolean outletKnown(Optional<String> url, String source) {
        return org.caravan.stories.Outlets.known(url, source).isPresent();
    }
}
