package org.caravan.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the source and target of a trigger from its argument frame: from the dependency parse when the
 * sentence has one, else (and for every slot the parse leaves empty) from word order within the clause.
 * Passives ("a été accueilli par X") swap subject and agent; coordinated mentions ("X et Y") are all kept.
 * The parse is read by {@link ParseArguments}, word order by {@link WindowArguments}, clauses by {@link Clauses}.
 * Stateless; thread-safe.
 */
final class ArgumentFinder {

    static final int WINDOW = WindowArguments.WINDOW;

    private final Clauses clauses;
    private final ParseArguments parse;
    private final WindowArguments window;
    private final NominalFrames frames;
    private final Grammar grammar;
    private final LocatedObjects located;

    ArgumentFinder(Grammar grammar) {
        this.located = LocatedObjects.standard(grammar);
        this.clauses = new Clauses(grammar);
        this.parse = new ParseArguments(grammar);
        this.window = new WindowArguments(grammar, clauses);
        this.frames = new NominalFrames(grammar);
        this.grammar = grammar;
    }

    /** The match with the frame of an event noun completed from the grammar ({@link NominalFrames}). */
    TriggerMatch frame(SentenceView v, TriggerMatch m) {
        return frames.frame(v, m);
    }

    /** The matches with the visit an invitation frame tells ({@link NominalFrames#withInvitedVisits}). */
    List<TriggerMatch> withInvitedVisits(SentenceView v, List<TriggerMatch> found) {
        return frames.withInvitedVisits(v, found);
    }

    Arguments find(SentenceView v, TriggerMatch m) {
        Optional<NominalFrames.Invitation> inv = frames.invitation(v, m);
        if (inv.isPresent()) {
            Candidate inviter = inv.get().inviter();
            Candidate visitor = inv.get().visitor();
            boolean visit = !NominalFrames.invites(m.entry().code());
            Arguments.Found how = Arguments.Found.by(Arguments.Via.INVITATION);
            return new Arguments(List.of(visit ? visitor : inviter), List.of(visit ? inviter : visitor), how, how, false);
        }
        int h = m.head();
        boolean passive = clauses.isPassive(v, m);
        List<Slot> src = m.entry().source();
        List<Slot> tgt = m.entry().target();
        if (passive) {
            src = swap(src, Slot.Kind.SUBJ, Slot.Kind.AGENT);
            tgt = swap(tgt, Slot.Kind.OBJ, Slot.Kind.SUBJ);
        }
        Optional<Pick> s = resolve(v, m, src, Optional.empty());
        Arguments.Found sourceHow = s.map(Pick::how).orElse(Arguments.Found.NONE);
        Optional<Pick> t = resolve(v, m, tgt, s.map(Pick::candidate));
        Arguments.Found targetHow = t.map(Pick::how).orElse(Arguments.Found.NONE);
        if (t.isEmpty()) {
            Optional<NominalFrames.Host> host = frames.host(v, m, clauses.clauseStart(v, m.first()));
            if (host.isPresent() && (s.isEmpty() || !s.get().candidate().equals(host.get().object()))) {
                t = Optional.of(new Pick(host.get().object(), Arguments.Found.by(Arguments.Via.HOST_OBJECT)));
                targetHow = t.get().how();
                if (s.isEmpty() && host.get().subject().isPresent()) {
                    s = Optional.of(new Pick(host.get().subject().get(), Arguments.Found.by(Arguments.Via.HOST_SUBJECT)));
                    sourceHow = s.get().how();
                }
            }
        }
        if (t.isEmpty() && !passive) {
            // "blamed the attack on militants based in Pakistan": the country that locates the object noun
            t = located.target(v, m, tgt, s.map(Pick::candidate), clauses.clauseEnd(v, m.last()))
                    .map(c -> new Pick(c, Arguments.Found.by(Arguments.Via.LOCATED_OBJECT)));
            targetHow = t.map(Pick::how).orElse(Arguments.Found.NONE);
        }
        if (passive && s.isEmpty() && t.isPresent() && hosting(m)) {
            // "X was welcomed in Beijing", "ist in Peking empfangen worden": the host is the place's country
            Candidate guest = t.get().candidate();
            int end = clauses.clauseEnd(v, m.last());
            Optional<Candidate> host = window.byWindow(v, m, new Slot(Slot.Kind.PLACE, Set.of()), Optional.of(guest))
                    .filter(c -> c.first() > guest.last() && c.first() <= end && !c.key().equals(guest.key()));
            if (host.isPresent()) {
                s = Optional.of(new Pick(host.get(), Arguments.Found.by(Arguments.Via.PASSIVE_HOST_PLACE)));
                sourceHow = s.get().how();
            }
        }
        if (t.isPresent() && !m.entry().pos().equals("NOUN") && window.summitHolder(v, t.get().candidate())
                && !attends(v, m) && !hosting(m)) {
            // arriving at a summit is a visit to where it is held, not to its holder ("arrive au sommet de l'OCS")
            t = Optional.empty();
            targetHow = Arguments.Found.NONE;
        } else if (t.isPresent() && !m.entry().pos().equals("NOUN") && window.summitHolder(v, t.get().candidate())) {
            targetHow = Arguments.Found.by(Arguments.Via.SUMMIT_HOLDER, t.get().how().slot().orElse(new Slot(Slot.Kind.OBJ, Set.of())));
        }
        List<Candidate> sources = s.map(c -> clauses.coordinated(v, c.candidate(), h)).orElse(List.of());
        List<Candidate> targets = t.map(c -> clauses.coordinated(v, c.candidate(), h)).orElse(List.of());
        if (!targets.isEmpty()) {
            sources = sources.stream().filter(c -> !targets.contains(c)).toList();
        }
        return new Arguments(sources, targets, sourceHow, targetHow, passive);
    }

