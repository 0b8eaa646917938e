package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravan.data.DataFileException;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLexiconsTest {

    private static final String HEADER = "lang\ttrigger\tpos\tcode\tsource\ttarget\tflags\n";

    @TempDir
    Path dir;

    @Test
    void readsNothingWhenNothingIsConfigured() {
        assertThat(UserLexicons.configured(k -> null, k -> null)).isEmpty();
        assertThat(UserLexicons.configured(k -> " ", k -> "")).isEmpty();
    }

    @Test
    void expandsADirectoryToItsTsvFilesInNameOrderAndPrefersTheProperty() throws IOException {
        Path b = Files.writeString(dir.resolve("b.tsv"), HEADER);
        Path a = Files.writeString(dir.resolve("a.tsv"), HEADER);
        Files.writeString(dir.resolve("notes.txt"), "not a lexicon");
        Path other = Files.writeString(dir.getParent().resolve("other-" + dir.getFileName() + ".tsv"), HEADER);
        Map<String, String> props = Map.of(UserLexicons.PROPERTY, dir + File.pathSeparator + other);
        Map<String, String> env = Map.of(UserLexicons.ENV, "/nowhere");
        assertThat(UserLexicons.configured(props::get, env::get)).containsExactly(a, b, other);
        Files.delete(other);
    }

    @Test
    void readsTheEnvironmentVariableAndRejectsAMissingPath() throws IOException {
        Path a = Files.writeString(dir.resolve("a.tsv"), HEADER);
        assertThat(UserLexicons.configured(k -> null, Map.of(UserLexicons.ENV, a.toString())::get)).containsExactly(a);
        assertThatThrownBy(() -> UserLexicons.files(dir.resolve("missing").toString()))
                .isInstanceOf(DataFileException.class).hasMessageContaining("missing");
    }

    @Test
    void aUserEntryCodesEventsWithoutRecompiling() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.tsv"), HEADER + "en\tbadmouth\tVERB\t111\tsubj\tobj\t\n",
                StandardCharsets.UTF_8);
        List<Path> files = UserLexicons.files(dir.toString());
        assertThat(files).containsExactly(mine);
        EventCoder coder = new EventCoder(Codebook.standard(), Lexicon.withFiles(files, Codebook.standard()),
                Grammar.standard());
        Document d = Fixture.of("en", "Japan badmouthed Russia.").published("2023-11-09")
                .lemma("badmouthed", "badmouth", "VERB").actor("Japan", "JPN", "JPN").actor("Russia", "RUS", "RUS")
                .build();
        assertThat(coder.code(d).events()).extracting(e -> e.cameo()).containsExactly("111");
        assertThat(EventCoder.standard().code(d).events()).isEmpty();
    }
}
