-- Imports started from the desk or the API run in the background; this is their record: what was asked, how far
-- it got, and the report. A job a restart cut off is marked failed at start; running it again is safe (an import
-- is keyed by WordPress ids, so what it already made is found, not made twice).
CREATE TABLE wordpress_import_job (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    status         VARCHAR(16)   NOT NULL,
    dry_run        BOOLEAN       NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    export_path    VARCHAR(1000) NOT NULL,
    uploads_path   VARCHAR(1000) NULL,
    created_by     VARCHAR(255)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    finished_at    DATETIME(6)   NULL,
    items_done     INT           NOT NULL DEFAULT 0,
    items_total    INT           NOT NULL DEFAULT 0,
    counts         LONGTEXT      NULL,
    report         LONGTEXT      NULL,
    error          VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_import_job_status CHECK (status IN ('queued', 'running', 'done', 'failed')),
    INDEX ix_import_job_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
