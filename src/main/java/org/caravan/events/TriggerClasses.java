package org.caravan.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trigger classes: named kinds of reporting ("expel", "join", "ceasefire") that group the lexicon entries of
 * every language saying the same thing, so that the lexicons can be kept aligned across languages. Read from
 * {@code events/trigger-classes.tsv} ({@code class, roots, description}): an entry's class must be listed there, and
 * its code must fall in one of the class's CAMEO roots. Immutable; thread-safe.
 */
public final class TriggerClasses {

    static final String RESOURCE = "events/trigger-classes.tsv";
    private static TriggerClasses standard;

    /** One class: its name, the CAMEO roots its entries may code, and what it is. */
    public record TriggerClass(String name, Set<String> roots, String description) {
        public TriggerClass {
            roots = Set.copyOf(roots);
        }
    }

    private final Map<String, TriggerClass> classes;

    private TriggerClasses(Map<String, TriggerClass> classes) {
        this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }

    /** The shipped classes, read once. */
    public static synchronized TriggerClasses standard() {
        if (standard == null) {
            standard = of(TsvTable.resource(RESOURCE, 3));
        }
        return standard;
    }

    static TriggerClasses of(TsvTable table) {
        Map<String, TriggerClass> out = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String name = row.get(0);
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw row.error("a class name is lower-case letters, digits and '-', found '" + name + "'");
            }
            Set<String> roots = Set.of(row.get(1).split(","));
            for (String r : roots) {
                if (!r.matches("0[1-9]|1[0-9]|20")) {
                    throw row.error("a root is two digits 01-20, found '" + r + "'");
                }
            }
            if (out.put(name, new TriggerClass(name, roots, row.get(2))) != null) {
                throw row.error("class '" + name + "' listed twice");
            }
        }
        return new TriggerClasses(out);
    }

    public Optional<TriggerClass> get(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    /** All classes, in file order. */
    public List<TriggerClass> all() {
        return List.copyOf(classes.values());
    }
}
