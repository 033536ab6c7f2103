package org.landcarbon.accounting;

import org.landcarbon.model.units.Quantity;

/** A derived number of an account (a total, share or indicator) or the reason it cannot be given. */
public record Figure(Quantity value, String reason) {

    public static Figure of(Quantity value) {
        return new Figure(value, null);
    }

    public static Figure missing(String reason) {
        return new Figure(null, reason);
    }

    public boolean isPresent() {
        return value != null;
    }
}
