-- When each client address sent a comment, so that the per-address limit holds across every app node. Rows older
-- than the window are deleted every few minutes.
CREATE TABLE comment_send (
    address  VARCHAR(64) NOT NULL,
    sent_at  DATETIME(6) NOT NULL,
    INDEX ix_comment_send_address (address, sent_at),
    INDEX ix_comment_send_time (sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
