package org.caravan.actors;

import java.util.Optional;
import org.caravan.actors.Entry.Kind;
import org.caravan.model.ActorRef;

/**
 * People the document introduces with a title or role ("US envoy Zalmay Khalilzad" ... "Khalilzad"): finding the
 * unknown name after a title or role, making it a person for the rest of the document, and reading its later
 * mentions. One per document, over its {@link Resolution}; not thread-safe.
 */
final class Introductions {

    private final Resolution r;

    Introductions(Resolution r) {
        this.r = r;
    }

    /**
     * The capitalised name right after lexeme {@code k} (a comma between allowed, honorifics skipped, and a place
     * between: "the US commander in Iraq, General David Petraeus", "Посол США в России Линн Трейси"): one to
     * five capitalised words (two at least in German, where nouns are capitalised), lower-case particles
     * (al, bin, de, van) inside, none of them a known alias. Returns {first, end} word indexes.
     */
    Optional<int[]> nameAfter(int k) {
        int w = placeBetween(r.lex.get(k).end());
        if (w >= r.words.size() || !Resolution.gapIsApposition(r.words.get(w).gapBefore())
                || r.words.get(w).sentence() != r.words.get(w - 1).sentence()) {
            return Optional.empty();
        }
        while (w < r.words.size() && r.around.function(w).equals("honorific") && r.words.get(w).capitalised()) {
            w++;
        }
        int first = w;
        int end = first;
        int capitals = 0;
        while (end < r.words.size() && end - first < 5 && (end == first || r.words.get(end).joined())) {
            Words.Word x = r.words.get(end);
            boolean known = (r.kb.index().longest(r.words, end, e -> e.kind() != Kind.FUNCTION).isPresent()
                    && !Lexer.firstNameBeforeSurname(r.kb, r.words, end)) || !r.around.function(end).isEmpty();
            if (x.capitalised() && !x.allCaps() && x.text().length() >= 2 && !known) {
                capitals++;
                end++;
            } else if (end > first && !x.capitalised() && x.text().length() <= 3 && end + 1 < r.words.size()
                    && r.words.get(end + 1).capitalised() && r.words.get(end + 1).joined()) {
                end++;
            } else {
                break;
            }
        }
        while (end > first && !r.words.get(end - 1).capitalised()) {
            end--;
        }
        if (capitals < (r.lang.equals("de") ? 2 : 1) || end == first || titleCase(first)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {first, end});
    }

    /** The word after a place that follows word {@code w} and a locative ("commander in Iraq, ..."), else w. */
    private int placeBetween(int w) {
        if (w + 2 < r.words.size() && r.around.function(w).equals("locative") && r.words.get(w).joined()
                && r.words.get(w).sentence() == r.words.get(w - 1).sentence()) {
            Optional<AliasIndex.Match> where = r.kb.index().longest(r.words, w + 1,
                    e -> e.kind() == Kind.COUNTRY || e.kind() == Kind.PLACE);
            if (where.isPresent() && where.get().end() < r.words.size()
                    && Resolution.gapIsApposition(r.words.get(where.get().end()).gapBefore())) {
                return where.get().end();
            }
        }
        return w;
    }

    /**
     * Whether the sentence is written in title case, as headlines are ("US Envoy Arrives In Kabul"): a preposition
     * or article inside it has a capital. No names are read there.
     */
    private boolean titleCase(int at) {
        int sentence = r.words.get(at).sentence();
        int from = at;
        while (from > 0 && r.words.get(from - 1).sentence() == sentence) {
            from--;
        }
        for (int w = from + 1; w < r.words.size() && r.words.get(w).sentence() == sentence; w++) {
            Words.Word x = r.words.get(w);
            if (r.words.get(w - 1).sentence() == sentence && x.capitalised() && !x.allCaps()
                    && !x.gapBefore().contains("\n")) {
                String f = r.around.function(w);
                if (f.equals("oblique") || f.equals("locative") || f.equals("determiner") || f.equals("of")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Makes the name at words [first, end) a person of that key and code, and its surname a later mention. */
    void introduce(Lexeme titleSpan, int[] name, String key, String code, String why) {
        StringBuilder id = new StringBuilder();
        for (int w = name[0]; w < name[1]; w++) {
            r.taken[w] = true;
            id.append(w > name[0] ? "_" : "").append(Normalizer.fold(r.words.get(w).text()));
        }
        String full = r.text.substring(r.words.get(name[0]).start(), r.words.get(name[1] - 1).end())
                .replaceAll("\\s+", " ");
        String pid = "new:" + id;
        r.introduced.putIfAbsent(pid, new ActorRef(pid, full, Optional.of(key), code));
        r.introducedNames.putIfAbsent(keysOf(name[0], name[1]), pid);
        r.introducedNames.putIfAbsent(r.words.get(name[1] - 1).key(), pid);
        r.scanned = Math.max(r.scanned, name[1]);
        r.emitPerson(titleSpan, pid, why + " before the name " + full);
        r.emitPerson(Lexeme.introduced(name[0], name[1]), pid, "name introduced by " + why);
    }

    /** The word keys of words [from, to) joined by spaces. */
    String keysOf(int from, int to) {
        StringBuilder keys = new StringBuilder();
        for (int j = from; j < to; j++) {
            keys.append(j > from ? " " : "").append(r.words.get(j).key());
        }
        return keys.toString();
    }

    /**
     * Later mentions of introduced people (full name or surname; in German also the genitive, Rjabkows) among the
     * words not yet read, up to {@code to}.
     */
    void laterMentions(int to) {
        for (int w = r.scanned; w < to; w++) {
            if (r.taken[w] || !r.words.get(w).capitalised()) {
                continue;
            }
            for (int len = Math.min(4, to - w); len >= 1; len--) {
                String keys = keysOf(w, w + len);
                String pid = r.introducedNames.get(keys);
                if (pid == null && len == 1 && r.lang.equals("de") && keys.length() > 3 && keys.endsWith("s")) {
                    pid = r.introducedNames.get(keys.substring(0, keys.length() - 1));
                }
                if (pid != null) {
                    r.emitPerson(Lexeme.introduced(w, w + len), pid, "later mention of " + r.nameOf(pid));
                    w += len - 1;
                    break;
                }
            }
        }
        r.scanned = Math.max(r.scanned, to);
    }
}
