package org.caravan.stories;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outlet of a document, as {@code num_sources} counts it and the API names it: the host of its URL (without
 * {@code www.}), else the outlet its source named (a JSONL {@code outlet}, {@code site} or {@code source} field), else
 * the feed it was read from (an RSS or Atom file: one outlet's feed). A document read from a plain file or a JSONL
 * line with neither a URL nor an outlet field has no known outlet: the file it came from says nothing of who published it
 * (one JSONL file often gathers many outlets), so it is not counted as one. Stateless and thread-safe.
 */
public final class Outlets {

    /** Where a feed item was read: {@code FILE.rss#N} (also .atom, .xml, gzipped). */
    private static final Pattern FEED_ITEM = Pattern.compile("(?i).*\\.(rss|atom|xml)(\\.gz)?#[0-9]+$");

    private Outlets() {
    }

    /**
     * The known outlet of a document: its URL's host, else the outlet its source named (a host when it is a URL or
     * a domain, "www." dropped; else the name as given), else its feed's file name; empty when unknown.
     */
    public static Optional<String> known(Optional<String> url, Optional<String> named, String source) {
        Optional<String> host = known(url, "");
        if (host.isPresent()) {
            return host;
        }
        Optional<String> name = named.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent()) {
            String n = name.get();
            Optional<String> asUrl = known(Optional.of(n.contains("://") ? n : "https://" + n), "");
            return n.matches("(?i)([a-z]+://)?(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?") ? asUrl : name;
        }
        return known(Optional.empty(), source);
    }

    /** The known outlet of a document: its URL's host, else its feed's file name; empty when unknown. */
    public static Optional<String> known(Optional<String> url, String source) {
        if (url.isPresent()) {
            try {
                String host = java.net.URI.create(url.get().strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI: no host to name the outlet
            }
        }
        return FEED_ITEM.matcher(source).matches() ? Optional.of(fileName(source.replaceFirst("#[0-9]+$", "")))
                : Optional.empty();
    }

    /**
     * A name to show for the outlet of a document: its known outlet, else the file it was read from (without the
     * record number), which the views show as where it came from, not as an outlet {@code num_sources} counts.
     */
    public static String of(Optional<String> url, String source) {
        return known(url, source).orElseGet(() -> fileName(source.replaceFirst("[:#][0-9]+$", "")));
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
