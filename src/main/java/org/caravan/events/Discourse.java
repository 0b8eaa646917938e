package org.caravan.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Event;
import org.caravan.model.Mention;
import org.caravan.model.PartialDate;

/**
 * What the coder remembers across the sentences of one document: the last source and speaker, the last date
 * given, the last pair of actors (of a coded event, else of a sentence naming exactly two), the events dated
 * by their own time expression or by the publication date, the sources of each sentence's verbs, the actors
 * each sentence named and the document's two most mentioned actors. Read and
 * changed only through its methods. Mutable; one instance per document, not thread-safe.
 */
final class Discourse {

    private Optional<Candidate> lastSource = Optional.empty();
    private int lastSourceSentence = -10;
    private Optional<Candidate> lastSpeaker = Optional.empty();
    private Optional<PartialDate> lastDate = Optional.empty();
    private Optional<PartialDate> leadDate = Optional.empty();
    private List<Candidate> lastPair = List.of();
    private int lastPairSentence = -10;
    private final Set<Event> ownDated = new LinkedHashSet<>();
    /** Events dated only by the publication-date default (a headline or lead telling the happening). */
    private final Set<Event> publicationDated = new LinkedHashSet<>();
    private final Map<Integer, List<Candidate>> sentenceSources = new HashMap<>();
    /** The actor mentions of the sentences ended so far (groups left out), in text order. */
    private final List<Told> told = new ArrayList<>();
    private List<String> mainActors = List.of();

    /** An actor mention of an ended sentence. */
    record Told(Candidate candidate, int sentence) {
    }

    /** The document's two most mentioned actors, most mentioned first ({@link Counterparts#mainActors}). */
    List<String> mainActors() {
        return mainActors;
    }

    void mainActors(List<String> keys) {
        mainActors = List.copyOf(keys);
    }

    /** The latest mention of the actor with that key in a sentence before {@code sentence}. */
    Optional<Candidate> latestWith(int sentence, String key) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (t.sentence() < sentence && t.candidate().key().filter(key::equals).isPresent()) {
                return Optional.of(t.candidate());
            }
        }
        return Optional.empty();
    }

    /**
     * The subject-most (first named) actor of the latest sentence before {@code sentence}, at most {@code within}
     * sentences back, whose key is none of {@code excluded}: recency first, then salience within the sentence.
     */
    Optional<Candidate> latestOther(int sentence, int within, Set<String> excluded) {
        Optional<Candidate> best = Optional.empty();
        int bestSentence = -1;
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (t.sentence() < sentence - within || bestSentence >= 0 && t.sentence() < bestSentence) {
                break;
            }
            if (t.sentence() < sentence && t.candidate().key().filter(k -> !excluded.contains(k)).isPresent()) {
                best = Optional.of(t.candidate());
                bestSentence = t.sentence();
            }
        }
        return best;
    }

    /** The last source remembered, when it was at most {@code within} sentences before {@code sentence}. */
    Optional<Candidate> sourceWithin(int sentence, int within) {
        return sentence - lastSourceSentence <= within ? lastSource : Optional.empty();
    }

    /** Whether a source was remembered in that sentence. */
    boolean hasSourceIn(int sentence) {
        return lastSourceSentence == sentence;
    }

    void rememberSource(Candidate c, int sentence) {
        lastSource = Optional.of(c);
        lastSourceSentence = sentence;
    }

    Optional<Candidate> lastSpeaker() {
        return lastSpeaker;
    }

    void rememberSpeaker(Candidate c) {
        lastSpeaker = Optional.of(c);
    }

    /** The last pair of actors, when told at most {@code within} sentences before {@code sentence}; else empty. */
    List<Candidate> pairWithin(int sentence, int within) {
        return lastPair.size() == 2 && sentence - lastPairSentence <= within ? lastPair : List.of();
    }

    void rememberPair(Candidate a, Candidate b, int sentence) {
        lastPair = List.of(a, b);
        lastPairSentence = sentence;
    }

    /** The sources of the verbs coded so far in that sentence. */
    Optional<List<Candidate>> sourcesOf(int sentence) {
        return Optional.ofNullable(sentenceSources.get(sentence));
    }

    void rememberSources(int sentence, List<Candidate> sources) {
        sentenceSources.put(sentence, List.copyOf(sources));
    }

    /** Records how a coded event was dated, for {@link #withInheritedDates}. */
    void dated(Event e, DateResolver.Basis basis) {
        if (basis.ownExpression()) {
            ownDated.add(e);
        } else if (basis == DateResolver.Basis.PUBLICATION) {
            publicationDated.add(e);
        }
    }

    /** The events with the dates inherited from their dated tellings (see {@link DateResolver#inheritDates}). */
    List<Event> withInheritedDates(List<Event> events) {
        return DateResolver.inheritDates(events, ownDated, publicationDated);
    }

    Optional<PartialDate> lastDate() {
        return lastDate;
    }

    /** The lead's date if it gave one, else the last date given. */
    Optional<PartialDate> fallbackDate() {
        return leadDate.isPresent() ? leadDate : lastDate;
    }

    /** Remembers the pair of a sentence naming exactly two actors (if no event gave one) and its dates. */
    void endSentence(SentenceView v) {
        int idx = v.sentence().index();
        for (Candidate c : v.candidates()) {
            if (c.isActor() && c.key().filter(k -> !k.startsWith(Mention.GROUP)).isPresent()) {
                told.add(new Told(c, idx));
            }
        }
        if (lastPairSentence != idx) {
            List<Candidate> two = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Candidate c : v.candidates()) {
                if (c.isActor() && c.key().isPresent() && keys.add(c.key().get())) {
                    two.add(c);
                }
            }
            if (two.size() == 2) {
                rememberPair(two.get(0), two.get(1), idx);
            }
        }
        Optional<PartialDate> d = DateResolver.lastOf(v);
        if (d.isPresent()) {
            lastDate = d;
            if (leadDate.isEmpty() && idx < 4) {
                leadDate = DateResolver.firstOf(v);
            }
        }
    }
}
