package org.caravan.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.PartialDate;

/**
 * In-document merging: one record per (source, target, CAMEO code, date), the pair unordered for
 * symmetric codes (the codebook's {@code symmetric} trait: roots 04, 06, 19 and code 057); the mentions are pooled and each further mention
 * raises the confidence a little. Stateless; thread-safe.
 */
final class EventMerger {

    static boolean unordered(String code) {
        return Codebook.standard().is(code, Codebook.Trait.SYMMETRIC);
    }

    static String key(Event e) {
        String s = e.source().key().orElse(e.source().id());
        String t = e.target().key().orElse(e.target().id());
        if (unordered(e.cameo()) && s.compareTo(t) > 0) {
            String x = s;
            s = t;
            t = x;
        }
        return s + "|" + t + "|" + e.cameo() + "|" + e.date().map(PartialDate::iso).orElse("");
    }

    List<Event> merge(String docId, List<Event> events) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (Event e : events) {
            groups.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (List<Event> g : groups.values()) {
            Event first = g.get(0);
            Set<EventMention> mentions = new LinkedHashSet<>();
            double conf = 0;
            var location = first.location();
            for (Event e : g) {
                mentions.addAll(e.mentions());
                conf = Math.max(conf, e.confidence());
                if (location.isEmpty()) {
                    location = e.location();
                }
            }
            conf = Math.min(0.99, conf + 0.05 * (mentions.size() - 1));
            n++;
            out.add(new Event(docId + "-e" + n, first.cameo(), first.root(), first.quadClass(), first.goldstein(),
                    first.date(), first.source(), first.target(), location, List.copyOf(mentions),
                    Math.round(conf * 100) / 100.0, first.group()));
        }
        return out;
    }
}
