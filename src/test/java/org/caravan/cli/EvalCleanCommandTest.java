package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCleanCommandTest {

    @TempDir
    Path tmp;

    private static CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void cleansEveryPageAndPrintsTheScorersOutput() throws IOException {
        Path html = Files.createDirectories(tmp.resolve("html"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(html.resolve("abc.html.gz")))) {
            o.write("<html><body><nav><a href=/>Home</a></nav><p>The ministers met in Geneva on Monday to discuss the border.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(tmp.resolve("score.py"), String.join("\n",
                "import json, sys",
                "rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]",
                "print('items', len(rows))",
                "print('F1', 'Home' not in rows[0]['articleBody'] and 'Geneva' in rows[0]['articleBody'])",
                ""));
        Path predictions = tmp.resolve("pred.jsonl");
        CliRunner.Result r = run("eval", "clean", tmp.toString(), "-o", predictions.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("cleaned 1 pages", "items 1", "F1 True");
        assertThat(Files.readString(predictions)).startsWith("{\"id\":\"abc\",\"articleBody\":");
    }

    @Test
    void aFolderThatIsNotTheBenchmarkIsABadUsage() {
        CliRunner.Result r = run("eval", "clean", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not the article-extraction benchmark");
    }

    @Test
    void evalWithoutSubcommandShowsUsage() {
        CliRunner.Result r = run("eval");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("clean");
    }
}
