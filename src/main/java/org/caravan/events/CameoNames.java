package org.caravan.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.caravan.data.DataFileException;

/**
 * The names of the CAMEO codes in another language than the codebook's English, read from
 * {@code events/cameo-names-fr.tsv} (code, name). The file must name every code of the codebook and no other, so that
 * it cannot fall behind {@code events/cameo.tsv}. Loaded once and immutable; thread-safe.
 */
public final class CameoNames {

    static final String FRENCH = "events/cameo-names-fr.tsv";
    private static volatile CameoNames french;

    private final Map<String, String> names;

    private CameoNames(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The French names shipped with Caravan, checked against the standard codebook on first use. */
    public static CameoNames french() {
        CameoNames n = french;
        if (n == null) {
            synchronized (CameoNames.class) {
                n = french;
                if (n == null) {
                    n = from(TsvTable.resource(FRENCH, 2), FRENCH, Codebook.standard());
                    french = n;
                }
            }
        }
        return n;
    }

    /**
     * Reads a names table.
     *
     * @throws DataFileException naming the row or file when a code is unknown, named twice or
     *                             without a name, or when a code of {@code codebook} has no name
     */
    static CameoNames from(TsvTable table, String file, Codebook codebook) {
        Map<String, String> m = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String code = row.get(0);
            if (!codebook.contains(code)) {
                throw row.error("not a code of the CAMEO codebook: '" + code + "'");
            }
            if (row.get(1).isEmpty()) {
                throw row.error("code " + code + " has no name");
            }
            if (m.put(code, row.get(1)) != null) {
                throw row.error("duplicate code " + code);
            }
        }
        for (CameoCode c : codebook.all()) {
            if (!m.containsKey(c.code())) {
                throw new DataFileException(file, "code " + c.code() + " ("
                        + c.name() + ") of the codebook has no name");
            }
        }
        return new CameoNames(m);
    }

    /** The name of a code, when it is in the codebook. */
    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    public int size() {
        return names.size();
    }
}
