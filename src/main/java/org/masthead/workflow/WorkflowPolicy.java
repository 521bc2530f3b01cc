package org.masthead.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.ConflictException;
import org.masthead.shared.WorkflowStatus;
import org.masthead.shared.WorkflowAction;

import io.quarkus.security.ForbiddenException;

/**
 * Who may do which review action to an item in which state: the one place these rules are written. {@link Workflow}
 * enforces them when an action is taken; the desk asks {@link #offered} which buttons to show.
 */
public final class WorkflowPolicy {

    /** The review actions a person can take by pressing a button, in the order the desk shows them. */
    public static final List<WorkflowAction> REVIEW_ACTIONS = List.of(WorkflowAction.SUBMIT, WorkflowAction.WITHDRAW,
            WorkflowAction.APPROVE, WorkflowAction.REQUEST_CHANGES, WorkflowAction.UNPUBLISH, WorkflowAction.ARCHIVE);

    /** What the rules need to know of an item. */
    /** {@code authors}: who saved a revision since the live one, looked up only when an approval rule asks. */
    public record Subject(WorkflowStatus status, String submittedBy, boolean hasLiveRevision, Supplier<Set<String>> authors) {
    }

    private WorkflowPolicy() {
    }

    /** The role an action needs, and how a refusal names the action. */
    static void requireRole(WorkflowAction action, StaffMember who) {
        who.require(role(action), doing(action));
    }

    /** The action fits the item's state, or a 409 says why not. */
    static void requireState(WorkflowAction action, WorkflowStatus status, boolean hasLiveRevision) {
        if (!status.allows(action)) {
            throw new ConflictException("Cannot " + action.label().replace('-', ' ') + " an item that is "
                    + status.name().toLowerCase().replace('_', ' ') + ".");
        }
        if (action == WorkflowAction.UNPUBLISH && !hasLiveRevision) {
            throw new ConflictException("This item is not published.");
        }
    }

    /**
     * This person, and not just anyone with the role, may take the action: a 403 says why not. Answers whether it is
     * allowed only because four-eyes review is relaxed (an approval of their own work, which the audit log marks).
     */
    static boolean requirePerson(WorkflowAction action, Subject item, StaffMember who, boolean fourEyesRelaxed) {
        if (action == WorkflowAction.WITHDRAW && !who.username().equals(item.submittedBy())) {
            throw new ForbiddenException("Only " + item.submittedBy() + ", who submitted it, can withdraw it");
        }
        if (action != WorkflowAction.APPROVE) {
            return false;
        }
        // the submitter or anyone who saved a revision since the live one: not theirs to approve
        boolean submitted = who.username().equals(item.submittedBy());
        boolean ownWork = submitted || item.authors().get().contains(who.username());
        if (ownWork && !fourEyesRelaxed) {
            throw new ForbiddenException(submitted
                    ? "Four-eyes rule: you submitted this item, so another reviewer must approve it"
                    : "Four-eyes rule: you wrote part of this version, so another reviewer must approve it");
        }
        return ownWork;
    }

    /** The review actions this person may take on the item now, by their labels ("submit", "request-changes"). */
    public static List<String> offered(Subject item, StaffMember who, boolean fourEyesRelaxed) {
        List<String> offered = new ArrayList<>();
        for (WorkflowAction action : REVIEW_ACTIONS) {
            if (permits(action, item, who, fourEyesRelaxed)) {
                offered.add(action.label());
            }
        }
        return offered;
    }

    private static boolean permits(WorkflowAction action, Subject item, StaffMember who, boolean fourEyesRelaxed) {
        try {
            requireRole(action, who);
            requireState(action, item.status(), item.hasLiveRevision());
            requirePerson(action, item, who, fourEyesRelaxed);
            return true;
        } catch (ForbiddenException | ConflictException e) {
            return false;
        }
    }

    private static String role(WorkflowAction action) {
        return switch (action) {
            case SUBMIT, WITHDRAW -> Roles.EDITOR;
            case APPROVE, REQUEST_CHANGES, UNPUBLISH, ARCHIVE -> Roles.REVIEWER;
            default -> throw new IllegalArgumentException(action + " is not taken by a person");
        };
    }

    private static String doing(WorkflowAction action) {
        return switch (action) {
            case SUBMIT -> "Submitting for review";
            case WITHDRAW -> "Withdrawing from review";
            case APPROVE -> "Approving";
            case REQUEST_CHANGES -> "Requesting changes";
            case UNPUBLISH -> "Unpublishing";
            case ARCHIVE -> "Archiving";
            default -> throw new IllegalArgumentException(action + " is not taken by a person");
        };
    }
}
