package org.masthead.web.desk.item;

import java.util.List;

import org.masthead.content.ItemView;
import org.masthead.security.StaffMember;
import org.masthead.workflow.WorkflowPolicy;
import org.masthead.shared.WorkflowStatus;

/**
 * Which workflow buttons to show: only what this person may do to this item now, by the rules the
 * workflow itself enforces ({@link WorkflowPolicy}). The server checks again when a button is pressed.
 */
public final class OfferedActions {

    private OfferedActions() {
    }

    public static List<String> forItem(ItemView item, StaffMember me, boolean fourEyesRelaxed) {
        WorkflowPolicy.Subject subject = new WorkflowPolicy.Subject(WorkflowStatus.valueOf(item.status()), item.submittedBy(),
                item.liveRevision() != null);
        return WorkflowPolicy.offered(subject, me, fourEyesRelaxed);
    }
}
