package org.caravan.events;

import java.util.List;
import java.util.Optional;
import org.caravan.events.Grammar.Kind;

/**
 * Recovers the source when the clause does not give it: the subject of a conjoined verb ("besuchte China und
 * traf Xi"), the possessor of a noun ("sa visite"), the speaker of reported speech ("nous soutenons", said
 * X), the subject of an earlier sentence for a pronoun; and turns coordinated sources of a symmetric action
 * into its pair. Updates the {@link Discourse}. Stateless itself; thread-safe.
 */
final class SourceRecovery {

    private final Grammar grammar;
    private final ArgumentFinder finder;

    SourceRecovery(Grammar grammar, ArgumentFinder finder) {
        this.grammar = grammar;
        this.finder = finder;
    }

    /** The arguments with the source recovered from the sentence or the discourse where needed. */
    Arguments recover(SentenceView v, TriggerMatch m, Arguments found, Discourse ds) {
        Arguments a = found;
        int idx = v.sentence().index();
        Optional<List<Candidate>> before = ds.sourcesOf(idx);
        if ((a.sourceHow().byWindow() && a.sourceHow().inSlot(Slot.Kind.SUBJ) || a.sources().isEmpty()) && before.isPresent()
                && conjoinedVerb(v, m)) {
            a = a.withSources(before.get(), Arguments.Found.by(Arguments.Via.CONJOINED_VERB));
            List<Candidate> src = a.sources();
            a = a.withTargets(a.targets().stream().filter(t -> !src.contains(t)).toList(), a.targetHow());
        }
        List<Candidate> pair = ds.pairWithin(idx, 3);
        if (a.sources().isEmpty() && !pair.isEmpty() && namesThePair(v, m)) {
            a = m.entry().symmetric()
                    ? new Arguments(pair, List.of(), Arguments.Found.by(Arguments.Via.DISCOURSE_PAIR), Arguments.Found.NONE, a.passive())
                    : a.withSources(pair, Arguments.Found.by(Arguments.Via.DISCOURSE_PAIR))
                            .withTargets(a.targets().stream().filter(t -> !pair.contains(t)).toList(), a.targetHow());
        }
        Optional<Candidate> possessor = possessor(v, m, a.targets());
        if (possessor.isPresent() && !a.sourceHow().inSlot(Slot.Kind.GEN, Slot.Kind.AGENT, Slot.Kind.PP)) {
            a = a.withSources(List.of(possessor.get()), Arguments.Found.by(Arguments.Via.POSSESSOR));
        } else if (possessive(v, m) && a.sources().isEmpty() && ds.sourceWithin(idx, 2).isPresent()) {
            a = a.withSources(List.of(ds.sourceWithin(idx, 2).get()), Arguments.Found.by(Arguments.Via.DISCOURSE_POSSESSIVE));
        }
        if (a.sources().isEmpty()) {
            Optional<Candidate> speaker = firstPerson(v, m) || speakerSlot(m)
                    ? speaker(v).or(() -> announcer(v, m)).or(ds::lastSpeaker) : Optional.empty();
            if (speaker.isPresent()) {
                a = a.withSources(List.of(speaker.get()), Arguments.Found.by(Arguments.Via.SPEAKER));
            } else if (ds.sourceWithin(idx, 2).isPresent() && pronounSubject(v, m)) {
                a = a.withSources(List.of(ds.sourceWithin(idx, 2).get()), Arguments.Found.by(Arguments.Via.DISCOURSE_SUBJECT));
            }
        } else if (!a.sourceHow().fromDiscourse()) {
            ds.rememberSource(a.sources().get(0), idx);
        }
        speaker(v).ifPresent(ds::rememberSpeaker);
        if (!a.sources().isEmpty() && !m.entry().pos().equals("NOUN")) {
            ds.rememberSources(idx, a.sources());
        }
        if (a.targets().isEmpty() && a.sources().size() >= 2 && reciprocal(v, m)) {
            return new Arguments(a.sources(), a.sources(), a.sourceHow(), Arguments.Found.by(Arguments.Via.RECIPROCAL),
                    a.passive());
        }
        if (m.entry().symmetric() && a.targets().isEmpty() && a.sources().size() >= 2) {
            a = new Arguments(a.sources().subList(0, 1), a.sources().subList(1, a.sources().size()), a.sourceHow(),
                    Arguments.Found.by(Arguments.Via.COORDINATED_WITH_SOURCE), a.passive());
        }
        return a;
    }

