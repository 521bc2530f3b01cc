package org.masthead.media;

import org.masthead.shared.FieldError;
import static org.masthead.shared.Text.blankToNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;

import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.Text;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.ContentKind;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.PublicChange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.masthead.audit.AuditLog;

/** Accepting files into the media library: only real JPEG, PNG, GIF images and PDFs, within size limits. */
@ApplicationScoped
public class UploadService {

    private final UploadsConfig config;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<PublicChange> publicChanges;
    private final AuditLog audit;
    private final MediaStore store;
    private final Event<FileRemoved> fileRemoved;

    UploadService(UploadsConfig config, Clock clock, TransactionSynchronizationRegistry transactions,
            Event<PublicChange> publicChanges, AuditLog audit, MediaStore store, Event<FileRemoved> fileRemoved) {
        this.audit = audit;
        this.store = store;
        this.fileRemoved = fileRemoved;
        this.config = config;
        this.clock = clock;
        this.transactions = transactions;
        this.publicChanges = publicChanges;
    }

    @Transactional
    public UploadView store(StaffMember who, Path received, String originalName, String alt, String caption, String credit) {
        who.require(Roles.EDITOR, "Uploading");
        List<FieldError> errors = new ArrayList<>();
        FileSniffer.Kind kind = null;
        long size = 0;
        try {
            if (received == null || !Files.isRegularFile(received) || Files.size(received) == 0) {
                throw InvalidFieldsException.of("file", "choose a file to upload");
            }
            size = Files.size(received);
            Optional<FileSniffer.Kind> sniffed = FileSniffer.sniff(received);
            if (sniffed.isEmpty()) {
                errors.add(new FieldError("file", "is not a JPEG, PNG or GIF image or a PDF (judged by its content, not its name)"));
            } else {
                kind = sniffed.get();
                long limit = kind.width() == null ? config.maxPdfBytes() : config.maxImageBytes();
                if (size > limit) {
                    errors.add(new FieldError("file", "is " + UploadsConfig.megabytes(size) + "; the limit for this type is "
                            + UploadsConfig.megabytes(limit)));
                }
                if (kind.width() != null && (long) kind.width() * kind.height() > config.maxPixels()) {
                    errors.add(new FieldError("file", "is " + kind.width() + " × " + kind.height() + " pixels; the limit is "
                            + config.maxPixels() / 1_000_000 + " million pixels"));
                }
            }
        } catch (IOException e) {
            throw InvalidFieldsException.of("file", "could not be read: " + e.getMessage());
        }
        if (kind != null && kind.width() != null && (alt == null || alt.isBlank())) {
            errors.add(new FieldError("alt", "describe the image for readers who cannot see it"));
        }
        check(errors, "alt", alt, 500);
        check(errors, "caption", caption, 1000);
        check(errors, "credit", credit, 300);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        Instant now = Instant.now(clock);
        Upload upload = new Upload();
        upload.fileName = cleanName(originalName, kind.extension());
        upload.storageKey = UUID.randomUUID() + "." + kind.extension();
        upload.contentType = kind.contentType();
        upload.sizeBytes = size;
        upload.width = kind.width();
        upload.height = kind.height();
        upload.altText = blankToNull(alt);
        upload.caption = blankToNull(caption);
        upload.credit = blankToNull(credit);
        upload.createdBy = who.username();
        upload.createdAt = now;
        upload.sha256 = sha256(received);
        String key = upload.storageKey;
        // A file whose row never commits would be kept for nothing (registered first: a put that fails after the store
        // kept the bytes still rolls back); an outcome that is not known keeps the file, lest a row lose its file.
        afterCompletion(status -> status == Status.STATUS_ROLLEDBACK, () -> store.delete(key));
        store.put(key, received, upload.contentType, upload.fileName);
        upload.persist();
        return UploadView.of(upload);
    }

    @Transactional
    public List<UploadView> list(String text, Long before, int limit) {
        return browse(text, null, before, limit).items();
    }

