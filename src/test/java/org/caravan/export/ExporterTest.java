package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caravan.store.Store;
import org.caravan.stories.CrossDocumentMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter(CrossDocumentMerge.bundled());

    private List<ExportedEvent> export(Store store, ExportFilter filter) throws IOException {
        List<ExportedEvent> out = new ArrayList<>();
        exporter.export(store, filter, new EventSink() {
            @Override
            public void write(ExportedEvent e) {
                out.add(e);
            }

            @Override
            public void close() {
            }
        });
        return out;
    }

    @Test
    void anEmptyStoreExportsNothing() throws IOException {
        try (Store store = ExportFixtures.openStore(dir)) {
            assertThat(export(store, ExportFilter.NONE)).isEmpty();
        }
    }

    @Test
    void oneVisitToldByTwoOutletsIsOneEventWithBothDocuments() throws IOException {
        try (Store store = ExportFixtures.openStore(dir)) {
            ExportFixtures.save(store, "a", "https://www.lemonde.fr/1",
                    ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", "KAZ"));
            ExportFixtures.save(store, "b", "https://rfi.fr/2",
                    ExportFixtures.event("b-e1", "b", "042", "CHN", "KAZ", "2022-09", "month", null),
                    ExportFixtures.event("b-e2", "b", "111", "CHN", "USA", "2022-09-14", "day", null));

            List<ExportedEvent> out = export(store, ExportFilter.NONE);

            assertThat(out).hasSize(2);
            ExportedEvent visit = out.stream().filter(e -> e.text("cameo").equals("042")).findFirst().orElseThrow();
            assertThat(visit.documents().keySet()).containsExactly("a", "b");
            assertThat(visit.mentions()).hasSize(2);
            assertThat(visit.text("date")).isEqualTo("2022-09-14");
            assertThat(visit.members().stream().map(ExportedEvent::outlet)).containsExactly("lemonde.fr", "rfi.fr");
        }
    }

    @Test
    void aMergedEventWhoseTellingsAreFarApartInTheStoreIsWrittenOnceWithAllOfThem() throws IOException {
        try (Store store = ExportFixtures.openStore(dir)) {
            ExportFixtures.save(store, "a", null,
                    ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", null));
            for (int i = 0; i < 30; i++) {
                String doc = String.format("m%02d", i);
                ExportFixtures.save(store, doc, null, ExportFixtures.event(doc + "-e1", doc, "051", "FRA", "DEU",
                        String.format("2021-01-%02d", i % 28 + 1), "day", null));
            }
            ExportFixtures.save(store, "z", null,
                    ExportFixtures.event("z-e1", "z", "042", "CHN", "KAZ", "2022-09-14", "day", null));

            List<ExportedEvent> out = export(store, ExportFilter.NONE);

            List<ExportedEvent> visits = out.stream().filter(e -> e.text("cameo").equals("042")).toList();
            assertThat(visits).hasSize(1);
            assertThat(visits.get(0).documents().keySet()).containsExactlyInAnyOrder("a", "z");
            assertThat(out).hasSize(1 + 28);
        }
    }

    @Test
    void anEventKeepsItsNumberWhenALaterDocumentJoinsIt() throws IOException {
        try (Store store = ExportFixtures.openStore(dir)) {
            ExportFixtures.save(store, "m", null,
                    ExportFixtures.event("m-e1", "m", "042", "CHN", "KAZ", "2022-09-14", "day", null));
            long before = export(store, ExportFilter.NONE).get(0).globalId();
            ExportFixtures.save(store, "a", null,
                    ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", null));

            List<ExportedEvent> after = export(store, ExportFilter.NONE);

            assertThat(after).hasSize(1);
            assertThat(after.get(0).globalId()).isEqualTo(before);
            assertThat(after.get(0).documents()).hasSize(2);
        }
    }

    @Test
    void theFilterIsAppliedToMergedEvents() throws IOException {
        try (Store store = ExportFixtures.openStore(dir)) {
            ExportFixtures.save(store, "a", null,
                    ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", null),
                    ExportFixtures.event("a-e2", "a", "190", "RUS", "UKR", "2022-02-24", "day", null));
            ExportFilter kazakh = ExportFilter.parse(java.util.Map.of("actor", List.of("KAZ")));

            assertThat(export(store, kazakh)).extracting(e -> e.text("id")).containsExactly("a-e1");
        }
    }

    @Test
    void randomEventsAllExportWithSixtyOneGdeltColumns() throws IOException {
        Random random = new Random(42);
        String[] actors = {"CHN", "KAZ", "RUS", "UN", "ICC", "USA", "WST"};
        String[] codes = {"010", "036", "040", "042", "043", "0871", "111", "190", "057"};
        String[] dates = {null, "2022", "2022-09", "2022-09-14", "2022-09-15", "2023-01-01"};
        String[] precisions = {null, "year", "month", "day", "day", "day"};
        try (Store store = ExportFixtures.openStore(dir)) {
            int n = 0;
            for (int d = 0; d < 30; d++) {
                List<com.fasterxml.jackson.databind.node.ObjectNode> events = new ArrayList<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    int k = random.nextInt(dates.length);
                    events.add(ExportFixtures.event("d" + d + "-e" + i, "d" + d, codes[random.nextInt(codes.length)],
                            actors[random.nextInt(actors.length)], actors[random.nextInt(actors.length)], dates[k],
                            precisions[k], random.nextBoolean() ? "KAZ" : null));
                    n++;
                }
                ExportFixtures.save(store, "d" + d, random.nextBoolean() ? "https://x.org/" + d : null,
                        events.toArray(com.fasterxml.jackson.databind.node.ObjectNode[]::new));
            }
            java.io.StringWriter w = new java.io.StringWriter();
            Exporter.Summary s = exporter.export(store, ExportFilter.NONE,
                    new GdeltEventsSink(w, GdeltCodes.bundled()));

            assertThat(s.stored()).isEqualTo(n);
            String[] lines = w.toString().split("\n", -1);
            assertThat(lines).hasSize((int) s.exported() + 1);
            for (String line : List.of(lines).subList(0, lines.length - 1)) {
                assertThat(line.split("\t", -1)).hasSize(61);
            }
        }
    }

    @Test
    void anExportWhosePendingTellingsGoToDiskIsByteForByteTheSame() throws IOException {
        Random random = new Random(3);
        String[] actors = {"CHN", "KAZ", "RUS", "USA"};
        String[] codes = {"036", "040", "042", "043", "190"};
        try (Store store = ExportFixtures.openStore(dir)) {
            for (int d = 0; d < 40; d++) {
                List<com.fasterxml.jackson.databind.node.ObjectNode> events = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    events.add(ExportFixtures.event("d" + d + "-e" + i, "d" + d, codes[random.nextInt(codes.length)],
                            actors[random.nextInt(actors.length)], actors[random.nextInt(actors.length)],
                            "2022-09-1" + random.nextInt(3), "day", random.nextBoolean() ? "KAZ" : null));
                }
                ExportFixtures.save(store, String.format("d%02d", d), "https://x.org/" + d,
                        events.toArray(com.fasterxml.jackson.databind.node.ObjectNode[]::new));
            }
            java.io.StringWriter inMemory = new java.io.StringWriter();
            java.io.StringWriter onDisk = new java.io.StringWriter();
            Exporter.Summary a = exporter.export(store, ExportFilter.NONE,
                    new GdeltMentionsSink(inMemory));
            Exporter.Summary b = new Exporter(CrossDocumentMerge.bundled(), 0).export(store, ExportFilter.NONE,
                    new GdeltMentionsSink(onDisk));

            assertThat(a.exported()).isLessThan(a.stored());
            assertThat(b).isEqualTo(a);
            assertThat(onDisk.toString()).isEqualTo(inMemory.toString());
        }
    }
}
