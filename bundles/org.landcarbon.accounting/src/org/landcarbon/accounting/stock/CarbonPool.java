package org.landcarbon.accounting.stock;

import java.util.Locale;
import java.util.Optional;

/** The four carbon pools of the IPCC and InVEST carbon models, with the column names a densities table uses. */
public enum CarbonPool {
    ABOVE("above", "above-ground biomass"),
    BELOW("below", "below-ground biomass"),
    SOIL("soil", "soil organic carbon"),
    DEAD("dead", "dead organic matter");

    private final String id;
    private final String description;

    CarbonPool(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** "above", "c_above" (InVEST's column), "above-ground" ...; empty when the name is no pool. */
    public static Optional<CarbonPool> of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("c_", "").replace("-ground", "").replace("_ground", "");
        for (CarbonPool p : values()) {
            if (p.id.equals(n)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
