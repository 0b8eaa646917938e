package org.caravan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.caravan.eval.ExternalScorer;
import org.caravan.ingest.Ingestor;
import org.caravan.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan eval clean DIR}: runs the article cleaner over the article-extraction benchmark (its
 * {@code html/<id>.html.gz} pages), writes one {@code {"id", "articleBody"}} line a page, and runs the
 * benchmark's own {@code score.py} on it, printing its precision, recall and F1.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Scores the article cleaner on the article-extraction benchmark (runs its score.py).")
public final class EvalCleanCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The benchmark folder (html/, ground-truth.json, score.py).")
    Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the predictions (JSONL); default a temporary file.")
    Path out;

    @Option(names = "--per-item", paramLabel = "FILE", description = "Also write score.py's page-level TSV here.")
    Path perItem;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "Python interpreter (default: ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path html = dir.resolve("html");
        Path score = dir.resolve("score.py");
        if (!Files.isDirectory(html) || !Files.isRegularFile(score)) {
            throw new UserException(dir + ": not the article-extraction benchmark (expected html/ and score.py)");
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(html)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        Ingestor ingestor = new Ingestor();
        long t0 = System.nanoTime();
        Map<String, String> bodies = new LinkedHashMap<>();
        pages.parallelStream().map(p -> Map.entry(id(p), clean(ingestor, p))).toList()
                .forEach(e -> bodies.put(e.getKey(), e.getValue()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path predictions = out != null ? out : Files.createTempFile("caravan-eval-clean", ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : bodies.entrySet()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", e.getKey());
                row.put("articleBody", e.getValue());
                w.write(JSON.writeValueAsString(row));
                w.write('\n');
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(java.util.Locale.ROOT, "cleaned %d pages in %.1f s; predictions in %s%n", pages.size(), seconds, predictions);
        o.flush();
        List<String> cmd = new java.util.ArrayList<>(List.of(python, "score.py", predictions.toAbsolutePath().toString()));
        if (perItem != null) {
            cmd.addAll(List.of("--per-item", perItem.toAbsolutePath().toString()));
        }
        ExternalScorer.Output scored = ExternalScorer.run(cmd, Optional.of(dir));
        o.print(scored.text());
        o.flush();
        int code = scored.exitCode();
        if (out == null) {
            Files.deleteIfExists(predictions);
        }
        return code == 0 ? ErrorHandler.OK : ErrorHandler.FAILURE;
    }

    private static String id(Path page) {
        String n = page.getFileName().toString();
        return n.substring(0, n.length() - ".html.gz".length());
    }

    private static String clean(Ingestor ingestor, Path page) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RawDocument raw = new RawDocument(id(page), page.toString(), RawDocument.Format.HTML, html,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            return ingestor.ingest(raw).text();
        } catch (IOException e) {
            return "";
        }
    }
}
