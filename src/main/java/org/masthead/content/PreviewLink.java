package org.masthead.content;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A preview link to one revision of one item, until it expires or a reviewer revokes it. */
@Entity
@Table(name = "preview_link")
public class PreviewLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    /** The revision the link shows, whatever is saved after it. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean opensAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** The item's links that still open, newest first. */
    static List<PreviewLink> open(long itemId, Instant now) {
        return list("itemId = ?1 and revokedAt is null and expiresAt > ?2 order by createdAt desc, id desc", itemId, now);
    }
}
