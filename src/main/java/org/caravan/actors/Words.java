package org.caravan.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light tokenizer: words (letters and digits, with a trailing abbreviation dot for one-letter words such as
 * "M."), the wildcard {@code *} used in data phrases, and sentence numbers from end punctuation and line breaks.
 * Hyphens and apostrophes separate words. Stateless and thread-safe.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\*");
    private static final int MAX_TEXT = 2_000_000;

    /**
     * One word.
     *
     * @param sentence its sentence number
     * @param gapBefore the characters between the previous word and this one
     * @param key       its index key (see {@link Normalizer#key(String)})
     * @param afterInitial whether the previous word is one capital letter (U.S., M. Tokaïev)
     */
    record Word(int start, int end, String text, int sentence, String gapBefore, String key, boolean afterInitial) {

        Word(int start, int end, String text, int sentence, String gapBefore, boolean afterInitial) {
            this(start, end, text, sentence, gapBefore, text.equals("*") ? "*" : Normalizer.key(text), afterInitial);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean allCaps() {
            if (text.length() < 2) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether only spaces, hyphens or apostrophes separate this word from the previous one (or the dot of an
         * initial: U.S.).
         */
        boolean joined() {
            for (int i = 0; i < gapBefore.length(); i++) {
                char c = gapBefore.charAt(i);
                if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '’' && c != '‑' && c != '\u00a0'
                        && c != '+' && !(c == '.' && afterInitial)) {
                    return false;
                }
            }
            return gapBefore.indexOf('\n') < 0;
        }
    }

    private Words() {
    }

    static List<Word> split(String text) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        int sentence = 0;
        int last = 0;
        while (m.find()) {
            String gap = t.substring(last, m.start());
            if (!words.isEmpty() && endsSentence(gap, words.get(words.size() - 1))) {
                sentence++;
            }
            boolean initial = !words.isEmpty() && isInitial(words.get(words.size() - 1));
            words.add(new Word(m.start(), m.end(), m.group(), sentence, gap, initial));
            last = m.end();
        }
        return words;
    }

    private static boolean isInitial(Word w) {
        return w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0));
    }

    private static boolean endsSentence(String gap, Word previous) {
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        boolean initial = isInitial(previous);
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if ((c == '.' && !initial) || c == '!' || c == '?' || c == '…') {
                return true;
            }
        }
        return false;
    }
}
