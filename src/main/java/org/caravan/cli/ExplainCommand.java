package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.caravan.events.EventCoder;
import org.caravan.events.Explainer;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
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
        TextInput in = TextInput.of(input);
        Metadata meta = in.metadata(TextInput.date(date));
        String text = in.text();
        Document doc = Document.of("explain", meta, text);
        if (lang != null) {
            doc = doc.withLang(lang);
        }
        Pipeline pipeline = PipelineFactory.standard(PipelineConfig.fromEnvironment(System.getenv()));
        for (Stage s : pipeline.stages()) {
            if (!s.provides().contains(Layer.EVENTS)) {
                doc = s.process(doc);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        new Explainer(EventCoder.standard()).explain(doc, out);
        return ErrorHandler.OK;
    }
}
