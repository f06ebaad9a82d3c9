package org.sendpmo.scoring;

import java.util.Locale;
import java.util.Optional;

/** The 11 prioritisation criteria agreed by the Strategic Board (methodology §1). Weights live in configuration. */
public enum Criterion {
    C01("Impact on the Inspection Accelerated Progress Plan"),
    C02("Short term savings potential"),
    C03("Long term savings potential"),
    C04("Urgency to delivery"),
    C05("Reputational impact"),
    C06("Impact on Safety Valve recovery plan"),
    C07("Complexity of delivery"),
    C08("Staffing requirement to deliver (existing resource)"),
    C09("Staffing requirement to deliver (new resource)"),
    C10("Cost to deliver"),
    C11("Outcomes for children and young people");

    private final String title;

    Criterion(String title) {
        this.title = title;
    }

    /** Lower-case id used in forms, JSON and configuration: {@code c01}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    public static Optional<Criterion> fromId(String id) {
        for (Criterion c : values()) {
            if (c.id().equalsIgnoreCase(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
