package org.sendpmo.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists the programme office keeps in the product, all edited the same way: a fixed set of codes, each with a
 * value the office sets (or clears, to fall back to the configured default). Each change is recorded with who and
 * when, and takes effect from the next pack built.
 */
public enum ReferenceList {
    /** Codes 1 to 9; the value is the group's name. */
    OPERATIONAL_GROUPS("operational-groups", "Operational groups", "Name"),
    /** Codes are the risk categories; the value is the appetite, 1 to 25, overriding the configured one. */
    RISK_APPETITE("risk-appetite", "Risk categories and their appetite", "Appetite (1 to 25)"),
    /**
     * Codes are a criterion and a score ({@code C03-2}); the value is that level's descriptor, overriding
     * {@code assurance.methodology.criteria.<id>.descriptors}. Weights and directions stay configuration.
     */
    CRITERION_DESCRIPTORS("criterion-descriptors", "Criterion descriptors", "Descriptor"),
    /**
     * Codes are the {@link org.sendpmo.cycle.Board} constants, which never change (a cycle's id is made from them);
     * the value is the board's display name, overriding the constant's title.
     */
    BOARDS("boards", "Boards", "Display name");

    private final String slug;
    private final String title;
    private final String valueLabel;

    ReferenceList(String slug, String title, String valueLabel) {
        this.slug = slug;
        this.title = title;
        this.valueLabel = valueLabel;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String valueLabel() {
        return valueLabel;
    }

    public static Optional<ReferenceList> fromSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
