package org.masthead.web.desk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.masthead.content.ContentItem;
import org.masthead.content.ContentService;
import org.masthead.content.ItemView;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.audit.AuditEntryView;
import org.masthead.audit.AuditEvent;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.WorkflowStatus;

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
        List<Returned> returned = returnedTo(me);
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

    /**
     * The author's drafts whose latest audit entry is a reviewer's request for changes, with that
     * request: two queries however many there are.
     */
    private List<Returned> returnedTo(StaffMember me) {
        List<AuditEvent> requests = AuditEvent.<AuditEvent> find("select e from AuditEvent e, ContentItem i"
                + " where i.id = e.itemId and i.status = ?1 and i.submittedBy = ?2 and e.action = ?3"
                + " and e.id = (select max(latest.id) from AuditEvent latest where latest.itemId = e.itemId)"
                + " order by e.id desc", WorkflowStatus.DRAFT, me.username(), WorkflowAction.REQUEST_CHANGES)
                .page(0, PANEL).list();
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemView> items = views(ContentItem.list("id in ?1", requests.stream().map(e -> e.itemId).toList()))
                .stream().collect(Collectors.toMap(ItemView::id, view -> view));
        return requests.stream().map(e -> new Returned(items.get(e.itemId), AuditEntryView.of(e))).toList();
    }

    private List<ItemView> views(List<ContentItem> items) {
        return items.isEmpty() ? List.of() : content.views(items);
    }
}
