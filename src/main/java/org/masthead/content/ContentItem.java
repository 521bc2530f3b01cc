package org.masthead.content;

import org.masthead.shared.ContentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.masthead.taxonomy.Tag;
import org.masthead.shared.WorkflowStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.OrderBy;

/**
 * One piece of content of any kind: its working copy, where it stands in review, and which of
 * its revisions readers see ({@link #liveRevision}) from {@link #liveFrom} until {@link #liveUntil}.
 */
@Entity
@Table(name = "content_item")
public class ContentItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ContentKind kind;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false, length = 200)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public WorkflowStatus status;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(columnDefinition = "TEXT")
    public String summary;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String body;

    @Column(name = "category_id")
    public Long categoryId;

    @Column(name = "byline_author", length = 200)
    public String bylineAuthor;

    @Column(name = "byline_outlet", length = 200)
    public String bylineOutlet;

    @Column(name = "featured_image_id")
    public Long featuredImageId;

    @Column(name = "translation_group")
    public Long translationGroup;

    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "unpublish_at")
    public Instant unpublishAt;

    @Column(name = "working_revision", nullable = false)
    public int workingRevision;

    @Column(name = "live_revision")
    public Integer liveRevision;

    /** The slug readers know the item by: the one of the live revision. */
    @Column(name = "live_slug", length = 200)
    public String liveSlug;

    /** The category of the live revision, which readers' listings filter on. */
    @Column(name = "live_category_id")
    public Long liveCategoryId;

    @Column(name = "live_from")
    public Instant liveFrom;

    @Column(name = "live_until")
    public Instant liveUntil;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "series_id")
    public Long seriesId;

    @Column(name = "issue_number")
    public Integer issueNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** The digest's sections as JSON ({@link DigestContent#sections()}). */
    @Column(name = "digest_sections", columnDefinition = "LONGTEXT")
    public String digestSections;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", length = 16)
    public MediaContent.Type mediaType;

    /** Ordered image upload ids of a media item, as JSON. */
    @Column(name = "media_images", columnDefinition = "LONGTEXT")
    public String mediaImages;

    @Column(name = "video_url", length = 1000)
    public String videoUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_type", length = 16)
    public PublicationContent.Type publicationType;

    @Column(name = "cover_image_id")
    public Long coverImageId;

    @Column(name = "pdf_id")
    public Long pdfId;

    @Column(name = "publication_issue", length = 50)
    public String publicationIssue;

    @Column(length = 20)
    public String isbn;

    @Version
    public long version;

    @ManyToMany
    @OrderBy("name")
    @JoinTable(name = "item_tag", joinColumns = @JoinColumn(name = "item_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "item_related", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    public List<RelatedLink> related = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "item_source", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    public List<SourceLink> sources = new ArrayList<>();

    /** Readers see this item now: it has a live revision and {@code now} is inside its window. */
    public boolean isLiveAt(Instant now) {
        return liveRevision != null && liveFrom != null && !liveFrom.isAfter(now)
                && (liveUntil == null || liveUntil.isAfter(now));
    }

    /**
     * Readers stop seeing the item: no live revision, no window. The working copy is untouched. Callers go through
     * {@link ReaderIndex#takeOffline}, which clears the reader's index in the same step.
     */
    void takeOffline() {
        liveRevision = null;
        liveSlug = null;
        liveCategoryId = null;
        liveFrom = null;
        liveUntil = null;
    }

    /** The item live at {@code slug} in {@code language}'s edition at {@code now}, if any. */
    public static Optional<ContentItem> findLiveBySlug(String language, ContentKind kind, String slug, Instant now) {
        return ContentItem.<ContentItem> find("language = ?1 and kind = ?2 and liveSlug = ?3 and liveRevision is not null",
                language, kind, slug).stream().filter(item -> item.isLiveAt(now)).findFirst();
    }

    /** The item, locked against concurrent changes until the transaction ends. */
    public static Optional<ContentItem> lockOfKind(ContentKind kind, long id) {
        return ContentItem.<ContentItem> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(item -> item.kind == kind);
    }

    public static Optional<ContentItem> findOfKind(ContentKind kind, long id) {
        return find("id = ?1 and kind = ?2", id, kind).firstResultOptional();
    }

    /** Taken by another item's working copy or by what another item is live under. */
    public static boolean slugTaken(String language, ContentKind kind, String slug, Long exceptId) {
        return count("language = ?1 and kind = ?2 and (slug = ?3 or (liveSlug = ?3 and liveRevision is not null)) and id <> ?4",
                language, kind, slug, exceptId == null ? -1L : exceptId) > 0;
    }
}
