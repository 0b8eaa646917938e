package org.caravan.events;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.caravan.data.DataFileException;

/**
 * Where users keep their own trigger lexicons, loaded after the shipped ones without recompiling: the system
 * property {@code caravan.lexicons}, else the environment variable {@code CARAVAN_LEXICONS}; either holds
 * paths separated by the platform's path separator ({@code :} on Unix), each a TSV file or a directory whose
 * {@code *.tsv} files are read in name order. Stateless; thread-safe.
 */
public final class UserLexicons {

    /** The system property naming user lexicons. */
    public static final String PROPERTY = "caravan.lexicons";
    /** The environment variable naming user lexicons. */
    public static final String ENV = "CARAVAN_LEXICONS";

    private UserLexicons() {
    }

    /** The user lexicon files configured for this process (none when nothing is set). */
    public static List<Path> configured() {
        return configured(System::getProperty, System::getenv);
    }

    /** The files named by {@code property} (looked up as {@link #PROPERTY}) else {@code env} ({@link #ENV}). */
    static List<Path> configured(Function<String, String> property, Function<String, String> env) {
        Optional<String> spec = Optional.ofNullable(property.apply(PROPERTY)).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.apply(ENV)).filter(s -> !s.isBlank()));
        return spec.map(UserLexicons::files).orElse(List.of());
    }

    /** The lexicon files of a path list: files as given, directories expanded to their {@code *.tsv} files. */
    static List<Path> files(String pathList) {
        List<Path> out = new ArrayList<>();
        for (String part : pathList.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path p = Path.of(part.strip());
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(f))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new DataFileException(p.toString(), "cannot list lexicon directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new DataFileException(p.toString(), "no such lexicon file or directory (from " + PROPERTY
                        + " or " + ENV + ")");
            }
        }
        return List.copyOf(out);
    }
}
