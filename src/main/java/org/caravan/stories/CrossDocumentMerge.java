package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The step after per-document extraction: events told by several documents become one event with all their
 * mentions. Two events join when they come from different documents and have the same two actors (by key),
 * compatible CAMEO codes (the same code, or codes of one group of {@link CodeGroups}: a visit, its hosting and the
 * talks held during it), compatible dates (both known; the less precise contains the more precise: a month-precision
 * telling joins a day inside that month) and compatible places (when both name one, in the same country). Everything
 * compared is language-neutral, so a French and an English report merge. Events are blocked by their unordered actor
 * pair, so the work grows with the events of each pair, not with their square.
 *
 * <p>The merged event keeps the fields of its most precisely dated member and the id of its first member in input
 * order (so an event told by one document keeps its id), pools the mentions in input order, and says how many
 * documents told it ({@code sources}) and which per-document events it joined ({@code merged_from}).
 * Stateless and thread-safe; the input is not modified.
 */
public final class CrossDocumentMerge {

    private static final Set<String> SYMMETRIC_ROOTS = Set.of("04", "06", "19");

    private final CodeGroups groups;

    private CrossDocumentMerge(CodeGroups groups) {
        this.groups = groups;
    }

    /** The merge with the bundled code groups. */
    public static CrossDocumentMerge bundled() {
        return new CrossDocumentMerge(CodeGroups.bundled());
    }

    /** Merges events given as lines of the events.jsonl schema (objects), in document order. */
    public List<ObjectNode> merge(List<ObjectNode> events) {
        Map<String, List<List<ObjectNode>>> blocks = new LinkedHashMap<>();
        List<List<ObjectNode>> clusters = new ArrayList<>();
        for (ObjectNode e : events) {
            List<List<ObjectNode>> block = blocks.computeIfAbsent(pairKey(e), k -> new ArrayList<>());
            List<ObjectNode> home = null;
            for (List<ObjectNode> c : block) {
                if (c.stream().allMatch(x -> joins(x, e))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                block.add(home);
                clusters.add(home);
            }
            home.add(e);
        }
        List<ObjectNode> out = new ArrayList<>(clusters.size());
        for (List<ObjectNode> c : clusters) {
            out.add(c.size() == 1 ? single(c.get(0)) : merged(c));
        }
        return out;
    }

    private static String pairKey(ObjectNode e) {
        String s = actor(e, "source");
        String t = actor(e, "target");
        return s.compareTo(t) <= 0 ? s + "|" + t : t + "|" + s;
    }

    private static String actor(ObjectNode e, String role) {
        JsonNode a = e.path(role);
        return a.hasNonNull("key") ? a.get("key").asText() : a.path("id").asText();
    }

    /** Whether two events may be one happening. */
    boolean joins(ObjectNode a, ObjectNode b) {
        return codesAgree(a, b) && Dates.compatible(date(a), date(b)) && placesAgree(a, b);
    }

    private boolean codesAgree(ObjectNode a, ObjectNode b) {
        String ca = a.path("cameo").asText();
        String cb = b.path("cameo").asText();
        var ga = groups.group(ca);
        if (ga.isPresent() && ga.equals(groups.group(cb))) {
            return true;
        }
        if (!ca.equals(cb)) {
            return false;
        }
        boolean symmetric = SYMMETRIC_ROOTS.contains(a.path("root").asText()) || ca.startsWith("057");
        return symmetric || actor(a, "source").equals(actor(b, "source"));
    }

    private static boolean placesAgree(ObjectNode a, ObjectNode b) {
        JsonNode la = a.path("location");
        JsonNode lb = b.path("location");
        if (!la.isObject() || !lb.isObject() || !la.hasNonNull("country") || !lb.hasNonNull("country")) {
            return true;
        }
        return la.get("country").asText().equals(lb.get("country").asText());
    }

    private static String doc(ObjectNode e) {
        return e.path("mentions").path(0).path("doc_id").asText();
    }

    private static Dates.Told date(ObjectNode e) {
        return new Dates.Told(e.path("date").asText(""), e.path("date_precision").asText(""));
    }

    private static ObjectNode single(ObjectNode e) {
        ObjectNode out = e.deepCopy();
        out.put("sources", 1);
        return out;
    }

    private static ObjectNode merged(List<ObjectNode> cluster) {
        ObjectNode best = cluster.get(0);
        for (ObjectNode e : cluster) {
            if (Dates.rank(date(e)) > Dates.rank(date(best))) {
                best = e;
            }
        }
        ObjectNode out = best.deepCopy();
        out.put("id", cluster.get(0).path("id").asText());
        ArrayNode mentions = out.putArray("mentions");
        ArrayNode from = out.putArray("merged_from");
        Set<String> docs = new LinkedHashSet<>();
        double confidence = 0;
        for (ObjectNode e : cluster) {
            e.path("mentions").forEach(m -> mentions.add(m.deepCopy()));
            from.add(e.path("id").asText());
            docs.add(doc(e));
            confidence = Math.max(confidence, e.path("confidence").asDouble());
        }
        if (out.path("location").isNull()) {
            cluster.stream().map(e -> e.path("location")).filter(JsonNode::isObject).findFirst()
                    .ifPresent(l -> out.set("location", l.deepCopy()));
        }
        out.put("confidence", Math.round(Math.min(0.99, confidence + 0.05 * (docs.size() - 1)) * 100) / 100.0);
        out.put("sources", docs.size());
        return out;
    }
}
