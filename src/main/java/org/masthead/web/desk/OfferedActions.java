package org.masthead.web.desk;

import java.util.ArrayList;
import java.util.List;

import org.masthead.content.ItemView;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.workflow.WorkflowAction;
import org.masthead.workflow.WorkflowStatus;

/**
 * Which workflow buttons to show: only what this person may do to this item now. The server
 * checks again when a button is pressed; this only keeps the page honest.
 */
public final class OfferedActions {

    private OfferedActions() {
    }

    public static List<String> forItem(ItemView item, StaffMember me, boolean fourEyesRelaxed) {
        WorkflowStatus status = WorkflowStatus.valueOf(item.status());
        List<String> actions = new ArrayList<>();
        if (status.allows(WorkflowAction.SUBMIT) && me.hasRole(Roles.EDITOR)) {
            actions.add("submit");
        }
        if (status.allows(WorkflowAction.WITHDRAW) && me.username().equals(item.submittedBy())) {
            actions.add("withdraw");
        }
        boolean reviewer = me.hasRole(Roles.REVIEWER);
        if (status.allows(WorkflowAction.APPROVE) && reviewer
                && (fourEyesRelaxed || !me.username().equals(item.submittedBy()))) {
            actions.add("approve");
        }
        if (status.allows(WorkflowAction.REQUEST_CHANGES) && reviewer) {
            actions.add("request-changes");
        }
        if (status.allows(WorkflowAction.UNPUBLISH) && reviewer && item.liveRevision() != null) {
            actions.add("unpublish");
        }
        if (status.allows(WorkflowAction.ARCHIVE) && reviewer) {
            actions.add("archive");
        }
        return actions;
    }
}
