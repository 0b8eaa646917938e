package org.caravan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caravan.model.TimeExpression;
import org.caravan.ingest.LanguageStage;
import org.caravan.time.TimeRules;
import org.caravan.time.TimeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caravan time TEXT-or-FILE [--date D] [--lang L]}: prints the time expressions of a text, one a line. */
@Command(name = "time", description = "Finds and normalises the time expressions of a text or file.")
public final class TimeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT-or-FILE", converter = TextInput.Converter.class, description = "the text, or a UTF-8 file holding it")
    TextInput input;

    @Mixin
    DateLangOptions dateLang;

    @Option(names = "--no-infer", description = "without --date, leave relative expressions unresolved (X values) "
            + "instead of resolving them against the first full date in the text")
    boolean noInfer;

    @Option(names = "--rules", paramLabel = "DIR", description = "extra rules: DIR/<lang>/{calendar,words,patterns,tense}.tsv")
    Path rules;

    @Override
    public Integer call() throws IOException {
        Optional<LocalDate> ref = dateLang.day(spec);
        String text = input.text();
        TimeStage stage = new TimeStage(TimeRules.load(Optional.ofNullable(rules)), !noInfer);
        String language = dateLang.lang().orElseGet(() -> LanguageStage.detect(text).orElse("en"));
        List<TimeExpression> found = stage.find(text, language, ref);
        var out = spec.commandLine().getOut();
        for (TimeExpression t : found) {
            out.println(line(t));
        }
        out.flush();
        return 0;
    }

    static String line(TimeExpression t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.span().start()).append('-').append(t.span().end()).append('\t').append(t.text().replaceAll("\\s+", " "))
                .append('\t').append(t.type()).append('\t').append(t.value());
        t.end().ifPresent(e -> sb.append("..").append(e.iso()));
        sb.append('\t').append(t.date().map(d -> d.precision().label()).orElse("-"))
                .append('\t').append(t.rule());
        if (t.inferred()) {
            sb.append("\tinferred");
        }
        return sb.toString();
    }
}
