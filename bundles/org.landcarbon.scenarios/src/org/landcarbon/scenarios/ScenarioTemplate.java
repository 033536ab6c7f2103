package org.landcarbon.scenarios;

/** The usual scenario set of land-use carbon studies; each builds an ordinary, editable scenario. */
public enum ScenarioTemplate {
    NATURAL_DEVELOPMENT("Natural development", "natural"),
    ECOLOGICAL_PROTECTION("Ecological protection", "ecological"),
    ECONOMIC_DEVELOPMENT("Economic development", "economic");

    private final String title;
    private final String id;

    ScenarioTemplate(String title, String id) {
        this.title = title;
        this.id = id;
    }

    public String title() {
        return title;
    }

    /** A short id for command lines, e.g. {@code ecological}. */
    public String id() {
        return id;
    }
}
