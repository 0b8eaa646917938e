package org.caravan.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caravan.events.Grammar.Kind;

/**
 * The argument frame of an event noun, from the grammar rather than from each lexicon line: a trigger used as a
 * noun ("the visit of X", "визит президента", "Besuch von X", "talks with Y") takes its agent from the possessor
 * or the agent phrase ({@code NOUN_AGENT_PREP}), its partner from the partner phrase ({@code NOUN_PARTNER_PREP},
 * symmetric events) and its destination from the destination phrase ({@code NOUN_DEST_PREP}, events whose target
 * is a place), after the slots its lexicon line names. A lexicon line of part of speech ANY used as a noun (a
 * determiner, possessive or preposition before it, or the tagger's NOUN) is read as a NOUN line whose subject
 * comes last. Stateless; thread-safe.
 */
final class NominalFrames {

    private final Grammar g;

    NominalFrames(Grammar grammar) {
        this.g = grammar;
    }

    /** The match with its entry's frame completed when the trigger is used as a noun; else the match itself. */
    TriggerMatch frame(SentenceView v, TriggerMatch m) {
        TriggerEntry e = m.entry();
        if (!nominal(v, m)) {
            return m;
        }
        String lang = v.lang();
        List<Slot> src = new ArrayList<>(e.source());
        List<Slot> tgt = new ArrayList<>(e.target());
        boolean any = e.pos().equals("ANY");
        if (any && src.removeIf(s -> s.kind() == Slot.Kind.SUBJ)) {
            src.add(new Slot(Slot.Kind.SUBJ, Set.of()));
        }
        boolean place = tgt.stream().anyMatch(s -> s.kind() == Slot.Kind.PLACE);
        if (e.symmetric() || place || meeting(e.code())) {
            addBefore(src, Slot.Kind.SUBJ, new Slot(Slot.Kind.GEN, Set.of()));
            addBefore(src, Slot.Kind.SUBJ, pp(g.get(lang, Kind.NOUN_AGENT_PREP), src, tgt));
        }
        if (e.symmetric()) {
            addBefore(tgt, null, pp(g.get(lang, Kind.NOUN_PARTNER_PREP), src, tgt));
        }
        if (place) {
            addBefore(tgt, Slot.Kind.PLACE, pp(g.get(lang, Kind.NOUN_DEST_PREP), src, tgt));
        }
        TriggerEntry framed = new TriggerEntry(e.lang(), e.words(), e.head(), "NOUN", e.code(), src, tgt,
                e.symmetric(), e.origin());
        return new TriggerMatch(framed, m.head(), m.tokens());
    }

    /**
     * Whether the trigger is used as a noun: its entry says NOUN, or (ANY) the tagger calls its head a noun, or,
     * untagged, a determiner, possessive or preposition stands right before it or it opens the sentence.
     */
    boolean nominal(SentenceView v, TriggerMatch m) {
        String pos = m.entry().pos();
        if (pos.equals("NOUN")) {
            return true;
        }
        if (!pos.equals("ANY")) {
            return false;
        }
        String tag = v.pos(m.head());
        if (tag.equals("NOUN") || tag.equals("PROPN")) {
            return true;
        }
        if (!tag.isEmpty() && !tag.equals("X")) {
            return false;
        }
        int prev = m.first() - 1;
        if (prev < 0) {
            return true;
        }
        String w = v.norm(prev);
        return v.pos(prev).equals("DET") || g.is(v.lang(), Kind.POSS, w) || g.is(v.lang(), Kind.PREP, w)
                || g.is(v.lang(), Kind.ADJUNCT_PREP, w) || g.is(v.lang(), Kind.ARTICLE, w);
    }

    /**
     * A prepositional slot with the words not yet used by another slot of the frame, in alphabetical order (the
     * grammar's sets have no fixed order from one run to the next, and the slot is shown by explain); null when
     * none is left.
     */
    private static Slot pp(Set<String> words, List<Slot> src, List<Slot> tgt) {
        Set<String> left = new LinkedHashSet<>(new TreeSet<>(words));
        for (Slot s : src) {
            left.removeAll(s.prepositions());
        }
        for (Slot s : tgt) {
            left.removeAll(s.prepositions());
        }
        return left.isEmpty() ? null : new Slot(Slot.Kind.PP, left);
    }

