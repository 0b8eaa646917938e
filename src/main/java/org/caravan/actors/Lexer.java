package org.caravan.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.caravan.actors.Entry.Kind;

/**
 * Cuts a text's words into {@link Lexeme lexemes}: longest alias match first, then names the document itself
 * introduced (a surname after the full name), then names within one edit of a known one (capitalised words
 * inside a sentence only, and only when every candidate is the same actor; in German, where every noun is
 * capitalised, runs of two words at least). One per document; not thread-safe.
 */
final class Lexer {

    private final KnowledgeBase kb;
    private final Predicate<Entry> accept;
    private final Map<String, Entry> shortForms = new HashMap<>();
    private final int minFuzzyWords;

    Lexer(KnowledgeBase kb, String lang) {
        this.kb = kb;
        this.minFuzzyWords = lang.equals("de") ? 2 : 1;
        this.accept = e -> e.lang().equals("*") || e.lang().equals(lang)
                || (lang.isEmpty() && !(e.kind() == Kind.FUNCTION
                && (e.detail().startsWith("pronoun") || e.detail().equals("object_clitic")
                || e.detail().equals("impersonal"))));
    }

    List<Lexeme> lex(List<Words.Word> words) {
        List<Lexeme> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<AliasIndex.Match> m = kb.index().longest(words, i, accept);
            final int at = i;
            Optional<Lexeme> fuzzy = m.isPresent() ? Optional.empty() : shortForm(words, i).or(() -> fuzzy(words, at, minFuzzyWords));
            if (m.isPresent() && m.get().end() - i < 3) {
                Optional<Lexeme> longer = fuzzy(words, i, m.get().end() - i + 1);
                if (longer.isPresent() && m.get().entries().stream()
                        .anyMatch(e -> e.target().equals(longer.get().entries().get(0).target()))) {
                    fuzzy = longer;
                    m = Optional.empty();
                }
            }
            if (m.isPresent()) {
                m = notANameHere(m.get(), words);
                if (m.isEmpty()) {
                    i++;
                    continue;
                }
            }
            if (m.isPresent()) {
                AliasIndex.Match x = m.get();
                Lexeme lx = new Lexeme(x.start(), x.end(), withoutForeignPlaces(x.entries(), words, x.start(), x.end()), x.slot(),
                        x.inflected() ? Lexeme.Match.INFLECTED : Lexeme.Match.ALIAS,
                        x.inflected() ? "inflected" : "alias");
                out.add(lx);
                learn(words, lx);
                i = x.end();
            } else if (fuzzy.isPresent()) {
                out.add(fuzzy.get());
                i = fuzzy.get().end();
            } else {
                i++;
            }
        }
        return withoutLonePrefixes(words, out);
    }

    /**
     * Drops combining forms ("russo", "sino") that a hyphen does not join to another country's adjective, prefix
     * or name ("russo-ukrainien" keeps both parts; "Indo-Pacific", "indo-européen" nothing).
     */
    private List<Lexeme> withoutLonePrefixes(List<Words.Word> words, List<Lexeme> lexemes) {
        List<Lexeme> kept = new ArrayList<>();
        for (int k = 0; k < lexemes.size(); k++) {
            Lexeme x = lexemes.get(k);
            boolean prefixOnly = x.entries().stream().allMatch(e -> e.kind() == Kind.ADJECTIVE
                    && e.detail().equals(KnowledgeBaseLoader.PREFIX));
            if (prefixOnly) {
                Lexeme next = k + 1 < lexemes.size() ? lexemes.get(k + 1) : null;
                String gap = next == null || next.start() != x.end() ? "" : words.get(next.start()).gapBefore();
                if (!(gap.equals("-") || gap.equals("\u2011") || gap.equals("\u2010"))
                        || next.entries().stream().noneMatch(e -> (e.kind() == Kind.ADJECTIVE || e.kind() == Kind.COUNTRY)
                        && kb.isCountry(e.target()))) {
                    continue;
                }
            }
            kept.add(x);
        }
        return kept;
    }

    /**
     * Drops the places of another country from a match that also names a country: Russian stems can merge a
     * country and a foreign city ("в Китае" is China, not Quito, Кито), while a capital named like its country
     * (Kuwait, Mexico) stays. When the text spells the place's alias exactly and not the country's, the country
     * goes instead ("в Кито" is Quito).
     */
    private List<Entry> withoutForeignPlaces(List<Entry> entries, List<Words.Word> words, int from, int to) {
        List<String> countries = entries.stream().filter(e -> e.kind() == Kind.COUNTRY).map(Entry::target).toList();
        if (countries.isEmpty()) {
            return entries;
        }
        StringBuilder written = new StringBuilder();
        for (int w = from; w < to; w++) {
            written.append(w > from ? " " : "").append(Normalizer.fold(words.get(w).text()));
        }
        java.util.function.Predicate<Entry> exact = e -> Words.split(e.alias()).stream()
                .map(w -> Normalizer.fold(w.text())).reduce((a, b) -> a + " " + b).orElse("").equals(written.toString());
        List<Entry> foreign = entries.stream().filter(e -> e.kind() == Kind.PLACE
                && kb.place(e.target()).map(p -> !countries.contains(p.country())).orElse(false)).toList();
        if (foreign.isEmpty()) {
            return entries;
        }
        boolean placeWritten = foreign.stream().anyMatch(exact)
                && entries.stream().filter(e -> e.kind() == Kind.COUNTRY).noneMatch(exact);
        return entries.stream().filter(e -> placeWritten ? e.kind() != Kind.COUNTRY : !foreign.contains(e)).toList();
    }

    /**
     * The match without the entries the words around it show it does not mean: a name the text does not spell
     * exactly when a function word has the same stem ("Сам", "Самого" are not Samoa); a country or place that is a
     * common first name before a surname ("Dominique Ouattara" is not Dominica); an organisation's generic name
     * inside the longer name of another body ("Collective Security Council", "Russian Security Council",
     * "Consejo de Seguridad Colectiva" are not the UN Security Council). Empty when nothing is left.
     */
    private Optional<AliasIndex.Match> notANameHere(AliasIndex.Match x, List<Words.Word> words) {
        List<Entry> kept = withoutFunctionHomographs(x.entries(), words, x.start(), x.end());
        if (x.end() - x.start() == 1 && firstNameBeforeSurname(kb, words, x.start())) {
            kept = kept.stream().filter(e -> e.kind() == Kind.PERSON).toList();
        }
        if (partOfLongerName(words, x.start(), x.end())) {
            kept = kept.stream().filter(e -> e.kind() != Kind.ORGANISATION || e.caseRule() == Entry.CaseRule.UPPER).toList();
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(kept.size() == x.entries().size() ? x
                : new AliasIndex.Match(x.start(), x.end(), kept, x.slot(), x.inflected()));
    }

    /** When a function word shares the match's key, only the entries the text spells exactly (else the word). */
    private static List<Entry> withoutFunctionHomographs(List<Entry> entries, List<Words.Word> words, int from, int to) {
        if (entries.stream().noneMatch(e -> e.kind() == Kind.FUNCTION) || entries.stream().allMatch(e -> e.kind() == Kind.FUNCTION)) {
            return entries;
        }
        String written = spelled(words, from, to);
        List<Entry> exact = entries.stream().filter(e -> spelledAlias(e).equals(written)).toList();
        return exact.isEmpty() ? entries.stream().filter(e -> e.kind() == Kind.FUNCTION).toList() : exact;
    }

    private static String spelled(List<Words.Word> words, int from, int to) {
        StringBuilder written = new StringBuilder();
        for (int w = from; w < to; w++) {
            written.append(w > from ? " " : "").append(Normalizer.fold(words.get(w).text()));
        }
        return written.toString();
    }

    private static String spelledAlias(Entry e) {
        return Words.split(e.alias()).stream().map(w -> Normalizer.fold(w.text())).reduce((a, b) -> a + " " + b).orElse("");
    }

    /**
     * Whether word {@code i} is a common first name followed, in the same sentence, by a capitalised word that is
     * neither a function word nor the name of a country, place, organisation, title or role (a surname:
     * "Dominique Ouattara", "Jordan Bardella", "Santiago Peña").
     */
    static boolean firstNameBeforeSurname(KnowledgeBase kb, List<Words.Word> words, int i) {
        Words.Word w = words.get(i);
        if (!w.capitalised() || w.allCaps() || !kb.nameWords().isFirstName(w.key()) || i + 1 >= words.size()) {
            return false;
        }
        Words.Word next = words.get(i + 1);
        if (next.sentence() != w.sentence() || !next.joined() || !next.capitalised() || next.allCaps()
                || kb.nameWords().neverFuzzy(next.key())) {
            return false;
        }
        return !headline(words, i) && kb.index().longest(words, i + 1, e -> e.kind() != Kind.FUNCTION)
                .map(m -> m.entries().stream().allMatch(e -> e.kind() == Kind.PERSON)).orElse(true);
    }

    /** Whether word {@code i}'s sentence is in title case, as headlines are: most of its words capitalised. */
    private static boolean headline(List<Words.Word> words, int i) {
        int sentence = words.get(i).sentence();
        int all = 0;
        int capitals = 0;
        for (int w = Math.max(0, i - 30); w < Math.min(words.size(), i + 30); w++) {
            if (words.get(w).sentence() == sentence) {
                all++;
                capitals += words.get(w).capitalised() ? 1 : 0;
            }
        }
        return all >= 3 && capitals * 3 > all * 2;
    }

    /**
     * Whether words [from, to) are the tail or head of a longer name: a capitalised word right before them that is
     * not a function word, an acronym or another actor's name (an adjective may be: "Collective Security
     * Council", "Russian Security Council"; not "Russia European Union"), or a modifier right after them
     * (function {@code modifier}: "Consejo de Seguridad Colectiva", "Conseil de sécurité nationale").
     */
    private boolean partOfLongerName(List<Words.Word> words, int from, int to) {
        if (from > 0) {
            Words.Word before = words.get(from - 1);
            Words.Word first = words.get(from);
            if (before.sentence() == first.sentence() && first.gapBefore().isBlank() && before.capitalised()
                    && !before.allCaps() && before.text().length() > 1
                    && kb.index().exact(before.text()).stream().allMatch(e -> e.kind() == Kind.ADJECTIVE
                    || (e.kind() == Kind.FUNCTION && (e.detail().equals("modifier") || !accept.test(e))))) {
                return true;
            }
        }
        if (to < words.size() && words.get(to).joined() && words.get(to).sentence() == words.get(to - 1).sentence()) {
            return kb.index().exact(words.get(to).text()).stream()
                    .anyMatch(e -> e.kind() == Kind.FUNCTION && e.detail().equals("modifier") && accept.test(e));
        }
        return false;
    }

    /** After a person's full name, its last word alone names that person in the rest of the document. */
    private void learn(List<Words.Word> words, Lexeme lx) {
        if (lx.end() - lx.start() < 2) {
            return;
        }
        lx.first(Kind.PERSON).ifPresent(p -> {
            Words.Word last = words.get(lx.end() - 1);
            if (last.capitalised() && last.text().length() >= 3) {
                shortForms.putIfAbsent(last.key(), p);
            }
        });
    }

    private Optional<Lexeme> shortForm(List<Words.Word> words, int i) {
        Words.Word w = words.get(i);
        Entry p = w.capitalised() ? shortForms.get(w.key()) : null;
        return p == null ? Optional.empty()
                : Optional.of(new Lexeme(i, i + 1, List.of(p), Optional.empty(), Lexeme.Match.SHORT_FORM,
                        "short form of " + p.alias()));
    }

    private Optional<Lexeme> fuzzy(List<Words.Word> words, int i, int minLen) {
        Words.Word w = words.get(i);
        boolean initial = i == 0 || words.get(i - 1).sentence() != w.sentence();
        if (!w.capitalised() || initial || w.allCaps()) {
            return Optional.empty();
        }
        for (int len = 3; len >= minLen; len--) {
            if (i + len > words.size()) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            boolean ok = true;
            for (int j = i; j < i + len; j++) {
                Words.Word x = words.get(j);
                if (!x.capitalised() || (j > i && !x.joined())) {
                    ok = false;
                    break;
                }
                phrase.append(j > i ? " " : "").append(x.key());
            }
            if (!ok || (len == 1 && kb.nameWords().neverFuzzy(phrase.toString()))) {
                continue;
            }
            List<Entry> near = kb.fuzzy().near(phrase.toString()).stream().filter(accept).toList();
            if (!near.isEmpty() && near.stream().map(e -> e.kind() + "/" + e.target()).distinct().count() == 1) {
                return Optional.of(new Lexeme(i, i + len, List.of(near.get(0)), Optional.empty(),
                        Lexeme.Match.FUZZY, "fuzzy match of " + near.get(0).alias()));
            }
        }
        return Optional.empty();
    }
}
