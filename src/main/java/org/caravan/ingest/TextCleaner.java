package org.caravan.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cleans scraped plain text, where the page furniture came along with the article. Works on lines and general
 * signals only: a line is prose when it is long and ends like a sentence; the article runs from the headline
 * to the last prose line, so that trailing tickers, bylines, comment forms and newsletter boxes fall away;
 * a listing (a time or date stamp such as {@code 15:33} on its own line, three times or more, among items
 * of under twenty words) cuts the text where it starts; short lines repeated in the body (photo credits) and repeated captions are dropped.
 * Immutable and thread-safe.
 */
final class TextCleaner {

    private static final int LEAD_CHARS = 120;
    /** A time or date stamp once digits are mapped to 0: 00:00, 00h00, 00/00, 00/00/0000. */
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile("0{1,2}[:h/]0{2}(?:[/.]0{2,4})?");

    /** An unfinished last paragraph (cut in mid-sentence) is kept from this many words on. */
    private static final int UNFINISHED_WORDS = 10;

    private final Datelines datelines;
    private final TitleFurniture furniture = TitleFurniture.load();

    TextCleaner(Datelines datelines) {
        this.datelines = datelines;
    }

    Cleaned clean(String raw) {
        List<String> lines = lines(raw);
        int end = listingStart(lines);
        List<String> body = lines.subList(0, end);
        int titleAt = title(body);
        int first = firstProse(body, titleAt + 1);
        int last = unfinishedEnd(body, lastProse(body));
        if (first < 0 || last < 0) {
            return new Cleaned(Optional.empty(), String.join("\n\n", body), String.join("\n", body), "", Optional.empty());
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.max(first, titleAt + 1) && i < body.size(); i++) {
            head.append(body.get(i)).append('\n');
        }
        Optional<String> title = titleAt < 0 ? Optional.empty() : Optional.of(stripDateline(body.get(titleAt)));
        List<String> kept = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        body.forEach(l -> counts.merge(l, 1, Integer::sum));
        String previous = "";
        for (int i = 0; i <= last; i++) {
            String l = i == titleAt ? title.get() : body.get(i);
            boolean furniture = i < first && i != titleAt && !prose(l) && !sentenceLike(l);
            boolean repeatedShort = i != titleAt && counts.get(body.get(i)) > 1 && words(l) <= 8;
            boolean titleAgain = i > titleAt && titleAt >= 0 && letters(l).equalsIgnoreCase(letters(title.get()));
            if (furniture || repeatedShort || titleAgain || sameText(l, previous)) {
                continue;
            }
            kept.add(l);
            previous = l;
        }
        String lead = body.get(first).length() > LEAD_CHARS ? body.get(first).substring(0, LEAD_CHARS) : body.get(first);
        return new Cleaned(title, String.join("\n\n", kept), head.toString(), lead, Optional.empty());
    }

