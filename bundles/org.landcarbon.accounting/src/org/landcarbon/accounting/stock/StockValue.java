package org.landcarbon.accounting.stock;

import java.util.List;

import org.landcarbon.model.units.Quantity;

/**
 * A carbon stock or stock change in t C with the steps that produced it, or the reason it cannot be given
 * (a missing area or density is never counted as zero).
 */
public record StockValue(Quantity value, String reason, List<String> trail) {

    public StockValue {
        trail = List.copyOf(trail);
    }

    public boolean isPresent() {
        return value != null;
    }

    static StockValue missing(String reason, List<String> trail) {
        return new StockValue(null, reason, trail);
    }
}
