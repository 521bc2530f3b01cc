-- A failed import that was resumed names the import that took over, so that it is resumed once.
ALTER TABLE wordpress_import_job ADD COLUMN resumed_as BIGINT NULL;
