package org.caravan.events;

import java.io.PrintWriter;
import java.util.List;
import org.caravan.model.Document;
import org.caravan.model.Mention;
import org.caravan.model.Sentence;
import org.caravan.model.TimeExpression;

/**
 * Renders, sentence by sentence, what the coder saw and decided: actor and place mentions, time
 * expressions, the triggers that fired with the lexicon line behind each, the arguments found and how,
 * the modality and date, and the events coded or the reason none was. Stateless; thread-safe.
 */
public final class Explainer {

    private final EventCoder coder;

    public Explainer(EventCoder coder) {
        this.coder = coder;
    }

    /** Explains an annotated document (sentences, tokens, mentions, times; its EVENTS layer is ignored). */
    public EventCoder.Result explain(Document d, PrintWriter out) {
        EventCoder.Result r = coder.code(d);
        out.printf("document %s, language %s, published %s, %d sentences%s%n", d.id(), d.lang().orElse("?"),
                d.referenceDate().map(Object::toString).orElse("unknown"), d.sentences().size(),
                d.dependencies().isEmpty() ? ", no dependency parse (word-order arguments)" : "");
        if (!coder.lexicon().hasLanguage(d.lang().orElse(""))) {
            out.println("  no trigger lexicon for this language: nothing is coded");
        }
        for (Sentence s : d.sentences()) {
            List<Decision> ds = r.decisions().stream().filter(x -> x.sentence() == s.index()).toList();
            out.printf("%n[%d] %s%n", s.index(), s.span().of(d.text()).replaceAll("\\s+", " ").strip());
            for (Mention m : d.mentions()) {
                if (s.span().contains(m.span())) {
                    out.printf("    %s %-28s %s%n", m.actor().isPresent() ? "actor" : "place", "'" + m.text() + "'",
                            m.actor().map(a -> a.code() + " key=" + a.key().orElse("-"))
                                    .orElseGet(() -> m.place().map(p -> p.name() + ", " + p.country()).orElse("")));
                }
            }
            for (TimeExpression t : d.times()) {
                if (s.span().contains(t.span())) {
                    out.printf("    time  %-28s %s%n", "'" + t.text() + "'", t.date().map(Object::toString).orElse(t.value()));
                }
            }
            if (ds.isEmpty()) {
                out.println("    no trigger");
            }
            for (Decision x : ds) {
                out.printf("  trigger '%s': %s%n", x.trigger(), x.entry());
                out.printf("    source: %s%n", x.sources().isEmpty() ? "none" : String.join(", ", x.sources()));
                out.printf("    target: %s%n", x.targets().isEmpty() ? "none" : String.join(", ", x.targets()));
                out.printf("    modality: %s; date: %s%n", x.modality().label(), x.date());
                out.printf("    => %s%s%n", x.reason(), x.coded().isEmpty() ? "" : ": " + String.join(", ", x.coded()));
            }
        }
        out.printf("%n%d events after merging%n", r.events().size());
        r.events().forEach(e -> out.printf("  %s %s→%s %s %s (%d mentions, confidence %.2f)%n", e.id(),
                e.source().key().orElse("?"), e.target().key().orElse("?"), e.cameo(),
                e.date().map(x -> x.iso()).orElse("undated"), e.mentions().size(), e.confidence()));
        out.flush();
        return r;
    }
}
