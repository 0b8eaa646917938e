package org.caravan.ingest;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.pipeline.Stage;

/**
 * Detects each document's language with Lingua, among the languages listed in {@code ingest/languages.tsv}.
 * A document that already has a language (declared with its input) keeps it. The detector is built once per
 * process and shared; thread-safe.
 */
public final class LanguageStage implements Stage {

    /** Characters of text looked at: enough for a reliable guess, bounded for speed. */
    private static final int SAMPLE = 1200;

    /**
     * Lingua in its low-accuracy mode: its trigram models only, not the 4- and 5-gram ones, which for the 17
     * languages held about 400 MB of heap (millions of n-gram strings) and which Lingua's authors say matter for
     * short texts (a word or a phrase), not for a sample of {@value #SAMPLE} characters of a document.
     */
    private static final class Shared {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromIsoCodes639_1(codes().toArray(IsoCode639_1[]::new)).withLowAccuracyMode().build();
    }

    @Override
    public Document process(Document document) {
        if (document.has(Layer.LANGUAGE) || document.lang().isPresent()) {
            return document;
        }
        Optional<String> lang = detect(document.text());
        return lang.map(document::withLang).orElseGet(() -> document.withDiagnostic(
                Diagnostic.warning(name(), "language not recognised")));
    }

    /**
     * The ISO 639 code of a language tag as inputs and options give it ({@code FR}, {@code fr-FR}, {@code en_US}
     * give fr and en): lower case, the region cut; empty when what is left is not two or three letters.
     */
    public static Optional<String> code(String tag) {
        String base = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return base.matches("[a-z]{2,3}") ? Optional.of(base) : Optional.empty();
    }

    /** The ISO 639-1 code of the text's language, empty when the text gives no clear answer. */
    public static Optional<String> detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Language l = Shared.DETECTOR.detectLanguageOf(sample);
        if (l == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(l.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public boolean threadSafe() {
        return true;
    }

    /** The ISO codes listed in {@code ingest/languages.tsv}; an unknown code is an error naming it. */
    static List<IsoCode639_1> codes() {
        try (InputStream in = LanguageStage.class.getResourceAsStream("/ingest/languages.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource ingest/languages.tsv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<IsoCode639_1> out = new ArrayList<>();
            boolean header = true;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String code = line.split("\t")[0].strip().toUpperCase(Locale.ROOT);
                try {
                    out.add(IsoCode639_1.valueOf(code));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("ingest/languages.tsv: unknown ISO 639-1 code '" + code + "'", e);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ingest/languages.tsv", e);
        }
    }
}
