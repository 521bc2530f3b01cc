-- An item may name several sources (republished pieces often carry more than one "Link to the source"), in order.
-- The one source an item had so far becomes its first; revisions keep their JSON, which reads a single "source" as a
-- list of one.
CREATE TABLE item_source (
    item_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    outlet      VARCHAR(200)  NOT NULL,
    url         VARCHAR(1000) NOT NULL,
    source_date DATE          NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_source_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO item_source (item_id, position, outlet, url, source_date)
SELECT id, 0, COALESCE(source_outlet, ''), source_url, source_date FROM content_item WHERE source_url IS NOT NULL;

ALTER TABLE content_item DROP COLUMN source_outlet, DROP COLUMN source_url, DROP COLUMN source_date;
