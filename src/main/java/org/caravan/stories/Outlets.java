package org.caravan.stories;

import java.util.Optional;

/**
 * The outlet of a document, as {@code num_sources} counts it and the API names it: the host of its URL (without
 * {@code www.}), else the file or feed it was read from (without the record number). Stateless and thread-safe.
 */
public final class Outlets {

    private Outlets() {
    }

    public static String of(Optional<String> url, String source) {
        if (url.isPresent()) {
            try {
                String host = java.net.URI.create(url.get().strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI: fall back to the file
            }
        }
        String file = source.replaceFirst(":[0-9]+$", "");
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
