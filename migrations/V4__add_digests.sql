-- Numbered digest series ("Weekly Digest") and the digest fields of an item: its series, issue
-- number (unique in the series), issue date, and ordered sections of ordered entries (JSON).
CREATE TABLE digest_series (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    language CHAR(2)      NOT NULL,
    slug     VARCHAR(200) NOT NULL,
    title    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_series_slug UNIQUE (language, slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE content_item
    ADD COLUMN series_id BIGINT NULL,
    ADD COLUMN issue_number INT NULL,
    ADD COLUMN issue_date DATE NULL,
    ADD COLUMN digest_sections LONGTEXT NULL,
    ADD CONSTRAINT fk_item_series FOREIGN KEY (series_id) REFERENCES digest_series (id),
    ADD CONSTRAINT uq_item_series_number UNIQUE (series_id, issue_number);
