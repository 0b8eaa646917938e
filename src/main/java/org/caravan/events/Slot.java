package org.caravan.events;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where an argument of a trigger is found: the subject, the passive agent, a genitive ("la visite de X",
 * "X's visit"), the direct object, the object of one of the given prepositions, or a place whose country
 * stands for the argument (the destination of a visit), or the speaker of the sentence's reported speech ("the
 * situation in Niger is cause for concern, the Kremlin said": the one concerned is who says so).
 */
public record Slot(Kind kind, Set<String> prepositions) {

    public enum Kind { SUBJ, AGENT, GEN, OBJ, PP, PLACE, SPEAKER }

    public Slot {
        Objects.requireNonNull(kind, "kind");
        prepositions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(prepositions));
    }

    /** Parses "subj", "agent", "gen", "obj", "place", "speaker" or "pp:à,au,avec"; null when the text is none of these. */
    static Slot parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("pp:")) {
            Set<String> preps = new LinkedHashSet<>(Arrays.asList(t.substring(3).split(",")));
            preps.removeIf(String::isBlank);
            return preps.isEmpty() ? null : new Slot(Kind.PP, preps);
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.PP && k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return new Slot(k, Set.of());
            }
        }
        return null;
    }

    static List<Slot> parseList(String text, TsvTable.Row row) {
        if (text.isBlank() || text.equals("-")) {
            return List.of();
        }
        List<Slot> out = new java.util.ArrayList<>();
        for (String part : text.split("\\|")) {
            Slot s = parse(part);
            if (s == null) {
                throw row.error("unknown argument slot '" + part + "' (use subj, agent, gen, obj, place, speaker or pp:PREP,PREP)");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return kind == Kind.PP ? "pp:" + String.join(",", prepositions) : kind.name().toLowerCase(Locale.ROOT);
    }
}
