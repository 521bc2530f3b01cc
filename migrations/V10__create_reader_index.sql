-- What readers search and filter on, copied from an item's live revision when it is approved, so
-- that a pending edit of a live item (title, tags, digest number) never shows through to readers.
-- Visibility itself stays on content_item (live_revision, live_from, live_until).
CREATE TABLE live_entry (
    item_id          BIGINT       NOT NULL,
    language         CHAR(2)      NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    title            VARCHAR(300) NOT NULL,
    summary          TEXT         NULL,
    body_text        MEDIUMTEXT   NULL,
    series_id        BIGINT       NULL,
    issue_number     INT          NULL,
    subtype          VARCHAR(16)  NULL,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_live_entry_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    INDEX ix_live_entry_issue (series_id, issue_number),
    INDEX ix_live_entry_subtype (language, kind, subtype),
    FULLTEXT INDEX ft_live_entry (title, summary, body_text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE live_item_tag (
    tag_id  BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    PRIMARY KEY (tag_id, item_id),
    CONSTRAINT fk_live_tag_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_live_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The home page and feeds: an edition's newest live items across kinds.
CREATE INDEX ix_item_live_language ON content_item (language, live_from, id);
