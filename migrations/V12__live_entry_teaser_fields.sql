-- What a teaser shows besides title and summary — byline and thumbnail — kept with the rest of the
-- reader's index, so a listing page is one query over live_entry instead of one parse of a revision
-- snapshot per entry. Written on approval like the other columns.
ALTER TABLE live_entry
    ADD COLUMN byline_author VARCHAR(200) NULL,
    ADD COLUMN byline_outlet VARCHAR(200) NULL,
    ADD COLUMN thumbnail_id  BIGINT       NULL,
    ADD CONSTRAINT fk_live_entry_thumbnail FOREIGN KEY (thumbnail_id) REFERENCES upload (id) ON DELETE SET NULL;

-- The thumbnail is the featured image, else a media item's first picture, else a publication's cover.
UPDATE live_entry e
JOIN content_item i ON i.id = e.item_id
JOIN revision r ON r.item_id = i.id AND r.number = i.live_revision
SET e.byline_author = JSON_VALUE(r.snapshot, '$.byline.author'),
    e.byline_outlet = JSON_VALUE(r.snapshot, '$.byline.outlet'),
    e.thumbnail_id = (SELECT u.id FROM upload u WHERE u.id = COALESCE(JSON_VALUE(r.snapshot, '$.featuredImageId'),
                                                                     JSON_VALUE(r.snapshot, '$.media.imageIds[0]'),
                                                                     JSON_VALUE(r.snapshot, '$.publication.coverImageId')));