    /** Non-blank lines, white space normalised; a line wrapped inside a paragraph is joined to its start. */
    static List<String> lines(String raw) {
        List<String> out = new ArrayList<>();
        boolean blankBefore = true;
        for (String l : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String s = l.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
            if (s.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (!blankBefore && !out.isEmpty() && continues(out.get(out.size() - 1), s)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            } else {
                out.add(s);
            }
            blankBefore = false;
        }
        return out;
    }

    /** Whether a line reads as the continuation of the previous one (hard-wrapped prose). */
    private static boolean continues(String previous, String line) {
        char end = previous.charAt(previous.length() - 1);
        return ".!?…:;»\"”)".indexOf(end) < 0 && Character.isLowerCase(line.codePointAt(0))
                && words(previous) >= 4;
    }

    /** A line that reads as a sentence rather than a menu or a byline: six words or more, many in lower case. */
    static boolean sentenceLike(String line) {
        int words = 0;
        int lower = 0;
        for (String w : line.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isLowerCase(w.codePointAt(0))) {
                    lower++;
                }
            }
        }
        return words >= 6 && lower * 5 >= words * 2;
    }

    static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean w = Character.isLetterOrDigit(line.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** A line that reads as running text: long enough and ending as a sentence does, or very long. */
    static boolean prose(String line) {
        int w = words(line);
        String s = line.strip().replaceAll("[\"'”’“‘»«›‹)\\]\\s]+$", "");
        boolean sentence = !s.isEmpty() && ".!…".indexOf(s.charAt(s.length() - 1)) >= 0;
        return (w >= 8 && sentence) || w >= 30;
    }

    /** A line that reads as a headline: a few words, one at least in lower case (menus have none), no final full stop. */
    static boolean headline(String line) {
        int w = words(line);
        String s = line.strip();
        char last = s.charAt(s.length() - 1);
        return w >= 4 && w <= 30 && last != '.' && last != ',' && last != ';' && last != ':'
                && Character.isLetterOrDigit(s.codePointAt(0))
                && java.util.Arrays.stream(s.split("\\s+")).anyMatch(x -> !x.isEmpty() && Character.isLowerCase(x.codePointAt(0)));
    }

    /** Index of the headline among the first lines, -1 when none looks like one. */
    private int title(List<String> lines) {
        int limit = Math.min(lines.size(), 6);
        int proseSeen = 0;
        for (int i = 0; i < limit && proseSeen < 2; i++) {
            String l = stripDateline(lines.get(i));
            if (prose(l)) {
                proseSeen++;
            } else if (!l.isEmpty() && headline(l) && !furniture.test(l)) {
                return i;
            }
        }
        return -1;
    }

    private String stripDateline(String line) {
        for (Datelines.Found f : datelines.all(line, true)) {
            if (line.substring(0, f.start()).replaceAll("[^\\p{L}\\d]", "").length() <= 6) {
                String rest = line.substring(f.end()).replaceFirst("^[\\s.,:;|\\-–—]+", "");
                return rest.isEmpty() ? line : rest;
            }
        }
        return line;
    }

    private static int firstProse(List<String> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (prose(lines.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (prose(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last line to keep: the last prose line, or the line after it when that one ends the text unfinished (an
     * excerpt cut in mid-sentence): sentence-like, {@value #UNFINISHED_WORDS} words or more, no final punctuation.
     */
    private static int unfinishedEnd(List<String> lines, int last) {
        if (last < 0 || last + 1 != lines.size() - 1) {
            return last;
        }
        String l = lines.get(last + 1).strip();
        char end = l.charAt(l.length() - 1);
        boolean open = Character.isLetterOrDigit(end) || end == ',' || end == '-' || end == '–';
        return open && sentenceLike(l) && words(l) >= UNFINISHED_WORDS ? last + 1 : last;
    }

    private static int lastProse(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (prose(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where a listing of items starts (a short line shape repeated three times or more), or the end. */
    static int listingStart(List<String> lines) {
        Map<String, Integer> shapes = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (words(l) <= 2 && l.length() <= 20) {
                String shape = l.replaceAll("\\d", "0");
                shapes.merge(shape, 1, Integer::sum);
                firstAt.putIfAbsent(shape, i);
            }
        }
        int cut = lines.size();
        for (Map.Entry<String, Integer> e : shapes.entrySet()) {
            int at = firstAt.get(e.getKey());
            if (e.getValue() >= 3 && STAMP.matcher(e.getKey()).matches() && at >= lines.size() / 3 && at < cut
                    && meanWords(lines.subList(at, lines.size())) < 20) {
                cut = at;
            }
        }
        return cut;
    }

    /** Mean number of words of the lines of more than two words: short items, not paragraphs. */
    private static double meanWords(List<String> lines) {
        return lines.stream().mapToInt(TextCleaner::words).filter(n -> n > 2).average().orElse(0);
    }

    private static boolean sameText(String a, String b) {
        if (a.length() < 40 || Math.abs(a.length() - b.length()) > 3) {
            return false;
        }
        return letters(a).equals(letters(b));
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\d]", "");
    }
}
