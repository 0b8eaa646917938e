package org.caravan.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each token of an ECB+ document lies in the text Caravan read of it: the tokens are found in order, so a
 * cleaner that changed spacing does not shift them; a token not found nearby is left out. Immutable.
 */
final class TokenMap {

    private static final int LOOK_AHEAD = 200;

    /** A token: its sentence, its number in the sentence, and its characters in Caravan's text. */
    private record Placed(int sentence, int token, int start, int end, boolean validated) {
    }

    private final String docId;
    private final List<Placed> tokens;

    private TokenMap(String docId, List<Placed> tokens) {
        this.docId = docId;
        this.tokens = List.copyOf(tokens);
    }

    static TokenMap align(EcbPlus.Doc d, String text) {
        List<Placed> out = new ArrayList<>();
        int at = 0;
        for (EcbPlus.Sentence s : d.sentences()) {
            for (int t = 0; t < s.tokens().size(); t++) {
                String tok = s.tokens().get(t);
                int found = tok.isEmpty() ? -1 : text.indexOf(tok, at);
                if (found < 0 || found - at > LOOK_AHEAD) {
                    continue;
                }
                out.add(new Placed(s.number(), t, found, found + tok.length(), s.validated()));
                at = found + tok.length();
            }
        }
        return new TokenMap(d.id(), out);
    }

    /**
     * The ECB+ id of the tokens a trigger covers ({@code DOC:SENTENCE:FIRST-END}), when they lie in one sentence
     * (and a validated one, if asked).
     */
    Optional<String> mentionId(int start, int end, boolean validatedOnly) {
        Placed first = null;
        Placed last = null;
        for (Placed p : tokens) {
            if (p.end() > start && p.start() < end) {
                if (first == null) {
                    first = p;
                } else if (p.sentence() != first.sentence()) {
                    break;
                }
                last = p;
            }
        }
        if (first == null || (validatedOnly && !first.validated())) {
            return Optional.empty();
        }
        return Optional.of(docId + ":" + first.sentence() + ":" + first.token() + "-" + (last.token() + 1));
    }
}
