package org.caravan.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.PartialDate;
import org.caravan.model.Precision;
import org.caravan.model.TimeExpression;
import org.caravan.pipeline.Stage;

/**
 * Finds the time expressions of a document and normalises them to TIMEX3 values against its reference date
 * ({@link Document#referenceDate()}, used when known to the day). Needs only the text and its language: the
 * tense of each clause comes from light cues in the rules, not from the NLP layers. A document in a language
 * without rules gets an empty TIMEX layer and a diagnostic. Thread-safe: one instance may serve every worker.
 */
public final class TimeStage implements Stage {

    private static final int MAX_CHARS = 2_000_000;

    private final TimeRules rules;
    private final boolean inferReference;

    /** A stage that infers a reference date from the text when the document has none. */
    public TimeStage(TimeRules rules) {
        this(rules, true);
    }

    /**
     * @param inferReference whether, without a publication date, the first absolute day in the text serves as
     *                       reference (its results marked inferred); if not, relative expressions keep X values
     */
    public TimeStage(TimeRules rules, boolean inferReference) {
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        this.inferReference = inferReference;
    }

    /** A stage with the built-in rules. */
    public static TimeStage withBuiltInRules() {
        return new TimeStage(TimeRules.load());
    }

    @Override
    public Document process(Document document) {
        Optional<LanguageRules> lr = document.lang().flatMap(rules::forLanguage);
        if (lr.isEmpty()) {
            return document.withTimes(List.of()).withDiagnostic(Diagnostic.warning(name(),
                    "no time rules for language " + document.lang().orElse("(unknown)")));
        }
        String text = document.text();
        if (text.length() > MAX_CHARS) {
            return document.withTimes(List.of()).withDiagnostic(Diagnostic.warning(name(),
                    "text longer than " + MAX_CHARS + " characters: time expressions not searched"));
        }
        Optional<LocalDate> ref = document.referenceDate()
                .filter(d -> d.precision() == Precision.DAY).map(PartialDate::start);
        List<TimeExpression> times = tag(lr.get(), text, ref);
        Document d = document.withTimes(times);
        if (times.stream().anyMatch(TimeExpression::inferred)) {
            d = d.withDiagnostic(new Diagnostic(Diagnostic.Severity.INFO, name(),
                    "no publication date: relative time expressions resolved against a date found in the text"));
        }
        return d;
    }

    /** The expressions of a text in a language, against an optional reference date; empty for an unknown language. */
    public List<TimeExpression> find(String text, String lang, Optional<LocalDate> reference) {
        return rules.forLanguage(lang).map(r -> tag(r, text, reference)).orElse(List.of());
    }

    private List<TimeExpression> tag(LanguageRules r, String text, Optional<LocalDate> ref) {
        return TimeTagger.tag(r, text, ref, inferReference);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TIMEX);
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public boolean threadSafe() {
        return true;
    }
}
