-- What a WordPress import brought in, keyed by the source site and WordPress's own id, so that running an import
-- again finds what it made: kind is post (posts and pages), attachment, term (categories) or comment. wp_modified
-- is the post's modification time in WordPress when it was imported; revision the Masthead revision the import
-- wrote, so that an item an editor changed since is recognised and left alone.
CREATE TABLE wordpress_import_key (
    source      VARCHAR(255) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    wp_id       BIGINT       NOT NULL,
    target_id   BIGINT       NOT NULL,
    wp_modified VARCHAR(32)  NULL,
    revision    INT          NULL,
    imported_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (source, kind, wp_id),
    INDEX ix_import_key_target (kind, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Old addresses that answer 301: a WordPress permalink, ?p=ID, an archive or a /wp-content/uploads/ file. The path
-- is stored decoded, without a trailing slash ("/2017/06/سلام"), or as "?p=123" for query-string addresses. The
-- target is an item (its address is looked up when a reader asks, so it follows later slug changes) or a fixed
-- address. Admins manage them on the desk; hits counts how often each answered.
CREATE TABLE redirect (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    path        VARCHAR(700)  NOT NULL,
    item_id     BIGINT        NULL,
    target      VARCHAR(2000) NULL,
    origin      VARCHAR(40)   NOT NULL,
    hits        BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE INDEX ux_redirect_path (path),
    CONSTRAINT fk_redirect_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_redirect_target CHECK (item_id IS NOT NULL OR target IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
