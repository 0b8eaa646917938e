package org.caravan.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CAMEO codebook, read from {@code events/cameo.tsv}: every code with its name, Goldstein score, quad
 * class and PLOVER category. The two-digit root rows carry the CAMEO facts of a root (its GDELT quad class); every
 * longer code must have its root in the file and share its quad class. The optional {@code traits} column says what
 * the coder knows of a code ({@link Trait}), inherited by the codes below it. Loaded once and immutable; thread-safe.
 */
public final class Codebook {

    /** What the coder knows of a code, named in the {@code traits} column of {@code cameo.tsv}. */
    public enum Trait {
        /** Both sides do the same (consult, cooperate, fight, sign an agreement): the pair is unordered. */
        SYMMETRIC("symmetric"),
        /** An undated telling of the same pair is the same occasion as a dated one (a visit, a meeting). */
        SAME_OCCASION("same-occasion"),
        /** An announced noun of the code ("announced $300 million in aid") is an intention to act. */
        ANNOUNCED_INTENT("announced-intent");

        private final String column;

        Trait(String column) {
            this.column = column;
        }

        static String known() {
            return String.join(", ", Arrays.stream(values()).map(t -> t.column).toList());
        }

        static Optional<Trait> named(String name) {
            for (Trait t : values()) {
                if (t.column.equals(name)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    static final String RESOURCE = "events/cameo.tsv";
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static volatile Codebook standard;

    private final Map<String, CameoCode> codes;
    private final Map<String, Set<Trait>> traits;

    private Codebook(Map<String, CameoCode> codes, Map<String, Set<Trait>> traits) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        this.traits = Map.copyOf(traits);
    }

    /** The codebook shipped with Caravan, loaded on first use. */
    public static Codebook standard() {
        Codebook c = standard;
        if (c == null) {
            synchronized (Codebook.class) {
                c = standard;
                if (c == null) {
                    c = from(TsvTable.resource(RESOURCE, 5));
                    standard = c;
                }
            }
        }
        return c;
    }

    static Codebook from(TsvTable table) {
        Map<String, CameoCode> m = new LinkedHashMap<>();
        Map<String, Set<Trait>> traits = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            CameoCode c = code(row);
            if (m.put(c.code(), c) != null) {
                throw row.error("duplicate code " + c.code());
            }
            Set<Trait> t = traits(row);
            if (!t.isEmpty()) {
                traits.put(c.code(), t);
            }
        }
        for (TsvTable.Row row : table.rows()) {
            CameoCode c = m.get(row.get(0));
            CameoCode root = m.get(c.root());
            if (root == null) {
                throw row.error("root " + c.root() + " of code " + c.code() + " has no row of its own");
            }
            if (c.quadClass() != root.quadClass()) {
                throw row.error("quad class " + c.quadClass() + " does not match root " + c.root()
                        + " (quad class " + root.quadClass() + ")");
            }
        }
        return new Codebook(m, traits);
    }

    private static Set<Trait> traits(TsvTable.Row row) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        for (String name : row.get(5).split(",")) {
            if (!name.isBlank()) {
                out.add(Trait.named(name.strip()).orElseThrow(() -> row.error("unknown trait '" + name.strip()
                        + "' (known: " + Trait.known() + ")")));
            }
        }
        return Set.copyOf(out);
    }

    private static CameoCode code(TsvTable.Row row) {
        String code = row.get(0);
        if (!CODE.matcher(code).matches()) {
            throw row.error("not a CAMEO code: '" + code + "'");
        }
        OptionalDouble g = OptionalDouble.empty();
        if (!row.get(2).isEmpty()) {
            try {
                g = OptionalDouble.of(Double.parseDouble(row.get(2)));
            } catch (NumberFormatException e) {
                throw row.error("not a Goldstein score: '" + row.get(2) + "'");
            }
        }
        int quad;
        try {
            quad = Integer.parseInt(row.get(3));
        } catch (NumberFormatException e) {
            throw row.error("not a quad class: '" + row.get(3) + "'");
        }
        if (quad < 1 || quad > 4) {
            throw row.error("quad class must be 1 to 4, got " + quad);
        }
        return new CameoCode(code, row.get(1), g, quad, row.get(4));
    }

    /** The quad class of a two-digit root, as its row in the codebook gives it. */
    public int quadClassOfRoot(String root) {
        CameoCode c = root.length() == 2 ? codes.get(root) : null;
        if (c == null) {
            throw new IllegalArgumentException("not a CAMEO root: " + root);
        }
        return c.quadClass();
    }

    /** Whether a code has a trait, on its own row or on a parent code's (04 gives its traits to 042, 0421). */
    public boolean is(String code, Trait trait) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            if (traits.getOrDefault(c, Set.of()).contains(trait)) {
                return true;
            }
        }
        return false;
    }

    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code, or an error naming it when the codebook does not have it. */
    public CameoCode require(String code) {
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        return c;
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }

    public int size() {
        return codes.size();
    }

    /** The Goldstein score of a code, else of its parent codes, else 0. */
    public double goldstein(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoCode k = codes.get(c);
            if (k != null && k.goldstein().isPresent()) {
                return k.goldstein().getAsDouble();
            }
        }
        return 0;
    }
}
