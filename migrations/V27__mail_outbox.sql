-- The staff as the desk has seen them sign in (Keycloak holds the accounts; this is who to write to, and how), and the
-- outbox every message goes through: written in the transaction that causes it, sent by whichever node claims it.
CREATE TABLE staff_person (
    username VARCHAR(255) NOT NULL PRIMARY KEY,
    display_name VARCHAR(255) NOT NULL,
    email VARCHAR(320) NULL,
    roles VARCHAR(255) NOT NULL,
    -- kinds of notification this person turned off, comma-separated (submitted, changes-requested, approved, went-live)
    muted VARCHAR(255) NOT NULL DEFAULT '',
    last_seen_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_message (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    recipient VARCHAR(320) NOT NULL,
    subject VARCHAR(500) NOT NULL,
    text_body MEDIUMTEXT NOT NULL,
    item_id BIGINT NULL,
    -- QUEUED, SENDING (claimed by a node), SENT, FAILED (given up after the last attempt)
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NOT NULL,
    claimed_at DATETIME(6) NULL,
    last_error VARCHAR(1000) NULL,
    created_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    INDEX mail_message_due (status, next_attempt_at),
    INDEX mail_message_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
