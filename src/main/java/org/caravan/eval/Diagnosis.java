package org.caravan.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravan.events.Decision;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.caravan.model.Sentence;

/**
 * Explains the misses and extras that {@code score.py --verbose} lists: maps each missed gold event's evidence to
 * its sentences and says what the coder decided there (no trigger, an actor not recognised, an actor named but not
 * linked to the trigger, a group, a modality, another date or code), and each extra to the sentence and trigger that
 * coded it. Immutable; thread-safe.
 */
public final class Diagnosis {

    private static final Pattern MISSED = Pattern.compile(
            "^missed  (.+?): \\('([^']*)', '([^']*)'\\) (\\S+) (\\S+)  «(.*)»$");
    private static final Pattern EXTRA = Pattern.compile("^extra   (.+?): (\\S+)->(\\S+) (\\S*) (\\S+)$");
    private static final Pattern CODED = Pattern.compile("^(\\S+)→(\\S+) (\\d+)$");
    private static final Pattern ENTRY_CODE = Pattern.compile("→ (\\d{2,4})\\b");

    private final JsonlFile gold;
    private final JsonlFile events;
    private final Map<String, Trace> traces;

    public Diagnosis(JsonlFile gold, JsonlFile events, Map<String, Trace> traces) {
        this.gold = gold;
        this.events = events;
        this.traces = Map.copyOf(traces);
    }

