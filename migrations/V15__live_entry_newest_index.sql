-- Search lists results newest first: a broad search (thousands of matches) walks an edition's live
-- entries by date and stops at a full page, instead of fetching and sorting every match
-- (ReaderSearch.newest).
CREATE INDEX ix_live_entry_newest ON live_entry (language, live_from);
