-- Readers' listings filter on the category of the live revision, not of a pending edit.
ALTER TABLE content_item
    ADD COLUMN live_category_id BIGINT NULL,
    ADD CONSTRAINT fk_item_live_category FOREIGN KEY (live_category_id) REFERENCES category (id),
    ADD INDEX ix_item_live_category_window (live_category_id, live_from, id);

UPDATE content_item SET live_category_id = category_id WHERE live_revision IS NOT NULL;
