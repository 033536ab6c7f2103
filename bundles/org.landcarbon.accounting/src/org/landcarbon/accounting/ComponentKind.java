package org.landcarbon.accounting;

/** Whether a component of an account emits carbon or absorbs it. Sinks are stored as positive absorption. */
public enum ComponentKind {
    SOURCE,
    SINK
}
