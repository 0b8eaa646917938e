package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental equals batch (and {@code num_sources} counts outlets by URL host or a site field, not documents): the seeds analysed in three batches, in a shuffled order, into one store give the same
 * merged events (ids, mentions, counts, stories) and stories as one run over all of them; the ids given by the first
 * batches stay findable (as the event's id or one of its {@code merged_from}) when later documents are added.
 */
class IncrementalAnalyzeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path input(String name, List<String> lines, int... picks) throws IOException {
        List<String> chosen = new ArrayList<>();
        for (int p : picks) {
            chosen.add(lines.get(p));
        }
        Path f = dir.resolve(name + ".jsonl");
        Files.write(f, chosen, StandardCharsets.UTF_8);
        return f;
    }

    private Path analyze(Path input, Path db, String out) {
        Path o = dir.resolve(out);
        CliRunner.Result r = CliRunner.run("analyze", input.toString(), "--db", db.toString(), "-o", o.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return o;
    }

    private static Map<String, JsonNode> byId(Path file) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            out.put(n.path("id").asText(), n);
        }
        return out;
    }

    /** What differs between two files by id, one line per id and field. */
    private static List<String> differences(Map<String, JsonNode> got, Map<String, JsonNode> want) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new java.util.TreeSet<>(got.keySet());
        ids.addAll(want.keySet());
        for (String id : ids) {
            JsonNode g = got.get(id);
            JsonNode w = want.get(id);
            if (g == null || w == null) {
                out.add(id + (g == null ? " missing" : " extra"));
                continue;
            }
            Set<String> fields = new java.util.TreeSet<>();
            g.fieldNames().forEachRemaining(fields::add);
            w.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                if (!g.path(f).equals(w.path(f))) {
                    out.add(id + " " + f + ": " + g.path(f) + " instead of " + w.path(f));
                }
            }
        }
        return out;
    }

    @Test
    void threeShuffledBatchesGiveWhatOneRunGives() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("examples/seeds.jsonl").toAbsolutePath(),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                // two outlets: even lines from one host (by URL), odd from the other (named by a site field, no URL):
                // num_sources counts outlets
                var o = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(line);
                if (seeds.size() % 2 == 0) {
                    o.put("url", "https://www.outlet0.example/news/" + seeds.size());
                } else {
                    o.put("site", "outlet1.example");
                }
                seeds.add(o.toString());
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        Path single = analyze(input("all", seeds, 0, 1, 2, 3, 4), dir.resolve("single.db"), "single");

        Path db = dir.resolve("batches.db");
        Path first = analyze(input("b1", seeds, 4, 1), db, "b1");
        analyze(input("b2", seeds, 3), db, "b2");
        Path third = analyze(input("b3", seeds, 2, 0), db, "b3");
        Path all = analyze(input("again", seeds, 2, 4, 0, 3, 1), db, "again");

        Map<String, JsonNode> expected = byId(single.resolve("events.jsonl"));
        assertThat(expected).isNotEmpty();
        // an event told by documents 0 and 1 has two outlets; one told by documents 2 and 4, one outlet
        assertThat(expected.values()).anySatisfy(e -> assertThat(List.of(e.path("num_documents").asInt(),
                e.path("num_sources").asInt())).containsExactly(2, 2));
        assertThat(expected.values()).anySatisfy(e -> assertThat(List.of(e.path("num_documents").asInt(),
                e.path("num_sources").asInt())).containsExactly(2, 1));
        assertThat(differences(byId(all.resolve("events.jsonl")), expected)).isEmpty();
        assertThat(differences(byId(all.resolve("stories.jsonl")), byId(single.resolve("stories.jsonl")))).isEmpty();

        Set<String> findable = new HashSet<>(expected.keySet());
        expected.values().forEach(e -> e.path("merged_from").forEach(m -> findable.add(m.asText())));
        assertThat(byId(first.resolve("events.jsonl")).keySet()).isSubsetOf(findable);
        // the third batch's output holds every merged event its documents tell, with the earlier documents' mentions
        Map<String, JsonNode> late = byId(third.resolve("events.jsonl"));
        late.forEach((id, e) -> assertThat(e).isEqualTo(expected.get(id)));
    }
}
