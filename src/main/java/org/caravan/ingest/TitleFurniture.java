package org.caravan.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caravan.data.DataFileException;
import org.caravan.data.TsvLines;

/**
 * Tells the lines that are never a title: a byline, a photo or video credit, a source line, an unfinished phrase
 * ending with a preposition, article or conjunction ("The story appears on"; markers from
 * {@code ingest/title-furniture.tsv}), a URL, a line with '©' or an agency credit ("REUTERS/Kevin Lamarque"), a
 * line of fewer than three words made of letters (a date, "Page A9"). Immutable; thread-safe.
 */
final class TitleFurniture {

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|\\b[\\p{L}\\d-]+\\.(?:com|org|net|"
            + "info|ru|fr|de|es|uk|io|co)(?:/|\\b))");
    /** A URL token: what a line is made of, beside fewer than three words, when it is an address. */
    private static final Pattern URL_TOKEN = Pattern.compile("(?i)\\S*(?:https?://|www\\.|[\\p{L}\\d-]+\\.(?:com|org|net|"
            + "info|ru|fr|de|es|uk|io|co)(?:/|\\b))\\S*");
    private static final Pattern CREDIT = Pattern.compile("©|\\(c\\)|\\p{Lu}{2,}\\s*/\\s*\\p{Lu}|\\p{Ll}\\s*/\\s*\\p{Lu}{3,}\\b");

    private enum Kind { BYLINE, LABEL, ENDING }

    private record Marker(String text, Kind kind) {
    }

    private final List<Marker> markers;
    private final Set<String> endings;

    private TitleFurniture(List<Marker> markers) {
        this.markers = markers.stream().filter(m -> m.kind() != Kind.ENDING).toList();
        this.endings = markers.stream().filter(m -> m.kind() == Kind.ENDING).map(Marker::text).collect(Collectors.toUnmodifiableSet());
    }

    static TitleFurniture load() {
        String name = "ingest/title-furniture.tsv";
        try (InputStream in = TitleFurniture.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing");
            }
            List<Marker> out = new ArrayList<>();
            List<TsvLines.Line> lines = TsvLines.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            for (TsvLines.Line l : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (l.cells().size() != 3 || !List.of("byline", "label", "ending").contains(l.cells().get(1))
                        || l.cells().get(2).isBlank()) {
                    throw new DataFileException(name, l.number(), "expected lang, kind (byline, label or ending), marker");
                }
                out.add(new Marker(l.cells().get(2).strip().toLowerCase(Locale.ROOT),
                        Kind.valueOf(l.cells().get(1).toUpperCase(Locale.ROOT))));
            }
            return new TitleFurniture(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Whether the line is furniture that must never be taken for the title. */
    boolean test(String line) {
        String s = line.strip();
        boolean url = URL.matcher(s).lookingAt() || letterWords(URL_TOKEN.matcher(s).replaceAll(" ")) < 3;
        if (url || CREDIT.matcher(s).find() || letterWords(s) < 3) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (endings.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
            return true;
        }
        for (Marker m : markers) {
            if (!lower.startsWith(m.text()) || lower.length() == m.text().length()) {
                continue;
            }
            String rest = s.substring(m.text().length());
            if (m.kind() == Kind.LABEL ? rest.matches("^\\s*[:|].*") : rest.matches("^\\s+\\p{Lu}.*")) {
                return true;
            }
        }
        return false;
    }

    private static int letterWords(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.codePoints().filter(Character::isLetter).count() >= 2) {
                n++;
            }
        }
        return n;
    }
}
