package org.landcarbon.analysis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of an analysis' settings object as a user-visible setting.
 *
 * <p>The <b>default</b> is the field's initial value in a new settings object (one typed source of
 * truth; the annotation does not repeat it). When the default is computed from the input (e.g.
 * "first column", "first to last year") leave the field {@code null}/empty and say so in
 * {@link #defaultText()}.
 *
 * <p>Supported field types: {@code int}, {@code long}, {@code double} (and their boxes, where
 * {@code null} means "not set"), {@code boolean}, {@code String}, any {@code enum} (its choices are
 * the constant names in lower case with {@code _} written as {@code -}), and the comma-separated lists
 * {@code int[]}, {@code double[]}, {@code String[]}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Setting {

    /** The setting's name: a command-line flag {@code --name} and a key in results; lower case, '-' between words. */
    String name();

    /** One sentence for help texts and tooltips. */
    String description();

    /** A short label for a dialog; the name when empty. */
    String label() default "";

    /** The Chinese label; the English one when empty. */
    String labelZh() default "";

    /** The unit of a numeric setting, if any. */
    String unit() default "";

    /** Inclusive lower bound of a numeric setting (of every element of a numeric list). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Inclusive upper bound of a numeric setting (of every element of a numeric list). */
    double max() default Double.POSITIVE_INFINITY;

    /** The allowed values of a {@code String} setting; enums list their own constants. */
    String[] choices() default {};

    /** Must be given: there is no default (the field is {@code null}). */
    boolean required() default false;

    /** How the default is chosen when the field has none of its own, e.g. "first to last year". */
    String defaultText() default "";
}
