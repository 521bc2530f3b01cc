-- The media library: images and PDFs staff upload, with what readers and screen readers need.
CREATE TABLE upload (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    file_name     VARCHAR(255)  NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    width         INT           NULL,
    height        INT           NULL,
    sha256        CHAR(64)      NOT NULL,
    alt_text      VARCHAR(500)  NULL,
    caption       VARCHAR(1000) NULL,
    credit        VARCHAR(300)  NULL,
    created_by    VARCHAR(255)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_upload_storage UNIQUE (storage_key),
    INDEX ix_upload_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE content_item
    ADD CONSTRAINT fk_item_featured_image FOREIGN KEY (featured_image_id) REFERENCES upload (id);
