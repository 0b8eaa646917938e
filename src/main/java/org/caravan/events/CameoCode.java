package org.caravan.events;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One CAMEO event code.
 *
 * @param code      the code with its leading zeros ("042", "0331", "19")
 * @param name      short English name
 * @param goldstein Goldstein score, empty for the few codes GDELT does not score
 * @param quadClass GDELT quad class by root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover    PLOVER category ("CONSULT", "ASSAULT"...), "-" for public statements
 */
public record CameoCode(String code, String name, OptionalDouble goldstein, int quadClass, String plover) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goldstein, "goldstein");
        Objects.requireNonNull(plover, "plover");
    }

    /** The two-digit root. */
    public String root() {
        return code.substring(0, 2);
    }

    /** GDELT's quad class of a root, read from the root's row of the codebook ({@code events/cameo.tsv}). */
    public static int quadClassOfRoot(String root) {
        return Codebook.standard().quadClassOfRoot(root);
    }
}
