package org.landcarbon.analysis;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an analysis is: a stable id ({@code family.name}, e.g. {@code grey.gm11}), its names in English
 * and Chinese, a category to group it under, the input it applies to, a one-paragraph description and
 * the method reference a result should cite.
 */
public record AnalysisDescriptor(String id, String nameEn, String nameZh, String category, InputKind input,
        String description, String reference) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+");

    public AnalysisDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("analysis id '" + id + "' must look like family.name (lower case, dots)");
        }
        Objects.requireNonNull(nameEn, "nameEn");
        nameZh = nameZh == null ? "" : nameZh;
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(input, "input");
        description = description == null ? "" : description;
        reference = reference == null ? "" : reference;
    }
}
