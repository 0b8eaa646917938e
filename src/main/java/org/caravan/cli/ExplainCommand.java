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

    @Parameters(paramLabel = "FILE-or-TEXT", converter = TextInput.Converter.class, description = "a text file, or the text itself")
    TextInput input;

    @Mixin
    DateLangOptions dateLang;

    @Override
    public Integer call() throws IOException {
        TextInput in = input;
        Metadata meta = in.metadata(dateLang.date());
        String text = in.text();
        Document doc = Document.of("explain", meta, text);
        if (dateLang.lang().isPresent()) {
            doc = doc.withLang(dateLang.lang().get());
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
