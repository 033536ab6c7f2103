package org.landcarbon.analysis;

/** The kind of value a {@link Setting} holds, for building an editor or a flag parser. */
public enum SettingType {
    INTEGER, NUMBER, BOOLEAN, TEXT, CHOICE, INTEGER_LIST, NUMBER_LIST, TEXT_LIST
}
