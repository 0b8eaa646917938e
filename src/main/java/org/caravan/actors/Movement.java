package org.caravan.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-state armed or political movement, coded to the country it operates in (Hamas: {@code PSE}, role
 * {@code REB}), with the role it has from a date on (the Taliban: {@code REB}, then {@code GOV} from 2021-08-15).
 *
 * @param since the first day the role applies; empty for always
 */
public record Movement(String id, String name, String country, String role, Optional<LocalDate> since) {
    public Movement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }

    /** The actor code: the country plus the role ({@code PSEREB}). */
    public String code() {
        return country + role;
    }
}
