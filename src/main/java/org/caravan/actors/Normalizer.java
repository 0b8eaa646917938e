package org.caravan.actors;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a word into the key used by the alias index: lower case, no diacritics, and for Cyrillic words a
 * light stem (case endings removed) so that "России" meets "Россия". Latin words also get inflected
 * variants (a plural or adjective ending removed), used only for entries that inflect. Stateless.
 */
final class Normalizer {

    private static final String[] RU_LONG_ENDINGS = {"ого", "его", "ому", "ему"};
    private static final String RU_VOWELS = "аеиоуыэюяйь";
    private static final String[] LATIN_ENDINGS = {"es", "en", "er", "em", "s", "e", "n"};

    private Normalizer() {
    }

    /** Lower case without diacritics (Cyrillic letters keep theirs, but ё is е); typographic apostrophes become plain. */
    static String fold(String s) {
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '\u0400' && c <= '\u04ff') {
                b.append(c == 'ё' ? 'е' : c);
            } else if (c < 0x80) {
                b.append(c == '`' ? '\'' : c);
            } else if (c == '’' || c == 'ʼ') {
                b.append('\'');
            } else if (c == 'ß') {
                b.append('s');
            } else {
                String d = java.text.Normalizer.normalize(String.valueOf(c), Form.NFD);
                for (int j = 0; j < d.length(); j++) {
                    if (Character.getType(d.charAt(j)) != Character.NON_SPACING_MARK) {
                        b.append(d.charAt(j));
                    }
                }
            }
        }
        return b.toString();
    }

    /** The index key of one word. */
    static String key(String word) {
        String f = fold(word);
        if (isCyrillic(f)) {
            return ruStem(f);
        }
        return f;
    }

    /**
     * A light Russian stem: a case ending removed (-ого, -ому..., a final -м or -х after a vowel, then the final
     * vowels, й and ь), keeping at least three letters: Сергей, Сергея, Сергеем all give серг.
     */
    static String ruStem(String f) {
        String s = f;
        for (String e : RU_LONG_ENDINGS) {
            if (s.endsWith(e) && s.length() - e.length() >= 3) {
                return s.substring(0, s.length() - e.length());
            }
        }
        int n = s.length();
        if (n > 4 && (s.charAt(n - 1) == 'м' || s.charAt(n - 1) == 'х') && RU_VOWELS.indexOf(s.charAt(n - 2)) >= 0) {
            n--;
        }
        while (n > 3 && RU_VOWELS.indexOf(s.charAt(n - 1)) >= 0) {
            n--;
        }
        return s.substring(0, n);
    }

    /** Keys of the word with an inflection removed (Latin script only), shortest stem last. */
    static List<String> variants(String key) {
        List<String> v = new ArrayList<>(3);
        if (isCyrillic(key)) {
            return v;
        }
        for (String e : LATIN_ENDINGS) {
            if (key.endsWith(e) && key.length() - e.length() >= 4) {
                v.add(key.substring(0, key.length() - e.length()));
            }
        }
        return v;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`') {
                return false;
            }
        }
        return true;
    }

    static boolean isCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0400' && c <= '\u04ff') {
                return true;
            }
        }
        return false;
    }

    /** The keys of a whole phrase, one per word, as the tokenizer would cut it. */
    static List<String> phraseKeys(String phrase) {
        List<String> keys = new ArrayList<>();
        for (Words.Word w : Words.split(phrase)) {
            keys.add(w.key());
        }
        return keys;
    }
}
