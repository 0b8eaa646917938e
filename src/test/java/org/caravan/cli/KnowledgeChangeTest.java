package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravan.events.UserLexicons;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored work is redone when what it was made with changed: a user lexicon line of one language re-codes that
 * language's documents and skips the others; a user knowledge-base file re-codes every document; the summary says
 * how many and why; nothing is stored twice.
 */
class KnowledgeChangeTest {

    private static final String HEADER = "lang\ttrigger\tpos\tcode\tsource\ttarget\tflags\n";

    @TempDir
    Path dir;

    @AfterEach
    void clearLexicons() {
        System.clearProperty(UserLexicons.PROPERTY);
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\":\"doc-fr\",\"lang\":\"fr\",\"published\":\"2023-05-02\",\"text\":\"La France a tancé la Russie "
                        + "mardi.\"}",
                "{\"id\":\"doc-de\",\"lang\":\"de\",\"published\":\"2023-05-02\",\"text\":\"Deutschland hat Russland "
                        + "am Dienstag gerügt.\"}") + "\n");
    }

    private CliRunner.Result analyze(String... options) throws IOException {
        CliRunner.Result r = CliRunner.analyze(dir, input(), options);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private List<String> events() throws IOException {
        return Files.readAllLines(dir.resolve("out/events.jsonl"));
    }

    private List<String> eventsOf(String doc) throws IOException {
        return events().stream().filter(e -> e.contains("\"doc_id\":\"" + doc + "\"")).toList();
    }

    @Test
    void anEditedLexiconLineRecodesTheDocumentsOfItsLanguageOnly() throws IOException {
        Path lexicon = Files.writeString(dir.resolve("mine.tsv"), HEADER + "fr\ttancer\tVERB\t111\tsubj\tobj\t\n");
        System.setProperty(UserLexicons.PROPERTY, lexicon.toString());
        analyze();
        assertThat(eventsOf("doc-fr")).singleElement().asString().contains("\"cameo\":\"111\"");
        List<String> german = eventsOf("doc-de");

        CliRunner.Result same = analyze();
        assertThat(same.out()).contains("(0 new, 2 skipped as done, 0 failed)");

        Files.writeString(lexicon, HEADER + "fr\ttancer\tVERB\t112\tsubj\tobj\t\n");
        CliRunner.Result edited = analyze();

        assertThat(edited.out()).contains("(0 new, 1 redone, 1 skipped as done, 0 failed)")
                .contains("redone         1 because the user's lexicons for fr changed");
        assertThat(eventsOf("doc-fr")).singleElement().asString().contains("\"cameo\":\"112\"");
        assertThat(eventsOf("doc-de")).isEqualTo(german);
    }

    @Test
    void aChangedKnowledgeBaseFolderRecodesEveryDocumentWithoutDoublingEvents() throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Path people = Files.writeString(kb.resolve("people.tsv"), "id\tname\tcountry\taliases\n");
        analyze("--kb", kb.toString());
        List<String> before = events();

        Files.writeString(people, "id\tname\tcountry\taliases\nmuster_max\tMax Muster\tDEU\tMuster\n");
        CliRunner.Result r = analyze("--kb", kb.toString());

        assertThat(r.out()).contains("(0 new, 2 redone, 0 skipped as done, 0 failed)")
                .contains("2 because the user's knowledge base changed");
        assertThat(events()).isEqualTo(before);
    }
}