    /** Adds the slot before the first slot of that kind (at the end when none, or kind null), unless present. */
    private static void addBefore(List<Slot> slots, Slot.Kind kind, Slot slot) {
        if (slot == null || slot.kind() != Slot.Kind.PP && slots.stream().anyMatch(s -> s.kind() == slot.kind())) {
            return;
        }
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).kind() == kind) {
                slots.add(i, slot);
                return;
            }
        }
        slots.add(slot);
    }

    private static boolean is(String code, Codebook.Trait trait) {
        return Codebook.standard().is(code, trait);
    }

    /** A meeting code (the codebook's meeting trait: root 04). */
    static boolean meeting(String code) {
        return is(code, Codebook.Trait.MEETING);
    }

    /** An invitation code (the codebook's invitation trait: 036). */
    static boolean invites(String code) {
        return is(code, Codebook.Trait.INVITATION);
    }

    /** The entry origin of the visit that an invitation frame tells ("arrived at the invitation of X"). */
    static final String INVITED_VISIT = "grammar.tsv INVITATION_PREP (the visit made at an invitation)";

    /** An invitation frame: who invited and who came. */
    record Invitation(Candidate inviter, Candidate visitor) {
    }

    /**
     * The matches with, for an invitation frame in a sentence that has no visit or welcome trigger, the visit it
     * tells: "Tokayev is in Paris at the invitation of Macron" is a visit KAZ→FRA as well as an invitation.
     */
    List<TriggerMatch> withInvitedVisits(SentenceView v, List<TriggerMatch> found) {
        if (found.stream().anyMatch(x -> is(x.entry().code(), Codebook.Trait.VISIT)
                || is(x.entry().code(), Codebook.Trait.HOSTING))) {
            return found;
        }
        List<TriggerMatch> out = new ArrayList<>(found);
        for (TriggerMatch x : found) {
            if (invites(x.entry().code()) && invitation(v, x).isPresent()) {
                TriggerEntry e = x.entry();
                TriggerEntry visit = new TriggerEntry(e.lang(), e.words(), e.head(), "NOUN", Codebook.standard().codeWith(Codebook.Trait.VISIT), e.source(),
                        e.target(), false, INVITED_VISIT);
                out.add(new TriggerMatch(visit, x.head(), x.tokens()));
            }
        }
        return out;
    }

    /**
     * "At the invitation of X" ({@code INVITATION_PREP} before an invitation noun, "à l'invitation de", "по
     * приглашению", "auf Einladung von", "por invitación de"): the inviter is the agent phrase or genitive after
     * the noun, the visitor the subject of the clause it modifies: the first actor after the inviter (when the
     * frame opens the sentence) or before the frame, with no preposition, that is not the inviter's own country.
     */
    java.util.Optional<Invitation> invitation(SentenceView v, TriggerMatch m) {
        boolean invite = invites(m.entry().code()) || m.entry().origin().equals(INVITED_VISIT);
        if (!invite || !nominal(v, m)) {
            return java.util.Optional.empty();
        }
        String lang = v.lang();
        int prep = -1;
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            if (g.is(lang, Kind.INVITATION_PREP, v.norm(i))) {
                prep = i;
                break;
            }
            if (!g.is(lang, Kind.ARTICLE, v.norm(i)) && !v.pos(i).equals("DET") && !v.norm(i).equals("'")) {
                return java.util.Optional.empty();
            }
        }
        if (prep < 0) {
            return java.util.Optional.empty();
        }
        Candidate inviter = null;
        for (Candidate c : v.candidates()) {
            if (!c.isActor() || c.first() <= m.last() || c.first() - m.last() > 4) {
                continue;
            }
            int before = c.first() - 1;
            boolean agentPrep = false;
            for (int i = before; i > m.last(); i--) {
                agentPrep |= g.is(lang, Kind.NOUN_AGENT_PREP, v.norm(i)) || g.is(lang, Kind.GEN_PREP, v.norm(i));
            }
            if (agentPrep || c.first() == m.last() + 1) {
                inviter = c;
            }
            break;
        }
        if (inviter == null) {
            return java.util.Optional.empty();
        }
        Candidate visitor = null;
        String key = inviter.key().orElse("");
        if (prep <= 1) {
            int from = inviter.last();
            for (Candidate c : v.candidates()) {
                if (c.isActor() && c.first() > from && !c.key().orElse("").equals(key) && !governed(v, c)) {
                    visitor = c;
                    break;
                }
            }
        } else {
            for (Candidate c : v.candidates()) {
                if (c.isActor() && c.last() < prep && !c.key().orElse("").equals(key) && !governed(v, c)) {
                    visitor = c;
                    break;
                }
            }
        }
        return visitor == null ? java.util.Optional.empty() : java.util.Optional.of(new Invitation(inviter, visitor));
    }

    /** Whether a preposition stands right before the mention (one article or title between at most). */
    private boolean governed(SentenceView v, Candidate c) {
        for (int i = c.first() - 1; i >= 0 && i >= c.first() - 2; i--) {
            if (g.is(v.lang(), Kind.PREP, v.norm(i))) {
                return true;
            }
            if (!g.is(v.lang(), Kind.ARTICLE, v.norm(i)) && !g.is(v.lang(), Kind.SKIP, v.norm(i))) {
                return false;
            }
        }
        return false;
    }

    /** The subject and object of the verb whose adjunct an event noun is. */
    record Host(java.util.Optional<Candidate> subject, Candidate object) {
    }

    /**
     * For a symmetric meeting noun (root 04) in a prepositional phrase right after a verb's object ("told his counterpart Wang
     * Yi in a phone conversation", "a remercié Xi lors de leur entretien", "dankte Xi bei dem Gespräch"), the
     * verb's object (the partner) and subject: the object stands right before the preposition, a verb at most
     * four words before it; the subject is the nearest actor before the verb in the clause with no preposition.
     */
    java.util.Optional<Host> host(SentenceView v, TriggerMatch m, int clauseStart) {
        // meetings, talks and calls only: a fight or a deal in an adjunct is not the verb's object's
        // ("soutient Pékin dans son combat")
        if (!m.entry().symmetric() || !meeting(m.entry().code()) || !nominal(v, m)) {
            return java.util.Optional.empty();
        }
        String lang = v.lang();
        int prep = -1;
        for (int i = m.first() - 1; i >= clauseStart && i >= m.first() - 4; i--) {
            if (g.is(lang, Kind.PREP, v.norm(i)) || g.is(lang, Kind.ADJUNCT_PREP, v.norm(i))) {
                prep = i;
                break;
            }
            if (!(g.is(lang, Kind.ARTICLE, v.norm(i)) || g.is(lang, Kind.POSS, v.norm(i)) || v.pos(i).equals("DET")
                    || v.pos(i).equals("ADJ") || v.pos(i).equals("NUM"))) {
                return java.util.Optional.empty();
            }
        }
        if (prep < 0) {
            return java.util.Optional.empty();
        }
        Candidate object = null;
        for (Candidate c : v.candidates()) {
            if (c.isActor() && c.last() == prep - 1 && c.first() > clauseStart) {
                object = c;
            }
        }
        if (object == null) {
            return java.util.Optional.empty();
        }
        int verb = -1;
        for (Candidate c : v.candidates()) {
            if (c.isActor() && c.last() < object.first() && c.last() >= object.first() - 5 && !governed(v, c)) {
                object = c.first() < object.first() && adjacent(v, c, object) ? c : object;
            }
        }
        for (int i = object.first() - 1; i >= clauseStart && i >= object.first() - 4; i--) {
            if (v.isVerb(i)) {
                verb = i;
                break;
            }
            if (g.is(lang, Kind.PREP, v.norm(i))) {
                return java.util.Optional.empty();
            }
        }
        if (verb < 0) {
            return java.util.Optional.empty();
        }
        Candidate subject = null;
        for (Candidate c : v.candidates()) {
            if (c.isActor() && c.last() < verb && c.first() >= clauseStart && !governed(v, c)) {
                subject = c;
            }
        }
        return java.util.Optional.of(new Host(java.util.Optional.ofNullable(subject), object));
    }

    /** Whether two mentions are one phrase (apposition: "his counterpart Wang Yi"), only words without a verb between. */
    private static boolean adjacent(SentenceView v, Candidate a, Candidate b) {
        return b.first() - a.last() <= 1;
    }
}
