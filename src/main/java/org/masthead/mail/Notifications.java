package org.masthead.mail;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masthead.shared.CommentWaiting;
import org.masthead.shared.Edition;
import org.masthead.shared.ItemTransition;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.WorkflowStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Editorial notifications, queued in the transaction of the workflow step: a submission to every reviewer but the
 * submitter; changes requested (with the reviewer's words), an approval and a scheduled go-live to the item's creator and
 * submitter, never to the person who acted. Each names the item, the person, the edition, and links to its desk page.
 */
@ApplicationScoped
class Notifications {

    private final Outbox outbox;
    private final StaffDirectory staff;
    private final String deskBase;

    Notifications(Outbox outbox, StaffDirectory staff, @ConfigProperty(name = "masthead.site.public-url") Optional<String> publicUrl) {
        this.outbox = outbox;
        this.staff = staff;
        this.deskBase = publicUrl.map(u -> u.replaceAll("/+$", "")).orElse("http://localhost:8080") + "/admin/";
    }

    void transition(@Observes ItemTransition step) {
        WorkflowAction action = step.action();
        if (!outbox.enabled() || !(action == WorkflowAction.SUBMIT || action == WorkflowAction.REQUEST_CHANGES
                || action == WorkflowAction.APPROVE || action == WorkflowAction.SCHEDULED_PUBLISH)) {
            return;
        }
        String who = staff.find(step.actor()).map(StaffDirectory.Person::displayName).orElse(step.actor());
        String what = "“" + step.title() + "” (" + step.kind().name().toLowerCase() + ", " + Edition.englishName(step.language())
                + " edition)";
        String link = deskBase + step.kind().collection() + "/" + step.itemId();
        switch (action) {
            case SUBMIT -> {
                for (StaffDirectory.Person reviewer : staff.reviewers()) {
                    if (!reviewer.username().equals(step.actor()) && reviewer.hears("submitted")) {
                        send("submitted", reviewer, "For review: " + step.title(), who + " submitted " + what
                                + " for review.\n\nRead and review it on the desk:\n" + link, step.itemId());
                    }
                }
            }
            case REQUEST_CHANGES -> toAuthors(step, "changes-requested", "Changes requested: " + step.title(), who + " sent " + what
                    + " back with changes to make:\n\n" + step.comment() + "\n\nEdit it on the desk:\n" + link);
            case APPROVE -> toAuthors(step, "approved", "Approved: " + step.title(), who + " approved " + what + "."
                    + (step.to() == WorkflowStatus.SCHEDULED ? " It goes live at its scheduled time." : " It is live now.")
                    + "\n\nOn the desk:\n" + link);
            default -> toAuthors(step, "went-live", "Live now: " + step.title(), what
                    + " went live at its scheduled time.\n\nOn the desk:\n" + link);
        }
    }

    /** A reader's comment waits: every moderator (reviewers and admins) who wants to hear of it. */
    void commentWaiting(@Observes CommentWaiting comment) {
        if (!outbox.enabled()) {
            return;
        }
        String text = comment.authorName() + " commented on “" + comment.itemTitle() + "” (" + Edition.englishName(comment.language())
                + " edition):\n\n" + comment.excerpt() + "\n\nApprove or reject it on the desk:\n" + deskBase + "comments";
        for (StaffDirectory.Person moderator : staff.reviewers()) {
            if (moderator.hears("comment-waiting")) {
                send("comment-waiting", moderator, "Comment waiting: " + comment.itemTitle(), text, comment.itemId());
            }
        }
    }

    private void toAuthors(ItemTransition step, String kind, String subject, String text) {
        Set<String> authors = new LinkedHashSet<>(step.authors().stream().filter(Objects::nonNull).toList());
        authors.remove(step.actor());
        for (String username : authors) {
            staff.find(username).filter(person -> person.hears(kind))
                    .ifPresent(person -> send(kind, person, subject, text, step.itemId()));
        }
    }

    /** Every message: addressed by name, and saying where to turn such messages off. */
    private void send(String kind, StaffDirectory.Person to, String subject, String text, long itemId) {
        outbox.queue(kind, to.email(), subject, "Hello " + to.displayName() + ",\n\n" + text
                + "\n\n-- \nMasthead. Choose which of these you get: " + deskBase + "me/notifications\n", itemId);
    }
}
