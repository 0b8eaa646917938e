package org.caravan.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How modality chooses the code of an action (events/intent.tsv): an intention to meet is 036, a refusal to
 * meet 125, a negated recognition 120, an appeal to free prisoners 0253, a demand to free them 1053. A column is
 * named by the label of its modality; the longest code prefix with a row decides. Immutable; thread-safe.
 */
final class ModalCodes {

    static final String RESOURCE = "events/intent.tsv";
    private static final String OWN = "=";
    private static final String NONE = "-";

    /** The code under each column label, by action prefix. */
    private final Map<String, Map<String, String>> byPrefix;

    private ModalCodes(Map<String, Map<String, String>> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    static ModalCodes load(Codebook codebook) {
        return from(TsvTable.resource(RESOURCE, 2), codebook);
    }

    static ModalCodes from(TsvTable table, Codebook codebook) {
        List<String> header = table.header();
        Map<String, Map<String, String>> m = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            if (row.cells().size() != header.size()) {
                throw row.error("expected " + header.size() + " columns (" + String.join(", ", header) + ")");
            }
            if (!codebook.contains(row.get(0))) {
                throw row.error("unknown CAMEO code '" + row.get(0) + "'");
            }
            Map<String, String> cols = new HashMap<>();
            for (int c = 1; c < header.size(); c++) {
                String v = row.get(c);
                if (!v.equals(OWN) && !v.equals(NONE) && !codebook.contains(v)) {
                    throw row.error("unknown CAMEO code '" + v + "' in column " + header.get(c));
                }
                cols.put(header.get(c), v);
            }
            if (m.put(row.get(0), Map.copyOf(cols)) != null) {
                throw row.error("action '" + row.get(0) + "' listed twice");
            }
        }
        return new ModalCodes(m);
    }

    /**
     * The code of an action told with this modality: its own when asserted, else the table's column named by
     * the modality's label; empty when the action is not coded so told (no column, '-', no row).
     */
    Optional<String> of(Modality modality, String action) {
        if (modality == Modality.ASSERTED) {
            return Optional.of(action);
        }
        return column(modality.label(), action);
    }

    /** The code of an action under a named column (intent, appeal, demand...), or empty. */
    Optional<String> column(String column, String action) {
        for (int len = action.length(); len >= 2; len--) {
            Map<String, String> row = byPrefix.get(action.substring(0, len));
            if (row != null) {
                String v = row.getOrDefault(column, NONE);
                return v.equals(NONE) ? Optional.empty() : Optional.of(v.equals(OWN) ? action : v);
            }
        }
        return Optional.empty();
    }
}
