package org.masthead.shared;

/** The editorial actions, as the audit log names them. */
public enum WorkflowAction {
    CREATE,
    EDIT,
    SUBMIT,
    WITHDRAW,
    APPROVE,
    REQUEST_CHANGES,
    UNPUBLISH,
    ARCHIVE,
    RESTORE_REVISION,
    SCHEDULED_PUBLISH,
    SCHEDULED_EXPIRY,
    PREVIEW_LINK,
    REVOKE_PREVIEW_LINK,
    DESCRIBE_UPLOAD,
    IMPORT;

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
