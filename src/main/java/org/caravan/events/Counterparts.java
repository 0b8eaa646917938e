package org.caravan.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.events.Grammar.Kind;
import org.caravan.model.Document;
import org.caravan.model.Mention;

/**
 * Actors that the trigger's clause points to without naming them, taken from the discourse:
 * <ul>
 * <li>the referent of a relational noun ("l'allié traditionnel de Moscou", "Moscow's ally", "союзник Москвы"):
 * the complement names the actor the referent is related to, never the referent; the referent is an actor in
 * apposition, else the subject-most actor of the latest of the three sentences before that is neither the
 * complement nor the event's other side, else the other of the document's two main actors; with none the
 * complement is dropped rather than coded;</li>
 * <li>the counterpart of a reaction to an act told before ("Der Iran bestreitet das", "Iran denies it"): the
 * actor, other than the source, of the latest of the two sentences before; the sentence names no other
 * actor;</li>
 * <li>the partner of a symmetric act whose source is one of the document's two main actors and whose sentence
 * names no other actor ("the Russian side expects to sign the document" in a Russia–Belarus story); so too a
 * shared act (root 03) told in the first-person plural by a speaker of one side ("We agreed that the airlines will
 * start operating," Abiy said: Ethiopia with Eritrea).</li>
 * </ul>
 * Stateless itself; thread-safe.
 */
final class Counterparts {

    /** How many sentences back a relational noun looks for its referent. */
    static final int RELATIONAL_WINDOW = 3;
    /** How many sentences back a reaction looks for the act it answers. */
    static final int ANAPHOR_WINDOW = 2;

    /** How many words after the trigger a summit noun makes it the summit's own act ("talks at a summit"). */
    private static final int SUMMIT_AFTER = 3;

    /** How many words before a shared act its first-person plural subject may stand. */
    private static final int WE_BEFORE = 3;

    private final Grammar grammar;

    Counterparts(Grammar grammar) {
        this.grammar = grammar;
    }

    /** The arguments with relational complements replaced by their referents and missing counterparts filled. */
    Arguments resolve(SentenceView v, TriggerMatch m, Arguments found, Discourse ds) {
        Arguments a = found;
        List<Candidate> targets = referents(v, a.targets(), keys(a.sources()), ds);
        if (!targets.equals(a.targets())) {
            a = a.withTargets(targets, Arguments.Found.by(Arguments.Via.RELATIONAL));
        }
        List<Candidate> sources = referents(v, a.sources(), keys(a.targets()), ds);
        if (!sources.equals(a.sources())) {
            a = a.withSources(sources, Arguments.Found.by(Arguments.Via.RELATIONAL));
        }
        boolean we = weShared(v, m, a);
        if (!a.targets().isEmpty() || a.sources().isEmpty() || namesAnother(v, a.sources(), we)) {
            return a;
        }
        Set<String> own = keys(a.sources());
        int idx = v.sentence().index();
        Optional<Candidate> counterpart = Optional.empty();
        if (anaphorObject(v, m)) {
            counterpart = ds.latestOther(idx, ANAPHOR_WINDOW, own);
        } else if ((m.entry().symmetric() || we) && ds.mainActors().stream().anyMatch(own::contains)
                && !ownSummit(v, m, own)) {
            counterpart = mainOther(ds, own, v);
        }
        Arguments filled = a;
        return counterpart.map(c -> filled.withTargets(List.of(c), Arguments.Found.by(Arguments.Via.DISCOURSE_COUNTERPART)))
                .orElse(a);
    }

