package org.caravan.events;

import java.util.List;
import java.util.Optional;

/**
 * The arguments found for a trigger: sources and targets (several when coordinated), and how each was
 * found, for explanations and confidence.
 */
record Arguments(List<Candidate> sources, List<Candidate> targets, Found sourceHow, Found targetHow,
                 boolean passive) {

    /** The ways an argument is found; {@link Found#describe()} gives the words {@code explain} shows. */
    enum Via {
        NONE(""),
        PARSE("parse"),
        WINDOW("window"),
        /** The parse gave a subject after the verb, word order one before it ("window subj (parse subject after the verb)"). */
        WINDOW_BEFORE_PARSE_SUBJECT("window"),
        CONJOINED_VERB("subject of the conjoined verb before"),
        DISCOURSE_PAIR("discourse (the pair told before)"),
        POSSESSOR("possessor"),
        DISCOURSE_POSSESSIVE("discourse (possessive)"),
        SPEAKER("speaker of reported speech"),
        DISCOURSE_SUBJECT("discourse (earlier subject)"),
        COORDINATED_WITH_SOURCE("coordinated with the source"),
        /** "At the invitation of X, Y...": the inviter and the visitor (NominalFrames). */
        INVITATION("invitation frame (inviter, visitor)"),
        /** A symmetric event noun in an adjunct of a verb: the verb's object and subject ("told X in a phone call"). */
        HOST_OBJECT("object of the verb the noun is an adjunct of"),
        HOST_SUBJECT("subject of the verb the noun is an adjunct of"),
        /** The organisation or format that holds the summit the verb's object or complement names. */
        SUMMIT_HOLDER("holder of the summit"),
        /** A passive welcome with no agent: the country of the place it happened in ("was welcomed in Beijing"). */
        PASSIVE_HOST_PLACE("place of a passive welcome without agent"),
        /** "X and Y blamed each other": every conjunct of the subject is also a target (grammar.tsv RECIPROCAL). */
        RECIPROCAL("reciprocal: each of the coordinated sources"),
        /** The referent of a relational noun ("l'allié de Moscou"), from the discourse (Counterparts). */
        RELATIONAL("discourse (referent of a relational noun)"),
        /** The counterpart of a reaction or symmetric act that the clause does not name (Counterparts). */
        DISCOURSE_COUNTERPART("discourse (counterpart told before)"),
        /** The country that locates the noun filling the object ("militants based in Pakistan": LocatedObjects). */
        LOCATED_OBJECT("country locating the object noun");

        private final String words;

        Via(String words) {
            this.words = words;
        }
    }

    /**
     * How one argument was found: the way, and the slot of the lexicon entry it filled when it came from the
     * parse or word order.
     */
    record Found(Via via, Optional<Slot> slot) {

        static final Found NONE = new Found(Via.NONE, Optional.empty());

        static Found by(Via via) {
            return new Found(via, Optional.empty());
        }

        static Found by(Via via, Slot slot) {
            return new Found(via, Optional.of(slot));
        }

        /** Whether word order found it. */
        boolean byWindow() {
            return via == Via.WINDOW || via == Via.WINDOW_BEFORE_PARSE_SUBJECT;
        }

        /** Whether an earlier sentence of the document gave it. */
        boolean fromDiscourse() {
            return via == Via.DISCOURSE_PAIR || via == Via.DISCOURSE_POSSESSIVE || via == Via.DISCOURSE_SUBJECT
                    || via == Via.RELATIONAL || via == Via.DISCOURSE_COUNTERPART;
        }

        /** Whether it filled a slot of one of these kinds. */
        boolean inSlot(Slot.Kind... kinds) {
            for (Slot.Kind k : kinds) {
                if (slot.filter(s -> s.kind() == k).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** The words explain shows: "parse subj", "window pp:with", "possessor"... */
        String describe() {
            String s = via.words + slot.map(x -> " " + x).orElse("");
            return via == Via.WINDOW_BEFORE_PARSE_SUBJECT ? s + " (parse subject after the verb)" : s;
        }
    }

    Arguments {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    Arguments withSources(List<Candidate> s, Found how) {
        return new Arguments(s, targets, how, targetHow, passive);
    }

    Arguments withTargets(List<Candidate> t, Found how) {
        return new Arguments(sources, t, sourceHow, how, passive);
    }
}
