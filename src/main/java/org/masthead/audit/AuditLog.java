package org.masthead.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.WorkflowStatus;

/** Writes the audit trail; every editorial action, from any entry point, goes through here. */
@ApplicationScoped
public class AuditLog {

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** The site-wide log, newest first, before the event id {@code beforeId}. */
    @Transactional
    public List<AuditEntryView> recent(Long beforeId, int limit) {
        return AuditEvent.newest(beforeId, limit).stream().map(AuditEntryView::of).toList();
    }

    public AuditEvent record(Long itemId, String actor, WorkflowAction action, WorkflowStatus from, WorkflowStatus to,
            String comment, boolean fourEyesRelaxed) {
        AuditEvent event = new AuditEvent();
        event.itemId = itemId;
        event.at = Instant.now(clock);
        event.actor = actor;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.comment = comment;
        event.fourEyesRelaxed = fourEyesRelaxed;
        event.persist();
        return event;
    }
}
