package org.sendpmo.audit;

/** Every kind of write the audit log records. */
public enum AuditAction {
    RETURN_SUBMITTED,
    UPLOAD_RECEIVED,
    BUILD_REQUESTED,
    BUILD_MARKED_FINAL,
    BUILD_REOPENED,
    CYCLE_CREATED,
    CYCLE_CHANGED,
    RETURN_CHASED,
    ASSESSMENT_RECORDED,
    USER_CHANGED,
    SIGNED_IN,
    SIGN_IN_REFUSED
}
