package org.masthead.content;

import java.util.List;

import org.masthead.shared.ContentKind;
import org.masthead.audit.AuditEntryView;
import org.masthead.audit.AuditEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;

/** Reading an item's past: its revisions, comparisons between them, and its audit trail. */
@ApplicationScoped
public class RevisionService {

    private final Revisions revisions;

    RevisionService(Revisions revisions) {
        this.revisions = revisions;
    }

    @Transactional
    public List<RevisionSummary> list(ContentKind kind, long id) {
        return revisions.list(item(kind, id));
    }

    @Transactional
    public ItemSnapshot get(ContentKind kind, long id, int number) {
        return revisions.snapshot(item(kind, id).id, number)
                .orElseThrow(() -> new NotFoundException("Revision " + number + " does not exist."));
    }

    @Transactional
    public RevisionComparison compare(ContentKind kind, long id, int from, int to) {
        return revisions.compare(item(kind, id).id, from, to)
                .orElseThrow(() -> new NotFoundException("Revision " + from + " or " + to + " does not exist."));
    }

    @Transactional
    public List<AuditEntryView> history(ContentKind kind, long id) {
        return AuditEvent.forItem(item(kind, id).id).stream().map(AuditEntryView::of).toList();
    }

    private static ContentItem item(ContentKind kind, long id) {
        return ContentItem.findOfKind(kind, id).orElseThrow(() -> new NotFoundException("No such item."));
    }
}
