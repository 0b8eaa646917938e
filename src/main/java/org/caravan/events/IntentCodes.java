package org.caravan.events;

import java.util.HashMap;
import java.util.Map;

/**
 * How the intention to do an action is coded (events/intent.tsv): "souhaite coopérer" is 031, "prêt à
 * se rendre" 036. Immutable; thread-safe.
 */
final class IntentCodes {

    static final String RESOURCE = "events/intent.tsv";
    private final Map<String, String> byPrefix;

    private IntentCodes(Map<String, String> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    static IntentCodes load(Codebook codebook) {
        Map<String, String> m = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(RESOURCE, 2).rows()) {
            if (!codebook.contains(row.get(1))) {
                throw row.error("unknown CAMEO code '" + row.get(1) + "'");
            }
            m.put(row.get(0), row.get(1));
        }
        return new IntentCodes(m);
    }

    /** The intention code for an action code; codes of roots 01-03 are their own. */
    String of(String code) {
        if (code.startsWith("01") || code.startsWith("02") || code.startsWith("03")) {
            return code;
        }
        for (int len = code.length(); len >= 2; len--) {
            String v = byPrefix.get(code.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        return "030";
    }
}
