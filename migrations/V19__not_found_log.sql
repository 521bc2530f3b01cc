-- Addresses readers asked for that nothing answers, so that admins see which old links still arrive and can make
-- redirects for them; most requested first. Entries unseen for 90 days are dropped.
CREATE TABLE not_found_log (
    path        VARCHAR(700) NOT NULL,
    hits        BIGINT       NOT NULL DEFAULT 1,
    first_seen  DATETIME(6)  NOT NULL,
    last_seen   DATETIME(6)  NOT NULL,
    PRIMARY KEY (path),
    INDEX ix_not_found_hits (hits),
    INDEX ix_not_found_last_seen (last_seen)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
