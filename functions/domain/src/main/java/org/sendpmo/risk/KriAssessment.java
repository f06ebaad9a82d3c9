package org.sendpmo.risk;

import java.util.Objects;

/** A KRI and its status for the cycle being assessed. */
public record KriAssessment(Kri kri, KriStatus status) {

    public KriAssessment {
        Objects.requireNonNull(kri, "kri");
        Objects.requireNonNull(status, "status");
    }
}
