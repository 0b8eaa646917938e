package org.caravan.model;

/** How precise a calendar value is, from the finest to the coarsest. */
public enum Precision {
    DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY;

    /** Lower-case name, as written in the outputs ("day", "month"...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
