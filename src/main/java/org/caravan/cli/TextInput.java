package org.caravan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.caravan.model.DateOrigin;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;

/**
 * The TEXT-or-FILE argument of {@code actors}, {@code time} and {@code explain}: the contents of the file when the
 * argument names a readable file, else the argument itself.
 *
 * @param text   the text to read
 * @param source the file's path, or "argument"
 */
record TextInput(String text, String source) {

    /** Longer arguments, or arguments on several lines, are text, never paths. */
    private static final int MAX_PATH = 4096;

    static TextInput of(String argument) throws IOException {
        Optional<Path> file = asFile(argument);
        if (file.isPresent()) {
            return new TextInput(Files.readString(file.get(), StandardCharsets.UTF_8), file.get().toString());
        }
        return new TextInput(argument, "argument");
    }

    /** The TEXT-or-FILE parameter as a picocli type: an unreadable file is a parameter error. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<TextInput> {
        @Override
        public TextInput convert(String value) {
            try {
                return of(value);
            } catch (IOException e) {
                throw new picocli.CommandLine.TypeConversionException("cannot read " + value + ": " + e.getMessage());
            }
        }
    }

    private static Optional<Path> asFile(String s) {
        if (s.length() > MAX_PATH || s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(s);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Metadata naming the source, with the date of the flag as its publication date when given. */
    Metadata metadata(Optional<PartialDate> date) {
        Metadata m = Metadata.of(source);
        return date.map(d -> m.withPublished(new Published(d, DateOrigin.INPUT))).orElse(m);
    }
}
