-- What readers see changed, as every app node's page cache must learn it: a row per change, written in the changing
-- transaction (so a change and its notice commit together or not at all). Each node reads the rows of the last
-- seconds that other nodes wrote and drops the pages of those editions. Rows older than an hour are deleted.
CREATE TABLE public_change_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    node        VARCHAR(64)  NOT NULL,
    languages   VARCHAR(100) NOT NULL,
    reason      VARCHAR(300) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_public_change_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
