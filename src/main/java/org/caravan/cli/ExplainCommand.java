package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravan.events.EventCoder;
import org.caravan.events.Explainer;
import org.caravan.model.DateOrigin;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Parameters(paramLabel = "FILE-or-TEXT", description = "a text file, or the text itself")
    String input;

    @Option(names = "--date", paramLabel = "D", description = "publication date (YYYY-MM-DD) for relative dates")
    String date;

    @Option(names = "--lang", paramLabel = "L", description = "language (ISO 639-1); detected if absent")
    String lang;

    @Override
    public Integer call() throws IOException {
        String text = input;
        String source = "text";
        Path p = Path.of(input.length() < 4096 ? input : ".");
        if (input.length() < 4096 && Files.isRegularFile(p)) {
            text = Files.readString(p, StandardCharsets.UTF_8);
            source = p.toString();
        }
        Metadata meta = Metadata.of(source);
        if (date != null) {
            PartialDate d = PartialDate.parse(date).orElseThrow(() -> new UserException("not a date: " + date));
            meta = meta.withPublished(new Published(d, DateOrigin.INPUT));
        }
        Document doc = Document.of("explain", meta, text);
        if (lang != null) {
            doc = doc.withLang(lang);
        }
        Pipeline pipeline = PipelineFactory.standard(PipelineConfig.defaults());
        for (Stage s : pipeline.stages()) {
            if (!s.provides().contains(Layer.EVENTS)) {
                doc = s.process(doc);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!doc.has(Layer.MENTIONS)) {
            out.println("warning: the pipeline has no actor stage yet, so no actor is found and nothing is coded");
        }
        new Explainer(EventCoder.standard()).explain(doc, out);
        return ErrorHandler.OK;
    }
}
