package org.masthead.admin;

import java.util.List;
import java.util.Optional;

import org.masthead.content.ContentItem;
import org.masthead.content.ContentService;
import org.masthead.content.ItemView;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.workflow.AuditEntryView;
import org.masthead.workflow.AuditEvent;
import org.masthead.workflow.WorkflowAction;
import org.masthead.workflow.WorkflowStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What the dashboard shows one staff member: their work, what came back to them, and the desk's queues. */
@ApplicationScoped
public class DeskQueries {

    private static final int PANEL = 10;

    private final ContentService content;

    DeskQueries(ContentService content) {
        this.content = content;
    }

    /** An item sent back to its author, with the reviewer's comment. */
    public record Returned(ItemView item, AuditEntryView request) {
    }

    public record Dashboard(List<ItemView> myDrafts, List<Returned> returned, List<ItemView> reviewQueue,
            List<ItemView> scheduled, List<ItemView> recentlyPublished, List<AuditEntryView> recentEvents) {
    }

    @Transactional
    public Dashboard dashboard(StaffMember me) {
        List<ItemView> myDrafts = views(ContentItem.find("status = ?1 and createdBy = ?2 order by updatedAt desc",
                WorkflowStatus.DRAFT, me.username()).page(0, PANEL).list());
        List<Returned> returned = ContentItem.<ContentItem> find("status = ?1 and submittedBy = ?2 order by updatedAt desc",
                WorkflowStatus.DRAFT, me.username()).page(0, 50).list().stream()
                .map(item -> lastChangeRequest(item).map(event -> new Returned(content.views(item), event)))
                .flatMap(Optional::stream).limit(PANEL).toList();
        List<ItemView> queue = me.hasRole(Roles.REVIEWER)
                ? views(ContentItem.find("status = ?1 order by updatedAt", WorkflowStatus.IN_REVIEW).page(0, PANEL).list())
                : List.of();
        List<ItemView> scheduled = views(ContentItem.find("status = ?1 order by liveFrom", WorkflowStatus.SCHEDULED)
                .page(0, PANEL).list());
        List<ItemView> published = views(ContentItem.find("status = ?1 order by liveFrom desc", WorkflowStatus.PUBLISHED)
                .page(0, PANEL).list());
        List<AuditEntryView> events = AuditEvent.newest(null, PANEL).stream().map(AuditEntryView::of).toList();
        return new Dashboard(myDrafts, returned, queue, scheduled, published, events);
    }

    /** The last thing that happened to the item, if it was a request for changes. */
    private static Optional<AuditEntryView> lastChangeRequest(ContentItem item) {
        return AuditEvent.<AuditEvent> find("itemId = ?1 order by id desc", item.id).firstResultOptional()
                .filter(event -> event.action == WorkflowAction.REQUEST_CHANGES).map(AuditEntryView::of);
    }

    private List<ItemView> views(List<ContentItem> items) {
        return items.stream().map(content::views).toList();
    }
}
