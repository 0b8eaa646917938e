package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caravan.ingest.Ingestor;
import org.caravan.ingest.RawDocument;
import org.caravan.ingest.SourceError;
import org.caravan.ingest.SourceItem;
import org.caravan.ingest.Sources;
import org.caravan.model.DateOrigin;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import java.util.concurrent.Callable;
import org.caravan.events.EventCoder;
import org.caravan.events.Explainer;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan explain FILE-or-TEXT}: runs the standard pipeline up to the events stage and shows, sentence by
 * sentence, which triggers fired, which arguments were found and why an event was or was not coded.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows, sentence by sentence, which event triggers fired and why events were or were not coded.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE-or-TEXT", description = "a document file (.txt, .html, .jsonl, feed, WARC: read and cleaned as analyze reads it), or the text itself")
    String input;

    @Mixin
    DateLangOptions dateLang;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = PipelineFactory.standard(PipelineConfig.fromEnvironment(System.getenv()));
        PrintWriter out = spec.commandLine().getOut();
        Explainer explainer = new Explainer(EventCoder.standard());
        Optional<PartialDate> when = dateLang.date();
        Path file = documentFile(input);
        if (file == null) {
            TextInput in = TextInput.of(input);
            explainer.explain(annotate(pipeline, Document.of("explain", in.metadata(when), in.text())), out);
            return ErrorHandler.OK;
        }
        Ingestor ingestor = new Ingestor();
        int code = ErrorHandler.OK;
        try (Stream<SourceItem> items = Sources.stream(List.of(file))) {
            for (SourceItem item : (Iterable<SourceItem>) items::iterator) {
                if (item instanceof SourceError e) {
                    spec.commandLine().getErr().println("caravan: " + e.location() + ": " + e.message());
                    code = ErrorHandler.FAILURE;
                } else if (item instanceof RawDocument raw) {
                    Document d = ingestor.ingest(raw);
                    if (when.isPresent()) {
                        d = d.withMetadata(d.metadata().withPublished(new Published(when.get(), DateOrigin.INPUT)));
                    }
                    explainer.explain(annotate(pipeline, d), out);
                }
            }
        }
        return code;
    }

    /**
     * A file in a document format ({@code .txt}, {@code .html}, {@code .jsonl}, feeds, WARC): read and cleaned as
     * {@code analyze} reads it, so that its title is told once, as the first paragraph; else null (text itself).
     */
    private static Path documentFile(String argument) {
        if (argument.length() > 4096 || argument.indexOf('\n') >= 0 || argument.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path p = Path.of(argument);
            return Files.isRegularFile(p) && Sources.supported(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Document annotate(Pipeline pipeline, Document doc) {
        Document d = dateLang.lang().map(doc::withLang).orElse(doc);
        for (Stage s : pipeline.stages()) {
            if (!s.provides().contains(Layer.EVENTS)) {
                d = s.process(d);
            }
        }
        return d;
    }
}
