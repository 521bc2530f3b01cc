-- Media items (cartoon, news picture, photo gallery, video) and publications (book, newsletter
-- issue, periodical brief) keep their own fields on the shared item row.
ALTER TABLE content_item
    ADD COLUMN media_type VARCHAR(16) NULL,
    ADD COLUMN media_images LONGTEXT NULL,
    ADD COLUMN video_url VARCHAR(1000) NULL,
    ADD COLUMN publication_type VARCHAR(16) NULL,
    ADD COLUMN cover_image_id BIGINT NULL,
    ADD COLUMN pdf_id BIGINT NULL,
    ADD COLUMN publication_issue VARCHAR(50) NULL,
    ADD COLUMN isbn VARCHAR(20) NULL,
    ADD CONSTRAINT fk_item_cover FOREIGN KEY (cover_image_id) REFERENCES upload (id),
    ADD CONSTRAINT fk_item_pdf FOREIGN KEY (pdf_id) REFERENCES upload (id);
