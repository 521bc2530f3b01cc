package org.masthead.comment;

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

/** A reader's comment on an article, as typed (plain text), with who moderated it and when. */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    /** The comment of the same article this one answers, if any. */
    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "author_name", nullable = false, length = 100)
    public String authorName;

    /** For the newsroom only; never shown to readers. */
    @Column(name = "author_email", length = 254)
    public String authorEmail;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CommentStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "moderated_by")
    public String moderatedBy;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    /**
     * A page of the moderation queue, newest first, after the position {@code (at, id)} of the previous
     * page's last comment (keyset on the index of status and time).
     */
    public static List<Comment> newest(CommentStatus status, Instant at, Long id, int limit) {
        return (at == null ? find("status = ?1 order by createdAt desc, id desc", status)
                : find("status = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                        status, at, id))
                .page(0, limit).list();
    }
}
