package org.sendpmo.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what, when, to what, and the raw upload or build it concerns.
 *
 * @param subject   what was changed: a project, a cycle, an upload id, a user
 * @param reference the raw object key or build id behind it, or null
 * @param detail    a short sentence a reader of the log understands, or null
 */
public record AuditEntry(Instant at, String actor, AuditAction action, String subject, String reference, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }
}
