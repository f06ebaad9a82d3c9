package org.sendpmo.audit;

/** Every kind of write the audit log records, each with the words the audit page shows. */
public enum AuditAction {
    RETURN_SUBMITTED("Return submitted"),
    UPLOAD_RECEIVED("Upload received"),
    BUILD_REQUESTED("Build started"),
    BUILD_MARKED_FINAL("Pack marked final"),
    BUILD_REOPENED("Pack reopened"),
    BOARD_PACK_REQUESTED("PDF board pack asked for"),
    CYCLE_CREATED("Board cycle set up"),
    CYCLE_CHANGED("Board cycle changed"),
    RETURN_CHASED("Return chased"),
    DRAFT_SAVED("Draft return saved"),
    DRAFT_REMOVED("Draft return removed"),
    RETURN_REMINDED("Return reminder sent"),
    ASSESSMENT_RECORDED("Assessment recorded"),
    KPI_DEFINED("KPI defined"),
    KPI_DEFINITION_CHANGED("KPI definition changed"),
    PROJECT_CREATED("Project added"),
    PROJECT_CHANGED("Project changed"),
    PROJECT_CLOSED("Project closed"),
    REFERENCE_LIST_CHANGED("Reference list changed"),
    USER_CHANGED("User changed"),
    SIGNED_IN("Signed in"),
    SIGN_IN_REFUSED("Sign-in refused");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
