package org.caravan.nlp;

import java.util.List;
import java.util.Objects;
import org.caravan.model.Document;
import org.caravan.model.Sentence;
import org.caravan.model.Token;

/**
 * One sentence of a document, as seen by a parse filter or a parser. Immutable.
 */
public record SentenceView(Document document, Sentence sentence) {

    public SentenceView {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
    }

    public List<Token> tokens() {
        return document.tokensOf(sentence);
    }

    public String text() {
        return sentence.span().of(document.text());
    }

    /** The document's language, empty when undetected. */
    public String lang() {
        return document.lang().orElse("");
    }
}