    /**
     * The document's two most mentioned actors (countries and organisations; groups left out), when they stand
     * apart from the rest: the second is named at least twice and more often than the third. Else empty.
     */
    static List<String> mainActors(Document d) {
        Map<String, Integer> count = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Mention mention : d.mentions()) {
            Optional<String> key = mention.actor().flatMap(x -> x.key())
                    .filter(k -> !k.startsWith(Mention.GROUP) && !mention.isGroup());
            if (key.isPresent() && count.merge(key.get(), 1, Integer::sum) == 1) {
                order.add(key.get());
            }
        }
        List<String> ranked = new ArrayList<>(order);
        ranked.sort((x, y) -> Integer.compare(count.get(y), count.get(x)));
        if (ranked.size() < 2 || count.get(ranked.get(1)) < 2
                || ranked.size() > 2 && count.get(ranked.get(2)).equals(count.get(ranked.get(1)))) {
            return List.of();
        }
        return List.of(ranked.get(0), ranked.get(1));
    }

    /** The arguments, each relational complement replaced by its referent (or dropped when none is found). */
    private List<Candidate> referents(SentenceView v, List<Candidate> args, Set<String> otherSide, Discourse ds) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : args) {
            int noun = relationalNounOf(v, c);
            if (noun < 0) {
                out.add(c);
                continue;
            }
            Set<String> excluded = new HashSet<>(otherSide);
            c.key().ifPresent(excluded::add);
            apposition(v, c, noun, excluded)
                    .or(() -> ds.latestOther(v.sentence().index(), RELATIONAL_WINDOW, excluded))
                    .or(() -> mainOther(ds, excluded, v))
                    .filter(r -> !out.contains(r))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * The relational noun whose complement the mention is, or -1: "allié (ADJ) de (le) X", "ally of X",
     * "союзник X" (a genitive right after the noun: languages with no genitive preposition), "X's (ADJ) ally".
     * Only for a mention of this sentence.
     */
    int relationalNounOf(SentenceView v, Candidate c) {
        if (!v.candidates().contains(c)) {
            return -1; // an argument found in another sentence (a speaker, an antecedent): its offsets are not v's
        }
        int i = c.first() - 1;
        while (i >= 0 && v.is(grammar, Kind.ARTICLE, i) && !v.is(grammar, Kind.GEN_PREP, i)) {
            i--;
        }
        boolean prep = i >= 0 && v.is(grammar, Kind.GEN_PREP, i) && !v.norm(i).startsWith("'");
        if (prep) {
            i--;
        } else if (!genitiveByCase(v.lang())) {
            i = -1;
        }
        for (int k = i; k >= 0 && k >= i - 2; k--) {
            if (v.is(grammar, Kind.RELATIONAL, k) && !v.inMention(k)) {
                return k;
            }
            if (!v.pos(k).equals("ADJ")) {
                break;
            }
        }
        int after = c.last() + 1;
        if (after < v.size() && (v.norm(after).equals("'s") || v.norm(after).equals("'"))
                && v.is(grammar, Kind.GEN_PREP, after)) {
            for (int k = after + 1; k < v.size() && k <= after + 3; k++) {
                if (v.is(grammar, Kind.RELATIONAL, k) && !v.inMention(k)) {
                    return k;
                }
                if (!v.pos(k).equals("ADJ")) {
                    break;
                }
            }
        }
        return -1;
    }

    /** An actor set beside the relational phrase by a comma ("le Kazakhstan, allié de Moscou"; "..., le Kazakhstan"). */
    private static Optional<Candidate> apposition(SentenceView v, Candidate complement, int noun, Set<String> excluded) {
        for (Candidate c : v.candidates()) {
            if (!c.isActor() || c.key().filter(excluded::contains).isPresent() || c.key().isEmpty()) {
                continue;
            }
            boolean before = c.last() < noun && commaOnlyBetween(v, c.last() + 1, noun);
            boolean after = c.first() > complement.last() && commaOnlyBetween(v, complement.last() + 1, c.first());
            if (before || after) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the words from {@code from} to before {@code to} are a comma and at most one article-like word. */
    private static boolean commaOnlyBetween(SentenceView v, int from, int to) {
        return to > from && to - from <= 2 && v.norm(from).equals(",");
    }

    /** The other of the document's two main actors, when one of them is excluded and the other is not. */
    private static Optional<Candidate> mainOther(Discourse ds, Set<String> excluded, SentenceView v) {
        List<String> main = ds.mainActors();
        if (main.size() != 2 || main.stream().noneMatch(excluded::contains)) {
            return Optional.empty();
        }
        String other = excluded.contains(main.get(0)) ? main.get(1) : main.get(0);
        if (excluded.contains(other)) {
            return Optional.empty();
        }
        return ds.latestWith(v.sentence().index(), other);
    }

    /**
     * Whether the trigger is a shared act (the codebook's shared trait: "agreed", "decided") whose source is the
     * speaker of reported speech and whose subject is a first-person plural word ({@code PRON_FIRST_PLURAL}: "we",
     * "nous", "wir", "мы"): the nearest first-person word before it, at most three words back with no other verb
     * between ("we have agreed", "nous avons convenu").
     */
    private boolean weShared(SentenceView v, TriggerMatch m, Arguments a) {
        if (a.sourceHow().via() != Arguments.Via.SPEAKER
                || !Codebook.standard().is(m.entry().code(), Codebook.Trait.SHARED)) {
            return false;
        }
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - WE_BEFORE; i--) {
            if (v.is(grammar, Kind.PRON_FIRST, i)) {
                return v.is(grammar, Kind.PRON_FIRST_PLURAL, i);
            }
            if (v.is(grammar, Kind.CLAUSE_BREAK, i) || v.pos(i).equals("VERB")) {
                return false; // "nous soutenons les réformes visant à garantir": "we" is another verb's subject
            }
        }
        return false;
    }

    /**
     * Whether the trigger is or is followed within three words by a summit noun ({@code SUMMIT_NOUN}: "summit",
     * "sommet", "Gipfel") and its sources are all organisations: the organisation's own meeting ("the EU summit",
     * "talks at a summit"), which takes no partner from the
     * story (GUIDELINES.md: taking part in an organisation's meeting is toward the organisation).
     */
    private boolean ownSummit(SentenceView v, TriggerMatch m, Set<String> own) {
        boolean summit = false;
        for (int i = m.first(); i < v.size() && i <= m.last() + SUMMIT_AFTER && !summit; i++) {
            summit = v.is(grammar, Kind.SUMMIT_NOUN, i);
        }
        return summit && !own.isEmpty() && own.stream().allMatch(k -> CountryNames.bundled().name(k).isEmpty()
                && !GroupExpansion.isGroup(Optional.of(k)));
    }

    /** Whether the trigger's object is an anaphor of an act told before: right after it, or right before it. */
    private boolean anaphorObject(SentenceView v, TriggerMatch m) {
        int next = m.last() + 1;
        boolean after = next < v.size() && v.is(grammar, Kind.ANAPHOR, next)
                && (next + 1 >= v.size() || v.isPunct(next + 1) || !v.pos(next + 1).equals("VERB"));
        int prev = m.first() - 1;
        boolean before = prev >= 0 && genitiveByCase(v.lang())
                && v.is(grammar, Kind.ANAPHOR, prev);
        return after || before;
    }

    /**
     * Whether the language marks the genitive by case, not by a preposition (grammar.tsv lists no GEN_PREP word
     * but "-": Russian); such languages also put an object pronoun before the verb ("это отрицает").
     */
    private boolean genitiveByCase(String lang) {
        return grammar.get(lang, Kind.GEN_PREP).stream().allMatch(w -> w.equals("-"));
    }

    /**
     * Whether the sentence names an actor other than the sources; groups left out when asked ("we agreed that people
     * can move between the two countries": the pair is the speaker's side and its counterpart).
     */
    private static boolean namesAnother(SentenceView v, List<Candidate> sources, boolean butGroups) {
        Set<String> own = keys(sources);
        return v.candidates().stream().anyMatch(c -> c.isActor() && c.key().filter(k -> !own.contains(k)).isPresent()
                && !(butGroups && GroupExpansion.isGroup(c.key())));
    }

    private static Set<String> keys(List<Candidate> cs) {
        Set<String> out = new HashSet<>();
        for (Candidate c : cs) {
            c.key().ifPresent(out::add);
        }
        return out;
    }
}
