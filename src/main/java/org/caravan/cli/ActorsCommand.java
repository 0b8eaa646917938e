package org.caravan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caravan.actors.ActorStage;
import org.caravan.actors.ActorsConfig;
import org.caravan.actors.KnowledgeBase;
import org.caravan.model.Document;
import org.caravan.model.Mention;
import org.caravan.model.Metadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan actors TEXT-or-FILE [--date D] [--lang L] [--kb DIR]}: lists each actor or place mention, one
 * per line: offsets, text, canonical name, key, code (or coordinates for a place) and the reason.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Resolve the actors and places a text mentions against the knowledge base.")
final class ActorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT-or-FILE", converter = TextInput.Converter.class, description = "A text, or a file holding one.")
    private TextInput input;

    @Mixin
    private DateLangOptions dateLang;

    @Option(names = "--kb", paramLabel = "DIR", description = "A folder of your own knowledge-base files, added to "
            + "the bundled ones (default: $CARAVAN_KB when set).")
    private Path kb;

    @Override
    public Integer call() throws IOException {
        TextInput in = input;
        Metadata meta = in.metadata(dateLang.date());
        String text = in.text();
        ActorsConfig config = new ActorsConfig(Optional.ofNullable(kb))
                .orElse(ActorsConfig.fromEnvironment(System.getenv()));
        Optional<Path> dir = config.userDir();
        KnowledgeBase base = config.knowledgeBase();
        dir.ifPresent(d -> base.warnings().stream().filter(w -> w.contains(d.toString()))
                .forEach(w -> spec.commandLine().getErr().println("caravan: warning: " + w)));
        Document doc = Document.of("input", meta, text);
        if (dateLang.lang().isPresent()) {
            doc = doc.withLang(dateLang.lang().get());
        }
        for (Mention m : new ActorStage(base).process(doc).mentions()) {
            spec.commandLine().getOut().println(line(m));
        }
        spec.commandLine().getOut().flush();
        return ErrorHandler.OK;
    }

    static String line(Mention m) {
        String where = m.span().start() + "-" + m.span().end() + "\t" + m.text().replace('\n', ' ') + "\t";
        if (m.actor().isPresent()) {
            var a = m.actor().get();
            return where + a.name() + "\t" + a.key().orElse("-") + "\t" + a.code() + "\t" + m.reason();
        }
        var p = m.place().orElseThrow();
        return where + "place " + p.name() + "\t" + p.country() + "\t" + p.lat() + "," + p.lon() + "\t" + m.reason();
    }
}
