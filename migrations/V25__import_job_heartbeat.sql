-- Which app node runs an import, and when it last said so: a node that starts (or any node, every minute) marks failed
-- only the imports whose node has stopped answering, not those another node is still running.
ALTER TABLE wordpress_import_job
    ADD COLUMN node VARCHAR(64) NULL,
    ADD COLUMN heartbeat_at DATETIME(6) NULL;
