package org.caravan.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravan.model.Document;
import org.caravan.model.Metadata;

/**
 * Measures the NLP stages on a JSONL file (not a test; run by hand, one configuration per JVM):
 * {@code java -Xmx4g -cp target/classes:target/test-classes:LIBS org.caravan.nlp.NlpBench LANG MODE FILE MAXDOCS PASSES}
 * with MODE one of {@code pos}, {@code ner}, {@code parse}, {@code parse-filtered} (only sentences with a
 * proper noun and a verb), {@code ner+parse}, {@code baseline}.
 */
final class NlpBench {

    private NlpBench() {
    }

    public static void main(String[] args) throws Exception {
        String lang = args[0];
        String mode = args[1];
        List<String> texts = read(Path.of(args[2]), Integer.parseInt(args[3]));
        int passes = Integer.parseInt(args[4]);
        NlpStage nlp = NlpStage.create(NlpConfig.defaults().withNer(mode.contains("ner")));
        ParseStage parse = mode.contains("filtered")
                ? ParseStage.create(NlpConfig.defaults(), NlpBench::namesAndVerb, java.util.Set.of())
                : ParseStage.create(NlpConfig.defaults());
        CoreNlpBaseline baseline = new CoreNlpBaseline();
        long t0 = System.nanoTime();
        run(lang, mode, texts.subList(0, 1), nlp, parse, baseline);
        double load = (System.nanoTime() - t0) / 1e9;
        long tokens = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            tokens += run(lang, mode, texts, nlp, parse, baseline);
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s\t%s\tdocs %d x %d\ttokens %d\tload+first %.1f s\twall %.1f s = %.3f s/1000 tokens"
                        + "\tcpu %.1f s = %.3f s/1000 tokens\theap after GC %d MB\tpeak heap %d MB%n", lang, mode,
                texts.size(), passes, tokens, load, secs, secs * 1000 / tokens, cpu, cpu * 1000 / tokens,
                used >> 20, peak >> 20);
    }

    /** Stands in for "holds an actor mention and a trigger": a proper noun and a verb. */
    private static boolean namesAndVerb(SentenceView s) {
        return s.tokens().stream().anyMatch(t -> t.pos().equals("PROPN"))
                && s.tokens().stream().anyMatch(t -> t.pos().equals("VERB"));
    }

    private static long run(String lang, String mode, List<String> texts, NlpStage nlp, ParseStage parse,
                            CoreNlpBaseline baseline) {
        long tokens = 0;
        for (String text : texts) {
            if (mode.equals("baseline")) {
                tokens += baseline.annotate(lang, text);
                continue;
            }
            Document d = nlp.process(Document.of("b", Metadata.of("bench"), text).withLang(lang));
            if (mode.contains("parse")) {
                d = parse.process(d);
            }
            tokens += d.tokens().size();
        }
        return tokens;
    }

    private static List<String> read(Path file, int max) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line = r.readLine(); line != null && texts.size() < max; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("text")) {
                    texts.add(n.get("text").asText());
                }
            }
        }
        return texts;
    }
}
