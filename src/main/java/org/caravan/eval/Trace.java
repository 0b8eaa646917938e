package org.caravan.eval;

import java.util.List;
import org.caravan.events.Decision;
import org.caravan.model.Mention;
import org.caravan.model.Sentence;

/**
 * What the coder saw and decided in one document, kept to explain a scorer's misses and extras: the text, its
 * sentences, the actor and place mentions and the coder's decisions (the ones {@code caravan explain} prints).
 *
 * @param lang the detected language, or "?"
 */
public record Trace(String id, String lang, String text, List<Sentence> sentences, List<Mention> mentions,
                    List<Decision> decisions) {

    public Trace {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        decisions = List.copyOf(decisions);
    }

    /** The sentences that overlap the half-open character range [start, end), in order. */
    public List<Sentence> sentencesOver(int start, int end) {
        return sentences.stream().filter(s -> s.span().start() < end && start < s.span().end()).toList();
    }

    /** The text of a sentence on one line. */
    public String sentenceText(Sentence s) {
        return s.span().of(text).replaceAll("\\s+", " ").strip();
    }

    /** The decisions taken on a trigger of the sentence. */
    public List<Decision> decisionsIn(Sentence s) {
        return decisions.stream().filter(d -> d.sentence() == s.index()).toList();
    }

    /** The actor mentions inside the sentence. */
    public List<Mention> actorsIn(Sentence s) {
        return mentions.stream().filter(m -> m.actor().isPresent() && s.span().contains(m.span())).toList();
    }
}