    /** One finding per "missed" or "extra" line of the scorer, in its order; other lines are skipped. */
    public List<Finding> explain(List<String> scorerLines) {
        List<Finding> out = new ArrayList<>();
        for (String line : scorerLines) {
            Matcher m = MISSED.matcher(line);
            if (m.matches()) {
                out.add(missed(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
                continue;
            }
            Matcher x = EXTRA.matcher(line);
            if (x.matches()) {
                out.add(extra(x.group(1), x.group(2), x.group(3), x.group(4), x.group(5)));
            }
        }
        return out;
    }

    // ---- misses

    private Finding missed(String doc, String a, String b, String root, String date, String evidencePrefix) {
        JsonNode g = goldEvent(doc, a, b, root, date, evidencePrefix).orElse(null);
        String src = g == null ? a : g.path("source").asText(a);
        String tgt = g == null ? b : g.path("target").asText(b);
        String what = src + "→" + tgt + " " + root + " " + date;
        String evidence = g == null ? evidencePrefix : g.path("evidence").asText(evidencePrefix);
        Trace t = traces.get(doc);
        if (t == null) {
            return new Finding("missed", doc, what, "not processed", "the document was not coded", List.of(), List.of());
        }
        Optional<int[]> at = locate(t.text(), evidence);
        if (at.isEmpty()) {
            return new Finding("missed", doc, what, "not in text",
                    "the evidence «" + evidence + "» is not in the extracted text (lost at ingest)", List.of(), List.of());
        }
        List<Sentence> ss = t.sentencesOver(at.get()[0], at.get()[1]);
        List<Decision> ds = ss.stream().flatMap(s -> t.decisionsIn(s).stream()).toList();
        String[] cause = missCause(t, ss, ds, src, tgt, root, date, g != null && g.has("group"));
        return new Finding("missed", doc, what, cause[0], cause[1], sentences(t, ss), ds.stream().map(Diagnosis::render).toList());
    }

    private static String[] missCause(Trace t, List<Sentence> ss, List<Decision> ds, String src, String tgt,
                                      String root, String date, boolean groupEvent) {
        if (ds.isEmpty()) {
            return new String[] {"no trigger", "no trigger in the sentence" + named(t, ss)};
        }
        for (Decision d : ds) {
            for (String c : d.coded()) {
                Matcher m = CODED.matcher(c);
                if (m.matches() && samePair(m.group(1), m.group(2), src, tgt)) {
                    if (m.group(3).startsWith(root) && d.date().startsWith(date)) {
                        return new String[] {"duplicate", "coded " + c + " once, matched to another gold event of "
                                + "this pair and root"};
                    }
                    if (m.group(3).startsWith(root)) {
                        return new String[] {"date", "coded " + c + " dated " + d.date() + ", gold " + date};
                    }
                    return new String[] {"code", "coded " + c + " for this pair, gold root " + root};
                }
            }
        }
        Set<String> keys = keysIn(t, ss);
        List<String> unknown = new ArrayList<>();
        for (String k : List.of(src, tgt)) {
            if (!keys.contains(k)) {
                unknown.add(k);
            }
        }
        boolean group = groupEvent || ss.stream().anyMatch(s -> t.actorsIn(s).stream().anyMatch(Mention::isGroup));
        if (!unknown.isEmpty()) {
            String which = String.join(" and ", unknown);
            return group ? new String[] {"group", which + " only in a group or list the coder did not expand" + named(t, ss)}
                    : new String[] {"actor unresolved", which + " not recognised in the sentence" + named(t, ss)};
        }
        Decision best = ds.stream().filter(d -> entryCode(d).startsWith(root)).findFirst().orElse(ds.get(0));
        if (best.reason().equals("not coded: " + best.modality().label())) {
            return new String[] {"modality", "trigger '" + best.trigger() + "' " + best.reason()};
        }
        if (!entryCode(best).startsWith(root)) {
            return new String[] {"code", "the triggers give " + codes(ds) + ", gold root " + root};
        }
        String how = best.coded().isEmpty() ? best.reason() : "coded " + String.join(", ", best.coded());
        return new String[] {group ? "group" : "actor not linked",
            src + " and " + tgt + " are named but trigger '" + best.trigger() + "' " + how};
    }

    // ---- extras

    private Finding extra(String doc, String src, String tgt, String cameo, String date) {
        String what = src + "→" + tgt + " " + cameo + " " + date;
        Optional<ObjectNode> ev = systemEvent(doc, src, tgt, cameo, date);
        Trace t = traces.get(doc);
        String[] cause = extraCause(doc, src, tgt, cameo, date, ev.map(e -> e.has("group")).orElse(false));
        if (t == null || ev.isEmpty()) {
            return new Finding("extra", doc, what, cause[0], cause[1], List.of(), List.of());
        }
        List<Sentence> ss = new ArrayList<>();
        for (JsonNode m : ev.get().path("mentions")) {
            int i = m.path("sentence").asInt(-1);
            if (m.path("doc_id").asText().equals(doc) && i >= 0 && i < t.sentences().size()) {
                ss.add(t.sentences().get(i));
            }
        }
        String coded = src + "→" + tgt + " " + cameo;
        List<Decision> there = ss.stream().flatMap(s -> t.decisionsIn(s).stream()).distinct().toList();
        List<Decision> coding = there.stream().filter(d -> d.coded().contains(coded)).toList();
        List<String> coder = (coding.isEmpty() ? there : coding).stream().map(Diagnosis::render).toList();
        return new Finding("extra", doc, what, cause[0], cause[1], sentences(t, ss), coder);
    }

    private String[] extraCause(String doc, String src, String tgt, String cameo, String date, boolean group) {
        List<JsonNode> same = new ArrayList<>();
        gold.byId(doc).ifPresent(r -> r.path("events").forEach(e -> {
            if (samePair(e.path("source").asText(), e.path("target").asText(), src, tgt)) {
                same.add(e);
            }
        }));
        for (JsonNode e : same) {
            if (JsonlFile.root(e).map(cameo::startsWith).orElse(false)) {
                return new String[] {"date", "gold dates it " + e.path("date").asText("null") + ", coded " + date};
            }
        }
        if (!same.isEmpty()) {
            List<String> roots = same.stream().map(e -> JsonlFile.root(e).orElse("?")).distinct().toList();
            return new String[] {"code", "gold codes this pair as root " + String.join(", ", roots)};
        }
        return group ? new String[] {"group", "a member of an expanded group the gold does not pair so"}
                : new String[] {"not in gold", "the gold has no event between " + src + " and " + tgt};
    }

    // ---- helpers

    private Optional<JsonNode> goldEvent(String doc, String a, String b, String root, String date, String prefix) {
        Optional<ObjectNode> row = gold.byId(doc);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        JsonNode best = null;
        for (JsonNode e : row.get().path("events")) {
            boolean pair = samePair(e.path("source").asText(), e.path("target").asText(), a, b);
            boolean r = JsonlFile.root(e).orElse("None").equals(root);
            boolean d = e.path("date").asText("None").equals(date) || (e.path("date").isNull() && date.equals("None"));
            if (pair && r && d) {
                if (e.path("evidence").asText("").startsWith(prefix)) {
                    return Optional.of(e);
                }
                best = best == null ? e : best;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<ObjectNode> systemEvent(String doc, String src, String tgt, String cameo, String date) {
        for (ObjectNode e : events.rows()) {
            boolean actors = e.path("source").path("key").asText().equals(src)
                    && e.path("target").path("key").asText().equals(tgt);
            boolean code = e.path("cameo").asText().equals(cameo);
            boolean dated = e.path("date").isNull() ? date.equals("None") : e.path("date").asText().equals(date);
            boolean inDoc = false;
            for (JsonNode m : e.path("mentions")) {
                inDoc |= m.path("doc_id").asText().equals(doc);
            }
            if (actors && code && dated && inDoc) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the evidence is in the text, its words matched across any run of white space; an evidence cut with
     * "[...]" spans from its first piece to its last.
     */
    static Optional<int[]> locate(String text, String evidence) {
        List<String> pieces = new ArrayList<>();
        for (String p : evidence.split("\\[(?:\\.\\.\\.|…)\\]")) {
            if (!p.isBlank()) {
                pieces.add(p.strip());
            }
        }
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        Optional<int[]> first = find(text, pieces.get(0), 0);
        if (first.isEmpty() || pieces.size() == 1) {
            return first;
        }
        Optional<int[]> last = find(text, pieces.get(pieces.size() - 1), first.get()[1]);
        return Optional.of(new int[] {first.get()[0], last.map(l -> l[1]).orElse(first.get()[1])});
    }

    private static Optional<int[]> find(String text, String piece, int from) {
        StringBuilder re = new StringBuilder();
        for (String w : piece.split("\\s+")) {
            re.append(re.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(text);
        return m.find(from) ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }

    private static boolean samePair(String a, String b, String x, String y) {
        return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
    }

    private static Set<String> keysIn(Trace t, List<Sentence> ss) {
        Set<String> keys = new LinkedHashSet<>();
        for (Sentence s : ss) {
            for (Mention m : t.actorsIn(s)) {
                m.actor().flatMap(ActorRef::key).ifPresent(keys::add);
                m.members().forEach(a -> a.key().ifPresent(keys::add));
            }
        }
        return keys;
    }

    private static String named(Trace t, List<Sentence> ss) {
        List<String> names = new ArrayList<>();
        for (Sentence s : ss) {
            for (Mention m : t.actorsIn(s)) {
                names.add(m.text() + "=" + m.actor().flatMap(ActorRef::key).orElse("?"));
            }
        }
        return names.isEmpty() ? "; no actor recognised there" : "; actors there: " + String.join(", ", names);
    }

    private static String entryCode(Decision d) {
        Matcher m = ENTRY_CODE.matcher(d.entry());
        return m.find() ? m.group(1) : "";
    }

    private static String codes(List<Decision> ds) {
        return String.join(", ", ds.stream().map(Diagnosis::entryCode).distinct().toList());
    }

    private static List<String> sentences(Trace t, List<Sentence> ss) {
        return ss.stream().map(s -> "[" + s.index() + "] " + t.sentenceText(s)).toList();
    }

    /** A decision on one line, as {@code caravan explain} prints it. */
    static String render(Decision d) {
        return "trigger '" + d.trigger() + "' (" + d.entry() + "); source: "
                + (d.sources().isEmpty() ? "none" : String.join(", ", d.sources())) + "; target: "
                + (d.targets().isEmpty() ? "none" : String.join(", ", d.targets())) + "; modality "
                + d.modality().label() + "; date " + d.date() + " => " + d.reason()
                + (d.coded().isEmpty() ? "" : ": " + String.join(", ", d.coded()));
    }
}
