package org.landcarbon.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.landcarbon.model.ProvenanceKind;

/** One column of a years-by-columns grid: what a cell holds and the command that changes it. */
interface GridColumn {

    /** A cell's content: a missing value has a null value. */
    record Cell(Double value, ProvenanceKind provenance, String detail) {
        static final Cell EMPTY = new Cell(null, null, null);
    }

    String header();

    /** The unit of the column's values, shown in the header's tooltip and in messages. */
    String unit();

    Cell cell(int year);

    /** Why this value cannot go in the column (e.g. a negative area), or null when it can. */
    String refuse(double value);

    /** The command that sets the cell to a value, or clears it when value is null; null when nothing changes. */
    Command set(EditingDomain domain, int year, Double value);

    /** The plain model change behind {@link #set}: used inside one recorded command for a pasted block. */
    void apply(int year, Double value);
}
