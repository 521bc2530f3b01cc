-- Site-wide settings: one row, edited by admins. The public site reads the name, footer line and
-- social links; the workflow reads whether four-eyes review may be relaxed for one-person teams.
CREATE TABLE site_settings (
    id                TINYINT       NOT NULL,
    site_name         VARCHAR(200)  NOT NULL,
    footer_line       VARCHAR(500)  NOT NULL DEFAULT '',
    four_eyes_relaxed BOOLEAN       NOT NULL DEFAULT FALSE,
    facebook_url      VARCHAR(500)  NULL,
    twitter_url       VARCHAR(500)  NULL,
    instagram_url     VARCHAR(500)  NULL,
    youtube_url       VARCHAR(500)  NULL,
    version           INT           NOT NULL DEFAULT 0,
    updated_at        DATETIME(6)   NULL,
    updated_by        VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_site_settings_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO site_settings (id, site_name, footer_line) VALUES (1, 'Masthead', '');
