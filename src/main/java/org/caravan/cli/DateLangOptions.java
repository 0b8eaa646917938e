package org.caravan.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.caravan.ingest.LanguageStage;
import org.caravan.model.PartialDate;
import org.caravan.model.Precision;
import org.caravan.time.TimeRules;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --date} and {@code --lang} options of the commands that read one text ({@code actors}, {@code time},
 * {@code explain}), parsed one way: a bad value is picocli's parameter error naming the option, reported by
 * {@link ErrorHandler} with exit code 2. Its converters also serve the commands that take only a language:
 * {@code eval time} (a language with rules, {@link LanguageConverter}) and {@code export} (any language code,
 * {@link LanguageCodeConverter}).
 */
final class DateLangOptions {

    @Option(names = "--date", paramLabel = "D", converter = DateConverter.class,
            description = "The document's (publication) date: YYYY, YYYY-MM or YYYY-MM-DD.")
    private PartialDate date;

    @Option(names = "--lang", paramLabel = "L", converter = LanguageConverter.class,
            description = "Language: en, fr, ru, de or es. Default: detected from the text.")
    private String lang;

    Optional<PartialDate> date() {
        return Optional.ofNullable(date);
    }

    Optional<String> lang() {
        return Optional.ofNullable(lang);
    }

    /** The date as a day, for commands that need one; a year or month alone is a parameter error on --date. */
    Optional<LocalDate> day(CommandSpec spec) {
        if (date != null && date.precision() != Precision.DAY) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--date': this command needs YYYY-MM-DD, got a "
                            + date.precision().label());
        }
        return date().map(PartialDate::start);
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD. */
    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            return PartialDate.parse(value.strip()).orElseThrow(() -> new TypeConversionException(
                    "expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + value + "'"));
        }
    }

    /** One of the languages Caravan has rules for, as a tag ({@code FR}, {@code fr-FR}) or a code. */
    static final class LanguageConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return LanguageStage.code(value).filter(TimeRules.BUILT_IN::contains).orElseThrow(() ->
                    new TypeConversionException("expected one of " + String.join(", ", TimeRules.BUILT_IN)
                            + ", got '" + value + "'"));
        }
    }

    /**
     * Any ISO 639 language code, normalised as documents' languages are ({@code FR}, {@code fr-FR} give fr), for
     * options that select documents by the language they were read in.
     */
    static final class LanguageCodeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return LanguageStage.code(value).orElseThrow(() -> new TypeConversionException(
                    "expected an ISO 639 language code such as fr or en, got '" + value + "'"));
        }
    }
}
