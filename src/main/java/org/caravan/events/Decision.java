package org.caravan.events;

import java.util.List;
import org.caravan.model.Span;

/**
 * What the coder made of one trigger, for {@code caravan explain}: the lexicon entry that fired, the
 * arguments found and how, the modality and date, and whether events were coded or why not.
 *
 * @param sentence  sentence index
 * @param trigger   the trigger's words as written
 * @param span      the trigger's character span
 * @param entry     the lexicon entry: phrase, code and file:line
 * @param sources   source actors found ("Xi Jinping=CHN (window subj)")
 * @param targets   target actors found
 * @param modality  asserted, intent, negated, future...
 * @param date      the date given and where it came from
 * @param coded     the events coded from it ("CHN→KAZ 042"), empty when none
 * @param reason    why nothing was coded, or "coded"
 */
public record Decision(int sentence, String trigger, Span span, String entry, List<String> sources,
                       List<String> targets, Modality modality, String date, List<String> coded, String reason) {

    public Decision {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        coded = List.copyOf(coded);
    }
}
