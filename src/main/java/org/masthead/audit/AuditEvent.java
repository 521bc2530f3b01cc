package org.masthead.audit;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.WorkflowStatus;

/** One line of the audit log: who did what to which item, when, from which state to which. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id")
    public Long itemId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public WorkflowAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public WorkflowStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    public WorkflowStatus toStatus;

    @Column(length = 2000)
    public String comment;

    /** Approved by the person who submitted it, allowed only because the site relaxed four-eyes review. */
    @Column(name = "four_eyes_relaxed", nullable = false)
    public boolean fourEyesRelaxed;

    public static List<AuditEvent> forItem(long itemId) {
        return list("itemId = ?1 order by at, id", itemId);
    }

    /** Site-wide, newest first, before the event id {@code beforeId} (keyset paging). */
    public static List<AuditEvent> newest(Long beforeId, int limit) {
        return (beforeId == null ? find("order by id desc") : find("id < ?1 order by id desc", beforeId))
                .page(0, limit).list();
    }
}
