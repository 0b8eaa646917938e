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

    private static final String[] RU_ENDINGS = {"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей",
        "ом", "ем", "ым", "им", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий",
        "ых", "их", "а", "я", "у", "ю", "е", "и", "ы", "о", "й", "ь"};
    private static final String[] LATIN_ENDINGS = {"es", "en", "er", "em", "s", "e", "n"};

    private Normalizer() {
    }

    /** Lower case without diacritics; typographic apostrophes become plain ones. */
    static String fold(String s) {
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == '’' || c == 'ʼ' || c == '`' ? '\'' : c == 'ß' ? 's' : c);
        }
        return b.toString();
    }

    /** The index key of one word. */
    static String key(String word) {
        String f = fold(word);
        if (isCyrillic(f)) {
            for (String e : RU_ENDINGS) {
                if (f.endsWith(e) && f.length() - e.length() >= 3) {
                    return f.substring(0, f.length() - e.length());
                }
            }
        }
        return f;
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
