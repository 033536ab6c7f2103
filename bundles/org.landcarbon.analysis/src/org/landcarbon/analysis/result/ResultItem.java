package org.landcarbon.analysis.result;

/**
 * One named piece of a result. Every kind carries its key (stable, used as the JSON key), a label for
 * people, the unit of its values (empty for dimensionless or text) and its provenance: how the values
 * were computed and from what, in words a reader of a paper can check.
 */
public sealed interface ResultItem permits Scalar, Text, TextList, TextMap, Series, KeyedValues, Table, Matrix {

    String key();

    String label();

    String unit();

    String provenance();
}
