package org.caravan.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light tense detection from a language's {@code tense.tsv} cues (auxiliaries, verb endings): the tense of
 * a time expression is that of the nearest cue in its sentence. Needs no NLP layer. Immutable and thread-safe.
 */
final class TenseCues {

    /** One cue: a regex whose match signals a tense. */
    record Cue(Tense tense, Pattern pattern) {
    }

    private static final int MAX_SENTENCE = 400;

    private final List<Cue> cues;

    TenseCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static TenseCues of(List<Tsv.Row> rows) {
        return new TenseCues(rows.stream().map(r -> {
            try {
                Tense t = Tense.valueOf(r.cell(0).strip().toUpperCase(java.util.Locale.ROOT));
                return new Cue(t, Pattern.compile(LanguageRules.bounded(r.cell(1)),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (IllegalArgumentException e) {
                throw r.error("bad tense cue: " + e.getMessage());
            }
        }).toList());
    }

    /** The tense of the expression at {@code [start, end)}: the nearest cue in its sentence, else NONE. */
    Tense at(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        String sentence = text.substring(from, to);
        Tense best = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue c : cues) {
            Matcher m = c.pattern().matcher(sentence);
            while (m.find()) {
                int s = from + m.start();
                int e = from + m.end();
                if (s < end && start < e) {
                    continue;
                }
                int d = e <= start ? start - e : s - end;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c.tense();
                }
            }
        }
        return best;
    }

    private static int sentenceStart(String text, int start) {
        int limit = Math.max(0, start - MAX_SENTENCE);
        for (int i = start - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && i > 1 && endsSentence(text.charAt(i - 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Whether a full stop after this character ends a sentence (not after an initial such as "M."). */
    private static boolean endsSentence(char before) {
        return Character.isLowerCase(before) || Character.isDigit(before) || ")\"»”'".indexOf(before) >= 0;
    }

    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + MAX_SENTENCE);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))) && i > 0 && endsSentence(text.charAt(i - 1)))) {
                return i;
            }
        }
        return limit;
    }
}
