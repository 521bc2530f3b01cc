-- The content core shared by every kind (article, digest, page, media, publication): the working
-- copy lives in content_item, every save is a full snapshot in revision, and what readers see is
-- the revision named by live_revision between live_from and live_until.

CREATE TABLE category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NULL,
    language    CHAR(2)      NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_category_slug UNIQUE (language, slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tag (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    language CHAR(2)      NOT NULL,
    slug     VARCHAR(200) NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tag_slug UNIQUE (language, slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(16)   NOT NULL,
    language          CHAR(2)       NOT NULL,
    slug              VARCHAR(200)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    summary           TEXT          NULL,
    body              MEDIUMTEXT    NULL,
    category_id       BIGINT        NULL,
    byline_author     VARCHAR(200)  NULL,
    byline_outlet     VARCHAR(200)  NULL,
    source_outlet     VARCHAR(200)  NULL,
    source_url        VARCHAR(1000) NULL,
    source_date       DATE          NULL,
    featured_image_id BIGINT        NULL,
    translation_group BIGINT        NULL,
    publish_at        DATETIME(6)   NULL,
    unpublish_at      DATETIME(6)   NULL,
    working_revision  INT           NOT NULL,
    live_revision     INT           NULL,
    live_slug         VARCHAR(200)  NULL,
    live_from         DATETIME(6)   NULL,
    live_until        DATETIME(6)   NULL,
    published_at      DATETIME(6)   NULL,
    submitted_by      VARCHAR(255)  NULL,
    created_by        VARCHAR(255)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(255)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_item_slug UNIQUE (language, kind, slug),
    CONSTRAINT fk_item_category FOREIGN KEY (category_id) REFERENCES category (id),
    INDEX ix_item_status (status, updated_at),
    INDEX ix_item_live_category (category_id, live_from, id),
    INDEX ix_item_live_kind (kind, language, live_from, id),
    INDEX ix_item_translation (translation_group),
    INDEX ix_item_live_slug (language, kind, live_slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_tag (
    item_id BIGINT NOT NULL,
    tag_id  BIGINT NOT NULL,
    PRIMARY KEY (item_id, tag_id),
    CONSTRAINT fk_item_tag_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Also read": an internal item or an external link, in order.
CREATE TABLE item_related (
    item_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    related_item_id BIGINT        NULL,
    url             VARCHAR(1000) NULL,
    title           VARCHAR(300)  NULL,
    teaser          VARCHAR(500)  NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_related_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_related_target FOREIGN KEY (related_item_id) REFERENCES content_item (id),
    CONSTRAINT ck_related_target CHECK ((related_item_id IS NULL) <> (url IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE revision (
    item_id    BIGINT       NOT NULL,
    number     INT          NOT NULL,
    snapshot   LONGTEXT     NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    note       VARCHAR(300) NULL,
    PRIMARY KEY (item_id, number),
    CONSTRAINT fk_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    item_id           BIGINT        NULL,
    at                DATETIME(6)   NOT NULL,
    actor             VARCHAR(255)  NOT NULL,
    action            VARCHAR(40)   NOT NULL,
    from_status       VARCHAR(16)   NULL,
    to_status         VARCHAR(16)   NULL,
    comment           VARCHAR(2000) NULL,
    four_eyes_relaxed BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    INDEX ix_audit_item (item_id, at),
    INDEX ix_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Slugs a live item answered to before it was renamed; they redirect (301) to the current one.
CREATE TABLE slug_redirect (
    language CHAR(2)      NOT NULL,
    kind     VARCHAR(16)  NOT NULL,
    slug     VARCHAR(200) NOT NULL,
    item_id  BIGINT       NOT NULL,
    PRIMARY KEY (language, kind, slug),
    CONSTRAINT fk_slug_redirect_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
