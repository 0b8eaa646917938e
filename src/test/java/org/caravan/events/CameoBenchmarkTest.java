package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.caravan.pipeline.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoBenchmarkTest {

    private static final Path SCORER = Path.of("/work/shared/benchmarks/cameo/score.py");

    @Test
    void writesPredictionsInTheScorersFormatAndRunsIt(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORER), "benchmark scorer not present");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "s1", "date": "20080806", "text": "Russia attacked Georgia.", "evaluate": true, "noevents": false, "events": [{"source": "RUS", "target": "GEO", "code": "190"}]}
                {"id": "s2", "date": "20080806", "text": "The weather was fine.", "evaluate": true, "noevents": true, "events": []}
                """);
        Stage annotate = d -> {
            Document x = Fixture.of("en", d.text()).lemma("attacked", "attack", "VERB")
                    .actor("Russia", "RUS", "RUS").actor("Georgia", "GEO", "GEO").build();
            return x;
        };
        CameoBenchmark.Outcome o = new CameoBenchmark(annotate, EventCoder.standard())
                .run(gold, dir.resolve("sys.jsonl"), SCORER, List.of());
        assertThat(o.sentences()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("sys.jsonl"))).containsExactly(
                "{\"id\":\"s1\",\"events\":[{\"source\":\"RUS\",\"target\":\"GEO\",\"code\":\"190\"}]}",
                "{\"id\":\"s2\",\"events\":[]}");
        assertThat(o.scorerOutput()).contains("coarse").contains("F1 1.0000");
        assertThat(o.exitCode()).isZero();
    }

    @Test
    void writesOrganisationsAsCameoIgoCodesAndCountriesAsTheyAre() {
        assertThat(CameoBenchmark.actorCode(new ActorRef("KZ", "Kazakhstan", Optional.of("KAZ"),
                "KAZGOV"))).isEqualTo("KAZGOV");
        assertThat(CameoBenchmark.actorCode(new ActorRef("EU", "European Union",
                Optional.of("EU"), "EU"))).isEqualTo("IGOEUREEC");
        assertThat(CameoBenchmark.actorCode(new ActorRef("SCO", "SCO", Optional.of("SCO"),
                "SCO"))).isEqualTo("IGOSCO");
        assertThat(CameoBenchmark.actorCode(ActorRef.unknown())).isEqualTo("UNK");
    }
}
