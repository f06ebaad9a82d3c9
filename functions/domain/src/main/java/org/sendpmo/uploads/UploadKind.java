package org.sendpmo.uploads;

import java.util.Arrays;
import java.util.Optional;

/** What a spreadsheet upload holds; the slug names it in keys and URLs. */
public enum UploadKind {
    RETURNS("returns", "Monthly returns"),
    RISK_REGISTER("risk-register", "Risk register"),
    KPI_OBSERVATIONS("kpi-observations", "KPI observations"),
    PROJECT_REGISTRY("project-registry", "Project registry");

    private final String slug;
    private final String label;

    UploadKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /**
     * Whether its rows name users (the registry's leads), checked against the user directory: such a file is read
     * only where there is one (in AWS the api, not ingest, which cannot reach the user pool).
     */
    public boolean namesUsers() {
        return this == PROJECT_REGISTRY;
    }

    public static Optional<UploadKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