    /**
     * A page of the library, newest first, continuing before id {@code before}: {@code text} searches
     * the file name, alt text, caption and credit; {@code type} is "image", "pdf" or null for both.
     */
    @Transactional
    public UploadPage browse(String text, String type, Long before, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(fileName) like :text or lower(altText) like :text or lower(caption) like :text"
                    + " or lower(credit) like :text)");
            params.put("text", Text.containing(text));
        }
        if ("image".equals(type)) {
            where.append(" and contentType like 'image/%'");
        } else if ("pdf".equals(type)) {
            where.append(" and contentType = 'application/pdf'");
        }
        if (before != null) {
            where.append(" and id < :before");
            params.put("before", before);
        }
        List<Upload> found = Upload.<Upload> find(where + " order by id desc", params).page(0, limit + 1).list();
        List<UploadView> items = found.stream().limit(limit).map(UploadView::of).toList();
        return new UploadPage(items, found.size() > limit ? found.get(limit - 1).id : null);
    }

    @Transactional
    public Optional<UploadView> lookup(long id) {
        return Upload.<Upload> findByIdOptional(id).map(UploadView::of);
    }

    @Transactional
    public UploadView get(long id) {
        return UploadView.of(find(id));
    }

    /** The file to send, if the upload exists and {@code storageKey} is its own. */
    @Transactional
    public Optional<StoredFile> file(long id, String storageKey) {
        return Upload.<Upload> findByIdOptional(id).filter(u -> u.storageKey.equals(storageKey))
                .map(u -> new StoredFile(u.id, u.storageKey, u.contentType, u.fileName, u.sizeBytes));
    }

    /** An upload's file as the store keeps it: {@link #open} it to send it. */
    public record StoredFile(long id, String storageKey, String contentType, String fileName, long sizeBytes) {
    }

    /** The bytes of {@code file}, if the store still has them. */
    public Optional<MediaStore.MediaObject> open(StoredFile file) {
        return store.open(file.storageKey());
    }

    @Transactional
    public UploadView describe(StaffMember who, long id, UploadDetails details) {
        who.require(Roles.EDITOR, "Editing uploads");
        Upload upload = Upload.<Upload> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No upload has id " + id + "."));
        if (upload.version != details.version()) {
            throw StaleVersionException.whileEditing("This upload", upload.version, upload.createdBy, upload.createdAt);
        }
        if (upload.isImage() && (details.alt() == null || details.alt().isBlank())) {
            throw InvalidFieldsException.of("alt", "describe the image for readers who cannot see it");
        }
        String change = changes(upload, details);
        if (change.isEmpty()) {
            return UploadView.of(upload);
        }
        List<UploadUse> uses = usages(id);
        // What live pages show changes at once, with no second look: that is a reviewer's call, as approval is.
        if (uses.stream().anyMatch(UploadUse::inLiveRevision)) {
            who.require(Roles.REVIEWER, "Changing the description of a file that live pages show");
        }
        upload.altText = blankToNull(details.alt());
        upload.caption = blankToNull(details.caption());
        upload.credit = blankToNull(details.credit());
        Upload.getEntityManager().flush();
        String comment = "file " + id + " (" + upload.fileName + "): " + change;
        if (uses.isEmpty()) {
            audit.record(null, who.username(), WorkflowAction.DESCRIBE_UPLOAD, null, null, comment, false);
        }
        for (UploadUse use : uses) {
            audit.record(use.itemId(), who.username(), WorkflowAction.DESCRIBE_UPLOAD, null, null, comment, false);
        }
        // Live pages show alt text, captions and credits wherever the file appears.
        publicChanges.fire(PublicChange.everywhere("upload " + id + " described anew"));
        return UploadView.of(upload);
    }

    /** What a new description changes, as the audit log words it: "caption “a” → “b”; credit …". */
    private static String changes(Upload upload, UploadDetails details) {
        List<String> changed = new ArrayList<>();
        change(changed, "alt text", upload.altText, blankToNull(details.alt()));
        change(changed, "caption", upload.caption, blankToNull(details.caption()));
        change(changed, "credit", upload.credit, blankToNull(details.credit()));
        String all = String.join("; ", changed);
        return all.length() > 1900 ? all.substring(0, 1900) + "…" : all;
    }

    private static void change(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + " " + quoted(before) + " → " + quoted(after));
        }
    }

    private static String quoted(String text) {
        if (text == null) {
            return "(none)";
        }
        return "“" + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + "”";
    }

    @Transactional
    public void delete(StaffMember who, long id) {
        who.require(Roles.REVIEWER, "Deleting uploads");
        Upload upload = find(id);
        int uses = usages(id).size();
        if (uses > 0) {
            throw new ConflictException("This file is used by " + uses + " item(s); remove it from them first.");
        }
        upload.delete();
        fileRemoved.fire(new FileRemoved(id));
        String key = upload.storageKey;
        // The file goes only once the row is gone for good; a rolled-back delete keeps both.
        afterCompletion(status -> status == Status.STATUS_COMMITTED, () -> store.delete(key));
    }

    /** Runs {@code action} once the transaction has ended with a status that {@code when} accepts. */
    private void afterCompletion(IntPredicate when, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (when.test(status)) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        Logger.getLogger(UploadService.class).warnf("Could not delete a file from %s: %s", store.describe(), e);
                    }
                }
            }
        });
    }

    /**
     * The items that show upload {@code id}: in their working copy or in the revision readers see
     * now, which may be older than the working copy and still show a file the editor has dropped.
     */
    @Transactional
    public List<UploadUse> usages(long id) {
        String key = Long.toString(id);
        String body = "%/uploads/" + id + "/%";
        Map<Long, UploadUse> uses = new LinkedHashMap<>();
        List<?> working = Upload.getEntityManager().createNativeQuery("SELECT i.id, i.kind, i.title, i.language,"
                + " i.featured_image_id = ?1, COALESCE(JSON_CONTAINS(i.media_images, ?2), 0), i.cover_image_id = ?1,"
                + " i.pdf_id = ?1, i.body LIKE ?3 FROM content_item i"
                + " WHERE i.featured_image_id = ?1 OR i.cover_image_id = ?1 OR i.pdf_id = ?1"
                + " OR JSON_CONTAINS(i.media_images, ?2) OR i.body LIKE ?3 ORDER BY i.id DESC")
                .setParameter(1, id).setParameter(2, key).setParameter(3, body).getResultList();
        List<?> live = Upload.getEntityManager().createNativeQuery("SELECT i.id, i.kind, i.title, i.language,"
                + " JSON_VALUE(r.snapshot, '$.featuredImageId') = ?1,"
                + " COALESCE(JSON_CONTAINS(JSON_EXTRACT(r.snapshot, '$.media.imageIds'), ?1), 0),"
                + " JSON_VALUE(r.snapshot, '$.publication.coverImageId') = ?1,"
                + " JSON_VALUE(r.snapshot, '$.publication.pdfId') = ?1, r.snapshot LIKE ?2"
                + " FROM content_item i JOIN revision r ON r.item_id = i.id AND r.number = i.live_revision"
                + " WHERE JSON_VALUE(r.snapshot, '$.featuredImageId') = ?1"
                + " OR JSON_VALUE(r.snapshot, '$.publication.coverImageId') = ?1"
                + " OR JSON_VALUE(r.snapshot, '$.publication.pdfId') = ?1"
                + " OR JSON_CONTAINS(JSON_EXTRACT(r.snapshot, '$.media.imageIds'), ?1)"
                + " OR r.snapshot LIKE ?2 ORDER BY i.id DESC")
                .setParameter(1, key).setParameter(2, body).getResultList();
        for (boolean isLive : new boolean[] { false, true }) {
            for (Object row : isLive ? live : working) {
                Object[] cols = (Object[]) row;
                long itemId = ((Number) cols[0]).longValue();
                UploadUse known = uses.get(itemId);
                List<String> roles = known == null ? new ArrayList<>() : new ArrayList<>(known.roles());
                for (int i = 0; i < USE_ROLES.size(); i++) {
                    boolean used = cols[4 + i] instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(cols[4 + i]);
                    if (used && !roles.contains(USE_ROLES.get(i))) {
                        roles.add(USE_ROLES.get(i));
                    }
                }
                uses.put(itemId, new UploadUse(itemId, ContentKind.valueOf((String) cols[1]).collection(), (String) cols[2],
                        (String) cols[3], List.copyOf(roles), known != null || !isLive, isLive));
            }
        }
        return List.copyOf(uses.values());
    }

    /** The roles {@link #usages} reports, in the order of its queries' flag columns. */
    private static final List<String> USE_ROLES = List.of("featured image", "media image", "publication cover",
            "publication PDF", "body");

    private static String sha256(Path received) {
        try (InputStream in = Files.newInputStream(received)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw InvalidFieldsException.of("file", "could not be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Upload find(long id) {
        Upload upload = Upload.findById(id);
        if (upload == null) {
            throw new NotFoundException("No upload has id " + id + ".");
        }
        return upload;
    }

    private static String cleanName(String name, String extension) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "").strip();
        if (base.isEmpty()) {
            base = "file." + extension;
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static void check(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "size must be between 0 and " + max));
        }
    }


}
