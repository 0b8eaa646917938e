package org.caravan.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Event;
import org.caravan.model.PartialDate;

/**
 * What the coder remembers across the sentences of one document: the last source and speaker, the last date
 * given, the last pair of actors (of a coded event, else of a sentence naming exactly two), the events dated
 * by their own time expression, the sources of each sentence's verbs. Mutable; one
 * instance per document, not thread-safe.
 */
final class Discourse {

    Optional<Candidate> lastSource = Optional.empty();
    int lastSourceSentence = -10;
    Optional<Candidate> lastSpeaker = Optional.empty();
    Optional<PartialDate> lastDate = Optional.empty();

    List<Candidate> lastPair = List.of();
    int lastPairSentence = -10;

    Optional<PartialDate> leadDate = Optional.empty();
    final Set<Event> ownDated = new java.util.LinkedHashSet<>();
    /** Events dated only by the publication-date default (a headline or lead telling the happening). */
    final Set<Event> publicationDated = new java.util.LinkedHashSet<>();
    final Map<Integer, List<Candidate>> sentenceSources = new HashMap<>();

    void endSentence(SentenceView v) {
        if (lastPairSentence != v.sentence.index()) {
            List<Candidate> two = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Candidate c : v.candidates) {
                if (c.isActor() && c.key().isPresent() && keys.add(c.key().get())) {
                    two.add(c);
                }
            }
            if (two.size() == 2) {
                lastPair = List.copyOf(two);
                lastPairSentence = v.sentence.index();
            }
        }
        Optional<PartialDate> d = DateResolver.lastOf(v);
        if (d.isPresent()) {
            lastDate = d;
            if (leadDate.isEmpty() && v.sentence.index() < 4) {
                leadDate = DateResolver.firstOf(v);
            }
        }
    }

    Optional<PartialDate> fallbackDate() {
        return leadDate.isPresent() ? leadDate : lastDate;
    }
}
