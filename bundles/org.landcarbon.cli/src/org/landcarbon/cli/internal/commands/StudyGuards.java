package org.landcarbon.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.Study;

/**
 * What {@code account} refuses (docs/limits.md): a study that {@code validate} finds errors in (a negative area, a
 * stored NaN or Infinity, a unit that does not fit), and an account with a number that is not finite (areas near
 * 1e308 overflow). Never a number printed from an input the validator calls wrong.
 */
final class StudyGuards {

    /** The study cannot be accounted; the message lists the errors (at most 5) or names the component and year. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private StudyGuards() {
    }

    static void noValidationErrors(Study study, String file) throws Refused {
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : Diagnostician.INSTANCE.validate(study).getChildren()) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                errors.add(d.getMessage());
            }
        }
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(file + ": not computed: 'landcarbon validate' finds " + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + " in the study; fix " + (errors.size() == 1 ? "it" : "them") + " first:");
        errors.stream().limit(5).forEach(e -> sb.append("\n  ").append(e));
        if (errors.size() > 5) {
            sb.append("\n  ... and ").append(errors.size() - 5).append(" more (landcarbon validate ").append(file).append(')');
        }
        throw new Refused(sb.toString());
    }

    static void finite(Account account, String file) throws Refused {
        List<String> ids = new ArrayList<>(account.components());
        ids.addAll(Components.TOTALS);
        for (int year : account.years()) {
            for (String id : ids) {
                Figure f = account.value(year, id);
                if (f != null && f.isPresent() && !Double.isFinite(f.value().value())) {
                    throw new Refused(file + ": not computed: " + id + " in " + year + " is not a finite number (the computation "
                            + "overflowed: inputs near 1e308?); check the study's values of " + year);
                }
            }
        }
    }
}
