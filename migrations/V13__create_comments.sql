-- Readers' comments on live articles, held for moderation: readers see only APPROVED ones. The
-- author's email is for the newsroom only and never shown. content_item.comment_count is the number
-- of approved comments, recounted in the transaction of every moderation change, so that a listing
-- reads it from the row it already loads instead of counting per entry.
CREATE TABLE comment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    item_id       BIGINT       NOT NULL,
    author_name   VARCHAR(100) NOT NULL,
    author_email  VARCHAR(254) NULL,
    body          TEXT         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    moderated_by  VARCHAR(255) NULL,
    moderated_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_comment_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    -- an article's approved comments, oldest first
    INDEX ix_comment_item (item_id, status, created_at),
    -- the moderation queue, newest first
    INDEX ix_comment_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE content_item ADD COLUMN comment_count INT NOT NULL DEFAULT 0;
