package org.masthead.media;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A file in the media library: an image (with its dimensions) or a PDF, stored under the uploads folder. */
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

    /** Where readers fetch an upload's file (the public site serves that address). */
    public static String path(long id, String storageKey) {
        return "/uploads/" + id + "/" + storageKey;
    }
}