    /**
     * Whether a reciprocal phrase ("each other", "друг друга") follows the trigger within five words, or stands
     * just before it ("se sont mutuellement accusés"): the coordinated sources act on one another ("Yerevan and
     * Baku blamed each other").
     */
    private boolean reciprocal(SentenceView v, TriggerMatch m) {
        int end = Math.min(v.size(), m.last() + 6);
        for (String phrase : grammar.get(v.lang(), Kind.RECIPROCAL)) {
            String[] w = phrase.split(" ");
            for (int i = Math.max(0, m.first() - 2); i + w.length <= end; i++) {
                if (i >= m.first() && i <= m.last()) {
                    continue;
                }
                int k = 0;
                while (k < w.length && v.norm(i + k).equals(w[k])) {
                    k++;
                }
                if (k == w.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the trigger's subject or possessor is the pair told before: a plural possessive ("leur rencontre",
     * "their talks") or a pair word ("les deux dirigeants ont signé", "both sides agreed") at most four words
     * before the trigger, with no actor in between.
     */
    private boolean namesThePair(SentenceView v, TriggerMatch m) {
        int start = finder.clauseStart(v, m.first());
        for (int i = m.first() - 1; i >= start && i >= m.first() - 4; i--) {
            if (v.is(grammar, Kind.POSS_PLURAL, i) && m.entry().pos().equals("NOUN") || v.is(grammar, Kind.PAIR, i)) {
                int from = i;
                return v.candidates().stream().noneMatch(c -> c.isActor() && c.first() > from && c.last() < m.first());
            }
        }
        return false;
    }

    /** Whether the trigger is a verb conjoined to an earlier one ("besuchte China und traf Xi"). */
    boolean conjoinedVerb(SentenceView v, TriggerMatch m) {
        if (!m.entry().pos().equals("VERB") && !m.entry().pos().equals("ANY")) {
            return false;
        }
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            if (v.is(grammar, Kind.COORD, i) && !v.norm(i).equals(",")) {
                int at = i;
                return v.candidates().stream().noneMatch(c -> c.first() > at && c.last() < m.first());
            }
            if (v.inMention(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a subject pronoun stands just before the trigger ("il s'entretenait"), or, in a verb-second language
     * (one with PERFECT_AUX words: German), right after a verb trigger that does not open its clause ("Am Samstag
     * traf er ...").
     */
    private boolean pronounSubject(SentenceView v, TriggerMatch m) {
        int start = finder.clauseStart(v, m.first());
        for (int i = Math.max(start, m.first() - 3); i < m.first(); i++) {
            if (v.is(grammar, Kind.PRON_SUBJ, i)) {
                return true;
            }
        }
        int next = m.last() + 1;
        return grammar.has(v.lang(), Kind.PERFECT_AUX) && !m.entry().pos().equals("NOUN") && m.first() > start
                && next < v.size() && v.is(grammar, Kind.PRON_SUBJ, next);
    }

    /** Whether a noun trigger has a possessive determiner ("sa visite", "his visit"). */
    private boolean possessive(SentenceView v, TriggerMatch m) {
        return possessiveAt(v, m) >= 0;
    }

    /** The possessive determiner of a noun trigger, or -1. */
    private int possessiveAt(SentenceView v, TriggerMatch m) {
        if (!m.entry().pos().equals("NOUN")) {
            return -1;
        }
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            if (v.is(grammar, Kind.POSS, i)) {
                return i;
            }
            if (!v.pos(i).equals("ADJ") && !v.pos(i).equals("X")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For "sa visite", the nearest actor mentioned before the possessive in the same sentence that is not the
     * event's own target ("condemn Iran for its attack on Israel" is Iran's attack even when Israel was named
     * before); a possessive that names a person ({@code POSS_PERSON}: "his", "her") prefers a person or body of a
     * state (not a group told before), one that names a thing ({@code POSS_NONPERSON}: "its") a state or
     * organisation.
     */
    private Optional<Candidate> possessor(SentenceView v, TriggerMatch m, List<Candidate> targets) {
        int at = possessiveAt(v, m);
        if (at < 0) {
            return Optional.empty();
        }
        boolean wantPerson = v.is(grammar, Kind.POSS_PERSON, at);
        boolean wantThing = v.is(grammar, Kind.POSS_NONPERSON, at);
        Candidate nearest = null;
        for (int k = v.candidates().size() - 1; k >= 0; k--) {
            Candidate c = v.candidates().get(k);
            if (!c.isActor() || c.last() >= at || targets.stream().anyMatch(t -> t.key().equals(c.key()))) {
                continue;
            }
            if (wantPerson && c.key().orElse("").startsWith("group:")) {
                continue; // "his", "его" name one person, not a group ("стороны ..., начатый во время его визита")
            }
            if (!wantPerson && !wantThing || wantPerson && person(c) || wantThing && !person(c)) {
                return Optional.of(c);
            }
            nearest = nearest == null ? c : nearest;
        }
        return Optional.ofNullable(nearest);
    }

    /** Whether the mention names a person or a body of a state (its code is not its key: KAZGOV for KAZ). */
    private static boolean person(Candidate c) {
        return c.actor().filter(a -> a.key().isPresent() && !a.key().get().equals(a.code())).isPresent();
    }

    private boolean firstPerson(SentenceView v, TriggerMatch m) {
        int start = finder.clauseStart(v, m.first());
        for (int i = Math.max(start, m.first() - 6); i < m.first(); i++) {
            if (v.is(grammar, Kind.PRON_FIRST, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger's lexicon line names the speaker as its source ({@code speaker} slot). */
    private static boolean speakerSlot(TriggerMatch m) {
        return m.entry().source().stream().anyMatch(s -> s.kind() == Slot.Kind.SPEAKER);
    }

    /** The actor next to a speech verb of the sentence ("a déclaré Xi", "Xi said"). */
    private Optional<Candidate> speaker(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.is(grammar, Kind.REPORT, i)) {
                continue;
            }
            Candidate best = null;
            int dist = Integer.MAX_VALUE;
            for (Candidate c : v.candidates()) {
                int d = c.first() > i ? c.first() - i : i - c.last();
                if (c.isActor() && d <= 5 && d < dist) {
                    best = c;
                    dist = d;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** For a quotation opened in the sentence ("Xi a déclaré : « nous... »"), the first actor before it. */
    private static Optional<Candidate> announcer(SentenceView v, TriggerMatch m) {
        int quote = -1;
        for (int i = 0; i < m.first(); i++) {
            String w = v.norm(i);
            if (w.equals("«") || w.equals("“") || w.equals("\"") || w.equals(":")) {
                quote = i;
                break;
            }
        }
        if (quote < 0) {
            return Optional.empty();
        }
        for (Candidate c : v.candidates()) {
            if (c.isActor() && c.last() < quote) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
