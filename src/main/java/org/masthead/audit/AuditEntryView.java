package org.masthead.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.masthead.shared.WorkflowStatus;

/** An audit entry as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(long id, Long itemId, Instant at, String actor, String action, WorkflowStatus from,
        WorkflowStatus to, String comment, boolean fourEyesRelaxed) {

    public static AuditEntryView of(AuditEvent e) {
        return new AuditEntryView(e.id, e.itemId, e.at, e.actor, e.action.label(), e.fromStatus, e.toStatus, e.comment,
                e.fourEyesRelaxed);
    }
}
