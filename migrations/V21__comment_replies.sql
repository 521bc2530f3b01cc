-- A comment may answer another comment of the same article; readers see replies under what they answer. A reply whose
-- parent is gone or not approved is shown on its own.
ALTER TABLE comment
    ADD COLUMN parent_id BIGINT NULL,
    ADD CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id) ON DELETE SET NULL;
