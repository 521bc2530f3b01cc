-- Items that were already live when V10 created the reader index: copy their live revisions in, as
-- approval does from now on, so search, tag listings and digest pages see them after an upgrade.
INSERT IGNORE INTO live_entry (item_id, language, kind, title, summary, body_text, series_id, issue_number, subtype)
SELECT i.id, i.language, i.kind,
       JSON_VALUE(r.snapshot, '$.title'),
       JSON_VALUE(r.snapshot, '$.summary'),
       TRIM(REGEXP_REPLACE(COALESCE(JSON_VALUE(r.snapshot, '$.body'), ''), '<[^>]+>', ' ')),
       JSON_VALUE(r.snapshot, '$.digest.seriesId'),
       JSON_VALUE(r.snapshot, '$.digest.number'),
       COALESCE(JSON_VALUE(r.snapshot, '$.media.type'), JSON_VALUE(r.snapshot, '$.publication.type'))
FROM content_item i
JOIN revision r ON r.item_id = i.id AND r.number = i.live_revision
WHERE i.live_revision IS NOT NULL;

INSERT IGNORE INTO live_item_tag (tag_id, item_id)
SELECT DISTINCT t.id, i.id
FROM content_item i
JOIN revision r ON r.item_id = i.id AND r.number = i.live_revision
JOIN JSON_TABLE(r.snapshot, '$.tags[*]' COLUMNS (name VARCHAR(200) PATH '$')) AS live_tags
JOIN tag t ON t.language = i.language AND t.name = live_tags.name COLLATE utf8mb4_unicode_ci
WHERE i.live_revision IS NOT NULL;