    private static List<Slot> swap(List<Slot> slots, Slot.Kind from, Slot.Kind to) {
        return slots.stream().map(x -> x.kind() == from ? new Slot(to, Set.of()) : x).toList();
    }

    /** Whether the trigger hosts a visit (the codebook's hosting trait: 043). */
    private static boolean hosting(TriggerMatch m) {
        return Codebook.standard().is(m.entry().code(), Codebook.Trait.HOSTING);
    }

    /** Whether the trigger's head is a verb of attending or addressing a meeting ({@code ATTEND_VERB}). */
    private boolean attends(SentenceView v, TriggerMatch m) {
        for (int i : m.tokens()) {
            if (v.is(grammar, Grammar.Kind.ATTEND_VERB, i)) {
                return true;
            }
        }
        return false;
    }

    /** A candidate and how it was found. */
    private record Pick(Candidate candidate, Arguments.Found how) {
    }

    private Optional<Pick> resolve(SentenceView v, TriggerMatch m, List<Slot> slots, Optional<Candidate> other) {
        for (Slot slot : slots) {
            if (slot.kind() == Slot.Kind.SPEAKER) {
                continue; // the speaker of reported speech is found by SourceRecovery
            }
            Optional<Candidate> c = v.parsed() ? parse.byParse(v, m, slot, other) : Optional.empty();
            if (c.isPresent() && slot.kind() == Slot.Kind.SUBJ && c.get().first() > m.last()) {
                Optional<Candidate> before = window.byWindow(v, m, slot, other);
                if (before.isPresent() && before.get().last() < m.first()) {
                    return Optional.of(new Pick(before.get(), Arguments.Found.by(Arguments.Via.WINDOW_BEFORE_PARSE_SUBJECT, slot)));
                }
            }
            if (c.isPresent()) {
                return Optional.of(new Pick(c.get(), Arguments.Found.by(Arguments.Via.PARSE, slot)));
            }
            c = window.byWindow(v, m, slot, other);
            if (c.isPresent()) {
                return Optional.of(new Pick(c.get(), Arguments.Found.by(Arguments.Via.WINDOW, slot)));
            }
        }
        return Optional.empty();
    }

    /** The preposition that governs the candidate (see {@link WindowArguments#prepBefore}); m may be null. */
    Optional<String> prepBefore(SentenceView v, Candidate c, TriggerMatch m) {
        return window.prepBefore(v, c, m);
    }

    int clauseStart(SentenceView v, int from) {
        return clauses.clauseStart(v, from);
    }

    int clauseEnd(SentenceView v, int from) {
        return clauses.clauseEnd(v, from);
    }
}
