package org.caravan.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/**
 * What surrounds a lexeme in a document: the country a title or role takes from its neighbours, whether words
 * are adjacent, whether a capital follows a locative or opens a dateline, which function word a word is.
 * One per document, sharing the resolver's lexemes and their used flags; not thread-safe.
 */
final class Surroundings {

    private final KnowledgeBase kb;
    private final String text;
    private final List<Words.Word> words;
    private final List<Lexeme> lex;
    private final boolean[] used;
    private final Map<Integer, Lexeme> byWord = new HashMap<>();

    Surroundings(KnowledgeBase kb, String text, List<Words.Word> words, List<Lexeme> lex, boolean[] used) {
        this.kb = kb;
        this.text = text;
        this.words = words;
        this.lex = lex;
        this.used = used;
        for (Lexeme l : lex) {
            byWord.put(l.start(), l);
        }
    }

    /**
     * The lexeme giving the country of the title or role at {@code k}: {index, first, last} of the lexemes
     * covered, or empty.
     */
    Optional<int[]> country(int k) {
        Lexeme x = lex.get(k);
        if (k > 0 && !used[k - 1] && adjacent(k - 1, k)) {
            Lexeme p = lex.get(k - 1);
            if (p.is(Kind.ADJECTIVE) || p.is(Kind.COUNTRY) || (p.is(Kind.ORGANISATION) && !p.is(Kind.PLACE))
                    || (p.is(Kind.SEAT) && !p.is(Kind.PLACE)) || p.is(Kind.MOVEMENT)) {
                return Optional.of(new int[] {k - 1, k - 1, k});
            }
            if (k > 1 && p.isFunction("possessive") && adjacent(k - 2, k - 1) && countryLike(lex.get(k - 2))) {
                return Optional.of(new int[] {k - 2, k - 2, k});
            }
        }
        if (k + 1 < lex.size() && adjacent(k, k + 1)) {
            Lexeme n = lex.get(k + 1);
            if (n.is(Kind.ADJECTIVE) && !n.is(Kind.COUNTRY)) {
                return Optional.of(new int[] {k + 1, k, k + 1});
            }
            if (n.isFunction("of") && k + 2 < lex.size() && adjacent(k + 1, k + 2) && countryLike(lex.get(k + 2))) {
                return Optional.of(new int[] {k + 2, k, k + 2});
            }
            if (countryLike(n) && !n.is(Kind.PLACE)) {
                return Optional.of(new int[] {k + 1, k, k + 1});
            }
        }
        return Optional.empty();
    }

    boolean adjacent(int a, int b) {
        return lex.get(a).end() == lex.get(b).start() && words.get(lex.get(b).start()).joined();
    }

    boolean countryLike(Lexeme x) {
        return x.is(Kind.COUNTRY) || x.is(Kind.ORGANISATION) || x.is(Kind.SEAT) || x.is(Kind.ADJECTIVE) || x.is(Kind.MOVEMENT)
                || x.first(Kind.PLACE).flatMap(e -> kb.place(e.target())).map(Place::capital).orElse(false);
    }

    String keyOf(Lexeme x) {
        for (Kind kind : List.of(Kind.ADJECTIVE, Kind.COUNTRY, Kind.ORGANISATION, Kind.SEAT, Kind.MOVEMENT)) {
            Optional<Entry> e = x.first(kind);
            if (e.isPresent()) {
                return e.get().target();
            }
        }
        return x.first(Kind.PLACE).flatMap(e -> kb.place(e.target())).map(Place::country).orElse("UNK");
    }

    /**
     * Whether the place opens a dateline: written in capitals ("ASTANA, May 10") or first on its line and followed
     * by a parenthesis ("Moscou (AFP) -").
     */
    boolean dateline(Lexeme x) {
        Words.Word first = words.get(x.start());
        if (x.first(Kind.PLACE).get().caseRule() != Entry.CaseRule.UPPER && first.allCaps() && first.text().length() > 2) {
            return true;
        }
        boolean lineStart = x.start() == 0 || first.gapBefore().contains("\n");
        int after = words.get(x.end() - 1).end();
        return lineStart && text.substring(after, Math.min(text.length(), after + 3)).strip().startsWith("(");
    }

    /** Whether the word before {@code w} is a locative preposition, or "of" after a place noun. */
    boolean locative(int w) {
        if (w == 0 || words.get(w).gapBefore().contains("\n")) {
            return false;
        }
        String before = function(w - 1);
        if (before.equals("locative")) {
            return true;
        }
        return before.equals("of") && w >= 2 && function(w - 2).equals("place_noun");
    }

    /**
     * Whether the word {@code w} follows a preposition (articles and honorifics skipped, within its sentence):
     * a person named there is not the subject.
     */
    boolean oblique(int w) {
        int sentence = words.get(w).sentence();
        int b = w - 1;
        while (b >= 0 && words.get(b).sentence() == sentence && (hasFunction(b, "determiner") || hasFunction(b, "honorific"))) {
            b--;
        }
        return b >= 0 && words.get(b).sentence() == sentence && (hasFunction(b, "oblique") || hasFunction(b, "locative"));
    }

    /** Whether the word {@code w} is a lexeme of the text's language with that function. */
    boolean lexedAs(int w, String function) {
        Lexeme l = byWord.get(w);
        return l != null && l.start() == w && l.isFunction(function);
    }

    private boolean hasFunction(int w, String function) {
        Lexeme l = byWord.get(w);
        if (l != null) {
            return l.isFunction(function);
        }
        return kb.index().longest(words, w, e -> e.kind() == Kind.FUNCTION)
                .map(m -> m.entries().stream().anyMatch(e -> e.detail().equals(function))).orElse(false);
    }

    String function(int w) {
        Lexeme l = byWord.get(w);
        if (l != null) {
            return l.first(Kind.FUNCTION).map(Entry::detail).orElse("");
        }
        return kb.index().longest(words, w, e -> e.kind() == Kind.FUNCTION)
                .map(m -> m.entries().get(0).detail()).orElse("");
    }

    /**
     * The lexeme of a capital right after lexeme {@code k} and a locative ("in Bamako", "à Kaboul", "в Киеве",
     * "en Caracas"), or empty.
     */
    Optional<Integer> capitalAfter(int k) {
        int w = lex.get(k).end();
        if (w + 1 >= words.size() || !function(w).equals("locative") || !words.get(w).joined()) {
            return Optional.empty();
        }
        Lexeme place = byWord.get(w + 1);
        int n = place == null ? -1 : lex.indexOf(place);
        if (n < 0 || used[n] || place.start() != w + 1 || !words.get(w + 1).joined()) {
            return Optional.empty();
        }
        boolean capital = place.first(Kind.PLACE).flatMap(e -> kb.place(e.target())).map(Place::capital).orElse(false);
        return capital ? Optional.of(n) : Optional.empty();
    }

    /**
     * The country named right after word {@code w} when it is "of" ("President X of Senegal", "du Sénégal", an
     * article allowed between), or empty.
     */
    Optional<String> countryAfterOf(int w) {
        if (w + 1 >= words.size() || !function(w).equals("of") || !words.get(w).joined()) {
            return Optional.empty();
        }
        int c = function(w + 1).equals("determiner") ? w + 2 : w + 1;
        Lexeme x = c < words.size() ? byWord.get(c) : null;
        if (x == null || x.start() != c || !x.is(Kind.COUNTRY) || !words.get(c).joined()) {
            return Optional.empty();
        }
        return Optional.of(keyOf(x));
    }
}
