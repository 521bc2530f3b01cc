package org.masthead.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A file in the media library: an image (with its dimensions) or a PDF, kept in the {@link MediaStore} by its key. */
@Entity
@Table(name = "upload")
public class Upload extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** The file's name in storage: random, so that nothing a user typed reaches the file system. */
    @Column(name = "storage_key", nullable = false, length = 100)
    public String storageKey;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    public Integer width;

    public Integer height;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "alt_text", length = 500)
    public String altText;

    @Column(length = 1000)
    public String caption;

    @Column(length = 300)
    public String credit;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isImage() {
        return isImage(contentType);
    }

    public static boolean isImage(String contentType) {
        return contentType != null && contentType.startsWith("image/");
    }

    /** The app's own address of an upload's file (bodies link to it; the public site serves or redirects it). */
    public static String path(long id, String storageKey) {
        return "/uploads/" + id + "/" + storageKey;
    }

    /** A file's key never names other bytes, so a copy anywhere may be kept for a year. */
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    /**
     * Shown in the browser under its own name: an ASCII stand-in for old clients and the exact name per RFC 6266, so a
     * name in Persian or Arabic survives and nothing in it can break the header.
     */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "").replace("\\", "");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
