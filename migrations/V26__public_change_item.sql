-- A change that touched only one item's own pages (its body) names the item, so other nodes drop those pages and their
-- editions' search results instead of every page of the editions.
ALTER TABLE public_change_log ADD COLUMN item_id BIGINT NULL;
