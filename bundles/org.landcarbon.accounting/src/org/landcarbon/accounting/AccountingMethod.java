package org.landcarbon.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.landcarbon.model.units.Quantity;

/**
 * An accounting method: turns a study's series and coefficients into one component of the account (an
 * emission source or an absorption sink) for a year. Register an implementation as an OSGi service
 * ({@code @Component(service = AccountingMethod.class)}) in any bundle; the accounting service collects them.
 * When several methods offer the same component, the study's MethodChoice decides, else {@link #priority()}.
 */
public interface AccountingMethod {

    /** Stable id that studies store in MethodChoice.methodId, e.g. "construction.energy_intensity". */
    String id();

    String name();

    /** The formula in plain text, shown in trails and docs. */
    String formula();

    /** The components this method offers for the study (it may still find inputs missing for some years). */
    Set<String> components(AccountingContext context);

    ComponentKind kind(String component);

    /** The series and coefficients the method reads for the component. */
    Requirements requirements(String component, AccountingContext context);

    /**
     * Why the method cannot produce the component for this study at all, or empty when it can: by default the
     * series and coefficients of {@link #requirements} that the study lacks (entries with spaces or '*' are
     * descriptions, not ids, and are not checked). Without a MethodChoice the account uses the highest-priority
     * automatic method that is not unavailable, and says which others it passed over and why.
     */
    default Optional<String> unavailable(String component, AccountingContext context) {
        Requirements r = requirements(component, context);
        List<String> lacking = new ArrayList<>();
        for (String s : r.series()) {
            if (!s.contains(" ") && !s.contains("*") && !context.seriesIds().contains(s)) {
                lacking.add("series " + s);
            }
        }
        for (String k : r.coefficients()) {
            if (!k.contains(" ") && !k.contains("*") && !context.coefficientKeys().contains(k)) {
                lacking.add("coefficient " + k);
            }
        }
        return lacking.isEmpty() ? Optional.empty() : Optional.of("the study has no " + String.join(", ", lacking));
    }

    /** Among methods offering the same component, the highest priority is used when the study chose none. */
    default int priority() {
        return 0;
    }

    /** False for methods used only when the study chooses them explicitly (e.g. taking reported values). */
    default boolean automatic() {
        return true;
    }

    /** True when the values are reported figures rather than computed ones. */
    default boolean reportsValues() {
        return false;
    }

    /**
     * Computes the component for a year as an amount of carbon (any carbon unit; a rate per year is multiplied
     * by one year by the caller). Records inputs, coefficients and steps in {@code trail}.
     *
     * @throws MissingInputException when an input is absent: the component is then missing for the year
     * @throws org.landcarbon.model.units.UnitException when units do not fit: the component is then invalid
     */
    Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException;
}
