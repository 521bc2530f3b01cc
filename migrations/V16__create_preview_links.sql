-- Preview links a reviewer hands to someone outside the desk. Each shows one revision of one item,
-- expires (seven days at most, enforced by the application), and can be revoked; an archived item's
-- links stop working. The link's URL carries this row's id and expiry, signed by the application.
CREATE TABLE preview_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    item_id     BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    revoked_by  VARCHAR(255) NULL,
    revoked_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_preview_link_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    -- an item's links, newest first
    INDEX ix_preview_link_item (item_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
