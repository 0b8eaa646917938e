package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.events.Codebook;

/**
 * The step after per-document extraction: events told by several documents become one event with all their
 * mentions. Two events join when they come from different documents and have the same two actors (by key),
 * compatible CAMEO codes (the same code, or codes of one group of {@link CodeGroups}: a visit, its hosting and the
 * talks held during it; a code the codebook marks symmetric, {@link Codebook.Trait#SYMMETRIC}, in either direction), compatible dates (both known; the less precise contains the more precise: a month-precision
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

    private final CodeGroups groups;
    private final Codebook codebook;

    private CrossDocumentMerge(CodeGroups groups, Codebook codebook) {
        this.groups = groups;
        this.codebook = codebook;
    }

    /** The merge with the bundled code groups and the standard codebook's symmetric codes. */
    public static CrossDocumentMerge bundled() {
        return new CrossDocumentMerge(CodeGroups.bundled(), Codebook.standard());
    }

    /** Merges events given as lines of the events.jsonl schema (objects), in document order. */
    public List<ObjectNode> merge(List<ObjectNode> events) {
        List<Telling> keys = new ArrayList<>(events.size());
        for (ObjectNode e : events) {
            keys.add(Telling.of(e));
        }
        List<ObjectNode> out = new ArrayList<>();
        for (int[] c : clusters(keys)) {
            List<ObjectNode> members = new ArrayList<>(c.length);
            for (int i : c) {
                members.add(events.get(i));
            }
            out.add(assemble(members));
        }
        return out;
    }

    /**
     * The clusters of tellings that are one happening: each cluster lists the indexes of its members in input
     * order, and clusters come in the order of their first member. Only the compact keys are held, so a caller can
     * cluster a large archive and assemble each cluster from a second pass over it.
     */
    public List<int[]> clusters(List<Telling> tellings) {
        Map<String, List<List<Integer>>> blocks = new HashMap<>();
        List<List<Integer>> clusters = new ArrayList<>();
        Integer[] order = new Integer[tellings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer i) -> tellings.get(i).order()));
        for (int i : order) {
            Telling t = tellings.get(i);
            if (Dates.rank(t.date()) == 0 || t.date().iso().length() < 4) {
                clusters.add(new ArrayList<>(List.of(i)));
                continue;
            }
            List<List<Integer>> block = blocks.computeIfAbsent(blockKey(t), k -> new ArrayList<>());
            List<Integer> home = null;
            for (List<Integer> c : block) {
                if (c.stream().allMatch(x -> joins(tellings.get(x), t))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>(1);
                block.add(home);
                clusters.add(home);
            }
            home.add(i);
        }
        List<int[]> out = new ArrayList<>(clusters.size());
        for (List<Integer> c : clusters) {
            out.add(c.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /**
     * Codes join only within their group or with themselves, and compatible dates share their year (undated tellings
     * join nothing), so tellings are blocked by pair, code group and year: the work grows with the square of a
     * block, not of the archive. Two tellings of different blocks never join, and {@link #clusters} of one block's
     * tellings (in input order) are its clusters in the whole input (undated ones alone, under a key of their own).
     */
    public String blockKey(Telling t) {
        String iso = t.date().iso();
        return t.pair() + "|" + groups.group(t.cameo()).orElse(t.cameo()) + "|"
                + (iso.length() < 4 ? "" : iso.substring(0, 4));
    }

    /**
     * One event from the members of a cluster (in cluster order): the member itself when it is alone; no outlet
     * known ({@link #assemble(List, java.util.function.Function)}).
     */
    public ObjectNode assemble(List<ObjectNode> cluster) {
        return assemble(cluster, e -> Optional.empty());
    }

    /**
     * One event from the members of a cluster (in cluster order), {@code outlet} giving the known outlet of each
     * member's document ({@link Outlets#known}: the host of its URL, or its feed), or empty when unknown.
     * {@code num_sources} is the number of distinct outlets known to have told it, at least 1 (when no outlet is
     * known, someone told it); a document of unknown outlet adds none when an outlet is known (it may be of that
     * outlet), so the count is a lower bound, and {@code unknown_outlet_documents} says how many documents it left out.
     */
    public ObjectNode assemble(List<ObjectNode> cluster,
                               java.util.function.Function<ObjectNode, Optional<String>> outlet) {
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("an empty cluster");
        }
        ObjectNode out = cluster.size() == 1 ? single(cluster.get(0)) : merged(cluster);
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (ObjectNode e : cluster) {
            outlet.apply(e).ifPresentOrElse(outlets::add, () -> unknown.add(doc(e)));
        }
        out.put("num_mentions", out.path("mentions").size());
        out.put("num_documents", out.path("sources").asInt());
        out.put("num_sources", Math.max(1, outlets.size()));
        out.put("unknown_outlet_documents", unknown.size());
        return out;
    }

    /** Whether two events may be one happening. */
    boolean joins(ObjectNode a, ObjectNode b) {
        return joins(Telling.of(a), Telling.of(b));
    }

    private boolean joins(Telling a, Telling b) {
        return codesAgree(a, b) && datesAgree(a, b) && placesAgree(a, b);
    }

    /**
     * Compatible dates ({@link Dates#compatible}), or a telling dated the very day its article was published
     * (often no more than the default of a sentence without a date of its own) and one dated the day before: news
     * of the day reports the day before (an article of the 15th on a visit of the 14th).
     */
    static boolean datesAgree(Telling a, Telling b) {
        return Dates.compatible(a.date(), b.date()) || dayBefore(a, b) || dayBefore(b, a);
    }

    private static boolean dayBefore(Telling reported, Telling other) {
        if (reported.published().isEmpty() || !reported.date().iso().equals(reported.published())
                || other.date().iso().length() != 10 || !"day".equals(other.date().precision())
                || !"day".equals(reported.date().precision())) {
            return false;
        }
        try {
            return java.time.LocalDate.parse(reported.published()).minusDays(1)
                    .equals(java.time.LocalDate.parse(other.date().iso()));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Why two tellings may not be one happening, or empty when they may (the first failing test, in words). */
    Optional<String> whyApart(Telling a, Telling b) {
        if (!a.pair().equals(b.pair())) {
            return Optional.of("other actors (" + a.pair() + " / " + b.pair() + ")");
        }
        if (!codesAgree(a, b)) {
            if (a.cameo().equals(b.cameo())) {
                return Optional.of("code " + a.cameo() + " is directed and the directions differ (" + a.source()
                        + " / " + b.source() + " as source)");
            }
            return Optional.of("codes " + a.cameo() + " and " + b.cameo() + " are not one group of coreferent-codes.tsv");
        }
        if (!datesAgree(a, b)) {
            if (Dates.rank(a.date()) == 0 || Dates.rank(b.date()) == 0) {
                return Optional.of("undated tellings are never merged");
            }
            return Optional.of("dates " + told(a.date()) + " and " + told(b.date()) + " cannot be one day");
        }
        if (!placesAgree(a, b)) {
            return Optional.of("places in different countries (" + a.country() + " / " + b.country() + ")");
        }
        return Optional.empty();
    }

    /** Why two tellings may be one happening, in words (meaningful when {@link #whyApart} is empty). */
    String whyJoined(Telling a, Telling b) {
        String codes = a.cameo().equals(b.cameo()) ? "the same code " + a.cameo()
                : "codes " + a.cameo() + " and " + b.cameo() + " of group " + groups.group(a.cameo()).orElse("?");
        String dates = a.date().iso().equals(b.date().iso()) ? "the same date " + told(a.date())
                : Dates.compatible(a.date(), b.date())
                ? "dates " + told(a.date()) + " and " + told(b.date()) + " (the less precise contains the other)"
                : "dates " + told(a.date()) + " and " + told(b.date())
                        + " (one is its article's publication day, the other the day before)";
        String places = a.country().isEmpty() || b.country().isEmpty() ? "no conflicting place"
                : "places in " + a.country();
        return "actors " + a.pair() + ", " + codes + ", " + dates + ", " + places;
    }

    private static String told(Dates.Told d) {
        return d.iso().isEmpty() ? "none" : d.iso() + " (" + d.precision() + ")";
    }

    private boolean codesAgree(Telling a, Telling b) {
        var ga = groups.group(a.cameo());
        if (ga.isPresent() && ga.equals(groups.group(b.cameo()))) {
            return true;
        }
        if (!a.cameo().equals(b.cameo())) {
            return false;
        }
        return codebook.is(a.cameo(), Codebook.Trait.SYMMETRIC) || a.source().equals(b.source());
    }

    private static boolean placesAgree(Telling a, Telling b) {
        return a.country().isEmpty() || b.country().isEmpty() || a.country().equals(b.country());
    }

    private static String doc(ObjectNode e) {
        return e.path("mentions").path(0).path("doc_id").asText();
    }

    private static Dates.Told date(ObjectNode e) {
        return Telling.date(e);
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
