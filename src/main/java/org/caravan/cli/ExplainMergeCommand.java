package org.caravan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.caravan.store.Store;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Telling;
import org.caravan.stories.MergeExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan explain-merge EVENT-ID}: which tellings the cross-document merge joined into the event and why, and
 * which tellings of the same actor pair it kept apart and why. Reads the store; exit code 1 when no stored event
 * has that id.
 */
@Command(name = "explain-merge", mixinStandardHelpOptions = true,
        description = "Says which mentions the cross-document merge joined into an event and why, and which near "
                + "candidates (the same actor pair) it kept apart and why.")
final class ExplainMergeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENT-ID", description = "An event id of events.jsonl (or of any telling it joined).")
    private String eventId;

    @Option(names = "--db", paramLabel = "DB", defaultValue = "caravan.db",
            description = "Database: a folder for the embedded database, or a postgresql:// URL (default: ${DEFAULT-VALUE}).")
    private String db;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        try (Store store = Store.open(db)) {
            AtomicReference<String> pair = new AtomicReference<>();
            store.scanEvents(r -> {
                if (pair.get() == null) {
                    ObjectNode e = parse(r.json());
                    if (e.path("id").asText().equals(eventId)) {
                        pair.set(MergeExplanation.pair(e));
                    }
                }
            });
            if (pair.get() == null) {
                spec.commandLine().getErr().println("caravan: no stored event has the id " + eventId + " (in " + db + ")");
                return ErrorHandler.FAILURE;
            }
            List<ObjectNode> events = new ArrayList<>();
            List<Telling> keys = new ArrayList<>();
            java.util.Map<String, Integer> seq = new java.util.HashMap<>();
            store.scanEvents(r -> {
                ObjectNode e = parse(r.json());
                int n = seq.merge(r.docId(), 1, Integer::sum) - 1;
                if (MergeExplanation.pair(e).equals(pair.get())) {
                    events.add(e);
                    keys.add(Telling.of(e).in(r.published(), r.docId(), n));
                }
            });
            Optional<MergeExplanation.Explained> x = new MergeExplanation(CrossDocumentMerge.bundled())
                    .explain(eventId, events, keys);
            if (x.isEmpty()) {
                spec.commandLine().getErr().println("caravan: event " + eventId + " not found among its pair's events");
                return ErrorHandler.FAILURE;
            }
            print(o, x.get());
            return ErrorHandler.OK;
        }
    }

    private static void print(PrintWriter o, MergeExplanation.Explained x) {
        o.printf("event %s: %d telling(s) joined%n", x.eventId(), x.joined().size());
        for (MergeExplanation.Joined j : x.joined()) {
            o.println("  joined " + describe(j.event()));
            o.println("         because " + j.why());
        }
        if (x.apart().isEmpty()) {
            o.println("no other telling of the same actor pair");
        } else {
            o.printf("%d other telling(s) of the same actor pair kept apart%n", x.apart().size());
            for (MergeExplanation.Apart a : x.apart()) {
                o.println("  apart  " + describe(a.event()));
                o.println("         because " + a.why());
            }
        }
        o.flush();
    }

    private static String describe(ObjectNode e) {
        var m = e.path("mentions").path(0);
        String place = e.path("location").isObject() ? " at " + e.path("location").path("name").asText() : "";
        return e.path("id").asText() + " " + e.path("source").path("key").asText() + "->"
                + e.path("target").path("key").asText() + " " + e.path("cameo").asText() + " "
                + e.path("date").asText("undated") + place + " [" + m.path("doc_id").asText() + " sentence "
                + m.path("sentence").asInt() + ", " + m.path("start").asInt() + "-" + m.path("end").asInt() + "] «"
                + m.path("text").asText("") + "»";
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a stored event is not JSON: " + e.getMessage(), e);
        }
    }
}
