package org.landcarbon.ui.map.internal.wizard;

import java.nio.file.Path;
import java.util.List;

import org.landcarbon.spatial.ClassMapping;

/**
 * What the first page chose: the rasters with their years, the boundaries and their fields, the mapping and
 * the class system it falls into, the area unit. A preview is valid for one value of this record.
 */
record RasterInputs(List<Path> rasters, List<Integer> years, Path boundaries, String idField, String nameField, String mappingChoice,
        Path mappingCsv, ClassMapping mapping, String classSystem, String unit) {

    /** Equal choices: the mapping by its name and file, not by instance. */
    boolean sameAs(RasterInputs o) {
        return o != null && rasters.equals(o.rasters) && years.equals(o.years) && boundaries.equals(o.boundaries) && idField.equals(o.idField)
                && java.util.Objects.equals(nameField, o.nameField) && mappingChoice.equals(o.mappingChoice)
                && java.util.Objects.equals(mappingCsv, o.mappingCsv) && unit.equals(o.unit);
    }
}
