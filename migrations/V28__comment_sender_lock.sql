-- One row per client address that sent comments: a send locks it (SELECT … FOR UPDATE) while it counts and records,
-- so sends from one address are counted one at a time whichever node takes them.
CREATE TABLE comment_sender (
    address VARCHAR(64) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
